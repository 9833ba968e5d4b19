// A plan's date columns read as a whole: the order of day and month decided per column, years taken
// from the plan itself, vague times kept and flagged — every guess a check at its cell, every date
// that cannot be known an issue at its cell.

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { date, gridOf, type In, type SheetInput } from './grid-builder';

const HEADER = ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'];

/** A plan with a time column, under an optional title. */
function plan(times: readonly In[], title?: string, options = {}): StructureResult {
  const rows: In[][] = [];
  if (title !== undefined) rows.push([title], []);
  rows.push(HEADER);
  times.forEach((t, i) => rows.push([t, 'Ledelse', `Aktivitet ${i + 1}`, 'Leder', 'I gang']));
  return structure(gridOf({ name: 'Plan', rows }), options);
}

const deadlines = (r: StructureResult) => r.draft.activities.map((a) => a.values.deadline);
const starts = (r: StructureResult) => r.draft.activities.map((a) => a.values.start);
const checkCells = (r: StructureResult) => r.checks.map((c) => c.cell);

describe('the order of day and month, decided per column', () => {
  it('a column holding 09/30/2026 is month first: 03/04/2026 in it is 4 March, with no check', () => {
    const r = plan(['09/30/2026', '03/04/2026', '12/15/2026']);
    expect(deadlines(r)).toEqual(['2026-09-30', '2026-03-04', '2026-12-15']);
    expect(r.checks).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it('a column holding 30/09/2026 is day first: 03/04/2026 in it is 3 April', () => {
    const r = plan(['30/09/2026', '03/04/2026']);
    expect(deadlines(r)).toEqual(['2026-09-30', '2026-04-03']);
    expect(r.checks).toEqual([]);
  });

  it('with nothing to decide by, slashed dates are not guessed: flagged at their cells, the text kept', () => {
    const r = plan(['03/04/2026', '05/06/2026', '07/07/2026']);
    // 07/07 is the same either way: read, certain.
    expect(deadlines(r)).toEqual([undefined, undefined, '2026-07-07']);
    expect(r.checks).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['date_unreadable', 'A2'],
      ['date_unreadable', 'A3'],
    ]);
    expect(r.issues[0]?.message.da).toContain('03.04.2026');
    expect(r.issues[0]?.message.da).toContain('04.03.2026');
    expect(r.issues[0]?.message.en).toContain('not guessed');
    expect(r.unmapped).toEqual([
      { sheet: 'Plan', cell: 'A2', value: '03/04/2026' },
      { sheet: 'Plan', cell: 'A3', value: '05/06/2026' },
    ]);
  });

  it('"3/4-2026" is Danish notation: read day first, not flagged as undecidable', () => {
    const r = plan(['3/4-2026', '5/6-2026']);
    expect(deadlines(r)).toEqual(['2026-04-03', '2026-06-05']);
    expect(r.issues).toEqual([]);
  });

  it('with nothing to decide by, dashed dates (Excel’s Danish display) are read day first and checked', () => {
    const r = plan(['03-04-2026', '05-06-2026']);
    expect(deadlines(r)).toEqual(['2026-04-03', '2026-06-05']);
    expect(checkCells(r)).toEqual(['A2', 'A3']);
    expect(r.checks[0]).toMatchObject({ field: 'activities.deadline', value: '03-04-2026', confidence: 0.8 });
    expect(r.checks[0]?.reason.da).toContain('04.03.2026');
  });

  it('dates written with full stops are Danish notation: certain without evidence', () => {
    const r = plan(['03.04.2026', '05.06.2026']);
    expect(deadlines(r)).toEqual(['2026-04-03', '2026-06-05']);
    expect(r.checks).toEqual([]);
  });

  it('a column written both ways is never read in one of them: a date that could be either is flagged', () => {
    const r = plan(['30/09/2026', '09/30/2026', '03/04/2026']);
    expect(deadlines(r)).toEqual(['2026-09-30', '2026-09-30', undefined]);
    expect(r.issues).toMatchObject([
      { code: 'date_unreadable', severity: 'error', sheet: 'Plan', cell: 'A4' },
    ]);
    expect(r.issues[0]?.message.da).toContain('03.04.2026');
    expect(r.issues[0]?.message.da).toContain('04.03.2026');
    expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'A4', value: '03/04/2026' }]);
    // The month-first one can only be read one way: read so, but checked, since the column is mixed.
    expect(r.checks.map((c) => [c.cell, c.confidence])).toEqual([['A3', 0.7]]);
  });

  it('a range in a month-first column is read month first at both ends', () => {
    const r = plan(['09/30/2026', '03/01/2026 - 04/30/2026']);
    expect(r.draft.activities[1]?.values).toMatchObject({ start: '2026-03-01', deadline: '2026-04-30' });
  });
});

