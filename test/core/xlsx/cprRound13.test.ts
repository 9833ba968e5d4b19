// CPR door, round 13 (test/fixtures/cprRound13.ts): each probe's workbook is refused for its number
// with the place named, or refused outright naming its format, or (a control) accepted; and nothing
// the inspection returns repeats the number. A probe marked `before` is one the product missed (or
// named in words a coordinator cannot act on) before round 13's rules: it is expected to fail until
// its rule is in. The workbook's own file name, as the command line and the service pass it, is
// masked before anything of it is read.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { holdsCpr } from '../../../core/redact';
import { isCprDigits } from '../../../core/validate';
import { containsCpr, findCprNumbers, maskCpr } from '../../../core/validate/cpr';
import { CPR_PLACE_FIXTURES, cprDigitsOf, sheet, zip } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES } from '../../fixtures/cprRound11';
import { ROUND12_PROBES } from '../../fixtures/cprRound12';
import {
  headerPicturePath,
  ROUND13_FILE_NAMES,
  ROUND13_PROBES,
  type Round13FileName,
} from '../../fixtures/cprRound13';
import { DOOR_TODAY, expectDoorOutcome } from '../../fixtures/doorOutcome';

const EARLIER = [
  ...CPR_PLACE_FIXTURES,
  ...ROUND8_PROBES,
  ...ROUND9_PROBES,
  ...ROUND10_PROBES,
  ...ROUND11_PROBES,
  ...ROUND12_PROBES,
];

describe('round 13 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–12', () => {
    const probes = ROUND13_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(EARLIER.map((f) => cprDigitsOf(f.written)));
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    const ids = [...ROUND13_PROBES.map((p) => p.id), ...ROUND13_FILE_NAMES.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const earlierIds = new Set(EARLIER.map((f) => f.id));
    expect(ids.filter((id) => earlierIds.has(id))).toEqual([]);
  });

  const caught = ROUND13_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND13_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectDoorOutcome(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 13)', (_id, p) =>
      expectDoorOutcome(p),
    );
});

