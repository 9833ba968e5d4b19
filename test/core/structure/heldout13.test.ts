// Habits found by the thirteenth held-out round of the accuracy corpus (p81–p84): the plan's other
// parts kept in other ways: a letterhead cover, a cover form of marked options, stand-ins on the
// cover, checklists marked by hand or pasted from a Word form, corps hours counted in a month,
// indicators as a count and what it is out of. Each probe is a workbook SheetJS wrote, read through
// the intake.

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';
import { ONE_ACTIVITY, checkedAt, inspectCover, inspectSheet, inspectSheetjs } from '../../fixtures/sheetjs';

describe('corps hours under a header that counts them in a month or a year', () => {
  const r = inspectSheet('Korps', [
    ['Navn', 'Rolle', 'Timer pr. måned', 'Forløb'],
    ['Anne Holst', 'Mentor', 26, 4],
    ['Jonas Bech', 'Forældrecoach', 'ca. 13', 2],
    ['Lise Dahl', 'Mentor', '6 t/uge', 3],
  ]);
  const hours = r.structure.draft.corps.map((m) => m.values.hoursPerWeek);

  test('a bare figure is hours a month: × 12 ÷ 52 a week, checked', () => {
    expect(hours[0]).toBe(6);
    expect(hours[1]).toBe(3);
    expect(checkedAt(r, 'Korps', 'C2')).toBe(true);
    expect(checkedAt(r, 'Korps', 'C3')).toBe(true);
  });

  test('a cell that names its own period keeps it', () => {
    expect(hours[2]).toBe(6);
  });

  test('hours a year under "Timer pr. år" are ÷ 52', () => {
    const y = inspectSheet('Korps', [
      ['Initialer', 'Rolle', 'Timer pr. år', 'Forløb'],
      ['AH', 'Mentor', 104, 4],
    ]);
    expect(y.structure.draft.corps[0]?.values.hoursPerWeek).toBe(2);
  });

  test('under "Timer pr. uge" a figure stays hours a week', () => {
    const w = inspectSheet('Korps', [
      ['Initialer', 'Rolle', 'Timer pr. uge', 'Forløb'],
      ['AH', 'Mentor', 26, 4],
    ]);
    expect(w.structure.draft.corps[0]?.values.hoursPerWeek).toBe(26);
  });
});

describe('a stand-in written after the one away', () => {
  test.each([
    ['Mette Kjær (barsel) – konstitueret: Anders Bo', 'Anders Bo'],
    ['Pia Holm, orlov; fungerende koordinator: Bo Ek', 'Bo Ek'],
    ['Lise Dam (vikar: Ane Sø)', 'Ane Sø'],
  ])('"%s" is %s, checked', (written, name) => {
    const r = inspectCover([['Koordinator', written]]);
    expect(r.structure.draft.coordinator?.name).toBe(name);
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
  });

  test('a stand-in alone ("Ulla Hviid (fungerende)") is that person', () => {
    const r = inspectCover([['Leder', 'Ulla Hviid (fungerende)']]);
    expect(r.structure.draft.leader?.name).toMatch(/^Ulla Hviid/u);
  });
});

describe('indicators as a count, what it is out of, and the share ("Antal | Ud af | Andel")', () => {
  const r = inspectSheet('Indikatorer', [
    ['Indikator', 'Antal', 'Ud af', 'Andel', 'Mål'],
    ['Forløb med positiv progression', 9, 15, 0.6, 0.7],
    ['Unge fastholdt i uddannelse', 5, 8, null, 0.75],
    ['Aktive mentorforløb', 12, null, null, 15],
  ]);
  const rows = r.structure.draft.indicators.map((i) => [i.values.result, i.values.cases]);

  test('the number it is out of is the cases (n) and the share the result in per cent', () => {
    expect(rows[0]).toEqual([60, 15]);
  });

  test('with no share written, no result is made up from the count; checked', () => {
    expect(rows[1]).toEqual([undefined, 8]);
    expect(checkedAt(r, 'Indikatorer', 'D3')).toBe(true);
  });

  test('a count out of nothing is itself the result, not a number of cases', () => {
    expect(rows[2]).toEqual([12, undefined]);
  });

  test('"Antal" alone, with no "Ud af", stays the number of cases', () => {
    const plain = inspectSheet('Indikatorer', [
      ['Indikator', 'Resultat', 'Antal'],
      ['Forløb med positiv progression', 0.6, 15],
    ]);
    expect(plain.structure.draft.indicators[0]?.values.cases).toBe(15);
  });
});

