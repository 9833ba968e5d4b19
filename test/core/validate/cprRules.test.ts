// The CPR rules of issue 10: spaces around the dash, substitute numbers, labels that name a number as
// something else (in the text before it, or beside its cell), every cell type, the places the
// intake reports (Grid.textFindings), and masking everything the inspection returns.

import type { Grid, GridTextFinding } from '../../../core/grid';
import { inspectGrid, sortIssues } from '../../../core/inspect';
import { issue } from '../../../core/codes';
import { CPR_MASK, containsCpr, findCprNumbers, maskCpr, validate } from '../../../core/validate';
import { maskCprDeep } from '../../../core/validate/cpr';
import { completeDraft, grid, number, result, sheet, text } from './builders';

describe('how a CPR number can be written', () => {
  it.each([
    '010190 - 1234',
    '010190 -1234',
    '010190- 1234',
    '010190 \u2013 1234',
    '010190\u00a0\u2013\u00a01234',
    'Borger 010190 - 1234.',
  ])('finds %j', (t) => {
    expect(containsCpr(t)).toBe(true);
    expect(maskCpr(t)).not.toMatch(/\d{4}/);
  });

  it.each(['010190  -  1234', '010190 --1234', '010190 - 12345', '12 010190 - 1234-5'])('not %j', (t) => {
    expect(containsCpr(t)).toBe(false);
  });

  // Day and month glued, the year and the serial each after the same mark (4-2-4): what shows where a
  // program dropped the colour that hid a dash (LibreOffice's and openpyxl's copies of round 19).
  it.each(['0807-89-1908', 'CPR 2207-89-1922', 'Borger 0807.89.1908', '0807/89/1908 (Anna)'])(
    'finds %j',
    (t) => {
      expect(containsCpr(t)).toBe(true);
      expect(maskCpr(t)).not.toMatch(/\d{4}/);
    },
  );

  it.each([
    '0807-89-1908-2', // a longer row of groups
    '1-0807-89-1908',
    '0807-89.1908', // two different marks
    '0807 89 1908', // spaces alone: an account's or a phone's grouping
    '3207-89-1908', // no day 32
    '0813-89-1908', // no month 13
    'Sag 2026-12-0042', // a year, a month and a number
  ])('not %j', (t) => {
    expect(containsCpr(t)).toBe(false);
  });

  it('not inside a hash or a GUID, where ten digits come up by chance', () => {
    expect(containsCpr('sha256: 9f2c0101901234ab77e1c0ffee00deadbeef0123456789abcdef0123456789ab')).toBe(
      false,
    );
    expect(containsCpr('{AB010190-1234-CDEF-8899-AABBCCDDEEFF}')).toBe(false);
    expect(containsCpr('cpr0101901234')).toBe(true); // letters glued to it, but no hex token
    expect(containsCpr('ab0101901234cd')).toBe(true); // too short to be a hash
  });

  it('finds substitute numbers (the day plus 60)', () => {
    expect(containsCpr('Erstatningsnr. 610190-1234')).toBe(true);
    expect(containsCpr('910190-1234')).toBe(true); // 31 January + 60
    expect(containsCpr('910290-1234')).toBe(false); // 31 February + 60
  });
});

