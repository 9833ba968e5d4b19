// The coordinator and the leader as coordinators write them on a cover, proven on workbooks SheetJS
// wrote, read through the intake: a phone number on a line of its own, an e-mail address alone,
// labels such as "Korpskoordinator" and "Direktør", and a post still vacant with a remark.

import { checkedAt, inspectCover, type Inspected, inspectSheet } from '../../fixtures/sheetjs';

const cover = inspectCover;

const checked = (r: Inspected, cell: string): boolean => checkedAt(r, 'Forside', cell);

test('a phone number on a line of its own is no part of the name', () => {
  const r = cover([['Koordinator', 'Anna Holm\nanna.holm@vejle.dk\n+45 23 45 67 89']]);
  expect(r.structure.draft.coordinator).toEqual({ name: 'Anna Holm', email: 'anna.holm@vejle.dk' });
});

test.each(['Anna Holm – anhol@vejle.dk – 2345 6789', 'Anna Holm, anhol@vejle.dk, +45 23 45 67 89'])(
  'a phone number after the address on one line, without a label, is no part of the name: %s',
  (written) => {
    const r = cover([['Koordinator', written]]);
    expect(r.structure.draft.coordinator).toEqual({ name: 'Anna Holm', email: 'anhol@vejle.dk' });
  },
);

test('an e-mail address alone is the e-mail; a name written in it is read; each with a check', () => {
  const r = cover([
    ['Koordinator', 'anlu@vejle.dk'],
    ['Leder', 'lars.dam@vejle.dk'],
    ['Fase', 'Klargøring'],
  ]);
  expect(r.structure.draft.leader).toEqual({ name: 'Lars Dam', email: 'lars.dam@vejle.dk' });
  expect(checked(r, 'B4')).toBe(true);
  // "anlu" names no one: the address stays the name too (the plan keeps a contact), and is asked.
  expect(r.structure.draft.coordinator).toEqual({ name: 'anlu@vejle.dk', email: 'anlu@vejle.dk' });
  expect(checked(r, 'B3')).toBe(true);
});

test('"Korpskoordinator" and "Direktør" label the coordinator and the leader', () => {
  const r = cover([
    ['Korpskoordinator', 'Anna Holm'],
    ['Direktør', 'Lars Dam'],
  ]);
  expect(r.structure.draft.coordinator?.name).toBe('Anna Holm');
  expect(r.structure.draft.leader?.name).toBe('Lars Dam');
});

test('a post still vacant, with a remark in brackets, names no one', () => {
  const r = cover([
    ['Koordinator', 'Vakant (ansættes 1/3)'],
    ['Leder', 'N.N. (ny leder fra maj)'],
  ]);
  expect(r.structure.draft.coordinator?.name ?? '').toBe('');
  expect(r.structure.draft.leader?.name ?? '').toBe('');
  expect(r.issues.map((i) => i.code)).toContain('coordinator_missing');
  expect(checked(r, 'B3')).toBe(true);
});

test("a role's person with a phone number: the name is kept, the number left out, with a check", () => {
  const r = inspectSheet('Roller', [
    ['Rolle', 'Navn', 'Ansvar'],
    ['Leder', 'Lars Dam, tlf. 2345 6789', 'Beslutninger'],
    ['Koordinator', 'Anna Holm\n+45 23 45 67 89', 'Daglig drift'],
    ['Styregruppe', 'Lars Dam, Mette Kjær', 'Opfølgning'],
  ]);
  expect(r.structure.draft.roles.map((x) => x.values.name)).toEqual([
    'Lars Dam',
    'Anna Holm',
    'Lars Dam, Mette Kjær',
  ]);
  const checked = (r.checks ?? []).filter((c) => c.sheet === 'Roller').map((c) => c.cell);
  expect(checked).toEqual(['B2', 'B3']);
  expect(JSON.stringify(r.structure.draft.roles)).not.toMatch(/2345/);
});
