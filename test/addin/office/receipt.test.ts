// After a submission the receipt is written on the cover sheet: "Sidst indsendt" and the receipt id.

import { planWorkbookLayout } from '../../../core/layout';
import type { Receipt } from '../../../core/receipt';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { formatSubmittedAt, writeReceiptToExcel } from '../../../addin/src/office/receipt';
import { renderLayoutToExcel } from '../../../addin/src/office/render';
import { FakeExcel } from '../support/fakeExcel';

const all = () => true;

const receipt: Receipt = {
  submissionId: '2026-H2_751_01JD4ZJ3K1',
  municipality: { code: '751', name: 'Aarhus' },
  period: '2026-H2',
  receivedAt: '2026-11-23T13:05:00.000Z',
  sha256: 'a'.repeat(64),
  templateVersion: '1.0',
  counts: { activities: 2, late: 0, checklistAnswered: 3 },
  warnings: [],
};

async function structured(lang: 'da' | 'en'): Promise<FakeExcel> {
  const excel = new FakeExcel({ sheets: [{ name: 'Ark1', rows: [] }] });
  const grid = await readGridFromExcel(excel.context(), { supports: all });
  await renderLayoutToExcel(excel.context(), planWorkbookLayout(lang), grid, { supports: all });
  return excel;
}

describe('the receipt on the cover sheet', () => {
  test('Sidst indsendt and Kvitteringsnummer are filled in beside their labels, in Danish time', async () => {
    const excel = await structured('da');
    expect(await writeReceiptToExcel(excel.context(), receipt, 'da')).toBe(true);
    const cover = excel.sheet('Forside');
    const rowOf = (label: string) => [...Array(40).keys()].find((r) => cover.get(r, 0)?.v === label)!;
    expect(cover.get(rowOf('Sidst indsendt'), 1)?.v).toBe('23-11-2026 kl. 14:05');
    expect(cover.get(rowOf('Kvitteringsnummer'), 1)?.v).toBe('2026-H2_751_01JD4ZJ3K1');
  });

  test('an English cover sheet is found and written in English', async () => {
    const excel = await structured('en');
    expect(await writeReceiptToExcel(excel.context(), receipt, 'en')).toBe(true);
    const cover = excel.sheet('Cover');
    const rowOf = (label: string) => [...Array(40).keys()].find((r) => cover.get(r, 0)?.v === label)!;
    expect(cover.get(rowOf('Last submitted'), 1)?.v).toBe(formatSubmittedAt(receipt.receivedAt, 'en'));
    expect(cover.get(rowOf('Receipt id'), 1)?.v).toBe(receipt.submissionId);
  });

  test('a workbook without a cover sheet is left alone and says so', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows: [['Aktivitet']] }] });
    expect(await writeReceiptToExcel(excel.context(), receipt, 'da')).toBe(false);
    expect(excel.sheet('Plan').cells.size).toBe(1);
  });
});
