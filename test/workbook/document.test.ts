// One document model, two renderers: the same WorkbookDocument (core/document/model.ts) written by
// the Node entry (workbook/document.ts writeDocument) and by the add-in's Office layer
// (addin/src/office/render.ts, into the fake Excel) gives the same values, number formats, column
// widths, frozen rows, merges, hidden sheets, tables, data validations (prompts, errors, strict or
// not), the late conditional format, notes and the looks of the palette. The file is read back with SheetJS and a test-only
// package reader built on fflate and saxes (test/workbook/formattingReader.ts), never with our reader.

import * as XLSX from 'xlsx';
import type { CellValue } from '../../core/grid';
import type { WorkbookDocument } from '../../core/document/model';
import { MARK_LOOKS, PALETTE, ROLE_LOOKS, TABLE_HEADER_LOOK, type Look } from '../../core/document/palette';
import { writeDocument } from '../../workbook/document';
import { planWorkbookLayout } from '../../core/layout';
import { draftFromPlan } from '../../core/plan';
import { generatePlan, makeRng } from '../fixtures/plans';
import { renderDocumentToExcel, widthToPoints } from '../../addin/src/office/render';
import { FakeExcel } from '../addin/support/fakeExcel';
import { cellsOf, parseXml, readPackage, type XNode } from './formattingReader';

const LATE = 'AND(ISNUMBER($B5),$B5<TODAY(),$D5<>"Afsluttet")';

const doc: WorkbookDocument = {
  lang: 'da',
  properties: { title: 'Prøve', subject: 'korpsplan' },
  sheets: [
    {
      name: 'Plan',
      state: 'visible',
      landscape: true,
      widths: [30, 14, 10, 16],
      freezeRows: 4,
      cells: [
        { r: 0, c: 0, v: 'Aktiviteter', style: 'title' },
        { r: 1, c: 0, v: 'Skriv én aktivitet pr. række.', style: 'intro' },
        { r: 2, c: 0, v: 'Kommune', style: 'label' },
        { r: 2, c: 1, v: null, style: 'input' },
        { r: 2, c: 3, v: 46100, fmt: 'dd-mm-yyyy' },
      ],
      merges: ['A1:D1'],
      tables: [
        {
          name: 'Plan_tabel',
          r: 3,
          c: 0,
          columns: ['Aktivitet', 'Deadline', 'Timer', 'Status'],
          rows: [
            ['Kick-off', 46096, 2.5, 'Afsluttet'],
            // Typed text that looks like a formula stays text in both.
            ['=SUM(A1)', 46200, 10, 'I gang'],
          ],
          formats: [undefined, 'dd-mm-yyyy', '0.0', undefined],
        },
      ],
      validations: [
        {
          ref: 'D5:D30',
          kind: 'list',
          source: 'Lister!$A$2:$A$4',
          prompt: { title: 'Vælg fra listen', text: 'Aktivitetens status' },
          error: { title: 'Ikke på listen', text: 'Vælg en af værdierne på listen.' },
          strict: true,
        },
        {
          ref: 'B5:B30',
          kind: 'date',
          prompt: { title: 'Dato', text: 'Skriv en dato, fx 15-03-2026.' },
          error: { title: 'Ikke en dato', text: 'Skriv en dato som 15-03-2026.' },
          strict: false,
        },
        {
          ref: 'C5:C30',
          kind: 'decimal',
          prompt: { title: 'Tal', text: 'Skriv et tal (0 eller derover).' },
          error: { title: 'Ikke et tal', text: 'Skriv et tal, 0 eller derover.' },
          strict: true,
        },
      ],
      conditionalFormats: [{ ref: 'B5:B30', formula: LATE, style: 'late' }],
      notes: [{ r: 4, c: 1, text: 'Deadline er passeret: beslut en ny.' }],
    },
    {
      name: 'Lister',
      state: 'hidden',
      widths: [],
      freezeRows: 0,
      cells: [
        { r: 0, c: 0, v: 'Status' },
        { r: 1, c: 0, v: 'Afsluttet' },
        { r: 2, c: 0, v: 'I gang' },
        { r: 3, c: 0, v: 'Ikke startet' },
      ],
      merges: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      notes: [],
    },
  ],
};

