// toPlan decides "complete plan or none" by the template spec's rules without running zod on every
// row. This holds it to the zod schema: for any draft, the same verdict and the same plan.
import fc from 'fast-check';
import { toPlan, draftFromPlan } from '../../core/plan';
import { planSchema } from '../../core/schema';
import type { DraftPlan, DraftRow } from '../../core/draft';
import {
  ACTIVITIES_SHEET,
  CHECKLIST_IDS,
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  INDICATORS_SHEET,
  LISTS,
  ROLES_SHEET,
  TEMPLATE_VERSION,
  type ColumnSpec,
} from '../../core/spec';
import { generatePlan, makeRng } from '../fixtures/plans';

/** The plan as zod sees it: empty and undefined fields left out, as a reader of the draft would. */
function reference(draft: DraftPlan): unknown {
  const compact = (o: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
  return {
    templateVersion: draft.templateVersion ?? TEMPLATE_VERSION,
    municipality: draft.municipality,
    period: draft.period,
    phase: draft.phase,
    ...(draft.coordinator ? { coordinator: compact(draft.coordinator) } : {}),
    ...(draft.leader ? { leader: compact(draft.leader) } : {}),
    ...(draft.organisation ? { organisation: draft.organisation } : {}),
    ...(draft.supervisionModel ? { supervisionModel: draft.supervisionModel } : {}),
    activities: draft.activities.map((row) => ({ ...compact(row.values), source: row.source })),
    checklist: draft.checklist.map((c) => compact({ id: c.id, answer: c.answer, comment: c.comment })),
    roles: draft.roles.map((row) => compact(row.values)),
    corps: draft.corps.map((row) => compact(row.values)),
    indicators: draft.indicators.map((row) => compact(row.values)),
    communication: draft.communication.map((row) => compact(row.values)),
    needsAnalysis: draft.needsAnalysis.map((n) => ({ id: n.id, answer: n.answer })),
  };
}

function ids(list: keyof typeof LISTS): string[] {
  return (LISTS[list] as readonly { id: string }[]).map((v) => v.id);
}

/** A value for a column: valid, empty, padded, of the wrong type, or outside its list. */
function columnValue(col: ColumnSpec, noisy: boolean): fc.Arbitrary<unknown> {
  const valid: fc.Arbitrary<unknown> =
    col.kind === 'list'
      ? fc.constantFrom(...ids(col.list!))
      : col.kind === 'date'
        ? fc.constantFrom('2026-03-15', '2026-12-31', '2024-02-29')
        : col.kind === 'number'
          ? fc.constantFrom(0, 7.5, 37)
          : col.kind === 'integer'
            ? fc.constantFrom(0, 3, 12)
            : col.kind === 'email'
              ? fc.constantFrom('lone@aarhus.dk')
              : fc.constantFrom('Styregruppemøde', '  Temadag om LAT  ', 'Koordinator');
  const invalid: fc.Arbitrary<unknown> = fc.constantFrom(
    'ikke på listen',
    '2026-02-30',
    -1,
    2.5,
    Number.NaN,
    '   ',
    'ikke en e-mail',
    7,
  );
  // Clean drafts follow the rules but for the odd missing required value.
  if (!noisy)
    return col.required
      ? fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(undefined, '') })
      : fc.oneof(valid, fc.constant(undefined), fc.constant(''));
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: invalid },
  );
}

function rows(
  columns: readonly ColumnSpec[],
  sheet: string,
  noisy: boolean,
): fc.Arbitrary<DraftRow<object>[]> {
  const values = fc.record(Object.fromEntries(columns.map((c) => [c.field, columnValue(c, noisy)])));
  return fc.array(values, { maxLength: 4 }).map((list) =>
    list.map((v, i) => ({
      values: Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)),
      source: { sheet, row: i + 4 },
      cells: {},
    })),
  );
}

const person = fc.oneof(
  fc.constant(undefined),
  fc.record({ name: fc.constantFrom('Lone Hansen', '  ', '') }),
  fc.record({
    name: fc.constant('Lone Hansen'),
    email: fc.constantFrom('lone@aarhus.dk', '', 'lone(at)aarhus'),
  }),
);

const checklist = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(
        ...CHECKLIST_IDS.map(() =>
          fc.tuple(
            fc.constantFrom('yes', 'partly', 'no', null, 'måske'),
            fc.constantFrom(undefined, '', 'Drøftet i styregruppen'),
          ),
        ),
      ),
    },
    { weight: 1, arbitrary: fc.constant([] as [string | null, string | undefined][]) },
  )
  .map((answers) =>
    answers.map(([answer, comment], i) => ({
      id: CHECKLIST_IDS[i]!,
      answer: answer as 'yes' | 'partly' | 'no' | null,
      ...(comment === undefined ? {} : { comment }),
    })),
  );

