// Writes a WorkbookModel as an Excel-style .xlsx package built by hand (never the product's exceljs
// writer): shared strings, a styles part with custom number formats and fills given as RGB, theme
// colour (with tint) or palette index, the Office theme, merged cells, column widths and Excel
// tables. This is what LibreOffice cannot make: theme and indexed colours and Excel's own built-in
// date format ids. The zip and the package skeleton come from test/fixtures/hostile.ts.

import { buildZip, escapeXml, rels, workbookParts, worksheet, type ZipItem } from '../../fixtures/hostile';
import {
  controlsVml,
  CT_CTRL_PROP,
  ctrlPropXml,
  REL_CTRL_PROP,
  sheetControlsXml,
  pictureRel,
  shapesDrawingXml,
} from './drawing';
import {
  drawingXml,
  pivotCacheParts,
  pivotTableXml,
  REL_SLICER,
  REL_SLICER_CACHE,
  REL_TIMELINE,
  REL_TIMELINE_CACHE,
  sheetExtLst,
  slicersXml,
  tableData,
  tableSlicerCacheXml,
  timelineCacheXml,
  timelineXml,
  workbookExtLst,
  type TableData,
} from './pivot';
import {
  colLetters,
  excelSerial,
  isDateValue,
  parseA1,
  type Cell,
  type Fill,
  type RichValue,
  type SheetModel,
  type Style,
  type Value,
  type WorkbookModel,
} from './model';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_FPB = 'http://schemas.microsoft.com/office/spreadsheetml/2022/featurepropertybag';
const NS_RD = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata';

/** What a package's cells use beyond the grid: linked data types and dynamic arrays (xl/metadata.xml). */
class CellMetadata {
  readonly rich: RichValue[] = [];
  spills = 0;

  /** The 1-based vm index of a rich value (one per cell, as Excel writes it). */
  vm(r: RichValue): number {
    this.rich.push(r);
    return this.rich.length;
  }
}

let meta = new CellMetadata();

/** The Office 2013–2022 theme's colours, as Excel writes them in xl/theme/theme1.xml. */
const THEME = `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

function fillXml(f: Fill): string {
  const colour =
    'rgb' in f
      ? `rgb="${f.rgb.length === 6 ? `FF${f.rgb}` : f.rgb}"`
      : 'theme' in f
        ? `theme="${f.theme}"${f.tint !== undefined ? ` tint="${f.tint}"` : ''}`
        : `indexed="${f.indexed}"`;
  return `<fill><patternFill patternType="solid"><fgColor ${colour}/><bgColor indexed="64"/></patternFill></fill>`;
}

class StyleTable {
  private readonly fonts: string[];

  constructor(defaultFont?: WorkbookModel['defaultFont']) {
    this.fonts = [
      defaultFont
        ? `<font><sz val="${defaultFont.size ?? 11}"/><color theme="1"/><name val="${escapeXml(defaultFont.name)}"/>${defaultFont.charset !== undefined ? `<charset val="${defaultFont.charset}"/>` : ''}<family val="2"/></font>`
        : '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    ];
  }

  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly numFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** Whether any cell uses Excel's cell checkbox (the feature property bag is then written). */
  checkbox = false;
  private readonly byKey = new Map<string, number>();

  private index(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  xf(style: Style | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const strike = style.strike ? '<strike/>' : '';
    const color = style.color ? `<color rgb="FF${style.color}"/>` : '<color theme="1"/>';
    const font =
      style.bold || style.italic || style.size || style.font || style.strike || style.color
        ? this.index(
            this.fonts,
            style.font
              ? `<font>${style.bold ? '<b/>' : ''}<sz val="${style.size ?? 11}"/>${color}<name val="${escapeXml(style.font)}"/><charset val="2"/></font>`
              : `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}${strike}<sz val="${style.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
          )
        : 0;
    const fill = style.fill ? this.index(this.fills, fillXml(style.fill)) : 0;
    let numFmt = style.fmtId ?? 0;
    if (style.fmt) {
      const id = this.numFmtIds.get(style.fmt) ?? 164 + this.numFmts.length;
      if (!this.numFmtIds.has(style.fmt)) {
        this.numFmtIds.set(style.fmt, id);
        this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(style.fmt)}"/>`);
      }
      numFmt = id;
    }
    const attrs =
      `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"` +
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '');
    // Excel's cell checkbox: the xf points to the feature property bag's XFComplements (index 0).
    if (style.checkbox) {
      this.checkbox = true;
      this.xfs.push(
        `<xf ${attrs} applyAlignment="1"><alignment horizontal="center"/><extLst><ext uri="{C7286773-470A-42A8-94C5-96B5CB345126}" xmlns:xfpb="${NS_FPB}"><xfpb:xfComplement i="0"/></ext></extLst></xf>`,
      );
      const cid = this.xfs.length - 1;
      this.byKey.set(key, cid);
      return cid;
    }
    const xml = style.indent
      ? `<xf ${attrs} applyAlignment="1"><alignment horizontal="left" indent="${style.indent}"${style.wrap ? ' vertical="top" wrapText="1"' : ''}/></xf>`
      : style.wrap
        ? `<xf ${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
        : `<xf ${attrs}/>`;
    this.xfs.push(xml);
    const id = this.xfs.length - 1;
    this.byKey.set(key, id);
    return id;
  }

  xml(): string {
    return (
      `${DECL}<styleSheet xmlns="${NS_MAIN}">` +
      (this.numFmts.length
        ? `<numFmts count="${this.numFmts.length}">${this.numFmts.join('')}</numFmts>`
        : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

class SharedStrings {
  private readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  private count = 0;

  id(s: string): number {
    this.count++;
    const known = this.ids.get(s);
    if (known !== undefined) return known;
    this.list.push(s);
    this.ids.set(s, this.list.length - 1);
    return this.list.length - 1;
  }

  /** A rich text's item (its runs, some struck through), kept apart from the plain texts. */
  runs(runs: readonly { readonly text: string; readonly strike?: boolean }[]): number {
    this.count++;
    const xml = runs
      .map(
        (r) =>
          `<r><rPr>${r.strike ? '<strike/>' : ''}<sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t xml:space="preserve">${escapeXml(r.text)}</t></r>`,
      )
      .join('');
    this.list.push(`\u0000rich${xml}`);
    return this.list.length - 1;
  }

  xml(): string {
    const items = this.list
      .map((s) => {
        if (s.startsWith('\u0000rich')) return `<si>${s.slice(5)}</si>`;
        const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
        return `<si><t${space}>${escapeXml(s)}</t></si>`;
      })
      .join('');
    return `${DECL}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** The serial number of a date in the package being written (the 1904 system 1462 days fewer). */