/** What a user sees of the document, the same for both renderers. */
interface View {
  /** Sheet → A1 → value, for every cell that holds one. */
  readonly values: Record<string, Record<string, CellValue>>;
  /**
   * "Sheet!A1" → number format, for cells holding a number with a format other than General (on
   * text a number format shows nothing: exceljs leaves a column's date format on the title above a
   * table, the Office layer does not, and no one sees it).
   */
  readonly formats: Record<string, string>;
  readonly hidden: string[];
  /** "Sheet" → column widths in points (from column A) and the rows frozen at the top. */
  readonly columns: Record<string, { widths: number[]; frozenRows: number }>;
  readonly merges: string[];
  readonly tables: string[];
  readonly validations: {
    ref: string;
    kind: string;
    source: string | undefined;
    prompt: string;
    error: string;
    strict: boolean;
  }[];
  readonly conditionals: { ref: string; formula: string; look: Look }[];
  readonly notes: string[];
  /** "Sheet!A1" → the look of each styled cell and table header cell, in palette names. */
  readonly looks: Record<string, Look>;
}

/** "Sheet!A1" of every cell the document gives a look: styled cells and tables' header cells. */
function styledCells(document: WorkbookDocument): string[] {
  return document.sheets.flatMap((sheet) => [
    ...sheet.cells
      .filter((c) => c.style !== undefined)
      .map((c) => `${sheet.name}!${XLSX.utils.encode_cell(c)}`),
    ...sheet.tables.flatMap((t) =>
      t.columns.map((_, i) => `${sheet.name}!${XLSX.utils.encode_cell({ r: t.r, c: t.c + i })}`),
    ),
  ]);
}

/** A palette name for an RGB colour ("1F4E79", "#1F4E79", "FF1F4E79"); the RGB itself if none. */
function paletteName(rgb: string | undefined): string | undefined {
  if (rgb === undefined) return undefined;
  const hex = rgb.replace(/^#/, '').slice(-6).toUpperCase();
  return Object.entries(PALETTE).find(([, v]) => v === hex)?.[0] ?? hex;
}

function look(raw: {
  bold?: unknown;
  italic?: unknown;
  size?: unknown;
  color?: string | undefined;
  fill?: string | undefined;
}): Look {
  const color = paletteName(raw.color);
  const fill = paletteName(raw.fill);
  return {
    ...(raw.bold === true ? { bold: true } : {}),
    ...(raw.italic === true ? { italic: true } : {}),
    // 11 points is the workbook's font size, which the Office layer leaves as it is.
    ...(typeof raw.size === 'number' && raw.size !== 11 ? { size: raw.size } : {}),
    // Black is the text's colour where nothing is said.
    ...(color !== undefined && color !== '000000' ? { color } : {}),
    ...(fill !== undefined ? { fill } : {}),
  } as Look;
}

const sorted = <T extends { ref: string }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => a.ref.localeCompare(b.ref));

function kids(node: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode): void => {
    for (const k of n.children) {
      if (k.name === name) out.push(k);
      walk(k);
    }
  };
  walk(node);
  return out;
}

