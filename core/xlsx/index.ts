// Safe intake of a workbook file: checks the bytes in order of cost (size, kind, zip directory,
// package, active content) and reads what is left into the neutral Grid (core/grid.ts). Pure
// TypeScript over Uint8Array: the same code runs in Node and in the browser.
//
// Order: size → identification by content → zip central directory (counts, names, declared sizes,
// ratios; local headers; nothing inflated yet) → package (content types, relationships) → active
// content (macros, ActiveX, embedded objects, external links, DDE, external targets) → workbook,
// styles, shared strings, sheets (limits counted while streaming) → properties → every part not read
// yet (XML parsed in full, so a DTD anywhere is refused; anything else scanned as bytes) → the zip
// archive's own texts. Every part is scanned for CPR numbers on the way (audit.ts): what the grid
// does not carry is reported in Grid.textFindings.

import type {
  CellValue,
  Grid,
  GridCell,
  GridComment,
  GridControl,
  GridPicture,
  GridFill,
  GridRange,
  GridSheet,
  GridTextFinding,
  GridTextPlace,
} from '../grid';
import { ConnectionsHandler } from './connections';
import { richTexts, RichStructuresHandler, RichValuesHandler, ValueMetadataHandler } from './richvalues';
import { a1, CellColumns, colName, CellColumnsBuilder, parseA1, SheetIndex, sheetOfColumns } from '../grid';
import { formatShowsCpr, maskCpr, namedValues, textFormatShowsCpr } from '../validate/cpr';
import { checkActiveParts, classifyLink } from './active';
import {
  CommentsHandler,
  DrawingHandler,
  imageFraction,
  PersonsHandler,
  PivotLocationHandler,
  TableHandler,
  ThreadedCommentsHandler,
  type PictureView,
  type RawDrawing,
  type RawPicture,
} from './annotations';
import {
  HEADER_PICTURE,
  NOTE_BACKGROUNDS,
  PackageAudit,
  Role,
  UnpackBudget,
  type ConditionalLook,
} from './audit';
import { RefusalError, type RefusalCode } from '../codes';
import { identify } from './identify';
import { resolveLimits, type IntakeLimits } from './limits';
import { refuse } from './messages';
import { Package, relsPathOf, type Relationship } from './package';
import { recalculate } from './recalc';
import {
  cellKey,
  cellOrder,
  iconsOf,
  inGrid,
  WorksheetHandler,
  type Budget,
  type PendingFormula,
} from './sheet';
import {
  CustomPropertiesHandler,
  decodeEscapes,
  ExternalLinkHandler,
  GENERAL_LEFT_TO_RIGHT,
  GENERAL_RIGHT_TO_LEFT,
  SharedStringsHandler,
  SimplePropertiesHandler,
  StylesHandler,
  WorkbookHandler,
  type CellLook,
  type SheetRef,
  writtenEscapes,
} from './workbook';
import { CtrlPropHandler, ShapeCollector, type ReadShape } from './shapes';
import { defaultThemeColours, looksAlike, ThemeHandler } from './theme';
import { transferDamage } from './transit';
import { openZip, partKey, streamEntry, type ZipEntry } from './zip';
import { gifOpaque, opaqueOver, pngOpacity, pngOpaque, type Opacity } from './png';
import { markShownAsWritten } from '../visible';

export { DEFAULT_LIMITS, type IntakeLimits } from './limits';

/** At most this many distinct conditional number formats with a literal digit are judged (see judgeAppliedFormats). */
const MAX_APPLIED_DIGIT_FORMATS = 4;
export { refusalMessage, type RefusalDetails } from './messages';

/**
 * A workbook has one style sheet and one table of shared strings (ECMA-376 Part 1, 12.3.20 and
 * 12.3.15): two relationships of the kind to different parts let a reader that takes the first and
 * one that takes the last show other texts and formats (a date, or ";;;" hiding it). Refused naming
 * the workbook's relationships and both parts; one part named twice is read.
 */
function onePartOf(rels: readonly Relationship[], kind: string, main: string, da: string, en: string): void {
  const of = rels.filter((r) => r.kind === kind && !r.external);
  const first = of[0];
  const other = first === undefined ? undefined : of.find((r) => partKey(r.target) !== partKey(first.target));
  if (first === undefined || other === undefined) return;
  throw refuse.xmlInvalid(
    relsPathOf(main),
    `projektmappen har to ${da}, ${first.target} og ${other.target}, så det er uklart, hvilken der gælder`,
    `the workbook has two ${en}, ${first.target} and ${other.target}, so which one holds is unclear`,
  );
}

/** The refusals of a zip's structure, which a transfer that changed its bytes also causes. */
const STRUCTURE_CODES: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'file_truncated',
  'zip_invalid',
  'zip_crc_mismatch',
  'zip_header_mismatch',
  'zip_hidden_data',
]);

/** Checks the bytes and turns them into a Grid; throws RefusalError (core/codes.ts) for anything refused. */
export function readWorkbook(bytes: Uint8Array, limits?: Partial<IntakeLimits>): Grid {
  const L = resolveLimits(limits);
  if (bytes.length === 0) throw refuse.empty();
  if (bytes.length > L.maxBytes) throw refuse.tooLarge(bytes.length, L.maxBytes);
  identify(bytes);
  try {
    return new WorkbookReader(bytes, L).read();
  } catch (err) {
    // A zip refused for its structure may have been changed on its way: say so when it was.
    if (err instanceof RefusalError && STRUCTURE_CODES.has(err.code)) throw transferDamage(bytes) ?? err;
    throw err;
  }
}

class WorkbookReader {
  private readonly pkg: Package;
  private readonly audit: PackageAudit;
  /** Each sheet's part (by key) and name, and its hyperlinks' cells by relationship id. */
  private readonly sheetParts: { readonly part: string; readonly name: string }[] = [];
  /** Formula cells whose value is to be worked out once all sheets are read, by sheet name. */
  private readonly pendingFormulas = new Map<string, readonly PendingFormula[]>();
  private readonly hyperlinkCells = new Map<string, Map<string, string>>();
  private readonly budget: Budget = { cells: 0, mergedCells: 0, objects: 0 };
  private linkedArea = 0;
  /** Round 26: cells judged under pictures partly see-through in the workbook (cellsUnderPicture). */
  private judgedUnderPictures = 0;
  private readonly countObject = (): void => {
    if (++this.budget.objects > this.limits.maxObjects) throw refuse.tooManyObjects(this.limits.maxObjects);
  };

  constructor(
    bytes: Uint8Array,
    private readonly limits: IntakeLimits,
  ) {
    this.pkg = new Package(openZip(bytes, limits), limits);
    this.audit = new PackageAudit(new UnpackBudget(limits.maxUncompressedBytes));
    this.pkg.audit = this.audit;
  }

