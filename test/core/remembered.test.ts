// Remembered corrections (core/remembered.ts): what a coordinator corrected in one workbook is read
// right, without a correction, in the next workbook of the same municipality, even when that one
// is laid out differently. The two plans are made by LibreOffice (test/fixtures/remembered/make.sh).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes, inspectGrid } from '../../core/inspect';
import {
  EMPTY_REMEMBERED,
  REMEMBERED_LIMITS,
  forgetRemembered,
  type RememberedEntries,
  type ValueCorrectionInput,
} from '../../core/remembered';
import { mergeRemembered, rememberFrom, rememberedSchema } from '../../core/remembered-schema';
import type { ColumnOverride } from '../../core/draft';
import { readWorkbook } from '../../core/xlsx';

const dir = join(__dirname, '..', 'fixtures', 'remembered');
const first = readFileSync(join(dir, 'hjoerring-2026-H2.xlsx'));
const second = readFileSync(join(dir, 'hjoerring-2027-H1.xlsx'));
const SHEET1 = 'hjoerring-2026-H2';
const SHEET2 = 'Plan 2027';

/** What the coordinator corrected in the first workbook (the pane's column and value corrections). */
const COLUMNS: ColumnOverride[] = [
  { sheet: SHEET1, col: 2, field: 'responsible' }, // "Hvem trækker læsset"
  { sheet: SHEET1, col: 3, field: 'deadline' }, // "Målstregen"
];
const VALUES: ValueCorrectionInput[] = [
  { sheet: SHEET1, cell: 'E8', field: 'activities.status', value: 'in_progress' }, // "På skinner"
  { sheet: SHEET1, cell: 'E9', field: 'activities.status', value: 'not_started' }, // "Parkeret"
  { sheet: SHEET1, cell: 'E10', field: 'activities.status', value: 'done' }, // "Grøn"
  { sheet: SHEET1, cell: 'A10', field: 'activities.theme', value: 'upskilling' }, // "Fagligt fundament"
  { sheet: SHEET1, cell: 'B5', field: 'cover.coordinatorName', value: 'Mette Hansen' }, // beside its label
];

function remembered(): RememberedEntries {
  const grid = readWorkbook(first);
  const read = inspectGrid(grid, { today: '2026-09-01' });
  return rememberFrom(read.structure, grid, COLUMNS, VALUES).entries;
}

function rowsOf(result: ReturnType<typeof inspectBytes>) {
  return result.structure.draft.activities.map((a) => ({
    row: a.source.row,
    status: a.values.status,
    theme: a.values.theme,
    deadline: a.values.deadline,
    responsible: a.values.responsible,
  }));
}

// The second plan's activities as a careful person reads them (written down by hand).
const SECOND_BY_HAND = [
  { row: 6, status: 'not_started', theme: 'leadership', deadline: '2027-03-31', responsible: 'Mette Hansen' },
  { row: 7, status: 'in_progress', theme: 'upskilling', deadline: '2027-06-30', responsible: 'Jens Holm' },
  { row: 8, status: 'done', theme: 'communication', deadline: '2027-02-28', responsible: 'Mette Hansen' },
  { row: 9, status: 'in_progress', theme: 'involvement', deadline: '2027-05-15', responsible: 'Jens Holm' },
  {
    row: 10,
    status: 'not_started',
    theme: 'upskilling',
    deadline: '2027-04-30',
    responsible: 'Mette Hansen',
  },
];

