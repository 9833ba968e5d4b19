// What sits on a sheet besides cell values: comments (legacy notes and threaded comments), tables
// and drawings (charts, pictures, shapes), each read from its own part.

import type { GridRange } from '../grid';
import { parseRange } from '../grid';
import { checkFormula } from './active';
import { decodeEscapes } from './workbook';
import type { XmlHandler, XmlScanner } from './xml';
import type { ShapeCollector } from './shapes';

export interface RawComment {
  readonly ref: string;
  readonly text: string;
  readonly author?: string;
}

/** xl/comments*.xml: <authors> then <commentList><comment ref authorId><text>…</text></comment>. */
export class CommentsHandler implements XmlHandler {
  readonly comments: RawComment[] = [];
  private readonly authors: string[] = [];
  private inAuthor = false;
  private author = '';
  private ref: string | undefined;
  private authorId = -1;
  private inText = 0;
  private inT = false;
  private phonetic = 0;
  private buf = '';

  constructor(private readonly countObject: () => void) {}

  open(name: string, x: XmlScanner): void {
    switch (name) {
      case 'author':
        this.inAuthor = true;
        this.author = '';
        break;
      case 'comment':
        this.ref = x.attr('ref') ?? '';
        this.authorId = Number(x.attr('authorId') ?? '-1');
        this.buf = '';
        this.countObject();
        break;
      case 'text':
        if (this.ref !== undefined) this.inText++;
        break;
      case 't':
        if (this.inText > 0 && this.phonetic === 0) this.inT = true;
        break;
      case 'rPh':
        this.phonetic++;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'author':
        this.inAuthor = false;
        this.authors.push(this.author);
        break;
      case 't':
        this.inT = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'text':
        if (this.inText > 0) this.inText--;
        break;
      case 'comment':
        if (this.ref !== undefined) {
          // A blank author (LibreOffice writes " " when the note's author is not known) is none: the
          // note's first line ("Koordinator:") is then its author's line, as Excel writes it.
          const author = this.authors[this.authorId]?.trim();
          const text = decodeEscapes(this.buf);
          this.comments.push(author ? { ref: this.ref, text, author } : { ref: this.ref, text });
        }
        this.ref = undefined;
        break;
    }
  }

  text(text: string): void {
    if (this.inAuthor) this.author += text;
    else if (this.inT) this.buf += text;
  }
}

export interface RawThreadedComment {
  readonly ref: string;
  readonly text: string;
  readonly personId: string | undefined;
}

/** xl/threadedComments/*.xml: <threadedComment ref personId><text>…</text></threadedComment>. */
export class ThreadedCommentsHandler implements XmlHandler {
  readonly comments: RawThreadedComment[] = [];
  private ref: string | undefined;
  private personId: string | undefined;
  private inText = false;
  private buf = '';

  constructor(private readonly countObject: () => void) {}

  open(name: string, x: XmlScanner): void {
    if (name === 'threadedComment') {
      this.ref = x.attr('ref') ?? '';
      this.personId = x.attr('personId');
      this.buf = '';
      this.countObject();
    } else if (name === 'text' && this.ref !== undefined) {
      this.inText = true;
    }
  }

  close(name: string): void {
    if (name === 'text') {
      this.inText = false;
    } else if (name === 'threadedComment' && this.ref !== undefined) {
      this.comments.push({ ref: this.ref, text: this.buf, personId: this.personId });
      this.ref = undefined;
    }
  }

  text(text: string): void {
    if (this.inText) this.buf += text;
  }
}

/** xl/persons/person.xml: who wrote the threaded comments. */
export class PersonsHandler implements XmlHandler {
  readonly names = new Map<string, string>();

  open(name: string, x: XmlScanner): void {
    if (name !== 'person') return;
    const id = x.attr('id');
    const displayName = x.attr('displayName');
    if (id !== undefined && displayName !== undefined) this.names.set(id, displayName);
  }

  close(): void {}
  text(): void {}
}

