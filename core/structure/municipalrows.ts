// A shared coordinator's file with two or three municipalities in ONE sheet: a "Kommune" column
// ("Lolland", "Guldborgsund", "Begge"), or one block per municipality under a heading row naming it
// ("Lolland Kommune", "Guldborgsund Kommune", "Fælles"). The copy is submitted by one of them, the
// municipality the cover names. A careful reader takes that municipality's rows and the joint ones,
// and leaves the others' rows out (they are the neighbour's plan, in its own submission), each
// reported at the cell or heading that says whose the row is.
//
// Only where the column or the headings name the cover's own municipality AND another Danish
// municipality. A plan that calls itself joint over its table ("Fælles plan for Norddjurs og
// Syddjurs", "Fælles aktivitetsplan"; p65) is the two municipalities' common plan: every row is part
// of it and is read as before. Partners that are no Danish municipality are partners.ts's.

import { a1 } from '../grid';
import type { ReadCheck } from '../schema';
import { findMunicipalities, foldText, municipalityName } from '../normalize';
import type { DetectedTable } from './detect';
import { JOINT, PARTNER_HEADER } from './partners';

/** A title saying the plan is the municipalities' common plan ("Fælles plan", "Fælles handleplan"). */
const JOINT_PLAN = /\b(?:falles|faelles)\s+[a-z]*plan\b|\bjoint\s+plan\b|\bsamarbejdsplan\b/;
/** A column saying whose municipality the row is, not which partner's: "Kommune", "Municipality". */
const OWNER_HEADER = /^(?:kommune|municipality)$/;
/** How many rows over a table's header may hold its title. */
const TITLE_ROWS = 3;

export interface OtherMunicipalRow {
  readonly sheet: string;
  /** 1-based, as the draft's rows give it. */
  readonly row: number;
  /** The cell that says whose the row is: the column's cell, or the block's heading. */
  readonly cell: string;
  /** Where the check stands: the column's cell, or the row's first cell under a heading. */
  readonly at: string;
  readonly code: string;
  readonly text: string;
  readonly by: 'column' | 'heading';
}

type Rows = readonly { readonly source: { readonly sheet: string; readonly row: number } }[];

const fold = (text: string): string =>
  foldText(text)
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The one Danish municipality a short text names ("Guldborgsund", "Lolland Kommune"), else undefined. */
function namedMunicipality(text: string): string | undefined {
  const found = findMunicipalities(text);
  return found.length === 1 ? found[0]?.code : undefined;
}

/** Whether a table's title (the rows over its header, or the sheet's name) calls the plan joint. */
function jointPlanTitle(t: DetectedTable): boolean {
  const texts = [t.view.name];
  for (let r = Math.max(0, t.headerTop - TITLE_ROWS); r < t.headerTop; r++)
    for (const cell of t.view.rowCells(r)) texts.push(t.view.text(cell.r, cell.c));
  return JOINT_PLAN.test(fold(texts.join(' ')));
}

/**
 * The rows of plan and corps tables that belong to another Danish municipality than the cover's,
 * in a file keeping two or more municipalities' rows in one table. `rows` are the draft rows read
 * from the tables (activities or corps members).
 */
export function otherMunicipalRows(
  tables: readonly DetectedTable[],
  ownCode: string | undefined,
  rows: Rows,
): OtherMunicipalRow[] {
  if (ownCode === undefined || rows.length === 0) return [];
  const candidates = tables.filter((t) => t.key === 'activities' || t.key === 'corps');
  // A file whose plan calls itself joint is the municipalities' common plan, its corps too.
  let joint: boolean | undefined;
  const out: OtherMunicipalRow[] = [];
  for (const t of candidates) {
    const mine = rows.filter(
      (x) =>
        x.source.sheet === t.view.name && x.source.row - 1 >= t.firstRow && x.source.row - 1 <= t.lastRow,
    );
    if (mine.length === 0) continue;
    const found = byColumn(t, ownCode, mine) ?? byHeadings(t, ownCode, mine);
    if (found.length === 0) continue;
    joint ??= candidates.some(jointPlanTitle);
    if (joint) return [];
    out.push(...found);
  }
  return out;
}

