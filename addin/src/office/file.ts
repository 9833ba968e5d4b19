// Reads the whole workbook file from Office (getFileAsync, compressed = the .xlsx bytes) in slices of
// at most 4 MB. The file is always closed, also when a slice fails, because Office allows only a
// couple of open files per document and a leaked one blocks the next submission. A file over the
// size limit is refused as soon as Office says how big it is, before a single slice is read.

import { FileReadError, FileTooLargeError } from '../host';
import { logError } from '../log';

/** Office's largest slice (4 MB). */
export const MAX_SLICE_BYTES = 4 * 1024 * 1024;

/** The part of Office.Document this module uses (Office.context.document in the add-in). */
export type FileSource = Pick<Office.Document, 'getFileAsync'>;

function asyncError(result: Office.AsyncResult<unknown>, what: string): FileReadError {
  const e = result.error;
  return new FileReadError(`${what}: ${e ? `${e.code} ${e.name}: ${e.message}` : 'unknown error'}`, {
    cause: e,
  });
}

function openFile(source: FileSource, sliceSize: number): Promise<Office.File> {
  return new Promise((resolve, reject) => {
    source.getFileAsync(Office.FileType.Compressed, { sliceSize }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(asyncError(result, 'getFileAsync failed'));
    });
  });
}

function readSlice(file: Office.File, index: number): Promise<Office.Slice> {
  return new Promise((resolve, reject) => {
    file.getSliceAsync(index, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(asyncError(result, `getSliceAsync(${index}) failed`));
    });
  });
}

function closeFile(file: Office.File): Promise<void> {
  return new Promise((resolve, reject) => {
    file.closeAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(asyncError(result, 'closeAsync failed'));
    });
  });
}

/** Slice data arrives as an array of byte values (or, on some platforms, as binary). */
function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new FileReadError(`Unexpected slice data: ${Object.prototype.toString.call(data)}`);
}

/**
 * The workbook's bytes. Throws FileTooLargeError (nothing read) when Office reports a file bigger
 * than maxBytes, FileReadError when Office fails; the file is closed in every case.
 */
export async function readDocumentFile(
  source: FileSource,
  maxBytes: number,
  sliceSize: number = MAX_SLICE_BYTES,
): Promise<Uint8Array> {
  const size = Math.min(Math.max(1, Math.floor(sliceSize)), MAX_SLICE_BYTES);
  const file = await openFile(source, size);
  let failure: unknown;
  let bytes: Uint8Array | undefined;
  try {
    if (file.size > maxBytes) throw new FileTooLargeError(file.size, maxBytes);
    const out = new Uint8Array(file.size);
    let offset = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = sliceBytes((await readSlice(file, i)).data);
      if (offset + slice.length > out.length) {
        throw new FileReadError(`Slice ${i} runs past the file's reported size of ${file.size} bytes`);
      }
      out.set(slice, offset);
      offset += slice.length;
    }
    if (offset !== file.size) {
      throw new FileReadError(`Read ${offset} of ${file.size} bytes`);
    }
    bytes = out;
  } catch (err) {
    failure = err;
  }
  try {
    await closeFile(file);
  } catch (closeErr) {
    if (failure === undefined) throw closeErr;
    // The reading error is what the coordinator needs to see; the close error is logged beside it.
    logError('korpsplan: closing the file after a failed read also failed', closeErr);
  }
  if (failure instanceof Error) throw failure;
  if (failure !== undefined) throw new FileReadError('Reading the file failed', { cause: failure });
  if (!bytes) throw new FileReadError('No bytes read');
  return bytes;
}