/** A table's style as the table names it (<tableStyleInfo>), and which of its parts are shown. */
export interface TableStyleInfo {
  readonly name: string;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  readonly rowStripes: boolean;
  readonly columnStripes: boolean;
}

/** xl/tables/*.xml: the table's name and range; its formulas are checked like any other. */
export class TableHandler implements XmlHandler {
  name = '';
  ref: GridRange | undefined;
  refText = '';
  /** The header row is turned off (headerRowCount="0"): the column names are only in this part. */
  headerOff = false;
  /** The names of the table's columns, in order (tableColumn name). */
  readonly columnNames: string[] = [];
  /** The total rows at the table's end (totalsRowCount). */
  totalsRows = 0;
  /** Its style (<tableStyleInfo>): its name and the parts of it shown (showFirstColumn, …). */
  style: TableStyleInfo | undefined;
  private inFormula = false;
  private formula = '';

  open(name: string, x: XmlScanner): void {
    if (name === 'table') {
      this.name = x.attr('displayName') ?? x.attr('name') ?? '';
      this.refText = x.attr('ref') ?? '';
      this.ref = parseRange(this.refText);
      this.headerOff = x.attr('headerRowCount') === '0';
      const totals = Number(x.attr('totalsRowCount') ?? '0');
      this.totalsRows = Number.isInteger(totals) && totals > 0 ? totals : 0;
    } else if (name === 'tableStyleInfo') {
      const shown = (a: string): boolean => x.attr(a) === '1' || x.attr(a) === 'true';
      this.style = {
        name: x.attr('name') ?? '',
        firstColumn: shown('showFirstColumn'),
        lastColumn: shown('showLastColumn'),
        rowStripes: shown('showRowStripes'),
        columnStripes: shown('showColumnStripes'),
      };
    } else if (name === 'tableColumn') {
      this.columnNames.push(x.attr('name') ?? '');
    } else if (name === 'calculatedColumnFormula' || name === 'totalsRowFormula') {
      this.inFormula = true;
      this.formula = '';
    }
  }

  close(name: string): void {
    if (this.inFormula && (name === 'calculatedColumnFormula' || name === 'totalsRowFormula')) {
      this.inFormula = false;
      checkFormula(this.formula, this.name);
    }
  }

  text(text: string): void {
    if (this.inFormula) this.formula += text;
  }
}

/** A PivotTable's name and the cells its report covers on its sheet (`<location ref>`). */
export class PivotLocationHandler implements XmlHandler {
  name = '';
  ref: GridRange | undefined;

  open(name: string, x: XmlScanner): void {
    if (name === 'pivotTableDefinition') this.name = x.attr('name') ?? '';
    else if (name === 'location' && this.ref === undefined) this.ref = parseRange(x.attr('ref') ?? '');
  }

  close(): void {}

  text(): void {}
}

export interface RawDrawing {
  kind: 'chart' | 'image' | 'shape';
  name?: string;
}

/** A place on the sheet as a drawing's anchor gives it: a cell (0-based) and an offset in it (EMU). */
export interface AnchorMarker {
  c: number;
  cOff: number;
  r: number;
  rOff: number;
}

/**
 * A picture on a sheet's drawing (round 21b): where it is anchored (from, and to or its size in EMU),
 * its image (the drawing's relationship id), and whether it may let what is under it show or not
 * lie on its place (hidden, an alpha of its own: <a:alphaModFix>, turned: <a:xfrm rot>). A picture
 * in a group or anchored absolutely is not kept.
 */
export interface RawPicture {
  /** Its name (cNvPr name: "Billede 3"), where it has one. */
  readonly name?: string;
  readonly from: AnchorMarker;
  readonly to?: AnchorMarker;
  readonly ext?: { readonly cx: number; readonly cy: number };
  readonly embed?: string;
  readonly seeThrough: boolean;
  /** Round 26: a shape (no picture) drawn in a fill of its own that lets nothing under it show. */
  readonly solid?: true;
  /** Round 28: the image as drawn, where it is mirrored or cropped (pictureView). */
  readonly view?: PictureView;
}