  read(): Grid {
    const pkg = this.pkg;
    const main = this.mainPart();
    checkActiveParts(pkg, main);
    const wbRels = pkg.rels(main);
    this.checkExternalLinks(main, wbRels);
    this.checkExternalTargets();

    const wb = new WorkbookHandler(this.limits, this.countObject);
    pkg.parse(main, wb, Role.Workbook);
    if (wb.externalReferences > 0) throw refuse.externalLink('externalReferences');
    if (wb.names.length > 0) this.audit.named = namedValues(wb.names);

    const styles = new StylesHandler();
    onePartOf(wbRels, 'styles', main, 'typografiark', 'style sheets');
    onePartOf(wbRels, 'sharedStrings', main, 'tabeller over delte tekster', 'shared-string tables');
    const stylesRel = wbRels.find((r) => r.kind === 'styles' && !r.external);
    if (stylesRel && pkg.has(stylesRel.target)) pkg.parse(stylesRel.target, styles);
    const formats = styles.formats();
    this.audit.digitFormats = styles.digitFormats();
    // Fill colours may name the theme's colours: its colour scheme resolves them.
    let themeColours = defaultThemeColours();
    const themeRel = wbRels.find((r) => r.kind === 'theme' && !r.external);
    if (themeRel && pkg.has(themeRel.target)) {
      const theme = new ThemeHandler();
      pkg.parse(themeRel.target, theme);
      themeColours = theme.colours();
    }
    const looks = styles.looks(themeColours);
    // A run's colour is judged against what it is drawn on: resolved as the fills are.
    this.audit.colours = { theme: themeColours, indexed: styles.indexedColours() };
    const hiding = styles.hidingText(themeColours);
    this.audit.hidingStyles = hiding.styles;
    this.audit.dxfLooks = hiding.dxfs;
    this.audit.fillsInUse = hiding.fills;
    this.audit.fontOnFill = hiding.fontOnFill;
    this.audit.ownFilled = hiding.ownFilled;
    this.audit.seenFills = hiding.seenFills;
    if (styles.tableStyles.size > 0)
      this.audit.tableStyleLooks = tableStyleLooks(styles.tableStyles, hiding.dxfs);
    this.audit.formatOf = (id) => styles.formatOf(id);

    let sharedStrings: readonly string[] = [];
    let sharedStruck: ReadonlyMap<number, string> = new Map();
    const sstRel = wbRels.find((r) => r.kind === 'sharedStrings' && !r.external);
    if (sstRel && pkg.has(sstRel.target)) {
      const sst = new SharedStringsHandler(this.limits);
      pkg.parse(sstRel.target, sst, Role.SharedStrings);
      sharedStrings = sst.strings;
      sharedStruck = sst.struck;
    }
    const sharedEscapes = new Map<number, { readonly text: string; readonly written: string }>();
    for (let i = 0; i < sharedStrings.length; i++) {
      const escaped = writtenEscapes(sharedStrings[i] as string);
      if (escaped !== undefined) sharedEscapes.set(i, escaped);
    }

    const richTexts = this.readRichTexts(wbRels);

    const persons = new PersonsHandler();
    for (const rel of wbRels) {
      if (rel.kind === 'person' && !rel.external && pkg.has(rel.target))
        pkg.parse(rel.target, persons, Role.Persons);
    }

    const sheets: GridSheet[] = [];
    /** Each sheet's part (by key), and the sheet read from it. */
    const sheetOfPart = new Map<string, string>();
    for (const ref of wb.sheets) {
      const rel = wbRels.find((r) => r.id === ref.rid && !r.external);
      if (!rel || !pkg.has(rel.target)) {
        throw refuse.zipInvalid(`arket "${ref.name}" mangler`, `sheet "${ref.name}" is missing`);
      }
      // Two sheets read from one part (the same r:id twice, or two relationships to one target):
      // no program writes it, and every value of the part would be read twice, as two sheets.
      const other = sheetOfPart.get(partKey(rel.target));
      if (other !== undefined) {
        throw refuse.zipInvalid(
          `arkene "${other}" og "${ref.name}" er begge delen ${rel.target}`,
          `sheets "${other}" and "${ref.name}" are both the part ${rel.target}`,
        );
      }
      sheetOfPart.set(partKey(rel.target), ref.name);
      sheets.push(
        this.readSheet(
          ref,
          rel.target,
          { strings: sharedStrings, escapes: sharedEscapes, struck: sharedStruck },
          { formats, looks },
          { date1904: wb.date1904, recalculate: wb.fullCalcOnLoad },
          persons.names,
          richTexts,
        ),
      );
    }
    const definedNames = wb.names.map((n) => {
      const sheet = n.localSheetId === undefined ? undefined : wb.sheets[n.localSheetId]?.name;
      return sheet === undefined ? { name: n.name, value: n.value } : { name: n.name, value: n.value, sheet };
    });
    // Formulas without their result (a workbook saved by a program that does not calculate).
    sheets.splice(0, sheets.length, ...recalculate(sheets, this.pendingFormulas, wb.date1904, definedNames));

    const properties = this.readProperties();

    this.judgeAppliedFormats(
      sheets,
      [...new Set([...styles.appliedDigitFormats, ...this.audit.sheetAppliedFormats])],
      stylesRel?.target ?? 'xl/styles.xml',
    );
    // Whatever was not read is scanned all the same (and XML parsed in full: a DTD anywhere is refused).
    pkg.scanRest(this.audit, binaryKind);
    this.audit.judgePivotFormats();
    this.audit.judgePivotRecords(
      (definition) => pkg.rels(definition).find((r) => r.kind === 'pivotCacheRecords' && !r.external)?.target,
    );
    this.audit.judgeJoinedFormulas(
      (part) => {
        const name = this.sheetParts.find((s) => s.part === part)?.name;
        return name === undefined ? undefined : sheets.find((s) => s.name === name);
      },
      (name) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()),
      sheets,
    );
    this.audit.judgeHiddenCells((part) => {
      const name = this.sheetParts.find((s) => s.part === part)?.name;
      return name === undefined ? undefined : sheets.find((s) => s.name === name);
    }, wb.date1904);
    this.scanArchive();
    const textFindings = this.placeFindings(sheets, sharedStrings);

