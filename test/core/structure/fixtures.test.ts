// End to end: real .xlsx bytes of messy coordinators' workbooks → readWorkbook (core/xlsx) → structure.

import { readFileSync } from 'fs';
import { join } from 'path';
import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import * as messy from '../../fixtures/messy';
import { SEED_F, SEED_L, TABLE1, TABLE2 } from '../../fixtures/messy/xMarkedChecklists';
import { ANSWERS_WRITTEN } from '../../fixtures/messy/planAndChecklistOnOneSheet';
import { readWorkbook } from '../../../core/xlsx';
import { writeStructured } from '../../../workbook/template';

async function read(build: () => Promise<Uint8Array>): Promise<StructureResult> {
  return structure(readWorkbook(await build()));
}

function activities(r: StructureResult) {
  return r.draft.activities.map((a) => a.values);
}

function answers(r: StructureResult): Record<string, string | null> {
  return Object.fromEntries(r.draft.checklist.map((c) => [c.id, c.answer]));
}

function codes(r: StructureResult): string[] {
  return r.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
}

test('seedHeadingsUnderTitle: the seed’s headings in row 4 under a merged title', async () => {
  const r = await read(messy.seedHeadingsUnderTitle);
  expect(r.draft.municipality).toEqual({ code: '751', name: 'Aarhus' });
  expect(r.draft.period).toBe('2026-H2');
  expect(r.draft.planTable).toEqual({ sheet: 'Ark1', headerRow: 3 });
  expect(r.tables[0]?.columns.map((c) => c.field)).toEqual([
    'deadline',
    'theme',
    'activity',
    'milestone',
    'responsible',
    'status',
    'evaluation',
  ]);
  expect(activities(r)).toEqual([
    {
      deadline: '2026-02-15',
      theme: 'leadership',
      activity: 'Styregruppemøde om opstart af korpset',
      milestone: 'Kommissorium godkendt',
      responsible: 'Leder af Børn og Unge',
      status: 'done',
      evaluation: 'Styregruppen mødes nu fast hver måned',
    },
    {
      deadline: '2026-03-31',
      theme: 'communication',
      activity: 'Nyhedsbrev til mentorer og forældrecoaches',
      milestone: 'Første nyhedsbrev udsendt',
      responsible: 'Koordinator',
      status: 'in_progress',
    },
    {
      deadline: '2026-06-30',
      theme: 'upskilling',
      activity: 'Uddannelse af fire nye mentorer i LAT-metoden',
      milestone: 'Fire mentorer uddannet',
      responsible: 'Koordinator',
      status: 'not_started',
    },
    {
      deadline: '2026-10-04',
      theme: 'documentation',
      activity: 'Læringsmøde med data fra dokumentationsplatformen',
      milestone: 'Referat med næste skridt',
      responsible: 'Koordinator og mentorer',
      status: 'not_started',
    },
    {
      start: '2026-09-01',
      deadline: '2026-11-30',
      theme: 'involvement',
      activity: 'Temadage for mentorer og forældrecoaches',
      milestone: 'To temadage afholdt',
      responsible: 'Koordinator',
      status: 'in_progress',
    },
  ]);
  expect(r.draft.activities.map((a) => a.source.row)).toEqual([5, 6, 7, 8, 9]);
  expect(r.issues).toEqual([]);
  expect(r.unmapped).toEqual([]);
});

test('englishHeadings: English headers, themes, statuses and cover labels', async () => {
  const r = await read(messy.englishHeadings);
  expect(r.draft).toMatchObject({
    municipality: { code: '461', name: 'Odense' },
    period: '2026-H1',
    phase: 'initial',
    coordinator: { name: 'Jane Holm', email: 'jane.holm@odense.dk' },
    supervisionModel: 'external',
  });
  expect(activities(r).map((a) => [a.theme, a.status, a.start, a.deadline])).toEqual([
    ['leadership', 'done', '2026-01-12', '2026-02-27'],
    ['communication', 'in_progress', '2026-02-01', '2026-04-30'],
    ['upskilling', 'not_started', undefined, '2026-06-15'],
    ['evaluation', 'changed', undefined, '2026-05-31'],
  ]);
  // Fields the workbook does not have belong on the English template's Cover sheet.
  expect(r.draft.places.leaderName).toEqual({ sheet: 'Cover', cell: 'B8' });
  expect(r.draft.places.municipality).toEqual({ sheet: 'Info', cell: 'B1' });
  expect(r.unmapped).toEqual([]);
});