/** A "Kommune" column naming the own municipality and another on the rows read. */
function byColumn(t: DetectedTable, ownCode: string, mine: Rows): OtherMunicipalRow[] | undefined {
  // (Cheap first: one header text per column of the table.)
  // Only a column headed "Kommune": one headed "Partner" (or "Samarbejdskommune") lists a joint
  // project's partners, whose rows are all the project's.
  const col = t.info.find(
    (i) => PARTNER_HEADER.test(fold(i.header)) && OWNER_HEADER.test(fold(i.header)),
  )?.col;
  if (col === undefined) return undefined;
  const named = mine.map((x) => {
    const text = t.view.text(x.source.row - 1, col).trim();
    return { x, text, code: JOINT.test(foldText(text)) ? undefined : namedMunicipality(text) };
  });
  if (!named.some((n) => n.code === ownCode)) return undefined;
  // A column listing whom each activity is done with ("PPR", "Skolerne", …) names many that are
  // no municipality: it says nothing of whose the row is.
  const neither = new Set(
    named
      .filter((n) => n.text !== '' && n.code === undefined && !JOINT.test(foldText(n.text)))
      .map((n) => fold(n.text)),
  );
  if (neither.size > 1) return undefined;
  const others = named.filter((n) => n.code !== undefined && n.code !== ownCode);
  if (others.length === 0) return undefined;
  return others.map((n) => ({
    sheet: t.view.name,
    row: n.x.source.row,
    cell: a1(n.x.source.row - 1, col),
    at: a1(n.x.source.row - 1, col),
    code: n.code as string,
    text: n.text,
    by: 'column' as const,
  }));
}

/**
 * Heading rows inside the table naming one municipality each ("Lolland Kommune") or the joint
 * rows ("Fælles", "Begge kommuner"): a row with one text and nothing else. Each holds until the
 * next such heading; a theme heading in between does not end it.
 */
function byHeadings(t: DetectedTable, ownCode: string, mine: Rows): OtherMunicipalRow[] {
  const read = new Set(mine.map((x) => x.source.row - 1));
  const headings: { r: number; cell: string; text: string; code: string | undefined }[] = [];
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    if (read.has(r)) continue;
    const cells = t.view.rowCells(r, t.c0, t.c1).filter((c) => t.view.text(c.r, c.c).trim() !== '');
    if (cells.length !== 1) continue;
    const c = cells[0] as (typeof cells)[number];
    const text = t.view.text(c.r, c.c).trim();
    const folded = fold(text);
    // A heading is short: the name, "Kommune", a word or two more at most.
    if (folded === '' || folded.split(' ').length > 4) continue;
    const code = namedMunicipality(text);
    if (code === undefined && !JOINT.test(folded)) continue;
    headings.push({ r, cell: a1(r, c.c), text, code });
  }
  if (
    !headings.some((h) => h.code === ownCode) ||
    !headings.some((h) => h.code !== undefined && h.code !== ownCode)
  )
    return [];
  const out: OtherMunicipalRow[] = [];
  for (const x of mine) {
    const r = x.source.row - 1;
    let over: (typeof headings)[number] | undefined;
    for (const h of headings) if (h.r < r) over = h;
    if (over?.code === undefined || over.code === ownCode) continue;
    out.push({
      sheet: t.view.name,
      row: x.source.row,
      cell: over.cell,
      at: a1(r, t.c0),
      code: over.code,
      text: over.text,
      by: 'heading',
    });
  }
  return out;
}

/** A row left out as another municipality's. */
export function otherMunicipalRowCheck(
  p: OtherMunicipalRow,
  ownCode: string,
  what: 'activities' | 'corps',
): ReadCheck {
  const theirs = municipalityName(p.code) ?? p.code;
  const own = municipalityName(ownCode) ?? ownCode;
  const da = what === 'activities' ? 'aktivitet' : 'medlem af korpset';
  const en = what === 'activities' ? 'an activity' : 'a corps member';
  const why =
    p.by === 'column'
      ? { da: `cellen ${p.cell} siger "${p.text}"`, en: `cell ${p.cell} says "${p.text}"` }
      : {
          da: `den står under overskriften "${p.text}" (${p.cell})`,
          en: `it stands under the heading "${p.text}" (${p.cell})`,
        };
  const fix =
    p.by === 'column'
      ? { da: `skriv "${own}" eller "Fælles" i cellen`, en: `write "${own}" or "Fælles" in the cell` }
      : {
          da: `flyt den under ${own}s eller de fælles rækker`,
          en: `move it under ${own}'s or the joint rows`,
        };
  return {
    sheet: p.sheet,
    cell: p.at,
    field: what === 'activities' ? 'activities.row' : 'corps.initials',
    value: p.text,
    confidence: 0.7,
    reason: {
      da: `Række ${p.row} hører til ${theirs} Kommune (${why.da}), og forsiden angiver ${own} Kommune; den er ikke læst som ${da} i denne plan. Hører den alligevel til ${own}s plan, så ${fix.da}.`,
      en: `Row ${p.row} belongs to ${theirs} Municipality (${why.en}), and the cover names ${own} Municipality; it was not read as ${en} of this plan. If it belongs to ${own}'s plan after all, ${fix.en}.`,
    },
  };
}
