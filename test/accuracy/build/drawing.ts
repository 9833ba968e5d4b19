// The parts Excel writes for the shapes and form controls on a sheet (the hand-built writer's,
// test/accuracy/build/xlsx.ts):
// - shapes (Insert › Shapes, Text Box; Group): xdr:sp, xdr:cxnSp and xdr:grpSp in twoCellAnchors of
//   xl/drawings/drawingN.xml, each with its absolute place (a:xfrm, EMU), its preset geometry, fill,
//   line, Excel's default shape style and its text as paragraphs of runs;
// - form controls (Developer › Insert › Form Controls): a ctrlProp part each
//   (xl/ctrlProps/ctrlPropN.xml, formControlPr: objectType, checked, fmlaLink, firstButton,
//   fmlaRange, sel), the sheet's <controls> inside mc:AlternateContent (Requires="x14"), a HIDDEN
//   shape in the drawing (cNvPr hidden="1", a14:compatExt naming the VML shape) with the caption,
//   and the legacy VML shape (x:ClientData) that older programs draw.

import { escapeXml } from '../../fixtures/hostile';
import {
  parseA1,
  type AnchorPoint,
  type FormControlDef,
  type PictureDef,
  type ShapeColour,
  type ShapeDef,
  type SheetModel,
} from './model';

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const NS_A14 = 'http://schemas.microsoft.com/office/drawing/2010/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMU_PX = 9525;
/** Excel's default row: 15 pt, 20 px. */
const ROW_PX = 20;

export const REL_CTRL_PROP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp';
export const CT_CTRL_PROP = 'application/vnd.ms-excel.controlproperties+xml';

/** A column's width in pixels (Excel: a width of w characters is w × 7 + 5 px; default 64). */
function colPx(sheet: SheetModel, col: number): number {
  const w = sheet.widths.get(col);
  return w === undefined ? 64 : Math.trunc(w * 7 + 5);
}

/** The zero-based column and row of an anchor point and its offsets (EMU). */
function cellOf(p: AnchorPoint): { col: number; row: number; dx: number; dy: number } {
  const { row, col } = parseA1(p.cell);
  return { col: col - 1, row: row - 1, dx: p.dx ?? 0, dy: p.dy ?? 0 };
}

/** An anchor point's place on the sheet in EMU from its top-left corner. */
function emu(sheet: SheetModel, p: AnchorPoint): { x: number; y: number } {
  const c = cellOf(p);
  let x = 0;
  for (let k = 1; k <= c.col; k++) x += colPx(sheet, k) * EMU_PX;
  return { x: x + c.dx, y: c.row * ROW_PX * EMU_PX + c.dy };
}

function marker(tag: 'from' | 'to', p: AnchorPoint, prefix = 'xdr:'): string {
  const c = cellOf(p);
  const t = prefix === 'xdr:' ? `xdr:${tag}` : tag;
  return `<${t}><xdr:col>${c.col}</xdr:col><xdr:colOff>${c.dx}</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>${c.dy}</xdr:rowOff></${t}>`;
}

function colourXml(c: ShapeColour): string {
  if (c === 'none') return '<a:noFill/>';
  if ('rgb' in c) return `<a:solidFill><a:srgbClr val="${c.rgb}"/></a:solidFill>`;
  const mods =
    (c.lumMod !== undefined ? `<a:lumMod val="${c.lumMod}"/>` : '') +
    (c.lumOff !== undefined ? `<a:lumOff val="${c.lumOff}"/>` : '');
  return `<a:solidFill><a:schemeClr val="${c.scheme}">${mods}</a:schemeClr></a:solidFill>`;
}

/** Excel's style of a new shape (accent1 fill, its darker line, white text) or of a text box. */
function styleXml(textBox: boolean): string {
  return textBox
    ? '<xdr:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></xdr:style>'
    : '<xdr:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></xdr:style>';
}

