// Structuring keeps the coordinator's original sheets as they look: every original sheet is
// compared with its copy cell by cell and style by style (value, number format, font, fill,
// borders, alignment), with column widths, row heights, hidden rows and columns, merges, comments,
// header and footer, panes and tab colour — read back by a test-only package reader
// (formattingReader.ts), never by exceljs, which wrote the copy. The originals are made by other
// tools than the product: LibreOffice (from a flat ODS written by hand) and hand-built Excel-style
// packages.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../core/inspect';
import type { DraftPlan } from '../../core/draft';
import { writeStructuredWorkbook, type StructuredWorkbook } from '../../workbook/structured';
import { excelStyleWorkbook } from '../fixtures/formatting/excelStyle';
import * as hostile from '../fixtures/hostile';
import {
  conditionalFormatWithoutItsStyle,
  dates1904,
  headerPicture,
  prefixedCellsOnly,
  prefixedSecondSheet,
  rowsWithoutNumbers,
  sheetNameEndingInApostrophe,
} from '../fixtures/formatting/awkward';
import { cellsOf, readPackage, type ReadPackage, type ReadSheet } from './formattingReader';

const TODAY = '2026-11-23';
const CREATED = new Date(Date.UTC(2026, 0, 1));
const FIXTURES = join(__dirname, '..', 'fixtures', 'formatting');

async function structured(
  bytes: Uint8Array,
  options: { maxFormattedXmlBytes?: number } = {},
): Promise<{ written: StructuredWorkbook; draft: DraftPlan }> {
  const result = inspectBytes(bytes, { today: TODAY, period: '2026-H2', municipality: '751' });
  const written = await writeStructuredWorkbook(
    'da',
    { draft: result.structure.draft, grid: result.grid, notCarried: result.structure.notCarried },
    { original: bytes, created: CREATED, ...options },
  );
  return { written, draft: result.structure.draft };
}

/** What a plan says, without where it was read. */
function plain(d: DraftPlan): unknown {
  return {
    municipality: d.municipality,
    period: d.period,
    phase: d.phase,
    coordinator: d.coordinator,
    leader: d.leader,
    activities: d.activities.map((a) => a.values),
    checklist: d.checklist.map((c) => [c.id, c.answer, c.comment]),
    roles: d.roles.map((x) => x.values),
    corps: d.corps.map((x) => x.values),
    indicators: d.indicators.map((x) => x.values),
    communication: d.communication.map((x) => x.values),
  };
}

const copyName = (name: string): string => `Original - ${name}`;

