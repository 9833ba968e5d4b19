// The cover fields (FRONT_SHEET.fields): label/value pairs anywhere outside the tables — the value
// right of its label (across merged or blank cells) or below it, or in the same cell after a colon —
// in Danish or English. The municipality and the period also from a title ("Implementeringsplan for
// Aarhus Kommune, 2. halvår 2026") or a sheet name when nothing else names them; options override.

import type { Place } from '../draft';
import { a1, type GridCell } from '../grid';
import {
  FRONT_SHEET,
  type FrontFieldKey,
  type Lang,
  type Organisation,
  type Phase,
  type SupervisionModel,
} from '../spec';
import {
  findMunicipalities as findMunicipalitiesIn,
  findPeriod as findPeriodIn,
  matchListValue,
  municipalityName,
  parsePeriod,
  type MunicipalityMention,
  type PeriodMatch,
} from '../normalize';
import { parseDateCell } from '../dates';
import { displayText, type SheetView } from './sheet';
import type { Ctx } from './context';
import { municipalityUnknown, periodMalformed, valueNotInList } from './messages';
import { coverLabel as coverLabelIn, coverLabelExact } from './vocab';
import { FRONT_FIRST_ROW } from '../layout';

export interface Cover {
  templateVersion?: string;
  municipality?: { code: string; name: string };
  period?: string;
  phase?: Phase;
  coordinator?: { name: string; email?: string };
  leader?: { name: string; email?: string };
  organisation?: Organisation;
  supervisionModel?: SupervisionModel;
  places: Partial<Record<FrontFieldKey, Place>>;
}