/**
 * Round 28: how a picture's image lies on its place: mirrored left to right (<a:xfrm flipH>) or
 * upside down (flipV), and the part of it drawn (<a:srcRect l t r b>, each a fraction of the
 * image cut off at that edge), stretched over the picture's extent.
 */
export interface PictureView {
  readonly flipH: boolean;
  readonly flipV: boolean;
  readonly l: number;
  readonly t: number;
  readonly r: number;
  readonly b: number;
}

/** Round 28: a point across a picture (a fraction, from its left or top) as a point of its image. */
export function imageFraction(view: PictureView | undefined, f: number, across: boolean): number {
  if (view === undefined) return f;
  const [flip, start, end] = across ? [view.flipH, view.l, view.r] : [view.flipV, view.t, view.b];
  return start + (flip ? 1 - f : f) * (1 - start - end);
}

const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);
const MARKER_FIELDS = new Set(['col', 'colOff', 'row', 'rowOff']);
const OBJECTS = new Set(['sp', 'grpSp', 'graphicFrame', 'cxnSp', 'pic', 'contentPart']);

/**
 * xl/drawings/*.xml: one item per anchored object. Inside mc:AlternateContent only the first
 * choice counts (the fallback repeats the same object for older Excel).
 */
export class DrawingHandler implements XmlHandler {
  readonly items: RawDrawing[] = [];
  private anchorDepth = 0;
  private current: RawDrawing | undefined;
  private objectDepth = 0;
  private skipDepth = 0;
  private choiceSeen: boolean[] = [];
  /** Pictures (round 21b): each picture anchored on its own, as RawPicture. Bounded. */
  readonly pictures: RawPicture[] = [];
  private anchor:
    | { from?: AnchorMarker; to?: AnchorMarker; ext?: { cx: number; cy: number }; absolute: boolean }
    | undefined;
  private marker: AnchorMarker | undefined;
  private markerField: string | undefined;
  private markerText = '';
  private picture:
    | { embed?: string; seeThrough: boolean; flipH?: boolean; flipV?: boolean; crop?: readonly number[] }
    | undefined;
  /**
   * Round 26: the shapes drawn over cells in a solid fill (as RawPicture, `solid`), each laid over
   * cells as a picture is. Bounded with the pictures.
   */
  readonly covers: RawPicture[] = [];
  /**
   * The shape being read (a top-level <xdr:sp>): its fill of its own ('solid': a solid colour or a
   * gradient; 'other': none, a pattern, a picture, the group's), whether its style fills it (fillRef
   * idx ≥ 1), a see-through colour (alpha below 100 %), its geometry a rectangle, turned or hidden.
   */
  private cover:
    | { fill?: 'solid' | 'other'; styled: boolean; seeThrough: boolean; rect: boolean; inFill: boolean }
    | undefined;
  /** Whether the shape's element being read is inside its <xdr:spPr>. */
  private spPrOpen = false;

  /** `shapes`: also reads the shapes' places, fills and texts (shapes.ts), from the same elements. */
  constructor(
    private readonly countObject: () => void,
    private readonly shapes?: ShapeCollector,
  ) {}