describe('a label names a ten-digit number as something else', () => {
  it.each([
    'P-nr. 0101901234',
    'P-nummer: 0101901234',
    'p nr 0101901234',
    'CVR 0101901234',
    'CVR-nr.: 0101901234',
    'SE-nr. 0101901234',
    'SE nummer 0101901234',
    'EAN 0101901234',
    'EAN-nr. 0101901234',
    'GLN: 0101901234',
    'Tlf. 0101901234',
    'tlf.: 010190 1234',
    'Telefon 0101901234',
    'Telefonnr. 0101901234',
    'Mobil: 0101901234',
    'Phone: 0101901234',
    'Kontakt (tlf. 0101901234)',
  ])('%j is not a CPR number', (t) => {
    expect(containsCpr(t)).toBe(false);
    expect(maskCpr(t)).toBe(t);
  });

  it.each([
    ['a label that is not just before the number', 'P-nr. 12345678 og 0101901234'],
    ['"se" as a word, not SE-nr.', 'Borger, se 0101901234'],
    ['a label glued to a word', 'Hotel 0101901234'],
    ['no label', 'Nummer 0101901234'],
    ['CPR named', 'CPR-nr. 0101901234'],
  ])('%s: still a CPR number', (_what, t) => {
    expect(containsCpr(t)).toBe(true);
  });

  const find = (cells: Parameters<typeof sheet>[1]) => findCprNumbers(grid([sheet('Ark1', cells)]));

  it('in the cell to the left', () => {
    expect(find([text(1, 0, 'CVR-nr.'), text(1, 1, '0101901234')])).toEqual([]);
    expect(find([text(1, 0, 'P-nummer'), text(1, 3, '0101901234')])).toEqual([]);
    expect(find([text(1, 0, 'Tlf.'), number(1, 1, 101901234)])).toEqual([]);
    expect(find([text(1, 0, 'Navn'), text(1, 1, '0101901234')])).toHaveLength(1);
    // The nearest cell to the left decides, not any cell in the row.
    expect(find([text(1, 0, 'CVR'), text(1, 1, 'Borger'), text(1, 2, '0101901234')])).toHaveLength(1);
  });

  it('as the header of its column (the nearest cell above with words in it)', () => {
    expect(
      find([
        text(0, 1, 'EAN-nummer'),
        text(1, 1, '0101901234'),
        number(2, 1, 101901234),
        text(3, 1, '0202901234'),
      ]),
    ).toEqual([]);
    expect(find([text(0, 1, 'Telefon / mobil'), text(5, 1, '0101901234')])).toEqual([]);
    expect(find([text(0, 1, 'Note'), text(1, 1, '0101901234')])).toHaveLength(1);
    // A header above a header: the nearer one decides.
    expect(find([text(0, 1, 'CVR'), text(1, 1, 'Borgere'), text(2, 1, '0101901234')])).toHaveLength(1);
  });

  it('never when the label mentions CPR, and never for a cell with more than the number', () => {
    expect(find([text(0, 1, 'CPR-nr. (ikke tlf.)'), text(1, 1, '0101901234')])).toHaveLength(1);
    expect(find([text(1, 0, 'Tlf.'), text(1, 1, 'Borger 0101901234')])).toHaveLength(1);
  });

  // A phone number, a P-number, an EAN or an amount is never written DDMMYY-SSSS or as a date and
  // four digits: written so, it is a CPR number, whatever label or currency is beside it.
  it.each([
    'Tlf. 010190-1234',
    'P-nr. 01.01.90-1234',
    'EAN 010190/1234',
    'kr. 010190-1234',
    '010190-1234 kr.',
    'DKK 01.01.1990-1234',
    'Mobil: 010190\u20131234',
  ])('%j, written as a CPR number is written, is one', (t) => {
    expect(containsCpr(t)).toBe(true);
    expect(maskCpr(t)).not.toMatch(/1234/);
  });

  it('written as a CPR number is written, a label beside its cell names nothing', () => {
    expect(find([text(1, 0, 'Tlf.'), text(1, 1, '010190-1234')])).toHaveLength(1);
    expect(find([text(0, 1, 'P-nummer'), text(1, 1, '01.01.90-1234')])).toHaveLength(1);
    // Digits in a row, with or without a space, stay named by their label.
    expect(find([text(1, 0, 'Tlf.'), text(1, 1, '010190 1234')])).toEqual([]);
  });
});

describe('cells of every type', () => {
  it('text, numbers, errors and formula results', () => {
    const found = findCprNumbers(
      grid([
        sheet('Ark1', [
          text(0, 0, '0101901234'),
          number(1, 0, 101901234),
          { r: 2, c: 0, t: 'e', v: '0202901234' },
          text(3, 0, '0303901234', { formula: true }),
          number(4, 0, 404901234, undefined, { formula: true }),
          { r: 5, c: 0, t: 'b', v: true },
        ]),
      ]),
    );
    expect(found.map((f) => [f.cell, f.where, f.detail])).toEqual([
      ['A1', 'cell', undefined],
      ['A2', 'number', undefined],
      ['A3', 'cell', undefined],
      ['A4', 'cell', 'formula'],
      ['A5', 'number', 'formula'],
    ]);
  });
});

