// A test-only reader of an .xlsx package that resolves what each cell looks like: its value and
// the font, fill, border, number format and alignment its style index (xf) points to in
// styles.xml, with theme colours (and tints) and indexed colours turned into RGB; plus column
// widths, row heights, hidden rows and columns, merges, comments (legacy and threaded), header and
// footer, panes, tab colour, data validations, conditional formats and links. It uses fflate and
// saxes only — never exceljs, whose output it judges — and reads the parts through the package's
// own relationships, so files of any writer read alike.

import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

// --- XML ------------------------------------------------------------------------------------------

export interface XNode {
  /** Local name (prefix dropped). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XNode[];
  /** Text directly inside the element. */
  text: string;
}

export function parseXml(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XNode[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) {
      attrs[k.includes(':') && !k.startsWith('xmlns') ? k.slice(k.indexOf(':') + 1) : k] = v;
    }
    const node: XNode = {
      name: tag.name.slice(tag.name.indexOf(':') + 1),
      attrs,
      children: [],
      text: '',
    };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.write(xml).close();
  const doc = root.children[0];
  if (!doc) throw new Error('empty XML');
  return doc;
}

function kids(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

function kid(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** All descendants with this name, in document order. */
function all(node: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** Text of all descendant <t> elements (a rich text's runs joined). */
function runsText(node: XNode): string {
  if (node.name === 't') return node.text;
  return node.children
    .filter((c) => c.name !== 'rPh' && c.name !== 'phoneticPr')
    .map(runsText)
    .join('');
}

// --- Colours --------------------------------------------------------------------------------------

/** Excel's default palette (indexed colours 0–63), RGB. */
const DEFAULT_PALETTE = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
]; // prettier-ignore

function rgbToHsl(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): string {
  const f = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = f(p, q, h + 1 / 3);
    g = f(p, q, h);
    b = f(p, q, h - 1 / 3);
  }
  const hex = (x: number): string =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  return `${hex(r)}${hex(g)}${hex(b)}`;
}

/** A tint as Excel applies it: towards white (positive) or black (negative), in HSL lightness. */
function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, s, l] = rgbToHsl(hex);
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToRgb(h, s, l2);
}

interface ColourContext {
  readonly theme: readonly string[];
  readonly palette: readonly string[];
}

/** A colour element as RGB ("FF0000"), "auto", "system" (indexed 64/65) or undefined. */
export function colour(node: XNode | undefined, ctx: ColourContext): string | undefined {
  if (!node) return undefined;
  const a = node.attrs;
  const tint = Number(a.tint ?? 0);
  let base: string | undefined;
  if (a.rgb !== undefined) base = a.rgb.slice(-6).toUpperCase();
  else if (a.theme !== undefined) {
    // Excel's theme indexes swap the first two pairs: 0 lt1, 1 dk1, 2 lt2, 3 dk2, 4.. accents.
    const order = [1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11];
    base = ctx.theme[order[Number(a.theme)] ?? -1];
  } else if (a.indexed !== undefined) {
    const i = Number(a.indexed);
    if (i >= 64) return 'system';
    base = (ctx.palette.length > 0 ? ctx.palette : DEFAULT_PALETTE)[i];
  } else if (a.auto === '1' || a.auto === 'true') return 'auto';
  return base === undefined ? undefined : tinted(base, tint);
}

// --- Number formats -----------------------------------------------------------------------------

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

// --- Styles -------------------------------------------------------------------------------------

export interface CellLook {
  readonly numFmt: string;
  readonly font: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly fill: Readonly<Record<string, string | undefined>>;
  readonly border: Readonly<Record<string, string | undefined>>;
  readonly alignment: Readonly<Record<string, string | number | boolean | undefined>>;
}

function on(v: string | undefined): boolean {
  return v !== undefined && v !== '0' && v !== 'false';
}

function fontLook(node: XNode | undefined, ctx: ColourContext): CellLook['font'] {
  const val = (name: string): string | undefined => kid(node, name)?.attrs.val;
  const flag = (name: string): boolean => {
    const k = kid(node, name);
    return k !== undefined && (k.attrs.val === undefined || on(k.attrs.val));
  };
  const u = kid(node, 'u');
  return {
    bold: flag('b'),
    italic: flag('i'),
    strike: flag('strike'),
    underline: u ? (u.attrs.val ?? 'single') : undefined,
    size: val('sz') === undefined ? undefined : Number(val('sz')),
    name: val('name') ?? val('rFont'),
    color: colour(kid(node, 'color'), ctx),
    vertAlign: val('vertAlign'),
  };
}

