// A number alone as the text a reader sees on a drawing: a text box or shape whose whole text is
// the number, a chart's title, data label or typed series name, a VML text box or WordArt, a
// shape's alternative text; and a chart's number shown through a data label's or an axis's format.
// Whole numbers in drawings and charts are mostly measurements and ids (offsets in EMU, axis ids),
// which pass; the text shown on them is text, and a CPR number there is refused, naming the place,
// without the number.

import { inspectBytes } from '../../../core/inspect';
import { containsCpr } from '../../../core/validate/cpr';
import { escapeXml, rels, workbookZip, worksheet, type WorkbookSpec } from '../../fixtures/hostile';
import { refusalOf } from './refusal';

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FIRST_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A drawing with one object anchored at D5 (its offsets given, EMU). */
function withDrawing(
  object: string,
  more: WorkbookSpec['parts'] = [],
  contentTypes = '',
  colOff = '0',
): WorkbookSpec {
  const anchor =
    `<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    '<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    `${object}<xdr:clientData/></xdr:twoCellAnchor>`;
  return {
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(FIRST_ROW, '<drawing r:id="rId1"/>'),
        rels: rels([['rId1', 'drawing', '../drawings/drawing1.xml']]),
      },
    ],
    contentTypes: `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT_DRAWING}"/>${contentTypes}`,
    parts: [
      {
        name: 'xl/drawings/drawing1.xml',
        data: `${DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:c="${NS_C}">${anchor}</xdr:wsDr>`,
      },
      ...(more ?? []),
    ],
  };
}

function shape(attrs: string, text?: string, offset = '0'): string {
  const body =
    text === undefined ? '' : `<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></xdr:txBody>`;
  return (
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstboks 1"${attrs}/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="${offset}" y="${offset}"/><a:ext cx="${offset}" cy="952500"/></a:xfrm></xdr:spPr>${body}</xdr:sp>`
  );
}

const rich = (text: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></c:rich></c:tx>`;

/**
 * A bar chart: its title, one series (its name, data labels and their number formats, its one
 * value), its axes (the value axis's number format).
 */
function withChart(parts: {
  title?: string;
  seriesName?: string;
  label?: string;
  axisId?: string;
  labelFormats?: readonly string[];
  axisFormat?: string;
  value?: string;
}): WorkbookSpec {
  const axisId = parts.axisId ?? '1';
  const numFmt = (code: string): string => `<c:numFmt formatCode="${escapeXml(code)}" sourceLinked="0"/>`;
  const labelFormats = (parts.labelFormats ?? [])
    .map((f, k) => `<c:dLbl><c:idx val="${k}"/>${numFmt(f)}<c:showVal val="1"/></c:dLbl>`)
    .join('');
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    (parts.seriesName === undefined ? '' : `<c:tx><c:v>${parts.seriesName}</c:v></c:tx>`) +
    (parts.label === undefined
      ? ''
      : `<c:dLbls><c:dLbl><c:idx val="0"/>${rich(parts.label)}</c:dLbl></c:dLbls>`) +
    (labelFormats === '' ? '' : `<c:dLbls>${labelFormats}</c:dLbls>`) +
    '<c:val><c:numRef><c:f>Ark1!$B$2</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="1"/>' +
    `<c:pt idx="0"><c:v>${parts.value ?? '5'}</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>`;
  const axis =
    parts.axisFormat === undefined
      ? ''
      : `<c:valAx><c:axId val="2"/>${numFmt(parts.axisFormat)}<c:crossAx val="${axisId}"/></c:valAx>`;
  const chart =
    `${DECL}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:chart>` +
    (parts.title === undefined ? '' : `<c:title>${rich(parts.title)}</c:title>`) +
    `<c:plotArea><c:barChart><c:barDir val="col"/>${series}<c:axId val="${axisId}"/><c:axId val="2"/></c:barChart>${axis}</c:plotArea></c:chart></c:chartSpace>`;
  const frame =
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return withDrawing(
    frame,
    [
      {
        name: 'xl/drawings/_rels/drawing1.xml.rels',
        data: rels([['rId1', 'chart', '../charts/chart1.xml']]),
      },
      { name: 'xl/charts/chart1.xml', data: chart },
    ],
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT_CHART}"/>`,
  );
}

