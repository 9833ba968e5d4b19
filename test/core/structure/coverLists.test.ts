// The cover's list facts (organisational anchoring, supervision model) as coordinators word them,
// proven on workbooks SheetJS wrote, read through the intake: both departments named side by side,
// "neither … nor", a list's own word for none, a value that reads like another field's label, and a
// value named only in a remark in brackets.

import { checkedAt, inspectCover, issuesAt as issuesOf, type Inspected } from '../../fixtures/sheetjs';

const cover = (label: string, value: string): Inspected => inspectCover([[label, value]]);
const issuesAt = (r: Inspected, cell: string): string[] => issuesOf(r, 'Forside', cell);

describe('organisational anchoring', () => {
  test.each([
    'Social og beskæftigelse',
    'Både social og beskæftigelse',
    'Socialforvaltningen og Jobcentret i samarbejde',
    'Social/beskæftigelse',
    'Beskæftigelses- og socialområdet',
  ])('"%s" names both departments side by side: across them (cross), checked', (written) => {
    const r = cover('Organisatorisk forankring', written);
    expect(r.structure.draft.organisation).toBe('cross');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
  });

  test('one department with the other only as a partner stays the first: social, checked', () => {
    const r = cover('Organisatorisk forankring', 'Socialafdelingen, men i tæt samarbejde med jobcentret');
    expect(r.structure.draft.organisation).toBe('social');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
  });

  test('"Hverken social eller beskæftigelse" names neither: asked, never read as one of them', () => {
    const r = cover('Organisatorisk forankring', 'Hverken social eller beskæftigelse');
    expect(r.structure.draft.organisation).toBeUndefined();
    expect(issuesAt(r, 'B3')).toContain('value_not_in_list');
  });

  test('"Arbejdsmarked" is the employment department', () => {
    expect(cover('Organisatorisk forankring', 'Arbejdsmarked').structure.draft.organisation).toBe(
      'employment',
    );
  });

  test('a name that is no value, with the value in brackets: read from the remark, checked', () => {
    const r = cover('Organisatorisk forankring', 'Ungeenheden (på tværs af social og beskæftigelse)');
    expect(r.structure.draft.organisation).toBe('cross');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
  });
});

describe('supervision model', () => {
  test('"Ingen" is the list\'s own value for no systematic supervision, not a placeholder', () => {
    const r = cover('Supervision', 'Ingen');
    expect(r.structure.draft.supervisionModel).toBe('none');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(false);
  });

  test.each(['Lederen', 'Ledelsen'])(
    '"%s" right of the label is the value (the leader supervises), not a label of its own, checked',
    (written) => {
      const r = cover('Supervision', written);
      expect(r.structure.draft.supervisionModel).toBe('leader_or_coordinator');
      expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
    },
  );

  test('"Hverken intern eller ekstern" is asked, not read as internal', () => {
    const r = cover('Supervision', 'Hverken intern eller ekstern');
    expect(r.structure.draft.supervisionModel).toBeUndefined();
    expect(issuesAt(r, 'B3')).toContain('value_not_in_list');
  });
});
