// A status kept as an x under one of several status columns ("Ikke startet | I gang | Gennemført",
// as the seed's checklists are answered): the table is found, each row's status is the column of
// its mark, two marks are an issue at the row, and no mark leaves the status missing at its place.

import { structure } from '../../../core/structure';
import { gridOf, type In } from './grid-builder';

const plan = (rows: readonly (readonly In[])[], merges: readonly string[] = []) =>
  structure(gridOf({ name: 'Plan', merges, rows: [['Handleplan 2027'], [], ...rows] }));
const statuses = (r: ReturnType<typeof plan>) =>
  r.draft.activities.map((a) => [a.source.row, a.values.status ?? null, a.cells.status]);
const issues = (r: ReturnType<typeof plan>) =>
  r.issues.filter((i) => i.code !== 'milestone_missing').map((i) => `${i.code}@${i.cell}`);

describe('a status marked under one of several status columns', () => {
  it("a header naming statuses one per column is a header, and each mark is its column's status", () => {
    const r = plan([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Ikke startet', 'I gang', 'Gennemført'],
      ['Ledelse', 'a', 'PM', '15.03.2027', 'x'],
      ['Ledelse', 'b', 'PM', '15.03.2027', '', 'X'],
      ['Ledelse', 'c', 'PM', '15.03.2027', '', '', '✓'],
    ]);
    expect(statuses(r)).toEqual([
      [4, 'not_started', 'E4'],
      [5, 'in_progress', 'F5'],
      [6, 'done', 'G6'],
    ]);
    expect(issues(r)).toEqual([]);
    // The header cells and the marks are used: nothing left over but the title.
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A1']);
  });

  it('status columns headed after one heading ("Status: Ikke startet | Status: I gang | Status: Gennemført") are mark columns too', () => {
    for (const head of [
      ['Status: Ikke startet', 'Status: I gang', 'Status: Gennemført'],
      ['Status – Ikke startet', 'Status – I gang', 'Status – Gennemført'],
      ['Status (ikke startet)', 'Status (i gang)', 'Status (gennemført)'],
    ]) {
      const r = plan([
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', ...head],
        ['Ledelse', 'a', 'PM', '15.03.2027', 'x'],
        ['Ledelse', 'b', 'PM', '15.03.2027', '', 'X'],
        ['Ledelse', 'c', 'PM', '15.03.2027', '', '', '✓'],
        ['Ledelse', 'd', 'PM', '15.03.2027', 'x', '', 'x'],
      ]);
      expect(statuses(r)).toEqual([
        [4, 'not_started', 'E4'],
        [5, 'in_progress', 'F5'],
        [6, 'done', 'G6'],
        [7, null, 'E7'],
      ]);
      expect(issues(r)).toEqual(['value_not_in_list@E7']);
      expect(r.issues[0]?.message.da).toContain(head[0]);
      expect(r.unmapped.map((u) => u.cell)).toEqual(['A1']);
    }
  });

  it('headings that differ, or that name a status themselves, make no mark columns', () => {
    const r = plan([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status: Ikke startet', 'Fremdrift: I gang'],
      ['Ledelse', 'a', 'PM', '15.03.2027', 'x'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status ?? null)).toEqual([null]);
  });

  it('the statuses may be a second header row under a heading "Status"', () => {
    const r = plan(
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status (sæt x)'],
        ['', '', '', '', 'Ikke påbegyndt', 'I gang', 'Afsluttet'],
        ['Ledelse', 'a', 'PM', '15.03.2027', '', 'x'],
        ['Ledelse', 'b', 'PM', '15.03.2027', '', '', 'x'],
      ],
      ['E3:G3'],
    );
    expect(statuses(r)).toEqual([
      [5, 'in_progress', 'F5'],
      [6, 'done', 'G6'],
    ]);
    expect(issues(r)).toEqual([]);
  });

  it('marks under two statuses are an issue at the first, never a choice; no mark leaves the status missing', () => {
    const r = plan([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Ikke startet', 'I gang', 'Gennemført'],
      ['Ledelse', 'a', 'PM', '15.03.2027', 'x', 'x'],
      ['Ledelse', 'b', 'PM', '15.03.2027'],
      ['Ledelse', 'c', 'PM', '15.03.2027', '', 'måske'],
    ]);
    expect(statuses(r)).toEqual([
      [4, null, 'E4'],
      [5, null, 'E5'],
      [6, null, 'E6'],
    ]);
    expect(issues(r)).toEqual(['value_not_in_list@E4', 'value_not_in_list@F6']);
    expect(r.issues[0]?.message.da).toContain('flere statusser');
  });

  it('a data row holding two different statuses (last and this half-year) stays a data row', () => {
    const r = plan([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status forrige halvår', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Pia Holm', '15.03.2027', 'I gang', 'Gennemført'],
      ['Kommunikation', 'Nyhedsbrev', 'Pia Holm', '15.04.2027', 'Ikke startet', 'I gang'],
    ]);
    expect(statuses(r)).toEqual([
      [4, 'done', 'F4'],
      [5, 'in_progress', 'F5'],
    ]);
  });
});
