// Four habits the held-out rounds 39 and 40 and the last "left open" round left open, each a general
// rule a careful reader follows, each on probes built here with SheetJS or the hand-built writer
// (never a corpus plan): a stage banner whose block has theme headings of its own; a survey dataset
// with several rows of codes; a CSV line that leaves its trailing empty fields off; a template's
// example row known by a grey fill.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { WorkbookModel, type Style } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { checkedAt, COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const statuses = (r: Inspected) =>
  activitiesOf(r).map((a) => `${a.values.activity ?? '—'}:${a.values.status ?? '—'}`);

// --- 1. A stage banner whose block has theme headings of its own ---------------------------------

/** A sheet of these rows with the one-cell rows at `merged` (0-based) merged across `width` columns. */
function withMerged(
  rows: readonly (readonly unknown[])[],
  merged: readonly number[],
  width: number,
): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  ws['!merges'] = merged.map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }));
  return ws;
}
const STAGE_HEAD = ['Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning'];
const planOf = (ws: XLSX.WorkSheet) =>
  inspectSheetjs([
    ['Forside', COVER],
    ['Plan', ws],
  ]);

describe('a stage banner holds over the theme headings inside its block', () => {
  // Rows (0-based): 0 header, 1 Ledelse, 2 row, 3 Kommunikation, 4 row, 5 FÆRDIGE, 6 Ledelse, 7 row,
  // 8 Opkvalificering, 9 row, 10 row (stale "I gang"), 11 DROPPET, 12 Kommunikation, 13 row.
  const rows = [
    STAGE_HEAD,
    ['Ledelse'],
    ['Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
    ['Kommunikation'],
    ['Nyhedsbrev', 'Bo Kjær', '31.03.2027', 'Ikke startet'],
    ['FÆRDIGE AKTIVITETER'],
    ['Ledelse'],
    ['Kommissorium for styregruppen', 'Anne Lund', '15.01.2027'],
    ['Opkvalificering'],
    ['LAT-kursus', 'Bo Kjær', '20.01.2027'],
    ['Introduktion for nye mentorer', 'Anne Lund', '25.01.2027', 'I gang'],
    ['DROPPET'],
    ['Kommunikation'],
    ['Plakatkampagne', 'Bo Kjær', '28.02.2027', '', 'For få tilmeldte'],
  ];
  const r = planOf(withMerged(rows, [1, 3, 5, 6, 8, 11, 12], 5));

  test('the rows under FÆRDIGE are done and under DROPPET closed, whatever theme heads them', () => {
    expect(statuses(r)).toEqual([
      'Styregruppemøde:in_progress',
      'Nyhedsbrev:not_started',
      'Kommissorium for styregruppen:done',
      'LAT-kursus:done',
      'Introduktion for nye mentorer:done',
      'Plakatkampagne:closed',
    ]);
    expect(activitiesOf(r).map((a) => a.values.theme)).toEqual([
      'leadership',
      'communication',
      'leadership',
      'upskilling',
      'upskilling',
      'communication',
    ]);
  });

  test('checked at the banner (cleared cells) and at the stale status', () => {
    expect(checkedAt(r, 'Plan', 'A6')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D11')).toBe(true);
    expect(checkedAt(r, 'Plan', 'A12')).toBe(true);
  });

  test('banners each with a theme heading right under them (the banners the outer level) hold over them', () => {
    const x = planOf(
      withMerged(
        [
          STAGE_HEAD,
          ['IGANGVÆRENDE'],
          ['Ledelse'],
          ['Styregruppemøde', 'Anne Lund', '15.03.2027'],
          ['FÆRDIGE'],
          ['Opkvalificering'],
          ['LAT-kursus', 'Bo Kjær', '20.01.2027'],
          ['Kommunikation'],
          ['Nyhedsbrev', 'Bo Kjær', '31.01.2027'],
        ],
        [1, 2, 4, 5, 7],
        5,
      ),
    );
    expect(statuses(x)).toEqual(['Styregruppemøde:in_progress', 'LAT-kursus:done', 'Nyhedsbrev:done']);
  });

  test('a stage row inside one theme (no theme heading right under it) ends at the next theme', () => {
    const x = planOf(
      withMerged(
        [
          STAGE_HEAD,
          ['Ledelse'],
          ['Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
          ['Færdige'],
          ['Kommissorium', 'Anne Lund', '15.01.2027'],
          ['Kommunikation'],
          ['Nyhedsbrev', 'Bo Kjær', '31.03.2027'],
        ],
        [1, 3, 5],
        5,
      ),
    );
    expect(statuses(x)).toEqual(['Styregruppemøde:in_progress', 'Kommissorium:done', 'Nyhedsbrev:—']);
  });
});

// --- 3. A CSV line that leaves its trailing empty fields off -------------------------------------

const csvLines = (lines: readonly string[]) =>
  inspectSheetjs([
    ['Forside', COVER],
    ['handleplan_eksport', lines.map((l) => [l])],
  ]);
const checkAt = (r: Inspected, sheet: string, cell: string, field: string) =>
  (r.checks ?? []).find((c) => c.sheet === sheet && c.cell === cell && c.field === field);

describe('a CSV line with fewer fields than its header', () => {
  const HEADER = 'Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning';

  test('a trailing empty field left off: the line is read, the records go on', () => {
    const r = csvLines([
      HEADER,
      'Ledelse;Styregruppemøde om mål;Eva Lund;15-03-2027;I gang;Udsat en uge',
      'Kommunikation;Nyhedsbrev til forældre;Bo Holm;30-04-2027;Ikke startet',
      'Inddragelse;Forældrecafé;Ida Berg;20-05-2027;I gang;',
      'Opkvalificering;Kursus for nye mentorer;Ali Demir;31-05-2027;Ikke startet;',
    ]);
    expect(statuses(r)).toEqual([
      'Styregruppemøde om mål:in_progress',
      'Nyhedsbrev til forældre:not_started',
      'Forældrecafé:in_progress',
      'Kursus for nye mentorer:not_started',
    ]);
    expect(activitiesOf(r)[1]?.values.evaluation).toBeUndefined();
    // Only an empty remark is missing, as the other lines leave it empty: no check at the line.
    expect(checkAt(r, 'handleplan_eksport', 'A3', 'column')).toBeUndefined();
  });

  test('a line that leaves off a field the other lines fill is read and checked at its cell', () => {
    const r = csvLines([
      HEADER,
      'Ledelse;Styregruppemøde om mål;Eva Lund;15-03-2027;I gang;',
      'Kommunikation;Nyhedsbrev til forældre;Bo Holm;30-04-2027',
      'Opkvalificering;Kursus for nye mentorer;Ali Demir;31-05-2027;Ikke startet;',
    ]);
    expect(statuses(r)).toEqual([
      'Styregruppemøde om mål:in_progress',
      'Nyhedsbrev til forældre:—',
      'Kursus for nye mentorer:not_started',
    ]);
    expect(checkAt(r, 'handleplan_eksport', 'A3', 'column')).toBeDefined();
  });

  test('a line of one field (no separator) under the records still ends them', () => {
    const r = csvLines([
      HEADER,
      'Ledelse;Styregruppemøde om mål;Eva Lund;15-03-2027;I gang;',
      'Kommunikation;Nyhedsbrev til forældre;Bo Holm;30-04-2027;Ikke startet;',
      'Eksporteret fra Planner 12-03-2027',
    ]);
    expect(activitiesOf(r)).toHaveLength(2);
  });
});

// --- 4. A template's example row known by a grey fill --------------------------------------------

type StyledRow = readonly [readonly string[], Style?];

/** A hand-built package (Excel's own kind, styles and all): the cover and one plan sheet. */
function styled(rows: readonly StyledRow[]): Inspected {
  const wb = new WorkbookModel();
  const cover = wb.sheet('Forside');
  COVER.forEach(([l, v], i) => cover.row(`A${i + 1}`, [l, v]));
  const s = wb.sheet('Handleplan');
  rows.forEach(([row, style], i) => s.row(`A${i + 1}`, row, style));
  return inspectBytes(toXlsx(wb), { today: TODAY });
}

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const MOEDE = ['Ledelse', 'Styregruppemøde om mål', 'Eva Lund', '15.03.2027', 'Ikke startet'];
const BREV = ['Kommunikation', 'Nyhedsbrev til forældre', 'Bo Holm', '30.04.2027', 'Ikke startet'];
const KURSUS = ['Opkvalificering', 'Kursus for nye mentorer', 'Ida Berg', '31.05.2027', 'I gang'];
const EXAMPLE = ['Inddragelse', 'Forældremøde på skolen', 'Mette', '15-03-2027', 'I gang'];
const REAL: readonly StyledRow[] = [[MOEDE], [BREV], [KURSUS]];
const title: StyledRow = [['Handleplan 2027'], { bold: true }];
const names = (r: Inspected) => activitiesOf(r).map((a) => a.values.activity);
const REAL_NAMES = [MOEDE[1], BREV[1], KURSUS[1]];

describe("a template's example row known by a grey fill", () => {
  test.each([
    ['D9D9D9 fill, italic black text', { fill: { rgb: 'D9D9D9' }, italic: true }],
    ['F2F2F2 fill, grey text', { fill: { rgb: 'F2F2F2' }, color: '808080' }],
    ['a theme grey fill (background darker), italic', { fill: { theme: 0, tint: -0.1499 }, italic: true }],
  ] as const)('%s right under the header is no activity, and says so at the row', (_what, look: Style) => {
    const r = styled([title, [HEAD, { bold: true }], [EXAMPLE, look], ...REAL]);
    expect(names(r)).toEqual(REAL_NAMES);
    expect((r.checks ?? []).some((c) => c.sheet === 'Handleplan' && /^[AB]3$/u.test(c.cell))).toBe(true);
  });

  test('a grey-filled header band over plain rows: every row read', () => {
    const r = styled([title, [HEAD, { bold: true, fill: { rgb: 'D9D9D9' } }], ...REAL]);
    expect(names(r)).toEqual(REAL_NAMES);
  });

  test('finished rows greyed by fill, their text plain, are read', () => {
    const done = (row: readonly string[]): StyledRow => [
      [...row.slice(0, 4), 'Gennemført'],
      { fill: { rgb: 'D9D9D9' } },
    ];
    const r = styled([title, [HEAD, { bold: true }], done(MOEDE), done(BREV), [KURSUS]]);
    expect(names(r)).toEqual(REAL_NAMES);
  });

  test('a finished row on a grey fill in grey text right under the header is read (its status says done)', () => {
    const greyed: StyledRow = [
      [...MOEDE.slice(0, 4), 'Gennemført'],
      { fill: { rgb: 'D9D9D9' }, color: '808080' },
    ];
    const r = styled([title, [HEAD, { bold: true }], greyed, [BREV], [KURSUS]]);
    expect(names(r)).toEqual(REAL_NAMES);
    expect(activitiesOf(r)[0]?.values.status).toBe('done');
  });

  test('a banded table (every second row grey, italic or not) is read whole', () => {
    for (const band of [{ fill: { rgb: 'F2F2F2' } }, { fill: { rgb: 'F2F2F2' }, italic: true }] as const) {
      const r = styled([title, [HEAD, { bold: true }], [MOEDE, band], [BREV], [KURSUS, band]]);
      expect(names(r)).toEqual(REAL_NAMES);
    }
  });

  test('a grey fill with plain black text right under the header is read (no example by fill alone)', () => {
    const r = styled([title, [HEAD, { bold: true }], [MOEDE, { fill: { rgb: 'D9D9D9' } }], [BREV], [KURSUS]]);
    expect(names(r)).toEqual(REAL_NAMES);
  });
});

// --- 2. A survey's dataset with several rows of codes --------------------------------------------

const SURVEY_VARIABLES = [
  ['Variabel', 'Label'],
  ['respondentid', 'Respondent-id'],
  ['kommune', 'Hvilken kommune besvarer du for?'],
  ['periode', 'Hvilket halvår gælder besvarelsen?'],
  ['koord', 'Koordinatorens navn'],
  ['f1', 'Har kommunen gennemført en analyse af behovet for indsatsen?'],
  ['f2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?'],
  ['f4', 'Er der valgt en koordinator, som kan stå for at drive implementeringen?'],
  ['closetime', 'Besvarelsen afsluttet'],
];
const SURVEY_VALUES = [
  ['Variabel', 'Værdi', 'Label'],
  ['kommune', 615, 'Horsens'],
  ['periode', 1, '1. halvår 2026'],
  ['periode', 2, '2. halvår 2026'],
  ...['f1', 'f2', 'f4'].flatMap((v) => [
    [v, 1, 'Ja'],
    [v, 2, 'Delvist'],
    [v, 3, 'Nej'],
  ]),
];
const SURVEY_HEAD = ['respondentid', 'kommune', 'periode', 'koord', 'f1', 'f2', 'f4', 'closetime'];
const SURVEY_PLAN = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Birgitte Lund', '15.03.2027', 'I gang'],
];
const survey = (rows: readonly (readonly unknown[])[], head: readonly string[] = SURVEY_HEAD) =>
  inspectSheetjs([
    ['Handleplan', SURVEY_PLAN],
    ['Dataset', [head, ...rows]],
    ['Variabler', SURVEY_VARIABLES],
    ['Værdier', SURVEY_VALUES],
  ]);
const answers = (r: Inspected) =>
  ['F1', 'F2', 'F4'].map((id) => r.structure.draft.checklist.find((a) => a.id === id)?.answer ?? null);

describe("a survey's dataset with several rows of codes", () => {
  test("one respondent's submissions (the same id): the newest by its close time is read, checked", () => {
    const r = survey([
      [7, 615, 2, 'Jonas Krogh', 3, 3, 3, '02-09-2026 10:15'],
      [7, 615, 2, 'Jonas Krogh', 1, 2, 2, '14-11-2026 09:30'],
      [7, 615, 2, 'Jonas Krogh', 2, 3, 3, '20-10-2026 12:00'],
    ]);
    expect(answers(r)).toEqual(['yes', 'partly', 'partly']);
    expect(r.structure.draft.checklist.find((a) => a.id === 'F1')?.place).toEqual({
      sheet: 'Dataset',
      cell: 'E3',
    });
    expect(r.structure.draft.coordinator?.name).toBe('Jonas Krogh');
    expect(r.structure.draft.period).toBe('2026-H2');
    expect((r.checks ?? []).some((c) => c.sheet === 'Dataset' && c.value === 'codebook: row 3')).toBe(true);
  });

  test('without a time, the last row (as the tool appends them) is read', () => {
    const head = SURVEY_HEAD.slice(0, -1);
    const r = survey(
      [
        [7, 615, 2, 'Jonas Krogh', 3, 3, 3],
        [7, 615, 2, 'Jonas Krogh', 1, 1, 2],
      ],
      head,
    );
    expect(answers(r)).toEqual(['yes', 'yes', 'partly']);
  });

  test("several respondents (one per partner): none is read as the plan's, and the dataset is checked", () => {
    for (const [head, rows] of [
      [
        SURVEY_HEAD,
        [
          [7, 615, 2, 'Jonas Krogh', 1, 1, 1, '02-09-2026 10:15'],
          [8, 615, 2, 'Bo Eriksen', 3, 3, 3, '03-09-2026 10:15'],
        ],
      ],
      [
        // No respondent variable: who answered cannot be told.
        SURVEY_HEAD.slice(1),
        [
          [615, 2, 'Jonas Krogh', 1, 1, 1, '02-09-2026 10:15'],
          [615, 2, 'Jonas Krogh', 3, 3, 3, '03-09-2026 10:15'],
        ],
      ],
    ] as const) {
      const r = survey(rows, head);
      expect(answers(r)).toEqual([null, null, null]);
      expect(checkedAt(r, 'Dataset', 'A1')).toBe(true);
    }
  });

  test('one row is read as before, with no check about submissions', () => {
    const r = survey([[7, 615, 2, 'Jonas Krogh', 1, 2, 3, '02-09-2026 10:15']]);
    expect(answers(r)).toEqual(['yes', 'partly', 'no']);
    expect((r.checks ?? []).some((c) => /^codebook: (?:row|\d+ resp)/u.test(String(c.value)))).toBe(false);
  });
});
