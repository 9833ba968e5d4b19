// Everything that counts or lists checklist questions derives from the spec: a COPY of
// core/spec.ts with one more question (L10, in a new template version 1.2) is loaded in place of the
// real one, and reading, validation, receipts, the CLI, the add-in's status and the summary all
// follow it without any other change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const CORE = join(__dirname, '..', '..', 'core');
const EXTRA = {
  id: 'L10',
  da: 'Er der aftalt, hvem der indsamler data til den halvårlige opfølgning?',
  en: 'Has it been agreed who collects the data for the half-yearly follow-up?',
};

/** core/spec.ts with version 1.2 and the question L10 (since 1.2) added, compiled to CommonJS. */
function specCopySource(): string {
  const src = readFileSync(join(CORE, 'spec.ts'), 'utf8');
  const versions = "export const TEMPLATE_VERSIONS = ['1.0', '1.1'] as const;";
  const end = '];\nexport const CHECKLIST_IDS';
  if (!src.includes(versions) || !src.includes(end)) throw new Error('spec.ts changed: update this test');
  const copy = src
    .replace(versions, "export const TEMPLATE_VERSIONS = ['1.0', '1.1', '1.2'] as const;")
    .replace(
      end,
      `  { id: '${EXTRA.id}' as ChecklistId, group: 'ongoing', since: '1.2', text: { da: '${EXTRA.da}', en: '${EXTRA.en}' } },\n${end}`,
    );
  return ts.transpileModule(copy, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

function loadSpecCopy(): unknown {
  const module = { exports: {} as Record<string, unknown> };
  const requireFromCore = (p: string): unknown => jest.requireActual(join(CORE, p));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the spec copy, compiled above
  const evaluate = new Function('require', 'module', 'exports', specCopySource()) as (
    r: (p: string) => unknown,
    m: { exports: Record<string, unknown> },
    e: Record<string, unknown>,
  ) => void;
  evaluate(requireFromCore, module, module.exports);
  return module.exports;
}

type Modules = {
  spec: typeof import('../../core/spec');
  plan: typeof import('../../core/plan');
  inspect: typeof import('../../core/inspect');
  receipt: typeof import('../../core/receipt');
  template: typeof import('../../workbook/template');
  model: typeof import('../../addin/src/ui/model');
  figures: typeof import('../../core/summary/figures');
  versions: typeof import('../../core/summary/versions');
  migrate: typeof import('../../core/migrate');
  cli: typeof import('../cli/helpers');
  builders: typeof import('./validate/builders');
};

/** A module required inside the isolated registry (so that it sees the spec copy). */
function load<T>(path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules needs require
  return require(path) as T;
}

function withSpecCopy(): Modules {
  let m: Modules | undefined;
  jest.isolateModules(() => {
    jest.doMock(join(CORE, 'spec.ts'), () => loadSpecCopy());
    m = {
      spec: load<Modules['spec']>('../../core/spec'),
      plan: load<Modules['plan']>('../../core/plan'),
      inspect: load<Modules['inspect']>('../../core/inspect'),
      receipt: load<Modules['receipt']>('../../core/receipt'),
      template: load<Modules['template']>('../../workbook/template'),
      model: load<Modules['model']>('../../addin/src/ui/model'),
      figures: load<Modules['figures']>('../../core/summary/figures'),
      versions: load<Modules['versions']>('../../core/summary/versions'),
      migrate: load<Modules['migrate']>('../../core/migrate'),
      cli: load<Modules['cli']>('../cli/helpers'),
      builders: load<Modules['builders']>('./validate/builders'),
    };
  });
  return m!;
}

describe('a copy of the spec with one more question', () => {
  const m = withSpecCopy();
  const TODAY = '2026-10-01';
  let dir: ReturnType<Modules['cli']['tempDir']>;
  let bytes: Uint8Array;
  let open: Uint8Array;

  beforeAll(async () => {
    dir = m.cli.tempDir('speccopy');
    const draft = m.builders.completeDraft({ templateVersion: '1.2' });
    const answers = (l10: 'yes' | null) =>
      draft.checklist.map((c) =>
        c.id === EXTRA.id ? { id: c.id, answer: l10 } : { id: c.id, answer: 'yes' as const },
      );
    const write = (l10: 'yes' | null) =>
      m.template.writeStructured('da', {
        draft: m.plan.draftFromPlan(m.plan.toPlan({ ...draft, checklist: answers(l10) })!),
      });
    bytes = await write('yes');
    open = await write(null);
  });
  afterAll(() => dir.remove());

  it('is loaded: 17 questions, current version 1.2', () => {
    expect(m.spec.CHECKLIST_IDS).toHaveLength(17);
    expect(m.spec.TEMPLATE_VERSION).toBe('1.2');
  });

  it('reading: the workbook written in the copy layout is read back with L10', () => {
    const r = m.inspect.inspectBytes(bytes, { today: TODAY });
    expect(r.plan?.templateVersion).toBe('1.2');
    expect(r.plan?.checklist).toHaveLength(17);
    expect(r.plan?.checklist.find((c) => c.id === EXTRA.id)?.answer).toBe('yes');
  });

  it('validation: L10 unanswered is a warning at its cell', () => {
    const r = m.inspect.inspectBytes(open, { today: TODAY });
    const issue = r.issues.find((i) => i.code === 'checklist_unanswered');
    expect(issue).toMatchObject({ sheet: 'Huskeliste', cell: 'D20' });
    expect(issue?.message.da).toContain(EXTRA.da.slice(0, 40));
  });

  it('receipts: the counts are over the 17 questions', () => {
    const r = m.inspect.inspectBytes(open, { today: TODAY });
    expect(m.receipt.checklistCounts(r.plan!)).toEqual({ checklistAnswered: 16, checklistQuestions: 17 });
    expect(m.receipt.receiptSchema.shape.counts.shape.checklistAnswered.safeParse(17).success).toBe(true);
  });

  it('the CLI: inspect prints 16/17 and lists L10', async () => {
    const run = await m.cli.cli('inspect', dir.write('open.xlsx', open), '--today', TODAY);
    expect(run.stdout).toContain('16/17');
    expect(run.stdout).toMatch(/L10/);
  });

  it("the add-in's status: 16 of 17 answered", () => {
    const r = m.inspect.inspectBytes(open, { today: TODAY });
    expect(m.model.planStatus(r, 'da')).toMatchObject({ checklistAnswered: 16, checklistTotal: 17 });
  });

  it('the summary: readiness over ten ongoing questions; a 1.1 plan has L10 not in its template', () => {
    const plan = m.inspect.inspectBytes(open, { today: TODAY }).plan!;
    expect(m.figures.computeFigures(plan, TODAY, true).readiness.ongoing).toBeCloseTo(9 / 10);
    const older = m.migrate.migratePlan({
      ...plan,
      templateVersion: '1.1',
      checklist: plan.checklist.filter((c) => c.id !== EXTRA.id),
    });
    expect(m.versions.questionState(older, EXTRA.id as never)).toBe('notInTemplate');
    expect(m.figures.computeFigures(older, TODAY, true).readiness.ongoing).toBe(1);
  });
});
