// Packages that are unusual but legitimate are read: an SVG picture as a drawing program wrote it
// (with a DOCTYPE naming the SVG DTD, which is never read). What stays refused: a DOCTYPE with
// declarations in a picture, and any DOCTYPE in the parts Excel writes.

import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { workbookZip, worksheet, type ZipItem } from '../../fixtures/hostile';

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
