// Answers kept in FORM CONTROLS (Developer › Insert › Form Controls) rather than in cells: a
// checklist answered by option buttons, three per question in a group box, a "Gennemført" column of
// check boxes, a status chosen in a drop-down laid over its cell. Each control stores what it shows
// in its properties (core/xlsx shapes.ts reads them into GridSheet.controls) and, where it has one,
// in a linked cell: the chosen button's number (1, 2, 3), TRUE/FALSE, the chosen item's number —
// often in a hidden column or in white text, since the number means nothing to a reader.
//
// A careful reader reads what the controls show, where they show it:
// - a check box: ticked or not, at its cell (the value TRUE or FALSE, as a cell checkbox is read);
// - a drop-down: the chosen item of its input range, at the cell it covers;
// - a group of option buttons (a button marked as its group's first and the buttons after it): the
//   chosen button's caption ("Ja", "Delvist", "Nej") at the first button's cell; where the buttons
//   have no captions (the words are headings over their columns), each button as a box at its
//   cell, TRUE for the chosen one, so that the heading over it names the answer.
// The linked cell says which button, box or item is chosen (as Excel shows the control from it);
// it is the control's own store, not a value of its own, and is not read beside it. A linked cell
// that shows an error (#N/A) chooses nothing: the answer cannot be read, and a check says so at it.
// A value is put only where the cell is empty: what the coordinator typed is never covered.
//
// Only a sheet with form controls is touched (the first test, cheap for every other sheet).

import {
  a1,
  parseRange,
  showsError,
  type Grid,
  type GridCell,
  type GridControl,
  type GridSheet,
} from '../grid';
import type { ReadCheck } from '../schema';

/** The grid with what its sheets' form controls show put into their cells, and the checks made. */
export interface ShownControls {
  readonly grid: Grid;
  readonly checks: readonly ReadCheck[];
}

const key = (r: number, c: number): number => r * 16384 + c;

/** A reference written in a control ("$H$5", "Lister!$A$2:$A$6", "'Ark 2'!$B$1"): sheet and range. */
function reference(
  text: string,
  grid: Grid,
  here: string,
): { sheet: string; range: NonNullable<ReturnType<typeof parseRange>> } | undefined {
  let t = text.trim().replace(/^=/u, '');
  // A defined name standing for a range ("Statusliste").
  const named = grid.definedNames.find((n) => n.name.toLowerCase() === t.toLowerCase());
  if (named) t = named.value.trim().replace(/^=/u, '');
  const bang = t.lastIndexOf('!');
  const sheet =
    bang < 0
      ? here
      : t
          .slice(0, bang)
          .replace(/^'(.*)'$/u, '$1')
          .replace(/''/gu, "'");
  const range = parseRange(t.slice(bang + 1).replace(/\$/gu, ''));
  return range ? { sheet, range } : undefined;
}

/** The cells of a sheet by place. */
function cellsByPlace(sheet: GridSheet): Map<number, GridCell> {
  const out = new Map<number, GridCell>();
  for (const cell of sheet.cells) out.set(key(cell.r, cell.c), cell);
  return out;
}

/**
 * The option buttons of a sheet in groups: a group begins at a button marked first, or at one linked
 * to another cell than the group's (a writer that marks no first button links each button).
 */
function buttonGroups(controls: readonly GridControl[]): GridControl[][] {
  const groups: GridControl[][] = [];
  for (const c of controls) {
    if (c.kind !== 'optionButton') continue;
    const last = groups[groups.length - 1];
    const link = last?.find((b) => b.link !== undefined)?.link;
    if (
      c.firstButton ||
      last === undefined ||
      (c.link !== undefined && link !== undefined && c.link !== link)
    )
      groups.push([c]);
    else last.push(c);
  }
  return groups;
}

/** The check at a linked cell that shows an error: no button or item is chosen. */
function errorCheck(sheet: string, cell: string, shown: string, what: 'group' | 'drop'): ReadCheck {
  return {
    sheet,
    cell,
    field: 'control',
    value: shown,
    confidence: 0.5,
    reason:
      what === 'group'
        ? {
            da: `Den sammenkædede celle til en gruppe af alternativknapper viser ${shown}, så ingen knap er valgt: svaret kan ikke læses. Klik på det rigtige svar i arket.`,
            en: `The linked cell of a group of option buttons shows ${shown}, so no button is chosen: the answer cannot be read. Click the right answer in the sheet.`,
          }
        : {
            da: `Den sammenkædede celle til en rulleliste viser ${shown}, så intet er valgt i listen. Vælg værdien i listen.`,
            en: `The linked cell of a drop-down list shows ${shown}, so nothing is chosen in the list. Choose the value in the list.`,
          },
  };
}

/**
 * What the workbook's form controls show, put into the cells where they show it; undefined when no
 * sheet has form controls.
 */