test('themesAsSectionHeadings: headings set the theme of the rows under them', async () => {
  const r = await read(messy.themesAsSectionHeadings);
  expect(r.draft.municipality?.code).toBe('630');
  expect(activities(r).map((a) => [a.activity, a.theme])).toEqual([
    ['Styregruppemøde', 'leadership'],
    ['Fagligt ledelsesnetværk', 'leadership'],
    ['Nyhedsbrev om korpset', 'communication'],
    ['Læringsmøde med mentorerne', 'involvement'],
    ['Informationsmøde for forældrecoaches', 'involvement'],
  ]);
  expect(r.unmapped).toEqual([]);
});

test('freeTextStatusesAndDates: every date form and free statuses', async () => {
  const r = await read(messy.freeTextStatusesAndDates);
  expect(activities(r).map((a) => [a.start, a.deadline, a.status])).toEqual([
    [undefined, '2026-03-15', 'done'],
    [undefined, '2026-03-15', 'done'],
    [undefined, '2026-03-22', 'in_progress'],
    [undefined, '2026-03-31', 'not_started'],
    [undefined, '2026-06-30', 'done'],
    ['2026-01-01', '2026-03-31', 'in_progress'],
    ['2026-02-01', '2026-04-30', 'in_progress'],
    [undefined, '2026-05-20', 'in_progress'],
    [undefined, undefined, 'changed'],
    [undefined, undefined, undefined],
  ]);
  expect(codes(r)).toEqual(['date_unreadable@Plan!A10', 'value_not_in_list@Plan!E11']);
  expect(r.unmapped).toEqual([
    { sheet: 'Plan', cell: 'A10', value: 'Løbende' },
    { sheet: 'Plan', cell: 'E11', value: 'Skal afklares' },
  ]);
});

test('xMarkedChecklists: the seed’s Tabel 1 and 2, shuffled, OCR’d, marked with x', async () => {
  const r = await read(messy.xMarkedChecklists);
  const expected: Record<string, string | null> = {};
  for (const [id, marks] of [...TABLE1, ...TABLE2]) {
    const set = (['yes', 'partly', 'no'] as const).filter((_, i) => String(marks[i]).trim() !== '');
    expected[id] = set.length === 1 ? (set[0] ?? null) : null;
  }
  // The seed's tables (template 1.0) have no L9; read as the current template, it is unanswered.
  expected.L9 = null;
  expect(answers(r)).toEqual(expected);
  // The F6/L6 text is in both tables (OCR'd differently): each table's heading decides.
  expect(SEED_F.F6).toContain('skabt rammerne');
  expect(SEED_L.L6).toContain('skabt rammerne');
  expect(answers(r)).toMatchObject({ F6: 'no', L6: 'yes', L5: null, L4: null });
  expect(r.draft.checklist.find((c) => c.id === 'F3')?.comment).toBe(
    'Partnerne orienteres på næste netværksmøde',
  );
  expect(codes(r)).toEqual([
    'checklist_answer_ambiguous@Huskelister!B19',
    'plan_table_missing@Huskelister!A1',
  ]);
  expect(r.unmapped).toEqual([
    { sheet: 'Huskelister', cell: 'B19', value: 'x' },
    { sheet: 'Huskelister', cell: 'D19', value: 'x' },
  ]);
});

test('tovholderAndIndsats: other words for the columns, cover fields above the table', async () => {
  const r = await read(messy.tovholderAndIndsats);
  expect(r.draft.municipality).toEqual({ code: '730', name: 'Randers' });
  expect(r.draft.period).toBe('2026-H1');
  expect(
    Object.fromEntries(r.tables[0]?.columns.map((c) => [c.header, [c.field, c.confidence]]) ?? []),
  ).toEqual({
    Startdato: ['start', 1],
    Slutdato: ['deadline', 1],
    Fokusområde: ['theme', 1],
    Indsats: ['activity', 1],
    Delmål: ['milestone', 1],
    Tovholder: ['responsible', 1],
    Status: ['status', 1],
    Bemærkninger: ['evaluation', 1],
  });
  expect(activities(r)[0]).toEqual({
    start: '2026-01-05',
    deadline: '2026-03-31',
    theme: 'organisation_roles',
    activity: 'Aftale om supervision',
    milestone: 'Aftale underskrevet',
    responsible: 'Ole (teamleder)',
    status: 'in_progress',
    evaluation: 'Afventer jobcentret',
  });
  expect(activities(r)[1]).toMatchObject({ theme: 'process_culture', status: 'not_started' });
  expect(r.unmapped).toEqual([]);
});

