// End to end on realistic workbooks made by other tools than the product's writer: LibreOffice from
// flat ODS and Danish CSV (test/fixtures/messy/layout, made by make.sh) and a package written by
// hand as Excel writes it (theme and indexed fills). Bytes → readWorkbook → structure.

import { structure } from '../../../core/structure';
import { readWorkbook } from '../../../core/xlsx';
import type { StructureResult } from '../../../core/draft';
import * as messy from '../../fixtures/messy';

async function read(build: () => Promise<Uint8Array>): Promise<StructureResult> {
  return structure(readWorkbook(await build()));
}

function rows(r: StructureResult, ...fields: string[]): unknown[][] {
  return r.draft.activities.map((a) => fields.map((f) => (a.values as Record<string, unknown>)[f]));
}

/** The checks of the plan table (the cover's checks, e.g. a municipality taken from the title, are not these tests' subject). */
function tableChecks(r: StructureResult): StructureResult['checks'] {
  return r.checks.filter((c) => !c.field.startsWith('cover.'));
}

function checks(r: StructureResult): [string, string, string, number][] {
  return tableChecks(r).map((c) => [c.sheet, c.cell, c.field, c.confidence]);
}

test('colours with a legend (LibreOffice): the "Farvekode:" swatches say it; the word in a cell wins', async () => {
  const r = await read(messy.coloursWithLegend);
  expect(rows(r, 'activity', 'status')).toEqual([
    ['Styregruppemøde om opstart', 'done'],
    ['Nyhedsbrev til skoler og jobcenter', 'in_progress'],
    // Green, but "I gang" is written in it.
    ['Uddannelse af fire nye mentorer', 'in_progress'],
    ['Workshop med forældrecoaches', 'not_started'],
    ['Midtvejsevaluering', 'not_started'],
  ]);
  expect(tableChecks(r)).toEqual([]);
  expect(r.issues).toEqual([]);
  // The legend is no activity; its words are listed as not placed.
  expect(r.unmapped.map((u) => u.value)).toEqual(['Farvekode:', 'Gennemført', 'I gang', 'Ikke startet']);
});

test('colours without a legend (hand-built package, theme tints and an indexed red, banded rows)', async () => {
  const r = await read(messy.colourWithoutLegend);
  expect(rows(r, 'status')).toEqual([
    ['done'],
    ['in_progress'],
    ['in_progress'],
    ['not_started'],
    ['not_started'],
  ]);
  expect(checks(r)).toEqual(
    ['E4', 'E5', 'E6', 'E7', 'E8'].map((cell) => ['Handleplan', cell, 'activities.status', 0.5]),
  );
  expect(r.unmapped).toEqual([]);
});

test('theme heading rows (LibreOffice): merged, bold or filled, numbered, "Tema:"; "Øvrigt" ends the theme', async () => {
  const r = await read(messy.themeRows);
  expect(rows(r, 'activity', 'theme')).toEqual([
    ['Styregruppemøde', 'leadership'],
    ['Ledelsesnetværk om mentorindsatsen', 'leadership'],
    ['Fælles sprog om forløbene', 'process_culture'],
    ['Rollebeskrivelser for mentorer', 'organisation_roles'],
    ['Workshop med mentorerne', 'involvement'],
    ['Julearrangement for familierne', undefined],
  ]);
  expect(checks(r)).toEqual([
    ['Plan', 'A5', 'activities.theme', 0.7],
    ['Plan', 'A8', 'activities.theme', 0.9],
    ['Plan', 'A10', 'activities.theme', 0.9],
    ['Plan', 'A12', 'activities.theme', 0.9],
  ]);
  expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'A14', value: 'Øvrigt' }]);
});

test('one sheet per theme (LibreOffice): one plan, each sheet’s name its rows’ theme', async () => {
  const r = await read(messy.sheetPerTheme);
  expect(r.draft.municipality?.name).toBe('Horsens');
  expect(r.draft.activities.map((a) => [a.source.sheet, a.values.theme])).toEqual([
    ['Ledelse', 'leadership'],
    ['Ledelse', 'leadership'],
    ['Kommunikation', 'communication'],
    ['Kultur og arbejdsproces', 'process_culture'],
    ['Organisering, roller og ansvar', 'organisation_roles'],
  ]);
  expect(checks(r)).toEqual([['Kultur og arbejdsproces', '', 'activities.theme', 0.9]]);
});