describe('remembered corrections carry to a differently laid-out workbook of the same municipality', () => {
  it('turns the corrections into entries keyed by header, text and label, not by cell', () => {
    const entries = remembered();
    expect(entries.columns).toEqual(
      expect.arrayContaining([
        { table: 'activities', header: 'hvem trakker lasset', field: 'responsible' },
        { table: 'activities', header: 'malstregen', field: 'deadline' },
      ]),
    );
    expect(entries.values).toEqual(
      expect.arrayContaining([
        { list: 'status', text: 'pa skinner', value: 'in_progress' },
        { list: 'status', text: 'parkeret', value: 'not_started' },
        { list: 'status', text: 'gron', value: 'done' },
        { list: 'theme', text: 'fagligt fundament', value: 'upskilling' },
      ]),
    );
    expect(entries.labels).toEqual([{ text: 'kontaktperson i forvaltningen', field: 'coordinatorName' }]);
    expect(rememberedSchema.safeParse(entries).success).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/E8|A10|B5/);
  });

  it('without them the second workbook needs the same corrections again', () => {
    const plain = inspectBytes(second, { today: '2027-01-10' });
    expect(plain.plan).toBeNull();
    const rows = rowsOf(plain);
    expect(rows.every((r) => r.responsible === undefined && r.deadline === undefined)).toBe(true);
    // "Parkeret" is read on its own as Changed, checked; the municipality meant Not started.
    expect(rows.filter((r) => r.status === undefined)).toHaveLength(2);
    expect([6, 10].map((row) => rows.find((r) => r.row === row)?.status)).toEqual(['changed', 'changed']);
    expect((plain.checks ?? []).some((c) => c.cell === 'A6' && c.field === 'activities.status')).toBe(true);
  });

  it('with them the second workbook reads as corrected by hand, with no error left', () => {
    const result = inspectBytes(second, { today: '2027-01-10', remembered: remembered() });
    expect(rowsOf(result)).toEqual(SECOND_BY_HAND);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.plan?.coordinator).toEqual({ name: 'Mette Hansen' });
    expect(result.plan?.activities.map((a) => a.status)).toEqual(SECOND_BY_HAND.map((r) => r.status));
    // Nothing it decided is asked about again, and what it decided is not "unplaced".
    const asked = (result.checks ?? []).map((c) => `${c.cell} ${c.field}`);
    expect(asked).not.toContain('A8 activities.status');
    expect(asked).not.toContain('A2 cover.coordinator');
    expect(result.unmapped.map((u) => u.cell)).not.toEqual(expect.arrayContaining(['E5', 'A6', 'D7']));
  });

  it('marks everything it decided as "husket fra sidst", with the entry to undo', () => {
    const result = inspectBytes(second, { today: '2027-01-10', remembered: remembered() });
    const marks = result.structure.remembered ?? [];
    expect(marks.every((m) => m.remembered && m.source.da === 'husket fra sidst')).toBe(true);
    const by = (cell: string) => marks.filter((m) => m.sheet === SHEET2 && m.cell === cell);
    expect(by('C5')).toEqual([expect.objectContaining({ kind: 'column', value: 'deadline' })]);
    expect(by('E5')).toEqual([
      expect.objectContaining({
        kind: 'column',
        value: 'responsible',
        key: 'column:activities:hvem trakker lasset',
      }),
    ]);
    expect(by('A6')).toEqual([
      expect.objectContaining({ kind: 'value', field: 'activities.status', value: 'not_started' }),
    ]);
    expect(by('D10')).toEqual([expect.objectContaining({ field: 'activities.theme', value: 'upskilling' })]);
    expect(by('A2')).toEqual([expect.objectContaining({ kind: 'label', field: 'cover.coordinator' })]);
  });

  it('an undone entry is read as before', () => {
    const entries = forgetRemembered(remembered(), ['value:status:parkeret', 'column:activities:malstregen']);
    const result = inspectBytes(second, { today: '2027-01-10', remembered: entries });
    const rows = rowsOf(result);
    // Without the municipality's own meaning, "Parkeret" is read as the product reads it: checked.
    expect(rows.find((r) => r.row === 6)?.status).toBe('changed');
    expect(rows.find((r) => r.row === 7)?.status).toBe('in_progress');
    expect(rows.every((r) => r.deadline === undefined)).toBe(true);
    expect((result.checks ?? []).some((c) => c.cell === 'A6' && c.field === 'activities.status')).toBe(true);
  });

  it("the person's own column correction wins over a remembered one", () => {
    const result = inspectBytes(second, {
      today: '2027-01-10',
      remembered: remembered(),
      columnOverrides: [{ sheet: SHEET2, col: 4, field: null }],
    });
    expect(rowsOf(result).every((r) => r.responsible === undefined)).toBe(true);
  });

  it('a cover label remembered beside a name finds the name written after it in one cell too', () => {
    const result = inspectBytes(second, { today: '2027-01-10', remembered: remembered() });
    expect((result.checks ?? []).some((c) => c.field === 'cover.coordinator')).toBe(false);
    const without = inspectBytes(second, {
      today: '2027-01-10',
      remembered: { ...remembered(), labels: [] },
    });
    expect((without.checks ?? []).some((c) => c.field === 'cover.coordinator')).toBe(true);
  });
});