function fillLook(node: XNode | undefined, ctx: ColourContext): CellLook['fill'] {
  const pattern = kid(node, 'patternFill');
  if (!pattern) return kid(node, 'gradientFill') ? { pattern: 'gradient' } : { pattern: 'none' };
  const type = pattern.attrs.patternType ?? (kid(pattern, 'fgColor') ? 'solid' : 'none');
  if (type === 'none') return { pattern: 'none' };
  return {
    pattern: type,
    fg: colour(kid(pattern, 'fgColor'), ctx),
    // The background colour shows only through patterns, not through a solid fill.
    bg: type === 'solid' ? undefined : colour(kid(pattern, 'bgColor'), ctx),
  };
}

function borderLook(node: XNode | undefined, ctx: ColourContext): CellLook['border'] {
  const out: Record<string, string | undefined> = {};
  for (const side of ['left', 'right', 'top', 'bottom', 'diagonal']) {
    const s = kid(node, side) ?? kid(node, side === 'left' ? 'start' : side === 'right' ? 'end' : '');
    const style = s?.attrs.style;
    if (!style || style === 'none') continue;
    const c = colour(kid(s, 'color'), ctx);
    // No colour, "auto" and the system foreground all draw in the automatic (black) colour.
    out[side] = `${style} ${c === undefined || c === 'system' || c === 'auto' ? 'auto' : c}`;
  }
  if (node && out.diagonal)
    out.diagonal += ` ${on(node.attrs.diagonalUp) ? 'up' : ''}${on(node.attrs.diagonalDown) ? 'down' : ''}`;
  return out;
}

function alignmentLook(node: XNode | undefined): CellLook['alignment'] {
  const a = node?.attrs ?? {};
  const h = a.horizontal === 'general' ? undefined : a.horizontal;
  const v = a.vertical === 'bottom' ? undefined : a.vertical;
  return {
    horizontal: h,
    vertical: v,
    wrapText: on(a.wrapText),
    shrinkToFit: on(a.shrinkToFit),
    indent: a.indent === undefined || a.indent === '0' ? undefined : Number(a.indent),
    textRotation: a.textRotation === undefined || a.textRotation === '0' ? undefined : Number(a.textRotation),
  };
}

// --- The package ------------------------------------------------------------------------------------

export interface ReadComment {
  readonly author: string | undefined;
  readonly text: string;
}

export interface ReadSheet {
  readonly name: string;
  readonly state: string;
  /** Cells by A1 address: each cell element of the sheet, with or without a value. */
  readonly cells: ReadonlyMap<string, { value: unknown; formula: string | undefined; look: CellLook }>;
  /** Column widths and hidden columns, by 1-based column number. */
  readonly columns: ReadonlyMap<number, { width: number | undefined; hidden: boolean }>;
  readonly defaultColWidth: number | undefined;
  /** Row heights (where set) and hidden rows, by 1-based row number. */
  readonly rows: ReadonlyMap<number, { height: number | undefined; hidden: boolean }>;
  readonly merges: readonly string[];
  /** Legacy notes (threaded comments stand in their place where there are any). */
  readonly comments: ReadonlyMap<string, ReadComment[]>;
  readonly threaded: ReadonlyMap<string, ReadComment[]>;
  readonly headerFooter: Readonly<Record<string, string>>;
  readonly pane: Readonly<Record<string, string>> | undefined;
  readonly tabColor: string | undefined;
  readonly validations: readonly { sqref: string; type: string; formulas: readonly string[] }[];
  readonly conditionalFormats: readonly {
    sqref: string;
    types: readonly string[];
    formulas: readonly string[];
  }[];
  /** External links by cell. */
  readonly links: ReadonlyMap<string, string>;
  readonly tables: readonly XNode[];
  readonly xml: string;
}