    const grid: Grid = {
      sheets,
      definedNames,
      properties,
      date1904: wb.date1904,
      ...(pkg.bareAmpersands.length > 0 ? { bareAmpersands: [...pkg.bareAmpersands] } : {}),
    };
    const out = textFindings.length === 0 ? grid : { ...grid, textFindings };
    // No part holds a character that shows nothing, nor a text read in the wrong character set:
    // the grid is read as it is (core/visible.ts).
    if (!pkg.mayShowNothing && !pkg.mayNeedRecoding) markShownAsWritten(out);
    return out;
  }

  /**
   * A conditional format (or a pivot table's format) may show a cell through another number format
   * than its own: each such format with a literal digit (rare; none in the corpus) is judged against
   * every number and text cell, as the cell's own format is (000000"-1234" on 150190 shows a CPR
   * number). More than a few would cost a judgement per cell each: such a file is refused.
   */
  private judgeAppliedFormats(
    sheets: readonly GridSheet[],
    formats: readonly string[],
    stylesPart: string,
  ): void {
    if (formats.length === 0) return;
    if (formats.length > MAX_APPLIED_DIGIT_FORMATS) {
      throw refuse.partUnreadable(
        stylesPart,
        `den har flere end ${MAX_APPLIED_DIGIT_FORMATS} betingede talformater med cifre i deres tekst, og de kan ikke alle kontrolleres`,
        `it has more than ${MAX_APPLIED_DIGIT_FORMATS} conditional number formats with digits in their text, which cannot all be checked`,
      );
    }
    for (const sheet of sheets) {
      const part = this.sheetParts.find((s) => s.name === sheet.name)?.part ?? '';
      const shows = (v: CellValue, t: GridCell['t']): boolean =>
        typeof v === 'number'
          ? formats.some((f) => formatShowsCpr(v, f))
          : typeof v === 'string' && t === 's' && formats.some((f) => textFormatShowsCpr(v, f));
      const columns = sheet.columns;
      if (columns) {
        for (let i = 0; i < columns.length; i++) {
          if (shows(columns.value(i), columns.type(i)))
            this.audit.add({
              part,
              kind: 'conditionalFormat',
              cell: a1(columns.r[i] as number, columns.c[i] as number),
            });
        }
      } else {
        for (const cell of sheet.cells) {
          if (shows(cell.v, cell.t))
            this.audit.add({ part, kind: 'conditionalFormat', cell: a1(cell.r, cell.c) });
        }
      }
    }
  }

  /**
   * Whether runs of a cell's text in a colour (`by`; '' for runs that take the cell's font) are
   * hidden on that cell: the colour is its fill's or alike it (white without a fill), or a
   * conditional format's fill over it; or, for runs that take the cell's font, the cell's text is
   * not seen (its style or a conditional format). Without a cell (a shared string no cell shows)
   * the text is read on white.
   */
  private hiddenOn(
    by: string,
    sheet: string,
    ref: string,
    cellAt: (sheet: string, ref: string) => GridCell | undefined,
  ): boolean {
    const at = ref === '' ? undefined : parseA1(ref);
    if (at === undefined) return looksAlike(by, 'FFFFFF');
    const part = this.sheetParts.find((s) => s.name === sheet)?.part;
    // A solid fill is the cell's; a gradient or a pattern is the colour it is seen as (round 21b),
    // '?' where it is a mix of colours, alike no colour: no run is hidden on it by its colour.
    const fill =
      cellAt(sheet, ref)?.fill ?? (part === undefined ? undefined : this.audit.seenFillAt(part, at.r, at.c));
    if (by !== '')
      return (
        looksAlike(by, fill ?? 'FFFFFF') ||
        (part !== undefined && this.audit.conditionallyFilled(part, at.r, at.c, by))
      );
    return part !== undefined && this.audit.isHidden(part, at.r, at.c, fill);
  }

  /**
   * Whether a note's runs in a colour (`by`) are hidden on the note: its fill is the colour its
   * VML shape gives (a note a person coloured) or Excel's light yellow (or white, as other programs
   * draw notes), and the colour is alike it.
   */
  private hiddenOnNote(by: string, sheet: string, cell: string, sheetOf: (part: string) => string): boolean {
    for (const [part, fills] of this.audit.noteFills) {
      const fill = fills.get(cell);
      if (fill !== undefined && sheetOf(part) === sheet) return looksAlike(by, fill);
    }
    return NOTE_BACKGROUNDS.some((b) => looksAlike(by, b));
  }

  /** The zip archive's own texts: its comment, and each entry's name, comment and extra fields. */
  private scanArchive(): void {
    const zip = this.pkg.zip;
    this.audit.bytes('', 'zipComment', zip.comment);
    for (const e of zip.entries) {
      this.audit.text(e.name, 'zipEntryName', e.name);
      this.audit.bytes(e.name, 'zipComment', e.comment);
      this.audit.bytes(e.name, 'zipExtraField', e.centralExtra);
      this.audit.bytes(e.name, 'zipExtraField', e.localExtra);
    }
  }

  /**
   * The audit's findings placed on sheets and cells: a part belongs to the sheet it is reached
   * from through relationships (its drawing, the drawing's chart, ...), a drawing's finding sits on
   * its anchor's cell, a hyperlink's target on the hyperlink's cell. What the grid carries after all
   * (a cell value, a shared string a cell shows) is dropped: the grid's own check judged it.
   */
  private placeFindings(sheets: readonly GridSheet[], sharedStrings: readonly string[]): GridTextFinding[] {
    const raw = this.audit.findings;
    if (raw.length === 0) return [];
    const pkg = this.pkg;
    // Which sheet each part belongs to: breadth first from each sheet, the first sheet to reach a part.
    const owner = new Map<string, string>();
    for (const { part, name } of this.sheetParts) {
      const queue = [part];
      if (!owner.has(partKey(part))) owner.set(partKey(part), name);
      while (queue.length > 0) {
        const source = queue.shift() as string;
        for (const rel of pkg.rels(source)) {
          if (rel.external || !pkg.has(rel.target)) continue;
          const key = partKey(rel.target);
          if (owner.has(key)) continue;
          owner.set(key, name);
          queue.push(rel.target);
        }
      }
    }
    const sheetOf = (part: string): string => {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(part);
      const source = m ? `${m[1] ?? ''}${m[2] ?? ''}` : part;
      return owner.get(partKey(source)) ?? '';
    };
    const sourceOf = (part: string): string => {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(part);
      return m ? partKey(`${m[1] ?? ''}${m[2] ?? ''}`) : '';
    };
    const indexes = new Map<string, SheetIndex>();
    const cellAt = (sheet: string, ref: string) => {
      const grid = sheets.find((s) => s.name === sheet);
      const at = parseA1(ref);
      if (grid === undefined || at === undefined) return undefined;
      let index = indexes.get(sheet);
      if (index === undefined) {
        index = new SheetIndex(grid);
        indexes.set(sheet, index);
      }
      return index.get(at.r, at.c);
    };
    let texts: Map<string, { sheet: string; cell: string }> | undefined;
    const cellShowing = (text: string) => {
      if (texts === undefined) {
        texts = new Map();
        for (const s of sheets)
          for (const c of s.cells)
            if (typeof c.v === 'string' && !texts.has(c.v))
              texts.set(c.v, { sheet: s.name, cell: a1(c.r, c.c) });
      }
      return texts.get(text);
    };

    const out: GridTextFinding[] = [];
    for (const f of raw) {
      let sheet = sheetOf(f.part);
      let cell = f.cell;
      let kind = f.kind;
      if (f.anchor !== undefined && f.anchor.r >= 0 && f.anchor.c >= 0) cell = a1(f.anchor.r, f.anchor.c);
      if (f.relId !== undefined) cell = this.hyperlinkCells.get(sourceOf(f.part))?.get(f.relId) ?? cell;
      if (f.siIndex !== undefined) {
        const text = sharedStrings[f.siIndex];
        const shown = text === undefined ? undefined : cellShowing(text);
        // A shared string a cell shows is that cell's value, judged there.
        if (f.kind === 'sharedString' && shown !== undefined) continue;
        if (
          (f.kind === 'phonetic' || f.kind === 'cellEncoded' || f.kind === 'cellHidden') &&
          shown !== undefined
        )
          ({ sheet, cell } = shown);
        // Base64 in a shared string no cell shows, or one read without its hidden runs: a text stored that no cell shows.
        if ((f.kind === 'cellEncoded' || f.kind === 'cellHidden') && shown === undefined)
          kind = 'sharedString';
      }
      // Runs hidden by their colour: only where that is the colour of the cell's fill (white without
      // one), or, for runs that take the cell's font, where that font is its fill's colour.
      // A note's runs hidden by their colour: only where that is the colour of the note's fill.
      if (f.hiddenBy !== undefined && f.kind === 'comment') {
        if (!this.hiddenOnNote(f.hiddenBy, sheet, cell, sheetOf)) continue;
      } else if (
        f.hiddenBy !== undefined &&
        !this.hiddenOn(f.hiddenBy, sheet, kind === 'sharedString' ? '' : cell, cellAt)
      )
        continue;
      if (f.kind === 'cellValue' && f.value !== undefined) {
        // A cell written without its reference (r) is placed by the reader: look for the value.
        const value = f.value;
        const carried =
          cell === ''
            ? (sheets.find((s) => s.name === sheet)?.cells.some((c) => carries(c.v, value)) ?? false)
            : carries(cellAt(sheet, cell)?.v, value);
        if (carried) continue;
      }
      const finding: GridTextFinding = {
        sheet,
        cell,
        kind: vmlKind(kind, f.anchor?.object),
        part: maskCpr(f.part),
        ...(f.reads !== undefined && f.reads.length > 0
          ? { reads: f.reads.map((x) => ({ sheet: x.sheet === '' ? sheet : x.sheet, cell: x.cell })) }
          : {}),
      };
      out.push(f.name === undefined ? finding : { ...finding, name: maskCpr(f.name) });
    }
    return out;
  }

  /** The workbook part, from the package relationships; anything else is not a workbook. */
  private mainPart(): string {
    const pkg = this.pkg;
    if (!pkg.hasContentTypes()) this.refuseForeignZip();
    const offices = pkg.rels('').filter((r) => r.kind === 'officeDocument' && !r.external);
    const office = offices[0];
    if (!office || !pkg.has(office.target)) this.refuseForeignZip();
    // Two main parts (two officeDocument relationships, transitional and strict alike, to different
    // parts): a package has one (ECMA-376 Part 2, 8.3), and a reader that takes the first and one that
    // takes another read different workbooks. Refused naming both; one part named twice is read.
    const second = offices.find((r) => partKey(r.target) !== partKey(office.target));
    if (second !== undefined) {
      throw refuse.xmlInvalid(
        '_rels/.rels',
        `pakken har to hoveddele, ${office.target} og ${second.target}, så det er uklart, hvilken projektmappe der menes`,
        `the package has two main parts, ${office.target} and ${second.target}, so which workbook is meant is unclear`,
      );
    }
    const type = (pkg.contentType(office.target) ?? '').toLowerCase();
    if (type.includes('wordprocessingml') || type.includes('ms-word')) {
      throw refuse.otherOffice('et Word-dokument', 'a Word document');
    }
    if (type.includes('presentationml') || type.includes('ms-powerpoint')) {
      throw refuse.otherOffice('en PowerPoint-præsentation', 'a PowerPoint presentation');
    }
    if (type.includes('sheet.binary') || office.target.toLowerCase().endsWith('.bin')) {
      throw refuse.otherSpreadsheet('en binær Excel-projektmappe (.xlsb)', 'a binary Excel workbook (.xlsb)');
    }
    if (!type.includes('spreadsheetml') && !type.includes('ms-excel')) throw refuse.notWorkbook();
    return office.target;
  }

  /** A zip that is not an Excel package: says what it is when that is recognisable. */
  private refuseForeignZip(): never {
    const pkg = this.pkg;
    if (pkg.has('word/document.xml')) throw refuse.otherOffice('et Word-dokument', 'a Word document');
    if (pkg.has('ppt/presentation.xml'))
      throw refuse.otherOffice('en PowerPoint-præsentation', 'a PowerPoint presentation');
    // Apple Numbers: a zip of Index/*.iwa parts (Snappy-compressed protobuf), which Excel cannot open.
    if (pkg.has('Index/Document.iwa')) throw refuse.appleNumbers();
    if (pkg.has('xl/workbook.bin')) {
      throw refuse.otherSpreadsheet('en binær Excel-projektmappe (.xlsb)', 'a binary Excel workbook (.xlsb)');
    }
    const mimetype = pkg.entry('mimetype');
    if (mimetype && mimetype.size < 100) {
      let text = '';
      streamEntry(pkg.zip, mimetype, (chunk) => {
        text += String.fromCharCode(...chunk);
        return true;
      });
      if (text.includes('opendocument.spreadsheet')) {
        throw refuse.otherSpreadsheet(
          'et OpenDocument-regneark (.ods)',
          'an OpenDocument spreadsheet (.ods)',
        );
      }
      if (text.includes('opendocument'))
        throw refuse.otherOffice('et OpenDocument-dokument', 'an OpenDocument document');
    }
    if (pkg.has('xl/workbook.xml')) throw refuse.notWorkbook();
    // A zip the user made of workbooks ("Send to > Compressed folder"), or a workbook's parts unpacked
    // and zipped again inside a folder (the folder holds [Content_Types].xml): Excel opens neither.
    const names = pkg.zip.entries.filter((e) => !e.isDirectory).map((e) => e.name);
    const books = names.filter((n) => /\.(xlsx|xlsm)$/i.test(n) && !/(^|\/)(__MACOSX\/|\._)/.test(n));
    if (books.length > 0) throw refuse.zipOfWorkbooks(books.slice(0, 3), books.length);
    const folder = names
      .filter((n) => !n.startsWith('__MACOSX/'))
      .map((n) => /^(.+\/)\[Content_Types\]\.xml$/i.exec(n)?.[1])
      .find((f) => f !== undefined);
    if (folder !== undefined) throw refuse.workbookInFolder(folder);
    throw refuse.zipWithoutWorkbook();
  }

  /**
   * The text each rich value shows, by vm (richvalues.ts): read only where the workbook has value
   * metadata and rich values (a linked data type), else undefined.
   */
  private readRichTexts(wbRels: readonly Relationship[]): (string | undefined)[] | undefined {
    const pkg = this.pkg;
    const part = (kind: string): string | undefined => {
      const rel = wbRels.find((r) => r.kind === kind && !r.external);
      return rel && pkg.has(rel.target) ? rel.target : undefined;
    };
    const metadata = part('sheetMetadata');
    const values = part('rdRichValue');
    const structures = part('rdRichValueStructure');
    if (metadata === undefined || values === undefined || structures === undefined) return undefined;
    const meta = new ValueMetadataHandler();
    pkg.parse(metadata, meta, Role.Other);
    const rv = new RichValuesHandler();
    pkg.parse(values, rv, Role.Other);
    const rs = new RichStructuresHandler();
    pkg.parse(structures, rs, Role.Other);
    return richTexts(meta.richIndexes(), rv.values, rs.structures);
  }

  /** External-link parts: DDE links are refused as such, links to other workbooks as external. */
  // (A data connection: see ConnectionsHandler.)
  private checkExternalLinks(main: string, wbRels: readonly Relationship[]): void {
    const pkg = this.pkg;
    const parts = new Set<string>();
    for (const rel of wbRels)
      if (rel.kind === 'externalLink' && !rel.external) parts.add(rel.target.toLowerCase());
    for (const e of pkg.zip.entries) {
      const lower = e.name.toLowerCase();
      if (!e.isDirectory && lower.startsWith('xl/externallinks/') && lower.endsWith('.xml')) parts.add(lower);
    }
    let external: string | undefined;
    for (const part of [...parts].sort()) {
      if (!pkg.has(part)) continue;
      const handler = new ExternalLinkHandler();
      pkg.parse(part, handler);
      if (handler.kind === 'dde') throw refuse.dde(handler.detail);
      const target = pkg.rels(part).find((r) => r.external)?.target;
      external ??= target ?? part;
    }
    if (external !== undefined) throw refuse.externalLink(external);
    const connections = wbRels.find((r) => r.kind === 'connections' && !r.external);
    const connectionsPart =
      connections && pkg.has(connections.target) ? connections.target : 'xl/connections.xml';
    if (pkg.has(connectionsPart)) {
      // Power Query's connections (the Mashup provider) are named as queries the coordinator deletes.
      const handler = new ConnectionsHandler();
      pkg.parse(connectionsPart, handler, Role.Other);
      if (handler.queries.length > 0 && handler.queries.length === handler.count)
        throw refuse.powerQueryConnection(handler.queries.join(', '));
      throw refuse.externalLink(`${main}: dataforbindelse / data connection`);
    }
  }

  /**
   * Every relationship that points outside the package: a hyperlink must be a safe link, anything
   * else (a linked picture on a network share, a linked object or template) is an external link.
   * Worksheet hyperlinks are checked with the sheet, where the cell can be named.
   */
  private checkExternalTargets(): void {
    const pkg = this.pkg;
    for (const e of pkg.zip.entries) {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(e.name);
      if (e.isDirectory || !m) continue;
      const source = `${m[1] ?? ''}${m[2] ?? ''}`;
      const isWorksheet = /^xl\/worksheets\//i.test(source);
      for (const rel of pkg.rels(source)) {
        if (!rel.external) continue;
        if (rel.kind === 'hyperlink') {
          if (isWorksheet) continue;
          const verdict = classifyLink(rel.target);
          if (verdict.kind === 'unsafe') throw refuse.unsafeLink(source, verdict.da, verdict.en);
          continue;
        }
        throw refuse.externalLink(rel.target);
      }
    }
  }

  private readSheet(
    ref: SheetRef,
    part: string,
    shared: {
      readonly strings: readonly string[];
      readonly escapes: ReadonlyMap<number, { readonly text: string; readonly written: string }>;
      readonly struck: ReadonlyMap<number, string>;
    },
    styles: { formats: readonly (string | undefined)[]; looks: readonly (CellLook | undefined)[] },
    calc: { readonly date1904: boolean; readonly recalculate: boolean },
    persons: ReadonlyMap<string, string>,
    richTexts?: readonly (string | undefined)[],
  ): GridSheet {
    const pkg = this.pkg;
    const handler = new WorksheetHandler({
      limits: this.limits,
      sheetName: ref.name,
      part,
      sharedStrings: shared.strings,
      sharedEscapes: shared.escapes,
      ...(shared.struck.size > 0 ? { sharedStruck: shared.struck } : {}),
      formats: styles.formats,
      looks: styles.looks,
      date1904: calc.date1904,
      budget: this.budget,
      ...(calc.recalculate ? { recalculate: true } : {}),
      ...(richTexts ? { richTexts } : {}),
    });
    pkg.parse(part, handler, Role.Worksheet);
    if (handler.pending.length > 0) this.pendingFormulas.set(ref.name, handler.pending);
    const read = handler.cells;
    const givenTwice: { r: number; c: number }[] = [];
    const order = handler.sorted ? undefined : cellOrder(read, givenTwice);
    const rels = pkg.rels(part);
    const relById = new Map(rels.map((r) => [r.id, r]));
    this.sheetParts.push({ part, name: ref.name });
    const linkCells = new Map<string, string>();
    for (const link of handler.hyperlinks) {
      if (link.rid !== undefined && !linkCells.has(link.rid))
        linkCells.set(link.rid, link.refText.replace(/\$/g, '').toUpperCase());
    }
    this.hyperlinkCells.set(partKey(part), linkCells);

    // Hyperlinks: refuse unsafe ones, keep http/https/mailto on the cells they cover.
    const checked = new Set<string>();
    for (const link of handler.hyperlinks) {
      if (link.rid === undefined) continue;
      const rel = relById.get(link.rid);
      if (!rel || rel.kind !== 'hyperlink') continue;
      checked.add(rel.id);
      const verdict = classifyLink(rel.target);
      if (verdict.kind === 'unsafe')
        throw refuse.unsafeLink(`${ref.name}!${link.refText}`, verdict.da, verdict.en);
      if (verdict.kind === 'ok') this.applyLink(read, order, link.ref, verdict.target);
    }
    for (const rel of rels) {
      if (rel.kind !== 'hyperlink' || checked.has(rel.id)) continue;
      const verdict = classifyLink(rel.target);
      if (verdict.kind === 'unsafe') throw refuse.unsafeLink(ref.name, verdict.da, verdict.en);
    }

    const comments = this.readComments(ref.name, rels, persons);

    const tables: { name: string; ref: GridRange; hiddenHeader?: readonly string[] }[] = [];
    for (const id of handler.tableIds) {
      const rel = relById.get(id);
      if (!rel || rel.external || !pkg.has(rel.target)) continue;
      const table = new TableHandler();
      pkg.parse(rel.target, table, Role.Table);
      if (!table.ref) {
        throw refuse.xmlInvalid(
          rel.target,
          `ugyldigt tabelområde "${table.refText}"`,
          `invalid table range "${table.refText}"`,
        );
      }
      // A table past the sheet's edge (as merged ranges, validations and formats are held to it).
      if (!inGrid(table.ref)) {
        throw refuse.referenceOutOfRange(
          `Tabellen "${table.name}" i arket "${ref.name}" (${rel.target})`,
          `Table "${table.name}" in sheet "${ref.name}" (${rel.target})`,
          table.refText,
        );
      }
      // Two tables over one cell: Excel allows none (it repairs the file and drops a table), and the
      // plan's rows would belong to both. Refused naming both, the sheet and the first cell they share.
      for (const other of tables) {
        const a = other.ref;
        const b = table.ref;
        if (a.s.r > b.e.r || b.s.r > a.e.r || a.s.c > b.e.c || b.s.c > a.e.c) continue;
        const where = `${ref.name}!${colName(Math.max(a.s.c, b.s.c))}${Math.max(a.s.r, b.s.r) + 1}`;
        throw refuse.xmlInvalid(
          rel.target,
          `tabellerne "${other.name}" og "${table.name}" i arket "${ref.name}" overlapper i cellen ${where}; Excel tillader ikke to tabeller over samme celle`,
          `the tables "${other.name}" and "${table.name}" in sheet "${ref.name}" overlap at cell ${where}; Excel allows no two tables over one cell`,
        );
      }
      this.countObject();
      const width = table.ref.e.c - table.ref.s.c + 1;
      const hiddenHeader =
        table.headerOff && table.columnNames.length === width ? table.columnNames : undefined;
      tables.push({ name: table.name, ref: table.ref, ...(hiddenHeader ? { hiddenHeader } : {}) });
      // A table in one of the workbook's own styles draws its cells in its look (round 21b).
      if (table.style !== undefined && this.audit.tableStyleLooks.size > 0)
        this.audit.tableStyled(part, table.ref, table.style, !table.headerOff, table.totalsRows);
    }

    // PivotTables' reports on the sheet: a summary of other data, which structuring passes over.
    const pivots: { name: string; ref: GridRange }[] = [];
    for (const rel of rels) {
      if (rel.kind !== 'pivotTable' || rel.external || !pkg.has(rel.target)) continue;
      const pivot = new PivotLocationHandler();
      pkg.parse(rel.target, pivot, Role.Pivot);
      this.countObject();
      if (pivot.ref) pivots.push({ name: pivot.name, ref: pivot.ref });
    }

    const drawings: RawDrawing[] = [];
    const pictures: GridPicture[] = [];
    // The shapes of the sheet's drawing (text, fill, place), read with it: a plan drawn in shapes.
    let shapes: ReadShape[] | undefined;
    // Round 26: pictures partly see-through, judged over each cell's letters once the cells are read.
    let partlyOver: PartlyOver[] | undefined;
    for (const id of handler.drawingIds) {
      const rel = relById.get(id);
      if (!rel || rel.external || !pkg.has(rel.target)) continue;
      const collector = new ShapeCollector(this.audit.colours?.theme ?? defaultThemeColours());
      const drawing = new DrawingHandler(this.countObject, collector);
      pkg.parse(rel.target, drawing, Role.Drawing);
      drawings.push(...drawing.items);
      (shapes ??= []).push(...collector.shapes);
      for (const picture of drawing.pictures) {
        const seen = gridPicture(picture);
        if (seen !== undefined) pictures.push(seen);
        // Round 21b: a picture laid over cells hides their text.
        const partly = this.pictureOver(part, rel.target, picture, handler);
        if (partly !== undefined) (partlyOver ??= []).push(partly);
      }
      // Round 26: a shape in a solid fill laid over cells hides their text as an opaque picture does.
      for (const cover of drawing.covers) this.pictureOver(part, rel.target, cover, handler);
    }
    // Form controls (Excel 2010+'s <controls>): their state from their ctrlProp part, their place
    // and caption from their shape in the drawing (the same id).
    const controls: GridControl[] = [];
    for (const { shapeId, rid } of handler.controlIds) {
      const rel = relById.get(rid);
      if (!rel || rel.external || !pkg.has(rel.target)) continue;
      const props = new CtrlPropHandler();
      pkg.parse(rel.target, props);
      const shape = shapes?.find((s) => s.id === shapeId);
      if (props.props === undefined || shape === undefined) continue;
      const { r, c, r2, c2, text } = shape;
      controls.push({ ...props.props, r, c, r2, c2, ...(text !== '' ? { caption: text } : {}) });
    }
    for (const id of handler.backgroundIds) {
      if (relById.has(id)) {
        this.countObject();
        drawings.push({ kind: 'image' });
      }
    }

    const columns = read.build(order);
    if (handler.pushed.length > 0) this.pushedOut(part, handler, columns);
    if (partlyOver !== undefined)
      for (const partly of partlyOver) this.cellsUnderPicture(part, partly, handler, columns);
    const underMerges = valuesUnderMerges(handler.merges, columns);
    const fills = blankFillsInUse(handler.blankFills, columns);
    const icons = iconsOf(handler.iconRules, columns);
    return sheetOfColumns(
      {
        name: ref.name,
        state: ref.state,
        merges: handler.merges,
        comments,
        tables,
        drawings,
        ...(pictures.length > 0 ? { pictures } : {}),
        // A form control's own shape is hidden (its VML shape draws it): no shape of the sheet's.
        ...(shapes !== undefined
          ? {
              shapes: shapes
                .filter((s) => s.hidden !== true)
                .map(({ id: _id, hidden: _hidden, ...shape }) => shape),
            }
          : {}),
        ...(controls.length > 0 ? { controls } : {}),
        ...(fills.length > 0 ? { fills } : {}),
        ...(icons.length > 0 ? { icons } : {}),
        ...(handler.textDates.length > 0 ? { textDates: handler.textDates } : {}),
        ...(handler.markupTexts.length > 0 ? { markupTexts: handler.markupTexts } : {}),
        ...(handler.struckRuns.length > 0 ? { struckRuns: handler.struckRuns } : {}),
        ...(givenTwice.length > 0 ? { cellsGivenTwice: givenTwice } : {}),
        ...(underMerges.length > 0 ? { cellsUnderMerges: underMerges } : {}),
        ...(handler.unreadValues.length > 0 ? { cellsWithUnreadValue: handler.unreadValues } : {}),
        ...(handler.outline.length > 0 ? { outline: handler.outline } : {}),
        ...(handler.indents.length > 0 ? { indents: handler.indents } : {}),
        ...(handler.sheetRefs.length > 0 ? { sheetRefs: handler.sheetRefs } : {}),
        ...(handler.hiddenColumns.length > 0 ? { hiddenColumns: handler.hiddenColumns } : {}),
        ...(pivots.length > 0 ? { pivots } : {}),
      },
      columns,
    );
  }

  /**
   * Round 21b: a cell whose text starts past its column's width (an indent, leading spaces:
   * WorksheetHandler.pushOut) beside a cell holding a value on the side it is pushed to shows
   * nothing (Excel cuts a text off at a cell that is not empty): read as hidden, as a cell in its
   * fill's colour is (judgeHiddenCells). A merged range is as wide as its columns together.
   */
  private pushedOut(part: string, handler: WorksheetHandler, columns: CellColumns): void {
    const rows = new Set(handler.pushed.map((p) => p.r));
    const filled = new Set<number>();
    for (let i = 0; i < columns.length; i++) {
      const r = columns.r[i] as number;
      if (rows.has(r) && columns.value(i) !== '') filled.add(r * 16384 + (columns.c[i] as number));
    }
    for (const { r, c, offset, side } of handler.pushed) {
      // A merged range's text has the width of all its columns.
      const merge = handler.merges.find((m) => m.s.r <= r && r <= m.e.r && m.s.c <= c && c <= m.e.c);
      const [c1, c2] = merge === undefined ? [c, c] : [merge.s.c, merge.e.c];
      let width = 0;
      for (let k = c1; k <= c2 && width <= offset; k++) width += handler.widthOf(k);
      if (offset >= width && filled.has(r * 16384 + (side === 1 ? c2 + 1 : c1 - 1)))
        this.audit.hideRange(part, a1(r, c));
    }
  }

  /**
   * Round 21b: the cells a picture covers whole, read as hidden (as a cell in its fill's colour:
   * judgeHiddenCells) where its image is opaque (opaqueImage: a JPEG, a PNG without transparency)
   * and it is drawn as it is (not hidden, see-through or turned). Its place is its anchor's: from a
   * cell to a cell (the cells between, a cell its edge cuts is not covered), or from a cell with
   * its size, against the columns' widths and the rows' heights as Excel draws them.
   */
  private pictureOver(
    part: string,
    drawingPart: string,
    picture: RawPicture,
    handler: WorksheetHandler,
  ): PartlyOver | undefined {
    const { from, to, ext, embed } = picture;
    if (picture.seeThrough || (embed === undefined && picture.solid !== true) || from.c < 0 || from.r < 0)
      return;
    let cols: [number, number] | undefined;
    let rows: [number, number] | undefined;
    if (to !== undefined) {
      if (to.c < 0 || to.r < 0) return;
      cols = [from.c + (from.cOff > 0 ? 1 : 0), to.c - 1];
      rows = [from.r + (from.rOff > 0 ? 1 : 0), to.r - 1];
    } else if (ext !== undefined) {
      const budget = { left: MAX_JUDGED_UNDER_PICTURES - this.judgedUnderPictures };
      cols = coveredRun(
        from.c,
        from.cOff,
        ext.cx,
        (c) => columnPixels(handler, c) * EMU_PER_PIXEL,
        16_384,
        budget,
      );
      rows = coveredRun(
        from.r,
        from.rOff,
        ext.cy,
        (r) => handler.heightOf(r) * EMU_PER_POINT,
        1_048_576,
        budget,
      );
      this.judgedUnderPictures = MAX_JUDGED_UNDER_PICTURES - budget.left;
    }
    if (cols === undefined || rows === undefined || cols[1] < cols[0] || rows[1] < rows[0]) return;
    let opacity: boolean | Opacity = true;
    if (picture.solid !== true) {
      const rel = this.pkg.rels(drawingPart).find((r) => r.id === embed && !r.external);
      if (rel === undefined) return;
      opacity = this.opaqueImage(rel.target);
    }
    if (opacity === false) return;
    if (opacity === true) {
      this.audit.hideRange(part, `${a1(rows[0], cols[0])}:${a1(rows[1], cols[1])}`);
      return;
    }
    // Round 25: partly see-through. Each covered cell is hidden where the picture is opaque over
    // the place its letters take (cellsUnderPicture, once the cells are read): the picture's extent
    // in EMU, from its anchor.
    const colEmu = (c: number): number => columnPixels(handler, c) * EMU_PER_PIXEL;
    const rowEmu = (r: number): number => handler.heightOf(r) * EMU_PER_POINT;
    const width = to !== undefined ? spanOf(from.c, to.c, colEmu) + to.cOff - from.cOff : (ext?.cx ?? 0);
    const height = to !== undefined ? spanOf(from.r, to.r, rowEmu) + to.rOff - from.rOff : (ext?.cy ?? 0);
    if (width <= 0 || height <= 0) return undefined;
    return {
      rows,
      cols,
      from,
      width,
      height,
      opacity,
      ...(picture.view === undefined ? {} : { view: picture.view }),
    };
  }

  /**
   * Round 25: the cells under a picture partly see-through, each hidden where the picture is opaque
   * over the place its letters take (lettersOf). Round 26: only the cells that hold a value are
   * judged (an empty cell shows nothing to hide), found in the cells read (sorted by row and
   * column), so a picture over any number of cells is judged at the cost of the cells under it (at
   * most the sheet's); each cell's letters stand where its alignment puts them (the style's, or
   * Excel's general one: a text at the left, a number at the right, a truth value centred).
   */
  private cellsUnderPicture(
    part: string,
    partly: PartlyOver,
    handler: WorksheetHandler,
    columns: CellColumns,
  ): void {
    const { rows, cols, from, width, height, opacity, view } = partly;
    // Past a workbook's budget of cells judged, the rest of a picture's cells are read as hidden
    // (the door errs toward a cell hidden, never toward a number left unread).
    if (this.judgedUnderPictures > MAX_JUDGED_UNDER_PICTURES) {
      this.audit.hideRange(part, `${a1(rows[0], cols[0])}:${a1(rows[1], cols[1])}`);
      return;
    }
    // Each column's left edge from the picture's left (EMU), worked out as far as a cell asks.
    const xs = new Float64Array(cols[1] - from.c + 2);
    xs[0] = -from.cOff;
    let xsTo = 0;
    const xOf = (c: number): number => {
      for (; xsTo < c - from.c + 1; xsTo++)
        xs[xsTo + 1] = (xs[xsTo] as number) + columnPixels(handler, from.c + xsTo) * EMU_PER_PIXEL;
      return xs[c - from.c] as number;
    };
    // The first cell at or after the picture's top-left cell (the cells are sorted by row, column).
    const first = cellKey(rows[0], cols[0]);
    let lo = 0;
    let hi = columns.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cellKey(columns.r[mid] as number, columns.c[mid] as number) < first) lo = mid + 1;
      else hi = mid;
    }
    // The row's top edge from the picture's top (EMU), carried down row by row.
    let rowAt = from.r;
    let y = -from.rOff;
    for (let i = lo; i < columns.length; i++) {
      const r = columns.r[i] as number;
      if (r > rows[1]) break;
      const c = columns.c[i] as number;
      if (c < cols[0] || c > cols[1] || columns.value(i) === '') continue;
      this.judgedUnderPictures += r - rowAt;
      for (; rowAt < r; rowAt++) y += handler.heightOf(rowAt) * EMU_PER_POINT;
      const h = handler.heightOf(r) * EMU_PER_POINT;
      const x = xOf(c);
      const w = xOf(c + 1) - x;
      const key = cellKey(r, c);
      const horizontal = handler.aligned.get(key);
      // Past the alignments kept, a cell's own is not known: hidden where any place is covered.
      const places =
        horizontal === undefined && handler.alignedFull
          ? ALL_PLACES
          : placesOf(
              horizontal,
              columns.type(i),
              handler.rightToLeft,
              ((handler.indented.get(key) ?? 0) * INDENT_PIXELS * EMU_PER_PIXEL) / w,
              (lettersIn(columns.value(i), columns.type(i)) * LETTER_PIXELS * EMU_PER_PIXEL) / w,
            );
      this.judgedUnderPictures++;
      // Round 27: right to left, the columns run from the picture's right edge (the picture itself
      // is not mirrored): the cell's left edge from the picture's left.
      const left0 = handler.rightToLeft ? width - x - w : x;
      // Round 28: the place as a part of the image drawn there (mirrored, cropped: imageFraction).
      const hidden = places.some(([left, right]) => {
        const [x0, x1] = [(left0 + left * w) / width, (left0 + right * w) / width].map((f) =>
          imageFraction(view, f, true),
        ) as [number, number];
        const [y0, y1] = [(y + LETTERS_TOP * h) / height, (y + LETTERS_BOTTOM * h) / height].map((f) =>
          imageFraction(view, f, false),
        ) as [number, number];
        return opaqueOver(opacity, Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1));
      });
      if (hidden) this.audit.hideRange(part, a1(r, c));
    }
  }

  /**
   * Whether an image part draws every pixel it covers: a JPEG, a PNG of grey or colour without
   * an alpha channel and without a transparent colour (tRNS) before its image data, or (round 22)
   * a PNG with an alpha channel whose every pixel has the full alpha, or (round 23) a PNG with a
   * tRNS chunk by which no pixel drawn is see-through, interlaced or not, of any bit depth
   * (pngOpaque). Any other (a see-through pixel, a GIF, a drawing of its own) may let what is
   * under it show.
   */
  private opaqueImage(target: string): boolean | Opacity {
    const entry = this.pkg.entry(target);
    if (entry === undefined) return false;
    const head = new Uint8Array(Math.min(entry.size, IMAGE_HEAD));
    let got = 0;
    streamEntry(this.pkg.zip, entry, (chunk) => {
      const n = Math.min(chunk.length, head.length - got);
      head.set(chunk.subarray(0, n), got);
      got += n;
      return got < head.length;
    });
    if (got >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true;
    // The whole picture (bounded), undefined when larger.
    const bytesOf = (): Uint8Array | undefined => {
      if (entry.size > IMAGE_WHOLE) return undefined;
      if (got === entry.size) return head.subarray(0, got);
      const bytes = new Uint8Array(entry.size);
      let n = 0;
      streamEntry(this.pkg.zip, entry, (chunk) => {
        const k = Math.min(chunk.length, bytes.length - n);
        bytes.set(chunk.subarray(0, k), n);
        n += k;
        return n < bytes.length;
      });
      return bytes.subarray(0, n);
    };
    // Round 26: a GIF every frame of which draws every pixel (gifOpaque).
    if (got >= 6 && head[0] === 0x47 && head[1] === 0x49 && head[2] === 0x46 && head[3] === 0x38) {
      const gif = bytesOf();
      return gif !== undefined && gifOpaque(gif);
    }
    const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (got < 33 || PNG.some((b, i) => head[i] !== b)) return false;
    const colourType = head[25] as number;
    // The whole picture read (bounded) and judged pixel by pixel (pngOpaque).
    const whole = (): boolean | Opacity => {
      const png = bytesOf();
      if (png === undefined) return false;
      // Round 25: a picture partly see-through is judged pixel by pixel where it lies (pictureOver).
      return pngOpaque(png) || (pngOpacity(png) ?? false);
    };
    // Round 22: a PNG with an alpha channel every pixel of which is opaque (read whole, bounded).
    if (colourType === 4 || colourType === 6) return whole();
    if (colourType !== 0 && colourType !== 2 && colourType !== 3) return false;
    // The chunks before the image data: a tRNS among them makes a colour (or a palette entry)
    // transparent; round 23: the picture is then read whole, opaque where no pixel drawn is.
    let at = 8;
    while (at + 8 <= got) {
      const length =
        (((head[at] as number) << 24) |
          ((head[at + 1] as number) << 16) |
          ((head[at + 2] as number) << 8) |
          (head[at + 3] as number)) >>>
        0;
      const type = String.fromCharCode(...head.subarray(at + 4, at + 8));
      if (type === 'IDAT') return true;
      if (type === 'tRNS') return whole();
      at += 12 + length;
    }
    return false;
  }

  /**
   * Sets `link` on the cells of `range` that hold a value (`order`: the cells' sorted order, when
   * they were read out of order).
   */
  private applyLink(
    cells: CellColumnsBuilder,
    order: Int32Array | undefined,
    range: GridRange,
    target: string,
  ): void {
    const area = (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
    this.linkedArea += area;
    if (this.linkedArea > this.limits.maxCells) throw refuse.linkedAreaTooLarge(this.limits.maxCells);
    const count = order ? order.length : cells.length;
    const at = (j: number): number => (order ? (order[j] as number) : j);
    for (let r = range.s.r; r <= range.e.r; r++) {
      let j = lowerBound(cells, at, count, cellKey(r, range.s.c));
      for (; j < count; j++) {
        const i = at(j);
        if (cells.rowOf(i) !== r || cells.colOf(i) > range.e.c) break;
        cells.setLink(i, target);
      }
    }
  }

  private readComments(
    sheetName: string,
    rels: readonly Relationship[],
    persons: ReadonlyMap<string, string>,
  ): GridComment[] {
    const pkg = this.pkg;
    const out: GridComment[] = [];
    const threadedAt = new Set<string>();
    const toComment = (
      refText: string,
      text: string,
      author: string | undefined,
      part: string,
    ): GridComment => {
      const at = parseA1(refText);
      if (!at)
        throw refuse.xmlInvalid(
          part,
          `ugyldig kommentarreference "${refText}"`,
          `invalid comment reference "${refText}"`,
        );
      if (text.length > this.limits.maxCellTextLength) {
        throw refuse.cellText(
          `Kommentaren i ${sheetName}!${refText}`,
          `The comment in ${sheetName}!${refText}`,
          text.length,
          this.limits.maxCellTextLength,
        );
      }
      return author === undefined || author.length === 0
        ? { r: at.r, c: at.c, text }
        : { r: at.r, c: at.c, text, author };
    };
    for (const rel of rels) {
      if (rel.kind !== 'threadedComment' || rel.external || !pkg.has(rel.target)) continue;
      const handler = new ThreadedCommentsHandler(this.countObject);
      pkg.parse(rel.target, handler, Role.ThreadedComments);
      for (const c of handler.comments) {
        threadedAt.add(c.ref.toUpperCase());
        const author = c.personId === undefined ? undefined : persons.get(c.personId);
        out.push(toComment(c.ref, decodeEscapes(c.text), author, rel.target));
      }
    }
    for (const rel of rels) {
      if (rel.kind !== 'comments' || rel.external || !pkg.has(rel.target)) continue;
      const handler = new CommentsHandler(this.countObject);
      pkg.parse(rel.target, handler, Role.Comments);
      for (const c of handler.comments) {
        // Excel keeps a placeholder note beside each threaded comment, for older versions.
        if (threadedAt.has(c.ref.toUpperCase())) continue;
        // A program that keeps only that placeholder (it drops the threads): the thread's entries
        // without Excel's notice, each a comment on the cell, in order.
        const entries = threadFallbackEntries(c.text);
        if (entries) {
          for (const text of entries) out.push(toComment(c.ref, text, undefined, rel.target));
          continue;
        }
        out.push(toComment(c.ref, c.text, c.author, rel.target));
      }
    }
    out.sort((a, b) => a.r - b.r || a.c - b.c);
    return out;
  }

  private readProperties(): { name: string; value: string }[] {
    const pkg = this.pkg;
    const out: { name: string; value: string }[] = [];
    for (const rel of pkg.rels('')) {
      if (rel.external || !pkg.has(rel.target)) continue;
      if (rel.kind === 'core-properties' || rel.kind === 'extended-properties') {
        pkg.parse(rel.target, new SimplePropertiesHandler(out, this.countObject), Role.Properties);
      } else if (rel.kind === 'custom-properties') {
        pkg.parse(rel.target, new CustomPropertiesHandler(out, this.countObject), Role.CustomProperties);
      }
    }
    return out;
  }
}

/**
 * The filled cells without a value that lie inside the rectangle of the cells with values (what
 * Office.js reads as the used range of values), sorted, one per position.
 */
function blankFillsInUse(fills: readonly GridFill[], cells: CellColumns): GridFill[] {
  if (fills.length === 0 || cells.length === 0) return [];
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (let i = 0; i < cells.length; i++) {
    const r = cells.r[i] as number;
    const c = cells.c[i] as number;
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  }
  const inside = fills.filter((f) => f.r >= r0 && f.r <= r1 && f.c >= c0 && f.c <= c1);
  inside.sort((a, b) => cellKey(a.r, a.c) - cellKey(b.r, b.c));
  return inside.filter((f, i) => {
    const next = inside[i + 1];
    return next === undefined || cellKey(next.r, next.c) !== cellKey(f.r, f.c);
  });
}

/** What kind of place a binary part is: a picture, printer settings, or anything else. */
function binaryKind(entry: ZipEntry, contentType: string | undefined): GridTextPlace {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('printersettings') || entry.key.includes('printersettings')) return 'printerSettings';
  if (type.startsWith('image/') || entry.key.startsWith('xl/media/')) return 'image';
  return 'binary';
}