test('totals and notes (LibreOffice, SUM formulas): no activity, mentor or indicator; all listed', async () => {
  const r = await read(messy.totalsAndNotes);
  expect(rows(r, 'activity')).toEqual([['Styregruppemøde'], ['Nyhedsbrev'], ['Uddannelse af mentorer']]);
  expect(r.draft.corps.map((c) => c.values.initials)).toEqual(['MH', 'LK', 'SB']);
  expect(r.draft.indicators.map((i) => i.values.code)).toEqual(['mentor_cases_active', 'cases_completed']);
  const listed = r.unmapped.map((u) => `${u.sheet}!${u.cell}`);
  expect(listed).toEqual(
    expect.arrayContaining([
      'Plan!C8',
      'Plan!A9',
      'Plan!A10',
      'Plan!F10',
      'Korps!A5',
      'Korps!C5',
      'Indikatorer!A4',
    ]),
  );
  expect(r.issues).toEqual([]);
});

test('a Gantt chart (LibreOffice): x marks and filled bars give start and deadline; the shaded July is none', async () => {
  const r = await read(messy.ganttChart);
  expect(rows(r, 'activity', 'start', 'deadline')).toEqual([
    ['Opstartsmøde', '2026-01-01', '2026-01-31'],
    ['Rekruttering af mentorer', '2026-02-01', '2026-04-30'],
    ['Uddannelse af mentorer', '2026-05-01', '2026-08-31'],
    ['Evaluering', '2026-08-01', '2026-09-30'],
  ]);
  // The year is the title's ("Tidsplan 2026"): each start and deadline is checked where it was read.
  expect(
    tableChecks(r).every((c) => c.confidence === 0.8 && /^activities\.(start|deadline)$/.test(c.field)),
  ).toBe(true);
  expect(tableChecks(r)).toHaveLength(8);
  expect(r.unmapped).toEqual([]);
});

test('a short title column beats a long description column (LibreOffice from CSV)', async () => {
  const r = await read(messy.titleAndDescription);
  expect(rows(r, 'activity')).toEqual([
    ['Opstartsmøde med ledergruppen'],
    ['Grunduddannelse af mentorer'],
    ['Nyhedsbrev til samarbejdspartnere'],
  ]);
  expect(r.unmapped.filter((u) => u.cell.startsWith('B'))).toHaveLength(4);
});

test('columns headed by questions (LibreOffice from CSV)', async () => {
  const r = await read(messy.questionHeaders);
  expect(
    rows(r, 'deadline', 'activity', 'responsible', 'status', 'milestone', 'evaluation', 'theme'),
  ).toEqual([
    [
      '2026-03-15',
      'Opstartsmøde med ledergruppen',
      'Afdelingsleder',
      'done',
      'Kommissorium godkendt',
      'Fast mødeplan hjælper',
      'leadership',
    ],
    [
      '2026-05-17',
      'Nyhedsbrev til samarbejdspartnere',
      'Koordinator',
      'in_progress',
      'Første nyhedsbrev sendt',
      undefined,
      'communication',
    ],
    [
      '2026-06-30',
      'Workshop med mentorerne',
      'Teamleder',
      'not_started',
      'Workshop afholdt',
      undefined,
      'involvement',
    ],
  ]);
  expect(checks(r)).toEqual([
    ['question-headers', 'B3', 'column', 0.75],
    ['question-headers', 'G6', 'activities.theme', 0.9],
  ]);
});

test('English headers with a RAG column (LibreOffice from CSV)', async () => {
  const r = await read(messy.englishLayoutHeaders);
  expect(rows(r, 'theme', 'activity', 'start', 'deadline', 'responsible', 'status')).toEqual([
    // RAG speaks of being on track, not of being finished: every light is "under way", and each is
    // checked at its cell so the coordinator confirms.
    [
      'leadership',
      'Steering group kick-off',
      '2026-01-15',
      '2026-02-28',
      'Head of department',
      'in_progress',
    ],
    ['communication', 'Newsletter to partners', '2026-02-01', '2026-03-31', 'Coordinator', 'in_progress'],
    ['upskilling', 'Training of four new mentors', '2026-03-01', '2026-05-31', 'Coordinator', 'in_progress'],
  ]);
  expect(checks(r).map((c) => c[1])).toEqual(['H3', 'F4', 'F5', 'F6']);
});

test('a SharePoint list export (LibreOffice from CSV): metadata columns left alone, people named', async () => {
  const r = await read(messy.sharePointExport);
  expect(rows(r, 'activity', 'theme', 'responsible', 'status', 'deadline')).toEqual([
    ['Opstartsmøde med ledergruppen', 'leadership', 'Mette Hansen', 'done', '2026-02-15'],
    ['Nyhedsbrev til samarbejdspartnere', 'communication', 'Bo Jensen', 'in_progress', '2026-03-31'],
    ['Grunduddannelse af mentorer', 'upskilling', 'Mette Hansen; Bo Jensen', 'not_started', '2026-05-31'],
  ]);
  const listedColumns = new Set(r.unmapped.map((u) => u.cell.replace(/\d+$/, '')));
  expect([...listedColumns].sort()).toEqual(['A', 'G', 'H', 'I', 'J', 'K', 'L']);
  expect(tableChecks(r)).toEqual([]);
});