function textXml(s: ShapeDef): string {
  if (!s.text) return '';
  const paras = s.text
    .map((p) => {
      const runs = typeof p === 'string' ? [{ t: p }] : p;
      const body = runs
        .map(
          (r) =>
            `<a:r><a:rPr lang="da-DK" sz="1000"${'b' in r && r.b ? ' b="1"' : ''}/><a:t>${escapeXml(r.t)}</a:t></a:r>`,
        )
        .join('');
      return `<a:p><a:pPr algn="${s.textBox ? 'l' : 'ctr'}"/>${body}</a:p>`;
    })
    .join('');
  return `<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="${s.textBox ? 't' : 'ctr'}"/><a:lstStyle/>${paras}</xdr:txBody>`;
}

function xfrm(sheet: SheetModel, s: { from: AnchorPoint; to: AnchorPoint }, group = false): string {
  const a = emu(sheet, s.from);
  const b = emu(sheet, s.to);
  const size = `<a:off x="${a.x}" y="${a.y}"/><a:ext cx="${b.x - a.x}" cy="${b.y - a.y}"/>`;
  return group
    ? `<a:xfrm>${size}<a:chOff x="${a.x}" y="${a.y}"/><a:chExt cx="${b.x - a.x}" cy="${b.y - a.y}"/></a:xfrm>`
    : `<a:xfrm>${size}</a:xfrm>`;
}

/** One shape (or a group, or a connector) without its anchor. */
function shapeXml(sheet: SheetModel, s: ShapeDef, id: () => number): string {
  if (s.children) {
    const kids = s.children.map((k) => shapeXml(sheet, k, id)).join('');
    return `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="${id()}" name="${escapeXml(s.name)}"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr>${xfrm(sheet, s, true)}</xdr:grpSpPr>${kids}</xdr:grpSp>`;
  }
  const line = s.line
    ? `<a:ln w="${s.connector ? 38100 : 12700}">${colourXml(s.line)}${s.connector ? '<a:tailEnd type="triangle" w="lg" len="med"/>' : ''}</a:ln>`
    : '';
  const spPr = `<xdr:spPr>${xfrm(sheet, s)}<a:prstGeom prst="${s.geom}"><a:avLst/></a:prstGeom>${s.fill ? colourXml(s.fill) : ''}${line}</xdr:spPr>`;
  if (s.connector)
    return `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id()}" name="${escapeXml(s.name)}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr>${spPr}<xdr:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></xdr:style></xdr:cxnSp>`;
  return `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id()}" name="${escapeXml(s.name)}"/><xdr:cNvSpPr${s.textBox ? ' txBox="1"' : ''}/></xdr:nvSpPr>${spPr}${styleXml(s.textBox === true)}${textXml(s)}</xdr:sp>`;
}

/** The first VML/drawing shape id of a sheet's controls (Excel numbers them 1025 + 1024 × (sheet − 1)). */
export function firstControlId(sheetIndex: number): number {
  return 1025 + 1024 * sheetIndex;
}

const CONTROL_NAME: Record<FormControlDef['type'], string> = {
  GBox: 'Gruppeboks',
  Radio: 'Alternativknap',
  CheckBox: 'Afkrydsningsfelt',
  Drop: 'Rulleliste',
};

export function controlName(c: FormControlDef, k: number): string {
  return `${CONTROL_NAME[c.type]} ${k + 1}`;
}

