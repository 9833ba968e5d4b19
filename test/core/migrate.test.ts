// Stored plans of template 1.0 (written by korpsplan before 1.1, test/fixtures/stored) migrated on
// read, never rewritten; a workbook updated to a newer template keeps every value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  migratePlan,
  migrateStoredPlan,
  TemplateUpdateError,
  updateDraft,
  canUpdate,
} from '../../core/migrate';
import { planSchema } from '../../core/schema';
import { storedPlanSchema } from '../../core/receipt';
import { CHECKLIST_IDS } from '../../core/spec';
import { completeDraft } from './validate/builders';

const STORED = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'stored', 'submissions-1.0.json'), 'utf8'),
) as { receipt: unknown; plan: Record<string, unknown> }[];

describe('migrating a stored 1.0 plan on read', () => {
  const raw = STORED[0]!;

  it('is a stored 1.0 plan: 15 questions, which the current schema no longer takes as it is', () => {
    expect(raw.plan.templateVersion).toBe('1.0');
    expect((raw.plan.checklist as unknown[]).length).toBe(15);
    expect(planSchema.safeParse(raw.plan).success).toBe(false);
    expect(storedPlanSchema.safeParse(raw).success).toBe(false);
  });

  it('adds L9 unanswered in its place, keeps every other value and the version it was made in', () => {
    const before = JSON.stringify(raw);
    const plan = migratePlan(raw.plan);
    expect(JSON.stringify(raw)).toBe(before); // the input is not changed
    expect(plan.templateVersion).toBe('1.0');
    expect(plan.checklist.map((c) => c.id)).toEqual([...CHECKLIST_IDS]);
    expect(plan.checklist.find((c) => c.id === 'L9')).toEqual({ id: 'L9', answer: null });
    const old = raw.plan.checklist as { id: string }[];
    for (const c of old) expect(plan.checklist.find((x) => x.id === c.id)).toEqual(c);
    // Everything else as stored; indicators simply have no comment.
    const { checklist: _a, ...rest } = plan;
    const { checklist: _b, ...restRaw } = raw.plan;
    expect(rest).toEqual(restRaw);
    expect(plan.indicators.every((i) => i.comment === undefined)).toBe(true);
  });

  it('reads a stored { receipt, plan } with the receipt as written', () => {
    const stored = migrateStoredPlan(raw);
    expect(stored.receipt).toEqual(raw.receipt);
    expect(stored.plan.checklist).toHaveLength(CHECKLIST_IDS.length);
  });

  it('leaves a current plan as it is (migrating twice changes nothing)', () => {
    const once = migratePlan(raw.plan);
    expect(migratePlan(once)).toEqual(once);
  });

  it('refuses what is no plan of any version', () => {
    expect(() => migratePlan({ ...raw.plan, period: 'sommer' })).toThrow();
    expect(() => migratePlan('plan')).toThrow();
  });
});

describe('updating a workbook to a newer template', () => {
  it('keeps every value and changes the version', () => {
    const draft = completeDraft({ templateVersion: '1.0' });
    const updated = updateDraft(draft, '1.1');
    expect(updated).toEqual({ ...draft, templateVersion: '1.1' });
    expect(canUpdate('1.0')).toBe(true);
    expect(canUpdate('1.1')).toBe(false);
  });

  it('never moves a workbook back to an older template', () => {
    const draft = completeDraft({ templateVersion: '1.1' });
    expect(() => updateDraft(draft, '1.0')).toThrow(TemplateUpdateError);
  });
});
