// Submitting reads the whole workbook from Office in slices of at most 4 MB and always closes the
// file: Office keeps only a couple of files open per document, and a leaked one blocks the next try.

import { OfficeMockObject } from 'office-addin-mock';
import { MAX_SLICE_BYTES, readDocumentFile } from '../../../addin/src/office/file';
import { FileReadError, FileTooLargeError } from '../../../addin/src/host';

type Callback<T> = (result: {
  status: string;
  value: T;
  error?: { code: number; name: string; message: string };
}) => void;

interface FakeFileOptions {
  readonly bytes: Uint8Array;
  /** The slice index whose read fails. */
  readonly failSlice?: number;
  readonly failClose?: boolean;
  /** How slice data arrives (array of numbers on Windows and the web). */
  readonly as?: 'array' | 'uint8';
}

function fakeDocument(options: FakeFileOptions) {
  const calls = { opened: 0, closed: 0, slicesRead: [] as number[], sliceSize: 0 };
  const document = new OfficeMockObject({
    getFileAsync(_type: string, opts: { sliceSize: number }, callback: Callback<unknown>) {
      calls.opened += 1;
      calls.sliceSize = opts.sliceSize;
      const size = options.bytes.length;
      const sliceCount = Math.max(1, Math.ceil(size / opts.sliceSize));
      const file = {
        size,
        sliceCount,
        getSliceAsync(index: number, cb: Callback<unknown>) {
          calls.slicesRead.push(index);
          if (index === options.failSlice) {
            cb({
              status: 'failed',
              value: undefined,
              error: { code: 5001, name: 'Internal Error', message: 'slice lost' },
            });
            return;
          }
          const part = options.bytes.subarray(index * opts.sliceSize, (index + 1) * opts.sliceSize);
          const data = options.as === 'uint8' ? part : Array.from(part);
          cb({ status: 'succeeded', value: { data, index, size: part.length } });
        },
        closeAsync(cb: Callback<void>) {
          calls.closed += 1;
          if (options.failClose) {
            cb({
              status: 'failed',
              value: undefined,
              error: { code: 5001, name: 'Internal Error', message: 'close failed' },
            });
          } else {
            cb({ status: 'succeeded', value: undefined });
          }
        },
      };
      callback({ status: 'succeeded', value: file });
    },
  });
  return { document: document as unknown as Pick<Office.Document, 'getFileAsync'>, calls };
}

beforeAll(() => {
  // Office's enums are plain values (no load/sync), unlike its objects.
  (globalThis as unknown as { Office: unknown }).Office = {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
});

function bytesOf(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256);
}

describe('reading the workbook file from Office', () => {
  test('all slices are read in order, joined byte for byte, and the file is closed', async () => {
    const bytes = bytesOf(10_000);
    const { document, calls } = fakeDocument({ bytes });
    const read = await readDocumentFile(document, 5 * 1024 * 1024, 4096);
    expect(read).toEqual(bytes);
    expect(calls.slicesRead).toEqual([0, 1, 2]);
    expect(calls.closed).toBe(1);
  });

  test('binary slice data is accepted too', async () => {
    const bytes = bytesOf(5000);
    const { document } = fakeDocument({ bytes, as: 'uint8' });
    expect(await readDocumentFile(document, 1_000_000, 1024)).toEqual(bytes);
  });

  test('slices are never asked bigger than 4 MB', async () => {
    const { document, calls } = fakeDocument({ bytes: bytesOf(10) });
    await readDocumentFile(document, 1_000_000, 64 * 1024 * 1024);
    expect(calls.sliceSize).toBe(MAX_SLICE_BYTES);
  });

  test('a file over the limit is refused before any slice is read, and closed', async () => {
    const { document, calls } = fakeDocument({ bytes: bytesOf(6000) });
    const err = await readDocumentFile(document, 5000, 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileTooLargeError);
    expect(err).toMatchObject({ size: 6000, limit: 5000 });
    expect(calls.slicesRead).toEqual([]);
    expect(calls.closed).toBe(1);
  });

  test('a failing slice fails the read with Office’s reason, and the file is still closed', async () => {
    const { document, calls } = fakeDocument({ bytes: bytesOf(10_000), failSlice: 1 });
    const err = await readDocumentFile(document, 1_000_000, 4096).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(String(err)).toContain('slice lost');
    expect(calls.slicesRead).toEqual([0, 1]);
    expect(calls.closed).toBe(1);
  });

  test('when closing fails after a failed read, the read’s error is the one reported', async () => {
    const { document, calls } = fakeDocument({ bytes: bytesOf(10_000), failSlice: 0, failClose: true });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const err = await readDocumentFile(document, 1_000_000, 4096).catch((e: unknown) => e);
    expect(String(err)).toContain('slice lost');
    expect(calls.closed).toBe(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  test('a failing close after a good read is an error, not a silent success', async () => {
    const { document } = fakeDocument({ bytes: bytesOf(100), failClose: true });
    await expect(readDocumentFile(document, 1_000_000, 4096)).rejects.toThrow('close failed');
  });
});
