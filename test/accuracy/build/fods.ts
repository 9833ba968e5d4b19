// Writes a WorkbookModel as a flat OpenDocument spreadsheet (.fods): one XML file that LibreOffice
// opens and saves as .xlsx (`soffice --headless --convert-to xlsx`). Flat ODS carries what the corpus
// needs from LibreOffice: fills, bold, wrapped text, merged cells, date and percent formats.
// Written by hand because no maintained library writes flat ODS, and the format is small.

import {
  colLetters,
  isDateValue,
  parseA1,
  type Cell,
  type SheetModel,
  type Style,
  type WorkbookModel,
} from './model';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';

export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An Excel number format code as an ODF data style (dates, percentages, plain numbers). */
function dataStyle(name: string, code: string): string {
  const bare = code
    .replace(/^\[\$-[0-9A-Za-z-]+\]/, '')
    .replace(/;@$/, '')
    .trim();
  const pct = /^0(?:\.(0+))?%$/.exec(bare);
  if (pct) {
    const decimals = pct[1]?.length ?? 0;
    return (
      `<number:percentage-style style:name="${name}"><number:number number:decimal-places="${decimals}" ` +
      `number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>`
    );
  }
  const num = /^0(?:\.(0+))?$/.exec(bare);
  if (num) {
    const decimals = num[1]?.length ?? 0;
    return `<number:number-style style:name="${name}"><number:number number:decimal-places="${decimals}" number:min-integer-digits="1"/></number:number-style>`;
  }
  // A date: tokens in Excel notation.
  const parts: string[] = [];
  let i = 0;
  const literal = (t: string): void => {
    const last = parts[parts.length - 1];
    if (last?.startsWith('<number:text>')) {
      parts[parts.length - 1] = last.replace('</number:text>', `${xmlText(t)}</number:text>`);
    } else parts.push(`<number:text>${xmlText(t)}</number:text>`);
  };
  while (i < bare.length) {
    const rest = bare.slice(i);
    const run = /^(d+|m+|y+)/i.exec(rest);
    if (run) {
      const tok = run[1]!.toLowerCase();
      i += tok.length;
      if (tok === 'd') parts.push('<number:day/>');
      else if (tok === 'dd') parts.push('<number:day number:style="long"/>');
      else if (tok === 'm') parts.push('<number:month/>');
      else if (tok === 'mm') parts.push('<number:month number:style="long"/>');
      else if (tok === 'mmm') parts.push('<number:month number:textual="true"/>');
      else if (tok === 'mmmm') parts.push('<number:month number:textual="true" number:style="long"/>');
      else if (tok === 'yy') parts.push('<number:year/>');
      else if (tok === 'yyyy') parts.push('<number:year number:style="long"/>');
      else throw new Error(`unsupported date token ${tok} in ${code}`);
      continue;
    }
    const ch = bare[i]!;
    if (ch === '\\') {
      literal(bare[i + 1] ?? '');
      i += 2;
    } else if (ch === '"') {
      const end = bare.indexOf('"', i + 1);
      literal(bare.slice(i + 1, end));
      i = end + 1;
    } else {
      literal(ch);
      i += 1;
    }
  }
  return `<number:date-style style:name="${name}" number:language="da" number:country="DK">${parts.join('')}</number:date-style>`;
}

function fillColour(style: Style): string | undefined {
  const f = style.fill;
  if (!f) return undefined;
  if (!('rgb' in f))
    throw new Error('flat ODS carries RGB fills only (theme/indexed: use the hand-built writer)');
  return `#${f.rgb.slice(-6).toLowerCase()}`;
}

class Styles {
  private readonly cellStyles = new Map<string, string>();
  private readonly dataStyles = new Map<string, string>();
  readonly xml: string[] = [];

  cell(style: Style | undefined): string | undefined {
    if (!style) return undefined;
    const key = JSON.stringify(style);
    const known = this.cellStyles.get(key);
    if (known) return known;
    if (style.fmtId !== undefined) throw new Error('built-in format ids are for the hand-built writer');
    let dataName: string | undefined;
    if (style.fmt) {
      dataName = this.dataStyles.get(style.fmt);
      if (!dataName) {
        dataName = `N${this.dataStyles.size + 1}`;
        this.dataStyles.set(style.fmt, dataName);
        this.xml.push(dataStyle(dataName, style.fmt));
      }
    }
    const name = `ce${this.cellStyles.size + 1}`;
    this.cellStyles.set(key, name);
    const props: string[] = [];
    const bg = fillColour(style);
    if (bg) props.push(`fo:background-color="${bg}"`);
    if (style.wrap) props.push('fo:wrap-option="wrap"');
    const text: string[] = [];
    if (style.bold) text.push('fo:font-weight="bold"');
    if (style.italic) text.push('fo:font-style="italic"');
    if (style.size) text.push(`fo:font-size="${style.size}pt"`);
    this.xml.push(
      `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"` +
        (dataName ? ` style:data-style-name="${dataName}"` : '') +
        '>' +
        (props.length ? `<style:table-cell-properties ${props.join(' ')}/>` : '') +
        (text.length ? `<style:text-properties ${text.join(' ')}/>` : '') +
        '</style:style>',
    );
    return name;
  }
}