export interface Region {
  readonly sheet: string;
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Where a cover field is in the template layout: Forside, label in A, value in B, from row 3. */
export function templatePlace(key: FrontFieldKey, lang: Lang): Place {
  const i = FRONT_SHEET.fields.findIndex((f) => f.key === key);
  return { sheet: FRONT_SHEET.sheet[lang], cell: a1(FRONT_FIRST_ROW + i, 1) };
}

interface Found {
  readonly key: FrontFieldKey;
  readonly view: SheetView;
  readonly label: GridCell;
  readonly value?: GridCell;
  /** The value written after a colon in the label's own cell. */
  readonly inline?: string;
  readonly place: Place;
}

function inRegion(regions: readonly Region[], sheet: string, r: number, c: number): boolean {
  return regions.some((g) => g.sheet === sheet && r >= g.r0 && r <= g.r1 && c >= g.c0 && c <= g.c1);
}

function labelOf(text: string): { key: FrontFieldKey; inline?: string } | undefined {
  const key = coverLabel(text);
  if (key) return { key };
  const m = /^([^:]{2,40}):\s*(.+)$/su.exec(text);
  if (m?.[1] && m[2]) {
    const k = coverLabel(m[1]);
    if (k) return { key: k, inline: m[2].trim() };
  }
  return undefined;
}

const MAX_RIGHT = 6;

const BARE_EMAIL = /^(?:e-?mail|mail)(?:[ -]?adresse)?\s*(?::\s*(.*))?$/iu;

/**
 * A bare "E-mail" label belongs to the person named just above it or just left of it on the same
 * row ("Koordinator: Hanne Friis" / "E-mail: hafr@esbjerg.dk").
 */
function emailOfPerson(
  cell: GridCell,
  view: SheetView,
  found: ReadonlyMap<FrontFieldKey, Found>,
): { key: FrontFieldKey; inline?: string } | undefined {
  const m = BARE_EMAIL.exec(String(cell.v).trim());
  if (!m) return undefined;
  let best: { key: FrontFieldKey; distance: number } | undefined;
  for (const [key, email] of [
    ['coordinatorName', 'coordinatorEmail'],
    ['leaderName', 'leaderEmail'],
  ] as const) {
    const person = found.get(key);
    if (!person || person.view !== view) continue;
    const above = person.label.c === cell.c && cell.r > person.label.r && cell.r - person.label.r <= 2;
    const left = person.label.r === cell.r && person.label.c < cell.c;
    if (!above && !left) continue;
    const distance = above ? cell.r - person.label.r : cell.c - person.label.c;
    if (!best || distance < best.distance) best = { key: email, distance };
  }
  if (!best) return undefined;
  const inline = m[1]?.trim();
  return inline ? { key: best.key, inline } : { key: best.key };
}

function readCoverUnbounded(
  views: readonly SheetView[],
  regions: readonly Region[],
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string },
): Cover {
  const cover: Cover = { places: {} };
  const found = new Map<FrontFieldKey, Found>();
  const free = (view: SheetView, r: number, c: number): boolean =>
    !view.isUsed(r, c) && !inRegion(regions, view.name, r, c);
  // The text cells outside every table: where labels, values and titles can be.
  // (Hot on large plans: a plain loop, no closure per cell.)
  const outside = views.map((view) => {
    const mine = regions.filter((g) => g.sheet === view.name);
    const cells: GridCell[] = [];
    const all = view.sheet.cells;
    for (let i = 0; i < all.length; i++) {
      const cell = all[i] as GridCell;
      if (typeof cell.v !== 'string') continue;
      let inside = false;
      for (const g of mine) {
        if (cell.r >= g.r0 && cell.r <= g.r1 && cell.c >= g.c0 && cell.c <= g.c1) {
          inside = true;
          break;
        }
      }
      if (!inside && !view.isUsedCell(cell)) cells.push(cell);
    }
    return { view, cells };
  });

  for (const { view, cells } of outside) {
    for (const cell of cells) {
      if (typeof cell.v !== 'string' || view.isUsedCell(cell)) continue;
      const label = labelOf(cell.v.trim()) ?? emailOfPerson(cell, view, found);
      if (!label || found.has(label.key)) continue;
      if (label.inline !== undefined) {
        found.set(label.key, {
          key: label.key,
          view,
          label: cell,
          inline: label.inline,
          place: { sheet: view.name, cell: a1(cell.r, cell.c) },
        });
        continue;
      }
      const m = view.mergeAt(cell.r, cell.c);
      const from = m && m.s.c === cell.c && m.s.r === cell.r ? m.e.c + 1 : cell.c + 1;
      let value: GridCell | undefined;
      let blocked = false;
      for (let c = from; c < from + MAX_RIGHT && !value && !blocked; c++) {
        const v = view.cell(cell.r, c);
        if (!v) continue;
        if (!free(view, v.r, v.c) || (typeof v.v === 'string' && labelOf(v.v.trim()))) blocked = true;
        else value = v;
      }
      if (!value) {
        const below = view.cell(cell.r + 1, cell.c);
        if (
          below &&
          free(view, below.r, below.c) &&
          !(typeof below.v === 'string' && labelOf(below.v.trim()))
        ) {
          value = below;
        }
      }
      found.set(label.key, {
        key: label.key,
        view,
        label: cell,
        ...(value ? { value } : {}),
        place: { sheet: view.name, cell: value ? a1(value.r, value.c) : a1(cell.r, from) },
      });
    }
  }

  // Names before e-mails: an e-mail belongs to a named coordinator or leader.
  const order = [...found.values()].sort(
    (a, b) => Number(a.key.endsWith('Email')) - Number(b.key.endsWith('Email')),
  );
  for (const f of order) {
    f.view.useCell(f.label);
    cover.places[f.key] = f.place;
    const text = f.inline ?? (f.value ? displayText(f.value, ctx.date1904) : '');
    if (text === '') continue;
    if (setField(cover, f, text, ctx)) f.view.useCell(f.value);
  }

  fromTitles(cover, titleCandidates(outside), ctx);
  applyOptions(cover, ctx, lang, options);
  for (const field of FRONT_SHEET.fields) cover.places[field.key] ??= templatePlace(field.key, lang);
  return cover;
}

/** Sets one cover field from its text; false (with an issue) when the text is not a valid value. */
function setField(cover: Cover, f: Found, text: string, ctx: Ctx): boolean {
  const { sheet, cell } = f.place;
  switch (f.key) {
    case 'municipality': {
      const code = matchListValue('municipality', text);
      if (!code) {
        ctx.issues.push(municipalityUnknown(sheet, cell, text));
        return false;
      }
      cover.municipality = { code, name: municipalityName(code) ?? text };
      return true;
    }
    case 'period': {
      const p = periodOfCell(f.value, text, ctx.date1904);
      if (!p) {
        ctx.issues.push(periodMalformed(sheet, cell, text));
        return false;
      }
      cover.period = p;
      return true;
    }
    case 'phase':
    case 'organisation':
    case 'supervisionModel': {
      const id = matchListValue(f.key, text);
      if (!id) {
        ctx.issues.push(valueNotInList(sheet, cell, f.key, text));
        return false;
      }
      if (f.key === 'phase') cover.phase = id as Phase;
      else if (f.key === 'organisation') cover.organisation = id as Organisation;
      else cover.supervisionModel = id as SupervisionModel;
      return true;
    }
    case 'coordinatorName':
      cover.coordinator = { ...cover.coordinator, name: text };
      return true;
    case 'coordinatorEmail':
      if (!cover.coordinator) return false;
      cover.coordinator = { ...cover.coordinator, email: emailOf(f, text) };
      return true;
    case 'leaderName':
      cover.leader = { ...cover.leader, name: text };
      return true;
    case 'leaderEmail':
      if (!cover.leader) return false;
      cover.leader = { ...cover.leader, email: emailOf(f, text) };
      return true;
    case 'templateVersion':
      cover.templateVersion = text;
      return true;
    case 'lastSubmitted':
    case 'receiptId':
      // Written by korpsplan itself when a plan is submitted; not part of the plan.
      return true;
  }
}