async function nodeView(document: WorkbookDocument): Promise<View> {
  const bytes = await writeDocument(document);
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const values: View['values'] = {};
  const formats: View['formats'] = {};
  const notes: string[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]!;
    const sheetValues: Record<string, CellValue> = {};
    for (const [ref, cell] of Object.entries(ws)) {
      if (ref.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      if (c.v !== undefined && c.v !== '') sheetValues[ref] = c.v as CellValue;
      if (typeof c.v === 'number' && typeof c.z === 'string' && c.z !== 'General')
        formats[`${name}!${ref}`] = c.z;
      for (const comment of c.c ?? []) notes.push(`${name}!${ref}: ${comment.t}`);
    }
    values[name] = sheetValues;
  }
  const hidden = (wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name ?? '');
  const merges = wb.SheetNames.flatMap((name) =>
    (wb.Sheets[name]!['!merges'] ?? []).map((m) => `${name}!${XLSX.utils.encode_range(m)}`),
  );

  const pkg = readPackage(bytes);
  const columns: View['columns'] = {};
  for (const sheet of pkg.sheets) {
    const widths: number[] = [];
    for (const [col, c] of [...sheet.columns].sort((a, b) => a[0] - b[0]))
      if (c.width !== undefined) widths[col - 1] = widthToPoints(c.width);
    const frozen = sheet.pane?.state === 'frozen' ? Number(sheet.pane.ySplit ?? 0) : 0;
    columns[sheet.name] = { widths, frozenRows: frozen };
  }
  const tables = pkg.sheets.flatMap((s) =>
    s.tables.map((t) => {
      const table = t.name === 'table' ? t : (kids(t, 'table')[0] ?? t);
      return `${s.name}!${table.attrs.name ?? ''}:${table.attrs.ref ?? ''}`;
    }),
  );
  const xmls = pkg.sheets.map((sheet) => ({ sheet: sheet.name, xml: parseXml(sheet.xml) }));
  const validations = xmls.flatMap(({ sheet, xml }) =>
    kids(xml, 'dataValidation').map((v) => ({
      ref: `${sheet}!${v.attrs.sqref ?? ''}`,
      kind: v.attrs.type ?? '',
      source: v.attrs.type === 'list' ? kids(v, 'formula1')[0]?.text : undefined,
      prompt: `${v.attrs.promptTitle ?? ''}: ${v.attrs.prompt ?? ''}`,
      error: `${v.attrs.errorTitle ?? ''}: ${v.attrs.error ?? ''}`,
      strict: (v.attrs.errorStyle ?? 'stop') === 'stop',
    })),
  );
  const dxfs = kids(parseXml(pkg.part('xl/styles.xml') ?? ''), 'dxf');
  const conditionals = xmls.flatMap(({ sheet, xml }) =>
    kids(xml, 'conditionalFormatting').flatMap((cf) =>
      kids(cf, 'cfRule').map((rule) => {
        const dxf = dxfs[Number(rule.attrs.dxfId)];
        const font = dxf && kids(dxf, 'font')[0];
        const bold = font !== undefined && kids(font, 'b').length > 0;
        return {
          ref: `${sheet}!${cf.attrs.sqref ?? ''}`,
          formula: kids(rule, 'formula')[0]?.text ?? '',
          look: look({
            bold,
            color: font && kids(font, 'color')[0]?.attrs.rgb,
            fill: dxf && kids(dxf, 'bgColor')[0]?.attrs.rgb,
          }),
        };
      }),
    ),
  );
  const looks: View['looks'] = {};
  for (const at of styledCells(document)) {
    const [sheet = '', ref = ''] = at.split('!');
    const l = pkg.sheet(sheet).cells.get(ref)?.look;
    looks[at] = l ? look({ ...l.font, fill: l.fill.pattern === 'solid' ? l.fill.fg : undefined }) : {};
  }
  return {
    values,
    formats,
    hidden,
    columns,
    merges,
    tables,
    validations: sorted(validations),
    conditionals,
    notes,
    looks,
  };
}