describe('places the intake found in the package', () => {
  const at = (findings: GridTextFinding[], cells = [text(0, 0, 'Plan')]): Grid =>
    grid([sheet('Ark1', cells), sheet('Skjult 0101901234', [], { state: 'hidden' })], {
      textFindings: findings,
    });

  it('become cpr_number errors with the place in Danish and English, the sheet masked', () => {
    const g = at([
      { sheet: 'Ark1', cell: '', kind: 'headerFooter', part: 'xl/worksheets/sheet1.xml' },
      { sheet: 'Skjult 0101901234', cell: 'B2:B9', kind: 'dataValidation', part: 'xl/worksheets/sheet2.xml' },
      { sheet: '', cell: '', kind: 'zipComment', part: '' },
    ]);
    const issues = validate(result(completeDraft()), g, { today: '2026-06-01' }).filter(
      (i) => i.code === 'cpr_number',
    );
    expect(issues.map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      [`Skjult ${CPR_MASK}`, '', 'error'], // the hidden sheet's own name
      ['Ark1', '', 'error'],
      [`Skjult ${CPR_MASK}`, 'B2:B9', 'error'],
      ['', '', 'error'],
    ]);
    expect(issues[1]!.message.da).toMatch(/^Sidehovedet\/sidefoden på arket 'Ark1' indeholder/);
    expect(issues[1]!.message.en).toMatch(/^The header\/footer on the sheet 'Ark1' contains/);
    expect(issues[2]!.message.da).toMatch(/^Datavalideringen .* ved 'Skjult \[CPR fjernet\]'!B2:B9 /);
    expect(issues[2]!.message.da).toContain('Arket er skjult');
    expect(issues[3]!.message.da).toMatch(/^En zip-kommentar i filen indeholder/);
    expect(JSON.stringify(issues)).not.toMatch(/0101901234|101901234/);
  });

  it('a sheet name Excel also lists in TitlesOfParts, or an author also in the persons part, is one issue', () => {
    const g = grid(
      [sheet('Borger 0101901234', [], { comments: [{ r: 0, c: 0, text: 'x', author: 'Anna 0202901234' }] })],
      {
        textFindings: [
          { sheet: '', cell: '', kind: 'property', part: 'docProps/app.xml', name: 'TitlesOfParts' },
          { sheet: '', cell: '', kind: 'comment', part: 'xl/persons/person.xml' },
        ],
      },
    );
    expect(findCprNumbers(g).map((f) => f.where)).toEqual(['sheetName', 'comment']);
  });

  it('are not repeated where the grid found the same place itself', () => {
    const g = at(
      [
        { sheet: 'Ark1', cell: 'B2', kind: 'formula', part: 'xl/worksheets/sheet1.xml' },
        { sheet: 'Ark1', cell: 'C3', kind: 'formula', part: 'xl/worksheets/sheet1.xml' },
        { sheet: 'Ark1', cell: 'B2', kind: 'headerFooter', part: 'xl/worksheets/sheet1.xml' },
      ],
      [text(1, 1, '0101901234', { formula: true })],
    );
    const found = findCprNumbers(g).filter((f) => f.where !== 'sheetName');
    expect(found.map((f) => [f.cell, f.where, f.detail])).toEqual([
      ['B2', 'cell', 'formula'],
      ['C3', 'place', 'formula'],
      ['B2', 'place', 'headerFooter'],
    ]);
  });
});

