// Habits rounds 41 and 42 left open, each closed by a general rule on probes built here with SheetJS
// (another tool than the product's writer), never a corpus plan.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { WorkbookModel, type Style } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';
import { inline, planSheet, TITLE } from '../../fixtures/hostileMeaning';
import * as Twins from '../../fixtures/hostileTwins';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const STATUS_IDS = /^(?:not_started|in_progress|done|changed|closed)$/;
const ISO_DAY = /\b20\d\d-\d\d-\d\d\b/;

/** A sheet of these rows with the cells in `merges` merged. */
function sheet(rows: readonly (readonly unknown[])[], merges: readonly string[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];

// --- 1. What a check shows is what the coordinator wrote or its Danish name, never a code --------

describe('checks of continued copies and partner blocks show Danish values, not codes', () => {
  test('a "(fortsat)" copy: the status check shows "Gennemført", the deadline check a Danish day', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        '1. kvartal 2027',
        [HEAD, ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '', '31.03.2027', 'I gang']],
      ],
      [
        '2. kvartal 2027',
        [
          HEAD,
          ['Opkvalificering', 'Mentoruddannelse hold 3 (fortsat)', 'Bo Kjær', '', '20.05.2027', 'Færdig'],
        ],
      ],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done']);
    const at = (cell: string) =>
      r.structure.checks.filter((c) => c.sheet === '2. kvartal 2027' && c.cell === cell).map((c) => c.value);
    expect(at('F2')).toEqual(['Gennemført']);
    expect(at('E2')).toEqual(['20.05.2027']);
  });

  test("partners' blocks: the status check shows what the least finished partner wrote, the deadline a Danish day", () => {
    const rows = [
      ['', '', 'PPR', '', '', 'Jobcentret', '', ''],
      ['Tema', 'Aktivitet', 'Status', 'Ansvarlig', 'Frist', 'Status', 'Ansvarlig', 'Frist'],
      ['Ledelse', 'Styregruppemøde', 'Færdig', 'Anne Lund', '15.01.2027', 'Igang', 'Bo Kjær', '12.02.2027'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', sheet(rows, ['C1:E1', 'F1:H1'])],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['in_progress']);
    const f3 = r.structure.checks.find((c) => c.sheet === 'Plan' && c.cell === 'F3');
    expect(f3?.value).toBe('Igang');
    const h3 = r.structure.checks.find((c) => c.sheet === 'Plan' && c.cell === 'H3');
    expect(h3?.value).toBe('12.02.2027');
    expect(h3?.reason.da).toContain('(12.02.2027)');
    for (const c of r.structure.checks) {
      expect({ cell: c.cell, value: STATUS_IDS.test(c.value) }).toEqual({ cell: c.cell, value: false });
      expect({ cell: c.cell, da: ISO_DAY.exec(c.reason.da)?.[0] }).toEqual({ cell: c.cell, da: undefined });
    }
  });
});

// --- 2. A status column laid out ahead that already holds statuses is named in a check ------------

describe("a status column for a half-year after the plan's, typed ahead", () => {
  const head = [
    'Tema',
    'Aktivitet',
    'Ansvarlig',
    'Frist',
    'Status 2. halvår 2026',
    'Status 1. halvår 2027',
    'Status 2. halvår 2027',
  ];
  const rows = (ahead: string) => [
    head,
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'Ikke startet', 'I gang', ahead],
    ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '30.04.2027', 'Ikke startet', 'Ikke startet', ''],
  ];

  test('is not the status now, and the check names the column at its header', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', rows('Gennemført')],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['in_progress', 'not_started']);
    const ahead = r.structure.checks.filter((c) => c.sheet === 'Plan' && c.cell === 'G1');
    expect(ahead).toHaveLength(1);
    expect(ahead[0]?.reason.da).toContain('"Status 2. halvår 2027"');
    expect(ahead[0]?.reason.da).toContain('1. halvår 2027');
  });

  test('an empty column laid out ahead is the template of the next follow-up: no check', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', rows('')],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['in_progress', 'not_started']);
    expect(r.structure.checks.filter((c) => c.cell === 'G1')).toEqual([]);
  });
});

