// Realistic Danish workbooks for the grid tests, written with exceljs (trusted test code), and a
// helper to add by hand what exceljs cannot write (a chart, custom properties, threaded comments).

import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export async function written(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Unzips, lets `edit` change the parts (text in, text out), zips again. */
export function patched(
  bytes: Uint8Array,
  edit: (parts: Map<string, string | Uint8Array>) => void,
  level: 0 | 6 = 6,
): Uint8Array {
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    parts.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : data);
  }
  edit(parts);
  const out: Zippable = {};
  for (const [name, data] of parts) out[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(out, { mtime: new Date(Date.UTC(2026, 0, 1)), level });
}

export function text(parts: Map<string, string | Uint8Array>, name: string): string {
  const part = parts.get(name);
  if (typeof part !== 'string') throw new Error(`no XML part ${name}`);
  return part;
}

/** Adds a relationship to a .rels part (creating it when missing). */
export function addRel(parts: Map<string, string | Uint8Array>, relsPath: string, rel: string): void {
  const existing = parts.get(relsPath);
  parts.set(
    relsPath,
    typeof existing === 'string'
      ? existing.replace('</Relationships>', `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
}

export function addContentType(parts: Map<string, string | Uint8Array>, override: string): void {
  parts.set(
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace('</Types>', `${override}</Types>`),
  );
}

// A 1×1 transparent PNG.
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const THEMES = [
  'Ledelse',
  'Kommunikation',
  'Inddragelse',
  'Arbejdsproces og kultur',
  'Organisering, roller og ansvar',
];
const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'];

/** A plan as a coordinator keeps it: title over the header, Danish dates, a table, notes, links. */
export function danishPlan(rows = 12): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Mette Sørensen';
  wb.lastModifiedBy = 'Jørgen Ærø';
  wb.title = 'Implementeringsplan for Aarhus Kommune';
  wb.subject = 'Mentor- og forældrecoachindsatsen';
  wb.company = 'Aarhus Kommune';
  wb.created = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
  wb.modified = new Date(Date.UTC(2026, 2, 1, 12, 30, 0));

  const forside = wb.addWorksheet('Forside');
  forside.mergeCells('A1:D1');
  forside.getCell('A1').value = 'Implementeringsplan – Aarhus Kommune';
  forside.getCell('A3').value = 'Kommune';
  forside.getCell('B3').value = 'Aarhus';
  forside.getCell('B3').note = {
    texts: [{ text: 'Kommunekode 751' }],
    margins: { insetmode: 'auto' },
  };
  forside.getCell('A4').value = 'Periode';
  forside.getCell('B4').value = '2026-H1';
  forside.getCell('A5').value = 'Koordinator';
  forside.getCell('B5').value = { text: 'Mette Sørensen', hyperlink: 'mailto:mette.soerensen@aarhus.dk' };
  forside.getCell('A6').value = 'Vejledning';
  forside.getCell('B6').value = {
    text: 'Korpsets side',
    hyperlink: 'https://example.dk/korps?side=plan&sprog=da',
  };
  forside.getCell('A7').value = 'Antal mentorer';
  forside.getCell('B7').value = 12;
  forside.getCell('A8').value = 'Godkendt af ledelsen';
  forside.getCell('B8').value = true;
  forside.getCell('A9').value = 'Fejl';
  forside.getCell('B9').value = { error: '#N/A' };
  forside.getCell('A10').value = 'Opdateret';
  forside.getCell('B10').value = new Date(Date.UTC(2026, 2, 15));
  forside.getCell('B10').numFmt = 'mm-dd-yy'; // built-in format 14

  const plan = wb.addWorksheet('Implementeringsplan');
  plan.mergeCells('A1:I1');
  plan.getCell('A1').value = 'Aktiviteter 2026';
  const header = [
    'Start',
    'Frist',
    'Tema',
    'Aktivitet',
    'Milepæl',
    'Ansvarlig',
    'Status',
    'Timer',
    'Timer i alt',
  ];
  const body: ExcelJS.CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    body.push([
      new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      new Date(Date.UTC(2026, (i + 2) % 12, 1 + (i % 28))),
      THEMES[i % THEMES.length]!,
      i === 0
        ? { richText: [{ text: 'Opstart ', font: { bold: true } }, { text: 'med ledelsen på Ærø' }] }
        : `Aktivitet ${i + 1}: møde med forældre og mentorer`,
      i % 3 === 0 ? null : `Milepæl ${i + 1}`,
      i % 2 === 0 ? 'Tovholder Søren' : 'Koordinatoren',
      STATUSES[i % STATUSES.length]!,
      i + 0.5,
      { formula: `H${i + 4}*2`, result: (i + 0.5) * 2 },
    ]);
  }
  plan.addTable({
    name: 'Aktiviteter',
    ref: 'A3',
    headerRow: true,
    columns: header.map((name) => ({ name })),
    rows: body,
  });
  plan.getColumn(1).numFmt = 'dd-mm-yyyy';
  plan.getColumn(2).numFmt = 'dd-mm-yyyy';
  for (let r = 4; r < 4 + rows; r++) {
    plan.getCell(`A${r}`).numFmt = 'dd-mm-yyyy';
    plan.getCell(`B${r}`).numFmt = 'dd-mm-yyyy';
  }
  plan.getCell('D5').note = 'Husk at invitere skolen';
  plan.pageSetup.printArea = `A1:I${3 + rows}`;
  const logo = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  plan.addImage(logo, 'K2:L4');

  const huske = wb.addWorksheet('Huskeliste', { state: 'hidden' });
  huske.getCell('A1').value = 'F1';
  huske.getCell('B1').value = 'x';
  const opslag = wb.addWorksheet('Opslag', { state: 'veryHidden' });
  opslag.getCell('A1').value = 'Forberedelse';

  wb.definedNames.add('Forside!$B$3', 'Kommune');
  return wb;
}

/** Adds a drawing holding a chart (twice: chartex with a fallback), a text box and a picture group. */
export function withChart(bytes: Uint8Array, sheetPart: string): Uint8Array {
  return patched(bytes, (parts) => {
    const sheet = text(parts, sheetPart);
    parts.set(sheetPart, sheet.replace('</worksheet>', '<drawing r:id="rIdChart"/></worksheet>'));
    const file = sheetPart.slice(sheetPart.lastIndexOf('/') + 1);
    addRel(
      parts,
      `xl/worksheets/_rels/${file}.rels`,
      '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawingChart.xml"/>',
    );
    parts.set(
      'xl/drawings/drawingChart.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex">' +
        // A regular chart.
        '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
        // A new-style chart (chartex), with the fallback shape older Excel shows instead.
        '<mc:AlternateContent><mc:Choice Requires="cx1"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Vandfald 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx1:chart r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></mc:Choice>' +
        '<mc:Fallback><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Vandfald 2"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Diagrammet kan ikke vises i denne version af Excel.</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></mc:Fallback></mc:AlternateContent>' +
        // A text box.
        '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>32</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="100" cy="100"/>' +
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="4" name="Tekstboks 3"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Bemærk fristen</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:oneCellAnchor>' +
        '</xdr:wsDr>',
    );
    parts.set(
      'xl/drawings/_rels/drawingChart.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2014/relationships/chartEx" Target="../charts/chartEx1.xml"/></Relationships>',
    );
    parts.set(
      'xl/charts/chart1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
    );
    parts.set(
      'xl/charts/chartEx1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cx:chartSpace xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart/></cx:chartSpace>',
    );
    addContentType(
      parts,
      '<Override PartName="/xl/drawings/drawingChart.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/charts/chartEx1.xml" ContentType="application/vnd.ms-office.chartex+xml"/>',
    );
  });
}

/** Adds custom document properties (docProps/custom.xml). */
export function withCustomProperties(bytes: Uint8Array, props: Record<string, string>): Uint8Array {
  return patched(bytes, (parts) => {
    let pid = 2;
    const items = Object.entries(props)
      .map(
        ([name, value]) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid++}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`,
      )
      .join('');
    parts.set(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        `${items}</Properties>`,
    );
    addRel(
      parts,
      '_rels/.rels',
      '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>',
    );
    addContentType(
      parts,
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
  });
}
