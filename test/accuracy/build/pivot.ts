// The parts Excel writes for a table's slicers, a PivotTable made from a table and a timeline on
// the PivotTable's date field (the hand-built writer's, test/accuracy/build/xlsx.ts): the sheet's
// drawing with the slicer and timeline shapes (each with the fallback text older programs show),
// xl/slicers + xl/slicerCaches (x15:tableSlicerCache), xl/pivotTables + xl/pivotCache (definition
// and records: every row of the source table, hidden or not), xl/timelines + xl/timelineCaches.

import { escapeXml, type ZipItem } from '../../fixtures/hostile';
import { colLetters, excelSerial, isDateValue, parseA1, type SheetModel, type Value } from './model';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const NS_X15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main';
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export const REL_SLICER = 'http://schemas.microsoft.com/office/2007/relationships/slicer';
export const REL_SLICER_CACHE = 'http://schemas.microsoft.com/office/2007/relationships/slicerCache';
export const REL_TIMELINE = 'http://schemas.microsoft.com/office/2011/relationships/timeline';
export const REL_TIMELINE_CACHE = 'http://schemas.microsoft.com/office/2011/relationships/timelineCache';

/** The columns and data rows of a sheet's table (no header, no totals row). */
export interface TableData {
  readonly name: string;
  readonly id: number;
  readonly columns: readonly string[];
  readonly rows: readonly (Value | null)[][];
}

