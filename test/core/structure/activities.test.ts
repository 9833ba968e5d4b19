// The plan table's rows: dates, themes from section headings, free statuses, what counts as a row.

import { structure } from '../../../core/structure';
import { date, gridOf, type In } from './grid-builder';

const HEADER = ['Tidsplan', 'Indsatsområde', 'Aktiviteter', 'Ansvarlig', 'Status', 'Bemærkninger'];

function plan(rows: readonly (readonly In[])[], merges: string[] = []) {
  return structure(gridOf({ name: 'Plan', rows: [HEADER, ...rows], merges }));
}

describe('themes', () => {
  it('come from section headings inside the table; a theme in a row wins', () => {
    const result = plan(
      [
        ['1. Ledelse'],
        ['jan 2026', '', 'Styregruppemøde', 'Leder', 'I gang'],
        ['Tema: Kommunikation'],
        ['feb 2026', '', 'Nyhedsbrev', 'Koordinator', 'I gang'],
        ['mar 2026', 'Opkvalificering', 'Kursus', 'Koordinator', 'I gang'],
        ['', 'INDDRAGELSE'],
        ['apr 2026', '', 'Læringsmøde', 'Koordinator', 'I gang'],
        ['Organisering, roller og ansvar'],
        ['maj 2026', '', 'Rollebeskrivelser', 'Leder', 'I gang'],
      ],
      ['A2:F2', 'A9:F9'],
    );
    expect(result.draft.activities.map((a) => [a.values.activity, a.values.theme])).toEqual([
      ['Styregruppemøde', 'leadership'],
      ['Nyhedsbrev', 'communication'],
      ['Kursus', 'upskilling'],
      ['Læringsmøde', 'involvement'],
      ['Rollebeskrivelser', 'organisation_roles'],
    ]);
    // The headings were used: nothing is left over.
    expect(result.unmapped).toEqual([]);
  });

  it('apply from a theme cell merged down over its activities', () => {
    const result = plan(
      [
        ['jan 2026', 'Ledelse', 'Styregruppemøde', 'Leder', 'I gang'],
        ['feb 2026', '', 'Ledelsesnetværk', 'Leder', 'I gang'],
        ['mar 2026', 'Kommunikation', 'Nyhedsbrev', 'Koordinator', 'I gang'],
      ],
      ['B2:B3'],
    );
    expect(result.draft.activities.map((a) => a.values.theme)).toEqual([
      'leadership',
      'leadership',
      'communication',
    ]);
    expect(result.draft.activities[1]?.cells.theme).toBe('B2');
  });

  it('a theme nobody can read is reported with the allowed values, and no heading overrides it', () => {
    const result = plan([['Ledelse'], ['jan 2026', 'Styring', 'Styregruppemøde', 'Leder', 'I gang']]);
    expect(result.draft.activities[0]?.values.theme).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0];
    expect(issue).toMatchObject({ code: 'value_not_in_list', severity: 'error', sheet: 'Plan', cell: 'B3' });
    expect(issue?.message.da).toContain('"Styring"');
    expect(issue?.message.da).toContain('Ledelse, Kommunikation, Inddragelse');
    expect(issue?.message.en).toContain('"Styring"');
    expect(issue?.message.en).toContain('Leadership, Communication, Involvement');
    expect(result.unmapped).toEqual([{ sheet: 'Plan', cell: 'B3', value: 'Styring' }]);
  });
});

describe('dates', () => {
  it('one date or a range in the time column gives start and deadline', () => {
    const result = plan([
      [date('2026-03-15'), 'Ledelse', 'a', 'L', 'I gang'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'I gang'],
      ['uge 12 2026', 'Ledelse', 'c', 'L', 'I gang'],
      ['marts 2026', 'Ledelse', 'd', 'L', 'I gang'],
      ['Q2 2026', 'Ledelse', 'e', 'L', 'I gang'],
      ['januar–marts 2026', 'Ledelse', 'f', 'L', 'I gang'],
      ['01.02.2026 - 30.04.2026', 'Ledelse', 'g', 'L', 'I gang'],
    ]);
    expect(
      result.draft.activities.map((a) => [a.values.activity, a.values.start, a.values.deadline]),
    ).toEqual([
      ['a', undefined, '2026-03-15'],
      ['b', undefined, '2026-03-15'],
      ['c', undefined, '2026-03-22'],
      ['d', undefined, '2026-03-31'],
      ['e', undefined, '2026-06-30'],
      ['f', '2026-01-01', '2026-03-31'],
      ['g', '2026-02-01', '2026-04-30'],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('separate start and end columns; a month in the start column starts on its first day', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Start', 'Slut', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['marts 2026', 'maj 2026', 'Ledelse', 'Netværk', 'Leder', 'I gang'],
          [date('2026-01-05'), '', 'Ledelse', 'Møde', 'Leder', 'I gang'],
        ],
      }),
    );
    expect(result.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2026-03-01', '2026-05-31'],
      ['2026-01-05', undefined],
    ]);
  });

  it('an unreadable date is reported with examples of what is accepted, and left unmapped', () => {
    const result = plan([['Løbende', 'Ledelse', 'Sparring', 'Leder', 'I gang']]);
    expect(result.draft.activities).toHaveLength(1);
    expect(result.draft.activities[0]?.values.deadline).toBeUndefined();
    expect(result.draft.activities[0]?.cells.deadline).toBe('A2');
    const issue = result.issues[0];
    expect(issue).toMatchObject({ code: 'date_unreadable', sheet: 'Plan', cell: 'A2' });
    expect(issue?.message.da).toContain('"Løbende"');
    expect(issue?.message.da).toContain('uge 12 2026');
    expect(issue?.message.en).toContain('"Løbende"');
    expect(issue?.message.en).toContain('15.03.2026');
    expect(result.unmapped).toEqual([{ sheet: 'Plan', cell: 'A2', value: 'Løbende' }]);
  });
});

