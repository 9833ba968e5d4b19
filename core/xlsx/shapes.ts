// The shapes of a sheet's drawing (xl/drawings/drawingN.xml) as a careful reader sees them: where
// each stands (the cells under its corners), its geometry, its fill and its text, line by line; and
// the form controls of a sheet (xl/ctrlProps/ctrlPropN.xml: a check box ticked, an option button
// chosen, a drop-down's item), each placed by its shape in the drawing, which also holds its caption.
//
// A timeline drawn with shapes (boxes above and below an arrow, their fill the theme by a legend of
// shapes) and a checklist answered with option buttons are plans a coordinator keeps outside the
// cells; structuring reads them from here (core/structure/timeline.ts, formcontrols.ts).
//
// Only what the drawing's first choice of each mc:AlternateContent holds is read (the fallback
// repeats it for older programs); DrawingHandler (annotations.ts) feeds this collector after its
// own choice, so both see the same elements.

import type { GridControl, GridShape } from '../grid';
import { applyLuminance, hexColour, SCHEME_INDEX } from './theme';
import type { XmlHandler, XmlScanner } from './xml';

/** Shapes kept per drawing: a timeline has dozens; a drawing of thousands is not a plan's. */
export const MAX_SHAPES = 2000;
/** Characters of a shape's text kept (a box holds a few lines). */
const MAX_TEXT = 4000;

/** A few of DrawingML's preset colour names (prstClr), as Office writes them. */
const PRESET: Readonly<Record<string, string>> = {
  white: 'FFFFFF',
  black: '000000',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
  gray: '808080',
};

const COLOURS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr']);

/** A colour being read: its base and the luminance modifiers inside it. */
interface ColourRead {
  base: string | undefined;
  lumMod: number;
  lumOff: number;
  tint: number | undefined;
  shade: number | undefined;
}

/** One object being read (a shape, a connector or a group). */
interface Frame {
  readonly kind: 'sp' | 'cxnSp' | 'grpSp';
  id: string | undefined;
  hidden: boolean;
  textBox: boolean;
  geom: string;
  /** The fill of its shape properties: a colour ("RRGGBB"), 'none' (noFill), or undefined (none written). */
  fill: string | undefined;
  /** The fill its style refers to (fillRef idx ≥ 1), when its properties write none. */
  styleFill: string | undefined;
  paragraphs: string[];
  /** Its offset and size (EMU); a group's children's coordinates too. */
  off?: { x: number; y: number };
  ext?: { cx: number; cy: number };
  chOff?: { x: number; y: number };
  chExt?: { cx: number; cy: number };
  /** Its cells (0-based), once known. */
  cells?: { r: number; c: number; r2: number; c2: number };
}

/** A shape read with the id of its non-visual properties (a form control's shape is found by it). */
export interface ReadShape extends GridShape {
  readonly id?: string;
  readonly hidden?: true;
}

/** Reads the shapes of one drawing part; fed element by element by DrawingHandler. */
export class ShapeCollector {
  readonly shapes: ReadShape[] = [];
  private readonly names: string[] = [];
  /** The anchor being read: its two corners' cells, as written. */
  private anchor: { from: { r: number; c: number }; to: { r: number; c: number } } | undefined;
  private marker: 'from' | 'to' | undefined;
  private markerField: 'col' | 'row' | undefined;
  private markerText = '';
  private readonly frames: Frame[] = [];
  private colour: ColourRead | undefined;
  /** Where the colour being read goes: the shape's fill or its style's fill reference. */
  private colourFor: 'fill' | 'style' | undefined;
  private fillRefIdx = 0;
  private inText = false;
  private textBuf = '';

  constructor(private readonly theme: readonly string[]) {}

  private parent(depth = 1): string | undefined {
    return this.names[this.names.length - depth];
  }