export function tableData(sheet: SheetModel, id: number): TableData {
  const t = sheet.table!;
  const [from, to] = t.ref.split(':') as [string, string];
  const a = parseA1(from);
  const b = parseA1(to);
  const columns: string[] = [];
  for (let c = a.col; c <= b.col; c++) {
    const h = sheet.cells.get(`${colLetters(c)}${a.row}`)?.v;
    columns.push(typeof h === 'string' ? h : `Kolonne${c - a.col + 1}`);
  }
  const rows: (Value | null)[][] = [];
  for (let r = a.row + 1; r <= b.row - (t.totalsRow ? 1 : 0); r++) {
    const row: (Value | null)[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(sheet.cells.get(`${colLetters(c)}${r}`)?.v ?? null);
    rows.push(row);
  }
  return { name: t.name, id, columns, rows };
}

/** Excel's cache name for a table slicer: "Udsnitsværktøj_" and the column's name. */
export function slicerCacheName(column: string): string {
  return `Udsnitsværktøj_${column.replace(/[^\p{L}\p{N}]+/gu, '_')}`;
}

/** xl/slicers/slicerN.xml: the sheet's slicers, each pointing to its cache by name. */
export function slicersXml(sheet: SheetModel): string {
  const list = sheet.slicers
    .map(
      (s) =>
        `<slicer name="${escapeXml(s.column)}" cache="${escapeXml(slicerCacheName(s.column))}" caption="${escapeXml(s.column)}" rowHeight="241300"/>`,
    )
    .join('');
  return `${DECL}<slicers xmlns="${NS_X14}" xmlns:mc="${NS_MC}" mc:Ignorable="x" xmlns:x="${NS_MAIN}">${list}</slicers>`;
}

/** xl/slicerCaches/slicerCacheN.xml: a table slicer's cache, bound to the table column. */
export function tableSlicerCacheXml(column: string, table: TableData): string {
  const col = table.columns.indexOf(column) + 1;
  if (col < 1) throw new Error(`slicer on ${column}: no such column in ${table.name}`);
  return (
    `${DECL}<slicerCacheDefinition xmlns="${NS_X14}" xmlns:mc="${NS_MC}" mc:Ignorable="x" xmlns:x="${NS_MAIN}" name="${escapeXml(slicerCacheName(column))}" sourceName="${escapeXml(column)}">` +
    `<extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="${NS_X15}"><x15:tableSlicerCache tableId="${table.id}" column="${col}"/></x:ext></extLst>` +
    '</slicerCacheDefinition>'
  );
}

/** One shape of the drawing: a slicer (sle) or a timeline (tsle) with the fallback older programs show. */
function frame(id: number, name: string, anchor: string, kind: 'slicer' | 'timeline'): string {
  const { row, col } = parseA1(anchor);
  const [w, h] = kind === 'slicer' ? [3, 10] : [6, 7];
  const pos = (c: number, r: number): string =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const graphic =
    kind === 'slicer'
      ? `<a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="${escapeXml(name)}"/></a:graphicData>`
      : `<a:graphicData uri="http://schemas.microsoft.com/office/drawing/2012/timeslicer"><tsle:timeslicer xmlns:tsle="http://schemas.microsoft.com/office/drawing/2012/timeslicer" name="${escapeXml(name)}"/></a:graphicData>`;
  const fallback =
    kind === 'slicer'
      ? 'Denne figur repræsenterer et udsnitsværktøj til tabeller. Udsnitsværktøjer til tabeller understøttes i Excel eller nyere. Hvis figuren blev ændret i en tidligere version af Excel, eller hvis projektmappen blev gemt i Excel 2007 eller tidligere, kan udsnitsværktøjet ikke bruges.'
      : 'Tidslinje: Fungerer i Excel 2013 eller nyere. Flyt eller tilpas ikke.';
  const requires = kind === 'slicer' ? 'sle15' : 'tsle';
  const ns =
    kind === 'slicer'
      ? 'xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"'
      : 'xmlns:tsle="http://schemas.microsoft.com/office/drawing/2012/timeslicer"';
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(col - 1, row - 1)}</xdr:from><xdr:to>${pos(col - 1 + w, row - 1 + h)}</xdr:to>` +
    `<mc:AlternateContent xmlns:mc="${NS_MC}"><mc:Choice ${ns} Requires="${requires}">` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>${graphic}</a:graphic></xdr:graphicFrame>` +
    `</mc:Choice><mc:Fallback xmlns=""><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="2524125"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:prstClr val="white"/></a:solidFill><a:ln w="1"><a:solidFill><a:prstClr val="green"/></a:solidFill></a:ln></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip"/><a:lstStyle/><a:p><a:r><a:rPr lang="da-DK" sz="1100"/><a:t>${escapeXml(fallback)}</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback></mc:AlternateContent>` +
    '<xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** xl/drawings/drawingN.xml: the sheet's slicer and timeline shapes. */
export function drawingXml(sheet: SheetModel): string {
  let id = 1;
  const shapes = sheet.slicers.map((s) => frame(++id, s.column, s.anchor, 'slicer'));
  const tl = sheet.pivot?.timeline;
  if (tl) shapes.push(frame(++id, tl.field, tl.anchor, 'timeline'));
  return `${DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${shapes.join('')}</xdr:wsDr>`;
}

/** The worksheet's extLst for its slicers and timeline (relationship ids given). */
export function sheetExtLst(slicerRel?: string, timelineRel?: string): string {
  if (!slicerRel && !timelineRel) return '';
  return (
    '<extLst>' +
    (slicerRel
      ? `<ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x15="${NS_X15}"><x14:slicerList xmlns:x14="${NS_X14}"><x14:slicer r:id="${slicerRel}"/></x14:slicerList></ext>`
      : '') +
    (timelineRel
      ? `<ext uri="{7E03D99C-DC04-49d9-9315-930204A7B6E9}" xmlns:x15="${NS_X15}"><x15:timelineRefs><x15:timelineRef r:id="${timelineRel}"/></x15:timelineRefs></ext>`
      : '') +
    '</extLst>'
  );
}

/** The workbook's extLst naming its table slicer caches and timeline caches (relationship ids). */
export function workbookExtLst(
  slicerCacheRels: readonly string[],
  timelineCacheRels: readonly string[],
): string {
  if (!slicerCacheRels.length && !timelineCacheRels.length) return '';
  return (
    '<extLst>' +
    (slicerCacheRels.length
      ? `<ext uri="{46BE6895-7355-4a93-B00E-2C351335B9C9}" xmlns:x15="${NS_X15}"><x15:slicerCaches xmlns:x14="${NS_X14}">${slicerCacheRels.map((r) => `<x14:slicerCache r:id="${r}"/>`).join('')}</x15:slicerCaches></ext>`
      : '') +
    (timelineCacheRels.length
      ? `<ext uri="{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}" xmlns:x15="${NS_X15}"><x15:timelineCacheRefs>${timelineCacheRels.map((r) => `<x15:timelineCacheRef r:id="${r}"/>`).join('')}</x15:timelineCacheRefs></ext>`
      : '') +
    '</extLst>'
  );
}

/** A cell's value as the pivot's shared items hold it (a date as its ISO day). */
function textOf(v: Value | null | undefined): string {
  if (v === null || v === undefined) return '';
  return isDateValue(v) ? v.date : String(v);
}

const iso = (v: Value | null): string | undefined =>
  v !== null && isDateValue(v) ? `${v.date}T00:00:00` : undefined;

/** The shared items of a field the pivot groups by: its distinct texts, in the order met. */
function distinct(table: TableData, col: number): string[] {
  const out: string[] = [];
  for (const r of table.rows) {
    const t = textOf(r[col]);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

interface PivotFields {
  readonly row: number;
  readonly col?: number;
  readonly page?: number;
  readonly data: number;
  readonly date?: number;
}

function pivotFields(sheet: SheetModel, table: TableData): PivotFields {
  const pv = sheet.pivot!;
  const at = (name: string | undefined): number | undefined => {
    if (name === undefined) return undefined;
    const i = table.columns.indexOf(name);
    if (i < 0) throw new Error(`pivot field ${name}: no such column in ${table.name}`);
    return i;
  };
  return {
    row: at(pv.rowField)!,
    ...(pv.colField ? { col: at(pv.colField)! } : {}),
    ...(pv.pageField ? { page: at(pv.pageField)! } : {}),
    data: at(pv.dataField)!,
    ...(pv.timeline ? { date: at(pv.timeline.field)! } : {}),
  };
}

/** xl/pivotCache/pivotCacheDefinitionN.xml and its records: every row of the source table. */
export function pivotCacheParts(sheet: SheetModel, table: TableData, n: number): ZipItem[] {
  const f = pivotFields(sheet, table);
  const grouped = new Set([f.row, f.col, f.page].filter((i): i is number => i !== undefined));
  const fields = table.columns
    .map((name, i) => {
      if (grouped.has(i)) {
        const items = distinct(table, i);
        return `<cacheField name="${escapeXml(name)}" numFmtId="0"><sharedItems${items.includes('') ? ' containsBlank="1"' : ''} count="${items.length}">${items.map((t) => (t === '' ? '<m/>' : `<s v="${escapeXml(t)}"/>`)).join('')}</sharedItems></cacheField>`;
      }
      const dates = table.rows.map((r) => iso(r[i] ?? null)).filter((d): d is string => !!d);
      if (dates.length) {
        const sorted = [...dates].sort();
        return `<cacheField name="${escapeXml(name)}" numFmtId="14"><sharedItems containsNonDate="0" containsDate="1" containsString="0" containsBlank="1" minDate="${sorted[0]!}" maxDate="${sorted[sorted.length - 1]!}"/></cacheField>`;
      }
      const nums = table.rows.every((r) => r[i] === null || typeof r[i] === 'number');
      return nums
        ? `<cacheField name="${escapeXml(name)}" numFmtId="0"><sharedItems containsString="0" containsBlank="1" containsNumber="1" minValue="0" maxValue="999"/></cacheField>`
        : `<cacheField name="${escapeXml(name)}" numFmtId="0"><sharedItems containsBlank="1"/></cacheField>`;
    })
    .join('');
  const shared = new Map([...grouped].map((i) => [i, distinct(table, i)] as const));
  const records = table.rows
    .map(
      (r) =>
        '<r>' +
        r
          .map((v, i) => {
            const items = shared.get(i);
            if (items) return `<x v="${items.indexOf(textOf(v))}"/>`;
            if (v === null) return '<m/>';
            const d = iso(v);
            if (d) return `<d v="${d}"/>`;
            if (typeof v === 'number') return `<n v="${v}"/>`;
            if (typeof v === 'boolean') return `<b v="${v ? 1 : 0}"/>`;
            return `<s v="${escapeXml(textOf(v))}"/>`;
          })
          .join('') +
        '</r>',
    )
    .join('');
  const definition =
    `${DECL}<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_R}" r:id="rId1" refreshOnLoad="1" refreshedBy="Koordinator" refreshedDate="46357.41" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="${table.rows.length}">` +
    `<cacheSource type="worksheet"><worksheetSource name="${escapeXml(table.name)}"/></cacheSource>` +
    `<cacheFields count="${table.columns.length}">${fields}</cacheFields></pivotCacheDefinition>`;
  return [
    { name: `xl/pivotCache/pivotCacheDefinition${n}.xml`, data: definition },
    {
      name: `xl/pivotCache/_rels/pivotCacheDefinition${n}.xml.rels`,
      data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/pivotCacheRecords" Target="pivotCacheRecords${n}.xml"/></Relationships>`,
    },
    {
      name: `xl/pivotCache/pivotCacheRecords${n}.xml`,
      data: `${DECL}<pivotCacheRecords xmlns="${NS_MAIN}" xmlns:r="${NS_R}" count="${table.rows.length}">${records}</pivotCacheRecords>`,
    },
  ];
}

/** xl/pivotTables/pivotTableN.xml: rows, columns, a report filter and a count, as Excel lays them out. */
export function pivotTableXml(sheet: SheetModel, table: TableData, cacheId: number): string {
  const pv = sheet.pivot!;
  const f = pivotFields(sheet, table);
  const pf = table.columns
    .map((_, i) => {
      const n = distinct(table, i).length;
      const items = `<items count="${n + 1}">${Array.from({ length: n }, (_, k) => `<item x="${k}"/>`).join('')}<item t="default"/></items>`;
      if (i === f.row) return `<pivotField axis="axisRow" showAll="0">${items}</pivotField>`;
      if (i === f.col) return `<pivotField axis="axisCol" showAll="0">${items}</pivotField>`;
      if (i === f.page) return `<pivotField axis="axisPage" showAll="0">${items}</pivotField>`;
      if (i === f.data) return '<pivotField dataField="1" showAll="0"/>';
      if (i === f.date) return '<pivotField numFmtId="14" showAll="0"/>';
      return '<pivotField showAll="0"/>';
    })
    .join('');
  const rowsN = distinct(table, f.row).length;
  const colsN = f.col === undefined ? 0 : distinct(table, f.col).length;
  const rowItems = `<rowItems count="${rowsN + 1}">${Array.from({ length: rowsN }, (_, k) => `<i><x v="${k}"/></i>`).join('')}<i t="grand"><x/></i></rowItems>`;
  const colItems =
    f.col === undefined
      ? '<colItems count="1"><i/></colItems>'
      : `<colItems count="${colsN + 1}">${Array.from({ length: colsN }, (_, k) => `<i><x v="${k}"/></i>`).join('')}<i t="grand"><x/></i></colItems>`;
  const filters = pv.timeline
    ? (() => {
        const tl = pv.timeline;
        return `<filters count="1"><filter fld="${f.date!}" type="dateBetween" evalOrder="-1" id="1" name="${escapeXml(tl.field)}"><autoFilter ref="A1"><filterColumn colId="0"><customFilters and="1"><customFilter operator="greaterThanOrEqual" val="${excelSerial(tl.from)}"/><customFilter operator="lessThanOrEqual" val="${excelSerial(tl.to)}"/></customFilters></filterColumn></autoFilter><extLst><ext uri="{0605FD5F-26C8-4aeb-8148-2DB25E43C511}" xmlns:x15="${NS_X15}"><x15:pivotFilter useWholeDay="1"/></ext></extLst></filter></filters>`;
      })()
    : '';
  return (
    `${DECL}<pivotTableDefinition xmlns="${NS_MAIN}" name="${escapeXml(pv.name)}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Værdier" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="Rækkenavne" colHeaderCaption="Kolonnenavne" grandTotalCaption="Hovedtotal">` +
    `<location ref="${pv.ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"${f.page === undefined ? '' : ' rowPageCount="1" colPageCount="1"'}/>` +
    `<pivotFields count="${table.columns.length}">${pf}</pivotFields>` +
    `<rowFields count="1"><field x="${f.row}"/></rowFields>${rowItems}` +
    (f.col === undefined ? '' : `<colFields count="1"><field x="${f.col}"/></colFields>`) +
    colItems +
    (f.page === undefined
      ? ''
      : `<pageFields count="1"><pageField fld="${f.page}" hier="-1"/></pageFields>`) +
    `<dataFields count="1"><dataField name="${escapeXml(pv.dataCaption)}" fld="${f.data}" subtotal="count" baseField="0" baseItem="0"/></dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
    filters +
    '</pivotTableDefinition>'
  );
}

/** xl/timelines/timelineN.xml: the sheet's timeline, by month, pointing to its cache. */
export function timelineXml(sheet: SheetModel): string {
  const tl = sheet.pivot!.timeline!;
  return `${DECL}<timelines xmlns="${NS_X15}" xmlns:mc="${NS_MC}" mc:Ignorable="x" xmlns:x="${NS_MAIN}"><timeline name="${escapeXml(tl.field)}" cache="NativeTimeline_${escapeXml(tl.field)}" caption="${escapeXml(tl.field)}" level="2" selectionLevel="2" scrollPosition="${tl.from}T00:00:00"/></timelines>`;
}

/** xl/timelineCaches/timelineCacheN.xml: the timeline's selection over the pivot's date field. */
export function timelineCacheXml(sheet: SheetModel, tabId: number, cacheId: number): string {
  const pv = sheet.pivot!;
  const tl = pv.timeline!;
  const year = Number(tl.from.slice(0, 4));
  return (
    `${DECL}<timelineCacheDefinition xmlns="${NS_X15}" xmlns:mc="${NS_MC}" mc:Ignorable="x" xmlns:x="${NS_MAIN}" name="NativeTimeline_${escapeXml(tl.field)}" sourceName="${escapeXml(tl.field)}">` +
    `<pivotTables><pivotTable tabId="${tabId}" name="${escapeXml(pv.name)}"/></pivotTables>` +
    `<state minimalRefreshVersion="6" lastRefreshVersion="6" pivotCacheId="${cacheId}" filterType="dateBetween"><selection startDate="${tl.from}T00:00:00" endDate="${tl.to}T00:00:00"/><bounds startDate="${year}-01-01T00:00:00" endDate="${year + 1}-01-01T00:00:00"/></state>` +
    '</timelineCacheDefinition>'
  );
}
