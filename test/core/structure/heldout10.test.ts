// Habits found by the tenth held-out round of the accuracy corpus (p69–p72): an English
// consultant's roadmap, a Google Sheets download (smart chips, a done checkbox beside a status),
// several people and numbered categories, and a year wheel of month headings. Each probe is a
// workbook SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import {
  checkedAt,
  COVER,
  inspectCover,
  inspectSheet,
  inspectSheetjs,
  type Inspected,
} from '../../fixtures/sheetjs';

const activities = (r: Inspected) => r.structure.draft.activities;

describe('people as smart chips ("@Anna Holm"), as a Google Sheets download keeps them', () => {
  test('the responsible is the name without "@"; two chips are two people', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
      ['Ledelse', 'Styregruppemøde', '@Thomas Munk', '15.03.2027', 'I gang'],
      ['Inddragelse', 'Ungepanel', '@Anna Holm @Bo Eriksen', '30.04.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'anna@vejle.dk', '30.04.2027', 'I gang'],
    ]);
    expect(activities(r).map((a) => a.values.responsible)).toEqual([
      'Thomas Munk',
      'Anna Holm, Bo Eriksen',
      'anna@vejle.dk',
    ]);
  });

  test('the coordinator and the leader written as chips are their names', () => {
    const r = inspectCover([
      ['Koordinator', '@Sanne Kragh'],
      ['Leder', '@Thomas Munk'],
    ]);
    expect(r.structure.draft.coordinator).toEqual({ name: 'Sanne Kragh' });
    expect(r.structure.draft.leader).toEqual({ name: 'Thomas Munk' });
  });
});

describe('a done checkbox ("Udført": TRUE/FALSE) beside a status column', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Udført', 'Status'],
    ['Ledelse', 'Seminar', 'Ole', '01.02.2027', true, 'Done'],
    ['Kommunikation', 'Nyhedsbrev', 'Ole', '15.03.2027', true, null],
    ['Inddragelse', 'Ungepanel', 'Ole', '30.04.2027', false, 'In progress'],
    ['Opkvalificering', 'Supervision', 'Ole', '15.06.2027', true, 'In progress'],
    ['Evaluering og tilpasning', 'Evaluering', 'Ole', '24.06.2027', false, null],
  ]);
  const status = activities(r).map((a) => a.values.status);

  test('a ticked box with no status written is done; an empty box says nothing', () => {
    expect(status[1]).toBe('done');
    expect(status[2]).toBe('in_progress');
    expect(status[4]).toBeUndefined();
  });

  test('a ticked box under a status left at "In progress" is done, with a check at the status', () => {
    expect(status[3]).toBe('done');
    expect(checkedAt(r, 'Plan', 'F5')).toBe(true);
    expect(checkedAt(r, 'Plan', 'F2')).toBe(false);
  });
});

describe('a post written after the name on the cover', () => {
  test.each([
    ['Kasper Bundgaard, afdelingschef', 'Kasper Bundgaard'],
    ['Kasper Bundgaard (centerchef)', 'Kasper Bundgaard'],
    ['Kasper Bundgaard – sektorchef for Børn og Unge', 'Kasper Bundgaard'],
    ['Kasper Bundgaard, head of department', 'Kasper Bundgaard'],
  ])('"%s" is the leader %s', (written, name) => {
    const r = inspectCover([['Leder', written]]);
    expect(r.structure.draft.leader?.name).toBe(name);
  });

  test('a name written surname first, or two names, keeps what follows the comma', () => {
    const r = inspectCover([
      ['Leder', 'Bundgaard, Kasper'],
      ['Koordinator', 'Anna Holm, Bo Ek'],
    ]);
    expect(r.structure.draft.leader?.name).not.toBe('Bundgaard');
    expect(r.structure.draft.coordinator?.name).toBe('Anna Holm, Bo Ek');
  });
});