describe('rows', () => {
  it('free statuses are normalised; blank rows skipped; sources are Excel row numbers', () => {
    const result = plan([
      ['jan 2026', 'Ledelse', 'a', 'L', 'Færdig'],
      [],
      ['jan 2026', 'Ledelse', 'b', 'L', 'Afsluttet'],
      ['jan 2026', 'Ledelse', 'c', 'L', 'I proces'],
      ['jan 2026', 'Ledelse', 'd', 'L', 'Ikke påbegyndt'],
      ['jan 2026', 'Ledelse', 'e', 'L', 'Done'],
      ['jan 2026', 'Ledelse', 'f', 'L', 'In progress'],
      ['jan 2026', 'Ledelse', 'g', 'L', 'igang'],
    ]);
    expect(result.draft.activities.map((a) => [a.values.activity, a.values.status, a.source.row])).toEqual([
      ['a', 'done', 2],
      ['b', 'done', 4],
      ['c', 'in_progress', 5],
      ['d', 'not_started', 6],
      ['e', 'done', 7],
      ['f', 'in_progress', 8],
      ['g', 'in_progress', 9],
    ]);
  });

  it('a row with content only in the note column still counts as an activity row', () => {
    const result = plan([
      ['jan 2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
      ['', '', '', '', '', 'Vi mangler at aftale en dato med jobcentret'],
    ]);
    expect(result.draft.activities).toHaveLength(2);
    const note = result.draft.activities[1];
    expect(note?.values).toEqual({ evaluation: 'Vi mangler at aftale en dato med jobcentret' });
    expect(note?.source).toEqual({ sheet: 'Plan', row: 3 });
    expect(note?.cells).toMatchObject({ activity: 'C3', deadline: 'A3', status: 'E3' });
    expect(result.unmapped).toEqual([]);
  });

  it('a merged line that is no theme is a note, reported and not read as an activity', () => {
    const result = plan(
      [
        ['jan 2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
        ['Fase 2 begynder efter sommerferien'],
        ['aug 2026', 'Ledelse', 'Opstart', 'Leder', 'Ikke startet'],
      ],
      ['A3:F3'],
    );
    expect(result.draft.activities.map((a) => a.values.activity)).toEqual(['Møde', 'Opstart']);
    expect(result.unmapped).toEqual([
      { sheet: 'Plan', cell: 'A3', value: 'Fase 2 begynder efter sommerferien' },
    ]);
    expect(result.issues).toEqual([]);
  });

  it('cells records where each field is, also for empty cells of existing columns', () => {
    const result = plan([['jan 2026', 'Ledelse', 'Møde', '', 'I gang']]);
    expect(result.draft.activities[0]?.cells).toEqual({
      deadline: 'A2',
      theme: 'B2',
      activity: 'C2',
      responsible: 'D2',
      status: 'E2',
      evaluation: 'F2',
    });
    expect(result.draft.planTable).toEqual({ sheet: 'Plan', headerRow: 0 });
  });
});

describe('error values', () => {
  it('#N/A in a text column does not become the activity text; it is reported', () => {
    const result = plan([['jan 2026', 'Ledelse', { v: '#N/A', t: 'e' }, 'Leder', 'I gang']]);
    expect(result.draft.activities[0]?.values.activity).toBeUndefined();
    expect(result.draft.activities[0]?.values.responsible).toBe('Leder');
    expect(result.unmapped).toEqual([{ sheet: 'Plan', cell: 'C2', value: '#N/A' }]);
  });
});

describe('every column of a row', () => {
  it('lands in its own field, with its own cell', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Start', 'Deadline', 'Indsatsområde', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Status', 'Evaluering'],
          [
            date('2026-02-01'),
            date('2026-03-15'),
            'Ledelse',
            'Styregruppemøde',
            'Kommissorium godkendt',
            'Mette Kjær',
            'Gennemført',
            'Godt møde',
          ],
        ],
      }),
    );
    const [row] = result.draft.activities;
    expect(row?.values).toEqual({
      start: '2026-02-01',
      deadline: '2026-03-15',
      theme: 'leadership',
      activity: 'Styregruppemøde',
      milestone: 'Kommissorium godkendt',
      responsible: 'Mette Kjær',
      status: 'done',
      evaluation: 'Godt møde',
    });
    expect(row?.cells).toEqual({
      start: 'A2',
      deadline: 'B2',
      theme: 'C2',
      activity: 'D2',
      milestone: 'E2',
      responsible: 'F2',
      status: 'G2',
      evaluation: 'H2',
    });
  });
});