/** A legacy (VML) shape: its attributes, its content, and a form control's value. */
function vml(attrs: string, content: string, value = '0'): WorkbookSpec {
  const shapes =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute"${attrs}>${content}` +
    `<x:ClientData ObjectType="Spin"><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:Val>${value}</x:Val></x:ClientData></v:shape></xml>`;
  return {
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(FIRST_ROW, '<legacyDrawing r:id="rId1"/>'),
        rels: rels([['rId1', 'vmlDrawing', '../drawings/vmlDrawing1.vml']]),
      },
    ],
    contentTypes:
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    parts: [{ name: 'xl/drawings/vmlDrawing1.vml', data: shapes }],
  };
}

function inspect(spec: WorkbookSpec): { json: string; cpr: string[] } {
  const result = inspectBytes(workbookZip(spec), { today: '2026-06-01' });
  const json = JSON.stringify({
    plan: result.plan,
    issues: result.issues,
    unmapped: result.unmapped,
    checks: result.checks,
    textFindings: result.grid.textFindings,
  });
  return { json, cpr: result.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message.en) };
}

describe('a CPR number alone as the text shown on a drawing or chart is refused', () => {
  test.each([
    [
      "a text box's whole text, ten digits",
      withDrawing(shape('', '0302851251')),
      /text box or shape at 'Ark1'!D5/,
    ],
    [
      "a text box's whole text, nine that lost their zero",
      withDrawing(shape('', '403861252')),
      /text box or shape/,
    ],
    [
      "a shape's alternative text",
      withDrawing(shape(' descr="0504871253"')),
      /alternative text .* at 'Ark1'!D5/,
    ],
    ["a shape's title", withDrawing(shape(' title="0605881254"')), /alternative text/],
    ["a chart's title", withChart({ title: '0706891255' }), /chart/],
    ['a data label typed on a chart', withChart({ label: '0807901256' }), /chart/],
    ['a series name typed in (not from a cell)', withChart({ seriesName: '0908911257' }), /chart/],
    // The shape's ClientData says it is a form control (a spin button): named as one (round 7).
    ['a VML text box', vml('', '<v:textbox><div>1009921258</div></v:textbox>'), /^A form control /],
    ["a VML shape's alt text", vml(' alt="1110931259"', ''), /alternative text/],
    ["a VML shape's title", vml(' o:title="1211941260"', ''), /alternative text/],
    ['a VML WordArt string', vml('', '<v:textpath string="1312951261"/>'), /drawing/],
  ])('%s', (_what, spec, place) => {
    const { json, cpr } = inspect(spec);
    expect(cpr).toHaveLength(1);
    expect(cpr[0]).toMatch(place);
    expect(containsCpr(json)).toBe(false);
  });
});

describe('whole numbers that are measurements and ids pass, though they read as a CPR number', () => {
  test.each([
    [
      "a shape's offsets and size (EMU), with text beside",
      withDrawing(shape('', 'Mentorer', '1503901234'), [], '', '1503901234'),
    ],
    ["a chart's axis id", withChart({ title: 'Forløb', axisId: '1503901234' })],
    ["a VML spinner's value", vml('', '<v:textbox><div>Antal</div></v:textbox>', '1503901234')],
    ['a number alone on a text box that is no date', withDrawing(shape('', '1234567890'))],
  ])('%s', (_what, spec) => {
    expect(inspect(spec).cpr).toEqual([]);
  });
});

describe("a chart's numbers shown through a data label's or an axis's number format with literal digits", () => {
  test.each([
    ["a data label's format", withChart({ value: '140387', labelFormats: ['000000"-1262"'] })],
    ["the value axis's format", withChart({ value: '150488', axisFormat: '000000"-1263"' })],
  ])('%s completing a CPR number: found', (_what, spec) => {
    const { json, cpr } = inspect(spec);
    expect(cpr).toEqual([expect.stringMatching(/^A chart .* on the sheet 'Ark1' contains/)]);
    expect(containsCpr(json)).toBe(false);
  });

  test('control: a label format with a literal year passes', () => {
    expect(inspect(withChart({ value: '140387', labelFormats: ['0" (2026)"'] })).cpr).toEqual([]);
  });

  test('more such formats than are judged: refused, naming the chart', () => {
    const formats = ['0" (2021)"', '0" (2022)"', '0" (2023)"', '0" (2024)"', '0" (2025)"'];
    const err = refusalOf(workbookZip(withChart({ value: '5', labelFormats: formats })));
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toContain('xl/charts/chart1.xml');
    expect(inspect(withChart({ value: '5', labelFormats: formats.slice(0, 4) })).cpr).toEqual([]);
  });
});