function cellXml(cell: Cell, styleName: string | undefined, span: string): string {
  const st = styleName ? ` table:style-name="${styleName}"` : '';
  const v = cell.v;
  if (v === null) return `<table:table-cell${st}${span}/>`;
  if (typeof v === 'string') {
    const paras = v
      .split('\n')
      .map((line) => `<text:p>${xmlText(line)}</text:p>`)
      .join('');
    return `<table:table-cell${st}${span} office:value-type="string">${paras}</table:table-cell>`;
  }
  if (typeof v === 'number') {
    const pct = cell.s?.fmt?.includes('%');
    const type = pct ? 'percentage' : 'float';
    return `<table:table-cell${st}${span} office:value-type="${type}" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  }
  if (typeof v === 'boolean') {
    return `<table:table-cell${st}${span} office:value-type="boolean" office:boolean-value="${v}"><text:p>${v ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  }
  if (isDateValue(v)) {
    return `<table:table-cell${st}${span} office:value-type="date" office:date-value="${v.date}"><text:p>${v.date}</text:p></table:table-cell>`;
  }
  throw new Error('unknown cell value');
}

function tableXml(sheet: SheetModel, styles: Styles, colStyles: Map<number, string>): string {
  const { rows, cols } = sheet.extent();
  // Merged ranges: the top-left cell spans, the rest are covered.
  const spans = new Map<string, { r: number; c: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const [from, to] = m.split(':') as [string, string];
    const a = parseA1(from);
    const b = parseA1(to);
    spans.set(`${a.row}:${a.col}`, { r: b.row - a.row + 1, c: b.col - a.col + 1 });
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r}:${c}`);
  }
  const columns: string[] = [];
  for (let c = 1; c <= Math.max(cols, 1); c++) {
    const cs = colStyles.get(c);
    columns.push(`<table:table-column${cs ? ` table:style-name="${cs}"` : ''}/>`);
  }
  // A sheet shown right to left: the table style "taRtl" (written by toFods) sets its writing mode.
  const rtl = sheet.rightToLeft ? ' table:style-name="taRtl"' : '';
  const out: string[] = [`<table:table table:name="${xmlText(sheet.name)}"${rtl}>`, ...columns];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) {
        cells.push('<table:covered-table-cell/>');
        continue;
      }
      const cell = sheet.cells.get(`${colLetters(c)}${r}`);
      const span = spans.get(key);
      const spanAttr = span
        ? ` table:number-columns-spanned="${span.c}" table:number-rows-spanned="${span.r}"`
        : '';
      if (!cell) cells.push(`<table:table-cell${spanAttr}/>`);
      else cells.push(cellXml(cell, styles.cell(cell.s), spanAttr));
    }
    out.push(`<table:table-row>${cells.join('')}</table:table-row>`);
  }
  out.push('</table:table>');
  return out.join('\n');
}

export function toFods(wb: WorkbookModel): string {
  if (wb.sheets.some((s) => s.hidden || s.frozenRows))
    throw new Error('hidden sheets and frozen rows are for the hand-built writer');
  const styles = new Styles();
  const colStyleXml: string[] = [];
  if (wb.sheets.some((s) => s.rightToLeft))
    colStyleXml.push(
      '<style:style style:name="taRtl" style:family="table"><style:table-properties table:display="true" style:writing-mode="rl-tb"/></style:style>',
    );
  const tables = wb.sheets.map((sheet, si) => {
    const colStyles = new Map<number, string>();
    for (const [col, chars] of sheet.widths) {
      const name = `co${si + 1}_${col}`;
      // ~0.19 cm per character of the default font.
      colStyleXml.push(
        `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${(chars * 0.19).toFixed(2)}cm"/></style:style>`,
      );
      colStyles.set(col, name);
    }
    return tableXml(sheet, styles, colStyles);
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n` +
    `<office:automatic-styles>\n${[...colStyleXml, ...styles.xml].join('\n')}\n</office:automatic-styles>\n` +
    `<office:body><office:spreadsheet>\n${tables.join('\n')}\n</office:spreadsheet></office:body></office:document>\n`
  );
}
