// A plan typed with an empty row after each row (air for print), its theme blocks parted by three
// empty rows: the table's gaps are counted in its own rhythm. Found by the metamorphic explorer
// (every corpus sheet through SheetJS with an empty row after each row: p04's theme blocks, parted
// by one empty row in the original, ended the table after the first block, 3 of 19 activities read;
// p161 6 of 13). The probes are workbooks SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { inspectSheetjs, COVER } from '../../fixtures/sheetjs';

type Row = readonly (string | null)[];

const BLOCKS: readonly (readonly [string, readonly Row[]])[] = [
  [
    '1. Ledelse',
    [
      ['Styregruppemøde', 'Sanne Kragh', '15.03.2027', 'I gang'],
      ['Ledelsesbeslutning om forankring', 'Sanne Kragh', '30.04.2027', 'Ikke startet'],
    ],
  ],
  [
    '2. Kommunikation',
    [
      ['Nyhedsbrev', 'Bo Eriksen', '30.04.2027', 'Gennemført'],
      ['Informationsmøde', 'Bo Eriksen', '31.05.2027', 'Ikke startet'],
    ],
  ],
  [
    '3. Opkvalificering',
    [
      ['Kursusdag', 'Anna Holm', '31.05.2027', 'Ikke startet'],
      ['Supervision', 'Anna Holm', '30.06.2027', 'I gang'],
    ],
  ],
];

/** The plan with `air` empty rows after each row and `between` more between the blocks, then `after`. */
function plan(air: number, between: number, after: readonly Row[] = []): XLSX.WorkSheet {
  const rows: Row[] = [['Handleplan 2027'], [], ['Aktivitet', 'Ansvarlig', 'Deadline', 'Status']];
  const spaced = (row: Row): void => {
    rows.push(row);
    for (let i = 0; i < air; i++) rows.push([]);
  };
  rows.push(...Array.from({ length: air }, () => []));
  BLOCKS.forEach(([theme, items], i) => {
    if (i > 0) for (let k = 0; k < between; k++) rows.push([]);
    spaced([theme]);
    items.forEach(spaced);
  });
  rows.push(...after);
  return XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
}

function read(sheet: XLSX.WorkSheet): (string | undefined)[] {
  return inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', sheet],
  ]).structure.draft.activities.map((a) => a.values.activity);
}

const ALL = BLOCKS.flatMap(([, items]) => items.map((row) => row[0] ?? undefined));

test('each row followed by an empty row, three empty rows between the blocks: every activity', () => {
  expect(read(plan(1, 2))).toEqual(ALL);
});

test('the same typed tight, one empty row between the blocks (as before)', () => {
  expect(read(plan(0, 1))).toEqual(ALL);
});

test('a tight table still ends at three empty rows (control)', () => {
  expect(read(plan(0, 3))).toEqual(ALL.slice(0, 2));
});

test('a spaced table ends at seven empty rows: notes far below are no activities (control)', () => {
  const notes: Row[] = [
    ...Array.from({ length: 7 }, () => []),
    ['Noter fra mødet den 3. marts'],
    ['Husk at bestille lokale'],
  ];
  expect(read(plan(1, 2, notes))).toEqual(ALL);
});

test('notes four empty rows below a spaced table are no activities (control)', () => {
  const notes: Row[] = [[], [], [], ['Noter fra mødet den 3. marts'], ['Husk at bestille lokale']];
  expect(read(plan(1, 2, notes))).toEqual(ALL);
});