/** Noisy drafts break rules here and there; clean ones mostly follow them. */
const draftOf = (noisy: boolean): fc.Arbitrary<DraftPlan> =>
  fc
    .record({
      templateVersion: fc.constantFrom(undefined, '1.0', ''),
      municipality: fc.constantFrom(
        undefined,
        { code: '751', name: 'Aarhus' },
        { code: '999', name: 'Ukendt' },
        { code: '101', name: '' },
      ),
      period: fc.constantFrom(undefined, '2026-H2', '2026-H3', '2. halvår 2026'),
      phase: fc.constantFrom(undefined, 'initial', 'fase 9'),
      coordinator: person,
      leader: person,
      organisation: fc.constantFrom(undefined, 'social', 'andet sted'),
      supervisionModel: fc.constantFrom(undefined, 'external', 'ingen idé'),
      activities: rows(ACTIVITIES_SHEET.columns, 'Implementeringsplan', noisy),
      checklist,
      roles: rows(ROLES_SHEET.columns, 'Roller', noisy),
      corps: rows(CORPS_SHEET.columns, 'Korps', noisy),
      indicators: rows(INDICATORS_SHEET.columns, 'Indikatorer', noisy),
      communication: rows(COMMUNICATION_SHEET.columns, 'Kommunikation', noisy),
      needsAnalysis: fc.array(
        fc.record({ id: fc.constantFrom('B1', 'B2', ''), answer: fc.constantFrom('', 'Flere unge i job') }),
        { maxLength: 3 },
      ),
    })
    .map(
      (d) =>
        Object.fromEntries(
          Object.entries({ ...d, places: {} }).filter(([, v]) => v !== undefined),
        ) as unknown as DraftPlan,
    );

const cleanTop = {
  templateVersion: fc.constantFrom(undefined, '1.0'),
  municipality: fc.constant({ code: '751', name: 'Aarhus' }),
  period: fc.constant('2026-H2'),
  phase: fc.constant('initial'),
  coordinator: fc.constantFrom(
    undefined,
    { name: 'Lone Hansen' },
    { name: 'Lone Hansen', email: 'lone@aarhus.dk' },
  ),
  leader: fc.constantFrom(undefined, { name: ' Ole Berg ', email: '' }),
  organisation: fc.constantFrom(undefined, 'cross'),
  supervisionModel: fc.constantFrom(undefined, 'internal'),
  checklist: fc
    .tuple(
      ...CHECKLIST_IDS.map(() =>
        fc.tuple(fc.constantFrom('yes', 'partly', 'no', null), fc.constantFrom(undefined, '', 'Drøftet')),
      ),
    )
    .map((answers) =>
      answers.map(([answer, comment], i) => ({
        id: CHECKLIST_IDS[i]!,
        answer,
        ...(comment === undefined ? {} : { comment }),
      })),
    ),
  needsAnalysis: fc.array(
    fc.record({ id: fc.constantFrom('B1', 'B2'), answer: fc.constantFrom('', 'Flere unge i job') }),
    {
      maxLength: 3,
    },
  ),
};
const draftArb = fc.oneof(
  draftOf(true),
  fc
    .tuple(draftOf(false), fc.record(cleanTop))
    .map(
      ([d, top]) =>
        Object.fromEntries(
          Object.entries({ ...d, ...top }).filter(([, v]) => v !== undefined),
        ) as unknown as DraftPlan,
    ),
);

describe('toPlan', () => {
  it('gives a plan exactly when the zod schema accepts the draft, and the same plan', () => {
    let accepted = 0;
    fc.assert(
      fc.property(draftArb, (draft) => {
        const expected = planSchema.safeParse(reference(draft));
        const plan = toPlan(draft);
        if (expected.success) {
          accepted++;
          // Strictly: plain objects (as zod makes them), nothing undefined, in the same key order.
          expect(plan).toStrictEqual(expected.data);
          expect(JSON.stringify(plan)).toBe(JSON.stringify(expected.data));
        } else {
          expect(plan).toBeNull();
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both verdicts, so the property is not vacuous.
    expect(accepted).toBeGreaterThan(20);
  });

  it("gives each activity's source as { sheet, row }, whatever else the draft's source holds", () => {
    const plan = generatePlan(makeRng(3), { code: '461', name: 'Odense' });
    const draft = draftFromPlan(plan);
    const odd = [
      { row: 7, sheet: 'Plan' },
      { sheet: 'Plan', row: 7, cell: 'B7' },
      Object.assign(Object.create({ inherited: true }) as object, { sheet: 'Plan', row: 7 }),
      new (class Source {
        sheet = 'Plan';
        row = 7;
      })(),
    ] as unknown as { sheet: string; row: number }[];
    const activities = odd.map((source, i) => ({ ...draft.activities[i]!, source }));
    const out = toPlan({ ...draft, activities });
    for (const a of out?.activities ?? []) {
      expect(JSON.stringify(a.source)).toBe('{"sheet":"Plan","row":7}');
      expect(a.source).toStrictEqual({ sheet: 'Plan', row: 7 });
    }
    expect(out?.activities).toHaveLength(odd.length);
  });

  it('keeps the column of an activity laid on its side (a plan with one column per activity)', () => {
    const plan = generatePlan(makeRng(3), { code: '461', name: 'Odense' });
    const draft = draftFromPlan(plan);
    const sources = [
      { sheet: 'Plan', row: 4, col: 2 },
      { col: 3, row: 4, sheet: 'Plan' },
    ];
    const activities = sources.map((source, i) => ({ ...draft.activities[i]!, source }));
    const out = toPlan({ ...draft, activities });
    expect(out?.activities.map((a) => a.source)).toStrictEqual([
      { sheet: 'Plan', row: 4, col: 2 },
      { sheet: 'Plan', row: 4, col: 3 },
    ]);
  });

  it('gives back a realistic plan from its draft', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const plan = generatePlan(makeRng(seed), { code: '461', name: 'Odense' });
      expect(toPlan(draftFromPlan(plan))).toEqual(planSchema.parse(plan));
    }
  });
});