describe("a consultant's roadmap in English", () => {
  test('"end of Q2" is the quarter\'s last day; "w/c 8 March 2027" the week that day begins (its Sunday)', () => {
    const r = inspectSheet('Roadmap', [
      ['Workstream', 'Task', 'Owner', 'Due date', 'RAG'],
      ['Leadership', 'Monthly steering group', 'Kasper Holm', 'end of Q2', 'On track'],
      ['Communication', 'Launch comms pack', 'Mette Lund', 'w/c 8 March 2027', 'At risk'],
      ['Communication', 'Staff briefing', 'Mette Lund', 'udgangen af 2. kvartal 2027', 'On track'],
    ]);
    expect(activities(r).map((a) => a.values.deadline)).toEqual(['2027-06-30', '2027-03-14', '2027-06-30']);
  });

  test('a sheet of KPIs (KPI | Unit | Baseline | Target | Actual) is the indicators', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Deadline'],
          ['Ledelse', 'Styregruppemøde', '15.03.2027'],
        ],
      ],
      [
        'KPIs',
        [
          ['Key performance indicators'],
          [],
          ['KPI', 'Unit', 'Baseline', 'Target', 'Actual (Q1)'],
          ['Active mentoring cases', '#', 0, 25, 9],
          ['Staff trained in LAT', '#', 0, 12, 12],
        ],
      ],
    ]);
    const kpis = r.structure.draft.indicators.map((i) => [i.values.name, i.values.target, i.values.result]);
    expect(kpis).toEqual([
      ['Active mentoring cases', 25, 9],
      ['Staff trained in LAT', 12, 12],
    ]);
  });

  test.each([
    ['Comms & engagement', 'communication'],
    ['Co-design', 'involvement'],
    ['Capability building', 'upskilling'],
    ['Roles & accountabilities', 'organisation_roles'],
  ])('the workstream "%s" is the theme %s, checked', (workstream, theme) => {
    const r = inspectSheet('Roadmap', [
      ['Workstream', 'Task', 'Owner', 'Due date', 'RAG'],
      [workstream, 'Launch pack for schools', 'Mette Lund', '15.03.2027', 'On track'],
    ]);
    expect(activities(r).map((a) => a.values.theme)).toEqual([theme]);
    expect(checkedAt(r, 'Roadmap', 'A2')).toBe(true);
  });

  test('a table of deliverables with no activity column: each deliverable is the activity', () => {
    const r = inspectSheet('Roadmap', [
      ['Workstream', 'Deliverable', 'Owner', 'Due date', 'RAG'],
      ['Leadership', 'Steering group terms of reference signed off', 'Kasper Holm', '15.01.2027', 'Complete'],
      ['Communication', 'Intranet page and FAQ for staff', 'Mette Lund', '15.03.2027', 'On track'],
    ]);
    expect(activities(r).map((a) => a.values.activity)).toEqual([
      'Steering group terms of reference signed off',
      'Intranet page and FAQ for staff',
    ]);
  });
});

describe('the theme as a numbered category explained on a sheet of its own, in its own words', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    [
      'Handleplan',
      [
        ['Kategori', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
        [2, 'Opstartsmøde i ledergruppen', 'Jens Mørk', '20.01.2027', 'Færdig'],
        [4, 'Dialogmøde med unge', 'Anna Holm', '31.03.2027', 'I gang'],
        [6, 'Ny arbejdsgang for henvisning', 'Bo Ek', '30.04.2027', 'I gang'],
      ],
    ],
    [
      'Kategorier',
      [
        ['Nr.', 'Kategori'],
        [1, 'Kommunikation'],
        [2, 'Ledelse'],
        [4, 'Inddragelse af medarbejdere og unge'],
        [6, 'Arbejdsgange og kultur'],
      ],
    ],
  ]);

  test("each number is the theme the legend's words name, in the coordinator's own order", () => {
    expect(activities(r).map((a) => a.values.theme)).toEqual([
      'leadership',
      'involvement',
      'process_culture',
    ]);
  });

  test('a theme the legend names in its own words is checked; one it names exactly is not', () => {
    expect(checkedAt(r, 'Handleplan', 'A3')).toBe(true);
    expect(checkedAt(r, 'Handleplan', 'A2')).toBe(false);
  });
});

describe('a year wheel (årshjul): activities under month headings merged across the table', () => {
  const rows = [
    ['Årshjul 2027'],
    [],
    ['Dag', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
    ['Januar 2027'],
    [14, 'Ledelse', 'Styregruppemøde', 'Henrik Bro', 'Gennemført'],
    [null, 'Kommunikation', 'Opslag på intranettet', 'Rikke Søgaard', 'Gennemført'],
    ['Februar'],
    ['3.', 'Inddragelse', 'Fokusgruppe med forældre', 'Lise Nørgaard', 'I gang'],
    ['Maj – juni'],
    [null, 'Evaluering og tilpasning', 'Halvårsevaluering', 'Rikke Søgaard', 'Planlagt'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [3, 6, 8].map((r) => ({ s: { r, c: 0 }, e: { r, c: 4 } }));
  const r = inspectSheet('Årshjul', ws);
  const read = activities(r).map((a) => [a.values.start, a.values.deadline]);

  test("an activity under a month is due by the month's last day; a run of months gives the start", () => {
    expect(read[1]).toEqual([undefined, '2027-01-31']);
    expect(read[3]).toEqual(['2027-05-01', '2027-06-30']);
  });

  test('a day of the month alone beside it is that day; a heading without a year takes the one above', () => {
    expect(read[0]).toEqual([undefined, '2027-01-14']);
    expect(read[2]).toEqual([undefined, '2027-02-03']);
    expect(activities(r)).toHaveLength(4);
  });
});
