// An own indicator with no unit written: its name may say it ("Antal …" a count; "Andel …" a
// share, checked), or else its figures (all whole numbers without %: a count, checked). Figures
// written as percentages keep saying percent; a catalogue indicator keeps the catalogue's unit.
// Workbooks made with SheetJS.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';

function read(rows: (string | number)[][]) {
  const wb = XLSX.utils.book_new();
  const plan = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Møde', 'Anna', '15.03.2027', 'I gang'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(plan), 'Plan');
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([['Indikator', 'Mål', 'Resultat'], ...rows]),
    'Indikatorer',
  );
  const r = inspectBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
    today: '2026-12-05',
  });
  return r.structure.draft.indicators.map((i, k) => ({
    unit: i.values.unit ?? null,
    checked: (r.checks ?? []).some((c) => c.field === 'indicators.unit' && c.cell.endsWith(String(k + 2))),
    missing: r.issues.some((x) => x.code === 'required_missing' && x.cell.endsWith(String(k + 2))),
  }));
}

test('a name that says its unit gives it; a share is checked', () => {
  expect(
    read([
      ['Antal unge med fritidsjob', 20, 12],
      ['Andel forældre, der deltager', 70, 55],
      ['Number of parents met', 10, 4],
    ]),
  ).toEqual([
    { unit: 'count', checked: false, missing: false },
    { unit: 'percent', checked: true, missing: false },
    { unit: 'count', checked: false, missing: false },
  ]);
});

test('whole figures without % give a count, checked; other figures give nothing', () => {
  expect(
    read([
      ['Unge i mentorforløb', '20', '12 af 20'],
      ['Tilfredshed', 4.5, 4.2],
      ['Fremmøde', '80 %', '72 %'],
    ]),
  ).toEqual([
    { unit: 'count', checked: true, missing: false },
    { unit: null, checked: false, missing: true },
    { unit: 'percent', checked: false, missing: false },
  ]);
});