test('planAndChecklistOnOneSheet: cover fields, plan and checklist on one sheet', async () => {
  const r = await read(messy.planAndChecklistOnOneSheet);
  expect(r.draft).toMatchObject({
    municipality: { code: '630', name: 'Vejle' },
    phase: 'initial',
    coordinator: { name: 'Mette Berg', email: 'meber@vejle.dk' },
  });
  expect(activities(r).map((a) => a.activity)).toEqual([
    'Opstartsmøde i styregruppen',
    'To mentorer på LAT-kursus',
    'Evaluering af første halvår',
  ]);
  expect(ANSWERS_WRITTEN).toHaveLength(7);
  expect(answers(r)).toMatchObject({
    F1: 'yes',
    F2: 'partly',
    F3: 'no',
    F4: 'yes',
    F5: 'yes',
    F6: 'partly',
    F7: 'no',
    L6: null,
  });
  expect(r.tables.map((t) => t.key)).toEqual(['activities', 'checklist']);
  expect(r.unmapped).toEqual([]);
});

test('unknownColumnsAreReported: unknown columns and a stray note are unmapped, nothing else', async () => {
  const r = await read(messy.unknownColumnsAreReported);
  expect(activities(r).map((a) => a.activity)).toEqual(['Styregruppemøde', 'Nyhedsbrev', 'Kursus']);
  expect(r.tables[0]?.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual([
    'Nr.',
    'Budget (kr.)',
    'Prioritet',
  ]);
  expect(r.unmapped.map((u) => `${u.cell}=${u.value}`)).toEqual([
    'A1=Nr.',
    'G1=Budget (kr.)',
    'H1=Prioritet',
    'A2=1',
    'G2=5000',
    'H2=Høj',
    'A3=2',
    'H3=Middel',
    'A4=3',
    'G4=12000',
    'A10=Sidst opdateret 2. februar af HJ',
  ]);
});

test('questionHeadersToldByContent: columns headed by questions are understood', async () => {
  const r = await read(messy.questionHeadersToldByContent);
  expect(r.draft.municipality).toEqual({ code: '630', name: 'Vejle' });
  expect(r.draft.period).toBe('2026-H2');
  expect(r.tables[0]?.columns.map((c) => [c.header, c.field, c.confidence === 0.5])).toEqual([
    ['Hvornår', 'deadline', false],
    ['Hvad gør vi?', 'activity', false],
    ['Hvem', 'responsible', false],
    ['Område', 'theme', false],
    ['Hvordan går det?', 'status', false],
    ['Prioritet', null, false],
  ]);
  expect(activities(r).map((a) => [a.activity, a.status])).toEqual([
    ['Opstartsmøde med ledergruppen i Børn og Unge', 'done'],
    ['Rekruttering af seks mentorer via Frivilligcenter Vejle', 'in_progress'],
    ['Forældrecoach-uddannelse, hold 1', 'not_started'],
    ['Status til styregruppen om de første forløb', 'not_started'],
  ]);
  expect(r.unmapped.map((u) => `${u.cell}=${u.value}`)).toEqual(['F3=Prioritet', 'F4=Høj', 'F6=Lav']);
});

test('corpsAndIndicators: numbers from text, catalogue codes from names', async () => {
  const r = await read(messy.corpsAndIndicators);
  expect(r.draft.corps.map((c) => c.values)).toEqual([
    {
      initials: 'AB',
      role: 'mentor',
      department: 'Jobcentret',
      trainedOn: '2025-05-12',
      hoursPerWeek: 10,
      activeCases: 3,
    },
    {
      initials: 'CD',
      role: 'parent_coach',
      department: 'Familieafdelingen',
      trainedOn: '2025-05-12',
      hoursPerWeek: 7.5,
      activeCases: 2,
    },
    { initials: 'EF', role: 'both', department: 'SSP', trainedOn: '2025-05-31', hoursPerWeek: 37 },
    { initials: 'GH', department: 'Familieafdelingen', hoursPerWeek: 4, activeCases: 1 },
  ]);
  expect(
    r.draft.indicators.map((i) => [i.values.code, i.values.name, i.values.unit, i.values.result]),
  ).toEqual([
    ['mentor_cases_active', 'Aktive mentorforløb', 'count', 14],
    [undefined, 'Andel unge i uddannelse efter 6 mdr.', 'percent', 45],
    ['staff_trained', 'Medarbejdere opkvalificeret', 'count', 8],
  ]);
  expect(codes(r)).toEqual([
    'number_invalid@Korps!F6',
    'value_not_in_list@Korps!B7',
    'plan_table_missing@Korps!A1',
  ]);
  expect(r.unmapped).toEqual([
    { sheet: 'Korps', cell: 'A1', value: 'Uddannede mentorer og forældrecoaches' },
    { sheet: 'Korps', cell: 'F6', value: 'mange' },
    { sheet: 'Korps', cell: 'B7', value: 'Supervisor' },
  ]);
});

test('rolesCommunicationAndNeeds: the seed’s role table, a communication plan, needs answers', async () => {
  const r = await read(messy.rolesCommunicationAndNeeds);
  expect(r.draft.roles.map((x) => x.values)).toEqual([
    {
      role: 'LEDELSEN',
      name: 'Anne Dahl',
      responsibilities:
        '• Har det overordnede ansvar for korpset\n• Giver medarbejderne ressourcer til at arbejde med metoden',
    },
    {
      role: 'KOORDINATOR',
      name: 'Bo Lund',
      responsibilities: '• Udarbejder implementeringsplanen og følger op på mål',
    },
  ]);
  expect(r.draft.communication.map((x) => x.values.when)).toEqual(['marts 2026', 'Hvert kvartal']);
  expect(r.draft.needsAnalysis.map((n) => [n.id, n.answer])).toEqual([
    ['B1', 'Mistrivsel og isolation hos unge i risiko'],
    ['B2', 'Unge 15-25 år og deres forældre'],
  ]);
  expect(r.unmapped).toEqual([]);
});

test('planWithLogoImage: a picture cannot be carried over and is reported', async () => {
  const r = await read(messy.planWithLogoImage);
  expect(r.notCarried).toHaveLength(1);
  expect(r.notCarried[0]?.sheet).toBe('Plan');
  expect(r.notCarried[0]?.what).toMatch(/^billede \/ image/);
  expect(activities(r)).toHaveLength(1);
});

test('a plan LibreOffice made from a Danish CSV (semicolons, UTF-8, Danish dates)', () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/messy/libreoffice-plan.xlsx')));
  const r = structure(readWorkbook(bytes));
  expect(r.draft.municipality).toEqual({ code: '101', name: 'København' });
  expect(r.draft.period).toBe('2026-H1');
  expect(activities(r)).toEqual([
    {
      deadline: '2026-01-15',
      theme: 'leadership',
      activity: 'Styregruppemøde om korpsets opstart',
      milestone: 'Kommissorium godkendt',
      responsible: 'Områdechef',
      status: 'done',
      evaluation: 'Styregruppen mødes hver måned',
    },
    {
      deadline: '2026-03-02',
      theme: 'communication',
      activity: 'Nyhedsbrev til samarbejdspartnere',
      milestone: 'Nyhedsbrev sendt',
      responsible: 'Koordinator',
      status: 'in_progress',
    },
    {
      deadline: '2026-04-05',
      theme: 'involvement',
      activity: 'Læringsmøde for mentorer og forældrecoaches',
      milestone: 'Møde afholdt',
      responsible: 'Koordinator',
      status: 'not_started',
    },
    {
      start: '2026-04-01',
      deadline: '2026-06-30',
      theme: 'upskilling',
      activity: 'Opfølgning på LAT-uddannelsen',
      milestone: 'Alle har deltaget',
      responsible: 'Koordinator',
      status: 'not_started',
    },
    {
      deadline: '2026-06-30',
      theme: 'documentation',
      activity: 'Gennemgang af data fra dokumentationsplatformen',
      milestone: 'Notat til styregruppen',
      responsible: 'Koordinator og leder',
      status: 'not_started',
    },
  ]);
  expect(r.issues).toEqual([]);
  expect(r.unmapped).toEqual([]);
});

