// Where each field of a plan row is: a row whose fields lie in their columns keeps no A1 address per
// field (a large plan would keep hundreds of thousands), yet every reader sees the same places.

import {
  fieldCell,
  forEachFieldCell,
  hasFieldCell,
  type ActivityFields,
  type DraftRow,
} from '../../../core/draft';
import { structure } from '../../../core/structure';
import { validate } from '../../../core/validate';
import { date, gridOf, type In } from './grid-builder';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'];

function plan(rows: readonly (readonly In[])[], merges: string[] = []) {
  const grid = gridOf({ name: 'Plan', rows: [HEADER, ...rows], merges });
  return { grid, result: structure(grid) };
}

const ROWS: readonly (readonly In[])[] = [
  ['Ledelse', 'Styregruppemøde', 'Mette', date('2026-01-10'), date('2026-02-01'), 'I gang'],
  ['Kommunikation', 'Nyhedsbrev', 'Lars', date('2026-02-01'), date('2026-03-01'), 'Ikke startet'],
  ['Kommunikation', 'Hjemmeside', '', '', date('2026-04-01'), ''],
];

const hasOwnCells = (row: object): boolean => Object.prototype.hasOwnProperty.call(row, 'cells');

describe('a plan row’s places', () => {
  it('are the cells of the row’s columns, made when asked for and not kept until then', () => {
    const { result } = plan(ROWS);
    const rows = result.draft.activities;
    expect(rows).toHaveLength(3);
    // Nothing kept on the rows after structuring: the places are made from the table's columns.
    expect(rows.filter(hasOwnCells)).toHaveLength(0);
    const first = rows[0] as DraftRow<ActivityFields>;
    expect(fieldCell(first, 'activity')).toBe('B2');
    expect(fieldCell(first, 'deadline')).toBe('E2');
    expect(fieldCell(rows[2] as DraftRow<ActivityFields>, 'status')).toBe('F4');
    expect(hasFieldCell(first, 'milestone')).toBe(false);
    expect(fieldCell(first, 'milestone')).toBeUndefined();
    // Asking for one field keeps nothing either.
    expect(hasOwnCells(first)).toBe(false);
    const listed: string[] = [];
    forEachFieldCell(first, (cell, field) => listed.push(`${field}@${cell}`));
    expect(listed).toEqual([
      'theme@A2',
      'activity@B2',
      'responsible@C2',
      'deadline@E2',
      'status@F2',
      'start@D2',
    ]);
    expect(hasOwnCells(first)).toBe(false);
  });

  it('read as `cells` are the same as a plain row’s, in JSON, spread and equality, and a change stays', () => {
    const { result } = plan(ROWS);
    const row = result.draft.activities[1] as DraftRow<ActivityFields>;
    const places = {
      theme: 'A3',
      activity: 'B3',
      responsible: 'C3',
      deadline: 'E3',
      status: 'F3',
      start: 'D3',
    };
    expect(JSON.parse(JSON.stringify(row)) as unknown).toEqual({
      values: JSON.parse(JSON.stringify(row.values)) as unknown,
      source: { sheet: 'Plan', row: 3 },
      cells: places,
    });
    expect(row.cells).toEqual(places);
    expect(Object.keys(row.cells)).toEqual(Object.keys(places));
    expect({ ...row }).toEqual({ values: row.values, source: row.source, cells: places });
    (row.cells as Record<string, string>).status = 'H3';
    expect(fieldCell(row, 'status')).toBe('H3');
    expect(row.cells.status).toBe('H3');
  });

  it('of a value taken from a merged cell above are that cell, kept on the row', () => {
    const { result } = plan(
      [
        ['Ledelse', 'Styregruppemøde', 'Mette', date('2026-01-10'), date('2026-02-01'), 'I gang'],
        [null, 'Ledermøde', 'Lars', date('2026-02-01'), date('2026-03-01'), 'I gang'],
      ],
      ['A2:A3'],
    );
    const second = result.draft.activities[1] as DraftRow<ActivityFields>;
    expect(second.values.theme).toBe('leadership');
    expect(fieldCell(second, 'theme')).toBe('A2');
    expect(fieldCell(second, 'activity')).toBe('B3');
    expect(hasOwnCells(second)).toBe(true);
  });

  it('are where validation reports a row’s missing value', () => {
    const { grid, result } = plan(ROWS);
    const issues = validate(result, grid, { today: '2026-01-05' });
    const missing = issues.filter((i) => i.sheet === 'Plan' && i.cell.endsWith('4'));
    expect(missing.map((i) => i.cell)).toEqual(expect.arrayContaining(['C4']));
    expect(result.draft.activities.filter(hasOwnCells)).toHaveLength(0);
  });
});
