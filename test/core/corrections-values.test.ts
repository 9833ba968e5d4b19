// All of a coordinator's corrections (core/corrections.ts, applyCorrections through inspectGrid): a
// corrected value is certain (its issues and checks at that cell go, it leaves the unplaced list),
// a placed value lands in its field, a dismissed one leaves the list, and validation then judges the
// corrected draft. The workbooks are hand-built packages (test/cli/fixtures), not the product's writer.

import { applyCorrections, NO_CORRECTIONS, readFieldValue, type Corrections } from '../../core/corrections';
import { correctionsSchema } from '../../core/corrections-schema';
import { inspectGrid } from '../../core/inspect';
import type { ReadCheck } from '../../core/schema';
import { structure } from '../../core/structure';
import { readWorkbook } from '../../core/xlsx';
import { ACTIVITY_ROWS, HEADERS, workbookOf } from '../cli/fixtures';

const TODAY = '2026-10-20';

// Activities in rows 7-10 (test/cli/fixtures), a fifth one in row 11 with a status outside the list
// and a remark in an unheaded column G; a note in A13; a corps sheet with hours that are no number.
const grid = readWorkbook(
  workbookOf([
    {
      name: 'Handleplan',
      rows: [
        ['Handleplan for mentorindsatsen'],
        ['Kommune:', 'Aarhus'],
        ['Periode:', '2026-H2'],
        ['Koordinator:', 'Sofie Lund'],
        [],
        HEADERS,
        ...ACTIVITY_ROWS,
        ['15.12.2026', 'Ledelse', 'Møde i styregruppen', 'Referat', 'Leder', 'Måske', 'Husk lokale'],
        [],
        ['Fuld implementering'],
      ],
    },
    {
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'],
        ['AB', 'Mentor', 'Familie', 'nogle', 3],
        ['CD', 'Forældrecoach', 'Familie', 8, 2],
      ],
    },
  ]),
);

function corrections(extra: Partial<Corrections>): Corrections {
  return { ...NO_CORRECTIONS, cover: { phase: 'initial' }, ...extra };
}

const at = (sheet: string, cell: string) => (x: { sheet: string; cell: string }) =>
  x.sheet === sheet && x.cell === cell;

test('a corrected status is certain: its issue at the cell goes, it leaves the unplaced list, the plan is made', () => {
  const before = inspectGrid(grid, { today: TODAY, corrections: corrections({}) });
  expect(before.issues.filter(at('Handleplan', 'F11')).map((i) => i.code)).toEqual(['value_not_in_list']);
  expect(before.unmapped.some(at('Handleplan', 'F11'))).toBe(true);

  const after = inspectGrid(grid, {
    today: TODAY,
    corrections: corrections({
      values: [
        { sheet: 'Handleplan', cell: 'F11', field: 'activities.status', value: 'I gang' },
        { sheet: 'Korps', cell: 'D2', field: 'corps.hoursPerWeek', value: '12,5' },
      ],
    }),
  });
  expect(after.issues.filter(at('Handleplan', 'F11'))).toEqual([]);
  expect(after.issues.filter(at('Korps', 'D2'))).toEqual([]);
  expect(after.unmapped.some(at('Handleplan', 'F11'))).toBe(false);
  expect(after.unmapped.some(at('Korps', 'D2'))).toBe(false);
  expect(after.plan?.activities[4]?.status).toBe('in_progress');
  expect(after.plan?.corps[0]?.hoursPerWeek).toBe(12.5);
  expect(after.unapplied).toEqual([]);
});

test('a corrected value that breaks a rule is still reported: validation judges the corrected draft', () => {
  const cleared = inspectGrid(grid, {
    today: TODAY,
    corrections: corrections({
      values: [
        { sheet: 'Handleplan', cell: 'F11', field: 'activities.status', value: 'done' },
        { sheet: 'Handleplan', cell: 'E7', field: 'activities.responsible', value: null },
      ],
    }),
  });
  expect(cleared.issues).toContainEqual(
    expect.objectContaining({ code: 'required_missing', sheet: 'Handleplan', cell: 'E7' }),
  );
  // Done without an evaluation is a warning at the corrected activity.
  expect(cleared.issues.filter(at('Handleplan', 'F11')).map((i) => i.code)).toEqual([
    'done_without_evaluation',
  ]);
  expect(cleared.plan).toBeNull();
});

test('a check at a corrected cell goes; checks elsewhere stay', () => {
  const read = structure(grid);
  const check = (cell: string): ReadCheck => ({
    sheet: 'Handleplan',
    cell,
    field: 'activities.status',
    value: 'Færdig',
    confidence: 0.6,
    reason: { da: 'gæt', en: 'guess' },
  });
  const withChecks = { ...read, checks: [check('F7'), check('F8')] };
  const after = applyCorrections(
    withChecks,
    corrections({ values: [{ sheet: 'Handleplan', cell: 'F7', field: 'activities.status', value: 'done' }] }),
  );
  expect(after.checks.map((c) => c.cell)).toEqual(['F8']);
});

