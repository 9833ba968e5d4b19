// Room left between columns and rows, as a coordinator leaves it for air: an empty column under a
// group header merged over several columns ("Tidsplan" over "Start | (empty) | Slut"), an empty row
// between the group headers and their sub-headers, an empty row between a paper form's options.
// The whole corpus was read with such room (the metamorphic explorer); these probes are workbooks
// SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { inspectSheetjs, COVER, ONE_ACTIVITY } from '../../fixtures/sheetjs';

function planWithRoom(spacerValues: readonly string[] = []): XLSX.WorkSheet {
  const rows = [
    ['Tidsplan', null, null, 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
    ['Start', null, 'Slut', null, null, null, null],
    [
      '01.02.2027',
      spacerValues[0] ?? null,
      '15.03.2027',
      'Ledelse',
      'Styregruppemøde',
      'Sanne Kragh',
      'I gang',
    ],
    [
      '01.03.2027',
      spacerValues[1] ?? null,
      '30.04.2027',
      'Kommunikation',
      'Nyhedsbrev',
      'Bo Eriksen',
      'Ikke startet',
    ],
    [
      '10.04.2027',
      spacerValues[2] ?? null,
      '31.05.2027',
      'Opkvalificering',
      'Kursusdag',
      'Anna Holm',
      'Ikke startet',
    ],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [
    XLSX.utils.decode_range('A1:C1'),
    ...['D', 'E', 'F', 'G'].map((c) => XLSX.utils.decode_range(`${c}1:${c}2`)),
  ];
  return ws;
}

test('an empty column between "Start" and "Slut" under a merged "Tidsplan" takes no field', () => {
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', planWithRoom()],
  ]);
  const rows = r.structure.draft.activities;
  expect(rows.map((a) => [a.values.start, a.values.deadline])).toEqual([
    ['2027-02-01', '2027-03-15'],
    ['2027-03-01', '2027-04-30'],
    ['2027-04-10', '2027-05-31'],
  ]);
  expect(rows.map((a) => a.cells.deadline)).toEqual(['C3', 'C4', 'C5']);
});

test('a column with values under the group header is not taken for room between columns', () => {
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', planWithRoom(['uge 6', 'uge 10', 'uge 15'])],
  ]);
  // Whatever it is read as, its values are not dropped unseen: in the plan or among the values
  // not placed.
  const placed = r.structure.draft.activities.some(
    (a) => a.cells.deadline === 'B3' || a.cells.start === 'B3',
  );
  const unmapped = r.unmapped.some((u) => u.sheet === 'Plan' && u.cell === 'B3');
  expect(placed || unmapped).toBe(true);
});

test('an empty row between "Tidsplan" and its "Start | Slut" leaves both in the header, and no activity made of them', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Tidsplan', null, 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
    [],
    ['Start', 'Slut'],
    ['01.02.2027', '15.03.2027', 'Ledelse', 'Styregruppemøde', 'Sanne Kragh', 'I gang'],
    ['01.03.2027', '30.04.2027', 'Kommunikation', 'Nyhedsbrev', 'Bo Eriksen', 'Ikke startet'],
  ]);
  ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', ws],
  ]);
  const rows = r.structure.draft.activities;
  expect(rows.map((a) => [a.values.activity, a.values.start, a.values.deadline])).toEqual([
    ['Styregruppemøde', '2027-02-01', '2027-03-15'],
    ['Nyhedsbrev', '2027-03-01', '2027-04-30'],
  ]);
});

test("an empty row between a paper form's options: the option marked X is the value, not the first", () => {
  const options = ['Forberedelse', 'Klargøring', 'Indledende implementering', 'Fuld implementering'];
  const r = inspectSheetjs([
    [
      'Forside',
      [
        ...COVER.map((row) => [...row]),
        [],
        ...options.flatMap((o, i) => [
          ...(i > 0 ? [[]] : []),
          [i === 0 ? 'Fase (sæt X)' : null, o, i === 2 ? 'X' : null],
        ]),
      ],
    ],
    ['Plan', ONE_ACTIVITY],
  ]);
  expect(r.structure.draft.phase).toBe('initial');
});