// --- 6. A survey's dataset whose respondent column is named otherwise -----------------------------

const SURVEY_VARIABLES = [
  ['Variabel', 'Label'],
  ['kommune', 'Hvilken kommune besvarer du for?'],
  ['periode', 'Hvilket halvår gælder besvarelsen?'],
  ['f1', 'Har kommunen gennemført en analyse af behovet for indsatsen?'],
  ['f2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?'],
  ['f4', 'Er der valgt en koordinator, som kan stå for at drive implementeringen?'],
  ['closetime', 'Besvarelsen afsluttet'],
];
const SURVEY_VALUES = [
  ['Variabel', 'Værdi', 'Label'],
  ['kommune', 615, 'Horsens'],
  ['periode', 2, '2. halvår 2026'],
  ...['f1', 'f2', 'f4'].flatMap((v) => [
    [v, 1, 'Ja'],
    [v, 2, 'Delvist'],
    [v, 3, 'Nej'],
  ]),
];
const survey = (who: string, ids: readonly [unknown, unknown]) =>
  inspectSheetjs([
    [
      'Handleplan',
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
        ['Ledelse', 'Styregruppemøde', 'Birgitte Lund', '15.03.2027', 'I gang'],
      ],
    ],
    [
      'Dataset',
      [
        [who, 'kommune', 'periode', 'f1', 'f2', 'f4', 'closetime'],
        [ids[0], 615, 2, 1, 2, 2, '14-11-2026 09:30'],
        [ids[1], 615, 2, 3, 3, 3, '02-09-2026 10:15'],
      ],
    ],
    ['Variabler', SURVEY_VARIABLES],
    ['Værdier', SURVEY_VALUES],
  ]);
const answers = (r: Inspected) =>
  ['F1', 'F2', 'F4'].map((id) => r.structure.draft.checklist.find((a) => a.id === id)?.answer ?? null);

describe('a survey dataset whose respondent column is named otherwise', () => {
  test.each([
    ['Besvaret af', 'Horsens Kommune'],
    ['Navn', 'Jonas Krogh'],
    ['Skole', 'Byskolen'],
    ['Respondent-ID', 'R-7'],
    ['Enhed', 'Familieafdelingen'],
  ])('"%s" is read like "Respondent": the same one twice is answering again, the newest read', (who, id) => {
    const r = survey(who, [id, id]);
    expect(answers(r)).toEqual(['yes', 'partly', 'partly']);
  });

  test.each(['Besvaret af', 'Skole'])(
    '"%s" with two different ones: several respondents, none read, checked',
    (who) => {
      const r = survey(who, ['Byskolen', 'Bakkeskolen']);
      expect(answers(r)).toEqual([null, null, null]);
      expect(r.structure.checks.some((c) => c.sheet === 'Dataset' && c.cell === 'A1')).toBe(true);
    },
  );
});

// --- 5. A grey-italic row right under the header whose status says finished ------------------------

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

