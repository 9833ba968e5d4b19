// The reading rules of the probes of 2026-12-05, each proven on a workbook SheetJS wrote (not the
// product's writer), read through the intake as a coordinator's file is: a deadline column headed
// "Senest" with "frem til juni 2027"; the statuses "Booket" and "Skrinlagt"; a period cell "H1-27";
// a checklist answered "Mest ja"; corps hours "halv tid", "20 t/md" and "½".

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { CHECKLIST } from '../../../core/spec';

function workbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Kommune', 'Vejle'],
      ['Periode', 'H1-27'],
    ]),
    'Forside',
  );
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Temaer', 'Initiativ', 'Ejer', 'Senest', 'Status'],
      ['Ledelse', 'Temadag for ledere', 'Anna Holm', 'frem til juni 2027', 'Booket'],
      ['Kommunikation', 'Nyhedsbrev', 'Lars Dam', '15.03.2027', 'Skrinlagt'],
    ]),
    'Plan',
  );
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Spørgsmål', 'Svar'],
      [CHECKLIST[0]?.text.da ?? '', 'Mest ja'],
    ]),
    'Huskeliste',
  );
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
      ['AB', 'Mentor', 'halv tid', '3'],
      ['CD', 'Mentor', '20 t/md', '2'],
      ['EF', 'Forældrecoach', '½', '1'],
    ]),
    'Korps',
  );
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const r = inspectBytes(workbook(), { today: '2026-12-05' });
const d = r.structure.draft;
const checked = (sheet: string, cell: string) =>
  (r.checks ?? []).some((c) => c.sheet === sheet && c.cell === cell);

test('the period cell "H1-27" is 2027-H1', () => {
  expect(d.period).toBe('2027-H1');
});

test('"Senest" heads the deadline column, and "frem til juni 2027" ends on 30 June 2027', () => {
  expect(d.activities.map((a) => a.values.deadline)).toEqual(['2027-06-30', '2027-03-15']);
});

test('"Booket" is Ikke startet, checked; "Skrinlagt" is Lukket', () => {
  expect(d.activities.map((a) => a.values.status)).toEqual(['not_started', 'closed']);
  expect([checked('Plan', 'E2'), checked('Plan', 'E3')]).toEqual([true, false]);
});

test('"Mest ja" is Delvist, checked', () => {
  expect(d.checklist.find((a) => a.id === CHECKLIST[0]?.id)?.answer).toBe('partly');
  expect(checked('Huskeliste', 'B2')).toBe(true);
});

test('"halv tid" and "20 t/md" are hours a week; "½" is kept and checked', () => {
  expect(d.corps.map((m) => m.values.hoursPerWeek)).toEqual([18.5, 4.6, 0.5]);
  expect(['C2', 'C3', 'C4'].map((c) => checked('Korps', c))).toEqual([true, true, true]);
});
