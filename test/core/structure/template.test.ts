// A workbook in the template layout (core/layout: what `korpsplan template` and `korpsplan structure`
// write): read by its sheets' names, its archived originals and lists sheet left alone.

import { structure } from '../../../core/structure';
import { planWorkbookLayout } from '../../../core/layout';
import type { WorkbookDocument } from '../../../core/document/model';
import { parseRange, type Grid, type GridCell, type GridSheet } from '../../../core/grid';
import { LISTS_SHEET, TEMPLATE_MARKER, TEMPLATE_VERSION } from '../../../core/spec';
import { date, gridOf } from './grid-builder';

/** The grid a workbook rendered from a layout reads back as (values, formats, merges, tables). */
function gridFromLayout(layout: WorkbookDocument): Grid {
  const sheets: GridSheet[] = layout.sheets.map((s) => {
    const cells: GridCell[] = [];
    const put = (r: number, c: number, v: unknown, fmt?: string): void => {
      if (v === null || v === undefined || v === '') return;
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
      const t = typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's';
      cells.push({ r, c, v, t, ...(fmt && t === 'n' ? { fmt } : {}) });
    };
    for (const cell of s.cells) put(cell.r, cell.c, cell.v, cell.fmt);
    const tables = s.tables.map((t) => {
      t.columns.forEach((h, i) => put(t.r, t.c + i, h));
      t.rows.forEach((row, j) => row.forEach((v, i) => put(t.r + 1 + j, t.c + i, v, t.formats[i])));
      const ref = parseRange(
        `${String.fromCharCode(65 + t.c)}${t.r + 1}:${String.fromCharCode(64 + t.c + t.columns.length)}${t.r + 1 + Math.max(1, t.rows.length)}`,
      );
      if (!ref) throw new Error('table ref');
      return { name: t.name, ref };
    });
    cells.sort((a, b) => a.r - b.r || a.c - b.c);
    return {
      name: s.name,
      state: s.state,
      cells,
      merges: s.merges.flatMap((m) => {
        const g = parseRange(m);
        return g ? [g] : [];
      }),
      comments: s.notes.map((n) => ({ r: n.r, c: n.c, text: n.text })),
      tables,
      drawings: [],
    };
  });
  return { sheets, definedNames: [], properties: [], date1904: false };
}

describe('the template layout', () => {
  it.each(['da', 'en'] as const)('a blank %s template is an empty plan with nothing unmapped', (lang) => {
    const result = structure(gridFromLayout(planWorkbookLayout(lang)));
    expect(result.unmapped).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.archivedSheets).toEqual([]);
    expect(result.draft.activities).toEqual([]);
    expect(result.draft.roles).toEqual([]);
    expect(result.draft.needsAnalysis).toEqual([]);
    expect(result.draft.templateVersion).toBe(TEMPLATE_VERSION);
    expect(result.draft.checklist.every((c) => c.answer === null)).toBe(true);
    // Each unanswered question knows where its answer goes.
    expect(result.draft.checklist[0]?.place?.sheet).toBe(lang === 'da' ? 'Huskeliste' : 'Checklist');
    expect(result.tables.map((t) => t.key).sort()).toEqual(
      ['activities', 'checklist', 'communication', 'corps', 'indicators', 'needsAnalysis', 'roles'].sort(),
    );
    expect(result.tables.every((t) => t.columns.every((c) => c.confidence === 1))).toBe(true);
  });

  it('structuring a messy workbook, writing it in the template layout and reading it again keeps the plan', () => {
    const messy = gridOf(
      {
        name: 'Ark1',
        rows: [
          ['Implementeringsplan – Aarhus Kommune, 2. halvår 2026'],
          [],
          [
            'Tidsplan',
            'Indsatsområde',
            'Aktiviteter',
            'Milepæle',
            'Ansvarlig',
            'Status',
            'Evaluering af resultat',
          ],
          [date('2026-02-15'), 'Ledelse', 'Styregruppemøde', 'Kommissorium', 'Leder', 'Færdig', 'Godt'],
          ['januar–marts 2026', 'Kommunikation', 'Nyhedsbrev', '', 'Koordinator', 'I proces', ''],
          ['Løbende', 'Inddragelse', 'Sparring', '', 'Koordinator', 'Hmm', ''],
          [],
          [],
          [],
          ['Note til mig selv'],
        ],
      },
      {
        name: 'Huskeliste',
        rows: [
          ['Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['Er der gennemført opkvalificering af ledelse og mentorer og forældrecoaches?', 'x'],
        ],
      },
    );
    const first = structure(messy);
    const layout = planWorkbookLayout('da', {
      draft: first.draft,
      grid: messy,
      notCarried: first.notCarried,
    });
    const again = structure(gridFromLayout(layout));

    expect(again.archivedSheets).toEqual(['Original - Ark1', 'Original - Huskeliste']);
    expect(again.draft.municipality).toEqual(first.draft.municipality);
    expect(again.draft.period).toBe('2026-H2');
    expect(again.draft.activities.map((a) => a.values)).toEqual(first.draft.activities.map((a) => a.values));
    expect(again.draft.checklist.map((c) => c.answer)).toEqual(first.draft.checklist.map((c) => c.answer));
    // The stray note stays in the archived original; only the values nobody could read are
    // reported again, now where the template holds them.
    expect(first.unmapped.map((u) => u.value).sort()).toEqual(['Hmm', 'Løbende', 'Note til mig selv']);
    expect(again.unmapped.map((u) => [u.sheet, u.value])).toEqual([
      ['Implementeringsplan', 'Løbende'],
      ['Implementeringsplan', 'Hmm'],
    ]);
    expect(again.issues.map((i) => i.code).sort()).toEqual(['date_unreadable', 'value_not_in_list']);
  });

  it('a lists sheet without the marker is just another sheet', () => {
    const grid = gridOf(
      { name: LISTS_SHEET.da, rows: [['Mine lister'], ['Ledelse']] },
      {
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet'],
          ['31.03.2026', 'Ledelse', 'Møde'],
        ],
      },
    );
    const result = structure(grid);
    expect(result.archivedSheets).toEqual([]);
    expect(result.unmapped.filter((u) => u.sheet === LISTS_SHEET.da).map((u) => u.value)).toEqual([
      'Mine lister',
      'Ledelse',
    ]);
  });

  it('archived sheets named after the marker are neither read nor reported', () => {
    const grid = gridOf(
      {
        name: 'Implementeringsplan',
        rows: [
          ['Start', 'Deadline', 'Indsatsområde', 'Aktivitet'],
          ['', '31.03.2026', 'Ledelse', 'Møde'],
        ],
      },
      {
        name: 'Min gamle plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet'],
          ['31.03.2026', 'Ledelse', 'Gammelt møde'],
        ],
      },
      {
        name: LISTS_SHEET.da,
        rows: [[TEMPLATE_MARKER], ['sourceSheets'], ['Min gamle plan']],
        state: 'hidden',
      },
    );
    const result = structure(grid);
    expect(result.archivedSheets).toEqual(['Min gamle plan']);
    expect(result.draft.activities.map((a) => a.values.activity)).toEqual(['Møde']);
    expect(result.unmapped).toEqual([]);
  });
});
