// Corps hours written as a share of a full-time post in words ("halv tid", "fuld tid", "3/4 tid"):
// hours a week of a 37-hour week, each with a check; words that give no share stay unread.

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

test('"halv tid", "fuldtid", "3/4 tid", "kvart tid" are hours of a 37-hour week, each checked', () => {
  const written = ['halv tid', 'Fuldtid', '3/4 tid', 'kvart tid', '½ stilling', 'deltid'];
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [['Initialer', 'Rolle', 'Timer pr. uge'], ...written.map((w, i) => [`M${i}`, 'Mentor', w])],
    }),
  );
  expect(r.draft.corps.map((c) => c.values.hoursPerWeek)).toEqual([18.5, 37, 27.75, 9.25, 18.5, undefined]);
  expect(r.checks.filter((c) => c.field === 'corps.hoursPerWeek').map((c) => c.cell)).toEqual([
    'C2',
    'C3',
    'C4',
    'C5',
    'C6',
  ]);
  // "deltid" says no share: it stays for the coordinator to write.
  expect(r.issues.filter((i) => i.cell === 'C7').map((i) => i.code)).toEqual(['number_invalid']);
});

test('hours under one or over 48 a week are kept as written and checked; 0 and ordinary hours are not', () => {
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', 'Timer pr. uge'],
        ['A1', 'Mentor', '½'],
        ['A2', 'Mentor', 0.5],
        ['A3', 'Mentor', 160],
        ['A4', 'Mentor', 0],
        ['A5', 'Mentor', 7.5],
        ['A6', 'Mentor', 37],
      ],
    }),
  );
  expect(r.draft.corps.map((c) => c.values.hoursPerWeek)).toEqual([0.5, 0.5, 160, 0, 7.5, 37]);
  const checked = r.checks.filter((c) => c.field === 'corps.hoursPerWeek');
  expect(checked.map((c) => c.cell)).toEqual(['C2', 'C3', 'C4']);
  expect(checked[0]?.reason.da).toContain('andel af fuld tid');
  expect(checked[2]?.reason.da).toContain('over 48 timer');
});

test('hours a month ("20 t/md", "16 timer om måneden") are hours a week (× 12 ÷ 52), checked', () => {
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', 'Timer pr. uge'],
        ['A1', 'Mentor', '20 t/md'],
        ['A2', 'Mentor', '16 timer om måneden'],
        ['A3', 'Mentor', '8,5 t pr. md.'],
      ],
    }),
  );
  expect(r.draft.corps.map((c) => c.values.hoursPerWeek)).toEqual([4.6, 3.7, 2]);
  expect(r.checks.filter((c) => c.field === 'corps.hoursPerWeek').map((c) => c.cell)).toEqual([
    'C2',
    'C3',
    'C4',
  ]);
});