export function shownControls(grid: Grid): ShownControls | undefined {
  if (!grid.sheets.some((s) => s.controls !== undefined && s.controls.length > 0)) return undefined;
  const checks: ReadCheck[] = [];
  const byName = new Map(grid.sheets.map((s) => [s.name, s]));
  const places = new Map<string, Map<number, GridCell>>();
  const cellsOf = (name: string): Map<number, GridCell> | undefined => {
    const known = places.get(name);
    if (known) return known;
    const s = byName.get(name);
    if (!s) return undefined;
    const made = cellsByPlace(s);
    places.set(name, made);
    return made;
  };
  const sheets = grid.sheets.map((sheet) => {
    const controls = sheet.controls;
    if (controls === undefined || controls.length === 0) return sheet;
    const here = cellsOf(sheet.name)!;
    const added = new Map<number, GridCell>();
    const dropped = new Set<number>();
    const empty = (r: number, c: number): boolean => !here.has(key(r, c)) && !added.has(key(r, c));
    const put = (r: number, c: number, v: GridCell['v'], t: GridCell['t']): void => {
      if (empty(r, c)) added.set(key(r, c), { r, c, v, t });
    };
    /** The linked cell on this sheet (else undefined), and what it holds. */
    const linked = (ctl: GridControl): { r: number; c: number; cell: GridCell | undefined } | undefined => {
      if (ctl.link === undefined) return undefined;
      const ref = reference(ctl.link, grid, sheet.name);
      if (!ref || ref.sheet !== sheet.name) return undefined;
      const { r, c } = ref.range.s;
      return { r, c, cell: here.get(key(r, c)) };
    };
    /** A linked cell elsewhere than the control's own cell is its store: not read beside it. */
    const drop = (
      at: { r: number; c: number } | undefined,
      own: readonly { r: number; c: number }[],
    ): void => {
      if (at && !own.some((o) => o.r === at.r && o.c === at.c)) dropped.add(key(at.r, at.c));
    };
    for (const ctl of controls) {
      if (ctl.kind === 'checkBox') {
        const link = linked(ctl);
        // A box linked to a cell shows what that cell holds (an empty one: not ticked).
        const ticked = link
          ? link.cell?.v === true || (link.cell === undefined && ctl.checked === true)
          : ctl.checked === true;
        put(ctl.r, ctl.c, ticked, 'b');
        drop(link, [ctl]);
      } else if (ctl.kind === 'dropDown' || ctl.kind === 'listBox') {
        const link = linked(ctl);
        if (link?.cell && showsError(link.cell)) {
          checks.push(errorCheck(sheet.name, a1(link.r, link.c), String(link.cell.v), 'drop'));
          drop(link, [ctl]);
          continue;
        }
        const chosen = typeof link?.cell?.v === 'number' ? link.cell.v : ctl.selected;
        const list = ctl.range === undefined ? undefined : reference(ctl.range, grid, sheet.name);
        const items = list === undefined ? undefined : cellsOf(list.sheet);
        if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 1 && list && items) {
          const { s, e } = list.range;
          // A list down a column, or across a row.
          const down = e.r > s.r || e.c === s.c;
          const at = down ? { r: s.r + chosen - 1, c: s.c } : { r: s.r, c: s.c + chosen - 1 };
          const item = at.r <= e.r && at.c <= e.c ? items.get(key(at.r, at.c)) : undefined;
          if (item && typeof item.v === 'string' && item.v.trim() !== '') put(ctl.r, ctl.c, item.v, 's');
        }
        drop(link, [ctl]);
      }
    }
    for (const group of buttonGroups(controls)) {
      const first = group[0]!;
      const link = linked(first);
      let chosen = group.findIndex((b) => b.checked === true);
      if (link?.cell && showsError(link.cell)) {
        checks.push(errorCheck(sheet.name, a1(link.r, link.c), String(link.cell.v), 'group'));
        chosen = -1;
      } else if (typeof link?.cell?.v === 'number') {
        // Excel shows the button the linked cell names (the first is 1).
        const n = link.cell.v;
        chosen = Number.isInteger(n) && n >= 1 && n <= group.length ? n - 1 : -1;
      }
      drop(link, group);
      const captions = group.map((b) => (b.caption ?? '').trim());
      if (captions.every((t) => t !== '') && new Set(captions).size === captions.length) {
        // Captioned buttons: the chosen one's caption is the group's value, at its first button.
        const pick = group[chosen];
        if (pick === undefined) continue;
        if (empty(first.r, first.c)) put(first.r, first.c, captions[chosen]!, 's');
        else put(pick.r, pick.c, captions[chosen]!, 's');
      } else {
        // Buttons without captions under headings: each a box at its cell.
        group.forEach((b, i) => put(b.r, b.c, i === chosen, 'b'));
      }
    }
    if (added.size === 0 && dropped.size === 0) return sheet;
    const cells = [
      ...sheet.cells.filter((cell) => !dropped.has(key(cell.r, cell.c))),
      ...added.values(),
    ].sort((a, b) => a.r - b.r || a.c - b.c);
    const { columns: _columns, ...rest } = sheet;
    return { ...rest, cells };
  });
  return { grid: { ...grid, sheets }, checks };
}
