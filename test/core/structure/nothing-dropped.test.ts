// Nothing is silently dropped: for any plan, every activity lands, and exactly the cells that did
// not land (stray notes beside and below the table, values nobody can read) are reported.

import fc from 'fast-check';
import { structure } from '../../../core/structure';
import { a1 } from '../../../core/grid';
import { STATUSES, THEMES } from '../../../core/spec';
import { date, gridOf, type In } from './grid-builder';

const HEADERS = [
  ['TIDSPLAN', 'INDSATSOMRÅDE', 'AKTIVITETER', 'ANSVARLIG', 'STATUS'],
  ['Deadline', 'Tema', 'Indsats', 'Tovholder', 'Status'],
  ['Due date', 'Focus area', 'Activity', 'Owner', 'Status'],
  ['Hvornår', 'Fokusområde', 'Aktivitet', 'Ansvarlig', 'Stade'],
] as const;

const timeArb = fc.oneof(
  fc
    .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
    .map((d) => date(d.toISOString().slice(0, 10))),
  fc.integer({ min: 1, max: 52 }).map((w) => `uge ${w} 2026`),
  fc.constantFrom('marts 2026', 'Q3 2026', '15.03.2026', 'januar–marts 2026', '01.02.2026 - 30.04.2026'),
);

const activityArb = fc.record({
  time: timeArb,
  theme: fc.constantFrom(...THEMES.flatMap((t) => [t.label.da, t.label.en])),
  text: fc.stringMatching(/^[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå ]{2,30}$/).map((s) => `Aktivitet ${s.trim()}`),
  who: fc.constantFrom('Koordinator', 'Leder', 'HJ', 'Mentorteamet'),
  status: fc.constantFrom(...STATUSES.flatMap((s) => [s.label.da, s.label.en, ...s.synonyms])),
  bad: fc.boolean(),
});

/** Text no reader can take for a header, label, list value, date, title or municipality. */
const strayArb = fc.oneof(fc.stringMatching(/^[qxz]{2,6} [qxz]{2,6}$/), fc.integer({ min: 1, max: 99999 }));

test('every activity lands; exactly the stray and unreadable cells are reported', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...HEADERS),
      fc.integer({ min: 0, max: 3 }),
      fc.array(activityArb, { minLength: 1, maxLength: 25 }),
      fc.array(fc.tuple(fc.nat(), strayArb), { maxLength: 6 }),
      fc.array(strayArb, { maxLength: 3 }),
      (header, top, acts, beside, below) => {
        const rows: In[][] = [];
        for (let i = 0; i < top; i++) rows.push([]);
        rows.push([...header]);
        const expectedUnmapped = new Set<string>();
        acts.forEach((a) => {
          const r = rows.length;
          const status = a.bad ? 'Skal aftales' : a.status;
          if (a.bad) expectedUnmapped.add(a1(r, 4));
          rows.push([a.time, a.theme, a.text, a.who, status]);
        });
        // Stray notes two empty columns right of the table, on any row of it.
        for (const [at, value] of beside) {
          const r = top + (at % (acts.length + 1));
          const row = rows[r] ?? [];
          while (row.length < 7) row.push(null);
          row.push(value);
          rows[r] = row;
          expectedUnmapped.add(a1(r, row.length - 1));
        }
        // Notes under the table after a long gap.
        const after = rows.length + 3;
        below.forEach((value, i) => {
          rows[after + i] = [value];
          expectedUnmapped.add(a1(after + i, 0));
        });
        for (let i = 0; i < rows.length; i++) rows[i] ??= [];

        const result = structure(gridOf({ name: 'Plan', rows }));
        expect(result.draft.activities.map((x) => x.values.activity)).toEqual(acts.map((a) => a.text));
        expect(result.draft.activities.map((x) => x.values.deadline !== undefined)).toEqual(
          acts.map(() => true),
        );
        expect(new Set(result.unmapped.map((u) => u.cell))).toEqual(expectedUnmapped);
        expect(result.issues.map((i) => i.code)).toEqual(
          acts.filter((a) => a.bad).map(() => 'value_not_in_list'),
        );
      },
    ),
    { numRuns: 150 },
  );
});
