// CPR door, round 7: forms of the number the earlier rounds did not read. Letter-spaced digits
// ("0 1 0 1 9 0 - 1 2 3 4", as spaced lettering copied out of a PDF gives them) are one number to a
// reader, in any text of the workbook; a row of spaced digits longer than ten, pairs (a phone
// number's way) and ten spaced digits that are no date are not.

import { inspectBytes } from '../../../core/inspect';
import { redactText } from '../../../core/redact';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import { escapeXml, workbookZip, worksheet } from '../../fixtures/hostile';

const FIRST_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';

function cellIssues(text: string): string[] {
  const bytes = workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          `${FIRST_ROW}<row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c></row>`,
        ),
      },
    ],
  });
  const r = inspectBytes(bytes, { today: '2026-12-05' });
  return r.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message.en);
}

describe('letter-spaced digits', () => {
  const SPACED: readonly (readonly [string, string])[] = [
    ['with a dash between date and serial', 'Borger 0 1 0 1 9 0 - 1 2 3 4'],
    ['without a separator', 'Borger 0 1 0 1 9 0 1 2 3 4'],
    ['with a slash', '0 1 0 1 9 0 / 1 2 3 4'],
    [
      'with no-break spaces',
      'Borger 0\u00a01\u00a00\u00a01\u00a09\u00a00\u00a0-\u00a01\u00a02\u00a03\u00a04',
    ],
    ['in full-width digits', 'Borger ０ １ ０ １ ９ ０ - １ ２ ３ ４'],
    ['at the end of a longer text', 'Husk at ringe til borgeren med nummer 0 1 0 1 9 0 - 1 2 3 4'],
  ];

  test.each(SPACED)('%s: found in a cell and masked wherever it is printed', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(cellIssues(text)).toEqual([expect.stringMatching(/^Cell 'Ark1'!B2 contains/)]);
    expect(maskCpr(text)).toContain('[CPR fjernet]');
    expect(redactText(text)).not.toMatch(/[0-9０-９](?:\s[0-9０-９]){5}/);
  });

  test('in a comment, read by the scan of the package', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(FIRST_ROW),
          rels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>`,
        },
      ],
      contentTypes:
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
      parts: [
        {
          name: 'xl/comments1.xml',
          data:
            '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>K</author></authors>' +
            '<commentList><comment ref="B2" authorId="0"><text><t>Borger 0 1 0 1 9 0 - 1 2 3 4</t></text></comment></commentList></comments>',
        },
      ],
    });
    const r = inspectBytes(bytes, { today: '2026-12-05' });
    const cpr = r.issues.filter((i) => i.code === 'cpr_number');
    expect(cpr).toHaveLength(1);
    expect(cpr[0]!.message.en).toMatch(/comment .*'Ark1'!B2/);
  });

  test.each([
    ['a row of twelve monthly counts', 'Forløb pr. måned: 1 3 0 3 9 1 2 3 4 5 0 2'],
    ['eleven spaced digits, the last ten a CPR number', 'Svar: 5 0 1 0 1 9 0 1 2 3 4'],
    ['ten spaced digits that are no date', 'Point: 1 2 3 4 5 6 7 8 9 0'],
    ['a phone number letter-spaced', 'Tlf. 2 0 1 2 3 4 5 6'],
    ['a phone number in pairs', 'Tlf. 20 12 34 56'],
    ['pairs after a date (no CPR number has them)', '01 01 90 12 34'],
    ['two spaces part the digits', '0  1  0  1  9  0  1  2  3  4'],
  ])('control: %s is not one', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(cellIssues(text)).toEqual([]);
  });
});