test('a checklist answer set by its question: answered, the unanswered warning goes', () => {
  const before = inspectGrid(grid, { today: TODAY, corrections: corrections({}) });
  const after = inspectGrid(grid, {
    today: TODAY,
    corrections: corrections({
      values: [
        { sheet: 'Huskeliste', cell: 'D3', field: 'checklist.answer', value: 'Delvist', id: 'F2' },
        { sheet: 'Huskeliste', cell: 'E3', field: 'checklist.comment', value: 'afventer budget', id: 'F2' },
      ],
    }),
  });
  expect(after.structure.draft.checklist.find((c) => c.id === 'F2')).toMatchObject({
    answer: 'partly',
    comment: 'afventer budget',
  });
  const unanswered = (r: typeof before) => r.issues.filter((i) => i.code === 'checklist_unanswered').length;
  expect(unanswered(after)).toBe(unanswered(before) - 1);
});

test('a value placed "brug som" lands in its field and leaves the unplaced list; a dismissed one only leaves the list', () => {
  const after = inspectGrid(grid, {
    today: TODAY,
    corrections: {
      ...NO_CORRECTIONS,
      placed: [
        { sheet: 'Handleplan', cell: 'G11', field: 'activities.evaluation' },
        { sheet: 'Handleplan', cell: 'A13', field: 'cover.phase' },
      ],
      dismissed: [{ sheet: 'Handleplan', cell: 'A1' }],
    },
  });
  expect(after.structure.draft.activities[4]?.values.evaluation).toBe('Husk lokale');
  expect(after.structure.draft.activities[4]?.cells.evaluation).toBe('G11');
  expect(after.structure.draft.phase).toBe('full');
  for (const cell of ['G11', 'A13', 'A1']) expect(after.unmapped.some(at('Handleplan', cell))).toBe(false);
  // Nothing else changed: the other unplaced values are still listed.
  expect(after.unmapped.some(at('Korps', 'D2'))).toBe(true);
  expect(after.issues.map((i) => i.code)).not.toContain('phase_missing');
});

test('a correction whose place is not a row, or whose value does not fit, is not applied and says why', () => {
  const after = inspectGrid(grid, {
    today: TODAY,
    corrections: corrections({
      values: [
        { sheet: 'Handleplan', cell: 'F40', field: 'activities.status', value: 'done' },
        { sheet: 'Korps', cell: 'E2', field: 'corps.activeCases', value: '2,5' },
      ],
      placed: [{ sheet: 'Handleplan', cell: 'B2', field: 'activities.evaluation' }],
    }),
  });
  expect(after.unapplied.map((u) => `${u.sheet}!${u.cell}`)).toEqual([
    'Handleplan!B2',
    'Handleplan!F40',
    'Korps!E2',
  ]);
  expect(after.unapplied[2]?.reason.da).toContain('helt tal');
  expect(after.plan?.corps[0]?.activeCases ?? after.structure.draft.corps[0]?.values.activeCases).toBe(3);
});

test('column corrections among the corrections act while structuring', () => {
  const after = inspectGrid(grid, {
    today: TODAY,
    corrections: corrections({ columns: [{ sheet: 'Handleplan', col: 3, field: null }] }),
  });
  expect(after.structure.draft.activities.every((a) => a.values.milestone === undefined)).toBe(true);
  expect(after.issues.filter((i) => i.code === 'milestone_missing').length).toBe(5);
});

describe('values are checked where they come in', () => {
  test('typed values by kind: list by id or label, dates, numbers, texts', () => {
    expect(readFieldValue('activities.status', 'Gennemført')).toEqual({ ok: true, value: 'done' });
    expect(readFieldValue('activities.status', 'closed')).toEqual({ ok: true, value: 'closed' });
    expect(readFieldValue('activities.deadline', '15.03.2026')).toEqual({ ok: true, value: '2026-03-15' });
    expect(readFieldValue('activities.start', 'marts 2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readFieldValue('activities.deadline', 'marts 2026')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readFieldValue('corps.hoursPerWeek', '7,5 timer')).toEqual({ ok: true, value: 7.5 });
    expect(readFieldValue('checklist.answer', 'Ja')).toEqual({ ok: true, value: 'yes' });
    expect(readFieldValue('indicators.result', '-3').ok).toBe(false);
    expect(readFieldValue('activities.deadline', 'efterår').ok).toBe(false);
    const cpr = readFieldValue('activities.responsible', 'Mette 010190-1234');
    expect(cpr.ok).toBe(false);
    if (!cpr.ok) expect(`${cpr.message.da} ${cpr.message.en}`).not.toMatch(/\d{4}/);
  });

  test('the schema refuses unknown fields, cells that are not A1, CPR numbers and too many entries', () => {
    const ok = { sheet: 'Ark1', cell: 'B7', field: 'activities.status', value: 'done' };
    expect(correctionsSchema.safeParse({ ...NO_CORRECTIONS, values: [ok] }).success).toBe(true);
    for (const bad of [
      { ...ok, field: 'activities.colour' },
      { ...ok, cell: 'B0' },
      { ...ok, cell: 'Ark1!B7' },
      { ...ok, value: 'Mette 010190-1234' },
      { ...ok, extra: 1 },
    ]) {
      expect(correctionsSchema.safeParse({ ...NO_CORRECTIONS, values: [bad] }).success).toBe(false);
    }
    expect(
      correctionsSchema.safeParse({
        ...NO_CORRECTIONS,
        dismissed: Array(2001).fill({ sheet: 'A', cell: 'A1' }),
      }).success,
    ).toBe(false);
    // applyCorrections takes parsed corrections (it is on the intake path, which loads no zod): the
    // schema refuses where they come in.
    expect(correctionsSchema.safeParse({ ...NO_CORRECTIONS, values: [{ ...ok, field: 'x' }] }).success).toBe(
      false,
    );
  });
});