describe('cells', () => {
  it('name every mapped column of each row, in the table order with the start last, empty ones too', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Aktivitet', 'Deadline', 'Status', 'Start', 'Ansvarlig'],
          ['Styregruppemøde', date('2026-03-31'), 'I gang', date('2026-01-15'), 'Leder'],
          ['Nyhedsbrev', date('2026-04-30'), '', '', 'Koordinator'],
        ],
      }),
    );
    const [first, second] = result.draft.activities;
    expect(Object.keys(first?.cells ?? {})).toEqual([
      'activity',
      'deadline',
      'status',
      'responsible',
      'start',
    ]);
    expect(first?.cells).toEqual({
      activity: 'A2',
      deadline: 'B2',
      status: 'C2',
      responsible: 'E2',
      start: 'D2',
    });
    // Each row has its own cells (a copy of one shape, never the shape itself).
    expect(second?.cells).toEqual({
      activity: 'A3',
      deadline: 'B3',
      status: 'C3',
      responsible: 'E3',
      start: 'D3',
    });
    expect(second?.cells).not.toBe(first?.cells);
  });
});

describe('a text that runs on into the next row', () => {
  it('a row with only small-letter text in text columns is the rest of the full row above, with a check', () => {
    const result = plan([
      ['15.03.2027', 'Ledelse', 'Styregruppemøde om', 'Pia Holm', 'I gang'],
      ['', '', 'status og budget'],
      ['15.04.2027', 'Ledelse', 'Ledelsen beslutter forankring', 'Pia Holm', 'I gang'],
      ['', '', '', 'og Ole Bach'],
    ]);
    expect(
      result.draft.activities.map((a) => [a.source.row, a.values.activity, a.values.responsible]),
    ).toEqual([
      [2, 'Styregruppemøde om status og budget', 'Pia Holm'],
      [4, 'Ledelsen beslutter forankring', 'Pia Holm og Ole Bach'],
    ]);
    expect(result.checks.map((c) => [c.cell, c.field])).toEqual([
      ['C3', 'activities.activity'],
      ['D5', 'activities.responsible'],
    ]);
    expect(result.unmapped).toEqual([]);
  });

  it('a capitalised text, or one under a row with neither date nor status, is an activity of its own', () => {
    const result = plan([
      ['15.03.2027', 'Ledelse', 'Styregruppemøde', 'Pia Holm', 'I gang'],
      ['', '', 'Nyhedsbrev til skolerne'],
      ['', '', 'udarbejde pjece'],
      ['', '', 'opdatere intranet'],
    ]);
    expect(result.draft.activities.map((a) => [a.source.row, a.values.activity])).toEqual([
      [2, 'Styregruppemøde'],
      [3, 'Nyhedsbrev til skolerne'],
      [4, 'udarbejde pjece'],
      [5, 'opdatere intranet'],
    ]);
  });
});

describe('a revised deadline beside the first one', () => {
  const HEAD2 = ['Indsatsområde', 'Aktiviteter', 'Ansvarlig', 'Status', 'Deadline', 'Revideret deadline'];
  it('is the deadline where it is filled; the first deadline is then reported as not placed', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          HEAD2,
          ['Ledelse', 'a', 'Pia Holm', 'I gang', '01.02.2027', '15.03.2027'],
          ['Ledelse', 'b', 'Pia Holm', 'I gang', '01.04.2027'],
        ],
      }),
    );
    expect(result.draft.activities.map((a) => [a.values.deadline, a.cells.deadline])).toEqual([
      ['2027-03-15', 'F2'],
      ['2027-04-01', 'E3'],
    ]);
    expect(result.unmapped.map((u) => u.cell)).toEqual(['E2']);
  });

  it('a date column that only says when the row was updated is no revised deadline', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Indsatsområde', 'Aktiviteter', 'Ansvarlig', 'Status', 'Frist', 'Sidst opdateret'],
          ['Ledelse', 'a', 'Pia Holm', 'I gang', '01.02.2027', '15.03.2027'],
        ],
      }),
    );
    expect(result.draft.activities[0]?.values.deadline).toBe('2027-02-01');
  });
});