/** Whether the grid's value of a cell is the value a finding was made in (so the grid judged it). */
function carries(v: string | number | boolean | undefined, value: string | number): boolean {
  if (v === undefined) return false;
  if (typeof value === 'number') return v === value;
  // The audit's text of an inline string may keep the layout around its <t> (pretty-printed XML,
  // as Gnumeric writes it: "\n  1112253456\n"): the same value with white space around it.
  return (
    v === value ||
    (typeof v === 'string' && v.trim() === value.trim()) ||
    (typeof v === 'number' && v === Number(value))
  );
}

/** The position (in sorted order, of `count`) of the first cell whose key is ≥ key. */
function lowerBound(
  cells: CellColumnsBuilder,
  at: (j: number) => number,
  count: number,
  key: number,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const i = at(mid);
    if (cellKey(cells.rowOf(i), cells.colOf(i)) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** VML form controls (<x:ClientData ObjectType>): a check box, a list, a button, a group box ... */
const FORM_CONTROLS = new Set([
  'Button',
  'Checkbox',
  'Radio',
  'Drop',
  'List',
  'Label',
  'GBox',
  'Spin',
  'Scroll',
  'Edit',
  'Dialog',
]);

/**
 * The kind of a VML shape's text, once its ClientData (read after the text) has said what the shape
 * is: a note's text is the cell's note, a form control's is the control's, a header or footer
 * picture's anything is the header's picture; any other stays as found.
 */
function vmlKind(kind: GridTextPlace, object: string | undefined): GridTextPlace {
  // Anything a header or footer picture holds (its title, the path of its file) is edited there.
  if (object === HEADER_PICTURE) return 'headerPicture';
  if (object === undefined || kind !== 'textBox') return kind;
  if (object === 'Note') return 'comment';
  return FORM_CONTROLS.has(object) ? 'formControl' : kind;
}

/** The link in Excel's notice before a threaded comment's placeholder note, in every language. */
const THREAD_NOTICE_LINK = 'go.microsoft.com/fwlink/?linkid=870924';

/**
 * The entries of a threaded comment's placeholder note, as Excel writes it for older programs:
 * "[Threaded comment]⏎⏎Your version of Excel allows you to read this threaded comment; … Learn
 * more: https://go.microsoft.com/fwlink/?linkid=870924⏎⏎Comment:⏎    text⏎Reply:⏎    text" (the
 * notice and the markers in Excel's language). Each marker line starts an entry, its indented lines
 * the entry's text. Undefined for any other note.
 */
export function threadFallbackEntries(text: string): string[] | undefined {
  const link = text.indexOf(THREAD_NOTICE_LINK);
  if (link < 0 || !text.trimStart().startsWith('[')) return undefined;
  const lines = text.slice(link).split(/\r?\n/u).slice(1);
  const entries: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (/^\S.*:\s*$/u.test(line)) {
      if (current && current.length > 0) entries.push(current.join('\n'));
      current = [];
    } else if (current) current.push(line.trim());
    else return undefined;
  }
  if (current && current.length > 0) entries.push(current.join('\n'));
  return entries.length > 0 ? entries : undefined;
}

/**
 * The look of each element of the workbook's own table styles (by style name, then element type)
 * that sets a font or a fill colour: its differential format's (dxfs, as hidingText resolves them).
 */
function tableStyleLooks(
  styles: ReadonlyMap<
    string,
    readonly { readonly type: string; readonly dxfId: number; readonly size?: number }[]
  >,
  dxfs: ReadonlyMap<number, ConditionalLook>,
): Map<string, Map<string, ConditionalLook & { readonly size?: number }>> {
  const out = new Map<string, Map<string, ConditionalLook & { readonly size?: number }>>();
  for (const [name, elements] of styles) {
    const looks = new Map<string, ConditionalLook & { readonly size?: number }>();
    for (const { type, dxfId, size } of elements) {
      const look = dxfs.get(dxfId);
      // A stripe's band size (round 22) rides with its look, and is kept without one (a stripe of
      // no colour still sets where the other stripe's rows or columns fall).
      if (look !== undefined) looks.set(type, size === undefined ? look : { ...look, size });
      else if (size !== undefined && type.endsWith('Stripe')) looks.set(type, { size });
    }
    if (looks.size > 0) out.set(name, looks);
  }
  return out;
}

/** EMU (DrawingML's unit) in a pixel at 96 dpi and in a point. */
const EMU_PER_PIXEL = 9525;
const EMU_PER_POINT = 12700;
/**
 * Round 25: where a cell's letters stand, for a picture partly see-through over it: across the
 * middle half of its height (a letter's body; a see-through line at its top or foot shows none of
 * it), as fractions of the cell, and across its width where its alignment puts them (lettersOf;
 * the door does not measure the letters, which needs the font's metrics). A picture opaque over all
 * of that hides the cell; see-through anywhere there (a chequer, a frame, a see-through edge where
 * the letters stand) lets the letters show.
 */
const LETTERS_TOP = 0.25;
const LETTERS_BOTTOM = 0.75;
/**
 * Round 26: where across a cell its letters stand, as [left, right] fractions of its width, by the
 * cell's horizontal alignment (its style's; general: a text at the left, a number at the right, a
 * truth value or an error centred, as Excel aligns them): the half at its side, or the middle half
 * where centred; a text repeated across the cell (fill) over all of it.
 */
function lettersOf(horizontal: string | undefined, type: GridCell['t']): readonly [number, number] {
  switch (horizontal) {
    case 'left':
    case 'justify':
      return LEFT_LETTERS;
    case 'right':
      return RIGHT_LETTERS;
    case 'center':
    case 'centerContinuous':
    case 'distributed':
      return CENTRED_LETTERS;
    case 'fill':
      return [0, 1];
    default:
      return type === 'n' ? RIGHT_LETTERS : type === 's' ? LEFT_LETTERS : CENTRED_LETTERS;
  }
}
/**
 * Round 27: the places a cell's letters may take, across the cell as seen: on a sheet laid out
 * right to left Excel's general alignment is mirrored (a text at the right, a number at the left);
 * an indent (`indent`, as a fraction of the cell's width) that puts the letters' start past the
 * cell's middle puts them in the other half. Round 28: a shorter indent moves where the letters
 * begin (from the indent to the middle); an explicit left or right stands at that side even right
 * to left (ECMA-376 §18.18.40: "even in Right-to-Left mode"), any other alignment there is judged
 * at both sides (the door errs toward hidden); general read right to left (readingOrder="2") puts
 * a text at the right, anything else judged at both sides. Round 29: general read left to right
 * (readingOrder="1", kept only on a sheet right to left) is judged at both sides there; the letters
 * take no more of their place than their own width (`letters`, a fraction of the cell's width:
 * LETTER_PIXELS a character) from the side they stand at (the middle where centred), so a short
 * number in a wide cell is hidden by a picture opaque over a few pixels at its side. The width only
 * narrows the place judged (never wider than before): a font larger than the default or a date
 * shown longer than its serial is judged over part of its letters, toward hidden.
 */
function placesOf(
  horizontal: string | undefined,
  type: GridCell['t'],
  rightToLeft: boolean,
  indent: number,
  letters: number,
): readonly (readonly [number, number])[] {
  const w = Math.max(letters, 0);
  if (horizontal === GENERAL_RIGHT_TO_LEFT)
    return type === 's'
      ? [narrowed(RIGHT_LETTERS, w)]
      : [narrowed(LEFT_LETTERS, w), narrowed(RIGHT_LETTERS, w)];
  const general = horizontal === undefined || horizontal === GENERAL_LEFT_TO_RIGHT;
  let place = lettersOf(general ? undefined : horizontal, type);
  if (place === LEFT_LETTERS || place === RIGHT_LETTERS) {
    const left = place === LEFT_LETTERS;
    if (indent >= 0.5) place = left ? RIGHT_LETTERS : LEFT_LETTERS;
    else if (indent > 0)
      place = left ? [indent, Math.min(0.5, indent + w)] : [Math.max(0.5, 1 - indent - w), 1 - indent];
    else place = narrowed(place, w);
  } else if (place === CENTRED_LETTERS) place = narrowed(place, w);
  if (!rightToLeft || horizontal === 'left' || horizontal === 'right') return [place];
  const mirrored: readonly [number, number] = [1 - place[1], 1 - place[0]];
  return horizontal === undefined ? [mirrored] : [place, mirrored];
}
/**
 * Round 29: a place of round 26 (LEFT_, RIGHT_ or CENTRED_LETTERS) narrowed to letters `w` wide
 * (a fraction of the cell) from the side they stand at, never wider than the place.
 */
function narrowed(place: readonly [number, number], w: number): readonly [number, number] {
  if (place === LEFT_LETTERS) return [0, Math.min(0.5, w)];
  if (place === RIGHT_LETTERS) return [Math.max(0.5, 1 - w), 1];
  return [Math.max(0.25, 0.5 - w / 2), Math.min(0.75, 0.5 + w / 2)];
}
/**
 * Round 29: a character's width in pixels at Excel's default font (Calibri 11: its digits' width,
 * by which Excel measures a column), and the most characters judged (general format shows 11).
 */
const LETTER_PIXELS = 7;
const MAX_NUMBER_LETTERS = 11;
/** Round 29: the characters a cell's value shows (a number's general format shows 11 at most). */
function lettersIn(value: CellValue, type: GridCell['t']): number {
  const n = String(value ?? '').length;
  return type === 'n' ? Math.min(n, MAX_NUMBER_LETTERS) : n;
}
/** Round 27: one indent level in pixels (ECMA-376: three spaces; Excel's default font). */
const INDENT_PIXELS = 9;
const LEFT_LETTERS: readonly [number, number] = [0, 0.5];
const RIGHT_LETTERS: readonly [number, number] = [0.5, 1];
const CENTRED_LETTERS: readonly [number, number] = [0.25, 0.75];
const ALL_PLACES = [LEFT_LETTERS, CENTRED_LETTERS, RIGHT_LETTERS] as const;
/** Cells judged one by one under partly see-through pictures in a workbook (past it, read as hidden). */
const MAX_JUDGED_UNDER_PICTURES = 1 << 21;

/** The sum of `size` over the indexes from `first` up to `i` (not included). */
function spanOf(first: number, i: number, size: (k: number) => number): number {
  let sum = 0;
  for (let k = first; k < i; k++) sum += size(k);
  return sum;
}

/** Round 26: a picture partly see-through over cells, judged once the sheet's cells are read. */
interface PartlyOver {
  readonly rows: readonly [number, number];
  readonly cols: readonly [number, number];
  readonly from: { readonly r: number; readonly c: number; readonly rOff: number; readonly cOff: number };
  readonly width: number;
  readonly height: number;
  readonly opacity: Opacity;
  /** Round 28: the image mirrored or cropped on its place. */
  readonly view?: PictureView;
}
/** The first bytes of an image read to tell whether it is opaque (opaqueImage). */
const IMAGE_HEAD = 64 * 1024;
/** The largest PNG with an alpha channel read whole to tell whether every pixel is opaque. */
const IMAGE_WHOLE = 4 * 1024 * 1024;

/**
 * A column's width in pixels as Excel draws it (Calibri 11: a digit 7 pixels wide): from <col width>
 * (characters with the cell's margins), 64 for a column of the default width, and where the sheet
 * gives a default width of its own, that width with the margins (5 pixels) added, taken wide.
 */
function columnPixels(handler: WorksheetHandler, c: number): number {
  const own = handler.colWidths.find((w) => w.min <= c && c <= w.max);
  const pixels = (w: number): number => Math.trunc(((256 * w + Math.trunc(128 / 7)) / 256) * 7);
  if (own !== undefined) return pixels(own.width);
  return handler.defaultWidth === undefined ? 64 : pixels(handler.defaultWidth) + 5;
}

/**
 * The cells (first and last index) a run of `size` EMU covers whole, from `offset` EMU into cell
 * `start`, the cells `extent` EMU long, up to the sheet's edge (`limit`: its rows or columns);
 * undefined when it covers none. Round 26: each cell walked is taken from `budget` (1,024 cells
 * before: a picture taller than 1,024 rows covered none below them); once it is spent, the run is
 * taken to the sheet's edge (the door errs toward a cell hidden).
 */
function coveredRun(
  start: number,
  offset: number,
  size: number,
  extent: (i: number) => number,
  limit: number,
  budget: { left: number },
): [number, number] | undefined {
  const end = offset + size;
  let first = -1;
  let last = -1;
  let edge = 0;
  for (let i = start; i < limit && edge < end; i++) {
    if (--budget.left < 0) return [first === -1 ? i : first, limit - 1];
    const next = edge + extent(i);
    if (edge >= offset && next <= end) {
      if (first === -1) first = i;
      last = i;
    }
    edge = next;
  }
  return first === -1 ? undefined : [first, last];
}

/**
 * A picture as the grid keeps it (GridSheet.pictures): its name and the cells under its corners as
 * its anchor writes them (a picture anchored at one cell: that cell); none where the anchor names no
 * cell.
 */
function gridPicture(picture: RawPicture): GridPicture | undefined {
  const { from, to } = picture;
  if (from.r < 0 || from.c < 0) return undefined;
  return {
    r: from.r,
    c: from.c,
    r2: to !== undefined && to.r >= from.r ? to.r : from.r,
    c2: to !== undefined && to.c >= from.c ? to.c : from.c,
    ...(picture.name ? { name: picture.name } : {}),
  };
}

/**
 * The cells holding a value under a merged range other than its top-left one (GridSheet.cellsUnderMerges),
 * in reading order. Each row of each range is looked up by a binary search of the sorted cells, so
 * the cost is the merged ranges' rows (bounded by maxMergedCells) times log(cells), not the cells:
 * a plan with a merged title pays one search.
 */
export function valuesUnderMerges(
  merges: readonly GridRange[],
  cells: CellColumns,
): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  const n = cells.length;
  for (const m of merges) {
    for (let r = m.s.r; r <= m.e.r; r++) {
      // The first cell at (r, m.s.c) or after it.
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const mr = cells.r[mid]!;
        if (mr < r || (mr === r && cells.c[mid]! < m.s.c)) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < n && cells.r[i] === r && cells.c[i]! <= m.e.c; i++) {
        if (r !== m.s.r || cells.c[i] !== m.s.c) out.push({ r, c: cells.c[i]! });
      }
    }
  }
  return out.sort((a, b) => a.r - b.r || a.c - b.c);
}
