// CPR numbers that only appear as the workbook is shown (hostile files, round 4): a number cell
// whose format writes the rest of the number as literal digits (150190 formatted 000000"-1234"
// shows 150190-1234; a date formatted dd.mm.yy"-1234"), a header whose digits are parted only by
// a colour or style code (Excel shows them run together), and separators a reader takes for a
// dash or a dot (a middle dot, a bullet, an em dash, a fullwidth hyphen). Controls beside each:
// what a plan really holds must pass.

import { inspectBytes } from '../../../core/inspect';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import { workbookZip, worksheet, type WorkbookSpec } from '../../fixtures/hostile';
import { refusalOf } from './refusal';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A workbook with one number cell B2 in the given number format (the format written as Excel keeps
 * it), or a cell of another kind (`cell`: B2's attributes and content after s="1").
 */
function formatted(value: string, formatCode: string, cell?: string): Uint8Array {
  const styles =
    `${DECL}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeAttr(formatCode)}"/></numFmts>` +
    '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const spec: WorkbookSpec = {
    sheets: [{ name: 'Ark1', xml: worksheet(row(2, `<c r="B2" s="1"${cell ?? `><v>${value}</v>`}</c>`)) }],
    parts: [{ name: 'xl/styles.xml', data: styles }],
    workbookRels: `<Relationship Id="rIdSt" Type="${REL}/styles" Target="styles.xml"/>`,
    contentTypes: `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
  };
  return workbookZip(spec);
}

function cprMessages(bytes: Uint8Array): string[] {
  const r = inspectBytes(bytes, { today: '2026-12-04' });
  const found = r.issues.filter((i) => i.code === 'cpr_number');
  for (const i of found) {
    expect(`${i.message.en} ${i.message.da}`).not.toMatch(/150190|1234/);
  }
  if (found.length > 0) expect(r.plan).toBeNull();
  return found.map((i) => i.message.en);
}

describe('a number cell that shows a CPR number through the literal digits of its format', () => {
  test.each([
    ['quoted', '150190', '000000"-1234"'],
    ['escaped digit by digit', '150190', '000000\\-\\1\\2\\3\\4'],
    ['the date part literal, the serial the number', '1234', '"150190-"0000'],
    ['a date serial shown dd.mm.yy then a literal serial', '32888', 'dd\\.mm\\.yy"-1234"'],
    ['a date shown ddmmyy then a literal serial (after a colour)', '32888', '[Blue]ddmmyy"1234"'],
  ])('%s (%s in %s) is found at its cell', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code))).toEqual([
      expect.stringMatching(/^Cell 'Ark1'!B2 contains something that looks like a CPR number/),
    ]);
  });

  test.each([
    ['a phone number with its country code', '12345678', '"+45 "00 00 00 00'],
    ['a year after a label', '2026', '"Plan "0000'],
    ['an amount with literal digits that make no date', '150190', '#,##0" kr. (2026)"'],
    ['a date with a literal year range', '46023', 'dd.mm.yyyy" 2026-2027"'],
    ['no literal digit (not rendered)', '150190', '000000" stk."'],
    ['a count grouped in thousands', '1812851043', '#,##0" stk. (2026)"'],
  ])('control: %s (%s in %s) passes', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code))).toEqual([]);
  });
});

describe("a text cell that shows a CPR number through its format's text section", () => {
  const text = (t: string): string => ` t="inlineStr"><is><t>${t}</t></is>`;
  test.each([
    ['the date part before @', '1234', '"150190-"@'],
    ['the serial after @', '150190', '@"-1234"'],
    ['in the fourth section', '901234', '0;-0;0;"1501"@'],
    ['escaped digit by digit', '901234', '\\1\\5\\0\\1@'],
  ])('%s (%s in %s) is found at its cell', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code, text(value)))).toEqual([
      expect.stringMatching(/^Cell 'Ark1'!B2 contains something that looks like a CPR number/),
    ]);
  });

  test("a formula's text result too", () => {
    const cell = ' t="str"><f>"15"&amp;"0190"</f><v>150190</v>';
    expect(cprMessages(formatted('', '@"-1234"', cell))).toHaveLength(1);
  });

  test.each([
    ['a label and a year around the text', '150190', '"Sag "@" (2026)"'],
    ['a number section with literal digits, text shown as it is', '150190', '000000"-1234";;0'],
    ['the text section of a phone format', '12 34 56 78', '"+45 "@'],
  ])('control: %s (%s in %s) passes', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code, text(value)))).toEqual([]);
  });
});

/** B2 (its attributes and content) under a conditional format whose style (a dxf) has the given number format. */
function conditionallyFormatted(cell: string, formatCode: string, ...more: string[]): Uint8Array {
  const dxfs = [formatCode, ...more]
    .map((code, k) => `<dxf><numFmt numFmtId="${165 + k}" formatCode="${escapeAttr(code)}"/></dxf>`)
    .join('');
  const styles =
    `${DECL}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>` +
    '<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0"/></cellXfs>' +
    `<dxfs count="${1 + more.length}">${dxfs}</dxfs></styleSheet>`;
  const rule =
    '<conditionalFormatting sqref="B2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">' +
    '<formula>0</formula></cfRule></conditionalFormatting>';
  return workbookZip({
    sheets: [{ name: 'Ark1', xml: worksheet(row(2, `<c r="B2"${cell}</c>`), rule) }],
    parts: [{ name: 'xl/styles.xml', data: styles }],
    workbookRels: `<Relationship Id="rIdSt" Type="${REL}/styles" Target="styles.xml"/>`,
    contentTypes: `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
  });
}

