// DrawingML chart parts for the summary (exceljs cannot make charts): one chartN.xml per chart and
// one drawingN.xml per sheet that anchors them. Each series refers to its cells on the sheet and
// carries a cache of the values, so Excel and LibreOffice show it before any recalculation. Only
// numbers are plotted: a blank or hidden figure is left out of the cache (a gap, never a point).

import { PALETTE } from '../../core/document/palette';
import type { ChartPart } from './render';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rich(text: string, size: number, bold: boolean, lang: string): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="${size}"${b}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function txPr(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const CAT_AXIS = 500_100;
const VAL_AXIS = 500_200;

/** The chart part (xl/charts/chartN.xml). */
export function chartXml(part: ChartPart, lang: 'da' | 'en'): string {
  const { chart } = part;
  const language = lang === 'da' ? 'da-DK' : 'en-GB';
  const format = chart.percent ? '0%' : '#,##0';
  const horizontal = chart.kind === 'bar';
  const series = part.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlEscape(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        part.mutedPoints
          .map(
            (idx) =>
              `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${PALETTE.aside}"/></a:solidFill></c:spPr></c:dPt>`,
          )
          .join('') +
        `<c:cat><c:strRef><c:f>${xmlEscape(part.categoriesRef)}</c:f>${strCache(part.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(s.valuesRef)}</c:f>${numCache(s.values, format)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join('');
  const scaling = chart.percent
    ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    : '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>';
  // Horizontal bars list categories top-down (the table's order) by reversing the category axis.
  const catScaling = `<c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>`;
  const dataLabels =
    part.series.length === 1 && !chart.percent
      ? `<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(900)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
      : '';
  const legend =
    part.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(900)}</c:legend>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${language}"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx>${rich(chart.title, 1200, true, language)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/>` +
    `<c:grouping val="${chart.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series +
    dataLabels +
    `<c:gapWidth val="${horizontal ? 40 : 60}"/>` +
    (chart.stacked ? '<c:overlap val="100"/>' : '') +
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/>${catScaling}<c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(900)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/>${scaling}<c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="${PALETTE.rule}"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(900)}` +
    // Horizontal bars with a reversed category axis: the value axis crosses at the far end, so it sits at the bottom.
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:plotArea>` +
    legend +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE.white}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${PALETTE.rule}"/></a:solidFill></a:ln></c:spPr>` +
    txPr(1000) +
    `</c:chartSpace>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml) anchoring one chart per relationship id. */
export function drawingXml(parts: readonly { part: ChartPart; relId: string }[]): string {
  const anchors = parts
    .map(({ part, relId }, i) => {
      const a = part.chart.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.col + a.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(`Diagram ${i + 1}`)}" descr="${xmlEscape(part.chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors}</xdr:wsDr>`
  );
}
