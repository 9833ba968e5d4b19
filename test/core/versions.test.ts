// Template versions: a workbook is read and validated by the rules of the version it names.
import { inspectBytes } from '../../core/inspect';
import { checklistCounts } from '../../core/receipt';
import { CHECKLIST_IDS, TEMPLATE_VERSION, checklistFor } from '../../core/spec';
import { allAnswered, versionedWorkbook } from '../fixtures/versioned';
import { structure } from '../../core/structure';
import { applyCorrections, isEmptyCorrections, NO_CORRECTIONS } from '../../core/corrections';
import { gridOf } from './structure/grid-builder';
import { completeDraft } from './validate/builders';

const TODAY = '2026-06-01';

function inspect(bytes: Uint8Array) {
  return inspectBytes(bytes, { today: TODAY });
}

describe('template versions', () => {
  it('1.1 is the current version and adds L9 and the indicator comment', () => {
    expect(TEMPLATE_VERSION).toBe('1.1');
    expect(checklistFor('1.0').map((q) => q.id)).not.toContain('L9');
    expect(checklistFor('1.1').map((q) => q.id)).toContain('L9');
    expect(checklistFor('1.1').find((q) => q.id === 'L9')?.text.da).toBe(
      'Er der en plan for, hvordan indsatsen følges op halvårligt i ledelsesgruppen?',
    );
  });

  it('reads a 1.0 workbook by 1.0 rules: no warning for L9, 15 of 15 answered', () => {
    const r = inspect(
      versionedWorkbook({
        version: '1.0',
        municipality: 'Aarhus',
        period: '2026-H1',
        answers: allAnswered('1.0'),
      }),
    );
    expect(r.plan?.templateVersion).toBe('1.0');
    expect(r.issues.filter((i) => i.code === 'checklist_unanswered')).toEqual([]);
    expect(r.plan && checklistCounts(r.plan)).toEqual({ checklistAnswered: 15, checklistQuestions: 15 });
    // The canonical plan still lists every id of the spec; L9 is simply not answered.
    expect(r.plan?.checklist.map((c) => c.id)).toEqual([...CHECKLIST_IDS]);
    expect(r.plan?.checklist.find((c) => c.id === 'L9')?.answer).toBeNull();
  });

  it('reads a 1.1 workbook by 1.1 rules: L9 unanswered is a warning at its cell', () => {
    const r = inspect(
      versionedWorkbook({
        version: '1.1',
        municipality: 'Aarhus',
        period: '2026-H2',
        answers: allAnswered('1.1', { L9: null }),
        indicatorComment: 'Tallet er fra kursuslisten',
      }),
    );
    expect(r.plan?.templateVersion).toBe('1.1');
    const unanswered = r.issues.filter((i) => i.code === 'checklist_unanswered');
    expect(unanswered.map((i) => [i.sheet, i.cell])).toEqual([['Huskeliste', 'D19']]);
    expect(unanswered[0]?.message.da).toContain('L9');
    expect(r.plan && checklistCounts(r.plan)).toEqual({ checklistAnswered: 15, checklistQuestions: 16 });
    expect(r.plan?.indicators[0]?.comment).toBe('Tallet er fra kursuslisten');
  });

  it('reads L9 answered in a 1.1 workbook', () => {
    const r = inspect(
      versionedWorkbook({
        version: '1.1',
        municipality: 'Aarhus',
        period: '2026-H2',
        answers: allAnswered('1.1'),
      }),
    );
    expect(r.plan?.checklist.find((c) => c.id === 'L9')?.answer).toBe('yes');
    expect(r.issues.filter((i) => i.code === 'checklist_unanswered')).toEqual([]);
  });

  it('warns about a version korpsplan does not know and reads by the current rules', () => {
    const known = inspect(
      versionedWorkbook({
        version: '1.0',
        municipality: 'Aarhus',
        period: '2026-H1',
        answers: allAnswered('1.0'),
      }),
    );
    expect(known.issues.some((i) => i.code === 'template_version_unknown')).toBe(false);
    const odd = inspect(
      versionedWorkbook({
        version: '0.9' as '1.0',
        municipality: 'Aarhus',
        period: '2026-H1',
        answers: allAnswered('1.0'),
      }),
    );
    const issue = odd.issues.find((i) => i.code === 'template_version_unknown');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Forside', cell: 'B7' });
    expect(issue?.message.da).toContain('0.9');
    // Read by the current rules: L9 is asked for.
    expect(odd.issues.some((i) => i.code === 'checklist_unanswered' && i.message.da.includes('L9'))).toBe(
      true,
    );
  });
});

describe("a coordinator's own checklist with the 1.1 question", () => {
  // Numbered 1–16 over both lists with short texts that match no question well: only the numbering
  // places them, and 16 is L9 (the spec's count, not 15).
  const rows = [
    ['Nr.', 'Spørgsmål', 'Svar'],
    ...checklistFor('1.1').map((q, i) => [i + 1, `Punkt ${i + 1}`, i === 15 ? 'Nej' : 'Ja']),
  ];
  it('places the 16th numbered question on L9', () => {
    const result = structure(gridOf({ name: 'Huskeliste', rows }));
    const l9 = result.draft.checklist.find((c) => c.id === 'L9');
    expect(l9?.answer).toBe('no');
    expect(result.draft.checklist.find((c) => c.id === 'L8')?.answer).toBe('yes');
  });

  it('reads "L9" written as the question id', () => {
    const result = structure(
      gridOf({
        name: 'Huskeliste',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['L9', 'Halvårlig opfølgning', 'Delvist'],
        ],
      }),
    );
    expect(result.draft.checklist.find((c) => c.id === 'L9')?.answer).toBe('partly');
  });
});

describe('corrections: confirming carried answers, updating the template', () => {
  const base = completeDraft({
    templateVersion: '1.0',
    carried: [
      { id: 'F1', answer: 'yes', period: '2026-H1' },
      { id: 'F2', answer: 'yes', period: '2026-H1' },
    ],
  });
  const result = { draft: base, tables: [], issues: [], checks: [], unmapped: [], notCarried: [] } as never;

  it('a confirmed answer is no longer carried', () => {
    const out = applyCorrections(result, { ...NO_CORRECTIONS, confirmed: ['F1'] });
    expect(out.draft.carried).toEqual([{ id: 'F2', answer: 'yes', period: '2026-H1' }]);
    const all = applyCorrections(result, { ...NO_CORRECTIONS, confirmed: ['F1', 'F2'] });
    expect(all.draft.carried).toBeUndefined();
    expect(isEmptyCorrections({ ...NO_CORRECTIONS, confirmed: ['F1'] })).toBe(false);
  });

  it('a template version given updates the draft, never to an older one', () => {
    expect(
      applyCorrections(result, { ...NO_CORRECTIONS, templateVersion: '1.1' }).draft.templateVersion,
    ).toBe('1.1');
    const newer = { ...(result as { draft: object }), draft: { ...base, templateVersion: '1.1' } } as never;
    const back = applyCorrections(newer, { ...NO_CORRECTIONS, templateVersion: '1.0' });
    expect(back.draft.templateVersion).toBe('1.1');
    expect(back.unapplied).toHaveLength(1);
  });
});