describe('a checklist marked by hand: ✓, (✓) and ÷', () => {
  const r = inspectSheet('Huskeliste', [
    ['Nr.', 'Spørgsmål', 'Svar'],
    ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', '✓'],
    ['F2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?', '(✓)'],
    ['F3', 'Er der udarbejdet en plan for, hvordan samarbejdspartnere involveres og informeres?', '÷'],
    ['F4', 'Er der valgt en koordinator?', '÷ – aftales i januar'],
  ]);
  const answers = new Map(r.structure.draft.checklist.map((a) => [a.id, a]));

  test('"÷" is no, and a tick in brackets partly, checked', () => {
    expect(['F1', 'F2', 'F3', 'F4'].map((id) => answers.get(id as 'F1')?.answer)).toEqual([
      'yes',
      'partly',
      'no',
      'no',
    ]);
    expect(checkedAt(r, 'Huskeliste', 'C3')).toBe(true);
    expect(answers.get('F4')?.comment).toBe('aftales i januar');
  });
});

describe("a checklist pasted from a Word form: every option in one cell, the chosen one's box ticked", () => {
  const r = inspectSheet('Tjekliste', [
    ['Nr.', 'Spørgsmål', 'Svar (sæt kryds)', 'Bemærkning'],
    [
      'F1',
      'Har kommunen gennemført en analyse af behovet for indsatsen?',
      'Ja ☐  Delvist ☒  Nej ☐',
      'Mangler skolerne',
    ],
    [
      'F2',
      'Har relevante aktører i kommunen været involveret i en analyse af behovet?',
      'Ja [ ]  Delvist [ ]  Nej [x]',
      null,
    ],
    [
      'F3',
      'Er der udarbejdet en plan for, hvordan samarbejdspartnere involveres og informeres?',
      '☒ Ja ☐ Delvist ☐ Nej',
      null,
    ],
    ['F4', 'Er der valgt en koordinator?', 'Ja ☐  Delvist ☐  Nej ☐', null],
  ]);
  const answers = new Map(r.structure.draft.checklist.map((a) => [a.id, a]));

  test('the ticked option is the answer, the box before or after its word', () => {
    expect(['F1', 'F2', 'F3'].map((id) => answers.get(id as 'F1')?.answer)).toEqual(['partly', 'no', 'yes']);
    expect(answers.get('F1')?.comment).toBe('Mangler skolerne');
  });

  test('no box ticked is no answer', () => {
    expect(answers.get('F4')?.answer ?? null).toBeNull();
  });
});

describe('a corps under role headings with no role column', () => {
  const r = inspectSheet('Korps', [
    ['Initialer', 'Afdeling', 'Timer/uge', 'Forløb'],
    ['Mentorer', null, null, null],
    ['SH', 'Hotelvej Skole', 6, 3],
    ['KL', 'UU', 5, 2],
    [null, null, null, null],
    ['Forældrecoaches (1)', null, null, null],
    ['RN', 'Familieafdelingen', 6, 3],
  ]);
  const corps = r.structure.draft.corps;

  test('a heading is no member, and gives its role to the rows under it', () => {
    expect(corps.map((m) => [m.values.initials, m.values.role])).toEqual([
      ['SH', 'mentor'],
      ['KL', 'mentor'],
      ['RN', 'parent_coach'],
    ]);
  });
});

describe('corps time under "Tid", in the coordinator\'s words', () => {
  const r = inspectSheet('Korps', [
    ['Initialer', 'Rolle', 'Tid', 'Forløb'],
    ['HK', 'Mentor', '1½ time/uge', 2],
    ['LW', 'Forældrecoach', '3 timer ugentligt', 3],
    ['PE', 'Mentor', '2 t/uge', 4],
  ]);

  test('"Tid" heads the hours; "ugentligt" says a week', () => {
    expect(r.structure.draft.corps.map((m) => m.values.hoursPerWeek)).toEqual([1.5, 3, 2]);
  });
});

describe('a cover kept as a paper form: every option on a row, the chosen one marked X', () => {
  const form = (mark: number | undefined) =>
    inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejle'],
          ['Periode', '1. halvår 2027'],
          [null, null, null],
          ...['Forberedelse', 'Klargøring', 'Indledende implementering', 'Fuld implementering'].map(
            (o, i) => [i === 0 ? 'Fase (sæt X)' : null, o, i === mark ? 'X' : null],
          ),
          [null, null, null],
          ['Supervision (sæt X)', 'Intern supervisor', null],
          [null, 'Ekstern supervisor', 'x'],
        ],
      ],
      ['Plan', ONE_ACTIVITY],
    ]);

  test('the marked option is the value, not the first one beside the label', () => {
    const r = form(2);
    expect(r.structure.draft.phase).toBe('initial');
    expect(r.structure.draft.supervisionModel).toBe('external');
  });

  test('no option marked is no value', () => {
    expect(form(undefined).structure.draft.phase).toBeUndefined();
  });

  test('a label/value list down the sheet is no form', () => {
    const r = inspectCover([
      ['Fase', 'Klargøring'],
      ['Koordinator', 'Anna Holm'],
    ]);
    expect(r.structure.draft.phase).toBe('readiness');
  });
});

