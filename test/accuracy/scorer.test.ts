// The accuracy scorer's own rules, on small synthetic answer keys and readings, and the corpus's
// answer keys against their sources.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toXlsx } from './build/xlsx';
import {
  expectedSchema,
  parseExpected,
  type Expected,
  type ExpectedActivity,
  type ExpectedValue,
} from './expected';
import { PLANS } from './plans';
import { score, totals, type Observed, type ObservedRow } from './score';

const SHEET = 'Plan';

function v(value: string | number | null, cell: string, extra: Partial<ExpectedValue> = {}): ExpectedValue {
  return { value, cell, ...extra };
}

/** One expected activity in row `row`, columns A–F: theme, activity, status, start, deadline, responsible. */
function activity(row: number, over: Partial<ExpectedActivity['fields']> = {}): ExpectedActivity {
  return {
    sheet: SHEET,
    row,
    fields: {
      theme: v('leadership', `A${row}`),
      activity: v('Styregruppemøde', `B${row}`),
      status: v('done', `C${row}`),
      start: v(null, `D${row}`),
      deadline: v('2026-03-15', `E${row}`),
      responsible: v('Mette Hansen', `F${row}`),
      ...over,
    },
  };
}

function key(activities: ExpectedActivity[], extra: Partial<Expected> = {}): Expected {
  return expectedSchema.parse({
    file: 'test.xlsx',
    tool: 'hand-built',
    description: 'a synthetic plan',
    kinds: ['test'],
    cover: {},
    activities,
    ...extra,
  });
}

/** The product's reading of an activity row, right in every field unless overridden. */
function read(row: number, values: Record<string, string | null> = {}): ObservedRow {
  return {
    sheet: SHEET,
    row,
    values: {
      theme: 'leadership',
      activity: 'Styregruppemøde',
      status: 'done',
      deadline: '2026-03-15',
      responsible: 'Mette Hansen',
      ...values,
    },
    cells: {
      theme: `A${row}`,
      activity: `B${row}`,
      status: `C${row}`,
      start: `D${row}`,
      deadline: `E${row}`,
      responsible: `F${row}`,
    },
  };
}

function observed(over: Partial<Observed> = {}): Observed {
  return {
    cover: {},
    activities: [],
    checklist: [],
    corps: [],
    indicators: [],
    flags: [],
    unmapped: [],
    ...over,
  };
}

