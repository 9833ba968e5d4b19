// Every hostile file kind sent once to the running service over loopback HTTP: refused with its own
// code and status, in Danish and English, with nothing stored in any container. (Time and memory
// targets are checked by `npm run prove`, which measures them in a process of their own.)

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