describe('a conditional format that shows a cell through a number format with literal digits', () => {
  test.each([
    ['a number cell', '><v>150190</v>', '000000"-1234"'],
    ['a text cell', ' t="inlineStr"><is><t>1234</t></is>', '"150190-"@'],
  ])('%s is found at its cell', (_kind, cell, code) => {
    expect(cprMessages(conditionallyFormatted(cell, code))).toEqual([
      expect.stringMatching(
        /^The conditional format at 'Ark1'!B2 contains something that looks like a CPR number/,
      ),
    ]);
  });

  test('control: a format with a literal year that makes no CPR number passes', () => {
    expect(cprMessages(conditionallyFormatted('><v>150190</v>', '0" (2026)"'))).toEqual([]);
  });

  test('more such formats than are judged (each costs a look at every cell): refused, naming the styles', () => {
    const codes = ['0" (2021)"', '0" (2022)"', '0" (2023)"', '0" (2024)"', '0" (2025)"'];
    const [first, ...rest] = codes as [string, ...string[]];
    const err = refusalOf(conditionallyFormatted('><v>150190</v>', first, ...rest));
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toContain('xl/styles.xml');
    // Four are judged.
    expect(cprMessages(conditionallyFormatted('><v>150190</v>', first, ...rest.slice(0, 3)))).toEqual([]);
  });
});

describe('a negative number cell: its digits are shown, with a sign or through a second section', () => {
  test.each([
    ['General, ten digits', '-1501901234', 'General'],
    ['nine digits, both sections padded to ten', '-101901234', '0000000000;0000000000'],
    ['the serial a literal of the second section', '-150190', '0;000000"-1234"'],
  ])('%s (%s in %s) is found at its cell', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code))).toHaveLength(1);
  });

  test.each([
    ['a six-digit negative amount', '-150190', 'General'],
    ['a negative shown through a second section without literal digits', '-150190', '0"-1234";-0'],
  ])('control: %s (%s in %s) passes', (_kind, value, code) => {
    expect(cprMessages(formatted(value, code))).toEqual([]);
  });
});

describe('a header or footer whose digits are parted only by a colour, font or style code', () => {
  const header = (text: string): Uint8Array =>
    workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            row(1, ''),
            `<headerFooter><oddHeader>${escapeAttr(text)}</oddHeader></headerFooter>`,
          ),
        },
      ],
    });

  test.each([
    ['a colour', '&L1501&K00000090-1234'],
    ['a font', '&C150190&"Arial,Bold"-1234'],
    ['bold and underline', '&R15&B01&U90-1234'],
  ])('%s between the digits: found', (_kind, text) => {
    expect(cprMessages(header(text))).toEqual([
      expect.stringMatching(/^The header\/footer on the sheet 'Ark1' contains/),
    ]);
  });

  test.each([
    ['a font name of its own', '&C&"150190-1234"Plan'],
    ['a font name before the style', '&L&"Borger 1501901234,Bold"Plan &P'],
    ['a colour code that runs into the text (colour 150190, text 1234)', '&CPlan &K1501901234'],
  ])('%s holding the number, stored though not shown: found', (_kind, text) => {
    expect(cprMessages(header(text))).toEqual([
      expect.stringMatching(/^The header\/footer on the sheet 'Ark1' contains/),
    ]);
  });

  test('control: a colour code between a year range, and page fields', () => {
    expect(cprMessages(header('&LPlan 2026&K000000-2027&RSide &P af &N'))).toEqual([]);
    expect(cprMessages(header('&L&"Arial 2026,Bold"Plan&R&"Times"2027 &P'))).toEqual([]);
  });
});

describe('separators a reader takes for a dash or a dot', () => {
  test.each(['150190·1234', '150190•1234', '150190—1234', '150190‒1234', '150190－1234', '150190 — 1234'])(
    '%s is a CPR number, found in a cell and masked in output',
    (text) => {
      expect(containsCpr(text)).toBe(true);
      expect(maskCpr(`Borger ${text}`)).toBe('Borger [CPR fjernet]');
      const bytes = workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(row(2, `<c r="B2" t="inlineStr"><is><t>Borger ${text}</t></is></c>`)),
          },
        ],
      });
      expect(cprMessages(bytes)).toHaveLength(1);
    },
  );

  test('in a data validation error text too', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            row(1, ''),
            '<dataValidations count="1"><dataValidation type="whole" sqref="A1" error="Borger 150190·1234"><formula1>1</formula1></dataValidation></dataValidations>',
          ),
        },
      ],
    });
    expect(cprMessages(bytes)).toHaveLength(1);
  });

  test.each(['150190,1234', 'Uge 15·2026 · 1234', '2026·2027', '12·34·56·78'])(
    'control: %s is no CPR number',
    (text) => {
      expect(containsCpr(text)).toBe(false);
    },
  );
});
