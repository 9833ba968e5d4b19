// The summary over a round with a 1.0 and a 1.1 workbook: each plan's readiness over the questions
// of its own template, a question its template did not have "ikke i skabelonen", not unanswered.
import { inspectBytes } from '../../core/inspect';
import type { Plan } from '../../core/schema';
import { computeFigures } from '../../core/summary/figures';
import {
  answerCounts,
  mixedVersionsNote,
  NOT_IN_TEMPLATE,
  questionState,
  readinessOver,
  versionsMerged,
  versionsMergedText,
} from '../../core/summary/versions';
import { migratePlan } from '../../core/migrate';
import { allAnswered, versionedWorkbook } from '../fixtures/versioned';
import { KOMMUNER } from '../../core/kommuner';
import type { StoredPlan } from '../../core/receipt';
import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import { readSummary, tableRows } from './read';

const TODAY = '2026-11-01';

function planOf(bytes: Uint8Array): Plan {
  const r = inspectBytes(bytes, { today: TODAY });
  if (!r.plan) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

describe('a round with a 1.0 and a 1.1 workbook', () => {
  // Aarhus answers every 1.0 question Ja; Odense (1.1) answers Ja to all but L9, which it answers Nej.
  const aarhus = planOf(
    versionedWorkbook({
      version: '1.0',
      municipality: 'Aarhus',
      period: '2026-H2',
      answers: allAnswered('1.0'),
    }),
  );
  const odense = planOf(
    versionedWorkbook({
      version: '1.1',
      municipality: 'Odense',
      period: '2026-H2',
      answers: allAnswered('1.1', { L9: 'no' }),
    }),
  );

  it('computes readiness over the questions each plan had', () => {
    expect(readinessOver(aarhus, 'ongoing')).toBe(1);
    expect(readinessOver(odense, 'ongoing')).toBeCloseTo(8 / 9);
    expect(readinessOver(aarhus, 'preparation')).toBe(1);
    // The summary's figures use it.
    expect(computeFigures(aarhus, TODAY, true).readiness.ongoing).toBe(1);
    expect(computeFigures(odense, TODAY, true).readiness.ongoing).toBeCloseTo(8 / 9);
  });

  it('shows L9 of the 1.0 plan as not in the template, not as unanswered', () => {
    expect(questionState(aarhus, 'L9')).toBe('notInTemplate');
    expect(questionState(odense, 'L9')).toBe('no');
    expect(questionState(aarhus, 'L8')).toBe('yes');
    expect(answerCounts(aarhus)).toMatchObject({ yes: 15, unanswered: 0, notInTemplate: 1 });
    expect(computeFigures(aarhus, TODAY, true).answers.unanswered).toBe(0);
    expect(
      computeFigures(aarhus, TODAY, true).warnings.find((w) => w.code === 'checklist_unanswered'),
    ).toBeUndefined();
    expect(NOT_IN_TEMPLATE.da).toBe('ikke i skabelonen');
  });

  it('an unanswered question of the plan own template is still unanswered', () => {
    const odenseOpen = planOf(
      versionedWorkbook({
        version: '1.1',
        municipality: 'Odense',
        period: '2026-H2',
        answers: allAnswered('1.1', { L9: null }),
      }),
    );
    expect(questionState(odenseOpen, 'L9')).toBe('unanswered');
    expect(computeFigures(odenseOpen, TODAY, true).answers.unanswered).toBe(1);
  });

  it('lists the versions merged for "Om data"', () => {
    expect(versionsMerged([aarhus, odense, odense])).toEqual([
      { version: '1.0', plans: 1 },
      { version: '1.1', plans: 2 },
    ]);
    expect(versionsMergedText([aarhus, odense]).da).toBe('1.0 (1 plan), 1.1 (1 plan)');
    expect(mixedVersionsNote([aarhus, odense])?.da).toContain('L9');
    expect(mixedVersionsNote([odense])).toBeNull();
  });

  it('treats a stored 1.0 plan, migrated on read, the same way', () => {
    const { checklist, ...rest } = aarhus;
    const stored = { ...rest, checklist: checklist.filter((c) => c.id !== 'L9') };
    const migrated = migratePlan(stored);
    expect(questionState(migrated, 'L9')).toBe('notInTemplate');
    expect(readinessOver(migrated, 'ongoing')).toBe(1);
  });
});

describe('the summary workbook over a 1.0 and a 1.1 plan', () => {
  // Two stored plans of one round: the first kept from template 1.0 (read back through the migration,
  // as the service reads it), the second of 1.1 with L9 answered Nej.
  const [old, current] = generateCorps({ seed: 21, municipalities: 2 });
  if (!old || !current) throw new Error('fixture');
  const { checklist, ...rest } = old.plan;
  old.plan = migratePlan({
    ...rest,
    templateVersion: '1.0',
    checklist: checklist.filter((c) => c.id !== 'L9'),
  });
  old.receipt.templateVersion = '1.0';
  current.plan.checklist = current.plan.checklist.map((c) => (c.id === 'L9' ? { ...c, answer: 'no' } : c));
  const nameOf = (p: StoredPlan) => KOMMUNER.find((k) => k.code === p.plan.municipality.code)?.name ?? '';

  async function read(lang: 'da' | 'en') {
    return readSummary(
      await buildSummary({
        period: '2026-H2',
        plans: [old as StoredPlan, current as StoredPlan],
        roster: undefined,
        generatedAt: new Date('2026-12-18T10:00:00Z'),
        lang,
      }),
    );
  }

  it('shows L9 of the 1.0 plan as "ikke i skabelonen" and its share over the plans that had it', async () => {
    const rows = tableRows(await read('da'), 'Tjeklister');
    const l9 = rows.find((r) => r['Nr.'] === 'L9');
    expect(l9?.[nameOf(old)]).toBe('ikke i skabelonen');
    expect(l9?.[nameOf(current)]).toBe('Nej');
    expect(l9?.['Andel Nej']).toBe(1);
    expect(l9?.['Andel ubesvaret']).toBe(0);
    // A question both templates had counts both plans.
    const l8 = rows.find((r) => r['Nr.'] === 'L8');
    expect(l8?.[nameOf(old)]).not.toBe('ikke i skabelonen');
  });

  it('"Om data" lists the versions merged and says how the older plans are read', async () => {
    const about = JSON.stringify(tableRows(await read('da'), 'Om_data'));
    expect(about).toContain('1.0 (1 plan), 1.1 (1 plan)');
    expect(about).toContain('ikke i skabelonen');
    const en = JSON.stringify(tableRows(await read('en'), 'Om_data'));
    expect(en).toContain('not in the template');
  });
});