describe('the accuracy scorer', () => {
  it('counts a value read right as right, and nothing as missed', () => {
    const s = score('f', key([activity(5)]), observed({ activities: [read(5)] }));
    expect(s.groups.activities).toEqual({ right: 6, total: 6 });
    expect(s.misses).toEqual([]);
    expect(s.silent).toBe(0);
  });

  it("judges a view's row by the data row it shows (from) only where the view's own row was not read", () => {
    const exp = key([{ ...activity(5), from: { sheet: 'Data', row: 2 } }]);
    const fromData = { ...read(2), sheet: 'Data' };
    const lost = score('f', exp, observed({ activities: [fromData] }));
    expect(lost.groups.activities).toEqual({ right: 6, total: 6 });
    expect(lost.misses).toEqual([]);
    // Read on both: the view's row is judged, the data's row is one too many.
    const both = score('f', exp, observed({ activities: [read(5), fromData] }));
    expect(both.misses.map((m) => `${m.field} ${m.kind} ${m.place}`)).toEqual([
      'activities.row extra-row Data!2',
    ]);
  });

  it('matches an activity of a plan laid on its side by its row and its column', () => {
    // Two activities on one row (their texts in B5 and C5), one column each.
    const exp = key([
      { ...activity(5), col: 'B' },
      { ...activity(5, { activity: v('Forældrepanel', 'C5') }), col: 'C' },
    ]);
    const b = { ...read(5), col: 2 };
    const c = { ...read(5, { activity: 'Forældrepanel' }), col: 3 };
    const both = score('f', exp, observed({ activities: [b, c] }));
    expect(both.groups.activities).toEqual({ right: 12, total: 12 });
    expect(both.misses).toEqual([]);
    // The row alone matches neither; the one not read is missing, silent unless its column says so.
    const one = score('f', exp, observed({ activities: [b] }));
    expect(one.misses.filter((m) => m.kind === 'missing-row')).toHaveLength(6);
    expect(one.silent).toBe(6);
    const seen = score('f', exp, observed({ activities: [b], unmapped: [{ sheet: SHEET, cell: 'C5' }] }));
    expect(seen.silent).toBe(0);
  });

  it('compares text after trimming and collapsing spaces, and accepts the listed alternatives', () => {
    const exp = key([activity(5, { responsible: v('Mette Hansen', 'F5', { alt: ['Hansen, Mette'] }) })]);
    const spaced = score(
      'f',
      exp,
      observed({ activities: [read(5, { activity: '  Styregruppemøde ', responsible: 'Hansen, Mette' })] }),
    );
    expect(spaced.misses).toEqual([]);
    const other = score('f', exp, observed({ activities: [read(5, { responsible: 'Hansen Mette' })] }));
    expect(other.misses.map((m) => m.field)).toEqual(['activities.responsible']);
  });

  it('counts a wrong value with an issue at its cell as a flagged miss', () => {
    const s = score(
      'f',
      key([activity(5)]),
      observed({
        activities: [read(5, { deadline: '2026-15-03' })],
        flags: [{ sheet: SHEET, cell: 'E5', kind: 'issue' }],
      }),
    );
    expect(s.groups.activities).toEqual({ right: 5, total: 6 });
    expect(s.misses).toEqual([
      expect.objectContaining({
        field: 'activities.deadline',
        kind: 'wrong',
        silent: false,
        place: 'Plan!E5',
      }),
    ]);
    expect(s.silent).toBe(0);
  });

  it('counts a wrong value with no issue and no check at its cell as a silent misread', () => {
    const s = score(
      'f',
      key([activity(5)]),
      // A warning elsewhere in the row does not speak for the wrong status.
      observed({
        activities: [read(5, { status: 'in_progress' })],
        flags: [{ sheet: SHEET, cell: 'B5', kind: 'issue' }],
      }),
    );
    expect(s.misses).toEqual([
      expect.objectContaining({ field: 'activities.status', kind: 'wrong', silent: true }),
    ]);
    expect(s.silent).toBe(1);
  });

  it('takes a check for the field in the same row as a flag, even at another cell', () => {
    const s = score(
      'f',
      key([activity(5)]),
      observed({
        activities: [read(5, { status: 'in_progress' })],
        flags: [{ sheet: SHEET, cell: 'H5', field: 'activities.status', kind: 'check' }],
      }),
    );
    expect(s.misses).toEqual([expect.objectContaining({ field: 'activities.status', silent: false })]);
  });

  it('counts a row made into an activity that is not one as an extra row, silent unless flagged in its row', () => {
    const exp = key([activity(5)]);
    const silent = score('f', exp, observed({ activities: [read(5), read(7, { activity: 'I alt' })] }));
    expect(silent.groups.activities).toEqual({ right: 6, total: 7 });
    expect(silent.misses).toEqual([
      expect.objectContaining({ field: 'activities.row', kind: 'extra-row', place: 'Plan!7', silent: true }),
    ]);
    const flagged = score(
      'f',
      exp,
      observed({
        activities: [read(5), read(7, { activity: 'I alt' })],
        flags: [{ sheet: SHEET, cell: 'C7', kind: 'issue' }],
      }),
    );
    expect(flagged.misses).toEqual([expect.objectContaining({ kind: 'extra-row', silent: false })]);
  });

  it('misses every field of an expected activity the product did not make', () => {
    const s = score('f', key([activity(5), activity(6)]), observed({ activities: [read(5)] }));
    expect(s.groups.activities).toEqual({ right: 6, total: 12 });
    expect(s.misses).toHaveLength(6);
    expect(s.misses.every((m) => m.kind === 'missing-row' && m.silent)).toBe(true);
  });

  it('counts an unknowable value as right only when the product gives none and flags its cell', () => {
    const exp = key([activity(5, { deadline: v(null, 'E5', { flag: true }) })]);
    const flagged = score(
      'f',
      exp,
      observed({
        activities: [read(5, { deadline: null })],
        flags: [{ sheet: SHEET, cell: 'E5', kind: 'check' }],
      }),
    );
    expect(flagged.misses).toEqual([]);
    const unflagged = score('f', exp, observed({ activities: [read(5, { deadline: null })] }));
    expect(unflagged.misses).toEqual([
      expect.objectContaining({ field: 'activities.deadline', kind: 'unflagged', silent: true }),
    ]);
    const listed = score(
      'f',
      exp,
      observed({ activities: [read(5, { deadline: null })], unmapped: [{ sheet: SHEET, cell: 'E5' }] }),
    );
    expect(listed.misses).toEqual([expect.objectContaining({ kind: 'unflagged', silent: false })]);
    const guessed = score(
      'f',
      exp,
      observed({
        activities: [read(5, { deadline: '2026-10-31' })],
        flags: [{ sheet: SHEET, cell: 'E5', kind: 'check' }],
      }),
    );
    expect(guessed.misses).toEqual([expect.objectContaining({ kind: 'wrong', silent: false })]);
  });

  it('counts a usual reading to be asked about as right only with its value and a flag', () => {
    const exp = key([activity(5, { status: v('done', 'C5', { flag: true }) })]);
    const asked = score(
      'f',
      exp,
      observed({ activities: [read(5)], flags: [{ sheet: SHEET, cell: 'C5', kind: 'check' }] }),
    );
    expect(asked.misses).toEqual([]);
    const notAsked = score('f', exp, observed({ activities: [read(5)] }));
    expect(notAsked.misses).toEqual([expect.objectContaining({ kind: 'unflagged', silent: false })]);
    const noValue = score(
      'f',
      exp,
      observed({
        activities: [read(5, { status: null })],
        flags: [{ sheet: SHEET, cell: 'C5', kind: 'issue' }],
      }),
    );
    expect(noValue.misses).toEqual([expect.objectContaining({ kind: 'missing', silent: false })]);
  });

  it('counts a value given where the plan has none as an extra value', () => {
    const s = score('f', key([activity(5)]), observed({ activities: [read(5, { start: '2026-03-01' })] }));
    expect(s.misses).toEqual([
      expect.objectContaining({ field: 'activities.start', kind: 'extra', silent: true }),
    ]);
  });

  it('does not count a missing value as silent when something in its row or its cell points to it', () => {
    const exp = key([activity(5)]);
    const none = score('f', exp, observed({ activities: [read(5, { status: null })] }));
    expect(none.misses).toEqual([expect.objectContaining({ kind: 'missing', silent: true })]);
    const rowIssue = score(
      'f',
      exp,
      observed({
        activities: [read(5, { status: null })],
        flags: [{ sheet: SHEET, cell: 'A5', kind: 'issue' }],
      }),
    );
    expect(rowIssue.misses).toEqual([expect.objectContaining({ kind: 'missing', silent: false })]);
    const unplaced = score(
      'f',
      exp,
      observed({ activities: [read(5, { status: null })], unmapped: [{ sheet: SHEET, cell: 'C5' }] }),
    );
    expect(unplaced.misses).toEqual([expect.objectContaining({ kind: 'missing', silent: false })]);
  });

  it('scores checklist answers and their comments, cover facts, corps and indicators by their own groups', () => {
    const ids = [
      'F1',
      'F2',
      'F3',
      'F4',
      'F5',
      'F6',
      'F7',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'L6',
      'L7',
      'L8',
    ] as const;
    const exp = key([activity(5)], {
      cover: { period: v('2026-H2', 'B4', { sheet: 'Forside' }) },
      checklist: ids.map((id, i) => ({
        id,
        answer: v(i === 0 ? 'no' : null, `C${i + 3}`, { sheet: 'Huskeliste' }),
        ...(i === 0 ? { comment: v('afventer budget', 'C3', { sheet: 'Huskeliste' }) } : {}),
      })),
      corps: [{ sheet: 'Korps', row: 4, fields: { initials: v('AK', 'A4'), hoursPerWeek: v(7.5, 'D4') } }],
      indicators: [
        { sheet: 'Indikatorer', row: 3, fields: { name: v('Aktive forløb', 'A3'), result: v(50, 'E3') } },
      ],
    });
    const s = score(
      'f',
      exp,
      observed({
        activities: [read(5)],
        cover: { period: { value: '2026-H2' } },
        checklist: ids.map((id, i) => ({
          id,
          answer: i === 0 ? 'no' : null,
          ...(i === 0 ? { comment: 'afventer  budget' } : {}),
        })),
        corps: [
          { sheet: 'Korps', row: 4, values: { initials: 'AK', hoursPerWeek: 7.5 }, cells: {} },
          { sheet: 'Korps', row: 9, values: { initials: 'I alt', hoursPerWeek: 26 }, cells: {} },
        ],
        indicators: [
          { sheet: 'Indikatorer', row: 3, values: { name: 'Aktive forløb', result: 0.5 }, cells: {} },
        ],
      }),
    );
    expect(s.groups.cover).toEqual({ right: 1, total: 1 });
    expect(s.groups.checklist).toEqual({ right: 16, total: 16 });
    expect(s.groups.corps).toEqual({ right: 2, total: 3 });
    expect(s.groups.indicators).toEqual({ right: 1, total: 2 });
    expect(s.misses.map((m) => `${m.field} ${m.kind}`)).toEqual([
      'corps.row extra-row',
      'indicators.result wrong',
    ]);
    const t = totals([s, s]);
    expect(t.right).toBe(2 * (6 + 1 + 16 + 2 + 1));
    expect(t.silent).toBe(4);
  });
});

