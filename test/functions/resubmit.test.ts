// A resubmission whose canonical plan is unchanged returns the same receipt, whatever changed in
// the bytes: here the receipt written into the cover sheet (as the add-in does after a submission),
// by editing the package's XML by hand rather than with the product's writer. A changed note on an
// unchanged plan is kept as a note on the existing receipt.

import { receiptSchema, type Receipt } from '../../core/receipt';
import { names, XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type CallResult, type TestService } from './harness';
import { editedWorkbook, PERIOD, withCoverValues, workbook } from './fixtures';

let svc: TestService;

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
});
afterAll(async () => {
  await svc.close();
});

async function submit(
  as: string,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  return svc.call('submit', {
    body: bytes,
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token(as)), ...headers },
  });
}

async function receiptsUnder(municipality: string): Promise<string[]> {
  return (await svc.store.list(`submissions/${municipality}/${PERIOD}/`)).filter((n) =>
    n.endsWith('receipt.json'),
  );
}

describe('a resubmission of an unchanged plan', () => {
  let first: Receipt;
  let withReceipt: Uint8Array;

  beforeAll(async () => {
    const res = await submit('coordinator:751', await workbook('751'), {
      'x-korpsplan-note': encodeURIComponent('Forsinkelser skyldes ny leder.'),
    });
    expect(res.status).toBe(201);
    first = receiptSchema.parse(res.json());
    withReceipt = withCoverValues(await workbook('751'), 'Forside', {
      'Sidst indsendt': '02-12-2026 10:15',
      Kvitteringsnummer: first.submissionId,
    });
  });

  test('after the receipt was written into the workbook returns the same receipt, and stores nothing new', async () => {
    expect(Buffer.compare(Buffer.from(withReceipt), Buffer.from(await workbook('751')))).not.toBe(0);
    const again = await submit('coordinator:751', withReceipt);
    expect(again.status).toBe(200);
    const receipt = receiptSchema.parse(again.json());
    expect(receipt.submissionId).toBe(first.submissionId);
    expect(receipt.sha256).toBe(first.sha256);
    expect(receipt.note).toBe('Forsinkelser skyldes ny leder.');
    expect(again.headers.get('korpsplan-plan-unchanged')).toBe('true');
    expect(await receiptsUnder('751')).toHaveLength(1);
  });

  test('with a changed note keeps the note on the existing receipt, where the receipt is read', async () => {
    const noted = await submit('coordinator:751', withReceipt, {
      'x-korpsplan-note': encodeURIComponent('Lederen er nu ansat; planen er uændret.'),
    });
    expect(noted.status).toBe(200);
    const receipt = receiptSchema.parse(noted.json());
    expect(receipt.submissionId).toBe(first.submissionId);
    expect(receipt.note).toBe('Lederen er nu ansat; planen er uændret.');
    expect(receipt.notes?.map((n) => n.note)).toEqual(['Lederen er nu ansat; planen er uændret.']);
    expect(receipt.notes?.[0]?.by).toBe('Koordinator Aarhus');
    expect(await receiptsUnder('751')).toHaveLength(1);

    // The leaders' history and the receipt itself show it.
    const history = await svc.call('history', {
      path: `api/submissions?period=${PERIOD}`,
      headers: bearer(await svc.token('leader')),
    });
    const listed = history
      .json<{ submissions: Receipt[] }>()
      .submissions.find((r) => r.submissionId === first.submissionId);
    expect(listed?.note).toBe('Lederen er nu ansat; planen er uændret.');
    const read = await svc.call('receipt', {
      params: { id: first.submissionId },
      headers: bearer(await svc.token('coordinator:751')),
    });
    expect(read.json<Receipt>().notes).toHaveLength(1);

    // The same note again adds nothing.
    await submit('coordinator:751', withReceipt, {
      'x-korpsplan-note': encodeURIComponent('Lederen er nu ansat; planen er uændret.'),
    });
    const notes = await svc.store.list(names.notes('751', PERIOD, first.submissionId));
    expect(notes).toHaveLength(1);
  });

  test('a changed plan is a new submission', async () => {
    const changed = await editedWorkbook('751', (plan) => {
      const a = plan.activities[0];
      if (a) a.activity = `${a.activity} (flyttet til Rådhuset)`;
    });
    const res = await submit('coordinator:751', changed);
    expect(res.status).toBe(201);
    expect(res.json<Receipt>().submissionId).not.toBe(first.submissionId);
    expect(await receiptsUnder('751')).toHaveLength(2);
  });
});