describe('a status column per follow-up', () => {
  const table = (head: readonly string[], rows: readonly (readonly In[])[]) =>
    structure(gridOf({ name: 'Plan', rows: [['Indsatsområde', 'Aktiviteter', 'Frist', ...head], ...rows] }));

  it('the right-most status a row has is its status; an emptier row keeps the earlier one, with a check', () => {
    const result = table(
      ['Status (Q1)', 'Status (Q2)'],
      [
        ['Ledelse', 'a', '15.03.2027', 'I gang', 'Gennemført'],
        ['Ledelse', 'b', '15.05.2027', 'Ikke startet'],
      ],
    );
    expect(result.draft.activities.map((a) => [a.values.status, a.cells.status])).toEqual([
      ['done', 'E2'],
      ['not_started', 'D3'],
    ]);
    expect(result.checks.filter((c) => c.field === 'activities.status').map((c) => c.cell)).toEqual(['D3']);
    // The earlier status of the first row was read and replaced: it is not reported as left over.
    expect(result.unmapped).toEqual([]);
  });

  it('statuses replaced by a later follow-up, also in a column between, are history: not left over, no check or issue', () => {
    const result = table(
      ['Status marts', 'Status juni', 'Status september'],
      [
        ['Ledelse', 'a', '15.03.2027', 'Udskudt', 'I gang', 'Gennemført'],
        ['Ledelse', 'b', '15.05.2027', 'Tja', '', 'I gang'],
      ],
    );
    expect(result.draft.activities.map((a) => [a.values.status, a.cells.status])).toEqual([
      ['done', 'F2'],
      ['in_progress', 'F3'],
    ]);
    // A judged word ("Udskudt") or words that name no status, replaced, ask nothing of the coordinator...
    expect(result.checks.filter((c) => c.field === 'activities.status')).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
    // ...but a text that named no status is still listed as not placed.
    expect(result.unmapped.map((u) => [u.cell, u.value])).toEqual([['D3', 'Tja']]);
  });

  it('"Status 1. halvår | Status 2. halvår" stay the activities\' statuses per follow-up', () => {
    const result = table(
      ['Status 1. halvår', 'Status 2. halvår'],
      [
        ['Ledelse', 'a', '15.03.2027', 'I gang', 'Gennemført'],
        ['Ledelse', 'b', '15.05.2027', 'Ikke startet'],
      ],
    );
    expect(result.draft.activities.map((a) => [a.values.status, a.cells.status])).toEqual([
      ['done', 'E2'],
      ['not_started', 'D3'],
    ]);
    expect(result.draft.checklist.filter((c) => c.answer !== null)).toEqual([]);
  });

  it('a status column for a year before the plan\'s ("Status 2026" in a plan for 2027) is last year\'s, not the status now', () => {
    const plan2027 = (head: string) =>
      structure(
        gridOf({
          name: 'Plan',
          rows: [
            ['Handleplan 2027'],
            [],
            ['Indsatsområde', 'Aktiviteter', 'Frist', 'Status', head],
            ['Ledelse', 'a', '15.03.2027', 'I gang', 'Gennemført'],
            ['Ledelse', 'b', '15.05.2027', 'Ikke startet', 'Aflyst'],
          ],
        }),
      );
    const lastYear = plan2027('Status 2026');
    expect(lastYear.draft.activities.map((a) => [a.values.status, a.cells.status])).toEqual([
      ['in_progress', 'D4'],
      ['not_started', 'D5'],
    ]);
    // A status column for the plan's own year is still a later follow-up.
    const thisYear = plan2027('Status 2027');
    expect(thisYear.draft.activities.map((a) => a.values.status)).toEqual(['done', 'closed']);
  });

  it('"Ny status" replaces "Status"; an earlier or a remark column does not', () => {
    const result = table(
      ['Status', 'Ny status', 'Status forrige halvår', 'Statuskommentar'],
      [['Ledelse', 'a', '15.03.2027', 'I gang', 'Gennemført', 'Ikke startet', 'godt møde']],
    );
    expect(result.draft.activities[0]?.values.status).toBe('done');
  });
});