  open(name: string, x: XmlScanner): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    // A fallback after a choice taken is skipped below (the shapes never see it).
    const skipped =
      (name === 'Choice' || name === 'Fallback') && this.choiceSeen[this.choiceSeen.length - 1] === true;
    if (!skipped) this.shapes?.open(name, x);
    if (name === 'AlternateContent') {
      this.choiceSeen.push(false);
      return;
    }
    if (name === 'Choice' || name === 'Fallback') {
      const top = this.choiceSeen.length - 1;
      if (top >= 0 && this.choiceSeen[top]) {
        this.skipDepth = 1;
        return;
      }
      if (top >= 0) this.choiceSeen[top] = true;
      return;
    }
    if (ANCHORS.has(name)) {
      this.anchorDepth++;
      this.anchor = this.anchorDepth === 1 ? { absolute: name === 'absoluteAnchor' } : undefined;
      return;
    }
    if (this.anchorDepth === 0) return;
    if (this.current === undefined) {
      if (OBJECTS.has(name)) {
        this.current = { kind: name === 'pic' ? 'image' : 'shape' };
        this.objectDepth = 1;
        if (name === 'pic') this.picture = { seeThrough: false };
        else if (name === 'sp') this.cover = { styled: false, seeThrough: false, rect: false, inFill: false };
      } else this.anchorPlace(name, x);
      return;
    }
    this.objectDepth++;
    if (this.picture !== undefined) {
      if (name === 'blip') this.picture.embed ??= x.attrNs('embed');
      else if (name === 'xfrm') {
        // Round 28: drawn mirrored.
        if (isTrue(x.attr('flipH'))) this.picture.flipH = true;
        if (isTrue(x.attr('flipV'))) this.picture.flipV = true;
      } else if (name === 'srcRect') {
        // Round 28: the part of the image drawn (thousandths of a percent cut at each edge); a
        // rectangle past the image's edges (a negative cut) or of no width is judged as the whole
        // image, as before.
        const cut = ['l', 't', 'r', 'b'].map((k) => Number(x.attr(k) ?? '0') / 100_000);
        const [l = 0, t = 0, r = 0, b = 0] = cut;
        if (cut.every((v) => Number.isFinite(v) && v >= 0) && l + r < 1 && t + b < 1) this.picture.crop = cut;
      }
      if (
        // Round 29: an alpha of its own below full (amt, default 100 %: ECMA-376 §20.1.8.4); a
        // picture at full alpha draws as without it.
        (name === 'alphaModFix' && !(Number(x.attr('amt') ?? '100000') >= 100_000)) ||
        (name === 'cNvPr' && isTrue(x.attr('hidden'))) ||
        (name === 'xfrm' && Number(x.attr('rot') ?? '0') !== 0)
      )
        // Not judged: drawn see-through, hidden, or turned off its place.
        this.picture.seeThrough = true;
    }
    if (this.cover !== undefined) this.coverPart(name, x, this.cover);
    if (name === 'cNvPr' && this.current.name === undefined) {
      const n = x.attr('name');
      if (n !== undefined && n.length > 0) this.current.name = n;
    } else if (name === 'graphicData') {
      const uri = (x.attr('uri') ?? '').toLowerCase();
      if (uri.includes('chart')) this.current.kind = 'chart';
    } else if (name === 'chart' && this.current.kind === 'shape') {
      this.current.kind = 'chart';
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    this.shapes?.close(name);
    if (name === 'AlternateContent') {
      this.choiceSeen.pop();
      return;
    }
    if (name === 'Choice' || name === 'Fallback') return;
    if (ANCHORS.has(name)) {
      if (this.anchorDepth > 0) this.anchorDepth--;
      if (this.anchorDepth === 0) this.anchor = undefined;
      return;
    }
    if (this.markerField === name && this.marker !== undefined) {
      const n = Number(this.markerText.trim());
      const key = name === 'col' ? 'c' : name === 'colOff' ? 'cOff' : name === 'row' ? 'r' : 'rOff';
      if (Number.isFinite(n)) this.marker[key] = n;
      this.markerField = undefined;
      return;
    }
    if ((name === 'from' || name === 'to') && this.current === undefined) {
      this.marker = undefined;
      return;
    }
    if (this.current !== undefined) {
      this.objectDepth--;
      if (this.objectDepth === 0) {
        this.countObject();
        this.items.push(this.current);
        const anchor = this.anchor;
        if (this.picture !== undefined && anchor?.from !== undefined && !anchor.absolute)
          if (this.pictures.length < MAX_PICTURES)
            this.pictures.push({
              ...(this.current.name === undefined ? {} : { name: this.current.name }),
              from: anchor.from,
              ...(anchor.to === undefined ? {} : { to: anchor.to }),
              ...(anchor.ext === undefined ? {} : { ext: anchor.ext }),
              ...(this.picture.embed === undefined ? {} : { embed: this.picture.embed }),
              seeThrough: this.picture.seeThrough,
              ...pictureView(this.picture),
            });
        const cover = this.cover;
        if (
          cover !== undefined &&
          anchor?.from !== undefined &&
          !anchor.absolute &&
          cover.rect &&
          !cover.seeThrough &&
          (cover.fill === 'solid' || (cover.fill === undefined && cover.styled)) &&
          this.covers.length < MAX_PICTURES
        )
          this.covers.push({
            from: anchor.from,
            ...(anchor.to === undefined ? {} : { to: anchor.to }),
            ...(anchor.ext === undefined ? {} : { ext: anchor.ext }),
            seeThrough: false,
            solid: true,
          });
        this.cover = undefined;
        this.picture = undefined;
        this.current = undefined;
      } else if (this.cover !== undefined && this.objectDepth === 2 && SHAPE_FILLS.has(name))
        this.cover.inFill = false;
    }
  }

