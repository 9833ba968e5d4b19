// Reading and writing workbook files for the CLI and local tools. A file is checked for size before
// it is read, so that a huge file never reaches memory.

import { open, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { RefusalError } from '../core/codes';
import { DEFAULT_LIMITS } from '../core/xlsx';
import { refusalMessage } from '../core/xlsx/messages';

export class FileError extends Error {
  constructor(
    readonly code: 'file_not_found' | 'not_a_file' | 'file_unreadable' | 'file_unwritable',
    readonly userMessage: { da: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage.en}`, options);
    this.name = 'FileError';
  }

  toJSON(): { code: string; message: { da: string; en: string } } {
    return { code: this.code, message: this.userMessage };
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

/** Reads a workbook file, refusing it (RefusalError file_too_large) before reading when it is too big. */
export async function readWorkbookFile(
  path: string,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new FileError('not_a_file', {
        da: `"${path}" er ikke en fil. Angiv stien til en .xlsx-fil.`,
        en: `"${path}" is not a file. Give the path of an .xlsx file.`,
      });
    }
    size = info.size;
  } catch (err) {
    if (err instanceof FileError) throw err;
    if (isErrno(err, 'ENOENT')) {
      throw new FileError(
        'file_not_found',
        { da: `Filen "${path}" findes ikke.`, en: `The file "${path}" does not exist.` },
        { cause: err },
      );
    }
    throw new FileError(
      'file_unreadable',
      { da: `Filen "${path}" kunne ikke læses.`, en: `The file "${path}" could not be read.` },
      { cause: err },
    );
  }
  if (size > maxBytes)
    throw new RefusalError('file_too_large', refusalMessage('file_too_large', { maxBytes }));
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** Writes a file atomically: a half-written output never replaces a good one. */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    throw new FileError(
      'file_unwritable',
      { da: `Filen "${path}" kunne ikke skrives.`, en: `The file "${path}" could not be written.` },
      { cause: err },
    );
  }
}