  open(name: string, x: XmlScanner): void {
    const parent = this.parent();
    const grand = this.parent(2);
    this.names.push(name);
    if (name === 'twoCellAnchor' || name === 'oneCellAnchor') {
      this.anchor = { from: { r: -1, c: -1 }, to: { r: -1, c: -1 } };
      return;
    }
    if (this.anchor && this.frames.length === 0 && (name === 'from' || name === 'to')) {
      this.marker = name;
      return;
    }
    if (this.marker && (name === 'col' || name === 'row')) {
      this.markerField = name;
      this.markerText = '';
      return;
    }
    if (name === 'sp' || name === 'cxnSp' || name === 'grpSp') {
      if (this.anchor === undefined) return;
      this.frames.push({
        kind: name,
        id: undefined,
        hidden: false,
        textBox: false,
        geom: '',
        fill: undefined,
        styleFill: undefined,
        paragraphs: [],
      });
      return;
    }
    const f = this.frames[this.frames.length - 1];
    if (f === undefined) return;
    switch (name) {
      case 'cNvPr':
        f.id = x.attr('id');
        f.hidden = x.attr('hidden') === '1' || x.attr('hidden') === 'true';
        return;
      case 'cNvSpPr':
        f.textBox = x.attr('txBox') === '1' || x.attr('txBox') === 'true';
        return;
      case 'prstGeom':
        if (parent === 'spPr') f.geom = x.attr('prst') ?? '';
        return;
      case 'noFill':
        if (parent === 'spPr' || parent === 'grpSpPr') f.fill = 'none';
        return;
      case 'fillRef': {
        const idx = Number(x.attr('idx') ?? '0');
        this.fillRefIdx = Number.isFinite(idx) ? idx : 0;
        return;
      }
      case 'off':
      case 'chOff':
        if (parent === 'xfrm') {
          const at = { x: Number(x.attr('x') ?? '0'), y: Number(x.attr('y') ?? '0') };
          if (name === 'off') f.off = at;
          else f.chOff = at;
        }
        return;
      case 'ext':
      case 'chExt':
        if (parent === 'xfrm') {
          const size = { cx: Number(x.attr('cx') ?? '0'), cy: Number(x.attr('cy') ?? '0') };
          if (name === 'ext') f.ext = size;
          else f.chExt = size;
        }
        return;
      case 'p':
        if (parent === 'txBody') {
          f.paragraphs.push('');
          this.textBuf = '';
        }
        return;
      case 't':
        if (parent === 'r' || parent === 'fld') this.inText = true;
        return;
      case 'br':
        if (parent === 'p' && f.paragraphs.length > 0) f.paragraphs[f.paragraphs.length - 1] += '\n';
        return;
      case 'lumMod':
      case 'lumOff':
      case 'tint':
      case 'shade':
        if (this.colour && COLOURS.has(parent ?? '')) {
          const v = Number(x.attr('val') ?? '');
          if (Number.isFinite(v)) {
            if (name === 'lumMod') this.colour.lumMod = v / 100000;
            else if (name === 'lumOff') this.colour.lumOff = v / 100000;
            else if (name === 'tint') this.colour.tint = v / 100000;
            else this.colour.shade = v / 100000;
          }
        }
        return;
    }
    if (COLOURS.has(name)) {
      // The shape's own fill (spPr › solidFill) or its style's (style › fillRef).
      const target =
        parent === 'solidFill' && (grand === 'spPr' || grand === 'grpSpPr')
          ? 'fill'
          : parent === 'fillRef'
            ? 'style'
            : undefined;
      if (target === undefined) return;
      this.colourFor = target;
      this.colour = {
        base: this.baseColour(name, x),
        lumMod: 1,
        lumOff: 0,
        tint: undefined,
        shade: undefined,
      };
    }
  }

  private baseColour(name: string, x: XmlScanner): string | undefined {
    if (name === 'srgbClr') return hexColour(x.attr('val'));
    if (name === 'sysClr') return hexColour(x.attr('lastClr'));
    if (name === 'prstClr') return PRESET[x.attr('val') ?? ''];
    if (name === 'schemeClr') {
      const i = SCHEME_INDEX[x.attr('val') ?? ''];
      return i === undefined ? undefined : this.theme[i];
    }
    return undefined;
  }

  close(name: string): void {
    this.names.pop();
    if (this.markerField && name === this.markerField && this.anchor && this.marker) {
      const n = Number(this.markerText.trim());
      if (Number.isInteger(n) && n >= 0) this.anchor[this.marker][name === 'col' ? 'c' : 'r'] = n;
      this.markerField = undefined;
      return;
    }
    if (name === 'from' || name === 'to') {
      if (this.marker === name) this.marker = undefined;
      return;
    }
    if (name === 'twoCellAnchor' || name === 'oneCellAnchor') {
      this.anchor = undefined;
      return;
    }
    if (name === 't') {
      this.inText = false;
      return;
    }
    if (COLOURS.has(name) && this.colour) {
      const c = this.colour;
      let hex = c.base;
      if (hex !== undefined) {
        if (c.lumMod !== 1 || c.lumOff !== 0) hex = applyLuminance(hex, c.lumMod, c.lumOff);
        if (c.tint !== undefined) hex = applyLuminance(hex, c.tint, 1 - c.tint);
        if (c.shade !== undefined) hex = applyLuminance(hex, c.shade, 0);
      }
      const f = this.frames[this.frames.length - 1];
      if (f && hex !== undefined) {
        if (this.colourFor === 'fill') f.fill = hex;
        else if (this.colourFor === 'style' && this.fillRefIdx > 0) f.styleFill = hex;
      }
      this.colour = undefined;
      this.colourFor = undefined;
      return;
    }
    if (name === 'sp' || name === 'cxnSp' || name === 'grpSp') {
      const f = this.frames[this.frames.length - 1];
      if (f === undefined || f.kind !== name) return;
      this.frames.pop();
      this.finish(f);
    }
  }