let dateShift = 0;
function serial(iso: string): number {
  return excelSerial(iso) - dateShift;
}

function cellXml(at: string, cell: Cell, styles: StyleTable, strings: SharedStrings): string {
  const s = styles.xf(cell.s);
  const sAttr = s ? ` s="${s}"` : '';
  const v = cell.v;
  if (cell.rich) return `<c r="${at}"${sAttr} t="e" vm="${meta.vm(cell.rich)}"><v>#VALUE!</v></c>`;
  if (cell.f !== undefined && cell.spill) {
    // A dynamic array as Excel 365 saves it: cm="1" (XLDAPR), an array formula over the spill range.
    meta.spills++;
    const f = `<f t="array" ref="${cell.spill}">${escapeXml(cell.f)}</f>`;
    if (typeof v === 'string') return `<c r="${at}"${sAttr} t="str" cm="1">${f}<v>${escapeXml(v)}</v></c>`;
    if (isDateValue(v)) return `<c r="${at}"${sAttr} cm="1">${f}<v>${serial(v.date)}</v></c>`;
    if (typeof v === 'number') return `<c r="${at}"${sAttr} cm="1">${f}<v>${v}</v></c>`;
    return `<c r="${at}"${sAttr} cm="1">${f}</c>`;
  }
  if (cell.f !== undefined) {
    // A formula with its cached result, as Excel saves it (a text result is an inline str).
    const f = `<f>${escapeXml(cell.f)}</f>`;
    // An error result (#REF!, #NAME? …, a COPILOT call's #BUSY! or #CONNECT!) is cached as an error cell.
    if (typeof v === 'string' && /^#(?:REF!|NAME\?|N\/A|VALUE!|DIV\/0!|BUSY!|CONNECT!)$/.test(v))
      return `<c r="${at}"${sAttr} t="e">${f}<v>${escapeXml(v)}</v></c>`;
    if (typeof v === 'string') return `<c r="${at}"${sAttr} t="str">${f}<v>${escapeXml(v)}</v></c>`;
    if (typeof v === 'number') return `<c r="${at}"${sAttr}>${f}<v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${at}"${sAttr} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (isDateValue(v)) return `<c r="${at}"${sAttr}>${f}<v>${serial(v.date)}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${at}"${sAttr} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${at}"${sAttr}>${f}</c>`;
  }
  if (cell.error && typeof v === 'string') return `<c r="${at}"${sAttr} t="e"><v>${escapeXml(v)}</v></c>`;
  if (v === null) return `<c r="${at}"${sAttr}/>`;
  if (cell.runs) return `<c r="${at}"${sAttr} t="s"><v>${strings.runs(cell.runs)}</v></c>`;
  if (typeof v === 'string') return `<c r="${at}"${sAttr} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === 'number') return `<c r="${at}"${sAttr}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${at}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isDateValue(v)) return `<c r="${at}"${sAttr}><v>${serial(v.date)}</v></c>`;
  throw new Error('unknown cell value');
}

/** Two of a sheet's extension lists (slicers and timelines; sparklines) as the one a sheet may hold. */
function oneExtLst(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return a.replace(/<\/extLst>$/u, '') + b.replace(/^<extLst>/u, '');
}

function sheetXml(
  sheet: SheetModel,
  styles: StyleTable,
  strings: SharedStrings,
  tableRel?: string,
  drawingRel?: string,
  shapes?: { readonly drawing?: string; readonly ext: string },
  controls = '',
): string {
  const byRow = new Map<number, { col: number; xml: string }[]>();
  for (const [at, cell] of sheet.cells) {
    const { row, col } = parseA1(at);
    const list = byRow.get(row) ?? [];
    list.push({ col, xml: cellXml(at, cell, styles, strings) });
    byRow.set(row, list);
  }
  const rows = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([r, cells]) =>
        `<row r="${r}"${rowAttrs(sheet, r)}>${cells
          .sort((a, b) => a.col - b.col)
          .map((c) => c.xml)
          .join('')}</row>`,
    )
    .join('');
  const { rows: nr, cols: nc } = sheet.extent();
  const dim = `<dimension ref="A1:${colLetters(Math.max(nc, 1))}${Math.max(nr, 1)}"/>`;
  // A frozen top (the header kept in view), as Excel writes "Frys øverste række".
  const frozen = sheet.frozenRows
    ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.frozenRows + 1}" sqref="A${sheet.frozenRows + 1}"/>`
    : '';
  const levels = [...sheet.outline.values()];
  const format = levels.length
    ? `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="${Math.max(...levels)}"/>`
    : '<sheetFormatPr defaultRowHeight="15"/>';
  const rtl = sheet.rightToLeft ? ' rightToLeft="1"' : '';
  const views = frozen
    ? `<sheetViews><sheetView${rtl} workbookViewId="0">${frozen}</sheetView></sheetViews>${format}`
    : `<sheetViews><sheetView${rtl} workbookViewId="0"/></sheetViews>${format}`;
  // Grouped rows whose summary row is above the group, as Excel writes the setting.
  const sheetPr = sheet.summaryAbove ? '<sheetPr><outlinePr summaryBelow="0"/></sheetPr>' : '';
  const colIds = [...new Set([...sheet.widths.keys(), ...sheet.hiddenCols])].sort((a, b) => a - b);
  const cols = colIds
    .map((c) => {
      const hidden = sheet.hiddenCols.has(c) ? ' hidden="1"' : '';
      return `<col min="${c}" max="${c}" width="${sheet.widths.get(c) ?? 9}" customWidth="1"${hidden}/>`;
    })
    .join('');
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  // A sensitivity label's header marking, as Office writes it (font, size, colour, then the text).
  const margins =
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.header
      ? `<headerFooter><oddHeader>${escapeXml(`&C&"Calibri"&10&K000000${sheet.header}&1#`)}</oddHeader></headerFooter>`
      : '');
  const tables = tableRel ? `<tableParts count="1"><tablePart r:id="${tableRel}"/></tableParts>` : '';
  const legacy =
    (shapes?.drawing ? `<drawing r:id="${shapes.drawing}"/>` : '') +
    (drawingRel ? `<legacyDrawing r:id="${drawingRel}"/>` : '');
  const iconSets = sheet.iconSets
    .map(
      (c, i) =>
        `<conditionalFormatting sqref="${c.ref}"><cfRule type="iconSet" priority="${i + 1}"><iconSet iconSet="${c.iconSet}"${c.iconOnly ? ' showValue="0"' : ''}><cfvo type="percent" val="0"/><cfvo type="num" val="${c.thresholds[0]}"/><cfvo type="num" val="${c.thresholds[1]}"/></iconSet></cfRule></conditionalFormatting>`,
    )
    .join('');
  // Data bars as Excel 2007 writes them (a solid bar from the lowest to the highest figure).
  const dataBars = sheet.dataBars
    .map(
      (d, i) =>
        `<conditionalFormatting sqref="${d.ref}"><cfRule type="dataBar" priority="${sheet.iconSets.length + i + 1}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF${d.rgb}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join('');
  // Sparklines live in the worksheet's extension list (x14), the cells they are drawn in empty.
  const sparklines = sheet.sparklines.length
    ? `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>${sheet.sparklines
        .map(
          (sp) =>
            `<x14:sparkline><xm:f>${escapeXml(`'${sheet.name}'!${sp.data}`)}</xm:f><xm:sqref>${sp.at}</xm:sqref></x14:sparkline>`,
        )
        .join('')}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`
    : '';
  // Drop-down lists, after the conditional formats and before the page margins (ECMA-376 order).
  const validations = sheet.validations.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map((v) => {
          const source = /!|^\$/.test(v.list) ? v.list : `"${v.list}"`;
          const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeXml(v.prompt)}"` : '';
          return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${prompt} sqref="${v.ref}"><formula1>${escapeXml(source)}</formula1></dataValidation>`;
        })
        .join('')}</dataValidations>`
    : '';
  // Protection and an autofilter come after the cells and before the merges, as Excel orders them.
  const protection = sheet.protected
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" autoFilter="0"/>'
    : '';
  const shows = sheet.autoFilterShows;
  const filter = sheet.autoFilter
    ? shows
      ? `<autoFilter ref="${sheet.autoFilter}"><filterColumn colId="${shows.col}"><filters>${shows.values.map((v) => `<filter val="${escapeXml(v)}"/>`).join('')}</filters></filterColumn></autoFilter>`
      : `<autoFilter ref="${sheet.autoFilter}"/>`
    : '';
  return worksheet(
    rows,
    protection +
      filter +
      merges +
      iconSets +
      dataBars +
      validations +
      margins +
      legacy +
      controls +
      tables +
      oneExtLst(shapes?.ext ?? '', sparklines),
    sheetPr + dim + views + (cols ? `<cols>${cols}</cols>` : ''),
  );
}

/** A row's attributes: hidden, its outline level, and whether its group is collapsed. */
function rowAttrs(sheet: SheetModel, r: number): string {
  const level = sheet.outline.get(r);
  return (
    (sheet.hiddenRows.has(r) ? ' hidden="1"' : '') +
    (level ? ` outlineLevel="${level}"` : '') +
    (sheet.collapsedRows.has(r) ? ' collapsed="1"' : '')
  );
}

function tableXml(sheet: SheetModel, id: number): string {
  const t = sheet.table!;
  const [from] = t.ref.split(':') as [string, string];
  const start = parseA1(from);
  const end = parseA1(t.ref.split(':')[1]!);
  const names: string[] = [];
  for (let c = start.col; c <= end.col; c++) {
    const given = t.columns?.[c - start.col];
    const h = t.headerRow === false ? undefined : sheet.cells.get(`${colLetters(c)}${start.row}`)?.v;
    names.push(given ?? (typeof h === 'string' ? h : `Kolonne${c - start.col + 1}`));
  }
  // A totals row: its first cell's text is the row's label, a number in it a sum.
  const totalOf = (i: number): string => {
    if (!t.totalsRow) return '';
    const cell = sheet.cells.get(`${colLetters(start.col + i)}${end.row}`);
    const v = cell?.v;
    // A function picked from the totals row's drop-down: SUBTOTAL(103,…) counts, (109,…) sums.
    const fn = cell?.f ? /^SUBTOTAL\((\d+),/.exec(cell.f)?.[1] : undefined;
    if (fn) {
      const name = {
        '101': 'average',
        '102': 'countNums',
        '103': 'count',
        '104': 'max',
        '105': 'min',
        '109': 'sum',
      }[fn];
      return name ? ` totalsRowFunction="${name}"` : ' totalsRowFunction="custom"';
    }
    if (typeof v === 'string') return ` totalsRowLabel="${escapeXml(v)}"`;
    if (typeof v === 'number') return ' totalsRowFunction="sum"';
    return '';
  };
  // A Power Query output table: each column bound to the query table's field of the same id.
  const qf = (i: number): string =>
    sheet.query ? ` uniqueName="${i + 1}" queryTableFieldId="${i + 1}"` : '';
  const columns = names
    .map((n, i) => `<tableColumn id="${i + 1}"${qf(i)} name="${escapeXml(n)}"${totalOf(i)}/>`)
    .join('');
  const filterRef = t.totalsRow ? `${from}:${colLetters(end.col)}${end.row - 1}` : t.ref;
  const totals = t.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  // With the header row off Excel writes headerRowCount="0" and no autofilter (it has no buttons).
  const header = t.headerRow === false ? ' headerRowCount="0"' : '';
  const shown = t.filter;
  const filter =
    t.headerRow === false
      ? ''
      : shown
        ? `<autoFilter ref="${filterRef}"><filterColumn colId="${shown.col}"><filters>${shown.values.map((v) => `<filter val="${escapeXml(v)}"/>`).join('')}</filters></filterColumn></autoFilter>`
        : `<autoFilter ref="${filterRef}"/>`;
  return (
    `${DECL}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${t.ref}"${sheet.query ? ' tableType="queryTable"' : ''}${header}${totals}>` +
    `${filter}<tableColumns count="${names.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

const AUTHOR = 'Koordinator';

/** Excel's notice in front of a threaded comment's legacy copy, as Excel 365 writes it. */
const THREAD_NOTICE =
  '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n';

/** A stable GUID in Excel's braces, from a number (the plans must build the same bytes each time). */
function guid(kind: number, n: number): string {
  return `{${kind.toString(16).padStart(8, '0').toUpperCase()}-0000-4000-8000-${n.toString(16).padStart(12, '0').toUpperCase()}}`;
}

/** The legacy note Excel writes for a thread: the notice, then "Comment:" and each "Reply:". */
function threadLegacyText(thread: readonly { readonly text: string }[]): string {
  return THREAD_NOTICE + thread.map((t, i) => `${i === 0 ? 'Comment' : 'Reply'}:\n    ${t.text}`).join('\n');
}

/** Every cell note and every thread's legacy copy of a sheet, by address (threads by their first id). */
function commentsXml(sheet: SheetModel, threadIds: Map<string, string>): string {
  const authors = [AUTHOR, ...[...threadIds.values()].map((id) => `tc=${id}`)];
  const notes = [...sheet.comments.entries()].map(
    ([at, text]) =>
      `<comment ref="${at}" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${AUTHOR}:
</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeXml(text)}</t></r></text></comment>`,
  );
  const threads = [...sheet.threads.entries()].map(
    ([at, thread], i) =>
      `<comment ref="${at}" authorId="${i + 1}" shapeId="0"><text><t xml:space="preserve">${escapeXml(threadLegacyText(thread))}</t></text></comment>`,
  );
  return `${DECL}<comments xmlns="${NS_MAIN}"><authors>${authors.map((a) => `<author>${escapeXml(a)}</author>`).join('')}</authors><commentList>${[...notes, ...threads].join('')}</commentList></comments>`;
}

const NS_THREADS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';

/** The threads of a sheet as Excel 365 keeps them: one entry a comment or reply, replies by parentId. */
function threadedCommentsXml(
  sheet: SheetModel,
  threadIds: Map<string, string>,
  personId: (name: string) => string,
  nextId: () => string,
): string {
  let minute = 0;
  const list = [...sheet.threads.entries()]
    .map(([at, thread]) => {
      const root = threadIds.get(at)!;
      return thread
        .map((t, i) => {
          minute++;
          const dT = `2026-10-${String(1 + (minute % 28)).padStart(2, '0')}T09:${String(minute % 60).padStart(2, '0')}:00.00`;
          const id = i === 0 ? root : nextId();
          const parent = i === 0 ? '' : ` parentId="${root}"`;
          return `<threadedComment ref="${at}" dT="${dT}" personId="${personId(t.author)}" id="${id}"${parent}><text>${escapeXml(t.text)}</text></threadedComment>`;
        })
        .join('');
    })
    .join('');
  return `${DECL}<ThreadedComments xmlns="${NS_THREADS}" xmlns:x="${NS_MAIN}">${list}</ThreadedComments>`;
}

function vmlXml(sheet: SheetModel): string {
  const shapes = [...sheet.comments.keys()]
    .map((at, i) => {
      const { row, col } = parseA1(at);
      return `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:160pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`;
    })
    .join('');
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`;
}

/** The .xlsx bytes of a workbook model, laid out as Excel lays out its packages. */
export function toXlsx(wb: WorkbookModel): Uint8Array {
  meta = new CellMetadata();
  dateShift = wb.date1904 ? 1462 : 0;
  const styles = new StyleTable(wb.defaultFont);
  const connections: string[] = [];
  const strings = new SharedStrings();
  const extraParts: ZipItem[] = [];
  let contentTypes = '';
  let tableId = 0;
  // The people of every thread, kept once for the workbook (xl/persons/person.xml).
  const people = new Map<string, string>();
  const personId = (name: string): string => {
    const known = people.get(name);
    if (known) return known;
    const id = guid(0x9e75, people.size + 1);
    people.set(name, id);
    return id;
  };
  let threadSerial = 0;
  const nextThreadId = (): string => guid(0x7c0, ++threadSerial);
  // Each sheet's table, numbered as the loop below numbers its table parts (slicers and pivots name them).
  const tables = new Map<string, TableData>();
  wb.sheets.filter((sh) => sh.table).forEach((sh, k) => tables.set(sh.name, tableData(sh, k + 1)));
  const slicerCacheRels: string[] = [];
  const timelineCacheRels: string[] = [];
  const pivotCaches: string[] = [];
  let wbRels = '';
  let ctrlProps = 0;
  let drawingParts = 0;
  let media = 0;
  const sheets = wb.sheets.map((sheet, i) => {
    let tableRel: string | undefined;
    let drawingRel: string | undefined;
    const relList: [string, string, string][] = [];
    if (sheet.table) {
      tableId++;
      tableRel = 'rId1';
      relList.push(['rId1', 'table', `../tables/table${tableId}.xml`]);
      extraParts.push({ name: `xl/tables/table${tableId}.xml`, data: tableXml(sheet, tableId) });
      if (sheet.query) {
        connections.push(sheet.query.name);
        const q = tableId;
        extraParts.push({
          name: `xl/tables/_rels/table${q}.xml.rels`,
          data: rels([['rId1', 'queryTable', `../queryTables/queryTable${q}.xml`]]),
        });
        extraParts.push({
          name: `xl/queryTables/queryTable${q}.xml`,
          data: queryTableXml(sheet, connections.length),
        });
        contentTypes += `<Override PartName="/xl/queryTables/queryTable${q}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml"/>`;
      }
      contentTypes += `<Override PartName="/xl/tables/table${tableId}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`;
    }
    if (sheet.comments.size || sheet.threads.size) {
      // Cell notes as Excel saves them: a comments part and the legacy VML drawing that shows them.
      const n = i + 1;
      drawingRel = 'rId3';
      relList.push(['rId2', 'comments', `../comments${n}.xml`]);
      relList.push(['rId3', 'vmlDrawing', `../drawings/vmlDrawing${n}.vml`]);
      const threadIds = new Map([...sheet.threads.keys()].map((at) => [at, nextThreadId()] as const));
      extraParts.push({ name: `xl/comments${n}.xml`, data: commentsXml(sheet, threadIds) });
      if (sheet.threads.size) {
        relList.push([
          'rId4',
          'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
          `../threadedComments/threadedComment${n}.xml`,
        ]);
        extraParts.push({
          name: `xl/threadedComments/threadedComment${n}.xml`,
          data: threadedCommentsXml(sheet, threadIds, personId, nextThreadId),
        });
        contentTypes += `<Override PartName="/xl/threadedComments/threadedComment${n}.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>`;
      }
      extraParts.push({ name: `xl/drawings/vmlDrawing${n}.vml`, data: vmlXml(sheet) });
      contentTypes += `<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`;
      if (!contentTypes.includes('Extension="vml"'))
        contentTypes +=
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>';
    }
    // Slicers on the sheet's table, a PivotTable and its timeline: a drawing for their shapes.
    let shapes: { drawing?: string; ext: string } | undefined;
    if (sheet.slicers.length || sheet.pivot) {
      const n = i + 1;
      let slicerRel: string | undefined;
      let timelineRel: string | undefined;
      const drawing = sheet.slicers.length || sheet.pivot?.timeline ? 'rId5' : undefined;
      if (drawing) {
        relList.push([drawing, 'drawing', `../drawings/drawing${n}.xml`]);
        extraParts.push({ name: `xl/drawings/drawing${n}.xml`, data: drawingXml(sheet) });
        contentTypes += `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`;
      }
      if (sheet.slicers.length) {
        const table = tables.get(sheet.name);
        if (!table) throw new Error(`${sheet.name}: slicers need the sheet's table`);
        slicerRel = 'rId6';
        relList.push([slicerRel, REL_SLICER, `../slicers/slicer${n}.xml`]);
        extraParts.push({ name: `xl/slicers/slicer${n}.xml`, data: slicersXml(sheet) });
        contentTypes += `<Override PartName="/xl/slicers/slicer${n}.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>`;
        for (const sl of sheet.slicers) {
          const k = slicerCacheRels.length + 1;
          slicerCacheRels.push(`rIdSc${k}`);
          wbRels += `<Relationship Id="rIdSc${k}" Type="${REL_SLICER_CACHE}" Target="slicerCaches/slicerCache${k}.xml"/>`;
          extraParts.push({
            name: `xl/slicerCaches/slicerCache${k}.xml`,
            data: tableSlicerCacheXml(sl.column, table),
          });
          contentTypes += `<Override PartName="/xl/slicerCaches/slicerCache${k}.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>`;
        }
      }
      if (sheet.pivot) {
        const source = tables.get(sheet.pivot.sourceSheet);
        if (!source) throw new Error(`${sheet.name}: the pivot's source sheet has no table`);
        const c = pivotCaches.length + 1;
        pivotCaches.push(`<pivotCache cacheId="${c}" r:id="rIdPc${c}"/>`);
        wbRels += `<Relationship Id="rIdPc${c}" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition${c}.xml"/>`;
        extraParts.push(...pivotCacheParts(sheet, source, c));
        contentTypes +=
          `<Override PartName="/xl/pivotCache/pivotCacheDefinition${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
          `<Override PartName="/xl/pivotCache/pivotCacheRecords${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>` +
          `<Override PartName="/xl/pivotTables/pivotTable${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>`;
        relList.push(['rId8', 'pivotTable', `../pivotTables/pivotTable${c}.xml`]);
        extraParts.push(
          { name: `xl/pivotTables/pivotTable${c}.xml`, data: pivotTableXml(sheet, source, c) },
          {
            name: `xl/pivotTables/_rels/pivotTable${c}.xml.rels`,
            data: rels([['rId1', 'pivotCacheDefinition', `../pivotCache/pivotCacheDefinition${c}.xml`]]),
          },
        );
        if (sheet.pivot.timeline) {
          timelineRel = 'rId7';
          relList.push([timelineRel, REL_TIMELINE, `../timelines/timeline${n}.xml`]);
          extraParts.push({ name: `xl/timelines/timeline${n}.xml`, data: timelineXml(sheet) });
          const k = timelineCacheRels.length + 1;
          timelineCacheRels.push(`rIdTc${k}`);
          wbRels += `<Relationship Id="rIdTc${k}" Type="${REL_TIMELINE_CACHE}" Target="timelineCaches/timelineCache${k}.xml"/>`;
          extraParts.push({
            name: `xl/timelineCaches/timelineCache${k}.xml`,
            data: timelineCacheXml(sheet, n, c),
          });
          contentTypes +=
            `<Override PartName="/xl/timelines/timeline${n}.xml" ContentType="application/vnd.ms-excel.timeline+xml"/>` +
            `<Override PartName="/xl/timelineCaches/timelineCache${k}.xml" ContentType="application/vnd.ms-excel.timelineCache+xml"/>`;
        }
      }
      shapes = { ...(drawing ? { drawing } : {}), ext: sheetExtLst(slicerRel, timelineRel) };
    }
    // Shapes and form controls: the sheet's drawing, and for controls the VML and a ctrlProp each.
    let controls = '';
    if (sheet.shapes.length || sheet.controls.length || sheet.pictures.length) {
      if (shapes || drawingRel)
        throw new Error(`${sheet.name}: shapes or controls beside notes, slicers or a pivot are not written`);
      // Excel numbers a workbook's drawings and VML drawings 1, 2, … in the order of their sheets.
      const n = ++drawingParts;
      if (extraParts.some((e) => e.name === `xl/drawings/drawing${n}.xml`))
        throw new Error(`${sheet.name}: drawing${n}.xml is written twice`);
      relList.push(['rId9', 'drawing', `../drawings/drawing${n}.xml`]);
      extraParts.push({ name: `xl/drawings/drawing${n}.xml`, data: shapesDrawingXml(sheet, i) });
      contentTypes += `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`;
      if (sheet.pictures.length) {
        // Each picture's image in xl/media, numbered across the workbook as Excel numbers them.
        const imgRels: [string, string, string][] = sheet.pictures.map((pic, k) => {
          media++;
          extraParts.push({ name: `xl/media/image${media}.png`, data: pic.png });
          return [pictureRel(k), 'image', `../media/image${media}.png`];
        });
        extraParts.push({ name: `xl/drawings/_rels/drawing${n}.xml.rels`, data: rels(imgRels) });
        if (!contentTypes.includes('Extension="png"'))
          contentTypes += '<Default Extension="png" ContentType="image/png"/>';
      }
      if (sheet.controls.length) {
        drawingRel = 'rId10';
        relList.push(['rId10', 'vmlDrawing', `../drawings/vmlDrawing${n}.vml`]);
        extraParts.push({ name: `xl/drawings/vmlDrawing${n}.vml`, data: controlsVml(sheet, i) });
        if (!contentTypes.includes('Extension="vml"'))
          contentTypes +=
            '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>';
        const ids = sheet.controls.map((c, k) => {
          ctrlProps++;
          const rid = `rId${11 + k}`;
          relList.push([rid, REL_CTRL_PROP, `../ctrlProps/ctrlProp${ctrlProps}.xml`]);
          extraParts.push({ name: `xl/ctrlProps/ctrlProp${ctrlProps}.xml`, data: ctrlPropXml(c) });
          contentTypes += `<Override PartName="/xl/ctrlProps/ctrlProp${ctrlProps}.xml" ContentType="${CT_CTRL_PROP}"/>`;
          return rid;
        });
        controls = sheetControlsXml(sheet, i, ids);
      }
      shapes = { drawing: 'rId9', ext: '' };
    }
    const sheetRels = relList.length ? rels(relList) : undefined;
    return {
      name: sheet.name,
      xml: sheetXml(sheet, styles, strings, tableRel, drawingRel, shapes, controls),
      ...(sheet.hidden ? { state: 'hidden' as const } : {}),
      ...(sheetRels ? { rels: sheetRels } : {}),
      index: i,
    };
  });
  const personsXml = people.size
    ? `${DECL}<personList xmlns="${NS_THREADS}" xmlns:x="${NS_MAIN}">${[...people.entries()]
        .map(
          ([name, id]) =>
            `<person displayName="${escapeXml(name)}" id="${id}" userId="${escapeXml(name.toLowerCase().replace(/\s+/g, '.'))}@kommune.dk" providerId="AD"/>`,
        )
        .join('')}</personList>`
    : undefined;
  const wbParts: ZipItem[] = [];
  if (styles.checkbox) {
    wbRels +=
      '<Relationship Id="rIdFpb" Type="http://schemas.microsoft.com/office/2022/11/relationships/FeaturePropertyBag" Target="featurePropertyBag/featurePropertyBag.xml"/>';
    contentTypes +=
      '<Override PartName="/xl/featurePropertyBag/featurePropertyBag.xml" ContentType="application/vnd.ms-excel.featurepropertybag+xml"/>';
    wbParts.push({
      name: 'xl/featurePropertyBag/featurePropertyBag.xml',
      data: `${DECL}<FeaturePropertyBags xmlns="${NS_FPB}"><bag type="Checkbox"/><bag type="XFControls"><bagId k="CellControl">0</bagId></bag><bag type="XFComplement"><bagId k="XFControls">1</bagId></bag><bag type="XFComplements" extRef="XFComplementsMapperExtRef"><a k="MappedFeaturePropertyBags"><bagId>2</bagId></a></bag></FeaturePropertyBags>`,
    });
  }
  if (meta.rich.length || meta.spills) {
    wbRels += `<Relationship Id="rIdMeta" Type="${REL}/sheetMetadata" Target="metadata.xml"/>`;
    contentTypes +=
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>';
    wbParts.push({ name: 'xl/metadata.xml', data: metadataXml() });
  }
  if (meta.rich.length) {
    wbRels +=
      '<Relationship Id="rIdRv" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue" Target="richData/rdrichvalue.xml"/>' +
      '<Relationship Id="rIdRvs" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure" Target="richData/rdrichvaluestructure.xml"/>' +
      '<Relationship Id="rIdRvt" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueTypes" Target="richData/rdRichValueTypes.xml"/>';
    contentTypes +=
      '<Override PartName="/xl/richData/rdrichvalue.xml" ContentType="application/vnd.ms-excel.rdrichvalue+xml"/>' +
      '<Override PartName="/xl/richData/rdrichvaluestructure.xml" ContentType="application/vnd.ms-excel.rdrichvaluestructure+xml"/>' +
      '<Override PartName="/xl/richData/rdRichValueTypes.xml" ContentType="application/vnd.ms-excel.rdrichvaluetypes+xml"/>';
    wbParts.push(...richDataParts());
  }
  if (connections.length) {
    wbRels += `<Relationship Id="rIdConn" Type="${REL}/connections" Target="connections.xml"/>`;
    contentTypes +=
      '<Override PartName="/xl/connections.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/>';
    wbParts.push({ name: 'xl/connections.xml', data: connectionsXml(connections) });
  }
  if (wb.shared) {
    // A shared workbook's revisions, as Excel writes them beside the workbook (ECMA-376 §18.11).
    wbRels +=
      `<Relationship Id="rIdRevH" Type="${REL}/revisionHeaders" Target="revisions/revisionHeaders.xml"/>` +
      `<Relationship Id="rIdUsers" Type="${REL}/usernames" Target="revisions/userNames.xml"/>`;
    contentTypes +=
      '<Override PartName="/xl/revisions/revisionHeaders.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml"/>' +
      '<Override PartName="/xl/revisions/userNames.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.userNames+xml"/>' +
      wb.shared.sessions
        .map(
          (_, k) =>
            `<Override PartName="/xl/revisions/revisionLog${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml"/>`,
        )
        .join('');
    wbParts.push(...revisionParts(wb));
  }
  const names =
    (wb.names.length
      ? `<definedNames>${wb.names.map(([n, f]) => `<definedName name="${escapeXml(n)}">${escapeXml(f)}</definedName>`).join('')}</definedNames>`
      : '') +
    (pivotCaches.length ? `<pivotCaches>${pivotCaches.join('')}</pivotCaches>` : '') +
    workbookExtLst(slicerCacheRels, timelineCacheRels);
  if (personsXml)
    contentTypes +=
      '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>';
  const parts = workbookParts({
    ...(names ? { workbookExtra: names } : {}),
    sheets: sheets.map(({ name, xml, rels: r, state }) => ({
      name,
      xml,
      ...(r ? { rels: r } : {}),
      ...(state ? { state } : {}),
    })),
    sharedStrings: strings.xml(),
    workbookRels:
      `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdTheme" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
      (personsXml
        ? '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>'
        : '') +
      wbRels,
    contentTypes:
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
      contentTypes,
    parts: [
      { name: 'xl/styles.xml', data: styles.xml() },
      { name: 'xl/theme/theme1.xml', data: THEME },
      ...extraParts,
      ...(personsXml ? [{ name: 'xl/persons/person.xml', data: personsXml }] : []),
      ...wbParts,
    ],
  });
  if (wb.date1904) {
    // <workbookPr> comes before <sheets> in workbook.xml.
    const i = parts.findIndex((p) => p.name === 'xl/workbook.xml');
    const part = parts[i];
    if (!part || typeof part.data !== 'string') throw new Error('no workbook part to mark date1904');
    parts[i] = { ...part, data: part.data.replace('<sheets>', '<workbookPr date1904="1"/><sheets>') };
  }
  return buildZip(wb.app || wb.sensitivity ? withDocProps(parts, wb.app, wb.sensitivity) : parts);
}

/** A revision log's cell (<oc>, <nc>): a text inline, a number or a date as its serial number. */
function revisionCell(tag: 'oc' | 'nc', at: string, v: Value | null): string {
  if (v === null) return '';
  if (typeof v === 'string')
    return `<${tag} r="${at}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></${tag}>`;
  if (typeof v === 'number') return `<${tag} r="${at}"><v>${v}</v></${tag}>`;
  if (typeof v === 'boolean') return `<${tag} r="${at}" t="b"><v>${v ? 1 : 0}</v></${tag}>`;
  return `<${tag} r="${at}"><v>${serial(v.date)}</v></${tag}>`;
}

/**
 * xl/revisions: the headers (one a save, each naming its log and the sheets then in the workbook),
 * one log a save with each cell change as <rcc> (its sheet by sheetId), and the users.
 */
function revisionParts(wb: WorkbookModel): ZipItem[] {
  const sessions = wb.shared?.sessions ?? [];
  const sheetId = (name: string): number => {
    const i = wb.sheets.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`revision log: no sheet ${name}`);
    return i + 1;
  };
  const ids = sessions.map((_, k) => guid(0x5e55, k + 1));
  const sheetMap = `<sheetIdMap count="${wb.sheets.length}">${wb.sheets.map((_, i) => `<sheetId val="${i + 1}"/>`).join('')}</sheetIdMap>`;
  let rid = 0;
  const logs: ZipItem[] = [];
  const headers = sessions
    .map((s, k) => {
      const min = rid + 1;
      const changes = s.changes
        .map((c) => {
          rid++;
          const date = c.to !== null && isDateValue(c.to) ? ' numFmtId="14"' : '';
          return `<rcc rId="${rid}" sId="${sheetId(c.sheet)}"${date}>${revisionCell('oc', c.cell, c.from)}${revisionCell('nc', c.cell, c.to)}</rcc>`;
        })
        .join('');
      logs.push({
        name: `xl/revisions/revisionLog${k + 1}.xml`,
        data: `${DECL}<revisions xmlns="${NS_MAIN}" xmlns:r="${REL}">${changes}</revisions>`,
      });
      return `<header guid="${ids[k]!}" dateTime="${s.at}" maxSheetId="${wb.sheets.length + 1}" userName="${escapeXml(s.user)}" r:id="rId${k + 1}" minRId="${min}" maxRId="${rid}">${sheetMap}</header>`;
    })
    .join('');
  const last = sessions[sessions.length - 1];
  const lastGuid = ids.length > 1 ? ` lastGuid="${ids[ids.length - 2]!}"` : '';
  const users = last
    ? `<userInfo guid="${guid(0x05e4, 1)}" name="${escapeXml(last.user)}" id="${1_200_000_000 + 7919}" dateTime="${last.at}"/>`
    : '';
  return [
    {
      name: 'xl/revisions/revisionHeaders.xml',
      data: `${DECL}<headers xmlns="${NS_MAIN}" xmlns:r="${REL}" guid="${ids[ids.length - 1] ?? guid(0x5e55, 0)}"${lastGuid} shared="1" diskRevisions="1" revisionId="${rid}" version="${sessions.length + 1}">${headers}</headers>`,
    },
    {
      name: 'xl/revisions/_rels/revisionHeaders.xml.rels',
      data: rels(sessions.map((_, k) => [`rId${k + 1}`, 'revisionLog', `revisionLog${k + 1}.xml`])),
    },
    ...logs,
    {
      name: 'xl/revisions/userNames.xml',
      data: `${DECL}<users xmlns="${NS_MAIN}" xmlns:r="${REL}" count="${last ? 1 : 0}">${users}</users>`,
    },
  ];
}

/** xl/metadata.xml: XLDAPR for dynamic arrays (cm="1") and XLRICHVALUE for each rich value (vm). */
function metadataXml(): string {
  const rich = meta.rich
    .map(
      (_, i) =>
        `<bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="${i}"/></ext></extLst></bk>`,
    )
    .join('');
  return (
    `${DECL}<metadata xmlns="${NS_MAIN}" xmlns:xlrd="${NS_RD}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
    '<metadataTypes count="2"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/>' +
    '<metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes>' +
    '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
    (meta.rich.length
      ? `<futureMetadata name="XLRICHVALUE" count="${meta.rich.length}">${rich}</futureMetadata>`
      : '') +
    '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
    (meta.rich.length
      ? `<valueMetadata count="${meta.rich.length}">${meta.rich.map((_, i) => `<bk><rc t="2" v="${i}"/></bk>`).join('')}</valueMetadata>`
      : '') +
    '</metadata>'
  );
}

/** A linked entity's provider as Excel names it: Bing for Geography, the organisation's graph for people. */
const PROVIDER: Record<RichValue['kind'], { service: string; icon: string; provider: string }> = {
  geography: { service: 'Geography', icon: 'Geography', provider: 'Powered by Bing' },
  organization: { service: 'Organization', icon: 'Organization', provider: 'Microsoft 365' },
  person: { service: 'OrgPeople', icon: 'Person', provider: 'Microsoft 365' },
};

/** xl/richData: each linked entity a rich value of the _linkedentity2 structure, its text in _DisplayString. */
function richDataParts(): ZipItem[] {
  const values = meta.rich
    .map((r, i) => {
      const p = PROVIDER[r.kind];
      const id = `${p.service.toLowerCase()}.${(0x5a1000 + i * 7919).toString(16)}`;
      return `<rv s="0"><v>da-DK</v><v>${id}</v><v>${p.service === 'Geography' ? 536870912 : 268435456}</v><v>1</v><v>${escapeXml(p.provider)}</v><v>${escapeXml(r.text)}</v><v>${p.icon}</v><v>${escapeXml(p.provider)}</v></rv>`;
    })
    .join('');
  return [
    {
      name: 'xl/richData/rdrichvalue.xml',
      data: `${DECL}<rvData xmlns="${NS_RD}" count="${meta.rich.length}">${values}</rvData>`,
    },
    {
      name: 'xl/richData/rdrichvaluestructure.xml',
      data: `${DECL}<rvStructures xmlns="${NS_RD}" count="1"><s t="_linkedentity2"><k n="%EntityCulture" t="s"/><k n="%EntityId" t="s"/><k n="%EntityServiceId"/><k n="%IsRefreshable" t="b"/><k n="%ProviderInfo" t="s"/><k n="_DisplayString" t="s"/><k n="_Icon" t="s"/><k n="LearnMoreOnlineText" t="s"/></s></rvStructures>`,
    },
    {
      name: 'xl/richData/rdRichValueTypes.xml',
      data: `${DECL}<rvTypesInfo xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${NS_MAIN}"><global><keyFlags><key name="_Self"><flag name="ExcludeFromFile" value="1"/><flag name="ExcludeFromCalcComparison" value="1"/></key><key name="_DisplayString"><flag name="ExcludeFromCalcComparison" value="1"/></key><key name="_Icon"><flag name="ExcludeFromCalcComparison" value="1"/></key><key name="%EntityCulture"><flag name="ExcludeFromCalcComparison" value="1"/></key><key name="%IsRefreshable"><flag name="ExcludeFromCalcComparison" value="1"/></key><key name="%ProviderInfo"><flag name="ExcludeFromCalcComparison" value="1"/></key></keyFlags></global></rvTypesInfo>`,
    },
  ];
}

/** A Power Query output table's query table part: refreshed on open, its fields the table's columns. */
function queryTableXml(sheet: SheetModel, connectionId: number): string {
  const t = sheet.table!;
  const start = parseA1(t.ref.split(':')[0]!);
  const end = parseA1(t.ref.split(':')[1]!);
  const n = end.col - start.col + 1;
  const header = (i: number): string => {
    const h = sheet.cells.get(`${colLetters(start.col + i)}${start.row}`)?.v;
    return typeof h === 'string' ? h : `Column${i + 1}`;
  };
  const fields = Array.from(
    { length: n },
    (_, i) => `<queryTableField id="${i + 1}" name="${escapeXml(header(i))}" tableColumnId="${i + 1}"/>`,
  ).join('');
  return `${DECL}<queryTable xmlns="${NS_MAIN}" name="ExternalData_${connectionId}" connectionId="${connectionId}" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="0"><queryTableRefresh nextId="${n + 1}"><queryTableFields count="${n}">${fields}</queryTableFields></queryTableRefresh></queryTable>`;
}

/** xl/connections.xml: one Power Query connection per query ("Forespørgsel - <name>"), Mashup OLE DB. */
function connectionsXml(queries: readonly string[]): string {
  const list = queries
    .map(
      (q, i) =>
        `<connection id="${i + 1}" keepAlive="1" name="${escapeXml(`Forespørgsel - ${q}`)}" description="${escapeXml(`Forbindelse til forespørgslen '${q}' i projektmappen.`)}" type="5" refreshedVersion="8" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=${escapeXml(q)};Extended Properties=&quot;&quot;" command="SELECT * FROM [${escapeXml(q)}]"/></connection>`,
    )
    .join('');
  return `${DECL}<connections xmlns="${NS_MAIN}">${list}</connections>`;
}

/** docProps/app.xml and core.xml as the saving program writes them, and the root relationships to them. */
function withDocProps(
  parts: ZipItem[],
  app: WorkbookModel['app'] = { application: 'Microsoft Excel', appVersion: '16.0300' },
  label?: WorkbookModel['sensitivity'],
): ZipItem[] {
  const customXml = label ? sensitivityXml(label) : undefined;
  const appXml =
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>${escapeXml(app.application)}</Application>` +
    (app.appVersion ? `<AppVersion>${escapeXml(app.appVersion)}</AppVersion>` : '') +
    '</Properties>';
  const coreXml =
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (app.creator ? `<dc:creator>${escapeXml(app.creator)}</dc:creator>` : '') +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T08:14:00Z</dcterms:created>' +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T19:40:00Z</dcterms:modified>' +
    '</cp:coreProperties>';
  return parts.flatMap((p): ZipItem[] => {
    if (p.name === '[Content_Types].xml' && typeof p.data === 'string')
      return [
        {
          ...p,
          data: p.data.replace(
            '</Types>',
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
              (customXml
                ? '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                : '') +
              '</Types>',
          ),
        },
      ];
    if (p.name === '_rels/.rels')
      return [
        {
          name: '_rels/.rels',
          data: rels([
            ['rId1', 'officeDocument', 'xl/workbook.xml'],
            [
              'rId2',
              'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
              'docProps/app.xml',
            ],
            [
              'rId3',
              'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
              'docProps/core.xml',
            ],
            ...(customXml
              ? [
                  [
                    'rId4',
                    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
                    'docProps/custom.xml',
                  ] as [string, string, string],
                ]
              : []),
          ]),
        },
        { name: 'docProps/app.xml', data: appXml },
        { name: 'docProps/core.xml', data: coreXml },
        ...(customXml ? [{ name: 'docProps/custom.xml', data: customXml }] : []),
      ];
    return [p];
  });
}

/** docProps/custom.xml with a Purview sensitivity label's MSIP_Label_* properties, as Office writes them. */
function sensitivityXml(l: NonNullable<WorkbookModel['sensitivity']>): string {
  const props: [string, string][] = [
    ['Enabled', 'true'],
    ['SetDate', '2026-11-02T08:14:33Z'],
    ['Method', 'Standard'],
    ['Name', l.name],
    ['SiteId', l.siteId],
    ['ActionId', l.actionId],
    ['ContentBits', '1'],
  ];
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    props
      .map(
        ([k, v], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="MSIP_Label_${l.id}_${k}"><vt:lpwstr>${escapeXml(v)}</vt:lpwstr></property>`,
      )
      .join('') +
    '</Properties>'
  );
}
