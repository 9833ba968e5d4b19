// CPR numbers in every place of a workbook (a cell, a number cell that lost its leading zero, a
// comment, a document property, a sheet name, a hidden sheet, the note header) are refused before
// storage by both upload routes, and no response, header, log line or stored blob ever holds one of
// the numbers in any form.

import { isCprDigits } from '../../core/validate/cpr';
import { Client } from '../../scripts/prove/client';
import {
  CPR_PLACES,
  checkPlacesAreCpr,
  cprCases,
  cprDigits,
  findLeaks,
  leakPattern,
  runCpr,
  searchableText,
  type CprCampaign,
} from '../../scripts/prove/cpr';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';
import { StorageView } from '../../scripts/prove/storage';

let stack: Stack;
let client: Client;
let view: StorageView;
let campaign: CprCampaign;
beforeAll(async () => {
  stack = await startInProcessStack();
  client = new Client(stack.url);
  client.recorder = [];
  view = new StorageView(stack.connectionString, stack.container);
  campaign = await runCpr(await cprCases(), client, view);
}, 60_000);
afterAll(() => stack.close());

test('every number planted is a CPR number to the validator (else the refusals prove nothing)', () => {
  expect(checkPlacesAreCpr()).toEqual([]);
  expect(CPR_PLACES.map((p) => p.id)).toEqual(
    expect.arrayContaining(['cell', 'number', 'comment', 'property', 'sheetName', 'hiddenSheet']),
  );
});

test.each(CPR_PLACES.map((p) => [p.id] as const))(
  'a CPR number in %s is refused before storage, its place named',
  (id) => {
    const results = campaign.results.filter((r) => r.place.id === id);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect({
        route: r.route,
        status: r.status,
        code: r.code,
        placeNamed: r.placeNamed,
        stored: r.stored,
      }).toEqual({
        route: r.route,
        status: 422,
        code: r.place.code,
        placeNamed: true,
        stored: [],
      });
    }
  },
);

test('control: the same workbook without the number is accepted and stored', () => {
  expect(campaign.control).toMatchObject({ status: 201, ok: true });
});

test('no response, header, log line or stored blob holds any of the numbers', async () => {
  const blobs = [];
  for (const name of await view.list()) {
    const body = await view.read(name);
    if (body) blobs.push({ where: `blob ${name}`, text: searchableText(body) });
  }
  const replies = (client.recorder ?? []).map((r, i) => ({
    where: `reply ${i} ${r.path}`,
    text: `${JSON.stringify(r.headers)}\n${searchableText(r.body)}`,
  }));
  expect(replies.length).toBeGreaterThan(CPR_PLACES.length);
  expect(stack.logs.length).toBeGreaterThan(0);
  const logs = stack.logs.map((line, i) => ({ where: `log ${i}`, text: line }));
  expect(findLeaks([...replies, ...logs, ...blobs])).toEqual([]);
});

describe('the leak search', () => {
  test('control: it finds every number in what was sent', () => {
    expect(campaign.searchSensitive.ok).toBe(true);
  });

  test('finds a number in every form it may be written', () => {
    const re = leakPattern('0101901234');
    for (const form of [
      '0101901234',
      '010190-1234',
      '010190 1234',
      '010190–1234',
      '01.01.90-1234',
      '101901234',
      '101.901.234',
    ]) {
      expect(re.test(`før ${form} efter`)).toBe(true);
    }
    expect(findLeaks([{ where: 'log', text: '{"event":"x","detail":"1106834321"}' }])).toEqual([
      { place: 'hiddenSheet', where: 'log' },
    ]);
  });

  test('does not take other numbers for one', () => {
    const re = leakPattern(cprDigits(CPR_PLACES[0]!.written));
    for (const other of ['0101901235', '+45 12 34 56 78', '2026-0001234', '20261123T030550501Z']) {
      expect(re.test(other)).toBe(false);
    }
    expect(isCprDigits(cprDigits(CPR_PLACES[1]!.written))).toBe(true);
  });
});
