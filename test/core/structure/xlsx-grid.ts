// .xlsx bytes → Grid for the structuring tests. Uses core/xlsx's readWorkbook (the product's safe
// reader) when it is there; until then a small exceljs-based reader that keeps what structuring
// looks at (values, number formats, merges, Excel tables, images).

import ExcelJS from 'exceljs';
import type { Grid, GridCell, GridSheet } from '../../../core/grid';
import { parseRange } from '../../../core/grid';

type Reader = (bytes: Uint8Array) => Grid;

function productReader(): Reader | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../../core/xlsx') as { readWorkbook?: Reader };
    return mod.readWorkbook;
  } catch (e) {
    // Jest's module errors come from another realm: no instanceof Error.
    const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : '';
    if (message.startsWith("Cannot find module '../../../core/xlsx'")) return undefined;
    throw e;
  }
}

export async function loadGrid(bytes: Uint8Array): Promise<Grid> {
  const read = productReader();
  if (read) return read(bytes);
  return exceljsGrid(bytes);
}

const DAY_MS = 86_400_000;

function serialOf(d: Date): number {
  return d.getTime() / DAY_MS + 25569;
}

interface Hyperlink {
  text?: unknown;
  hyperlink?: string;
}
interface Formula {
  formula?: string;
  result?: unknown;
}

function richText(v: unknown): string | undefined {
  if (v && typeof v === 'object' && 'richText' in v) {
    const parts = (v as { richText: { text: string }[] }).richText;
    return parts.map((p) => p.text).join('');
  }
  return undefined;
}

function plain(v: unknown): { v: GridCell['v']; t: GridCell['t'] } | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return { v, t: 'n' };
  if (typeof v === 'string') return { v, t: 's' };
  if (typeof v === 'boolean') return { v, t: 'b' };
  if (v instanceof Date) return { v: serialOf(v), t: 'n' };
  const rt = richText(v);
  if (rt !== undefined) return { v: rt, t: 's' };
  if (typeof v === 'object' && 'error' in v) return { v: String(v.error), t: 'e' };
  return undefined;
}

async function exceljsGrid(bytes: Uint8Array): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: GridCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const raw: unknown = cell.value;
        let value = plain(raw);
        let link: string | undefined;
        let formula = false;
        if (!value && raw && typeof raw === 'object') {
          if ('hyperlink' in raw) {
            const h = raw as Hyperlink;
            value = plain(h.text) ?? { v: '', t: 's' };
            link = h.hyperlink;
          } else if ('formula' in raw || 'sharedFormula' in raw) {
            value = plain((raw as Formula).result);
            formula = true;
          }
        }
        if (!value) return;
        const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
        cells.push({
          r: rowNumber - 1,
          c: colNumber - 1,
          ...value,
          ...(fmt ? { fmt } : {}),
          ...(formula ? { formula: true as const } : {}),
          ...(link ? { link } : {}),
        });
      });
    });
    cells.sort((a, b) => a.r - b.r || a.c - b.c);
    const merges = (ws.model.merges ?? []).flatMap((m) => {
      const g = parseRange(m);
      return g ? [g] : [];
    });
    const tables = ws.getTables().flatMap(([t]) => {
      const model = (t as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }).table;
      const g = model?.tableRef ? parseRange(model.tableRef) : undefined;
      return g ? [{ name: model?.name ?? '', ref: g }] : [];
    });
    sheets.push({
      name: ws.name,
      state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
      cells,
      merges,
      comments: [],
      tables,
      drawings: ws.getImages().map(() => ({ kind: 'image' as const })),
    });
  });
  return {
    sheets,
    definedNames: [],
    properties: [],
    date1904: Boolean((wb.properties as { date1904?: boolean }).date1904),
  };
}
