// The upload's file name as a hint for the municipality and the half-year: the web page, the add-in
// and the command line send it (X-Korpsplan-File-Name), and the service reads a plan whose cover
// names neither from it, with a check, exactly as the page did. A name is a hint: a bad one is
// left out, never refused, and nothing of it is stored, logged or answered.

import { HEADERS, fileNameHeader, fileNameFromHeader } from '../../core/contract';
import { receiptSchema } from '../../core/receipt';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type CallResult, type TestService } from './harness';
import { CPR, PERIOD, TODAY, withCoverValues, workbook } from './fixtures';

let svc: TestService;
let unnamed: Uint8Array;

beforeAll(async () => {
  svc = await startService({ parts: { today: () => TODAY } });
  // The demo plan's workbook with the municipality and the half-year taken out of its cover.
  unnamed = withCoverValues(await workbook('461'), 'Forside', { Kommune: '', Periode: '' });
});
afterAll(async () => {
  await svc.close();
});

async function call(route: 'submit' | 'structure', as: string, name?: string): Promise<CallResult> {
  const header = name === undefined ? undefined : fileNameHeader(name);
  return svc.call(route, {
    body: unnamed,
    ...(route === 'structure' ? { path: 'api/structure?lang=da' } : {}),
    headers: {
      'content-type': XLSX_TYPE,
      ...bearer(await svc.token(as)),
      ...(header !== undefined ? { [HEADERS.fileName]: header } : {}),
    },
  });
}

const codes = (res: CallResult): string[] =>
  res.json<{ issues: { code: string }[] }>().issues.map((i) => i.code);

describe('the file name as a hint', () => {
  test('without a name, a cover that names no municipality or half-year is refused with both missing', async () => {
    const res = await call('submit', 'coordinator:461');
    expect(res.status).toBe(422);
    expect(codes(res)).toEqual(expect.arrayContaining(['municipality_missing', 'period_missing']));
  });

  test('with the name the coordinator saved it under, the plan is read from it and accepted', async () => {
    const res = await call(
      'submit',
      'coordinator:461',
      `C:\\Users\\mk\\Implementeringsplan Odense ${PERIOD}.xlsx`,
    );
    expect(res.status).toBe(201);
    const receipt = receiptSchema.parse(res.json());
    expect(receipt.municipality.code).toBe('461');
    expect(receipt.period).toBe(PERIOD);
    expect(res.text).not.toContain('Users');
  });

  test('a name naming another municipality is held to the caller’s own, as a cover would be', async () => {
    const res = await call('submit', 'coordinator:461', `Plan Vejle ${PERIOD}.xlsx`);
    expect(res.status).toBe(403);
  });

  test('the structured workbook carries the municipality read from the name', async () => {
    const res = await call('structure', 'coordinator:461', `Handleplan_Odense_${PERIOD}.xlsx`);
    expect(res.status).toBe(200);
    const again = await svc.call('submit', {
      body: new Uint8Array(res.bytes),
      headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token('coordinator:461')) },
    });
    expect([201, 200]).toContain(again.status);
    expect(receiptSchema.parse(again.json()).municipality.code).toBe('461');
  });

  test('a name with a CPR number gives its municipality, and the number is nowhere in the answer or the log', async () => {
    const before = svc.logs.length;
    const res = await call('submit', 'coordinator:461', `Odense ${PERIOD} borger ${CPR}.xlsx`);
    expect([201, 200]).toContain(res.status);
    expect(res.text).not.toContain(CPR);
    expect(svc.logs.slice(before).join('\n')).not.toContain(CPR);
  });

  test('a header that is not URL-encoded UTF-8, or holds control characters, is left out', () => {
    expect(fileNameFromHeader('%E6%')).toBeUndefined();
    expect(fileNameFromHeader(encodeURIComponent('a\u0000b.xlsx'))).toBeUndefined();
    expect(fileNameFromHeader(null)).toBeUndefined();
    expect(fileNameFromHeader(fileNameHeader('/tmp/x/Plan Køge.xlsx') ?? '')).toBe('Plan Køge.xlsx');
  });
});