/** A text as a reader folds it: compatibility forms (full-width digits), invisible characters out. */
function folded(text: string): string {
  return text.normalize('NFKC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

/** The forms of a file-name probe's number found in `text`. */
function shown(text: string, p: Round13FileName): string[] {
  const plain = folded(text);
  return p.shows.filter((form) => text.includes(form) || plain.includes(folded(form)));
}

describe('the file name as the command line and the service pass it (round 13)', () => {
  // A workbook with nothing of its own: the municipality is read from the name.
  const bytes = zip({ sheets: sheet() });
  const expectMasked = (p: Round13FileName): void => {
    const r = inspectBytes(bytes, { today: DOOR_TODAY, fileName: p.name });
    const json = JSON.stringify({ plan: r.plan, issues: r.issues, unmapped: r.unmapped, checks: r.checks });
    expect(shown(json, p)).toEqual([]);
    // The name was read (the municipality taken from it), its number masked.
    expect(json).toContain('Aarhus');
  };
  const caught = ROUND13_FILE_NAMES.filter((p) => p.before === undefined);
  const missed = ROUND13_FILE_NAMES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectMasked(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 13)', (_id, p) =>
      expectMasked(p),
    );

  // One process a name (the command reads one file): the two forms a reader is likeliest to meet.
  const cliNames = ROUND13_FILE_NAMES.filter((p) =>
    ['fileNameFullWidth', 'fileNameFourDigitYear'].includes(p.id),
  );
  const expectCliMasked = (p: Round13FileName): void => {
    const dir = mkdtempSync(join(tmpdir(), 'korpsplan-r13-'));
    try {
      writeFileSync(join(dir, p.name), bytes);
      const run = spawnSync(
        process.execPath,
        [join(__dirname, '..', '..', '..', 'bin', 'korpsplan.js'), 'inspect', join(dir, p.name), '--json'],
        { encoding: 'utf8', timeout: 60_000 },
      );
      const out = `${run.stdout}\n${run.stderr}`;
      expect(out).toContain('Aarhus');
      expect(shown(out, p)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  test.each(cliNames.map((p) => [p.id, p] as const))(
    'the command line (a process of its own, --json) prints no form of the number: %s',
    (_id, p) => expectCliMasked(p),
  );
});

describe('a date with its year whole glued to the serial (round 13)', () => {
  test.each([
    ['a dash', 'Borger 01011990-1234'],
    ['a slash with spaces', 'Borger 01011990 / 1234'],
    ['full-width digits and dash', 'Borger ０１０１１９９０－１２３４'],
    ['a substitute day', 'Borger 61011990-1234'],
    ['born 2005 (serial 4xxx)', 'Borger 15032005-4123'],
    ['in a file name', 'Plan Aarhus 01011990-1234.xlsx'],
  ])('%s: found and masked at every sink', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).not.toMatch(/1990|2005|1234|4123/);
    expect(holdsCpr(text)).toBe(true);
  });

  test.each([
    ['a case number whose serial is of another century', 'Sag 12122026-0042'],
    ['a year-first date (yyyymmdd-nnnn)', 'Sag 20260115-0043'],
    ['twelve digits in a row', 'Konto 010119901234'],
    ['the date and a count parted by a space', '01011990 1234 deltagere'],
    ['five digits after the dash', 'Ref. 01011990-12345'],
    ['no such day', 'Sag 31021990-1234'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(holdsCpr(text)).toBe(false);
  });
});

describe('a date and its serial in two cells under a header that names them (round 13)', () => {
  const cell = (ref: string, v: string): string =>
    `<c r="${ref}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  /** Ark1 with rows given as [row, [ref, text]...]; pieces always at B and C of the last row. */
  const found = (
    rows: readonly (readonly [number, readonly (readonly [string, string])[]])[],
    after = '',
  ): string[] => {
    const xml = rows
      .map(([r, cells]) => `<row r="${r}">${cells.map(([ref, v]) => cell(ref, v)).join('')}</row>`)
      .join('');
    const r = inspectBytes(zip({ sheets: sheet(xml, after) }), { today: DOOR_TODAY });
    return r.issues.filter((i) => i.code === 'cpr_number').map((i) => `${i.sheet}!${i.cell}`);
  };
  const pieces = (r: number): [number, [string, string][]] => [
    r,
    [
      [`B${r}`, '010190'],
      [`C${r}`, '1234'],
    ],
  ];

  test.each([
    [
      'Fødselsdato | Løbenummer',
      [
        [
          2,
          [
            ['B2', 'Fødselsdato'],
            ['C2', 'Løbenummer'],
          ],
        ],
      ] as const,
      3,
    ],
    [
      'Date of birth | Last 4 digits',
      [
        [
          2,
          [
            ['B2', 'Date of birth'],
            ['C2', 'Last 4 digits'],
          ],
        ],
      ] as const,
      3,
    ],
    [
      'CPR over the serial only',
      [
        [
          2,
          [
            ['B2', 'Født'],
            ['C2', 'CPR, sidste fire'],
          ],
        ],
      ] as const,
      3,
    ],
    [
      'CPR 40 rows above, texts between',
      [
        [2, [['B2', 'Cpr.nr.']]],
        [10, [['B10', 'ukendt']]],
      ] as const,
      42,
    ],
    ['a form: the label to the left', [[3, [['A3', 'Barnets personnummer:']]]] as const, 3],
  ])('%s: one issue naming both cells', (_name, rows, at) => {
    expect(found([...rows, pieces(at)])).toEqual([`Ark1!B${at}:C${at}`]);
  });

  test('a header merged over both columns from the column before', () => {
    expect(
      found(
        [[2, [['A2', 'Personnumre']]], pieces(3)],
        '<mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>',
      ),
    ).toEqual(['Ark1!B3:C3']);
  });

  test.each([
    [
      'Dato | Løbenr. (a case list)',
      [
        [
          2,
          [
            ['B2', 'Dato'],
            ['C2', 'Løbenr.'],
          ],
        ],
      ] as const,
      3,
    ],
    [
      'Fødselsdato | Antal',
      [
        [
          2,
          [
            ['B2', 'Fødselsdato'],
            ['C2', 'Antal'],
          ],
        ],
      ] as const,
      3,
    ],
    [
      'P-nr. (a workplace) over the columns',
      [
        [
          2,
          [
            ['B2', 'P-nr.'],
            ['C2', ''],
          ],
        ],
      ] as const,
      3,
    ],
    ['CPR 60 rows above', [[2, [['B2', 'CPR']]]] as const, 62],
    ['a label that names no CPR number', [[3, [['A3', 'Uge og antal:']]]] as const, 3],
    ['no header at all', [] as const, 3],
  ])('%s: two values, no issue', (_name, rows, at) => {
    expect(found([...rows, pieces(at)])).toEqual([]);
  });
});

describe('a birth date typed with separators, and a table without its header row (round 13)', () => {
  const list = (header: string, date: string, serial: string): string[] => {
    const xml =
      `<row r="2"><c r="B2" t="inlineStr"><is><t>${header}</t></is></c><c r="C2" t="inlineStr"><is><t>Løbenr.</t></is></c></row>` +
      `<row r="3"><c r="B3" t="inlineStr"><is><t>${date}</t></is></c><c r="C3" t="inlineStr"><is><t>${serial}</t></is></c></row>`;
    return inspectBytes(zip({ sheets: sheet(xml) }), { today: DOOR_TODAY })
      .issues.filter((i) => i.code === 'cpr_number')
      .map((i) => i.cell);
  };

  test.each([
    ['dots, the year whole', '01.01.1990', '1234'],
    ['dashes, the year in two digits', '1-1-90', '1234'],
    ['slashes, born 2005 (serial 4xxx)', '15/03/2005', '4123'],
  ])('%s under "Fødselsdato" | "Løbenr.": one number', (_name, date, serial) => {
    expect(list('Fødselsdato', date, serial)).toEqual(['B3:C3']);
  });

  test.each([
    ['under "Dato" | "Løbenr." (a case list)', 'Dato', '01.01.1990', '1234'],
    ['the year whole of another century than the serial', 'Fødselsdato', '01.01.2026', '0042'],
    ['no such day', 'Fødselsdato', '31.02.1990', '1234'],
  ])('%s: two values', (_name, header, date, serial) => {
    expect(list(header, date, serial)).toEqual([]);
  });

  const table = (names: readonly string[]): string[] =>
    inspectBytes(
      zip({
        sheets: sheet(
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Nina</t></is></c><c r="B2" t="inlineStr"><is><t>010190</t></is></c><c r="C2" t="inlineStr"><is><t>1234</t></is></c></row>',
          '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          [['rId1', 'table', '../tables/table1.xml']],
        ),
        contentTypes:
          '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
        parts: [
          {
            name: 'xl/tables/table1.xml',
            data:
              '<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A2:C2" headerRowCount="0">' +
              `<tableColumns count="3">${names.map((n, i) => `<tableColumn id="${i + 1}" name="${n}"/>`).join('')}</tableColumns></table>`,
          },
        ],
      }),
      { today: DOOR_TODAY },
    )
      .issues.filter((i) => i.code === 'cpr_number')
      .map((i) => i.cell);

  test("a table's hidden column names are its header", () => {
    expect(table(['Navn', 'Personnummer', 'Kolonne1'])).toEqual(['B2:C2']);
    expect(table(['Navn', 'Fødselsdato', 'Løbenummer'])).toEqual(['B2:C2']);
    expect(table(['Navn', 'Uge', 'Antal'])).toEqual([]);
  });
});

describe("a header or footer picture's title and file path are named as the header's picture (round 13)", () => {
  const messages = (id: string): string[] =>
    inspectBytes(headerPicturePath('C:\\Billeder\\Borger 010190-1234.jpg', id), { today: DOOR_TODAY })
      .issues.filter((i) => i.code === 'cpr_number')
      .map((i) => i.message.en);

  test.each(['LH', 'CH', 'RH', 'LF', 'CF', 'RF', 'CHFIRST', 'RFEVEN'])(
    'the picture with shape id %s: the header/footer, and where to delete it',
    (id) => {
      const [m, ...more] = messages(id);
      expect(more).toEqual([]);
      expect(m).toMatch(/^The picture in the header\/footer .* on the sheet 'Ark1' contains/);
      expect(m).toContain('Custom Header');
    },
  );

  test('a VML shape placed by another id (a drawn shape) is still named a drawing', () => {
    const [m] = messages('_x0000_s1025');
    expect(m).toMatch(/^A drawing \(shape or picture\) on the sheet 'Ark1'/);
  });
});

test("a date cell at the end of Excel's calendar beside four digits (1904 date system) is read without an error", () => {
  const grid = {
    sheets: [
      {
        name: 'Ark1',
        state: 'visible' as const,
        cells: [
          { r: 0, c: 0, v: 'CPR', t: 's' as const },
          { r: 1, c: 0, v: 2958465, t: 'n' as const, fmt: 'dd-mm-yyyy' },
          { r: 1, c: 1, v: 1234, t: 'n' as const },
        ],
        merges: [],
        comments: [],
        tables: [],
        drawings: [],
      },
    ],
    definedNames: [],
    properties: [],
    date1904: true,
  };
  expect(findCprNumbers(grid)).toEqual([]);
});
