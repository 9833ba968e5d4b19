// A theme written once per group: the table sorted by theme, the theme on the first row of each
// group and the rows under it left empty, as Excel's pivot tables lay out a repeated label. The
// metamorphic explorer blanked each repeated theme of every corpus plan: 177 fields were lost
// (flagged, not silent); these probes are workbooks SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { checkedAt, inspectSheet, issuesAt } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

function themes(rows: readonly (readonly unknown[])[], sheet?: XLSX.WorkSheet): (string | undefined)[] {
  const r = inspectSheet('Plan', sheet ?? [HEADER, ...rows]);
  return r.structure.draft.activities.map((a) => a.values.theme);
}

test('a theme written on the first row of its group is the theme of the empty rows under it', () => {
  const rows = [
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    [null, 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    [null, 'Opfølgning med chefgruppen', 'Pia Munk', '31.03.2027', 'Ikke startet'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
    ['Opkvalificering', 'Kursusdag', 'Ole Berg', '30.05.2027', 'Ikke startet'],
    [null, 'Opfølgningskursus', 'Ole Berg', '30.06.2027', 'Ikke startet'],
  ];
  expect(themes(rows)).toEqual([
    'leadership',
    'leadership',
    'leadership',
    'communication',
    'communication',
    'upskilling',
    'upskilling',
  ]);
  // The empty cells are not asked for; one check per group, at its theme, says how they were read.
  const r = inspectSheet('Plan', [HEADER, ...rows]);
  expect(issuesAt(r, 'Plan', 'A3')).not.toContain('required_missing');
  expect((r.checks ?? []).filter((c) => c.field === 'activities.theme').map((c) => c.cell)).toEqual([
    'A2',
    'A5',
    'A7',
  ]);
  expect(r.structure.draft.activities[1]?.cells.theme).toBe('A2');
});

test('a theme left empty in a column written on every row stays missing, and is asked for', () => {
  const rows = [
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    ['Ledelse', 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    [null, 'Opfølgning med chefgruppen', 'Pia Munk', '31.03.2027', 'Ikke startet'],
    [null, 'Ledelsesdag', 'Lars Holt', '30.04.2027', 'Ikke startet'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
    [null, 'Artikel', 'Pia Munk', '30.05.2027', 'Ikke startet'],
  ];
  expect(themes(rows)).toEqual([
    'leadership',
    'leadership',
    undefined,
    undefined,
    'communication',
    undefined,
    undefined,
  ]);
  const r = inspectSheet('Plan', [HEADER, ...rows]);
  expect(issuesAt(r, 'Plan', 'A4')).toContain('required_missing');
});

test('one empty theme in an unsorted table is not filled from the row above', () => {
  const rows = [
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
    ['Ledelse', 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    ['Opkvalificering', 'Kursusdag', 'Ole Berg', '30.05.2027', 'Ikke startet'],
    ['Kommunikation', 'Artikel', 'Pia Munk', '30.05.2027', 'Ikke startet'],
  ];
  expect(themes(rows)[2]).toBeUndefined();
});

test('a row that is no activity (a note across the table) ends the group above it', () => {
  const rows = [
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    [null, 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
    [null, null, null, null, 'Bemærk: resten afventer budget'],
    [null, 'Temadag for alle', 'Ole Berg', '30.05.2027', 'Ikke startet'],
  ];
  const read = inspectSheet('Plan', [HEADER, ...rows]).structure.draft.activities;
  expect(read.map((a) => [a.values.activity, a.values.theme])).toEqual([
    ['Styregruppemøde', 'leadership'],
    ['Ledelsesseminar', 'leadership'],
    ['Nyhedsbrev', 'communication'],
    ['Intranetside', 'communication'],
    ['Temadag for alle', undefined],
  ]);
});

test('rows grouped under an activity of a group are its tasks, not activities of their own', () => {
  const lines: unknown[][] = [
    HEADER,
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    [null, 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    [null, 'Find oplægsholder', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Bestil forplejning', 'Pia Munk', '20.02.2027', 'Ikke startet'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    [null, 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(lines);
  ws['!rows'] = [{}, {}, {}, { level: 1 }, { level: 1 }, {}, {}];
  const read = inspectSheet('Plan', ws).structure.draft.activities;
  expect(read.map((a) => [a.values.activity, a.values.theme])).toEqual([
    ['Styregruppemøde', 'leadership'],
    ['Ledelsesseminar', 'leadership'],
    ['Nyhedsbrev', 'communication'],
    ['Intranetside', 'communication'],
  ]);
});

test('a theme typed in the middle of its group is read for the rows above it only with a check', () => {
  // "Kommunikation" typed on the middle row of its three, to look centred: the row above it reads
  // the theme above, which only the coordinator can see is wrong, so it says where it was read.
  const rows = [
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '31.01.2027', 'I gang'],
    [null, 'Ledelsesseminar', 'Lars Holt', '28.02.2027', 'Ikke startet'],
    [null, 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
    ['Kommunikation', 'Intranetside', 'Pia Munk', '30.04.2027', 'Ikke startet'],
    [null, 'Artikel', 'Pia Munk', '30.05.2027', 'Ikke startet'],
  ];
  const r = inspectSheet('Plan', [HEADER, ...rows]);
  const nyhedsbrev = r.structure.draft.activities[2];
  expect(nyhedsbrev?.values.theme).toBe('leadership');
  expect(nyhedsbrev?.cells.theme).toBe('A2');
  expect(checkedAt(r, 'Plan', 'A2')).toBe(true);
});
