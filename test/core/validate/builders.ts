// Hand-made StructureResults and Grids for the validation tests (structuring is not used).

import type {
  DraftChecklistAnswer,
  DraftPlan,
  DraftRow,
  StructureResult,
  TableMapping,
} from '../../../core/draft';
import { a1, type Grid, type GridCell, type GridSheet } from '../../../core/grid';
import type { Communication, CorpsMember, Indicator, Issue, Role } from '../../../core/schema';
import type { ActivityFields } from '../../../core/draft';
import { ACTIVITIES_SHEET, CHECKLIST, CORPS_SHEET, THEMES, type TableSheetSpec } from '../../../core/spec';

export const PLAN_SHEET = 'Implementeringsplan';
export const COVER = 'Forside';

/** Column letters of a table in template order: A for the first column, B for the second, … */
function cellsFor(spec: TableSheetSpec, row: number): Record<string, string> {
  return Object.fromEntries(spec.columns.map((c, i) => [c.field, a1(row - 1, i)]));
}

/** An activity row at a 1-based sheet row, with every field's cell in template column order. */
export function activity(
  row: number,
  values: Partial<ActivityFields>,
  sheet = PLAN_SHEET,
): DraftRow<ActivityFields> {
  return { values, source: { sheet, row }, cells: cellsFor(ACTIVITIES_SHEET, row) };
}

/** A complete, settled-in-the-future activity for a theme. */
export function goodActivity(
  row: number,
  theme: ActivityFields['theme'],
  extra: Partial<ActivityFields> = {},
) {
  return activity(row, {
    theme,
    activity: `Aktivitet for ${theme}`,
    milestone: 'Milepæl nået',
    start: '2026-02-01',
    deadline: '2026-11-30',
    responsible: 'Koordinator',
    status: 'in_progress',
    ...extra,
  });
}

export function corpsRow(row: number, values: Partial<CorpsMember>): DraftRow<CorpsMember> {
  return { values, source: { sheet: 'Korps', row }, cells: cellsFor(CORPS_SHEET, row) };
}

export function tableRow<T>(
  sheet: string,
  row: number,
  fields: readonly string[],
  values: Partial<T>,
): DraftRow<T> {
  return {
    values,
    source: { sheet, row },
    cells: Object.fromEntries(fields.map((f, i) => [f, a1(row - 1, i)])) as DraftRow<T>['cells'],
  };
}

export function indicatorRow(row: number, values: Partial<Indicator>): DraftRow<Indicator> {
  return tableRow<Indicator>(
    'Indikatorer',
    row,
    ['code', 'name', 'unit', 'baseline', 'target', 'result', 'cases', 'measuredOn', 'owner', 'source'],
    values,
  );
}

export function roleRow(row: number, values: Partial<Role>): DraftRow<Role> {
  return tableRow<Role>('Roller', row, ['role', 'name', 'responsibilities'], values);
}

export function communicationRow(row: number, values: Partial<Communication>): DraftRow<Communication> {
  return tableRow<Communication>(
    'Kommunikation',
    row,
    ['audience', 'message', 'channel', 'when', 'responsible'],
    values,
  );
}

export function answered(answer: DraftChecklistAnswer['answer'] = 'yes'): DraftChecklistAnswer[] {
  return CHECKLIST.map((q, i) => ({ id: q.id, answer, place: { sheet: 'Huskeliste', cell: `D${i + 3}` } }));
}

/** A complete plan that breaks no rule on 2026-06-01. */
export function completeDraft(overrides: Partial<DraftPlan> = {}): DraftPlan {
  return {
    templateVersion: '1.0',
    municipality: { code: '101', name: 'København' },
    period: '2026-H1',
    phase: 'initial',
    coordinator: { name: 'Karin Koordinator', email: 'karin@kk.dk' },
    places: {
      municipality: { sheet: COVER, cell: 'B3' },
      period: { sheet: COVER, cell: 'B4' },
      phase: { sheet: COVER, cell: 'B5' },
      coordinatorName: { sheet: COVER, cell: 'B6' },
    },
    planTable: { sheet: PLAN_SHEET, headerRow: 3 },
    activities: THEMES.map((t, i) => goodActivity(i + 4, t.id)),
    checklist: answered(),
    roles: [roleRow(2, { role: 'Koordinator', name: 'Karin Koordinator' })],
    corps: [
      corpsRow(2, { initials: 'AB', role: 'mentor', hoursPerWeek: 37, activeCases: 15 }),
      corpsRow(3, { initials: 'CD', role: 'parent_coach', hoursPerWeek: 18.5, activeCases: 8 }),
    ],
    indicators: [
      indicatorRow(2, {
        code: 'mentor_cases_active',
        name: 'Aktive mentorforløb',
        unit: 'count',
        result: 23,
      }),
    ],
    communication: [
      communicationRow(2, {
        audience: 'Ledere',
        message: 'Status',
        channel: 'Møde',
        when: 'Hvert kvartal',
        responsible: 'Koordinator',
      }),
    ],
    needsAnalysis: [],
    ...overrides,
  };
}

export const PLAN_TABLE: TableMapping = {
  key: 'activities',
  sheet: PLAN_SHEET,
  headerRow: 2,
  firstRow: 3,
  lastRow: 11,
  columns: ACTIVITIES_SHEET.columns.map((c, i) => ({
    col: i,
    header: c.label.da,
    field: c.field,
    confidence: 1,
  })),
};

export function result(
  draft: DraftPlan,
  issues: Issue[] = [],
  tables: TableMapping[] = [PLAN_TABLE],
): StructureResult {
  return { draft, issues, unmapped: [], checks: [], tables, archivedSheets: [], notCarried: [] };
}

export function sheet(name: string, cells: GridCell[] = [], extra: Partial<GridSheet> = {}): GridSheet {
  return { name, state: 'visible', cells, merges: [], comments: [], tables: [], drawings: [], ...extra };
}

export function grid(sheets: GridSheet[] = [], extra: Partial<Grid> = {}): Grid {
  return { sheets, definedNames: [], properties: [], date1904: false, ...extra };
}

export const text = (r: number, c: number, v: string, extra: Partial<GridCell> = {}): GridCell => ({
  r,
  c,
  t: 's',
  v,
  ...extra,
});

export const number = (
  r: number,
  c: number,
  v: number,
  fmt?: string,
  extra: Partial<GridCell> = {},
): GridCell => ({
  r,
  c,
  t: 'n',
  v,
  ...(fmt === undefined ? {} : { fmt }),
  ...extra,
});

/** The grid of the complete draft (sheet names only: validation reads cells only for CPR numbers). */
export function planGrid(): Grid {
  return grid(
    [COVER, PLAN_SHEET, 'Huskeliste', 'Roller', 'Korps', 'Indikatorer', 'Kommunikation'].map((n) => sheet(n)),
  );
}
