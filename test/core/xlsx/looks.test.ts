// Fill colours and bold fonts, read from the styles the way Excel shows them: an ARGB colour, a theme
// colour lightened or darkened by a tint, an index into the legacy palette (or the workbook's own
// palette), a bold font; and cells without a value that are coloured (a traffic light, a Gantt bar).
// The packages are written by hand, as Excel writes them, with a theme part of their own.

import { SheetIndex, type Grid, type GridCell, type GridSheet } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { applyTint } from '../../../core/xlsx/theme';
import { buildZip, workbookParts, worksheet } from '../../fixtures/hostile';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A theme whose accents differ from the Office default, so that the test shows it is read. */
const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Kommune">
<a:themeElements><a:clrScheme name="Kommune">
<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>
<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2><a:srgbClr val="1F3864"/></a:dk2>
<a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
<a:accent1><a:srgbClr val="2E75B6"/></a:accent1>
<a:accent2><a:srgbClr val="C00000"/></a:accent2>
<a:accent3><a:srgbClr val="7F7F7F"/></a:accent3>
<a:accent4><a:srgbClr val="FFC000"/></a:accent4>
<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>
<a:accent6><a:srgbClr val="00B050"/></a:accent6>
<a:hlink><a:srgbClr val="0563C1"/></a:hlink>
<a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
</a:clrScheme></a:themeElements></a:theme>`;

/**
 * Styles: fonts 0 regular, 1 bold, 2 bold="0"; fills 0 none, 1 gray125 (Excel's two defaults), 2 red
 * ARGB, 3 theme accent6 lightened 40 %, 4 indexed 13 (yellow in the default palette), 5 white,
 * 6 a hatched pattern, 7 theme accent4 darkened 25 %. A conditional-format fill (dxf) must not count.
 */
function styles(palette = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS_MAIN}">
<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b val="0"/><sz val="11"/></font></fonts>
<fills count="8">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.39997558519241921"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor indexed="13"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="darkGrid"><fgColor rgb="FF00FF00"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="7" tint="-0.249977111117893"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="6" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="14" fontId="1" fillId="7" borderId="0" xfId="0" applyFill="1" applyFont="1" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="1" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/>
</cellXfs>
<dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FF00B0F0"/></patternFill></fill></dxf></dxfs>
${palette}
</styleSheet>`;
}

function inline(ref: string, text: string, s?: number): string {
  return `<c r="${ref}"${s === undefined ? '' : ` s="${s}"`} t="inlineStr"><is><t>${text}</t></is></c>`;
}

const SHEET = worksheet(
  '<row r="1">' +
    inline('A1', 'Aktivitet', 1) +
    inline('B1', 'Status', 1) +
    inline('C1', 'Uge 10', 8) +
    '</row>' +
    '<row r="2">' +
    inline('A2', 'Kick-off') +
    inline('B2', 'Rød', 2) +
    '<c r="C2" s="3"/>' +
    '</row>' +
    '<row r="3">' +
    inline('A3', 'Nyhedsbrev', 5) +
    '<c r="B3" s="4"/>' +
    '<c r="C3" s="6"/>' +
    '</row>' +
    '<row r="4">' +
    '<c r="A4" s="7"><v>46100</v></c>' +
    '<c r="B4" s="3"/>' +
    '<c r="C4" s="9"/>' +
    // Outside the rectangle of values: a coloured cell far away is no part of the plan.
    '<c r="H4" s="2"/>' +
    '</row>' +
    '<row r="9"><c r="A9" s="2"/></row>',
);

