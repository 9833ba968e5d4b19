// Plans and grids for the app's tests, without any file: a canonical plan rendered into the template
// layout (core/layout) and turned into the grid that reading that workbook would give.

import type { CellValue, Grid, GridCell, GridSheet } from '../../../core/grid';
import { parseRange } from '../../../core/grid';
import { planWorkbookLayout } from '../../../core/layout';
import { draftFromPlan } from '../../../core/plan';
import type { Plan } from '../../../core/schema';
import { CHECKLIST_IDS, THEMES, type Lang } from '../../../core/spec';

export function validPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    templateVersion: '1.0',
    municipality: { code: '751', name: 'Aarhus' },
    period: '2026-H2',
    phase: 'initial',
    coordinator: { name: 'Mette Kristensen' },
    activities: THEMES.map((theme, i) => ({
      theme: theme.id,
      activity: `Aktivitet ${i + 1}`,
      milestone: 'Delmål',
      deadline: i === 0 ? '2026-08-31' : '2027-06-30',
      responsible: 'Mette',
      status: 'in_progress',
      source: { sheet: 'Implementeringsplan', row: 4 + i },
    })),
    checklist: CHECKLIST_IDS.map((id) => ({ id, answer: 'yes' })),
    roles: [{ role: 'Koordinator', name: 'Mette' }],
    corps: [
      { initials: 'AB', role: 'mentor', hoursPerWeek: 10, activeCases: 4 },
      { initials: 'CD', role: 'parent_coach', hoursPerWeek: 8, activeCases: 3 },
    ],
    indicators: [],
    communication: [],
    needsAnalysis: [],
    ...overrides,
  };
}

function cellOf(r: number, c: number, v: CellValue | null, fmt?: string): GridCell | undefined {
  if (v === null || v === '') return undefined;
  const t = typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's';
  return { r, c, v, t, ...(fmt && t === 'n' ? { fmt } : {}) };
}

/** The grid of a workbook holding the plan in the template layout. */
export function templateGrid(plan: Plan | undefined, lang: Lang = 'da'): Grid {
  const layout = planWorkbookLayout(lang, plan ? { draft: draftFromPlan(plan) } : undefined);
  const sheets: GridSheet[] = layout.sheets.map((s) => {
    const cells: GridCell[] = [];
    for (const c of s.cells) {
      const cell = cellOf(c.r, c.c, c.v, c.fmt);
      if (cell) cells.push(cell);
    }
    for (const t of s.tables) {
      t.columns.forEach((name, j) => cells.push({ r: t.r, c: t.c + j, v: name, t: 's' }));
      t.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = cellOf(t.r + 1 + i, t.c + j, v, t.formats[j]);
          if (cell) cells.push(cell);
        }),
      );
    }
    cells.sort((a, b) => a.r - b.r || a.c - b.c);
    return {
      name: s.name,
      state: s.state,
      cells,
      merges: s.merges.map((m) => {
        const range = parseRange(m);
        if (!range) throw new Error(m);
        return range;
      }),
      comments: [],
      tables: s.tables.map((t) => ({
        name: t.name,
        ref: {
          s: { r: t.r, c: t.c },
          e: { r: t.r + Math.max(t.rows.length, 1), c: t.c + t.columns.length - 1 },
        },
      })),
      drawings: [],
    };
  });
  return { sheets, definedNames: [], properties: [], date1904: false };
}

/** A coordinator's own sheet: a title, then the plan table with their own headers. */
export function messyGrid(): Grid {
  const rows: (CellValue | null)[][] = [
    ['Handleplan for mentorindsatsen, Aarhus Kommune 2026-H2'],
    [],
    ['Tidsplan', 'Indsatsområde', 'Aktiviteter', 'Tovholder', 'Status'],
    ['15.03.2026', 'Ledelse', 'Kick-off med ledelsen', 'Mette', 'Færdig'],
    ['uge 40 2026', 'Kommunikation', 'Nyhedsbrev', 'Lars', 'I proces'],
  ];
  const cells: GridCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = cellOf(r, c, v);
      if (cell) cells.push(cell);
    }),
  );
  return {
    sheets: [{ name: 'Ark1', state: 'visible', cells, merges: [], comments: [], tables: [], drawings: [] }],
    definedNames: [],
    properties: [],
    date1904: false,
  };
}