test('headerOverTwoRows: merged two-row header, a theme merged down, "Periode: H1 2026"', async () => {
  const r = await read(messy.headerOverTwoRows);
  expect(r.draft.municipality).toEqual({ code: '615', name: 'Horsens' });
  expect(r.draft.period).toBe('2026-H1');
  expect(r.draft.places.period).toEqual({ sheet: 'Handleplan', cell: 'A2' });
  expect(r.tables[0]?.columns.map((c) => [c.header, c.field])).toEqual([
    ['Tidsplan Start', 'start'],
    ['Tidsplan Slut', 'deadline'],
    ['Indsatsområde', 'theme'],
    ['Aktivitet', 'activity'],
    ['Milepæl', 'milestone'],
    ['Ansvarlig', 'responsible'],
    ['Status', 'status'],
    ['EVALUERING AF RESULTAT', 'evaluation'],
  ]);
  expect(activities(r).map((a) => [a.start, a.deadline, a.theme, a.status])).toEqual([
    ['2026-01-05', '2026-02-28', 'leadership', 'done'],
    ['2026-03-01', '2026-06-30', 'leadership', 'in_progress'],
    [undefined, '2026-05-17', 'communication', 'not_started'],
  ]);
  expect(r.issues).toEqual([]);
  expect(r.unmapped).toEqual([]);
});