describe('the labelled corpus', () => {
  const dir = join(__dirname, 'corpus');
  const keys = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

  it('has at least 16 plans, each a workbook with a valid answer key beside it', () => {
    expect(keys.length).toBeGreaterThanOrEqual(16);
    for (const k of keys) {
      const exp = parseExpected(JSON.parse(readFileSync(join(dir, k), 'utf8')));
      expect(existsSync(join(dir, exp.file))).toBe(true);
      // A plan whose weight is on the checklists and the other sheets keeps a small activity plan.
      const otherSheets =
        exp.checklist !== undefined || exp.corps !== undefined || exp.indicators !== undefined;
      expect(exp.activities.length).toBeGreaterThanOrEqual(otherSheets ? 5 : 10);
      expect(exp.activities.length).toBeLessThanOrEqual(40);
    }
  });

  it('has answer keys that are exactly what their plan files say, and hand-built workbooks as built', () => {
    const built = PLANS.map((make) => make());
    expect(built.map((p) => `${p.name}.expected.json`).sort()).toEqual([...keys].sort());
    for (const p of built) {
      const committed: unknown = JSON.parse(readFileSync(join(dir, `${p.name}.expected.json`), 'utf8'));
      expect(committed).toEqual(p.expected());
      // Hand-built packages are deterministic; LibreOffice's output carries its own timestamps.
      if (p.tool === 'hand-built')
        expect(Buffer.from(toXlsx(p.wb)).equals(readFileSync(join(dir, `${p.name}.xlsx`)))).toBe(true);
    }
  });
});