/** Every difference between an original sheet and its copy, one line each. */
function differences(a: ReadSheet, b: ReadSheet, original: ReadPackage, copy: ReadPackage): string[] {
  const out: string[] = [];
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);

  // Values (formulas as their cached values) and what every cell looks like.
  for (const ref of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    const ca = a.cells.get(ref);
    const cb = b.cells.get(ref);
    const va = ca?.value ?? null;
    const vb = cb?.value ?? null;
    if (!same(va, vb)) out.push(`${ref} value: ${JSON.stringify(va)} → ${JSON.stringify(vb)}`);
    const la = ca?.look ?? original.defaultLook;
    const lb = cb?.look ?? copy.defaultLook;
    for (const part of ['numFmt', 'font', 'fill', 'border', 'alignment'] as const) {
      if (!same(la[part], lb[part])) {
        out.push(`${ref} ${part}: ${JSON.stringify(la[part])} → ${JSON.stringify(lb[part])}`);
      }
    }
  }
  // Columns: width and hidden, column by column.
  for (const col of new Set([...a.columns.keys(), ...b.columns.keys()])) {
    const ca = a.columns.get(col) ?? { width: undefined, hidden: false };
    const cb = b.columns.get(col) ?? { width: undefined, hidden: false };
    const wa = ca.width ?? a.defaultColWidth;
    const wb = cb.width ?? b.defaultColWidth;
    if (wa !== wb && !(wa !== undefined && wb !== undefined && Math.abs(wa - wb) < 1e-6)) {
      out.push(`column ${col} width: ${wa} → ${wb}`);
    }
    if (ca.hidden !== cb.hidden) out.push(`column ${col} hidden: ${ca.hidden} → ${cb.hidden}`);
  }
  if (a.defaultColWidth !== b.defaultColWidth)
    out.push(`default width: ${a.defaultColWidth} → ${b.defaultColWidth}`);
  // Rows: height where the original sets one, hidden everywhere.
  for (const row of new Set([...a.rows.keys(), ...b.rows.keys()])) {
    const ra = a.rows.get(row);
    const rb = b.rows.get(row);
    if (ra?.height !== undefined && (rb?.height === undefined || Math.abs(ra.height - rb.height) > 0.001)) {
      out.push(`row ${row} height: ${ra.height} → ${rb?.height}`);
    }
    if ((ra?.hidden ?? false) !== (rb?.hidden ?? false))
      out.push(`row ${row} hidden: ${ra?.hidden} → ${rb?.hidden}`);
  }
  if (!same([...a.merges].sort(), [...b.merges].sort()))
    out.push(`merges: ${a.merges.join()} → ${b.merges.join()}`);
  if (!same(a.headerFooter, b.headerFooter)) {
    out.push(`header/footer: ${JSON.stringify(a.headerFooter)} → ${JSON.stringify(b.headerFooter)}`);
  }
  const pane = (p: ReadSheet['pane']): unknown =>
    p && { xSplit: p.xSplit, ySplit: p.ySplit, state: p.state, topLeftCell: p.topLeftCell };
  if (!same(pane(a.pane), pane(b.pane)))
    out.push(`pane: ${JSON.stringify(a.pane)} → ${JSON.stringify(b.pane)}`);
  if (a.tabColor !== b.tabColor) out.push(`tab colour: ${a.tabColor} → ${b.tabColor}`);
  if (a.state !== b.state) out.push(`state: ${a.state} → ${b.state}`);

  // Comments: each original comment (a thread, where there is one, in place of its placeholder
  // note) is a note on the same cell, with its author; the copy's own note is added on A1.
  // korpsplan's own notes (on a copy kept from an earlier structuring) name no author.
  const withAuthor = (c: { author: string | undefined; text: string }): string =>
    c.author && c.author !== 'korpsplan' && !c.text.startsWith(`${c.author}:`)
      ? `${c.author}:\n${c.text}`
      : c.text;
  const expected = new Map<string, string>();
  for (const [ref, list] of a.comments) expected.set(ref, list.map(withAuthor).join('\n\n'));
  for (const [ref, list] of a.threaded) expected.set(ref, list.map(withAuthor).join('\n\n'));
  for (const ref of new Set([...expected.keys(), ...b.comments.keys()])) {
    const want = expected.get(ref);
    const got = (b.comments.get(ref) ?? []).map((c) => c.text).join('\n\n');
    if (ref === 'A1') {
      if (!/oprindelige ark/.test(got) || (want !== undefined && !got.endsWith(want)))
        out.push(`A1 note: ${got}`);
      continue;
    }
    if (want !== got) out.push(`${ref} comment: ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
    const author = (a.threaded.get(ref) ?? a.comments.get(ref))?.[0]?.author;
    const gotAuthor = b.comments.get(ref)?.[0]?.author;
    if (author !== undefined && author !== gotAuthor) out.push(`${ref} author: ${author} → ${gotAuthor}`);
  }
  return out;
}

describe.each([
  [
    'a LibreOffice workbook',
    () => new Uint8Array(readFileSync(join(FIXTURES, 'libreoffice-formatted.xlsx'))),
    ['Handleplan', 'Huskeliste'],
  ],
  ['a hand-built Excel workbook', () => excelStyleWorkbook(), ['Plan 2026', 'Korps', 'Lister']],
  [
    'a hand-built Excel workbook with a palette of its own',
    () => excelStyleWorkbook({ customPalette: true }),
    ['Plan 2026', 'Korps', 'Lister'],
  ],
] as const)('structuring %s', (_label, make, names) => {
  let bytes: Uint8Array;
  let written: StructuredWorkbook;
  let draft: DraftPlan;
  let original: ReadPackage;
  let copy: ReadPackage;

  beforeAll(async () => {
    bytes = make();
    ({ written, draft } = await structured(bytes));
    original = readPackage(bytes);
    copy = readPackage(written.bytes);
  });

  it('keeps the formatting of the original sheets', () => {
    expect(written.originals).toBe('formatted');
    expect(copy.sheets.filter((s) => s.name.startsWith('Original - ')).map((s) => s.name)).toEqual(
      names.map(copyName),
    );
  });

  it.each(names)('copies "%s" cell by cell and style by style', (name) => {
    expect(differences(original.sheet(name), copy.sheet(copyName(name)), original, copy)).toEqual([]);
  });

  it('keeps the default font, in which Excel measures the column widths', () => {
    expect(copy.defaultLook.font).toEqual(original.defaultLook.font);
  });

  it('keeps formulas as their cached values, never as formulas', () => {
    const formulas = names.flatMap((n) => [...original.sheet(n).cells.values()].filter((c) => c.formula));
    expect(formulas.length).toBeGreaterThan(0);
    for (const name of names) {
      const sheet = copy.sheet(copyName(name));
      expect([...sheet.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
      expect(sheet.xml).not.toMatch(/<(\w+:)?f[ >]/);
      for (const table of sheet.tables) {
        expect(JSON.stringify(table)).not.toMatch(
          /calculatedColumnFormula|totalsRowFormula|totalsRowFunction/,
        );
      }
    }
  });

  it('keeps the copies as they are when the structured workbook is structured again', async () => {
    const again = readPackage((await structured(written.bytes)).written.bytes);
    for (const name of names) {
      const [before, after] = [copy.sheet(copyName(name)), again.sheet(copyName(name))];
      expect(differences(before, after, copy, again)).toEqual([]);
      // The note on the copy is not written a second time.
      expect(after.comments.get('A1')?.map((c) => c.text)).toEqual(
        before.comments.get('A1')?.map((c) => c.text),
      );
    }
  });

  it('reads back as the same plan', () => {
    const again = inspectBytes(written.bytes, { today: TODAY });
    expect(draft.activities.length).toBeGreaterThan(0);
    expect(plain(again.structure.draft)).toEqual(plain(draft));
    expect(again.structure.archivedSheets).toEqual(names.map(copyName));
  });
});

describe('the hand-built Excel workbook, in detail', () => {
  let written: StructuredWorkbook;
  let copy: ReadSheet;
  let korps: ReadSheet;
  let paletteCopy: ReadPackage;

  beforeAll(async () => {
    ({ written } = await structured(excelStyleWorkbook()));
    const pkg = readPackage(written.bytes);
    copy = pkg.sheet('Original - Plan 2026');
    korps = pkg.sheet('Original - Korps');
    paletteCopy = readPackage((await structured(excelStyleWorkbook({ customPalette: true }))).written.bytes);
  });

  it('keeps the https and mailto links, and no link into the workbook', () => {
    expect(Object.fromEntries(copy.links)).toEqual({
      G4: 'https://www.aarhus.dk/mentorindsats',
      G5: 'mailto:koordinator@aarhus.dk',
    });
    expect(copy.cells.get('G6')?.value).toBe('Se korpset');
    expect(copy.xml).not.toMatch(/location=/);
  });

  it('keeps the validations and conditional formats that read only their own sheet, and names the others', () => {
    expect(copy.validations.flatMap((v) => cellsOf(v.sqref)).sort()).toEqual(cellsOf('F4:F8 F10:F20').sort());
    expect(new Set(copy.validations.map((v) => `${v.type} ${v.formulas.join()}`))).toEqual(
      new Set(['list "Ikke startet,I gang,Gennemført"']),
    );
    expect(copy.conditionalFormats).toEqual([
      {
        sqref: 'B4:B8',
        types: ['expression'],
        formulas: ['AND(ISNUMBER($B4),$B4<TODAY(),$F4<>"Gennemført")'],
      },
    ]);
    const named = written.notCarried.filter((n) => n.sheet === 'Plan 2026').map((n) => n.what);
    expect(named).toEqual([
      expect.stringMatching(/^datavalidering i C4:C8 .* \/ data validation in C4:C8/),
      expect.stringMatching(/^1 datavalidering\(er\) med en liste på et andet ark \/ 1 data validation/),
      expect.stringMatching(/^betinget formatering i H4:H8 .* \/ conditional formatting in H4:H8/),
    ]);
    // The copy says so itself, on its first cell.
    expect(copy.comments.get('A1')?.[0]?.text).toMatch(/Kunne ikke overføres: datavalidering i C4:C8/);
  });

  it('keeps the table under another name when the template has its own, without its formulas', () => {
    expect(korps.tables.map((t) => [t.attrs.name, t.attrs.ref])).toEqual([['Korps_2', 'A1:E4']]);
    expect(korps.cells.get('E2')?.value).toBeCloseTo(0.3243243, 6);
    expect(korps.cells.get('C4')?.value).toBe(55.5);
  });

  it('keeps the print area and print titles, and opens on the template with no copy selected beside it', () => {
    const workbook = readPackage(written.bytes).part('xl/workbook.xml') ?? '';
    const index = readPackage(written.bytes).sheets.findIndex((s) => s.name === 'Original - Plan 2026');
    const names = [...workbook.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)</g)].map(
      (m) => [m[1], Number(m[2]), m[3]!.replace(/&apos;/g, "'").replace(/\$/g, '')],
    );
    expect(names).toEqual([
      ['_xlnm.Print_Area', index, "'Original - Plan 2026'!A1:H9"],
      ['_xlnm.Print_Titles', index, "'Original - Plan 2026'!3:3"],
    ]);
    expect(korps.xml).not.toMatch(/tabSelected="(1|true)"/);
    expect(workbook).toMatch(/activeTab="0"/);
  });

  it('turns the colours of a palette of its own into the colours they stand for', () => {
    const sheet = paletteCopy.sheet('Original - Plan 2026');
    expect(sheet.cells.get('B4')?.look.font.color).toBe('B22222');
    expect(sheet.cells.get('F4')?.look.fill.fg).toBe('D8F0D0');
    expect(paletteCopy.sheet('Original - Korps').tabColor).toBe('B22222');
  });
});

describe('when exceljs cannot read what the intake accepted', () => {
  it('copies the values alone, and says so in Danish and English', async () => {
    const bytes = rowsWithoutNumbers();
    const { written } = await structured(bytes);
    expect(written.originals).toBe('values');
    expect(written.notCarried.map((n) => n.sheet)).toEqual(['Plan']);
    expect(written.notCarried[0]?.what).toMatch(
      /^formatering .* værdierne alene \/ formatting .* values only$/,
    );
    const copy = readPackage(written.bytes).sheet('Original - Plan');
    expect(
      [...copy.cells.entries()].filter(([, c]) => c.value !== null).map(([ref, c]) => [ref, c.value]),
    ).toEqual([
      ['A1', 'Aktivitet'],
      ['B1', 'Ansvarlig'],
      ['C1', 'Deadline'],
      ['A2', 'Styregruppemøde'],
      ['B2', 'Leder'],
      ['C2', '15-09-2026'],
      ['A3', 'Nyhedsbrev'],
      ['B3', 'Koordinator'],
      ['C3', '30-10-2026'],
    ]);
    expect(copy.comments.get('A1')?.[0]?.text).toMatch(
      /kopi af værdierne .*\nKunne ikke overføres: formatering/,
    );
  });

  it('keeps the rest of the formatting when only a conditional format cannot be read', async () => {
    const bytes = conditionalFormatWithoutItsStyle();
    const { written } = await structured(bytes);
    expect(written.originals).toBe('formatted');
    expect(written.notCarried.map((n) => n.sheet)).toEqual(['Plan']);
    expect(written.notCarried[0]?.what).toMatch(/^betinget formatering .* \/ conditional formatting/);
    const copy = readPackage(written.bytes).sheet('Original - Plan');
    expect(copy.cells.get('A1')?.look.font.bold).toBe(true);
    expect(copy.cells.get('A1')?.look.fill.fg).toBe('FFFF00');
    expect(copy.conditionalFormats).toEqual([]);
  });

  it('copies a sheet exceljs does not see as values, and the others with their formatting', async () => {
    const { written } = await structured(prefixedSecondSheet());
    expect(written.originals).toBe('formatted');
    expect(written.notCarried.map((n) => n.sheet)).toEqual(['Noter']);
    const pkg = readPackage(written.bytes);
    expect(pkg.sheet('Original - Plan').cells.get('A1')?.look.fill.fg).toBe('FFFF00');
    const notes = pkg.sheet('Original - Noter');
    expect(
      [...notes.cells.entries()].filter(([, c]) => c.value !== null).map(([ref, c]) => [ref, c.value]),
    ).toEqual([
      ['A1', 'Noter'],
      ['A2', 'Husk budgettet'],
      ['B2', 42],
    ]);
  });

  it('copies a sheet in which exceljs finds no cells as values, and says so', async () => {
    const { written } = await structured(prefixedCellsOnly());
    expect(written.originals).toBe('values');
    expect(written.notCarried.map((n) => n.sheet)).toEqual(['Plan']);
    const copy = readPackage(written.bytes).sheet('Original - Plan');
    expect(copy.comments.get('A1')?.[0]?.text).toMatch(/^Dette ark er en kopi af værdierne/);
    expect([...copy.cells.values()].map((c) => c.value).filter((v) => v !== null)).toEqual([
      'Aktivitet',
      'Temadag',
    ]);
  });

  it('copies the values alone above the size it formats, and says why', async () => {
    const { written } = await structured(excelStyleWorkbook(), { maxFormattedXmlBytes: 1000 });
    expect(written.originals).toBe('values');
    expect(new Set(written.notCarried.filter((n) => /for stor/.test(n.what)).map((n) => n.sheet))).toEqual(
      new Set(['Plan 2026', 'Korps', 'Lister']),
    );
    expect(written.notCarried[0]?.what).toMatch(
      /arbejdsbogen er for stor .* \/ formatting – the workbook is too large/,
    );
  });
});

describe('a copy with its values only (no original bytes given)', () => {
  it("names each note's author, and keeps the notes as they are when structured again", async () => {
    const once = async (input: Uint8Array): Promise<Uint8Array> => {
      const r = inspectBytes(input, { today: TODAY });
      const out = await writeStructuredWorkbook('da', {
        draft: r.structure.draft,
        grid: r.grid,
        notCarried: r.structure.notCarried,
      });
      expect(out.originals).toBe('values');
      return out.bytes;
    };
    const first = await once(excelStyleWorkbook());
    const notes = readPackage(first).sheet('Original - Plan 2026').comments;
    expect(notes.get('D5')).toEqual([
      { author: 'Lars Holm', text: 'Lars Holm:\nSkolerne skal også have det.' },
    ]);
    expect(notes.get('E4')?.[0]?.author).toBe('Mette Kjær');
    const second = readPackage(await once(first));
    expect(second.sheet('Original - Plan 2026').comments).toEqual(notes);
  });
});

describe('the bytes exceljs is given', () => {
  it('are checked by the intake again: a file it refuses is refused, whatever the caller read', async () => {
    const good = inspectBytes(excelStyleWorkbook(), { today: TODAY });
    await expect(
      writeStructuredWorkbook(
        'da',
        { draft: good.structure.draft, grid: good.grid },
        { original: hostile.macroSheetWorkbook() },
      ),
    ).rejects.toMatchObject({ code: 'macros' });
  });
});

describe('dates of a 1904 workbook', () => {
  it.each([
    ['with formatting', {}],
    ['as values', { maxFormattedXmlBytes: 0 }],
  ] as const)('show the same day in the copy (%s)', async (_label, options) => {
    const { written } = await structured(dates1904(), options);
    const pkg = readPackage(written.bytes);
    expect(pkg.part('xl/workbook.xml')).not.toMatch(/date1904="(1|true)"/);
    // 44818 in the 1904 system is 46280 in the 1900 system: 15 September 2026.
    expect(pkg.sheet('Original - Plan').cells.get('B2')?.value).toBe(46280);
  });
});

describe('what a copy cannot carry', () => {
  it('leaves a picture out of the header, keeps the rest of it and names the picture', async () => {
    const { written } = await structured(headerPicture());
    const copy = readPackage(written.bytes).sheet('Original - Plan');
    expect(copy.headerFooter).toEqual({ oddHeader: '&L&RAarhus Kommune && Co', oddFooter: '&CSide &P' });
    expect(written.notCarried).toEqual([
      { sheet: 'Plan', what: 'billede i sidehoved eller sidefod / picture in the header or footer' },
    ]);
  });

  it('names copies so that Excel accepts them (no apostrophe at the end)', async () => {
    const { written } = await structured(sheetNameEndingInApostrophe());
    expect(written.originals).toBe('formatted');
    const names = readPackage(written.bytes).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Original'))).toEqual([
      "Original - Mette's",
      'Original - Handleplan til Anne',
    ]);
  });
});