describe('a row in grey italics right under the header whose status says finished', () => {
  const plan = (first: readonly string[]): StyledRow[] => [
    [['Handleplan 2027'], { bold: true }],
    [['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], { bold: true }],
    [first, { italic: true, color: '808080' }],
    [['Kommunikation', 'Nyhedsbrev til forældre', 'Bo Holm', '30.04.2027', 'Ikke startet']],
    [['Opkvalificering', 'Kursus for nye mentorer', 'Ida Berg', '31.05.2027', 'I gang']],
  ];
  const names = (r: Inspected) => activitiesOf(r).map((a) => a.values.activity);

  test.each(['Gennemført', 'Lukket'])(
    '"%s": a finished activity greyed, read and checked at the row',
    (status) => {
      const r = styled(plan(['Ledelse', 'Styregruppemøde om mål', 'Eva Lund', '15.01.2027', status]));
      expect(names(r)).toEqual([
        'Styregruppemøde om mål',
        'Nyhedsbrev til forældre',
        'Kursus for nye mentorer',
      ]);
      const at = (r.checks ?? []).filter((c) => c.sheet === 'Handleplan' && c.cell === 'A3');
      expect(at.map((c) => c.reason.da).join(' ')).toContain('læst som en afsluttet aktivitet');
    },
  );

  test('"I gang" in the same look stays the template\'s example', () => {
    const r = styled(plan(['Inddragelse', 'Forældremøde på skolen', 'Mette', '15-03-2027', 'I gang']));
    expect(names(r)).toEqual(['Nyhedsbrev til forældre', 'Kursus for nye mentorer']);
  });
});

// --- 3. A struck row with its corrected copy under it, the name reworded ---------------------------

describe('a struck row whose corrected copy under it is reworded', () => {
  const STRUCK: Style = { strike: true };
  const plan = (old: string, copy: string): Inspected =>
    styled([
      [['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], { bold: true }],
      [['Ledelse', old, 'Klaus Bonde', '10.02.2027', 'Ikke startet'], STRUCK],
      [['Ledelse', copy, 'Pia Holm', '24.03.2027', 'I gang']],
      [['Kommunikation', 'Nyhedsbrev til forældre', 'Bo Holm', '30.04.2027', 'Ikke startet']],
    ]);
  const read = (r: Inspected) => activitiesOf(r).map((a) => `${a.values.activity} | ${a.values.status}`);

  test.each([
    ['Styregruppemøde om økonomi', 'Økonomimøde'],
    ['Afslutning af mentoruddannelse hold 2', 'Mentoruddannelse hold 2 – afslutning'],
    ['Informationsmøde for forældrene', 'Forældre: informationsmøde'],
  ])('"%s" → "%s": the struck row is the old version, no activity, checked', (old, copy) => {
    const r = plan(old, copy);
    expect(read(r)).toEqual([`${copy} | in_progress`, 'Nyhedsbrev til forældre | not_started']);
    expect(
      (r.checks ?? []).some(
        (c) => c.sheet === 'Handleplan' && c.cell === 'B2' && c.field === 'activities.row',
      ),
    ).toBe(true);
  });

  test.each([
    ['Styregruppemøde om mål', 'Styregruppemøde om økonomi'],
    ['Mentoruddannelse hold 2', 'Mentoruddannelse hold 3'],
    ['Forældremøde på skolen', 'Styregruppemøde på skolen'],
    ['Møde', 'Styregruppemøde om økonomi'],
  ])('"%s" above "%s": another activity, the struck one cancelled', (old, copy) => {
    const r = plan(old, copy);
    expect(read(r)).toEqual([
      `${old} | closed`,
      `${copy} | in_progress`,
      'Nyhedsbrev til forældre | not_started',
    ]);
  });
});

// --- 4. Partners' headings centred over their blocks without a merge ---------------------------------

describe("partners' headings centred over their blocks but not merged", () => {
  const SUB = ['Tema', 'Aktivitet', 'Status', 'Ansvarlig', 'Frist', 'Status', 'Ansvarlig', 'Frist'];
  const DATA = [
    ['Ledelse', 'Styregruppemøde', 'Færdig', 'Anne Lund', '15.01.2027', 'I gang', 'Bo Kjær', '12.02.2027'],
    ['Kommunikation', 'Nyhedsbrev', 'Ikke startet', 'Anne Lund', '31.03.2027', 'Ikke relevant', '', ''],
  ];
  const read = (r: Inspected) =>
    activitiesOf(r).map(
      (a) => `${a.values.activity} | ${a.values.status} | ${a.values.responsible} | ${a.values.deadline}`,
    );
  const PARTNERS = [
    'Styregruppemøde | in_progress | Anne Lund, Bo Kjær | 2027-02-12',
    'Nyhedsbrev | not_started | Anne Lund | 2027-03-31',
  ];

  test.each([
    ['in the first cell of each block (centerContinuous)', ['', '', 'PPR', '', '', 'Jobcentret', '', '']],
    ['in the middle cell of each block (centred by hand)', ['', '', '', 'PPR', '', '', 'Jobcentret', '']],
  ])("headings %s: read as partners' blocks", (_how, headings) => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [headings, SUB, ...DATA]],
    ]);
    expect(read(r)).toEqual(PARTNERS);
  });

  test('the same merged (the rule before) reads alike', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', sheet([['', '', 'PPR', '', '', 'Jobcentret', '', ''], SUB, ...DATA], ['C1:E1', 'F1:H1'])],
    ]);
    expect(read(r)).toEqual(PARTNERS);
  });

  test('follow-up headings (months) or two texts over a block stay follow-ups: the latest filled status', () => {
    for (const headings of [
      ['', '', 'Marts 2027', '', '', 'Juni 2027', '', ''],
      ['', '', 'PPR', 'Skolen', '', 'Jobcentret', '', ''],
    ]) {
      const r = inspectSheetjs([
        ['Forside', COVER],
        ['Plan', [headings, SUB, ...DATA]],
      ]);
      // Not the partners' reading: one responsible, not both blocks' people.
      expect(activitiesOf(r)[0]?.values.status).toBe('in_progress');
      expect(activitiesOf(r)[0]?.values.responsible).not.toBe('Anne Lund, Bo Kjær');
    }
  });
});

