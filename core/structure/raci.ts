// A plan kept as a RACI matrix ("Ansvarsmatrix"): the activity's own columns (Tema, Aktivitet,
// Frist, Status …) and then one column per person or body (Koordinator, Skoleleder, Styregruppe,
// Mentorer …), each cell holding R, A, C or I (Responsible, Accountable, Consulted, Informed; in
// Danish legends "R = Ansvarlig (udfører), A = Godkender, C = Konsulteres, I = Informeres"), some
// "R/A", some in lower case, some blank. No "Ansvarlig" column: the letters say who is responsible.
//
// A careful reader takes as responsible the column marked R ("R/A" and "r" are R), every column so
// marked where two are; where none is marked R, the column marked A (the one who approves, the
// nearest owner), with a check; where every column is only C or I, nobody, with a check. A column
// marked only C or I is never the responsible, and the role columns are no status or theme.
//
// Cheap first: only a plan table with no responsible column and two or more columns no field was
// given to is looked at; its columns are RACI columns when every cell under them is a RACI code,
// R stands in one of them and C or I in one. They are then given the pseudo-field RACI_FIELD, so the
// add-in shows them as the responsible's letters (not as columns not used), and the coordinator can
// correct it both ways: a column set to RACI_FIELD is read as one (on any plan table), a column a
// person set to no field is never taken for one.

import { a1 } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import type { ReadCheck } from '../schema';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { displayText } from './sheet';
import { RACI_FIELD } from './vocab';

/** R, A, C, I (and RASCI's S) alone or joined: "R", "r", "R/A", "A, R", "C+I". */
const CODE = /^[RASCI](?:\s*[/,+&]\s*[RASCI])*$/iu;

export interface RaciColumn {
  readonly col: number;
  readonly header: string;
}

/** The letters of a RACI cell, upper case; undefined for a text that is no RACI code. */
function letters(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  if (t.length > 12 || !CODE.test(t)) return undefined;
  return t.toUpperCase().replace(/[^RASCI]/gu, '');
}

const raciColumn = (m: { col: number; header: string }): RaciColumn => ({
  col: m.col,
  header: m.header.replace(/\s+/gu, ' ').trim(),
});

/**
 * Gives a plan table's RACI columns their pseudo-field (a column a person gave a field, or none, is
 * left as they said: `byPerson`), and says which they are; undefined when it is no RACI matrix.
 */
export function markRaciColumns(
  t: DetectedTable,
  byPerson: (col: number) => boolean,
): RaciColumn[] | undefined {
  if (t.key !== 'activities') return undefined;
  const marked = t.columns.filter((c) => c.field === RACI_FIELD);
  if (marked.length > 0) return marked.map(raciColumn).sort((a, b) => a.col - b.col);
  const found = raciColumns(t, byPerson);
  if (found === undefined) return undefined;
  const cols = new Set(found.map((c) => c.col));
  t.columns = t.columns.map((c) => (cols.has(c.col) ? { ...c, field: RACI_FIELD, confidence: 0.8 } : c));
  return found;
}

/** The table's RACI columns, or undefined when it is no RACI matrix. */
function raciColumns(t: DetectedTable, byPerson: (col: number) => boolean): RaciColumn[] | undefined {
  if (t.columns.some((c) => c.field === 'responsible')) return undefined;
  const free = t.columns.filter((c) => c.field === null && c.header.trim() !== '' && !byPerson(c.col));
  if (free.length < 2) return undefined;
  const out: RaciColumn[] = [];
  let seen = '';
  for (const m of free) {
    let any = false;
    let all = true;
    let mine = '';
    for (let r = t.firstRow; r <= t.lastRow && all; r++) {
      const cell = t.view.cell(r, m.col);
      if (cell === undefined) continue;
      const l = letters(displayText(cell, t.view.date1904));
      if (l === undefined) all = false;
      else if (l !== '') {
        any = true;
        mine += l;
      }
    }
    if (all && any) {
      out.push(raciColumn(m));
      seen += mine;
    }
  }
  if (out.length < 2 || !seen.includes('R') || !/[CI]/u.test(seen)) return undefined;
  return out.sort((a, b) => a.col - b.col);
}

/**
 * Each row's responsible from the RACI letters of its row (rows whose responsible another part of
 * the plan gave are left as they are). The matrix's cells are used: they were read.
 */
