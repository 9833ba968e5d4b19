// Hostile files, round 6: numbers as a package stores them outside the sheets. A chart's cache, a
// pivot cache (its items, its records, the least and greatest value of a field), a rich value, custom
// XML: a number there may be written with an exponent ("1.01901234E8", and short: "1.019E8",
// "101901E3"), and stands for the whole number it is. A CPR number typed into a number cell loses its
// leading zero (0101900000 → 101900000), and written so it holds no nine digits in a row. Each is
// read as the number; amounts in the same form pass. Text a person typed ("1.01901234E8" in a cell
// or a comment) is text: a reader sees a number in scientific notation there, not a CPR number.

import { inspectBytes } from '../../../core/inspect';
import { styles, withChart, withPivot, withStyles, zip } from '../../fixtures/cprPlaces';
import { escapeXml, workbookZip, worksheet } from '../../fixtures/hostile';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const FIRST_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';

function inspect(bytes: Uint8Array): { cpr: string[]; json: string } {
  const r = inspectBytes(bytes, { today: '2026-12-05' });
  const found = r.issues.filter((i) => i.code === 'cpr_number');
  if (found.length > 0) expect(r.plan).toBeNull();
  return {
    cpr: found.map((i) => i.message.en),
    json: JSON.stringify({ issues: r.issues, unmapped: r.unmapped, textFindings: r.grid.textFindings }),
  };
}

const chart = (value: string): Uint8Array => zip(withChart('', 'Serie 1', { format: 'General', value }));

/** A pivot cache whose field has the given shared items and attributes on <sharedItems>, and records. */
function pivot(items: string, attrs = '', records?: string): Uint8Array {
  const spec = withPivot(items, records);
  return zip({
    ...spec,
    parts: (spec.parts ?? []).map((p) =>
      typeof p.data === 'string'
        ? { ...p, data: p.data.replace('<sharedItems>', `<sharedItems${attrs}>`) }
        : p,
    ),
  });
}

/** A rich value part (xl/richData: the values of a linked data type or an IMAGE cell). */
function richValue(value: string): Uint8Array {
  return workbookZip({
    sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
    workbookRels:
      '<Relationship Id="rIdRv" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue" Target="richData/rdrichvalue.xml"/>',
    contentTypes:
      '<Override PartName="/xl/richData/rdrichvalue.xml" ContentType="application/vnd.ms-excel.rdrichvalue+xml"/>',
    parts: [
      {
        name: 'xl/richData/rdrichvalue.xml',
        data: `${DECL}<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"><rv s="0"><v>${value}</v><v>5</v></rv></rvData>`,
      },
    ],
  });
}

function inTextCell(text: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(`${FIRST_ROW}<row r="2"><c r="B2" t="inlineStr"><is><t>${text}</t></is></c></row>`),
      },
    ],
  });
}

describe('a number written with an exponent is the whole number it stands for', () => {
  test.each([
    ["a chart's number cache, short (0101900000 without its zero)", () => chart('1.019E8')],
    ["a chart's number cache, the mantissa not normalised", () => chart('1019E5')],
    ['a pivot cache record, short', () => pivot('<s v="Navn"/>', '', '<r><n v="1.019E8"/></r>')],
    [
      "a pivot cache field's least value",
      () => pivot('<n v="5"/>', ' containsNumber="1" minValue="1.01901234E8"'),
    ],
    [
      "a pivot cache field's greatest value, short",
      () => pivot('<n v="5"/>', ' containsNumber="1" maxValue="101901E3"'),
    ],
    ['a rich value', () => richValue('1.01901234E8')],
    ['a rich value, short, with a sign and an exponent sign', () => richValue('+1.019E+08')],
  ])('%s: a CPR number, never quoted', (_where, build) => {
    const r = inspect(build());
    expect(r.cpr).toHaveLength(1);
    expect(r.json).not.toMatch(/1\.?019|101900000|101901000|0101901234/);
  });

  test('controls: amounts and counts in the same form pass', () => {
    expect(inspect(chart('1.5E8')).cpr).toEqual([]); // 150,000,000: no day 01 of month 50
    expect(inspect(chart('2.026E3')).cpr).toEqual([]);
    expect(inspect(pivot('<n v="5"/>', ' containsNumber="1" minValue="2.5E3" maxValue="1.5E8"')).cpr).toEqual(
      [],
    );
    expect(inspect(pivot('<s v="Navn"/>', '', '<r><n v="1.3E9"/></r>')).cpr).toEqual([]); // month 00
    expect(inspect(richValue('3.2E9')).cpr).toEqual([]);
  });

  test('text a person typed in scientific notation is text, not a number that lost its zero', () => {
    expect(inspect(inTextCell('1.01901234E8')).cpr).toEqual([]);
  });
});