  /** Round 26: an element of a shape being read (its depth: objectDepth), for `cover`. */
  private coverPart(name: string, x: XmlScanner, cover: NonNullable<DrawingHandler['cover']>): void {
    const depth = this.objectDepth;
    if (depth === 3 && SHAPE_FILLS.has(name) && this.spPrOpen) {
      cover.fill = name === 'solidFill' || name === 'gradFill' ? 'solid' : 'other';
      cover.inFill = true;
    } else if (cover.inFill && name === 'alpha' && Number(x.attr('val') ?? '100000') < 100000) {
      cover.seeThrough = true;
    } else if (name === 'prstGeom' && depth === 3) {
      cover.rect = x.attr('prst') === 'rect';
    } else if (name === 'fillRef' && depth === 3) {
      cover.styled = Number(x.attr('idx') ?? '0') >= 1;
    } else if (
      (name === 'cNvPr' && isTrue(x.attr('hidden'))) ||
      (name === 'xfrm' && depth === 3 && Number(x.attr('rot') ?? '0') !== 0)
    ) {
      // Not judged: hidden, or turned off its place.
      cover.seeThrough = true;
    }
    if (depth === 2) this.spPrOpen = name === 'spPr';
  }

  text(text: string): void {
    if (this.markerField !== undefined) this.markerText += text;
    if (this.skipDepth === 0) this.shapes?.text(text);
  }

  /** An anchor's own element: its from and to markers' fields, its size (<xdr:ext>). */
  private anchorPlace(name: string, x: XmlScanner): void {
    const anchor = this.anchor;
    if (anchor === undefined) return;
    if (name === 'from' || name === 'to') {
      this.marker = { c: -1, cOff: 0, r: -1, rOff: 0 };
      anchor[name] = this.marker;
    } else if (this.marker !== undefined && MARKER_FIELDS.has(name)) {
      this.markerField = name;
      this.markerText = '';
    } else if (name === 'ext' && this.marker === undefined) {
      const cx = Number(x.attr('cx') ?? '');
      const cy = Number(x.attr('cy') ?? '');
      if (Number.isFinite(cx) && Number.isFinite(cy)) anchor.ext = { cx, cy };
    }
  }
}

/** A shape's fills of its own (in <xdr:spPr>). */
const SHAPE_FILLS = new Set(['solidFill', 'gradFill', 'noFill', 'pattFill', 'blipFill', 'grpFill']);
/** Pictures kept per drawing (DrawingHandler.pictures). */
const MAX_PICTURES = 256;
const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';

/** Round 28: a picture's view where it is mirrored or cropped (RawPicture.view). */
function pictureView(p: { flipH?: boolean; flipV?: boolean; crop?: readonly number[] }): {
  view?: PictureView;
} {
  if (p.flipH !== true && p.flipV !== true && p.crop === undefined) return {};
  const [l = 0, t = 0, r = 0, b = 0] = p.crop ?? [];
  return { view: { flipH: p.flipH === true, flipV: p.flipV === true, l, t, r, b } };
}
