// Habits found by the ninth held-out round of the accuracy corpus (p65–p68): a joint plan of two
// municipalities, formatting that carries meaning (strikethrough, notes), tasks under activities and
// logs beside the plan, statuses as icon sets and the year in a column of its own.

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { gridOf, type In, type SheetInput } from './grid-builder';

const q = (i: number): string => SEED_QUESTIONS[i]?.[1] ?? '';

function answered(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.answer !== null).map((c) => [c.id, c.answer as string]),
  );
}

const PLAN: SheetInput = {
  name: 'Aktiviteter',
  rows: [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ['Ledelse', 'Fælles styregruppe nedsat', 'Ole Dam', '29.01.2027', 'Færdig'],
    ['Kommunikation', 'Fælles pjece til forældre', 'Jens Friis', '31.03.2027', 'I gang'],
  ],
};

function cover(kommune: string): SheetInput {
  return {
    name: 'Forside',
    rows: [
      ['Fælles plan for Norddjurs og Syddjurs'],
      [],
      ['Kommune (denne fil)', kommune],
      ['Samarbejdskommune', 'Norddjurs Kommune'],
      ['Periode', '1. halvår 2027'],
    ],
  };
}

const JOINT_CHECKLIST: SheetInput = {
  name: 'Tjekliste',
  rows: [
    ['Tjekliste – besvaret af hver kommune'],
    [],
    ['Nr.', 'Spørgsmål', 'Norddjurs', 'Syddjurs', 'Bemærkning'],
    ['F1', q(0), 'Ja', 'Ja', null],
    ['F2', q(1), 'Ja', 'Delvist', 'PPR mangler'],
    ['F3', q(2), 'Delvist', 'Ja', null],
    ['F4', q(3), 'Nej', 'Ja', null],
    ['F5', q(4), 'Delvist', 'Nej', null],
  ] as In[][],
};

describe('a checklist answered in one column per municipality (a joint plan)', () => {
  test("the plan's own municipality's column is read, the other's is not, and the remarks are comments", () => {
    const r = structure(gridOf(cover('Syddjurs Kommune'), PLAN, JOINT_CHECKLIST));
    expect(r.draft.municipality?.code).toBe('706');
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: 'no' });
    expect(r.draft.checklist.find((c) => c.id === 'F2')?.comment).toBe('PPR mangler');
    expect(r.issues.filter((i) => i.sheet === 'Tjekliste' && i.cell === 'C3')).toEqual([]);
  });

  test('the other file of the same joint plan reads the other column', () => {
    const r = structure(gridOf(cover('Norddjurs Kommune'), PLAN, JOINT_CHECKLIST));
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'yes', F3: 'partly', F4: 'no', F5: 'partly' });
  });

  test('when the cover names neither municipality, every answer read is to be checked', () => {
    const r = structure(gridOf(cover('Aarhus Kommune'), PLAN, JOINT_CHECKLIST));
    const checked = new Set(r.checks.filter((c) => c.sheet === 'Tjekliste').map((c) => c.cell));
    for (const cell of ['C4', 'C5', 'C6', 'C7', 'C8']) expect(checked.has(cell)).toBe(true);
  });
});

describe('cell notes', () => {
  test("a remark kept as a note on the answer's cell is the answer's comment, without the author's line", () => {
    const r = structure(
      gridOf(PLAN, {
        name: 'Tjekliste',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['F1', q(0), 'Ja'],
          ['F2', q(1), 'Delvist'],
          ['F3', q(2), 'Nej'],
        ],
        notes: { C3: 'Koordinator:\nPPR mangler stadig', C4: 'Afventer budget' },
      }),
    );
    const comments = Object.fromEntries(r.draft.checklist.map((c) => [c.id, c.comment]));
    expect(comments).toMatchObject({ F1: undefined, F2: 'PPR mangler stadig', F3: 'Afventer budget' });
  });

  test('a remark written in the row wins over a note', () => {
    const r = structure(
      gridOf(PLAN, {
        name: 'Tjekliste',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar', 'Kommentar'],
          ['F1', q(0), 'Ja', 'Skrevet i rækken'],
          ['F2', q(1), 'Delvist'],
        ],
        notes: { C2: 'Koordinator:\nI noten' },
      }),
    );
    expect(r.draft.checklist.find((c) => c.id === 'F1')?.comment).toBe('Skrevet i rækken');
  });
});