describe('years taken from the plan when a date has none', () => {
  it('from the title ("Handleplan 2027"), with a check naming the title', () => {
    const r = plan(
      ['15. maj', 'uge 10-11', 'jan.–feb.', 'Q1', '1. kvartal', 'slut juni', '1.12'],
      'Handleplan 2027',
    );
    expect(deadlines(r)).toEqual([
      '2027-05-15',
      '2027-03-21',
      '2027-02-28',
      '2027-03-31',
      '2027-03-31',
      '2027-06-30',
      '2027-12-01',
    ]);
    expect(starts(r)).toEqual([
      undefined,
      '2027-03-08',
      '2027-01-01',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(checkCells(r)).toEqual(['A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10']);
    expect(r.checks[0]).toMatchObject({ field: 'activities.deadline', value: '15. maj', confidence: 0.8 });
    expect(r.checks[0]?.reason.da).toContain('"Handleplan 2027"');
    expect(r.checks[0]?.reason.en).toContain('the title');
    expect(r.issues).toEqual([]);
  });

  it('from the dates above and below in the same column, keeping the column in order', () => {
    const r = plan(['15.11.2026', 'december', 'februar', '15.03.2027']);
    expect(deadlines(r)).toEqual(['2026-11-15', '2026-12-31', '2027-02-28', '2027-03-15']);
    expect(checkCells(r)).toEqual(['A3', 'A4']);
    expect(r.checks[1]?.reason.da).toContain('A2: "15.11.2026"');
  });

  it('neighbouring dates are stronger evidence than the title', () => {
    const r = plan(['15.03.2026', '15. maj'], 'Handleplan 2027');
    expect(deadlines(r)).toEqual(['2026-03-15', '2026-05-15']);
  });

  it('from the start in the same row: a deadline after its start', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Start', 'Slut', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['01.11.2026', '15. feb', 'Ledelse', 'a', 'L', 'I gang'],
          ['marts', '30.06.2027', 'Ledelse', 'b', 'L', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2026-11-01', '2027-02-15'],
      ['2027-03-01', '2027-06-30'],
    ]);
    expect(r.checks.map((c) => [c.cell, c.field])).toEqual([
      ['B2', 'activities.deadline'],
      ['A3', 'activities.start'],
    ]);
    expect(r.checks[0]?.reason.da).toContain('samme række');
  });

  it('a title over two years is read forward: a month earlier than the one above is the next year', () => {
    const r = plan(['september', 'november', 'februar', 'maj'], 'Implementeringsplan 2026-2027');
    expect(deadlines(r)).toEqual(['2026-09-30', '2026-11-30', '2027-02-28', '2027-05-31']);
    expect(r.checks.every((c) => c.confidence === 0.6)).toBe(true);
  });

  it('from the period given as an option, when nothing else names a year', () => {
    const r = plan(['15. maj'], undefined, { period: '2026-H1' });
    expect(deadlines(r)).toEqual(['2026-05-15']);
    expect(r.checks[0]?.reason.da).toContain('2026-H1');
  });

  it('from a half-year on the cover, below the title rows', () => {
    const cover: SheetInput = {
      name: 'Forside',
      rows: [['Plan for mentorkorpset'], [], [], [], [], [], [], ['Periode:', '2. halvår 2026']],
    };
    const r = structure(
      gridOf(cover, { name: 'Plan', rows: [HEADER, ['15. okt', 'Ledelse', 'a', 'L', 'I gang']] }),
    );
    expect(deadlines(r)).toEqual(['2026-10-15']);
    expect(r.checks[0]?.reason.da).toContain('perioden "2. halvår 2026"');
  });

  it('never from a title that says when the file was updated', () => {
    const r = plan(['15. maj'], 'Handleplan – opdateret 15.03.2026');
    expect(deadlines(r)).toEqual([undefined]);
    expect(r.issues).toMatchObject([{ code: 'date_unreadable', cell: 'A4' }]);
  });

  it('without any year in the plan, the date is flagged at its cell and asked for its year', () => {
    const r = plan(['15. maj']);
    expect(deadlines(r)).toEqual([undefined]);
    expect(r.issues).toMatchObject([{ code: 'date_unreadable', severity: 'error', cell: 'A2' }]);
    expect(r.issues[0]?.message.da).toContain('intet år');
    expect(r.issues[0]?.message.en).toContain('no year');
    expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'A2', value: '15. maj' }]);
  });

  it('a training date without a year on the corps sheet takes the year too', () => {
    const r = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Korps 2026'],
          [],
          ['Initialer', 'Rolle', 'Uddannet', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', 'marts', 10, 2],
        ],
      }),
    );
    expect(r.draft.corps[0]?.values.trainedOn).toBe('2026-03-31');
    expect(r.checks.map((c) => [c.cell, c.field])).toEqual([['C4', 'corps.trainedOn']]);
  });
});

