// A project tool's export holds several finish dates side by side ("Baseline slut", "Forventet
// slut", "Planlagt slut", "Faktisk slut"). The plan's deadline is the planned one, whatever the
// columns' order: the metamorphic explorer turned each corpus plan's columns round, and p74's
// deadlines were read, silently, from its baseline. A baseline, original or actual date, then a
// forecast, is the deadline only where no plainer column names it. Probes written by SheetJS.

import { inspectSheet } from '../../fixtures/sheetjs';

function deadlines(header: readonly string[], row: readonly unknown[]): unknown[] {
  return inspectSheet('Plan', [header, row]).structure.draft.activities.map((a) => a.values.deadline);
}

test('the planned finish is the deadline beside a baseline, a forecast and an actual finish, in any order', () => {
  const dates: Record<string, string> = {
    'Baseline slut': '15.01.2027',
    'Faktisk slut': '20.01.2027',
    'Forventet slut': '10.02.2027',
    'Planlagt slut': '31.01.2027',
  };
  const orders = [
    ['Baseline slut', 'Faktisk slut', 'Forventet slut', 'Planlagt slut'],
    ['Forventet slut', 'Planlagt slut', 'Baseline slut', 'Faktisk slut'],
    ['Planlagt slut', 'Forventet slut', 'Faktisk slut', 'Baseline slut'],
  ];
  for (const order of orders)
    expect(
      deadlines(['Aktivitet', ...order, 'Status'], ['Kickoff', ...order.map((h) => dates[h]), 'I gang']),
    ).toEqual(['2027-01-31']);
  // Without a planned date the forecast goes before the baseline and the actual finish.
  expect(
    deadlines(
      ['Aktivitet', 'Baseline finish', 'Actual finish', 'Expected finish'],
      ['Kickoff', '15.01.2027', '20.01.2027', '10.02.2027'],
    ),
  ).toEqual(['2027-02-10']);
});

test('a baseline date alone is still read as the deadline', () => {
  expect(deadlines(['Aktivitet', 'Baseline slut', 'Status'], ['Kickoff', '15.01.2027', 'I gang'])).toEqual([
    '2027-01-15',
  ]);
});

test('beside a column naming the day, a timeline is the period and the day the deadline, in either order', () => {
  const read = (header: readonly string[], row: readonly unknown[]): unknown[] =>
    inspectSheet('Plan', [header, row]).structure.draft.activities.map((a) => [
      a.values.start,
      a.values.deadline,
    ]);
  // monday.com's board export: "Timeline" before "Due date".
  expect(
    read(
      ['Name', 'Timeline', 'Due date', 'Status'],
      ['Kickoff', '2027-01-04 - 2027-06-30', '26.01.2027', 'Done'],
    ),
  ).toEqual([['2027-01-04', '2027-01-26']]);
  expect(
    read(
      ['Aktivitet', 'Frist', 'Tidsramme', 'Status'],
      ['Kickoff', '26.01.2027', '04.01.2027 - 30.06.2027', 'I gang'],
    ),
  ).toEqual([['2027-01-04', '2027-01-26']]);
  // Alone, the timeline holds the deadline.
  expect(read(['Name', 'Timeline', 'Status'], ['Kickoff', '2027-01-04 - 2027-06-30', 'Done'])).toEqual([
    ['2027-01-04', '2027-06-30'],
  ]);
});