/** The hidden drawing shape Excel 2010+ keeps for a form control (the VML shape draws it). */
function controlShapeXml(sheet: SheetModel, c: FormControlDef, k: number, spid: number): string {
  const caption =
    c.text && c.type !== 'Drop'
      ? `<a:p><a:pPr algn="l" rtl="0"><a:defRPr sz="1000"/></a:pPr><a:r><a:rPr lang="da-DK" sz="800" b="0" i="0" u="none" strike="noStrike" baseline="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Segoe UI"/><a:cs typeface="Segoe UI"/></a:rPr><a:t>${escapeXml(c.text)}</a:t></a:r></a:p>`
      : '<a:p><a:pPr algn="l" rtl="0"><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p>';
  const body =
    c.type === 'Drop'
      ? ''
      : `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="27432" tIns="18288" rIns="0" bIns="18288" anchor="ctr" upright="1"/><a:lstStyle/>${caption}</xdr:txBody>`;
  const fill =
    c.type === 'GBox'
      ? '<a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
      : '<a:noFill/><a:ln><a:noFill/></a:ln>';
  return (
    `<mc:AlternateContent xmlns:mc="${NS_MC}"><mc:Choice xmlns:a14="${NS_A14}" Requires="a14">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', c.from)}${marker('to', c.to)}` +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${spid}" name="${escapeXml(controlName(c, k))}" hidden="1"><a:extLst><a:ext uri="{63B3BB69-23CF-44E3-9099-C40C66FF867C}"><a14:compatExt spid="_x0000_s${spid}"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr>` +
    `<xdr:spPr bwMode="auto">${xfrm(sheet, c)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}</xdr:spPr>${body}</xdr:sp>` +
    '<xdr:clientData/></xdr:twoCellAnchor></mc:Choice><mc:Fallback/></mc:AlternateContent>'
  );
}

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A picture (xdr:pic) as Excel writes a pasted image, its blip the drawing's relationship `rid`. */
function pictureXml(sheet: SheetModel, p: PictureDef, id: number, rid: string): string {
  const descr = p.descr === undefined ? '' : ` descr="${escapeXml(p.descr).replace(/\n/g, '&#10;')}"`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', p.from)}${marker('to', p.to)}` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="${escapeXml(p.name)}"${descr}/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${NS_R}" r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr>${xfrm(sheet, p)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The relationship id of a sheet's k-th picture in its drawing's relationships. */
export function pictureRel(k: number): string {
  return `rId${k + 1}`;
}

/** xl/drawings/drawingN.xml: the sheet's pictures, its shapes, then its form controls' hidden shapes. */
export function shapesDrawingXml(sheet: SheetModel, sheetIndex: number): string {
  let next = 1;
  const id = (): number => ++next;
  const pictures = sheet.pictures.map((p, k) => pictureXml(sheet, p, id(), pictureRel(k))).join('');
  const shapes = sheet.shapes
    .map(
      (s) =>
        `<xdr:twoCellAnchor${s.children ? '' : ' editAs="oneCell"'}>${marker('from', s.from)}${marker('to', s.to)}${shapeXml(sheet, s, id)}<xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  const first = firstControlId(sheetIndex);
  const controls = sheet.controls.map((c, k) => controlShapeXml(sheet, c, k, first + k)).join('');
  return `${DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${pictures}${shapes}${controls}</xdr:wsDr>`;
}

/** The sheet's <controls>, as Excel 2010+ writes them (each control's relationship id given). */
export function sheetControlsXml(sheet: SheetModel, sheetIndex: number, relIds: readonly string[]): string {
  if (!sheet.controls.length) return '';
  const first = firstControlId(sheetIndex);
  const list = sheet.controls
    .map((c, k) => {
      const pr =
        c.type === 'Drop'
          ? 'defaultSize="0" autoLine="0" autoPict="0"'
          : c.type === 'GBox'
            ? 'defaultSize="0" autoFill="0" autoPict="0"'
            : 'defaultSize="0" autoFill="0" autoLine="0" autoPict="0"';
      return (
        `<mc:AlternateContent xmlns:mc="${NS_MC}"><mc:Choice Requires="x14">` +
        `<control shapeId="${first + k}" r:id="${relIds[k]}" name="${escapeXml(controlName(c, k))}"><controlPr ${pr}><anchor moveWithCells="1">${marker('from', c.from, '')}${marker('to', c.to, '')}</anchor></controlPr></control>` +
        '</mc:Choice></mc:AlternateContent>'
      );
    })
    .join('');
  return `<mc:AlternateContent xmlns:mc="${NS_MC}" xmlns:x14="${NS_X14}" xmlns:xdr="${NS_XDR}"><mc:Choice Requires="x14"><controls>${list}</controls></mc:Choice></mc:AlternateContent>`;
}

/** xl/ctrlProps/ctrlPropN.xml of one control. */
export function ctrlPropXml(c: FormControlDef): string {
  const attrs: string[] = [`objectType="${c.type}"`];
  if (c.type === 'Drop') {
    attrs.push('dropStyle="combo"', 'dx="22"');
    if (c.link) attrs.push(`fmlaLink="${escapeXml(c.link)}"`);
    if (c.range) attrs.push(`fmlaRange="${escapeXml(c.range)}"`);
    attrs.push('noThreeD="1"', `sel="${c.sel ?? 0}"`, 'val="0"');
  } else if (c.type === 'GBox') {
    attrs.push('noThreeD="1"');
  } else {
    if (c.checked) attrs.push('checked="Checked"');
    if (c.firstButton) attrs.push('firstButton="1"');
    if (c.link) attrs.push(`fmlaLink="${escapeXml(c.link)}"`);
    attrs.push('lockText="1"', 'noThreeD="1"');
  }
  return `${DECL}<formControlPr xmlns="${NS_X14}" ${attrs.join(' ')}/>`;
}

/** The VML anchor: columns and rows zero-based, offsets in pixels. */
function vmlAnchor(c: FormControlDef): string {
  const a = cellOf(c.from);
  const b = cellOf(c.to);
  const px = (e: number): number => Math.round(e / EMU_PX);
  return `${a.col}, ${px(a.dx)}, ${a.row}, ${px(a.dy)}, ${b.col}, ${px(b.dx)}, ${b.row}, ${px(b.dy)}`;
}

/** xl/drawings/vmlDrawingN.vml: the legacy shapes of the sheet's form controls. */
export function controlsVml(sheet: SheetModel, sheetIndex: number): string {
  const first = firstControlId(sheetIndex);
  const shapes = sheet.controls
    .map((c, k) => {
      const spid = first + k;
      const caption =
        c.text && c.type !== 'Drop'
          ? `<v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"><font face="Segoe UI" size="160" color="auto">${escapeXml(c.text)}</font></div></v:textbox>`
          : '';
      const data: string[] = [];
      if (c.type !== 'GBox') data.push('<x:MoveWithCells/>', '<x:SizeWithCells/>');
      data.push(`<x:Anchor>${vmlAnchor(c)}</x:Anchor>`);
      if (c.type !== 'Drop') data.push('<x:AutoFill>False</x:AutoFill>');
      data.push('<x:AutoLine>False</x:AutoLine>');
      if (c.type === 'Radio' || c.type === 'CheckBox') {
        data.push('<x:TextVAlign>Center</x:TextVAlign>');
        if (c.checked) data.push('<x:Checked>1</x:Checked>');
        if (c.link) data.push(`<x:FmlaLink>${escapeXml(c.link)}</x:FmlaLink>`);
        if (c.firstButton) data.push('<x:FirstButton/>');
        data.push('<x:NoThreeD/>');
      } else if (c.type === 'Drop') {
        if (c.link) data.push(`<x:FmlaLink>${escapeXml(c.link)}</x:FmlaLink>`);
        if (c.range) data.push(`<x:FmlaRange>${escapeXml(c.range)}</x:FmlaRange>`);
        data.push(
          `<x:Sel>${c.sel ?? 0}</x:Sel>`,
          '<x:NoThreeD2/>',
          '<x:SelType>Single</x:SelType>',
          '<x:LCT>Normal</x:LCT>',
          '<x:DropStyle>Combo</x:DropStyle>',
          '<x:DropLines>8</x:DropLines>',
        );
      } else data.push('<x:NoThreeD/>');
      const vmlType = c.type === 'CheckBox' ? 'Checkbox' : c.type;
      return `<v:shape id="_x0000_s${spid}" type="#_x0000_t201" style="position:absolute;z-index:${k + 1};mso-wrap-style:tight" filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto"><v:path shadowok="t" strokeok="t" fillok="t"/><o:lock v:ext="edit" rotation="t"/>${caption}<x:ClientData ObjectType="${vmlType}">${data.join('')}</x:ClientData></v:shape>`;
    })
    .join('');
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetIndex + 1}"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>${shapes}</xml>`;
}