describe('written in the template layout (korpsplan structure) and read again', () => {
  const plain = (r: StructureResult) => ({
    municipality: r.draft.municipality,
    period: r.draft.period,
    phase: r.draft.phase,
    coordinator: r.draft.coordinator,
    leader: r.draft.leader,
    organisation: r.draft.organisation,
    supervisionModel: r.draft.supervisionModel,
    activities: r.draft.activities.map((a) => a.values),
    checklist: r.draft.checklist.map((c) => [c.id, c.answer, c.comment]),
    roles: r.draft.roles.map((x) => x.values),
    corps: r.draft.corps.map((x) => x.values),
    indicators: r.draft.indicators.map((x) => x.values),
    communication: r.draft.communication.map((x) => x.values),
    needsAnalysis: r.draft.needsAnalysis.map((n) => [n.id, n.answer]),
  });

  it.each(Object.keys(messy) as (keyof typeof messy)[])('%s keeps its plan', async (name) => {
    const grid = readWorkbook(await messy[name]());
    const first = structure(grid);
    const bytes = await writeStructured('da', { draft: first.draft, grid, notCarried: first.notCarried });
    const again = structure(readWorkbook(bytes));
    expect(plain(again)).toEqual(plain(first));
    // Kept under "Original - <name>", cut to Excel's 31 characters.
    expect(again.archivedSheets).toEqual(grid.sheets.map((s) => `Original - ${s.name}`.slice(0, 31).trim()));
    // Reported again: exactly the values no reader could read, now carried in the template's cells.
    const about = (i: { code: string }) =>
      i.code !== 'plan_table_missing' && i.code !== 'checklist_answer_ambiguous';
    const issueCells = new Set(first.issues.filter(about).map((i) => `${i.sheet}!${i.cell}`));
    expect(again.unmapped.map((u) => u.value).sort()).toEqual(
      first.unmapped
        .filter((u) => issueCells.has(`${u.sheet}!${u.cell}`))
        .map((u) => u.value)
        .sort(),
    );
    expect(
      again.issues
        .filter(about)
        .map((i) => i.code)
        .sort(),
    ).toEqual(
      first.issues
        .filter(about)
        .map((i) => i.code)
        .sort(),
    );
  });
});

test.each(['Implementeringsplan.xlsx', 'Implementation-plan.en.xlsx'])(
  'the committed template %s structures to an empty plan with nothing unmapped',
  (file) => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../templates', file)));
    const r = structure(readWorkbook(bytes));
    expect(r.issues).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.tables).toHaveLength(7);
    expect(r.draft.activities).toEqual([]);
    expect(r.draft.checklist.filter((c) => c.answer !== null)).toEqual([]);
  },
);
