// Packages that are unusual but legitimate are read: an SVG picture as a drawing program wrote it
// (with a DOCTYPE naming the SVG DTD, which is never read). What stays refused: a DOCTYPE with
// declarations in a picture, and any DOCTYPE in the parts Excel writes.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import { workbookZip, worksheet, type ZipItem } from '../../fixtures/hostile';
import { refusalOf } from './refusal';

const SHEETS = [
  { name: 'Ark1', xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>') },
];
const SVG_DOCTYPE =
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';

function svg(doctype: string, text: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${doctype}\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="9">${text}</text></svg>`;
}

function withPart(part: ZipItem, contentTypes = ''): Uint8Array {
  return workbookZip({ sheets: SHEETS, parts: [part], contentTypes });
}

function refusalCode(bytes: Uint8Array): string {
  try {
    readWorkbook(bytes);
    return 'accepted';
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
}

describe('an SVG picture with a DOCTYPE that only names the SVG DTD', () => {
  test('is read, by its name or by its content type', () => {
    expect(
      readWorkbook(withPart({ name: 'xl/media/image1.svg', data: svg(SVG_DOCTYPE, 'Ikon') })).textFindings,
    ).toBeUndefined();
    const byType = withPart(
      { name: 'xl/media/image2.bin', data: svg(SVG_DOCTYPE, 'Ikon') },
      '<Override PartName="/xl/media/image2.bin" ContentType="image/svg+xml"/>',
    );
    expect(refusalCode(byType)).toBe('accepted');
  });

  test('its text is still scanned', () => {
    const grid = readWorkbook(
      withPart({ name: 'xl/media/image1.svg', data: svg(SVG_DOCTYPE, 'Borger 2308991261') }),
    );
    expect(grid.textFindings).toHaveLength(1);
  });

  test('with declarations (entities) it is refused, as any DOCTYPE in a part Excel writes', () => {
    const entities = '<!DOCTYPE svg [<!ENTITY x "Borger">]>';
    expect(refusalCode(withPart({ name: 'xl/media/image1.svg', data: svg(entities, '&x;') }))).toBe(
      'xml_dtd',
    );
    const sheet = worksheet('').replace('<worksheet', `${SVG_DOCTYPE}<worksheet`);
    expect(refusalCode(workbookZip({ sheets: [{ name: 'Ark1', xml: sheet }] }))).toBe('xml_dtd');
    expect(refusalCode(withPart({ name: 'xl/notes.xml', data: svg(SVG_DOCTYPE, 'Ikon') }))).toBe('xml_dtd');
  });
});

describe('an XML part in the encoding its declaration names', () => {
  const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

  function sheetIn(encoding: string, text: string): Uint8Array {
    const xml =
      `<?xml version="1.0" encoding="${encoding}"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    return workbookZip({ sheets: [{ name: 'Ark1', xml: { name: '', data: latin1(xml) } }] });
  }

  test('ISO-8859-1 and windows-1252 are read (Danish letters as one byte each)', () => {
    for (const encoding of ['ISO-8859-1', 'windows-1252']) {
      expect(readWorkbook(sheetIn(encoding, 'Møde på Ærø, plan')).sheets[0]!.cells[0]!.v).toBe(
        'Møde på Ærø, plan',
      );
    }
  });

  test('a CPR number in such a part is found; an encoding the reader does not know is refused', () => {
    const issues = inspectBytes(sheetIn('ISO-8859-1', 'Borger på Ærø 0101901234'), {
      today: '2026-06-01',
    }).issues;
    expect(issues.filter((i) => i.code === 'cpr_number')).toHaveLength(1);
    const unknown = refusalOf(sheetIn('x-unknown-7', 'Plan'));
    expect(unknown.code).toBe('xml_invalid');
    expect(unknown.userMessage.en).toMatch(/unknown character encoding "x-unknown-7"/);
    // A '>' byte may be half a character in ISO-2022-JP: not read piece by piece, refused.
    expect(refusalOf(sheetIn('ISO-2022-JP', 'Plan')).userMessage.en).toMatch(/"iso-2022-jp" is not read/);
    // Latin-1 bytes declared as UTF-8 (or not declared) are still refused, naming the encoding.
    const wrong = refusalOf(sheetIn('UTF-8', 'Møde'));
    expect(wrong.code).toBe('xml_invalid');
    expect(wrong.userMessage.en).toMatch(/not UTF-8/);
  });
});
