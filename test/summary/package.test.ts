// The summary is a strict, valid OOXML package: well-formed parts, content types and relationships
// that resolve, unique tables whose column names equal their header cells, no overlaps, valid
// defined names, worksheet elements in schema order, frozen headers, and real charts.

import { SaxesParser } from 'saxes';
import { strFromU8 } from 'fflate';
import { buildSummary } from '../../workbook/summary';
import { generateCorps, generatePrevious } from '../fixtures/plans';
import { headerCells, parseRef, readSummary, tableRows, unescapeXml, type ReadSummary } from './read';

let summary: ReadSummary;

const CASES: readonly [string, () => Promise<Uint8Array>][] = [
  [
    'a realistic period (30 municipalities, with the previous period)',
    () => {
      const plans = generateCorps({ seed: 21, municipalities: 30 });
      return buildSummary({
        period: '2026-H2',
        plans,
        previous: generatePrevious(plans, 21),
        generatedAt: new Date('2026-11-12T10:00:00Z'),
        lang: 'da',
      });
    },
  ],
  [
    'a period nobody has submitted for yet (empty tables, empty charts)',
    () =>
      buildSummary({
        period: '2026-H2',
        plans: [],
        generatedAt: new Date('2026-11-12T10:00:00Z'),
        lang: 'da',
      }),
  ],
];

function elements(xml: string, depth: number): string[] {
  const parser = new SaxesParser();
  const names: string[] = [];
  let level = 0;
  parser.on('opentag', (tag) => {
    level += 1;
    if (level === depth) names.push(tag.name);
    if (tag.isSelfClosing) level -= 1;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) level -= 1;
  });
  parser.write(xml).close();
  return names;
}

const CT_WORKSHEET = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