describe('what is not remembered', () => {
  it('free text, cleared values, the period and empty cells are listed with why', () => {
    const grid = readWorkbook(first);
    const read = inspectGrid(grid, { today: '2026-09-01' });
    const { entries, notRemembered } = rememberFrom(
      read.structure,
      grid,
      [],
      [
        { sheet: SHEET1, cell: 'B8', field: 'activities.activity', value: 'Forankring i direktionen' },
        { sheet: SHEET1, cell: 'E8', field: 'activities.status', value: null },
        { sheet: SHEET1, cell: 'B3', field: 'cover.period', value: '2026-H2' },
        { sheet: SHEET1, cell: 'F8', field: 'activities.status', value: 'done' },
      ],
    );
    expect(entries).toEqual(EMPTY_REMEMBERED);
    expect(notRemembered.map((n) => n.cell)).toEqual(['B8', 'E8', 'B3', 'F8']);
    expect(notRemembered.map((n) => n.reason.en)).toEqual([
      expect.stringMatching(/Free text/),
      expect.stringMatching(/cleared/),
      expect.stringMatching(/period/),
      expect.stringMatching(/no text/),
    ]);
    for (const n of notRemembered) expect(n.reason.da.length * n.reason.en.length).toBeGreaterThan(0);
  });

  it('a value that already reads right needs no memory', () => {
    const grid = readWorkbook(first);
    const read = inspectGrid(grid, { today: '2026-09-01' });
    const { entries } = rememberFrom(
      read.structure,
      grid,
      [],
      [
        { sheet: SHEET1, cell: 'A8', field: 'activities.theme', value: 'leadership' }, // "Ledelse"
      ],
    );
    expect(entries.values).toEqual([]);
  });
});

describe('the stored form is small and strict', () => {
  const ok: RememberedEntries = {
    version: 1,
    columns: [{ table: 'activities', header: 'tovholder', field: 'responsible' }],
    values: [{ list: 'status', text: 'i proces', value: 'in_progress' }],
    labels: [{ text: 'kontaktperson', field: 'coordinatorName' }],
  };

  it('accepts a well-formed set', () => {
    expect(rememberedSchema.safeParse(ok).success).toBe(true);
  });

  it.each([
    [
      'a CPR number in a value text',
      { ...ok, values: [{ list: 'status', text: '010190-1234', value: 'done' }] },
    ],
    [
      'a CPR number in a header',
      { ...ok, columns: [{ table: 'activities', header: 'id 0101901234', field: null }] },
    ],
    ['a CPR number in a label', { ...ok, labels: [{ text: 'cpr 010190 1234', field: 'leaderName' }] }],
    ['a value outside its list', { ...ok, values: [{ list: 'status', text: 'i proces', value: 'almost' }] }],
    [
      'a field the table does not have',
      { ...ok, columns: [{ table: 'activities', header: 'x', field: 'initials' }] },
    ],
    [
      'a text too long',
      { ...ok, values: [{ list: 'status', text: 'x'.repeat(REMEMBERED_LIMITS.text + 1), value: 'done' }] },
    ],
    [
      'too many entries',
      {
        ...ok,
        labels: Array.from({ length: REMEMBERED_LIMITS.labels + 1 }, (_, i) => ({
          text: `etiket ${i}`,
          field: 'leaderName',
        })),
      },
    ],
    ['another version', { ...ok, version: 2 }],
    ['an unknown key', { ...ok, extra: true }],
    ['the period as a label field', { ...ok, labels: [{ text: 'halvår', field: 'period' }] }],
  ])('refuses %s', (_what, body) => {
    expect(rememberedSchema.safeParse(body).success).toBe(false);
  });

  it('merging: the newest confirmation wins, the newest come first, the oldest fall off at the cap', () => {
    const old: RememberedEntries = {
      ...EMPTY_REMEMBERED,
      values: Array.from({ length: REMEMBERED_LIMITS.values }, (_, i) => ({
        list: 'status' as const,
        text: `ord ${i}`,
        value: 'done',
      })),
    };
    const fresh: RememberedEntries = {
      ...EMPTY_REMEMBERED,
      values: [
        { list: 'status', text: 'ord 5', value: 'closed' },
        { list: 'status', text: 'nyt ord', value: 'changed' },
      ],
    };
    const merged = mergeRemembered(old, fresh);
    expect(merged.values).toHaveLength(REMEMBERED_LIMITS.values);
    expect(merged.values.slice(0, 2)).toEqual(fresh.values);
    expect(merged.values.filter((v) => v.text === 'ord 5')).toEqual([
      { list: 'status', text: 'ord 5', value: 'closed' },
    ]);
    expect(merged.values.some((v) => v.text === `ord ${REMEMBERED_LIMITS.values - 1}`)).toBe(false);
    expect(merged.values.some((v) => v.text === `ord ${REMEMBERED_LIMITS.values - 3}`)).toBe(true);
  });
});