export function readRaci(
  t: DetectedTable,
  cols: readonly RaciColumn[],
  rows: readonly DraftRow<ActivityFields>[],
  ctx: Ctx,
): void {
  const view = t.view;
  for (const row of rows) {
    if (row.values.responsible !== undefined) continue;
    const r = row.source.row - 1;
    const marked: { col: RaciColumn; letters: string }[] = [];
    for (const col of cols) {
      const cell = view.cell(r, col.col);
      const l = cell === undefined ? '' : (letters(displayText(cell, view.date1904)) ?? '');
      if (l !== '') marked.push({ col, letters: l });
    }
    if (marked.length === 0) continue;
    const rs = marked.filter((m) => m.letters.includes('R'));
    const as = marked.filter((m) => m.letters.includes('A'));
    const chosen = rs.length > 0 ? rs : as;
    const first = chosen[0] ?? marked[0];
    if (first === undefined) continue;
    const at = a1(r, first.col.col);
    row.cells.responsible = at;
    if (chosen.length === 0) {
      addCheck(ctx, raciNobodyCheck(view.name, at, activityText(row)));
      continue;
    }
    const names = chosen.map((m) => m.col.header);
    row.values.responsible = names.join(', ');
    if (rs.length === 0) addCheck(ctx, raciNamesCheck(view.name, at, names, true));
    else if (rs.length > 1) addCheck(ctx, raciNamesCheck(view.name, at, names, false));
  }
  for (const col of cols) {
    for (let r = t.headerTop; r <= t.lastRow; r++) view.useCell(view.cell(r, col.col));
  }
  const firstCol = cols[0];
  if (firstCol) addCheck(ctx, raciTableCheck(view.name, a1(t.headerTop, firstCol.col), cols));
}

function activityText(row: DraftRow<ActivityFields>): string {
  const text = row.values.activity ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function raciTableCheck(sheet: string, cell: string, cols: readonly RaciColumn[]): ReadCheck {
  const list = cols.map((c) => `"${c.header}"`).join(', ');
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: cols.map((c) => c.header).join(', '),
    confidence: 0.9,
    reason: {
      da: `Planen har ingen kolonne for den ansvarlige, men en ansvarsmatrix (RACI) med kolonnerne ${list}: den ansvarlige for hver aktivitet er læst som kolonnen markeret R (udfører), ikke dem markeret A, C eller I. Ret det, hvis bogstaverne betyder noget andet.`,
      en: `The plan has no column for the responsible but a responsibility matrix (RACI) with the columns ${list}: each activity's responsible was read as the column marked R (responsible), not those marked A, C or I. Correct it if the letters mean something else.`,
    },
  };
}

/** The responsible read from the matrix, as the names of the columns marked R (two or more) or A (no R). */
function raciNamesCheck(sheet: string, cell: string, names: readonly string[], approver: boolean): ReadCheck {
  const joined = names.join(', ');
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: joined,
    confidence: approver ? 0.5 : 0.8,
    reason: approver
      ? {
          da: `Ingen kolonne er markeret R (udfører) i rækken; ${joined}, markeret A (godkender), er læst som ansvarlig. Skriv R ud for den, der udfører aktiviteten.`,
          en: `No column is marked R (responsible) in the row; ${joined}, marked A (accountable, approves), was read as responsible. Write R for whoever carries out the activity.`,
        }
      : {
          da: `${names.length} kolonner er markeret R i rækken, så alle er læst som ansvarlige: ${joined}. Har aktiviteten én tovholder, så lad kun dens kolonne stå med R.`,
          en: `${names.length} columns are marked R in the row, so all were read as responsible: ${joined}. If the activity has one lead, leave R in its column only.`,
        },
  };
}

function raciNobodyCheck(sheet: string, cell: string, activity: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: '',
    confidence: 0.3,
    reason: {
      da: `Ingen kolonne er markeret R eller A for "${activity}" (kun C og I: konsulteres og informeres), så ingen ansvarlig er læst. Er det et punkt til orientering, så flyt det ud af planen; ellers skriv R ud for den, der udfører det.`,
      en: `No column is marked R or A for "${activity}" (only C and I: consulted and informed), so no responsible was read. If it is an item for information, move it out of the plan; otherwise write R for whoever carries it out.`,
    },
  };
}