describe.each(CASES)('%s', (_, build) => {
  beforeAll(async () => {
    summary = await readSummary(await build());
  });

  test('every XML part is well-formed', () => {
    const parts = Object.keys(summary.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) {
      expect(() => elements(strFromU8(summary.files[part]!), 1)).not.toThrow();
    }
  });

  test('every part has a content type and every override names a part', () => {
    const types = summary.xml('[Content_Types].xml');
    const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]));
    const overrides = new Set([...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]));
    for (const o of overrides) expect(summary.files[o!]).toBeDefined();
    for (const part of Object.keys(summary.files)) {
      if (part === '[Content_Types].xml') continue;
      const ext = part.split('.').pop() ?? '';
      expect(overrides.has(part) || defaults.has(ext)).toBe(true);
    }
    for (const p of Object.keys(summary.files).filter((f) =>
      /^xl\/(tables|charts|drawings)\/[^/]+\.xml$/.test(f),
    )) {
      expect(overrides.has(p)).toBe(true);
    }
  });

  test('every relationship resolves inside the package, and none is external', () => {
    for (const relsPath of Object.keys(summary.files).filter((p) => p.endsWith('.rels'))) {
      const xml = summary.xml(relsPath);
      expect(xml).not.toMatch(/TargetMode="External"/);
      const base = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
      const ids = new Set<string>();
      for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        const id = /Id="([^"]+)"/.exec(m[0])?.[1] ?? '';
        expect(ids.has(id)).toBe(false);
        ids.add(id);
        const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
        const parts = `${base}${target}`.replace(/^\//, '').split('/');
        const resolved: string[] = [];
        for (const seg of parts) {
          if (seg === '..') resolved.pop();
          else if (seg !== '.' && seg !== '') resolved.push(seg);
        }
        const path = target.startsWith('/') ? target.slice(1) : resolved.join('/');
        expect(summary.files[path]).toBeDefined();
      }
    }
  });

  test('every sheet: a real table, frozen header, widths, elements in schema order, valid name', () => {
    for (const [name, part] of summary.sheetParts) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      const xml = summary.xml(part);
      const order = elements(xml, 2).filter((n, i, all) => all.indexOf(n) === i);
      const indices = order.map((n) => CT_WORKSHEET.indexOf(n));
      expect(indices.every((x) => x >= 0)).toBe(true);
      expect([...indices].sort((a, b) => a - b)).toEqual(indices);
      expect(xml).toMatch(/<pane [^>]*state="frozen"/);
      expect(xml).toMatch(/<cols>/);
      expect(xml).toMatch(/<tableParts count="\d+">/);
      expect([...summary.tables.values()].some((t) => t.sheet === name)).toBe(true);
    }
  });

  test('tables: unique ids and names, column names equal the header cells, no overlaps, no merge but the subtitle', () => {
    const ids = new Set<string>();
    const names = new Set<string>();
    for (const t of summary.tables.values()) {
      const head = /<table\b[^>]*>/.exec(summary.xml(t.part))?.[0] ?? '';
      const id = /\bid="(\d+)"/.exec(head)?.[1] ?? '';
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      expect(names.has(t.name.toLowerCase())).toBe(false);
      names.add(t.name.toLowerCase());
      expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(/displayName="([^"]+)"/.exec(head)?.[1]).toBe(t.name);
      expect(headerCells(summary, t.name)).toEqual(t.columns);
      expect(new Set(t.columns.map((c) => c.toLowerCase())).size).toBe(t.columns.length);
      const { c1, c2 } = parseRef(t.ref);
      expect(c2 - c1 + 1).toBe(t.columns.length);
      expect(summary.xml(t.part)).toContain(`<autoFilter ref="${t.ref}"/>`);
    }
    for (const [sheet] of summary.sheetParts) {
      const boxes = [...summary.tables.values()].filter((t) => t.sheet === sheet).map((t) => parseRef(t.ref));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          expect(a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2).toBe(false);
        }
      }
      // The only merged cells are the subtitle's (row 2, so that it wraps within the printed
      // width), and none overlaps a table.
      const merges = [...summary.xml(summary.sheetParts.get(sheet)!).matchAll(/<mergeCell ref="([^"]+)"/g)];
      for (const [, ref] of merges) {
        const m = parseRef(ref ?? '');
        expect([m.r1, m.r2]).toEqual([2, 2]);
        for (const b of boxes)
          expect(m.r1 <= b.r2 && b.r1 <= m.r2 && m.c1 <= b.c2 && b.c1 <= m.c2).toBe(false);
      }
    }
  });

  test('defined names are valid print titles of existing sheets', () => {
    const wb = summary.xml('xl/workbook.xml');
    const names = [
      ...wb.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]+)<\/definedName>/g),
    ];
    expect(names.length).toBeGreaterThan(0);
    for (const [, name, local, ref] of names) {
      expect(name).toBe('_xlnm.Print_Titles');
      const sheet = summary.sheetNames[Number(local)];
      expect(sheet).toBeDefined();
      const rows = `'${sheet}'!$4:$4`;
      // The header row repeated, and on wide sheets the first column(s) too.
      expect([rows, `'${sheet}'!$A:$A,${rows}`, `'${sheet}'!$A:$C,${rows}`]).toContain(unescapeXml(ref!));
    }
  });

  test('hyperlinks are internal and point at existing sheets', () => {
    let count = 0;
    for (const part of summary.sheetParts.values()) {
      for (const m of summary.xml(part).matchAll(/<hyperlink\b[^>]*>/g)) {
        count += 1;
        expect(m[0]).not.toMatch(/r:id=/);
        const location = unescapeXml(/location="([^"]+)"/.exec(m[0])?.[1] ?? '');
        const target = /^'([^']+)'!([A-Z]+)(\d+)$/.exec(location);
        expect(target).not.toBeNull();
        expect(summary.sheetNames).toContain(target?.[1]);
      }
    }
    const submitted = tableRows(summary, 'Overblik').filter((r) => r['Sidst indsendt'] !== 'mangler').length;
    // Four links per municipality that has submitted.
    expect(count).toBeGreaterThanOrEqual(submitted * 3);
    if (submitted > 0) expect(count).toBeGreaterThan(30);
  });

  test('charts: phases, status per theme and readiness per municipality are real DrawingML charts', () => {
    const charts = Object.keys(summary.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    const titles = charts.map((p) =>
      [...summary.xml(p).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '),
    );
    expect(titles.some((t) => /fase/i.test(t))).toBe(true);
    expect(titles.some((t) => /status/i.test(t))).toBe(true);
    expect(titles.some((t) => /parathed/i.test(t))).toBe(true);
    for (const p of charts) {
      const xml = summary.xml(p);
      expect(xml).toContain('<c:barChart>');
      for (const m of xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)) {
        const ref = /^'([^']+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(unescapeXml(m[1]!));
        expect(ref).not.toBeNull();
        expect(summary.sheetNames).toContain(ref?.[1]);
      }
      // Every cached point has an index below its count.
      for (const cache of xml.matchAll(/<c:(?:num|str)Cache>(.*?)<\/c:(?:num|str)Cache>/g)) {
        const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(cache[1]!)?.[1]);
        for (const pt of cache[1]!.matchAll(/<c:pt idx="(\d+)">/g)) expect(Number(pt[1])).toBeLessThan(count);
      }
    }
    // Every chart is anchored in a drawing (Resumé and Diagrammer each have one).
    const drawings = Object.keys(summary.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(2);
    const anchors = drawings.reduce(
      (n, p) => n + (summary.xml(p).match(/<xdr:twoCellAnchor/g) ?? []).length,
      0,
    );
    expect(anchors).toBe(charts.length);
    for (const name of ['Resumé', 'Diagrammer']) {
      expect(summary.xml(summary.sheetParts.get(name)!)).toMatch(/<drawing r:id="rId\d+"\/>/);
    }
  });
});