  text(t: string): void {
    if (this.markerField) {
      this.markerText += t;
      return;
    }
    if (!this.inText) return;
    const f = this.frames[this.frames.length - 1];
    if (f === undefined || f.paragraphs.length === 0) return;
    const last = f.paragraphs.length - 1;
    if ((f.paragraphs[last] ?? '').length < MAX_TEXT) f.paragraphs[last] += t;
  }

  /** The cells of a finished object: its anchor's, or (in a group) its part of the group's. */
  private cellsOf(f: Frame): Frame['cells'] {
    const group = this.frames[this.frames.length - 1];
    if (group === undefined) {
      const a = this.anchor;
      if (!a || a.from.r < 0 || a.from.c < 0) return undefined;
      const to = a.to.r < 0 || a.to.c < 0 ? a.from : a.to;
      return { r: a.from.r, c: a.from.c, r2: to.r, c2: to.c };
    }
    const g = group.cells ?? this.groupCells(group);
    if (!g || !f.off || !f.ext) return g;
    // The group's children stand in its child coordinates (chOff, chExt), laid over its cells.
    const ox = group.chOff?.x ?? group.off?.x ?? 0;
    const oy = group.chOff?.y ?? group.off?.y ?? 0;
    const w = group.chExt?.cx ?? group.ext?.cx ?? 0;
    const h = group.chExt?.cy ?? group.ext?.cy ?? 0;
    if (w <= 0 || h <= 0) return g;
    const col = (x: number): number =>
      g.c + Math.floor(Math.max(0, Math.min(1, (x - ox) / w)) * (g.c2 - g.c + 0.999));
    const row = (y: number): number =>
      g.r + Math.floor(Math.max(0, Math.min(1, (y - oy) / h)) * (g.r2 - g.r + 0.999));
    return { r: row(f.off.y), c: col(f.off.x), r2: row(f.off.y + f.ext.cy), c2: col(f.off.x + f.ext.cx) };
  }

  /** A group's cells, worked out when its first child is (its anchor, or its part of its own group). */
  private groupCells(group: Frame): Frame['cells'] {
    const i = this.frames.indexOf(group);
    const outer = this.frames.slice(0, i);
    const saved = this.frames.splice(0, this.frames.length, ...outer);
    const cells = this.cellsOf(group);
    this.frames.splice(0, this.frames.length, ...saved);
    group.cells = cells;
    return cells;
  }

  private finish(f: Frame): void {
    if (f.kind === 'grpSp' || this.shapes.length >= MAX_SHAPES) return;
    if (f.kind === 'cxnSp') return;
    const cells = this.cellsOf(f);
    if (!cells) return;
    const text = f.paragraphs
      .join('\n')
      .replace(/\r\n?/gu, '\n')
      .replace(/[ \t\u00a0]+\n/gu, '\n')
      .trim();
    const fill = f.fill === 'none' ? undefined : (f.fill ?? f.styleFill);
    if (text === '' && fill === undefined && !f.hidden) return;
    this.shapes.push({
      ...cells,
      geom: f.geom,
      text,
      ...(fill !== undefined ? { fill } : {}),
      ...(f.textBox ? { textBox: true as const } : {}),
      ...(this.frames.length > 0 ? { grouped: true as const } : {}),
      ...(f.id !== undefined ? { id: f.id } : {}),
      ...(f.hidden ? { hidden: true as const } : {}),
    });
  }
}

/** The properties of one form control (xl/ctrlProps/ctrlPropN.xml: formControlPr's attributes). */
export class CtrlPropHandler implements XmlHandler {
  props: Omit<GridControl, 'r' | 'c' | 'r2' | 'c2' | 'caption'> | undefined;

  open(name: string, x: XmlScanner): void {
    if (name !== 'formControlPr' || this.props) return;
    const type = (x.attr('objectType') ?? '').toLowerCase();
    const kind: GridControl['kind'] =
      type === 'checkbox'
        ? 'checkBox'
        : type === 'radio'
          ? 'optionButton'
          : type === 'gbox'
            ? 'groupBox'
            : type === 'drop'
              ? 'dropDown'
              : type === 'list'
                ? 'listBox'
                : 'other';
    const checked = (x.attr('checked') ?? '').toLowerCase() === 'checked';
    const first = x.attr('firstButton');
    const link = x.attr('fmlaLink');
    const range = x.attr('fmlaRange');
    const sel = Number(x.attr('sel') ?? '');
    this.props = {
      kind,
      ...(checked ? { checked: true as const } : {}),
      ...(link !== undefined && link.trim() !== '' ? { link: link.trim() } : {}),
      ...(first === '1' || first === 'true' ? { firstButton: true as const } : {}),
      ...(range !== undefined && range.trim() !== '' ? { range: range.trim() } : {}),
      ...(Number.isInteger(sel) && sel > 0 ? { selected: sel } : {}),
    };
  }

  close(): void {}

  text(): void {}
}