function pkg(options: { theme?: boolean; palette?: string } = {}): Uint8Array {
  const parts = workbookParts({
    sheets: [{ name: 'Plan', xml: SHEET }],
    workbookRels:
      `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
      (options.theme === false
        ? ''
        : `<Relationship Id="rIdTheme" Type="${REL}/theme" Target="theme/theme1.xml"/>`),
    contentTypes:
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
    parts: [
      { name: 'xl/styles.xml', data: styles(options.palette) },
      ...(options.theme === false ? [] : [{ name: 'xl/theme/theme1.xml', data: THEME }]),
    ],
  });
  return buildZip(parts);
}

function sheetOf(grid: Grid): GridSheet {
  const s = grid.sheets[0];
  if (!s) throw new Error('no sheet');
  return s;
}

function cell(s: GridSheet, r: number, c: number): GridCell | undefined {
  return new SheetIndex(s).get(r, c);
}

describe('fill colours and bold fonts from the styles', () => {
  const grid = readWorkbook(pkg());
  const s = sheetOf(grid);

  test('a bold font, and a font that says bold="0", as Excel shows them', () => {
    expect(cell(s, 0, 0)).toEqual({ r: 0, c: 0, v: 'Aktivitet', t: 's', bold: true });
    // Style 8: bold="0" and the gray125 default fill: neither bold nor filled.
    expect(cell(s, 0, 2)).toEqual({ r: 0, c: 2, v: 'Uge 10', t: 's' });
    expect(cell(s, 1, 0)).toEqual({ r: 1, c: 0, v: 'Kick-off', t: 's' });
  });

  test('an ARGB fill, and white counted as no fill (Office.js cannot tell them apart)', () => {
    expect(cell(s, 1, 1)?.fill).toBe('FF0000');
    expect(cell(s, 2, 0)).toEqual({ r: 2, c: 0, v: 'Nyhedsbrev', t: 's' });
  });

  test('a theme colour with a tint is resolved through the workbook’s own colour scheme', () => {
    // theme="9" is accent 6 (the first two slots are light 1 and dark 1, swapped): 00B050 lightened 40 %.
    expect(s.fills).toContainEqual({ r: 1, c: 2, fill: applyTint('00B050', 0.39997558519241921) });
    // theme="7" is accent 4 (FFC000) darkened 25 %, on a bold date cell.
    expect(cell(s, 3, 0)).toEqual({
      r: 3,
      c: 0,
      v: 46100,
      t: 'n',
      fmt: 'mm-dd-yy',
      bold: true,
      fill: 'BF9000',
    });
  });

  test('coloured cells without a value are kept inside the rectangle of values, and only there', () => {
    expect(s.fills).toEqual([
      { r: 1, c: 2, fill: '37FF92' },
      { r: 2, c: 1, fill: 'FFFF00' },
      { r: 3, c: 1, fill: '37FF92' },
      { r: 3, c: 2, fill: 'FFFF00' },
    ]);
    // C3 is a hatched pattern (not a solid fill); H4 and A9 lie outside A1:C4.
    expect(s.cells.every((c) => c.v !== '')).toBe(true);
  });

  test('without a theme part the Office default theme resolves theme colours', () => {
    const plain = sheetOf(readWorkbook(pkg({ theme: false })));
    // Office's accent 6 is 70AD47; lightened 40 % it is Excel's "Green, Accent 6, Lighter 40%".
    expect(plain.fills?.[0]).toEqual({ r: 1, c: 2, fill: 'A9D18E' });
  });

  test('a workbook’s own palette (<indexedColors>) redefines the indexed colours', () => {
    const rgb = Array.from({ length: 64 }, (_, i) => (i === 13 ? 'FF92D050' : 'FF000000'));
    const palette = `<colors><indexedColors>${rgb.map((v) => `<rgbColor rgb="${v}"/>`).join('')}</indexedColors></colors>`;
    const own = sheetOf(readWorkbook(pkg({ palette })));
    expect(own.fills).toContainEqual({ r: 2, c: 1, fill: '92D050' });
  });
});

test('tints give the colours Excel’s colour picker shows for the Office theme', () => {
  // "Green, Accent 6": lighter 40 %, lighter 60 %, darker 25 %; "Gold, Accent 4": lighter 40 %.
  expect(applyTint('70AD47', 0.3999755851924192)).toBe('A9D18E');
  expect(applyTint('70AD47', 0.5999938962981048)).toBe('C5E0B4');
  expect(applyTint('70AD47', -0.249977111117893)).toBe('548235');
  expect(applyTint('FFC000', 0.3999755851924192)).toBe('FFD966');
});