describe('an activity marked as cancelled at the end of its text', () => {
  const plan = (rows: In[][]): StructureResult =>
    structure(
      gridOf({ name: 'Plan', rows: [['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], ...rows] }),
    );

  test('"(aflyst)" after the activity: closed, the activity without the note, a status left from before checked', () => {
    const r = plan([
      ['Ledelse', 'Temadag for skoleledere (aflyst)', 'Klaus Bonde', '25.02.2027', 'Ikke startet'],
      ['Kommunikation', 'Nyhedsbrev – aflyst', 'Sanne Winther', '30.04.2027', null],
      ['Inddragelse', 'Fokusgruppe med forældre', 'Pia Holm', '18.03.2027', 'I gang'],
    ]);
    expect(r.draft.activities.map((a) => [a.values.activity, a.values.status])).toEqual([
      ['Temadag for skoleledere', 'closed'],
      ['Nyhedsbrev', 'closed'],
      ['Fokusgruppe med forældre', 'in_progress'],
    ]);
    expect(r.checks.some((c) => c.cell === 'E2' && c.field === 'activities.status')).toBe(true);
  });

  test('a long activity with a remark in brackets before the note: the note is still read at the end', () => {
    const long =
      'Temadag for skoleledere og AKT-lærere om forældresamarbejde (lokale aftales med skolen, 40 deltagere)';
    const r = plan([['Ledelse', `${long} – aflyst`, 'Klaus Bonde', '25.02.2027', null]]);
    expect([r.draft.activities[0]?.values.activity, r.draft.activities[0]?.values.status]).toEqual([
      long,
      'closed',
    ]);
  });

  test('a cancellation word inside the text is no note: "Aflyst møde genindkaldes" keeps its status', () => {
    const r = plan([
      ['Ledelse', 'Aflyst møde med ledelsen genindkaldes', 'Klaus Bonde', '25.02.2027', 'I gang'],
    ]);
    expect(r.draft.activities[0]?.values.status).toBe('in_progress');
  });
});

describe('struck-through text', () => {
  test('a struck-out activity is cancelled (closed, checked); one struck out and done stays done', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Kommunikation', 'Informationsmøde for AKT-lærere', 'Sanne Winther', '04.03.2027', 'I gang'],
          ['Inddragelse', 'Fokusgruppe med forældre', 'Pia Holm', '18.03.2027', null],
          ['Ledelse', 'Ledelsesmøde om økonomi', 'Klaus Bonde', '10.02.2027', 'Gennemført'],
          ['Opkvalificering', 'LAT-kursus for nye mentorer', 'Sanne Winther', '20.05.2027', 'Ikke startet'],
        ],
        strike: ['A2', 'B2', 'C2', 'D2', 'E2', 'B3', 'B4'],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'closed',
      'closed',
      'done',
      'not_started',
    ]);
    const checked = r.checks.filter((c) => c.field === 'activities.status').map((c) => c.cell);
    expect(checked).toEqual(expect.arrayContaining(['E2', 'E3']));
  });

  test('a corps member whose initials are struck out has left: no member, checked', () => {
    const r = structure(
      gridOf(PLAN, {
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Afdeling', 'Timer/uge', 'Forløb'],
          ['LM', 'Mentor', 'Skole', 8, 3],
          ['NO', 'Forældrecoach', 'Familie', 6, 2],
          ['TU', 'Mentor', 'Skole', 8, 0],
        ],
        strike: ['A4', 'B4', 'C4', 'D4', 'E4'],
      }),
    );
    expect(r.draft.corps.map((m) => m.values.initials)).toEqual(['LM', 'NO']);
    expect(r.checks.some((c) => c.sheet === 'Korps' && c.cell === 'A4')).toBe(true);
  });
});

describe('tasks under an activity and logs beside the plan', () => {
  test('bullet rows with no theme under an activity with its theme are its tasks, not activities', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet / opgaver', 'Ansvarlig', 'Deadline', 'Status'],
          ['Ledelse', 'Kick-off for ledergruppen', 'Torben Ravn', '28.01.2027', 'Færdig'],
          [null, '- book lokale', 'Lone', '10.01.2027', 'OK'],
          [null, '– send invitation', 'Birgitte', '14.01.2027', 'OK'],
          ['Kommunikation', 'Informationsmøde for skolerne', 'Birgitte Lund', '11.03.2027', 'I gang'],
          [null, '• lav oplæg', 'Birgitte', '20.02.2027', null],
          ['Inddragelse', '- Interview med unge', 'Anders Vinge', '30.04.2027', 'Ikke startet'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Kick-off for ledergruppen',
      'Informationsmøde for skolerne',
      '- Interview med unge',
    ]);
    // The tasks' cells are listed as not placed, not dropped.
    expect(r.unmapped.some((u) => u.sheet === 'Plan' && u.cell === 'B3')).toBe(true);
  });

  test('bullet activities under theme headings (no theme column) stay activities', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
          ['Ledelse'],
          ['- Kick-off for ledergruppen', 'Torben Ravn', '28.01.2027', 'Færdig'],
          ['- Budget for korpset', 'Torben Ravn', '28.02.2027', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities).toHaveLength(2);
  });

  test('a "Logbog" of dated notes beside the plan is no plan; a plan on a sheet of that name alone is read', () => {
    const plan = {
      name: 'Plan',
      rows: [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
        ['Ledelse', 'Kick-off for ledergruppen', 'Torben Ravn', '28.01.2027', 'Færdig'],
      ],
    };
    const log = {
      name: 'Logbog',
      rows: [
        ['Dato', 'Hvem', 'Note'],
        ['06.01.2027', 'Birgitte', 'Opstart: planen videreført fra efteråret.'],
        ['28.01.2027', 'Torben', 'Kick-off holdt. Ledergruppen bakker op.'],
      ],
    };
    const both = structure(gridOf(plan, log));
    expect(both.draft.activities.map((a) => a.source.sheet)).toEqual(['Plan']);
    expect(both.checks.some((c) => c.sheet === 'Logbog' && c.field === 'sheet')).toBe(true);
    const alone = structure(gridOf({ ...plan, name: 'Logbog' }));
    expect(alone.draft.activities).toHaveLength(1);
  });
});

