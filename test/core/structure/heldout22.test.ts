// Habits found by the twenty-second held-out round of the accuracy corpus (p117–p120): a plan split
// over several sheets by who does the work, one sheet per department — a summary sheet gathering
// the departments' rows (formulas or a spilled formula's values), a joint activity each department
// lists as its own, a department's sheet with no responsible column because the sheet is its own.
// Each probe is a workbook SheetJS wrote, read through the intake.

import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const JOB = [
  HEADER,
  ['Ledelse', 'Aftale om mentorer fra ungeteamet', 'Sanne Holm', '15.03.2027', 'I gang'],
  ['Opkvalificering', 'Introduktion til LAT for jobkonsulenter', 'Per Thomsen', '30.04.2027', 'Ikke startet'],
];
const PPR = [
  HEADER,
  ['Opkvalificering', 'Supervision af forældrecoaches', 'Lise Dahl', '31.05.2027', 'I gang'],
  ['Evaluering og tilpasning', 'Skema til progressionsmåling', 'Lise Dahl', '15.06.2027', 'Ikke startet'],
  ['Kommunikation', 'Pjece til forældre', 'Mikkel Sand', '31.03.2027', 'I gang'],
];
/** Every department's rows again, as a summary sheet shows them (a formula's values). */
const ALL = [HEADER, ...JOB.slice(1), ...PPR.slice(1)];

function readOn(r: Inspected): string[] {
  return r.structure.draft.activities.map((a) => `${a.source.sheet}!${a.source.row}`);
}

describe('a sheet that gathers the plan rows of the department sheets', () => {
  test('after them: its rows are not read again, with a check at it', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', JOB],
      ['PPR', PPR],
      ['Alle aktiviteter', ALL],
    ]);
    expect(readOn(r)).toEqual(['Jobcenter!2', 'Jobcenter!3', 'PPR!2', 'PPR!3', 'PPR!4']);
    expect(checkedAt(r, 'Alle aktiviteter', 'A1')).toBe(true);
  });

  test('in front of them (a spilled FILTER): the departments are read, not passed over as copies', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Oversigt', ALL],
      ['Jobcenter', JOB],
      ['PPR', PPR],
    ]);
    expect(readOn(r)).toEqual(['Jobcenter!2', 'Jobcenter!3', 'PPR!2', 'PPR!3', 'PPR!4']);
    expect(checkedAt(r, 'Oversigt', 'A1')).toBe(true);
  });

  test('a sheet with a row of its own beside the gathered ones is a plan of its own', () => {
    const own = [...ALL, ['Inddragelse', 'Dialogmøde med unge', 'Jonas Krag', '30.06.2027', 'Ikke startet']];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', JOB],
      ['PPR', PPR],
      ['Ungdomsskolen', own],
    ]);
    expect(readOn(r)).toContain('Ungdomsskolen!7');
    expect(checkedAt(r, 'Ungdomsskolen', 'A1')).toBe(false);
  });
});

// Gnumeric drops a sheet's hidden state: the sheet of a department that left the effort, hidden and
// left out of the summary, comes back visible (p120's "Frivillige" in Gnumeric's copies).
describe('a plan sheet the summary sheet leaves out', () => {
  const VOLUNTEERS = [
    HEADER,
    ['Inddragelse', 'Lektiecafé med frivillige mentorer', 'Bo Winther', '31.12.2026', 'I gang'],
    ['Kommunikation', 'Frivilligcentret fortæller om korpset', 'Bo Winther', '31.10.2026', 'Ikke startet'],
  ];

  test('its rows are read, each checked: the summary does not count the sheet', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Oversigt', ALL],
      ['Jobcenter', JOB],
      ['PPR', PPR],
      ['Frivillige', VOLUNTEERS],
    ]);
    expect(readOn(r)).toEqual([
      'Jobcenter!2',
      'Jobcenter!3',
      'PPR!2',
      'PPR!3',
      'PPR!4',
      'Frivillige!2',
      'Frivillige!3',
    ]);
    expect(checkedAt(r, 'Frivillige', 'B2')).toBe(true);
    expect(checkedAt(r, 'Frivillige', 'B3')).toBe(true);
    const check = (r.checks ?? []).find((c) => c.sheet === 'Frivillige' && c.cell === 'B2');
    expect(check?.reason.da).toContain('"Oversigt"');
    expect(check?.reason.en).toContain('"Jobcenter" and "PPR"');
    expect(checkedAt(r, 'PPR', 'B2')).toBe(false);
  });

  test('with no summary sheet, a third department is no question', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', JOB],
      ['PPR', PPR],
      ['Frivillige', VOLUNTEERS],
    ]);
    expect(readOn(r)).toContain('Frivillige!2');
    expect(checkedAt(r, 'Frivillige', 'B2')).toBe(false);
  });
});

describe('the same activity and deadline on two department sheets', () => {
  const joint = [
    'Evaluering og tilpasning',
    'Fælles evalueringsmøde',
    'Sanne Holm',
    '10.06.2027',
    'Ikke startet',
  ];
  const jointPpr = [
    'Evaluering og tilpasning',
    'Fælles evalueringsmøde',
    'Lise Dahl',
    '10.06.2027',
    'Ikke startet',
  ];

  test('each listing is read with its own responsible, and each is checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', [...JOB, joint]],
      ['PPR', [...PPR, jointPpr]],
    ]);
    const rows = r.structure.draft.activities.filter((a) => a.values.activity === 'Fælles evalueringsmøde');
    expect(rows.map((a) => a.values.responsible)).toEqual(['Sanne Holm', 'Lise Dahl']);
    expect(checkedAt(r, 'PPR', 'B5')).toBe(true);
    expect(checkedAt(r, 'Jobcenter', 'B4')).toBe(true);
    expect(checkedAt(r, 'Jobcenter', 'B2')).toBe(false);
  });

  test('another deadline is another activity: no check', () => {
    const later = [
      'Evaluering og tilpasning',
      'Fælles evalueringsmøde',
      'Lise Dahl',
      '20.06.2027',
      'Ikke startet',
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', [...JOB, joint]],
      ['PPR', [...PPR, later]],
    ]);
    expect(checkedAt(r, 'PPR', 'B5')).toBe(false);
  });
});

describe("a department's sheet with no responsible column", () => {
  const noOwner = (rows: readonly (readonly string[])[]) => rows.map((row) => row.filter((_v, i) => i !== 2));
  const contacts: (readonly [string, string])[] = [
    ...COVER,
    ['Afdeling', 'Kontaktperson'],
    ['Jobcenter', 'Sanne Holm'],
    ['PPR', 'Lise Dahl'],
  ];

  test('the sheet names the owner of its rows when the cover lists the sheets, checked', () => {
    const r = inspectSheetjs([
      ['Forside', contacts],
      ['Jobcenter', noOwner(JOB)],
      ['PPR', noOwner(PPR)],
    ]);
    const who = r.structure.draft.activities.map((a) => `${a.source.sheet}:${a.values.responsible ?? '—'}`);
    expect(who).toEqual(['Jobcenter:Jobcenter', 'Jobcenter:Jobcenter', 'PPR:PPR', 'PPR:PPR', 'PPR:PPR']);
    expect(checkedAt(r, 'Jobcenter', 'A1')).toBe(true);
    expect(checkedAt(r, 'PPR', 'A1')).toBe(true);
  });

  test('sheets the workbook does not list as owners give no responsible', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Jobcenter', noOwner(JOB)],
      ['PPR', noOwner(PPR)],
    ]);
    expect(r.structure.draft.activities.every((a) => a.values.responsible === undefined)).toBe(true);
  });
});