function emailOf(f: Found, text: string): string {
  const link = f.value?.link;
  if (link && /^mailto:/i.test(link) && !text.includes('@'))
    return link.replace(/^mailto:/i, '').split('?')[0] ?? text;
  return text;
}

/** A half-year from a period cell: "2026-H2", "2. halvår 2026", or a date range inside one half. */
function periodOfCell(cell: GridCell | undefined, text: string, date1904: boolean): string | undefined {
  const p = parsePeriod(text);
  if (p) return p.id;
  if (!cell) return undefined;
  const d = parseDateCell(cell, date1904);
  if (!d.ok || d.span.start === undefined) return undefined;
  const half = (iso: string): string => `${iso.slice(0, 4)}-H${Number(iso.slice(5, 7)) <= 6 ? 1 : 2}`;
  const a = half(d.span.start);
  return a === half(d.span.deadline) ? parsePeriod(a)?.id : undefined;
}

function fromTitles(
  cover: Cover,
  outside: readonly { view: SheetView; cells: readonly GridCell[] }[],
  ctx: Ctx,
): void {
  type Mention = { view: SheetView; cell: GridCell; text: string; title: boolean };
  const texts: Mention[] = [];
  for (const { view, cells } of outside) {
    const firstRow = view.rows[0] ?? 0;
    for (const cell of cells) {
      if (typeof cell.v !== 'string' || view.isUsedCell(cell)) continue;
      const m = view.mergeAt(cell.r, cell.c);
      const title = cell.r <= firstRow + 4 || (m !== undefined && m.e.c > m.s.c);
      texts.push({ view, cell, text: cell.v, title });
    }
  }
  const municipalityFrom = cover.municipality === undefined;
  const periodFrom = cover.period === undefined;
  for (const strong of [true, false]) {
    for (const t of texts) {
      if (!municipalityFrom || cover.municipality) break;
      const mention = findMunicipalities(t.text).find((m) => m.withKommune === strong || !strong);
      if (!mention || (!strong && !t.title)) continue;
      cover.municipality = { code: mention.code, name: municipalityName(mention.code) ?? mention.code };
      cover.places.municipality = { sheet: t.view.name, cell: a1(t.cell.r, t.cell.c) };
    }
  }
  for (const t of texts) {
    if (!periodFrom || cover.period) break;
    const p = findPeriod(t.text);
    if (!p) continue;
    const place = { sheet: t.view.name, cell: a1(t.cell.r, t.cell.c) };
    cover.places.period = place;
    if (p.inRange) cover.period = p.id;
    else {
      ctx.issues.push(periodMalformed(place.sheet, place.cell, t.text));
      break;
    }
  }
  // A title counts as used when the plan's municipality or period was taken from it and it names
  // nothing else; a title that gave nothing (even one that repeats what a label gave), or names
  // another municipality or half-year, is reported.
  const isPlace = (place: Place | undefined, t: Mention): boolean =>
    place !== undefined && place.sheet === t.view.name && place.cell === a1(t.cell.r, t.cell.c);
  for (const t of texts) {
    if (t.view.isUsedCell(t.cell)) continue;
    const ms = findMunicipalities(t.text).filter((m) => m.withKommune || t.title);
    const p = findPeriod(t.text);
    const gave =
      (municipalityFrom &&
        isPlace(cover.places.municipality, t) &&
        ms.some((m) => m.code === cover.municipality?.code)) ||
      (periodFrom && isPlace(cover.places.period, t) && p !== undefined && p.id === cover.period);
    const other =
      ms.some((m) => m.code !== cover.municipality?.code) || (p?.inRange === true && p.id !== cover.period);
    if (gave && !other) t.view.useCell(t.cell);
  }
  if (!cover.municipality) {
    for (const { view } of outside) {
      const mention = findMunicipalities(view.name)[0];
      if (!mention) continue;
      cover.municipality = { code: mention.code, name: municipalityName(mention.code) ?? mention.code };
      cover.places.municipality ??= { sheet: view.name, cell: 'A1' };
      break;
    }
  }
}

