// Starting the next half-year from a realistic plan: every value of the old plan is in the new
// workbook or on its history sheet, read back by korpsplan's own reader (nothing lost), and rolling
// forward again keeps the history.
import { inspectBytes } from '../../core/inspect';
import { nextPeriodOf, readHistory, startNextPeriod, NextPeriodError } from '../../core/nextPeriod';
import type { Plan } from '../../core/schema';
import { writeNextPeriodWorkbook } from '../../workbook/nextPeriod';
import { generatePlan, makeRng } from '../fixtures/plans';
import { unzipSync, strFromU8 } from 'fflate';

const TODAY = '2026-07-01';

function realisticPlan(): Plan {
  const plan = generatePlan(
    makeRng(2026),
    { code: '751', name: 'Aarhus' },
    { period: '2026-H1', activities: 24 },
  );
  const [first, ...rest] = plan.indicators;
  return {
    ...plan,
    templateVersion: '1.0',
    indicators: first ? [{ ...first, comment: 'Tallet er fra fagsystemet' }, ...rest] : [],
  };
}

const strip = <T extends { source?: unknown }>({ source: _s, ...rest }: T) => rest;

describe('starting the next half-year', () => {
  it('moves the period on one half-year', () => {
    expect(nextPeriodOf('2026-H1')).toBe('2026-H2');
    expect(nextPeriodOf('2026-H2')).toBe('2027-H1');
  });

  it('refuses a period that is not after the plan’s', () => {
    expect(() => startNextPeriod(realisticPlan(), { today: TODAY, period: '2025-H2' })).toThrow(
      NextPeriodError,
    );
  });

  describe('from a realistic plan, written and read back', () => {
    const old = realisticPlan();
    const next = startNextPeriod(old, { today: TODAY });
    let read: ReturnType<typeof inspectBytes>;
    let plan: Plan;
    let bytes: Uint8Array;

    beforeAll(async () => {
      bytes = await writeNextPeriodWorkbook(next, 'da');
      read = inspectBytes(bytes, { today: TODAY });
      if (!read.plan) throw new Error(JSON.stringify(read.issues.filter((i) => i.severity === 'error')));
      plan = read.plan;
    });

    it('is the next period in the current template, with the cover carried', () => {
      expect(plan.period).toBe('2026-H2');
      expect(plan.templateVersion).toBe('1.1');
      const cover = (p: Plan) => ({
        municipality: p.municipality,
        phase: p.phase,
        coordinator: p.coordinator,
        leader: p.leader,
        organisation: p.organisation,
        supervisionModel: p.supervisionModel,
      });
      expect(cover(plan)).toEqual(cover(old));
    });

    it('accounts for every value of the old plan: in the new plan or on the history sheet', () => {
      const history = readHistory(read.grid);
      expect(history.from).toEqual([{ period: '2026-H1', templateVersion: '1.0' }]);

      // Activities: open ones carried as they were, settled ones on the history sheet.
      const settled = old.activities.filter((a) => ['done', 'changed', 'closed'].includes(a.status));
      const open = old.activities.filter((a) => !['done', 'changed', 'closed'].includes(a.status));
      expect(settled.length).toBeGreaterThan(0);
      expect(open.length).toBeGreaterThan(0);
      expect(plan.activities.map(strip)).toEqual(open.map(strip));
      expect(history.activities).toEqual(settled.map((a) => ({ period: '2026-H1', ...strip(a) })));

      // The checklist: every answer and comment carried.
      expect(plan.checklist.filter((c) => c.id !== 'L9')).toEqual(old.checklist.filter((c) => c.id !== 'L9'));

      // Indicators: the lasting fields carried, the period's measurement on the history sheet.
      expect(plan.indicators).toEqual(
        old.indicators.map(({ result: _r, cases: _c, measuredOn: _m, comment: _k, ...lasting }) => lasting),
      );
      const measured = old.indicators.filter(
        (i) => i.result !== undefined || i.cases !== undefined || i.measuredOn !== undefined || i.comment,
      );
      expect(measured.length).toBeGreaterThan(0);
      expect(history.indicators).toEqual(
        measured.map((i) => ({
          period: '2026-H1',
          ...(i.code !== undefined ? { code: i.code } : {}),
          name: i.name,
          unit: i.unit,
          ...(i.result !== undefined ? { result: i.result } : {}),
          ...(i.cases !== undefined ? { cases: i.cases } : {}),
          ...(i.measuredOn !== undefined ? { measuredOn: i.measuredOn } : {}),
          ...(i.comment !== undefined ? { comment: i.comment } : {}),
        })),
      );

      // Roles, corps, communication and needs analysis as they were.
      expect(plan.roles).toEqual(old.roles);
      expect(plan.corps).toEqual(old.corps);
      expect(plan.communication).toEqual(old.communication);
      expect(plan.needsAnalysis).toEqual(old.needsAnalysis);
    });

    it('does not read the history sheet as plan data', () => {
      expect(read.unmapped.filter((u) => u.sheet === 'Historik')).toEqual([]);
      expect(read.structure.draft.planTable?.sheet).toBe('Implementeringsplan');
    });

    it('marks every carried answer to be confirmed: a warning for each until it is', () => {
      const answered = old.checklist.filter((c) => c.answer !== null);
      expect(read.structure.draft.carried?.map((c) => c.id)).toEqual(answered.map((c) => c.id));
      const unconfirmed = read.issues.filter((i) => i.code === 'checklist_unconfirmed');
      expect(unconfirmed).toHaveLength(answered.length);
      expect(unconfirmed[0]).toMatchObject({ severity: 'warning', sheet: 'Huskeliste' });
      expect(unconfirmed[0]?.message.da).toContain('2026-H1');
    });

    it('notes a decision on every carried activity past its deadline', () => {
      const late = old.activities.filter(
        (a) =>
          !['done', 'changed', 'closed'].includes(a.status) && a.deadline !== undefined && a.deadline < TODAY,
      );
      expect(late.length).toBeGreaterThan(0);
      expect(next.decisions.map((d) => d.activity)).toEqual(late.map((a) => a.activity));
      const files = unzipSync(bytes);
      const comments = Object.entries(files)
        .filter(([name]) => /comments\d*\.xml$/.test(name))
        .map(([, data]) => strFromU8(data))
        .join('');
      expect(comments.match(/Beslut: ny deadline/g)?.length).toBe(late.length);
    });

    it('keeps the history when rolled forward again', async () => {
      const again = startNextPeriod(plan, { today: '2027-01-05', history: readHistory(read.grid) });
      const bytes2 = await writeNextPeriodWorkbook(again, 'da');
      const read2 = inspectBytes(bytes2, { today: '2027-01-05' });
      const history2 = readHistory(read2.grid);
      expect(read2.plan?.period).toBe('2027-H1');
      expect(history2.from.map((f) => f.period)).toEqual(['2026-H1', '2026-H2']);
      const first = readHistory(read.grid);
      expect(history2.activities.slice(0, first.activities.length)).toEqual(first.activities);
      expect(history2.activities.length).toBe(
        first.activities.length +
          plan.activities.filter((a) => ['done', 'changed', 'closed'].includes(a.status)).length,
      );
    });
  });
});