describe('masking what the inspection returns', () => {
  it('maskCprDeep masks every string of a value, and numbers that lost their leading zero', () => {
    const value = {
      a: 'Borger 010190-1234',
      b: ['101901234', 'x 101901234 y', 12, true, null],
      c: { d: 'Tlf. 0101901234', e: '1.101901234', f: '1101901234567' },
    };
    expect(maskCprDeep(value)).toEqual({
      a: `Borger ${CPR_MASK}`,
      b: [CPR_MASK, `x ${CPR_MASK} y`, 12, true, null],
      c: { d: 'Tlf. 0101901234', e: '1.101901234', f: '1101901234567' },
    });
    expect(value.a).toBe('Borger 010190-1234'); // a copy: the input is untouched
  });

  it('masks sheet names, unmapped values and checks, and keeps the issues in workbook order', () => {
    const g = grid([
      sheet('Forside', [text(0, 0, 'Kommune'), text(0, 1, 'Aarhus')]),
      sheet('Borger 0101901234', [
        text(0, 0, 'Noter'),
        number(1, 0, 202901234),
        text(2, 0, 'Se 030390-1234'),
      ]),
      sheet('Sidst', [text(0, 0, 'x')]),
    ]);
    const out = inspectGrid(g, { today: '2026-06-01' });
    const json = JSON.stringify({ issues: out.issues, unmapped: out.unmapped, checks: out.checks });
    expect(json).not.toMatch(/0101901234|202901234|030390/);
    expect(out.plan).toBeNull();
    expect(out.unmapped.some((u) => u.sheet === `Borger ${CPR_MASK}`)).toBe(true);
    expect(out.unmapped.some((u) => u.value === CPR_MASK)).toBe(true);
    // The masked sheet's issues sit between Forside's and Sidst's, as the sheet does.
    const errors = out.issues.filter((i) => i.severity === 'error').map((i) => i.sheet);
    const masked = errors.indexOf(`Borger ${CPR_MASK}`);
    expect(masked).toBeGreaterThanOrEqual(0);
    expect(errors.slice(masked).every((s) => s === `Borger ${CPR_MASK}` || s === 'Sidst' || s === '')).toBe(
      true,
    );
  });

  it('masks the sheet every producer names: structuring and the rules alike', () => {
    const rows = (cells: string[][]) => cells.flatMap((row, r) => row.map((v, c) => text(r, c, v)));
    const g = grid([
      sheet(
        'Forside',
        rows([
          ['Kommune', 'Aarhus'],
          ['Periode', '2026-H2'],
        ]),
      ),
      sheet(
        'Plan 0101901234',
        rows([
          ['Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status', 'Deadline'],
          ['Ledelse', 'Møde', 'Anna', 'I gang', 'snart'],
          ['Ledelse', 'Møde 2', 'Anna', 'Hmm', '01.02.2026'],
        ]),
      ),
    ]);
    const out = inspectGrid(g, { today: '2026-06-01' });
    // Structuring itself names the sheet as it is called (its issues are masked on the way out).
    expect(out.structure.issues.map((i) => i.sheet)).toContain('Plan 0101901234');
    const onPlan = out.issues.filter((i) => i.sheet.startsWith('Plan'));
    expect(new Set(onPlan.map((i) => i.code))).toEqual(
      new Set([
        'cpr_number',
        'date_unreadable',
        'value_not_in_list',
        'theme_without_activity',
        'milestone_missing',
      ]),
    );
    expect(onPlan.every((i) => i.sheet === `Plan ${CPR_MASK}`)).toBe(true);
    expect(JSON.stringify(out.issues)).not.toMatch(/0101901234|101901234/);
    // In workbook order: Forside's errors before the plan sheet's.
    const errors = out.issues.filter((i) => i.severity === 'error').map((i) => i.sheet);
    expect(errors.indexOf('Forside')).toBeLessThan(errors.indexOf(`Plan ${CPR_MASK}`));
  });

  it('sortIssues knows a sheet by its masked name', () => {
    const g = grid([sheet('A'), sheet('Borger 0101901234'), sheet('C')]);
    const msg = { da: 'x', en: 'x' };
    const sorted = sortIssues(
      [
        issue('cpr_number', 'C', 'A1', msg),
        issue('cpr_number', `Borger ${CPR_MASK}`, 'A1', msg),
        issue('cpr_number', 'A', 'A1', msg),
      ],
      g,
    );
    expect(sorted.map((i) => i.sheet)).toEqual(['A', `Borger ${CPR_MASK}`, 'C']);
  });
});
