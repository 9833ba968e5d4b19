// CPR door, round 12 (test/fixtures/cprRound12.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed (or named in words a
// coordinator cannot act on) before round 12's rules: it is expected to fail until its rule is in.

import { inspectBytes } from '../../../core/inspect';
import { holdsCpr } from '../../../core/redact';
import { isCprDigits } from '../../../core/validate';
import {
  CPR_MASK,
  containsCpr,
  formatShowsCpr,
  formulaHasCpr,
  maskCpr,
  namedValues,
} from '../../../core/validate/cpr';
import {
  FormulaError,
  formulaValue,
  nameValue,
  RangeValue,
  type FormulaValue,
  type Lambda,
} from '../../../core/validate/formulaText';
import { CPR_PLACE_FIXTURES, cprDigitsOf, sheet, zip } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES } from '../../fixtures/cprRound11';
import { ROUND12_PROBES } from '../../fixtures/cprRound12';
import { DOOR_TODAY, expectDoorOutcome } from '../../fixtures/doorOutcome';

describe('round 12 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–11', () => {
    const probes = ROUND12_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(
      [...CPR_PLACE_FIXTURES, ...ROUND8_PROBES, ...ROUND9_PROBES, ...ROUND10_PROBES, ...ROUND11_PROBES].map(
        (f) => cprDigitsOf(f.written),
      ),
    );
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND12_PROBES.map((p) => p.id)).size).toBe(ROUND12_PROBES.length);
    // The ids are new too: no earlier round probed a place or form of the same name.
    const earlierIds = new Set(
      [...CPR_PLACE_FIXTURES, ...ROUND8_PROBES, ...ROUND9_PROBES, ...ROUND10_PROBES, ...ROUND11_PROBES].map(
        (f) => f.id,
      ),
    );
    expect(ROUND12_PROBES.map((p) => p.id).filter((id) => earlierIds.has(id))).toEqual([]);
  });

  const caught = ROUND12_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND12_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectDoorOutcome(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 12)', (_id, p) =>
      expectDoorOutcome(p),
    );
});

describe('control characters and windows-1252 (round 12)', () => {
  test('a part declared windows-1252 (or Latin-1) reads 0x80–0x9F as windows-1252 does: 0x96 an en dash', () => {
    for (const label of ['windows-1252', 'ISO-8859-1']) {
      const xml = `<?xml version="1.0" encoding="${label}"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Uge 12\u009630 \u0080 5</t></si></sst>`;
      const r = inspectBytes(
        zip({
          sheets: sheet('<row r="2"><c r="B2" t="s"><v>0</v></c></row>'),
          sharedStrings: {
            name: 'xl/sharedStrings.xml',
            data: Uint8Array.from([...xml].map((c) => c.charCodeAt(0))),
          },
        }),
        { today: DOOR_TODAY },
      );
      const cell = r.grid.sheets[0]?.cells.find((c) => c.r === 1 && c.c === 1);
      expect(cell?.v).toBe('Uge 12\u201330 \u20ac 5');
    }
  });

  test.each([
    ['U+0096 (windows-1252 en dash)', '\u0096', 'Borger 010190-1234'],
    ['U+0097 (windows-1252 em dash)', '\u0097', 'Borger 010190-1234'],
    ['U+0001', '\u0001', 'Borger 0101901234'],
    ['U+001F', '\u001f', 'Borger 0101901234'],
    ['U+0081', '\u0081', 'Borger 0101901234'],
  ])('%s between the date and the serial: found and masked', (_name, ch) => {
    const text = `Borger 010190${ch}1234`;
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe(`Borger ${CPR_MASK}`);
    expect(holdsCpr(text)).toBe(true);
  });

  test('control characters between other numbers make no CPR number', () => {
    expect(containsCpr('Periode 2026\u00012027, uge 12\u000230')).toBe(false);
    expect(containsCpr('Tlf 12\u009634\u009656\u009678')).toBe(false);
    // A tab or a line break is white space, as before: two spaces part the pieces.
    expect(containsCpr('010190\t\t1234')).toBe(false);
  });
});

describe('number formats around a literal serial (round 12)', () => {
  test.each([
    ['General with a literal', 170496, 'General"-1217"'],
    ['a locale in brackets', 190496, '[$-406]000000\\-"1219"'],
    ['a named locale in brackets', 190496, '[$-da-DK]000000"-1219"'],
    ['a scaling comma before the literal', 210496000, '000000,"-1221"'],
    ['two scaling commas', 210496000000, '0,,"-1221"'],
  ])('%s shows the number', (_name, value, fmt) => {
    expect(formatShowsCpr(value, fmt)).toBe(true);
  });

  test.each([
    ['a currency in brackets', 190496, '[$kr.-406]000000"-1219"'],
    ['grouped thousands', 210496000, '#,##0,"-1221"'],
    ['General with a literal that makes no date', 202612, 'General"-1200"'],
    ['General with a unit', 2026, 'General" stk."'],
  ])('%s: no CPR number shown through the format', (_name, value, fmt) => {
    expect(formatShowsCpr(value, fmt)).toBe(false);
  });
});