export interface ReadPackage {
  readonly sheets: readonly ReadSheet[];
  /** The look of a cell with no style (xf 0): what a cell the sheet does not list looks like. */
  readonly defaultLook: CellLook;
  readonly part: (name: string) => string | undefined;
  readonly sheet: (name: string) => ReadSheet;
}

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function readPackage(bytes: Uint8Array): ReadPackage {
  const files = unzipSync(bytes);
  const part = (name: string): string | undefined => {
    const f = files[name];
    return f ? strFromU8(f) : undefined;
  };
  const need = (name: string): string => {
    const t = part(name);
    if (t === undefined) throw new Error(`no part ${name}`);
    return t;
  };
  const relsOf = (source: string): { id: string; type: string; target: string; external: boolean }[] => {
    const slash = source.lastIndexOf('/');
    const text = part(`${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`);
    if (!text) return [];
    return kids(parseXml(text), 'Relationship').map((r) => {
      const external = r.attrs.TargetMode === 'External';
      return {
        id: r.attrs.Id ?? '',
        type: (r.attrs.Type ?? '').split('/').pop() ?? '',
        target: external ? (r.attrs.Target ?? '') : resolve(source, r.attrs.Target ?? ''),
        external,
      };
    });
  };
  const main = relsOf('').find((r) => r.type === 'officeDocument')!.target;
  const wbRels = relsOf(main);
  const wb = parseXml(need(main));

  const themePart = wbRels.find((r) => r.type === 'theme')?.target;
  const theme: string[] = [];
  if (themePart && part(themePart)) {
    const scheme = all(parseXml(need(themePart)), 'clrScheme')[0];
    for (const c of scheme?.children ?? []) {
      const v = c.children[0];
      theme.push((v?.attrs.lastClr ?? v?.attrs.val ?? '').toUpperCase());
    }
  }
  const stylesPart = wbRels.find((r) => r.type === 'styles')?.target;
  const styles = stylesPart ? parseXml(need(stylesPart)) : undefined;
  const palette = kids(kid(kid(styles, 'colors'), 'indexedColors'), 'rgbColor').map((c) =>
    (c.attrs.rgb ?? '').slice(-6).toUpperCase(),
  );
  const ctx: ColourContext = { theme, palette };
  const numFmts = new Map(
    kids(kid(styles, 'numFmts'), 'numFmt').map((n) => [Number(n.attrs.numFmtId), n.attrs.formatCode ?? '']),
  );
  const fonts = kids(kid(styles, 'fonts'), 'font');
  const fills = kids(kid(styles, 'fills'), 'fill');
  const borders = kids(kid(styles, 'borders'), 'border');
  const xfs = kids(kid(styles, 'cellXfs'), 'xf');
  const looks = new Map<number, CellLook>();
  const lookOf = (s: number): CellLook => {
    let look = looks.get(s);
    if (!look) {
      const xf = xfs[s];
      const id = Number(xf?.attrs.numFmtId ?? 0);
      look = {
        numFmt: numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`,
        font: fontLook(fonts[Number(xf?.attrs.fontId ?? 0)], ctx),
        fill: fillLook(fills[Number(xf?.attrs.fillId ?? 0)], ctx),
        border: borderLook(borders[Number(xf?.attrs.borderId ?? 0)], ctx),
        alignment: alignmentLook(kid(xf, 'alignment')),
      };
      looks.set(s, look);
    }
    return look;
  };

  const sstPart = wbRels.find((r) => r.type === 'sharedStrings')?.target;
  const strings = sstPart ? kids(parseXml(need(sstPart)), 'si').map(runsText) : [];
  const personsPart = wbRels.find((r) => r.type === 'person')?.target;
  const persons = new Map(
    personsPart
      ? kids(parseXml(need(personsPart)), 'person').map((p) => [p.attrs.id ?? '', p.attrs.displayName ?? ''])
      : [],
  );

  const sheets: ReadSheet[] = [];
  for (const s of kids(kid(wb, 'sheets'), 'sheet')) {
    const rel = wbRels.find((r) => r.id === s.attrs.id)!;
    const xml = need(rel.target);
    const ws = parseXml(xml);
    const rels = relsOf(rel.target);
    const cells = new Map<string, { value: unknown; formula: string | undefined; look: CellLook }>();
    const rowInfo = new Map<number, { height: number | undefined; hidden: boolean }>();
    for (const row of kids(kid(ws, 'sheetData'), 'row')) {
      const r = Number(row.attrs.r);
      rowInfo.set(r, {
        height: row.attrs.ht === undefined ? undefined : Number(row.attrs.ht),
        hidden: on(row.attrs.hidden),
      });
      for (const c of kids(row, 'c')) {
        const t = c.attrs.t ?? 'n';
        const v = kid(c, 'v')?.text;
        let value: unknown = null;
        if (t === 's' && v !== undefined) value = strings[Number(v)];
        else if (t === 'inlineStr') value = runsText(kid(c, 'is') ?? c);
        else if (t === 'str') value = v ?? null;
        else if (t === 'b') value = v === undefined ? null : v === '1';
        else if (t === 'e') value = v === undefined ? null : { error: v };
        else if (v !== undefined) value = Number(v);
        cells.set(c.attrs.r ?? '', {
          value,
          formula: kid(c, 'f')?.text,
          look: lookOf(Number(c.attrs.s ?? 0)),
        });
      }
    }
    const columns = new Map<number, { width: number | undefined; hidden: boolean }>();
    for (const col of kids(kid(ws, 'cols'), 'col')) {
      for (let i = Number(col.attrs.min); i <= Number(col.attrs.max) && i <= 16384; i++) {
        columns.set(i, {
          width: col.attrs.width === undefined ? undefined : Number(col.attrs.width),
          hidden: on(col.attrs.hidden),
        });
      }
    }
    const noteList = (partName: string | undefined): Map<string, ReadComment[]> => {
      const out = new Map<string, ReadComment[]>();
      if (!partName) return out;
      const doc = parseXml(need(partName));
      const authors = kids(kid(doc, 'authors'), 'author').map((a) => a.text);
      for (const c of kids(kid(doc, 'commentList'), 'comment')) {
        const list = out.get(c.attrs.ref ?? '') ?? [];
        list.push({ author: authors[Number(c.attrs.authorId ?? -1)], text: runsText(kid(c, 'text') ?? c) });
        out.set(c.attrs.ref ?? '', list);
      }
      return out;
    };
    const threaded = new Map<string, ReadComment[]>();
    for (const r of rels.filter((x) => x.type === 'threadedComment')) {
      for (const c of kids(parseXml(need(r.target)), 'threadedComment')) {
        const list = threaded.get(c.attrs.ref ?? '') ?? [];
        list.push({ author: persons.get(c.attrs.personId ?? ''), text: kid(c, 'text')?.text ?? '' });
        threaded.set(c.attrs.ref ?? '', list);
      }
    }
    const hf = kid(ws, 'headerFooter');
    const headerFooter: Record<string, string> = {};
    for (const k of ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']) {
      const node = kid(hf, k);
      if (node) headerFooter[k] = node.text;
    }
    for (const k of ['differentFirst', 'differentOddEven'])
      if (hf && on(hf.attrs[k])) headerFooter[k] = 'true';
    const pane = kid(kid(kid(ws, 'sheetViews'), 'sheetView'), 'pane');
    const links = new Map<string, string>();
    for (const h of kids(kid(ws, 'hyperlinks'), 'hyperlink')) {
      const target = rels.find((r) => r.id === h.attrs.id && r.external)?.target;
      if (target) links.set(h.attrs.ref ?? '', target);
    }
    const fmt = kid(ws, 'sheetFormatPr');
    sheets.push({
      name: s.attrs.name ?? '',
      state: s.attrs.state ?? 'visible',
      cells,
      columns,
      defaultColWidth:
        fmt?.attrs.defaultColWidth === undefined ? undefined : Number(fmt.attrs.defaultColWidth),
      rows: rowInfo,
      merges: kids(kid(ws, 'mergeCells'), 'mergeCell').map((m) => m.attrs.ref ?? ''),
      comments: noteList(rels.find((r) => r.type === 'comments')?.target),
      threaded,
      headerFooter,
      pane: pane ? { ...pane.attrs } : undefined,
      tabColor: colour(kid(kid(ws, 'sheetPr'), 'tabColor'), ctx),
      validations: kids(kid(ws, 'dataValidations'), 'dataValidation').map((v) => ({
        sqref: v.attrs.sqref ?? '',
        type: v.attrs.type ?? 'none',
        formulas: [kid(v, 'formula1')?.text, kid(v, 'formula2')?.text].filter(
          (f): f is string => f !== undefined,
        ),
      })),
      conditionalFormats: kids(ws, 'conditionalFormatting').map((cf) => ({
        sqref: cf.attrs.sqref ?? '',
        types: kids(cf, 'cfRule').map((r) => r.attrs.type ?? ''),
        formulas: kids(cf, 'cfRule').flatMap((r) => kids(r, 'formula').map((f) => f.text)),
      })),
      links,
      tables: rels.filter((r) => r.type === 'table').map((r) => parseXml(need(r.target))),
      xml,
    });
  }
  return {
    sheets,
    defaultLook: lookOf(0),
    part,
    sheet: (name) => {
      const found = sheets.find((x) => x.name === name);
      if (!found) throw new Error(`no sheet ${name} (${sheets.map((x) => x.name).join(', ')})`);
      return found;
    },
  };
}

/** "F4:F8 F10:F11" → every cell address it covers. */
export function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const name = (c: number): string => {
    let s = '';
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  for (const ref of sqref.split(/\s+/).filter(Boolean)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, ''));
    if (!m) throw new Error(`not a range: ${ref}`);
    const c1 = col(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? col(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${name(c)}${r}`);
  }
  return out;
}