function applyOptions(
  cover: Cover,
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string },
): void {
  if (options.municipality !== undefined) {
    const code = matchListValue('municipality', options.municipality);
    const place = cover.places.municipality ?? templatePlace('municipality', lang);
    if (code) cover.municipality = { code, name: municipalityName(code) ?? options.municipality };
    else {
      delete cover.municipality;
      ctx.issues.push(municipalityUnknown(place.sheet, place.cell, options.municipality));
    }
  }
  if (options.period !== undefined) {
    const p = parsePeriod(options.period);
    const place = cover.places.period ?? templatePlace('period', lang);
    if (p) cover.period = p.id;
    else {
      delete cover.period;
      ctx.issues.push(periodMalformed(place.sheet, place.cell, options.period));
    }
  }
}

// --- Bounded look-ups --------------------------------------------------------------------------
// The look-ups above run once per text cell outside the tables: a label match compares the text
// with every label and alias, allowing for misspellings (~0.5 ms), and a title search runs ~200
// substring searches over the whole text. A workbook that repeats one text in hundreds of
// thousands of cells, or holds a great many distinct ones, must not cost cells × that. So, for one
// workbook: answers are remembered by value; a title search reads at most TITLE_SCAN characters of
// a text; only the first TITLE_CANDIDATES texts (in workbook order) are searched for a title at all
// (a title, or a "... Kommune" naming the plan's municipality, sits near the top); and after
// FUZZY_LABELS distinct texts, labels are still recognised anywhere, but only as written.
// Kept beside the original functions, under the names the code above calls, so that code is unchanged.

/** Characters of one text searched for a title mention: a title is a line, not a page. */
const TITLE_SCAN = 300;
/** Text cells outside the tables searched for title mentions, in workbook order. */
export const TITLE_CANDIDATES = 2_000;
/** Distinct texts matched against the cover labels with tolerance for misspellings. */
export const FUZZY_LABELS = 2_000;

/** What one workbook's cover reading has looked up; emptied when the reading ends. */
const lookups = {
  municipalities: new Map<string, MunicipalityMention[]>(),
  periods: new Map<string, PeriodMatch | undefined>(),
  labels: new Map<string, FrontFieldKey | undefined>(),
  clear(): void {
    this.municipalities.clear();
    this.periods.clear();
    this.labels.clear();
  },
};

/** Reads the cover fields (see readCoverUnbounded) with the look-ups bounded as described above. */
export function readCover(
  views: readonly SheetView[],
  regions: readonly Region[],
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string },
): Cover {
  lookups.clear();
  try {
    return readCoverUnbounded(views, regions, ctx, lang, options);
  } finally {
    lookups.clear();
  }
}

/** The start of `text` a title search reads: cut at a space, so no word is cut in two. */
function titleScan(text: string): string {
  if (text.length <= TITLE_SCAN) return text;
  const cut = text.lastIndexOf(' ', TITLE_SCAN);
  return text.slice(0, cut > 0 ? cut : TITLE_SCAN);
}

function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(key);
  cache.set(key, value);
  return value;
}

function findMunicipalities(text: string): MunicipalityMention[] {
  return remembered(lookups.municipalities, titleScan(text), findMunicipalitiesIn);
}

function findPeriod(text: string): PeriodMatch | undefined {
  return remembered(lookups.periods, titleScan(text), findPeriodIn);
}

function coverLabel(text: string): FrontFieldKey | undefined {
  const labels = lookups.labels;
  if (labels.size < FUZZY_LABELS || labels.has(text)) return remembered(labels, text, coverLabelIn);
  return coverLabelExact(text);
}

/** The text cells searched for titles: the first TITLE_CANDIDATES of them, in workbook order. */
function titleCandidates<T extends { readonly cells: readonly GridCell[] }>(outside: readonly T[]): T[] {
  let left = TITLE_CANDIDATES;
  return outside.map((o) => {
    const cells = o.cells.length <= left ? o.cells : o.cells.slice(0, left);
    left -= cells.length;
    return { ...o, cells };
  });
}