describe('LAMBDA, its helpers, names that stand for a value, INDIRECT (round 12)', () => {
  const none = {};
  test.each([
    ['called at once', '_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234")("010190")', '010190-1234'],
    ['two parameters', '_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.b&_xlpm.a)("-1234","010190")', '010190-1234'],
    [
      'named by LET',
      '_xlfn.LET(_xlpm.f,_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234"),_xlpm.f("010190"))',
      '010190-1234',
    ],
    [
      'REDUCE',
      '_xlfn.REDUCE("",{"0101","90-","1234"},_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a&_xlpm.b))',
      '010190-1234',
    ],
    [
      'SCAN, joined',
      '_xlfn.CONCAT(_xlfn.SCAN("",{"a","b"},_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a&_xlpm.b)))',
      'aab',
    ],
    [
      'MAP over two arrays',
      '_xlfn.CONCAT(_xlfn.MAP({"01","90"},{"01","12"},_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a&_xlpm.b)))',
      '01019012',
    ],
    [
      'BYROW',
      '_xlfn.TEXTJOIN("-",TRUE,_xlfn.BYROW({"0101","90";"12","34"},_xlfn.LAMBDA(_xlpm.r,_xlfn.CONCAT(_xlpm.r))))',
      '010190-1234',
    ],
    [
      'BYCOL',
      '_xlfn.CONCAT(_xlfn.BYCOL({"01","90";"01","12"},_xlfn.LAMBDA(_xlpm.c,_xlfn.CONCAT(_xlpm.c))))',
      '01019012',
    ],
    [
      'MAKEARRAY',
      '_xlfn.CONCAT(_xlfn.MAKEARRAY(2,3,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,_xlpm.r*_xlpm.c)))',
      '123246',
    ],
  ])('%s', (_name, f, value) => {
    expect(formulaValue(f, none)).toBe(value);
  });

  test('a LAMBDA shows nothing itself; more values than parameters is #VALUE!; a text is not called', () => {
    expect(formulaValue('_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234")', none)).toBeUndefined();
    expect(formulaValue('_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234")&"010190"', none)).toBeUndefined();
    expect(formulaValue('_xlfn.LAMBDA(_xlpm.x,_xlpm.x)(1,2)', none)).toEqual(new FormulaError('#VALUE!'));
    expect(formulaValue('_xlfn.REDUCE(0,{1,2},"x")', none)).toBeUndefined();
  });

  test('bounded: a LAMBDA that calls itself, and more calls than are read, are not worked out (quickly)', () => {
    const self = (name: string): Lambda | FormulaValue | undefined =>
      name.toLowerCase() === 'loop'
        ? (nameValue('_xlfn.LAMBDA(_xlpm.x,Loop(_xlpm.x&"1"))', { name: self }) as Lambda)
        : undefined;
    const t0 = Date.now();
    expect(formulaValue('Loop("0")', { name: self })).toBeUndefined();
    expect(
      formulaValue('_xlfn.CONCAT(_xlfn.MAKEARRAY(1000,1000,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,1)))', none),
    ).toBeUndefined();
    expect(
      formulaValue(
        '_xlfn.REDUCE(0,_xlfn.SEQUENCE(100,100),_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a+_xlpm.b))',
        none,
      ),
    ).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test('INDIRECT of a reference written as text reads the cell or range, fixed; anything else is not known', () => {
    const cells: Record<string, string | number> = { $C$2: '010190', 'Data!$B$2': 1234 };
    const reading = {
      cell: (ref: string) => cells[ref],
      range: (ref: string) => (ref === '$C$2:$D$2' ? new RangeValue([['010190', 1234]]) : undefined),
    };
    expect(formulaValue('INDIRECT("C2")&"-"&INDIRECT("Data!B2")', reading)).toBe('010190-1234');
    expect(formulaValue('_xlfn.TEXTJOIN("-",TRUE,INDIRECT("C2:D2"))', reading)).toBe('010190-1234');
    expect(formulaValue('INDIRECT("R2C3",FALSE)', reading)).toBeUndefined();
    expect(formulaValue('INDIRECT("[Andet.xlsx]Ark1!C2")', reading)).toBeUndefined();
    expect(formulaValue('INDIRECT(Navn)', reading)).toBeUndefined();
  });

  test("a workbook's names that stand for a value are read where a formula names them", () => {
    const named = namedValues([
      { name: 'Foed', value: '"010190"' },
      { name: 'Cpr', value: '_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234")' },
      { name: 'Print_Area', value: 'Ark1!$A$1:$C$9' },
      { name: 'Liste', value: "'Plan 2026'!$A$2:$A$9" },
    ]);
    expect(named).toBeDefined();
    expect(formulaHasCpr('Foed&"-1234"', named)).toBe(true);
    expect(formulaHasCpr('Cpr("010190")', named)).toBe(true);
    expect(formulaHasCpr('CPR("010190")', named)).toBe(true);
    // Without the names, as before; a name that is a reference is not among them.
    expect(formulaHasCpr('Foed&"-1234"')).toBe(false);
    expect(namedValues([{ name: 'Liste', value: "'Plan 2026'!$A$2:$A$9" }])).toBeUndefined();
    // Controls: a name of a year joined to a week; a name inside a longer word; a LAMBDA not called.
    const year = namedValues([
      { name: 'Aar', value: '2026' },
      { name: 'Cpr', value: '_xlfn.LAMBDA(_xlpm.x,_xlpm.x&"-1234")' },
    ]);
    expect(formulaHasCpr('Aar&"-2027, uge 12"', year)).toBe(false);
    expect(formulaHasCpr('Aarsplan&"010190"', year)).toBe(false);
    expect(formulaHasCpr('"Cpr"&"-felt"', year)).toBe(false);
  });

  test('a cell whose formula calls a named LAMBDA (no result saved) shows what it makes, named as the cell', () => {
    const r = inspectBytes(
      zip({
        sheets: sheet('<row r="2"><c r="B2"><f>Cpr("170596")</f></c></row>'),
        workbookExtra: `<definedNames><definedName name="Cpr">_xlfn.LAMBDA(_xlpm.x,_xlpm.x&amp;"-1247")</definedName></definedNames>`,
      }),
      { today: DOOR_TODAY },
    );
    const issues = r.issues.filter((i) => i.code === 'cpr_number');
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Ark1!B2']);
    expect(JSON.stringify(r.unmapped)).not.toContain('1247');
  });
});