/**
 * A pivot cache holding 150190 whose field, or the pivot table's data field, is shown in the number
 * format 164 (the styles' own), here 000000"-1262": Excel shows 150190-1262 when it refreshes the
 * table (on opening, with refreshOnLoad), though no part holds the number whole.
 */
function pivotShown(
  format: string,
  where: 'cacheField' | 'dataField',
  value = '150190',
  item = `<n v="${value}"/>`,
): Uint8Array {
  const spec = withPivot(item, `<r><x v="0"/></r>`);
  const numFmts = `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(format)}"/></numFmts>`;
  const table =
    `${DECL}<pivotTableDefinition xmlns="${NS_MAIN}" name="Pivot1" cacheId="1" dataCaption="Værdier"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    '<pivotFields count="1"><pivotField dataField="1" showAll="0"/></pivotFields>' +
    `<dataFields count="1"><dataField name="Sum" fld="0" baseField="0" baseItem="0"${where === 'dataField' ? ' numFmtId="164"' : ''}/></dataFields></pivotTableDefinition>`;
  return zip(
    withStyles(
      {
        ...spec,
        parts: [
          ...(spec.parts ?? []).map((p) =>
            typeof p.data === 'string' && where === 'cacheField'
              ? { ...p, data: p.data.replace('numFmtId="0"', 'numFmtId="164"') }
              : p,
          ),
          { name: 'xl/pivotTables/pivotTable1.xml', data: table },
        ],
        contentTypes: `${spec.contentTypes ?? ''}<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>`,
      },
      styles(numFmts, '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'),
    ),
  );
}

describe("a pivot cache's numbers shown through the number format of its field or data field", () => {
  test.each([
    ["the cache field's format", 'cacheField' as const],
    ["the pivot table's data field's format", 'dataField' as const],
  ])('%s with literal digits completes a CPR number: found, never quoted', (_what, where) => {
    const r = inspect(pivotShown('000000"-1262"', where));
    expect(r.cpr).toEqual([expect.stringMatching(/pivot/i)]);
    expect(r.json).not.toMatch(/150190|1262/);
  });

  test('a date item shown through a date format with literal digits (ddmmyy"-1262"): found, never quoted', () => {
    const r = inspect(pivotShown('ddmmyy"-1262"', 'cacheField', '', '<d v="1990-01-15T00:00:00"/>'));
    expect(r.cpr).toEqual([expect.stringMatching(/pivot/i)]);
    expect(r.json).not.toMatch(/150190|1262/);
    // Control: the same date in a format whose literal makes no CPR number of it.
    expect(
      inspect(pivotShown('dd.mm.yy" kl. 10"', 'cacheField', '', '<d v="1990-01-15T00:00:00"/>')).cpr,
    ).toEqual([]);
  });

  test('controls: a format with a literal year, and a number the format makes no CPR number of', () => {
    expect(inspect(pivotShown('0" timer i 2026"', 'dataField')).cpr).toEqual([]);
    expect(inspect(pivotShown('000000"-1262"', 'cacheField', '5')).cpr).toEqual([]);
  });
});
