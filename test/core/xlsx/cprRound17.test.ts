// CPR door, round 17 (test/fixtures/cprRound17.ts): pieces across an empty visible column, forms
// people write, formulas other programs save without their result, files kept inside the package.
// Each probe's workbook is refused for its number with the place named, or (a control) accepted;
// nothing the inspection returns repeats the number. A probe marked `before` is one the product
// read wrongly before round 17's rules.

import type { GridCell } from '../../../core/grid';
import { holdsCpr } from '../../../core/redact';
import { containsCpr, findCprNumbers, maskCpr } from '../../../core/validate/cpr';
import { ROUND17_PROBES, tableJoin } from '../../fixtures/cprRound17';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';
import { grid, sheet, text } from '../validate/builders';

describeDoorRound(17, ROUND17_PROBES, { probes: 30, controls: 15 });

describe('the serial in two pairs after the dash (round 17)', () => {
  test.each(['CPR 120387-17 12', '120387-17 12', 'Barn 120387 - 17 12.', '120387/17 12'])(
    '%s: found and masked',
    (text) => {
      expect(containsCpr(text)).toBe(true);
      expect(holdsCpr(text)).toBe(true);
      expect(maskCpr(text)).not.toMatch(/120387/);
    },
  );
  test.each([
    ['a date range in pairs', 'Periode 010127-31 12 27'],
    ['pairs after a space (a phone number)', 'Tlf. 120387 17 12'],
    ['no such day', '320387-17 12'],
    ['a third pair', '120387-17 12 34'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });
});

describe('a birth date written out with a two-digit year (round 17)', () => {
  test.each(['Født 23. marts 87 - 1723', 'CPR: 23. mar. 87-1723', 'Fødselsdato 23 March 87 - 1723'])(
    '%s: found, masked from the date on',
    (text) => {
      expect(containsCpr(text)).toBe(true);
      expect(holdsCpr(text)).toBe(true);
      expect(maskCpr(text)).not.toMatch(/1723/);
    },
  );
  test.each([
    ['a meeting and a count', 'Møde 1. marts 26 - 1200'],
    ['no label', 'Aftalt 23. marts 87 - 1723'],
    ['a word after the four digits', 'Født 23. marts 87 - 1723 kr.'],
    ['no such day', 'Født 30. februar 87 - 1723'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });
});

describe("a table's structured references in a joined formula saved without its result (round 17)", () => {
  const cprAt = (bytes: Uint8Array): string[] => {
    const o = doorOutcome(bytes);
    return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [];
  };
  test.each([
    ['this row, as the file keeps [@Dato]', 'Tabel1[[#This Row],[Dato]]&"-"&Tabel1[[#This Row],[Nr]]'],
    ['[@Dato], as other programs write it', '[@Dato]&"-"&[@[Nr]]'],
    ["the table's name and @", 'Tabel1[@Dato]&"-"&Tabel1[@Nr]'],
    ['whole columns through INDEX', 'INDEX(Tabel1[Dato],1)&"-"&INDEX(Tabel1[Nr],1)'],
    ['a column name in another case', 'Tabel1[[#This Row],[dato]]&"-"&Tabel1[[#This Row],[NR]]'],
  ])('%s: the formula is named', (_name, f) => {
    expect(cprAt(tableJoin(f, '250387', '1725'))).toEqual([expect.stringMatching(/'Deltagere'!D2/)]);
  });
  test.each([
    ['a date and a count', 'Tabel1[[#This Row],[Dato]]&"-"&Tabel1[[#This Row],[Nr]]', '010126', '12'],
    [
      'a column not in the table',
      'Tabel1[[#This Row],[Dato]]&"-"&Tabel1[[#This Row],[Antal]]',
      '250387',
      '1725',
    ],
  ])('%s: no CPR number', (_name, f, date, nr) => {
    expect(cprAt(tableJoin(f, date, nr))).toEqual([]);
  });
});

describe('pieces across empty spacer columns in a grid of cells, as the add-in reads one (round 17)', () => {
  const found = (cells: GridCell[]): string[] =>
    findCprNumbers(grid([sheet('Deltagere', cells)])).map((f) => `${f.cell}:${f.detail ?? ''}`);
  test.each([
    ['the dash, one empty column', [text(1, 1, '010387-'), text(1, 3, '1701')], 'B2:D2:split'],
    ['an empty text between', [text(1, 1, '050387-'), text(1, 2, ''), text(1, 3, '1705')], 'B2:D2:split'],
    ['spaces between', [text(1, 1, '080387-'), text(1, 2, '  '), text(1, 3, '1708')], 'B2:D2:split'],
    ['two empty columns', [text(1, 1, '090387-'), text(1, 4, '1709')], 'B2:E2:split'],
    [
      'a CPR header over the date',
      [text(0, 1, 'CPR-nr.'), text(1, 1, '030387'), text(1, 3, '1703')],
      'B2:D2:splitHeader',
    ],
  ])('%s: one number', (_name, cells, place) => {
    expect(found(cells)).toEqual([place]);
  });
  test.each([
    ['three empty columns', [text(1, 1, '090387-'), text(1, 5, '1709')]],
    ['a date and a count, no dash, no header', [text(1, 1, '010126'), text(1, 3, '1200')]],
    ['a name between', [text(1, 1, '110387-'), text(1, 2, 'Anna'), text(1, 3, '1611')]],
    [
      'a column with its own header between',
      [text(0, 1, 'CPR-nr.'), text(0, 2, 'Adresse'), text(1, 1, '090387'), text(1, 3, '8000')],
    ],
    ['a column with values of its own between', [text(0, 2, '7'), text(1, 1, '120387-'), text(1, 3, '1712')]],
  ])('%s: no CPR number', (_name, cells) => {
    expect(found(cells)).toEqual([]);
  });
});