async function officeView(document: WorkbookDocument): Promise<View> {
  const excel = new FakeExcel({ sheets: [{ name: 'Ark1' }] });
  await renderDocumentToExcel(excel.context(), document, { supports: () => true });
  const values: View['values'] = {};
  const formats: View['formats'] = {};
  const notes: string[] = [];
  for (const sheet of excel.liveSheets()) {
    if (sheet.name === 'Ark1') continue;
    const sheetValues: Record<string, CellValue> = {};
    const used = sheet.used();
    if (used) {
      for (let r = used.s.r; r <= used.e.r; r++) {
        for (let c = used.s.c; c <= used.e.c; c++) {
          const cell = sheet.get(r, c);
          const ref = XLSX.utils.encode_cell({ r, c });
          if (cell && cell.v !== '') {
            sheetValues[ref] = cell.v;
            if (typeof cell.v === 'number' && cell.fmt) formats[`${sheet.name}!${ref}`] = cell.fmt;
          }
        }
      }
    }
    values[sheet.name] = sheetValues;
    for (const n of sheet.comments)
      notes.push(`${sheet.name}!${XLSX.utils.encode_cell({ r: n.r, c: n.c })}: ${n.text}`);
  }
  const columns: View['columns'] = {};
  for (const sheet of excel.liveSheets()) {
    if (sheet.name === 'Ark1') continue;
    const widths: number[] = [];
    for (const [col, w] of sheet.columnWidths) widths[col] = w;
    columns[sheet.name] = { widths, frozenRows: sheet.freezeRows };
  }
  const hidden = excel
    .liveSheets()
    .filter((s) => s.visibility !== 'Visible')
    .map((s) => s.name);
  const merges = excel
    .liveSheets()
    .flatMap((s) => s.merges.map((m) => `${s.name}!${XLSX.utils.encode_range(m.s, m.e)}`));
  const tables = excel.tables.map(
    (t) => `${t.sheet.name}!${t.name}:${XLSX.utils.encode_range(t.ref.s, t.ref.e)}`,
  );
  const validations = excel.validations.map((v) => {
    const rule = v.rule as Record<string, { source?: string }>;
    const kind = Object.keys(rule)[0] ?? '';
    const prompt = v.prompt as { title: string; message: string };
    const alert = v.errorAlert as { title: string; message: string; style: string };
    return {
      ref: `${v.sheet}!${v.ref}`,
      kind: kind === 'wholeNumber' ? 'whole' : kind,
      source: kind === 'list' ? rule.list?.source?.replace(/^=/, '') : undefined,
      prompt: `${prompt.title}: ${prompt.message}`,
      error: `${alert.title}: ${alert.message}`,
      strict: alert.style === 'Stop',
    };
  });
  const conditionals = excel.conditionalFormats.map((cf) => {
    const font = cf.font as { bold?: boolean; color?: string };
    const fill = cf.fill as { color?: string };
    return {
      ref: `${cf.sheet}!${cf.ref}`,
      formula: String(cf.formula).replace(/^=/, ''),
      look: look({ bold: font.bold, color: font.color, fill: fill.color }),
    };
  });
  // Every format written to a cell, in order, as Excel applies them.
  const raw = new Map<string, Record<string, unknown>>(styledCells(document).map((at) => [at, {}]));
  for (const s of excel.styles) {
    const format = s.format as { font: Record<string, unknown>; fill: { color?: string } };
    for (const ref of cellsOf(s.ref)) {
      const had = raw.get(`${s.sheet}!${ref}`);
      if (!had) continue;
      Object.assign(had, format.font, format.fill.color === undefined ? {} : { fill: format.fill.color });
    }
  }
  const looks: View['looks'] = Object.fromEntries(
    [...raw].map(([at, r]) => [
      at,
      look({ ...r, color: r.color as string | undefined, fill: r.fill as string | undefined }),
    ]),
  );
  return {
    values,
    formats,
    hidden,
    columns,
    merges,
    tables,
    validations: sorted(validations),
    conditionals,
    notes,
    looks,
  };
}

