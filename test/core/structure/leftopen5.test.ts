// Habits the last rounds left open (session 33, leftopen5), each judged on probes built here with
// SheetJS (another tool than the product's writer), never a corpus plan.

import { COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const issuesAt = (r: Inspected, sheet: string, cell: string) =>
  r.issues.filter((i) => i.sheet === sheet && i.cell === cell);

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];
const plan = (rows: readonly (readonly unknown[])[], cover: readonly (readonly [string, string])[] = COVER) =>
  inspectSheetjs([
    ['Forside', cover],
    ['Plan', [HEAD, ...rows]],
  ]);

// --- 3. "uge 53" without a year in a plan whose year has 52 weeks --------------------------------

describe('a week 53 or a leap day without a year, in a plan whose year has none', () => {
  test('"uge 53" in a plan for 2027 (52 weeks): the year has no week 53, and 2026 has one', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', 'uge 12', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang'],
    ]);
    expect(activitiesOf(r)[1]?.values.deadline).toBeUndefined();
    const [i] = issuesAt(r, 'Plan', 'E3');
    expect(i?.code).toBe('date_unreadable');
    expect(i?.message.da).toContain('planens år 2027 har ingen uge 53');
    expect(i?.message.da).toContain('28.12.2026–03.01.2027');
    expect(i?.message.da).toContain('"uge 53 2026"');
    expect(i?.message.da).not.toContain('hverken titlen, perioden');
    expect(i?.message.en).toContain("the plan's year 2027 has no week 53");
    expect(i?.message.en).toContain('E3');
  });

  test('"29.02" in a plan for 2027: the year has no 29 February', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', '15.03', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', '29.02', 'I gang'],
    ]);
    const [i] = issuesAt(r, 'Plan', 'E3');
    expect(i?.message.da).toContain('ingen 29. februar');
    expect(i?.message.en).toContain('no 29 February');
    expect(i?.message.da).toContain('"29.02 2028"');
  });

  test('"uge 53" in a plan for 2026 (53 weeks) is read; with no year anywhere the year is what is missing', () => {
    const r = plan(
      [['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang']],
      [
        ['Kommune', 'Vejle'],
        ['Periode', '2. halvår 2026'],
      ],
    );
    expect(activitiesOf(r)[0]?.values.deadline).toBe('2027-01-03');
    const none = plan(
      [['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang']],
      [['Kommune', 'Vejle']],
    );
    expect(issuesAt(none, 'Plan', 'E2')[0]?.message.da).toContain('hverken titlen, perioden');
  });
});
