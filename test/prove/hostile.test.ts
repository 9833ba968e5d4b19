// Every hostile file kind sent once to the running service over loopback HTTP: refused with its own
// code and status, in Danish and English, with nothing stored in any container. (Time and memory
// targets are checked by `npm run prove`, which measures them in a process of their own.)

import { once } from 'node:events';
import { connect } from 'node:net';
import { REFUSAL_CODES } from '../../core/codes';
import { Client } from '../../scripts/prove/client';
import { hostileCorpus, sendHostile, type CorpusFile } from '../../scripts/prove/hostile';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';
import { StorageView } from '../../scripts/prove/storage';
import { workbook } from '../functions/fixtures';

let stack: Stack;
let client: Client;
let view: StorageView;
beforeAll(async () => {
  stack = await startInProcessStack();
  client = new Client(stack.url);
  view = new StorageView(stack.connectionString, stack.container);
});
afterAll(() => stack.close());

const corpus = hostileCorpus();

test('the corpus holds every kind the issue names', () => {
  const names = corpus.map((f) => f.name);
  for (const kind of [
    'zipBombHonestSizes',
    'zipBombForgedSizes',
    'mergedRangeWholeSheet',
    'twentyThousandEntries',
    'xmlWithEntityExpansion',
    'xmlWithExternalEntity',
    'macroWorkbookRenamed',
    'passwordProtectedWorkbook',
    'externalLinkWorkbook',
    'ddeWorkbook',
    'fileLinkWorkbook',
    'javascriptLinkWorkbook',
    'millionRows',
    'hugeSharedStrings',
    'emptyFile',
    'truncatedWorkbook',
    'pdfRenamed',
  ]) {
    expect(names).toContain(kind);
  }
});

test.each(corpus.map((f) => [f.name, f] as const))(
  '%s is refused over HTTP, nothing stored',
  async (_name, file) => {
    const result = await sendHostile(file, { client, view, memory: null });
    expect({ status: result.status, code: result.code }).toEqual({
      status: REFUSAL_CODES[file.code],
      code: file.code,
    });
    expect(result.bilingual).toBe(true);
    expect(result.stored).toEqual([]);
    expect(result.refused).toBe(true);
  },
);

test('control: a valid plan sent as if it were hostile is not "refused", and its storing is seen', async () => {
  const valid: CorpusFile = { name: 'validPlan', code: 'macros', bytes: await workbook('751') };
  const result = await sendHostile(valid, { client, view, memory: null });
  expect(result.status).toBe(201);
  expect(result.stored.length).toBeGreaterThan(0);
  expect(result.refused).toBe(false);
});

test('an upload over the size limit is answered 413 after it is sent, not cut off while the client is still sending', async () => {
  // A client on a slow line: the head and a first piece, a pause, then the rest.
  const size = 6 * 1024 * 1024;
  const token = await client.token('coordinator:751');
  const socket = connect(Number(new URL(stack.url).port), '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  let closed = false;
  const closing = once(socket, 'close');
  socket.on('close', () => (closed = true));
  socket.on('error', () => undefined); // a failed write is reported to its callback below
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (answer += chunk));
  const write = (data: string | Buffer): Promise<Error | null | undefined> =>
    new Promise((resolve) => socket.write(data, resolve));
  const failures: string[] = [];
  const head =
    `POST /api/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n` +
    `Content-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`;
  for (const piece of [head, Buffer.alloc(64 * 1024)]) {
    const err = await write(piece);
    if (err) failures.push(err.message);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rest = Buffer.alloc(size - 64 * 1024);
  for (let at = 0; at < rest.length && failures.length === 0; at += 256 * 1024) {
    const err = await write(rest.subarray(at, at + 256 * 1024));
    if (err) failures.push(err.message);
  }
  const closedWhileSending = closed && failures.length > 0;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closing, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
  clearTimeout(timer);
  socket.destroy();
  expect({ failures, closedWhileSending }).toEqual({ failures: [], closedWhileSending: false });
  expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(answer).toContain('"code":"file_too_large"');
});
