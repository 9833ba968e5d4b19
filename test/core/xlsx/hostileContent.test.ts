// The hostile-content catalogue (test/fixtures/hostileContent.ts) and the rules behind its two
// resource refusals: the work budget, which counts what structuring will really look at (a shared
// string at every cell that refers to it, number formats, formulas), and long texts, refused while
// they stream in rather than after they were collected.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RefusalError, REFUSAL_CODES, type RefusalCode } from '../../../core/codes';
import { readWorkbook, DEFAULT_LIMITS, type IntakeLimits } from '../../../core/xlsx';
import * as messy from '../../fixtures/messy';
import { repeatedDeflate, seeded, workbookZip, worksheet } from '../../fixtures/hostile';
import * as C from '../../fixtures/hostileContent';

function outcome(bytes: Uint8Array, limits?: Partial<IntakeLimits>): RefusalCode | 'read' {
  try {
    readWorkbook(bytes, limits);
    return 'read';
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
}

function refusal(bytes: Uint8Array): RefusalError {
  try {
    readWorkbook(bytes);
  } catch (err) {
    if (err instanceof RefusalError) return err;
    throw err;
  }
  throw new Error('the workbook was accepted');
}

describe('the catalogue', () => {
  test.each(C.HOSTILE_CONTENT_FILES.map((f) => [f.name, f.code, f.make] as const))(
    '%s is refused as %s, in Danish and English',
    (_name, code, make) => {
      const err = refusal(make());
      expect(err.code).toBe(code);
      expect(err.status).toBe(REFUSAL_CODES[code]);
      const { da, en } = err.userMessage;
      expect(da).not.toEqual(en);
      expect(da).toMatch(/prøv igen/);
      expect(en).toMatch(/try again/);
    },
  );

  test('it holds at least one file for every code the content rules add', () => {
    const codes = new Set(C.HOSTILE_CONTENT_FILES.map((f) => f.code));
    for (const code of [
      'external_function',
      'sheet_name_invalid',
      'reference_out_of_range',
      'formula_too_long',
      'defined_name_invalid',
      'too_many_hyperlinks',
      'number_format_invalid',
      'too_many_cell_formats',
      'work_budget_exceeded',
    ] as const) {
      expect(codes).toContain(code);
    }
  });

  test('the amplification is real: without the budget, 100,000 cells each hold the 32,010-character text', () => {
    const grid = readWorkbook(C.sharedStringAmplification(), { maxWork: Infinity });
    const cells = grid.sheets[0]!.cells;
    expect(cells.length).toBe(100_000);
    expect(cells.every((c) => typeof c.v === 'string' && c.v.length === 32_010)).toBe(true);
  });

  test("the formula-heavy file is read without the budget: its formulas are each within Excel's limit", () => {
    const grid = readWorkbook(C.formulaHeavy(), { maxWork: Infinity });
    expect(grid.sheets[0]!.cells.length).toBe(3_000);
  });
});

describe('the work budget counts what structuring will look at', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

  test('a shared string counts its length at every cell that refers to it', () => {
    const row = Array.from(
      { length: 100 },
      (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${1 + Math.floor(c / 26)}" t="s"><v>0</v></c>`,
    );
    // 100 cells in 4 rows, each referring to one 1,000-character text: 100 × 1,001.
    const rows = [0, 1, 2, 3]
      .map((r) => `<row r="${r + 1}">${row.slice(r * 26, r * 26 + 26).join('')}</row>`)
      .join('');
    const bytes = workbookZip({
      sheets: [{ name: 'Plan', xml: worksheet(rows) }],
      sharedStrings: `<?xml version="1.0"?><sst xmlns="${NS}" count="100" uniqueCount="1"><si><t>${'x'.repeat(1_000)}</t></si></sst>`,
    });
    expect(outcome(bytes, { maxWork: 100_100 })).toBe('read');
    expect(outcome(bytes, { maxWork: 100_099 })).toBe('work_budget_exceeded');
  });

  test('a number format counts its length at every cell it formats, and a formula its length', () => {
    const fmt = '0.00" timer om ugen, i alt";-0'; // 30 characters
    const styled = workbookZip({
      sheets: [
        {
          name: 'Plan',
          xml: worksheet(
            Array.from(
              { length: 10 },
              (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" s="1"><v>${r}</v></c></row>`,
            ).join(''),
          ),
        },
      ],
      workbookRels:
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
      parts: [
        {
          name: 'xl/styles.xml',
          data: `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${fmt.replace(/"/g, '&quot;')}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
        },
      ],
    });
    expect(fmt.length).toBe(30);
    expect(outcome(styled, { maxWork: 10 * 31 })).toBe('read');
    expect(outcome(styled, { maxWork: 10 * 31 - 1 })).toBe('work_budget_exceeded');

    const formula = 'SUM(B1:B9)+SUM(C1:C9)'; // 21 characters, on a numeric cell: 1 + 21
    const computed = workbookZip({
      sheets: [{ name: 'Plan', xml: worksheet(`<row r="1"><c r="A1"><f>${formula}</f><v>7</v></c></row>`) }],
    });
    expect(outcome(computed, { maxWork: 22 })).toBe('read');
    expect(outcome(computed, { maxWork: 21 })).toBe('work_budget_exceeded');
  });

  test('the refusal names the budget in both languages', () => {
    const { da, en } = refusal(C.sharedStringAmplification()).userMessage;
    expect(da).toMatch(/16\.000\.000 tegn/);
    expect(en).toMatch(/16,000,000 characters/);
  });

  test('the templates and every committed fixture stay far inside it (under 1 %)', async () => {
    const tight = { maxWork: DEFAULT_LIMITS.maxWork / 100 };
    for (const file of ['Implementeringsplan.xlsx', 'Implementation-plan.en.xlsx']) {
      const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'templates', file)));
      expect(outcome(bytes, tight)).toBe('read');
    }
    const lo = new Uint8Array(
      readFileSync(join(__dirname, '..', '..', 'fixtures', 'messy', 'libreoffice-plan.xlsx')),
    );
    expect(outcome(lo, tight)).toBe('read');
    for (const make of Object.values(messy)) expect(outcome(await make(), tight)).toBe('read');
  });
});

describe('long texts are refused while they stream in, without holding them', () => {
  // What the refusal left behind, garbage included (loose: the hard figures are measured in a
  // fresh process for docs/reliability.md); far below what the file unpacks to.
  function grownBy(run: () => void): number {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    run();
    const after = process.memoryUsage();
    return after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  }

  test('a 32 MB string in one cell is refused naming the part, holding well under 100 MB', () => {
    const bytes = C.hugeInlineString();
    let err: RefusalError | undefined;
    const grown = grownBy(() => {
      err = refusal(bytes);
    });
    expect(err?.code).toBe('cell_text_too_long');
    expect(err?.userMessage.en).toMatch(/xl\/worksheets\/sheet1\.xml.*1,048,576 characters/);
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  test('a 48 MB text sent as many rich-text runs is refused at its cell, holding well under 100 MB', () => {
    const next = seeded(48);
    let run = '';
    while (run.length < 512 * 1024) run += `${'abcdefgh'[Math.floor(next() * 8)]!.repeat(100)} `;
    const sheet = repeatedDeflate(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="C3" t="inlineStr"><is>`,
      `<r><t>${run.slice(0, 512 * 1024)}</t></r>`,
      96,
      '</is></c></row></sheetData></worksheet>',
    );
    const bytes = workbookZip({ sheets: [{ name: 'Plan', xml: { name: '', ...sheet } }] });
    let err: RefusalError | undefined;
    const grown = grownBy(() => {
      err = refusal(bytes);
    });
    expect(err?.code).toBe('cell_text_too_long');
    expect(err?.userMessage.da).toMatch(/Plan!C3/);
    // Refused once it was longer than a cell may be, not after all 48 million characters were read.
    const read = Number(
      /holds at least ([\d,]+) characters/.exec(err?.userMessage.en ?? '')?.[1]?.replace(/,/g, ''),
    );
    expect(read).toBeGreaterThan(32_767);
    expect(read).toBeLessThan(1_000_000);
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });
});