describe('"Fra | Til" date columns', () => {
  test('"Til" heads the deadline beside "Fra" (an alias of filler words alone is still found)', () => {
    const r = structure(
      gridOf({
        name: 'Handleplan 2027',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Fra', 'Til', 'Status'],
          ['Ledelse', 'Styregruppen fastlægger mål', 'Bjarne Skov', '01.01.2027', '31.01.2027', 'I gang'],
          ['Kommunikation', 'Kampagne på skolerne', 'Helle Toft', '01.02.2027', '30.04.2027', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-01-01', '2027-01-31'],
      ['2027-02-01', '2027-04-30'],
    ]);
  });
});

describe('the year in a column of its own', () => {
  test("\"År | Fra | Til\" with month names: each row's dates take the row's year, not the title's", () => {
    const r = structure(
      gridOf({
        name: 'Handleplan',
        rows: [
          ['Handleplan 2027'],
          [],
          ['Tema', 'Aktivitet', 'Ansvarlig', 'År', 'Fra', 'Til', 'Status'],
          ['Ledelse', 'Styregruppen fastlægger mål', 'Bjarne Skov', 2027, null, 'jan', 'I gang'],
          ['Organisering, roller og ansvar', 'Ansvarsfordeling', 'Bjarne Skov', 2026, 'okt', 'dec', 'I gang'],
          ['Kommunikation', 'Kampagne på skolerne', 'Helle Toft', '2027', 'feb', 'apr', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      [undefined, '2027-01-31'],
      ['2026-10-01', '2026-12-31'],
      ['2027-02-01', '2027-04-30'],
    ]);
    expect(r.checks.filter((c) => c.field.startsWith('activities.') && /^[EF]5$/.test(c.cell))).toEqual([]);
  });
});

describe('an indicator counted in hours', () => {
  test('the unit "timer" (or "hours", "personer") is a count', () => {
    const r = structure(
      gridOf(PLAN, {
        name: 'Indikatorer',
        rows: [
          ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat'],
          ['Mentortimer i alt', 'timer', 1980, 2400, 2215.5],
          ['Forældre mødt', 'personer', 40, 60, 52],
        ],
      }),
    );
    expect(r.draft.indicators.map((i) => i.values.unit)).toEqual(['count', 'count']);
  });
});

describe('numbers shown as icons by an icon set', () => {
  const lights = (index: number) => ({ set: '3TrafficLights1', index });

  test('statuses 1–3 under traffic lights: by the legend above, the issue that a number is no status dropped', () => {
    const r = structure(
      gridOf({
        name: 'Handleplan',
        rows: [
          ['Handleplan 2027'],
          ['Status: grøn = gennemført · gul = i gang · rød = ikke startet'],
          [],
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
          ['Ledelse', 'Styregruppen fastlægger mål', 'Bjarne Skov', '31.01.2027', 3],
          ['Kommunikation', 'Kampagne på skolerne', 'Helle Toft', '30.04.2027', 2],
          ['Inddragelse', 'Brugerpanel med unge', 'Jonas Møller', '31.05.2027', 1],
        ],
        icons: { E5: lights(2), E6: lights(1), E7: lights(0) },
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', 'in_progress', 'not_started']);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  test('without a legend the usual reading, checked; a number with no icon is still no status', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
          ['Ledelse', 'Styregruppen fastlægger mål', 'Bjarne Skov', '31.01.2027', 3],
          ['Kommunikation', 'Kampagne på skolerne', 'Helle Toft', '30.04.2027', 2],
        ],
        icons: { E2: lights(2) },
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', undefined]);
    expect(r.checks.some((c) => c.cell === 'E2' && c.field === 'activities.status')).toBe(true);
  });

  test("checklist answers 0–2 shown as ✖ ! ✔: the icons' colours are Nej, Delvist, Ja (0 too)", () => {
    const symbols = (index: number) => ({ set: '3Symbols', index });
    const r = structure(
      gridOf(PLAN, {
        name: 'Tjekliste',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['F1', q(0), 2],
          ['F2', q(1), 1],
          ['F3', q(2), 0],
        ],
        icons: { C2: symbols(2), C3: symbols(1), C4: symbols(0) },
      }),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no' });
  });
});

describe("a joint plan's cover", () => {
  test('"Kommune (denne fil)" names the municipality, not the "Samarbejdskommune" under it', () => {
    const r = structure(gridOf(cover('Aarhus'), PLAN));
    expect(r.draft.municipality?.code).toBe('751');
    expect(r.draft.places?.municipality).toEqual({ sheet: 'Forside', cell: 'B3' });
  });
});
