// Cover facts as coordinators word them, proven on workbooks SheetJS wrote, read through the intake:
// a supervision model named in a sentence whose first word is "Supervision" (which once read as a
// slip of "no supervision": a slip never drops a negation), and a phase numbered in Roman numerals
// or by an ordinal word.

import { checkedAt, inspectCover, issuesAt, type Inspected } from '../../fixtures/sheetjs';

const cover = (phase: string, supervision: string): Inspected =>
  inspectCover([
    ['Fase', phase],
    ['Supervision', supervision],
  ]);

const at = (r: Inspected, cell: string): string[] => issuesAt(r, 'Forside', cell);

test('"Supervision varetages af koordinator" is the coordinator, with a check, not "no supervision"', () => {
  const r = cover('Fase 2', 'Supervision varetages af koordinator');
  expect(r.structure.draft.supervisionModel).toBe('leader_or_coordinator');
  expect(checkedAt(r, 'Forside', 'B4')).toBe(true);
});

test('"Supervision ved Socialstyrelsen" names no model on the list: asked, not read as none', () => {
  const r = cover('Fase 2', 'Supervision ved Socialstyrelsen');
  expect(r.structure.draft.supervisionModel).toBeUndefined();
  expect(at(r, 'B4')).toContain('value_not_in_list');
});

test.each([
  ['Fase II', 'readiness'],
  ['fase IV – fuld implementering', 'full'],
  ['Tredje fase', 'initial'],
  ['1. fase', 'preparation'],
  ['Second phase', 'readiness'],
])('the phase "%s" is %s', (phase, id) => {
  const r = cover(phase, 'Ekstern');
  expect(r.structure.draft.phase).toBe(id);
  expect(at(r, 'B3')).toEqual([]);
});

test('a Roman number and words that disagree are a conflict, as Arabic ones are', () => {
  const r = cover('Fase II – fuld implementering', 'Ekstern');
  expect(r.structure.draft.phase).toBeUndefined();
  expect(at(r, 'B3')).toHaveLength(1);
});