describe('approximate and vague times', () => {
  it('medio is the middle of the month and primo its first third, each with a check', () => {
    const r = plan(['medio marts 2026', 'primo april 2026', 'ultimo april 2026']);
    expect(deadlines(r)).toEqual(['2026-03-15', '2026-04-10', '2026-04-30']);
    expect(checkCells(r)).toEqual(['A2', 'A3']);
    expect(r.checks[0]?.reason.da).toContain('omtrentlig');
  });

  it.each(['Løbende', 'efter behov', 'efterår 2026', 'efter sommerferien'])(
    '%j is kept as text (not placed) and flagged at its cell: an activity needs a deadline',
    (text) => {
      const r = plan([text]);
      expect(deadlines(r)).toEqual([undefined]);
      expect(r.issues).toMatchObject([
        { code: 'date_unreadable', severity: 'error', sheet: 'Plan', cell: 'A2' },
      ]);
      expect(r.issues[0]?.message.da).toContain('ingen deadline');
      expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'A2', value: text }]);
    },
  );

  it.each(['TBD', 'Afklares'])(
    '%j names no deadline, as "-" does: read as empty with a check (the deadline is then missing)',
    (text) => {
      const r = plan([text]);
      expect(deadlines(r)).toEqual([undefined]);
      expect(r.issues.filter((i) => i.cell === 'A2').map((i) => i.code)).not.toContain('date_unreadable');
      expect(checkCells(r)).toContain('A2');
    },
  );

  it('text that is no time at all keeps the general message', () => {
    const r = plan(['Når styregruppen har mødtes']);
    expect(r.issues[0]?.message.da).toContain('kan ikke læses');
  });
});

describe('dates in month-only formats', () => {
  it('a month shown as "mar-26" is that month: its last day as deadline, its first as start', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Start', 'Slut', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          [date('2026-03-10', '[$-406]mmm/yy'), date('2026-05-10', 'mmm-yy'), 'Ledelse', 'a', 'L', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities[0]?.values).toMatchObject({ start: '2026-03-01', deadline: '2026-05-31' });
    expect(r.checks).toEqual([]);
  });
});

describe('numbers in a time column', () => {
  it('a number without a date format read as a date serial is a guess, checked; a year is not', () => {
    const r = plan([46096, 2027, { v: 46096, fmt: 'dd-mm-yyyy' }]);
    expect(deadlines(r)).toEqual(['2026-03-15', '2027-12-31', '2026-03-15']);
    expect(r.checks.map((c) => [c.cell, c.value, c.confidence])).toEqual([['A2', '46096', 0.8]]);
    expect(r.checks[0]?.reason.da).toContain('15.03.2026');
  });
});

describe('a year far from the plan', () => {
  it("a date years away from the title's year is kept and checked; dates near it are not", () => {
    const r = plan(['15.01.2027', '15.03.2037', '15.04.2024', '15.05.2023'], 'Handleplan 2027');
    expect(deadlines(r)).toEqual(['2027-01-15', '2037-03-15', '2024-04-15', '2023-05-15']);
    expect(r.checks.map((c) => [c.cell, c.field])).toEqual([
      ['A5', 'activities.deadline'],
      ['A7', 'activities.deadline'],
    ]);
    expect(r.checks[0]?.reason.da).toContain('langt fra planens år (2027)');
    expect(r.checks[0]?.reason.en).toContain("far from the plan's years (2027)");
  });

  it("without a title, a date far from the middle of the plan's own dates is checked (yy-mm-dd read as dd-mm-yy)", () => {
    const r = plan([date('2027-01-15'), date('2027-02-15'), '27-03-01', date('2027-04-30')]);
    expect(deadlines(r)).toEqual(['2027-01-15', '2027-02-15', '2001-03-27', '2027-04-30']);
    expect(checkCells(r)).toEqual(['A4']);
  });
});

describe('a remark in brackets beside a date', () => {
  it('the date is read, with a check at the cell naming the remark', () => {
    const r = plan(['marts 2027 (udsat)', '15.03.2027 (flyttet)', '15.04.2027'], 'Handleplan 2027');
    expect(deadlines(r)).toEqual(['2027-03-31', '2027-03-15', '2027-04-15']);
    expect(checkCells(r)).toEqual(['A4', 'A5']);
    expect(r.checks[0]?.reason.da).toContain('"(udsat)"');
    expect(r.checks[1]?.reason.en).toContain('"(flyttet)"');
  });

  it('a bracket with no date before it is still an issue at its cell', () => {
    const r = plan(['(udsat)', '15.04.2027'], 'Handleplan 2027');
    expect(deadlines(r)).toEqual([undefined, '2027-04-15']);
    expect(r.issues.map((i) => [i.code, i.cell])).toContainEqual(['date_unreadable', 'A4']);
  });
});

describe('a year kept in the plan when the column is not in date order', () => {
  it('"12/2" under "30.04.2027" in a plan for 1. halvår 2027 is February 2027 (checked), not 2028', () => {
    const r = plan(['31.01.2027', '30.04.2027', 'senest 12/2'], 'Handleplan for 1. halvår 2027');
    expect(deadlines(r)).toEqual(['2027-01-31', '2027-04-30', '2027-02-12']);
    expect(r.checks.filter((c) => c.field === 'activities.deadline').map((c) => c.cell)).toEqual(['A6']);
  });

  it("without the plan's years, the next year keeps the column in order, as before", () => {
    const r = plan(['15.11.2026', '15.12.2026', '15. jan']);
    expect(deadlines(r)).toEqual(['2026-11-15', '2026-12-15', '2027-01-15']);
  });
});
