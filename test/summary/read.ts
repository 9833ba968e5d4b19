// Reading a produced summary back, for the tests: the package parts (fflate) and the cells (exceljs),
// with each Excel table's rows as records keyed by header text.

import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly ref: string;
  readonly columns: readonly string[];
  readonly part: string;
}

export interface ReadSummary {
  readonly files: Record<string, Uint8Array>;
  readonly xml: (path: string) => string;
  readonly workbook: ExcelJS.Workbook;
  readonly sheetNames: readonly string[];
  /** Sheet name → worksheet part path. */
  readonly sheetParts: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, TableInfo>;
}

export type Value = string | number | null;
export type Rec = Record<string, Value>;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#10;/g, '\n')
    .replace(/&amp;/g, '&');
}

export function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function parseRef(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) throw new Error(`not a range: ${ref}`);
  return { r1: Number(m[2]), c1: colIndex(m[1]) + 1, r2: Number(m[4]), c2: colIndex(m[3]) + 1 };
}

export async function readSummary(bytes: Uint8Array): Promise<ReadSummary> {
  const files = unzipSync(bytes);
  const xml = (path: string): string => {
    const f = files[path];
    if (!f) throw new Error(`no part ${path}`);
    return strFromU8(f);
  };
  const rels = new Map<string, string>();
  for (const m of xml('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) rels.set(id, `xl/${target.replace(/^\/?xl\//, '')}`);
  }
  const sheetParts = new Map<string, string>();
  const sheetNames: string[] = [];
  for (const m of xml('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attr(m[0], 'name') ?? '');
    const part = rels.get(attr(m[0], 'r:id') ?? '');
    if (part) sheetParts.set(name, part);
    sheetNames.push(name);
  }
  const tables = new Map<string, TableInfo>();
  for (const [sheet, part] of sheetParts) {
    const relsPath = part.replace('xl/worksheets/', 'xl/worksheets/_rels/') + '.rels';
    if (!files[relsPath]) continue;
    for (const m of xml(relsPath).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!attr(m[0], 'Type')?.endsWith('/table')) continue;
      const target = `xl/${(attr(m[0], 'Target') ?? '').replace(/^\.\.\//, '')}`;
      const t = xml(target);
      const head = /<table\b[^>]*>/.exec(t)?.[0] ?? '';
      const name = attr(head, 'name') ?? '';
      const columns = [...t.matchAll(/<tableColumn\b[^>]*>/g)].map((c) =>
        unescapeXml(attr(c[0], 'name') ?? ''),
      );
      tables.set(name, { name, sheet, ref: attr(head, 'ref') ?? '', columns, part: target });
    }
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return { files, xml, workbook, sheetNames, sheetParts, tables };
}

/** A cell's value as a plain string or number (dates as ISO days; rich text joined). */
export function plain(cell: ExcelJS.Cell): Value {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  throw new Error(`unexpected cell value at ${cell.address}: ${JSON.stringify(v)}`);
}

export function tableRows(summary: ReadSummary, tableName: string): Rec[] {
  const info = summary.tables.get(tableName);
  if (!info) throw new Error(`no table ${tableName}`);
  const ws = summary.workbook.getWorksheet(info.sheet);
  if (!ws) throw new Error(`no sheet ${info.sheet}`);
  const { r1, c1, r2 } = parseRef(info.ref);
  const out: Rec[] = [];
  for (let r = r1 + 1; r <= r2; r++) {
    const row = ws.getRow(r);
    const rec: Rec = {};
    info.columns.forEach((name, i) => {
      rec[name] = plain(row.getCell(c1 + i));
    });
    out.push(rec);
  }
  return out;
}

/** The header cells of a table as written in the sheet. */
export function headerCells(summary: ReadSummary, tableName: string): Value[] {
  const info = summary.tables.get(tableName);
  if (!info) throw new Error(`no table ${tableName}`);
  const ws = summary.workbook.getWorksheet(info.sheet);
  if (!ws) throw new Error(`no sheet ${info.sheet}`);
  const { r1, c1 } = parseRef(info.ref);
  return info.columns.map((_, i) => plain(ws.getRow(r1).getCell(c1 + i)));
}