describe('one document model rendered in Node and in the add-in', () => {
  let node: View;
  let office: View;
  beforeAll(async () => {
    node = await nodeView(doc);
    office = await officeView(doc);
  });

  it('writes the same values, number formats, widths, frozen rows, merges, hidden sheets and tables', () => {
    expect(node.values).toEqual(office.values);
    expect(node.values.Plan).toMatchObject({ A1: 'Aktiviteter', A6: '=SUM(A1)', B5: 46096, C5: 2.5 });
    expect(node.values.Lister).toEqual({ A1: 'Status', A2: 'Afsluttet', A3: 'I gang', A4: 'Ikke startet' });
    expect(node.formats).toEqual(office.formats);
    expect(node.formats).toEqual({
      'Plan!D3': 'dd-mm-yyyy',
      'Plan!B5': 'dd-mm-yyyy',
      'Plan!B6': 'dd-mm-yyyy',
      'Plan!C5': '0.0',
      'Plan!C6': '0.0',
    });
    expect(node.hidden).toEqual(['Lister']);
    expect(node.columns).toEqual({
      Plan: { widths: [30, 14, 10, 16].map(widthToPoints), frozenRows: 4 },
      Lister: { widths: [], frozenRows: 0 },
    });
    expect(office.columns).toEqual(node.columns);
    expect(office.hidden).toEqual(['Lister']);
    expect(node.merges).toEqual(['Plan!A1:D1']);
    expect(office.merges).toEqual(node.merges);
    expect(node.tables).toEqual(['Plan!Plan_tabel:A4:D6']);
    expect(office.tables).toEqual(node.tables);
  });

  it('writes the same data validations: kind, list source, prompt, error and whether it stops', () => {
    expect(node.validations).toEqual(office.validations);
    expect(node.validations).toEqual(
      sorted(
        doc.sheets[0]!.validations.map((v) => ({
          ref: `Plan!${v.ref}`,
          kind: v.kind,
          source: v.source,
          prompt: `${v.prompt.title}: ${v.prompt.text}`,
          error: `${v.error.title}: ${v.error.text}`,
          strict: v.strict,
        })),
      ),
    );
  });

  it('writes the same late conditional format in the palette look', () => {
    expect(node.conditionals).toEqual([{ ref: 'Plan!B5:B30', formula: LATE, look: MARK_LOOKS.late }]);
    expect(office.conditionals).toEqual(node.conditionals);
  });

  it('writes the same notes', () => {
    expect(node.notes).toEqual(['Plan!B5: Deadline er passeret: beslut en ny.']);
    expect(office.notes).toEqual(node.notes);
  });

  it('gives titles, intros, labels, inputs and table headers the palette looks in both', () => {
    const header = TABLE_HEADER_LOOK;
    const want = {
      'Plan!A1': ROLE_LOOKS.title,
      'Plan!A2': ROLE_LOOKS.intro,
      'Plan!A3': ROLE_LOOKS.label,
      'Plan!B3': ROLE_LOOKS.input,
      'Plan!A4': header,
      'Plan!B4': header,
      'Plan!C4': header,
      'Plan!D4': header,
    };
    expect(node.looks).toEqual(want);
    expect(office.looks).toEqual(want);
  });
});

const PLAN = generatePlan(makeRng(14), { code: '751', name: 'Aarhus' }, { activities: 20 });

describe('the template documents rendered in Node and in the add-in', () => {
  const documents: [string, () => WorkbookDocument][] = [
    ['the Danish template', () => planWorkbookLayout('da')],
    ['the English template of version 1.0', () => planWorkbookLayout('en', undefined, '1.0')],
    ['a structured plan', () => planWorkbookLayout('da', { draft: draftFromPlan(PLAN) })],
  ];

  it.each(documents)('%s: the same values, formats, validations, late format and looks', async (_, make) => {
    const document = make();
    const [node, office] = [await nodeView(document), await officeView(document)];
    expect(node.values).toEqual(office.values);
    expect(node.formats).toEqual(office.formats);
    expect(node.hidden).toEqual(office.hidden);
    expect(node.columns).toEqual(office.columns);
    expect(node.merges).toEqual(office.merges);
    expect(node.tables).toEqual(office.tables);
    expect(node.validations).toEqual(office.validations);
    expect(node.conditionals).toEqual(office.conditionals);
    expect(node.notes).toEqual(office.notes);
    expect(node.looks).toEqual(office.looks);
    // Not vacuous: the template has its dropdowns, the late format and its titles.
    expect(node.validations.length).toBeGreaterThan(10);
    expect(node.conditionals).toHaveLength(1);
    expect(Object.values(node.looks)).toContainEqual(ROLE_LOOKS.title);
  });
});