// --- 7. Two defined names of one name, two tables of one name ----------------------------------------

describe('two defined names or two tables of one name (hand-built packages of the twins catalogue)', () => {
  const fileChecks = (r: Inspected) => r.structure.checks.filter((c) => c.field === 'fileSyntax');

  test('two names "Omfang"/"omfang": read with the first, as Excel keeps it, and checked naming the part', () => {
    const r = inspectBytes(Twins.definedNameTwice(), { today: TODAY });
    const checks = fileChecks(r);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.value).toBe('omfang');
    expect(checks[0]?.reason.da).toContain(
      'delen xl/workbook.xml har navnet "omfang" to gange i projektmappen',
    );
    expect(checks[0]?.reason.da).toContain('korpsplan har brugt det første (Plan!$A$1)');
    expect(checks[0]?.reason.en).toContain('xl/workbook.xml');
  });

  test('two tables "Tabel1" on two sheets: both read where they stand, the second checked at its first cell', () => {
    const r = inspectBytes(Twins.tableNameTwice(), { today: TODAY });
    const checks = fileChecks(r);
    expect(checks.map((c) => `${c.sheet}!${c.cell} ${c.value}`)).toEqual(['Plan2!A1 Tabel1']);
    expect(checks[0]?.reason.da).toContain('på arket "Plan" A1:B2');
  });

  test('one name per scope (the same name on two sheets) and a constant with digits: no check, no digits repeated', () => {
    const names = (xml: string) =>
      inspectBytes(
        planSheet(`${TITLE}<row r="2">${inline('B2', 'Temadag')}</row>`, '', { workbookExtra: xml }),
        {
          today: TODAY,
        },
      );
    const scoped = names(
      '<definedNames><definedName name="Omfang" localSheetId="0">Plan!$A$1</definedName><definedName name="Omfang">Plan!$B$2</definedName></definedNames>',
    );
    expect(fileChecks(scoped)).toEqual([]);
    const constant = names(
      '<definedNames><definedName name="Tal">="12 34 56 78"</definedName><definedName name="TAL">Plan!$B$2</definedName></definedNames>',
    );
    expect(fileChecks(constant)).toHaveLength(1);
    expect(fileChecks(constant)[0]?.reason.da).toContain('(en anden værdi og Plan!$B$2)');
  });
});