describe('an indicator\'s figures in one cell: "Baseline 4 / mål 12 / status 9"', () => {
  const r = inspectSheet('Indikatorer', [
    ['Indikator', 'Tal'],
    ['Aktive mentorforløb', 'Baseline 4 / mål 12 / status 9'],
    ['Forløb afsluttet i perioden', 'Baseline 0 / mål 5 / status kommer i Q1'],
    ['Andel med positiv udvikling', 'Udgangspunkt: n/a · Mål: 60 % · Status: 50 %'],
  ]);
  const rows = r.structure.draft.indicators.map((i) => [
    i.values.baseline,
    i.values.target,
    i.values.result,
    i.values.unit,
  ]);

  test('each figure after its label goes to its field', () => {
    expect(rows[0]).toEqual([4, 12, 9, 'count']);
    expect(rows[2]).toEqual([undefined, 60, 50, 'percent']);
  });

  test('"kommer i Q1" is no result yet (not 1), checked', () => {
    expect(rows[1]?.[2]).toBeUndefined();
    expect(checkedAt(r, 'Indikatorer', 'B3')).toBe(true);
  });
});

describe('a checklist as a traffic-light matrix: half-years across, the newest first, colours only', () => {
  const GREEN = '00B050';
  const YELLOW = 'FFFF00';
  const RED = 'FF0000';
  const r = structure(
    gridOf({
      name: 'Parathed',
      rows: [
        ['Nr.', 'Spørgsmål', '2. halvår 2026', '1. halvår 2026', '2. halvår 2025'],
        ['F1', 'Er behovet for indsatsen analyseret?'],
        ['F2', 'Har relevante aktører været involveret i analysen?'],
        ['F3', 'Er der en plan for at involvere og informere samarbejdspartnerne?'],
      ],
      // F1 green now (red a year ago), F2 red now (green before), F3 not assessed now (yellow before).
      fills: { C2: GREEN, E2: RED, C3: RED, D3: GREEN, D4: YELLOW, E4: RED },
    }),
  );
  const answers = new Map(r.draft.checklist.map((a) => [a.id, a.answer]));

  test("the newest half-year's colour is the answer, not the right-most column's", () => {
    expect([answers.get('F1'), answers.get('F2')]).toEqual(['yes', 'no']);
  });

  test('a question not assessed in the newest half-year is read from the one before, checked', () => {
    expect(answers.get('F3')).toBe('partly');
    expect(r.checks.some((c) => c.cell === 'D4')).toBe(true);
  });
});

test('a matrix kept oldest first is read in its newest (right-most) half-year', () => {
  const r = structure(
    gridOf({
      name: 'Parathed',
      rows: [
        ['Nr.', 'Spørgsmål', 'H2 2025', 'H1 2026', 'H2 2026'],
        ['F1', 'Er behovet for indsatsen analyseret?'],
        ['F2', 'Har relevante aktører været involveret i analysen?'],
      ],
      fills: { C2: '00B050', D2: 'FFFF00', E2: 'FF0000', C3: 'FF0000', E3: '00B050' },
    }),
  );
  expect(r.draft.checklist.filter((a) => a.id === 'F1' || a.id === 'F2').map((a) => a.answer)).toEqual([
    'no',
    'yes',
  ]);
});

describe('a cover kept as a letterhead', () => {
  const r = inspectSheetjs([
    [
      'Forside',
      [
        ['VEJLE KOMMUNE', null, null, 'Dato: 8. januar 2027'],
        ['Børn og Familie', null, null, 'Sagsnr.: 27.00.00-P20-4-26'],
        [],
        ['Handleplan efterår 2026'],
        [],
        ['Udarbejdet af: Mette Kjær, koordinator, mkj@vejle.dk'],
        ['Godkendt af: Poul Erik Lund, børne- og familiechef'],
      ],
    ],
    ['Plan', ONE_ACTIVITY],
  ]);
  const d = r.structure.draft;

  test("the season in the title is the half-year (not the letter's date), checked", () => {
    expect(d.period).toBe('2026-H2');
    expect(checkedAt(r, 'Forside', 'A4')).toBe(true);
  });

  test('"Udarbejdet af" names the coordinator and "Godkendt af" the leader, without their posts', () => {
    expect(d.coordinator).toEqual({ name: 'Mette Kjær', email: 'mkj@vejle.dk' });
    expect(d.leader?.name).toBe('Poul Erik Lund');
  });
});