test('theme codes explained on their own sheet with an empty column between code and theme are read', () => {
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist'],
        ['T2', 'Styregruppemøde', 'Sanne Kragh', '15.03.2027'],
        ['T1', 'Nyhedsbrev', 'Bo Eriksen', '30.04.2027'],
        ['T3', 'Kursusdag', 'Anna Holm', '31.05.2027'],
      ],
    ],
    [
      'Temaer',
      [
        ['Kode', null, 'Tema'],
        ['T1', null, 'Kommunikation'],
        ['T2', null, 'Ledelse'],
        ['T3', null, 'Opkvalificering'],
      ],
    ],
  ]);
  expect(r.structure.draft.activities.map((a) => a.values.theme)).toEqual([
    'leadership',
    'communication',
    'upskilling',
  ]);
});

test('a plan kept as blocks with an empty row inside one block reads every block', () => {
  const block = (activity: string, theme: string, who: string, deadline: string, gap: boolean) => [
    ['Aktivitet:', activity],
    ['Tema:', theme],
    ...(gap ? [[]] : []),
    ['Ansvarlig:', who],
    ['Frist:', deadline],
    ['Status:', 'I gang'],
    [],
  ];
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    [
      'Plan',
      [
        ...block('Styregruppemøde', 'Ledelse', 'Sanne Kragh', '15.03.2027', true),
        ...block('Nyhedsbrev', 'Kommunikation', 'Bo Eriksen', '30.04.2027', false),
        ...block('Kursusdag', 'Opkvalificering', 'Anna Holm', '31.05.2027', false),
      ],
    ],
  ]);
  expect(
    r.structure.draft.activities.map((a) => [a.values.activity, a.values.responsible, a.values.deadline]),
  ).toEqual([
    ['Styregruppemøde', 'Sanne Kragh', '2027-03-15'],
    ['Nyhedsbrev', 'Bo Eriksen', '2027-04-30'],
    ['Kursusdag', 'Anna Holm', '2027-05-31'],
  ]);
});

test('a Gantt of months with an empty column between two of them reads each bar by its months', () => {
  const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun'];
  // The empty column stands between "jan" and "feb", under the merged "2027".
  const room = (i: number): null[] => (i === 1 ? [null] : []);
  const bar = (from: number, to: number): (string | null)[] =>
    months.flatMap((_, i) => [...room(i), i >= from && i <= to ? 'x' : null]);
  const ws = XLSX.utils.aoa_to_sheet([
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Status', '2027'],
    [null, null, null, null, ...months.flatMap((m, i) => [...room(i), m])],
    ['Ledelse', 'Styregruppemøde', 'Sanne Kragh', 'I gang', ...bar(0, 2)],
    ['Kommunikation', 'Nyhedsbrev', 'Bo Eriksen', 'I gang', ...bar(1, 3)],
    ['Opkvalificering', 'Kursusdag', 'Anna Holm', 'Ikke startet', ...bar(4, 5)],
  ]);
  ws['!merges'] = [
    XLSX.utils.decode_range('E1:K1'),
    ...['A', 'B', 'C', 'D'].map((c) => XLSX.utils.decode_range(`${c}1:${c}2`)),
  ];
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', ws],
  ]);
  expect(r.structure.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
    ['2027-01-01', '2027-03-31'],
    ['2027-02-01', '2027-04-30'],
    ['2027-05-01', '2027-06-30'],
  ]);
});

test('empty rows under a frozen header, then a theme heading over the first activities: the table goes on', () => {
  // Last year's rows cleared with Delete under the header; this year's plan starts with a heading.
  const rows: (string | null)[][] = [['Aktivitet', 'Ansvarlig', 'Frist', 'Status']];
  for (let i = 0; i < 12; i++) rows.push([]);
  rows.push(['Ledelse'], ['Styregruppemøde', 'Sanne Kragh', '15.03.2027', 'I gang']);
  rows.push(['Kommunikation'], ['Nyhedsbrev', 'Bo Eriksen', '30.04.2027', 'Ikke startet']);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  for (const at of ['A14', 'A16']) (ws[at] as XLSX.CellObject).s = { font: { bold: true } };
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', ws],
  ]);
  expect(r.structure.draft.activities.map((a) => [a.values.activity, a.values.theme])).toEqual([
    ['Styregruppemøde', 'leadership'],
    ['Nyhedsbrev', 'communication'],
  ]);
});
