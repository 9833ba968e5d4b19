// Small, exact edits of a real .xlsx package at the zip level: add a sheet (visible or hidden), add a
// row to a sheet, add a comment to a cell, set a document property, replace a shared string. Used to
// put a CPR number into one place of an otherwise valid plan, and to make each resubmission of a
// plan a changed plan without rendering the whole workbook again.

import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function editZip(bytes: Uint8Array, edit: (entries: Unzipped) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries, { level: 6 });
}

function part(entries: Unzipped, name: string): string {
  const data = entries[name];
  if (!data) throw new Error(`the package has no ${name}`);
  return strFromU8(data);
}

function put(entries: Unzipped, name: string, xml: string): void {
  entries[name] = strToU8(xml);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The worksheet part (e.g. xl/worksheets/sheet2.xml) of the sheet with this name. */
export function sheetPart(entries: Unzipped, sheetName: string): string {
  const workbook = part(entries, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${escapeXml(sheetName)}"`));
  const id = sheet ? /r:id="([^"]+)"/.exec(sheet)?.[1] : undefined;
  if (!id) throw new Error(`no sheet named ${sheetName}`);
  const rels = part(entries, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) throw new Error(`no relationship ${id}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function relsOf(partName: string): string {
  const at = partName.lastIndexOf('/');
  return `${partName.slice(0, at)}/_rels/${partName.slice(at + 1)}.rels`;
}

function addRelationship(entries: Unzipped, relsName: string, type: string, target: string): string {
  const existing = entries[relsName]
    ? part(entries, relsName)
    : `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let n = 1;
  while (existing.includes(`Id="rIdP${n}"`)) n++;
  const id = `rIdP${n}`;
  put(
    entries,
    relsName,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXml(target)}"/></Relationships>`,
    ),
  );
  return id;
}

function addOverride(entries: Unzipped, partName: string, contentType: string): void {
  const types = part(entries, '[Content_Types].xml');
  put(
    entries,
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`),
  );
}

/** A cell holding text (inline, so the shared-strings table is untouched). */
export function textCell(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** A number cell without a number format, as a number typed into a fresh cell is stored. */
export function numberCell(ref: string, value: number): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

/** Adds a sheet after the last one, holding the given rows (<row> elements). */
export function addSheet(
  entries: Unzipped,
  name: string,
  rowsXml: string,
  state: 'visible' | 'hidden' | 'veryHidden' = 'visible',
): void {
  let n = 1;
  while (entries[`xl/worksheets/sheet${n}.xml`]) n++;
  const partName = `xl/worksheets/sheet${n}.xml`;
  put(
    entries,
    partName,
    `${DECL}<worksheet xmlns="${NS_MAIN}"><sheetData>${rowsXml}</sheetData></worksheet>`,
  );
  addOverride(entries, partName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  const id = addRelationship(entries, 'xl/_rels/workbook.xml.rels', 'worksheet', `worksheets/sheet${n}.xml`);
  const workbook = part(entries, 'xl/workbook.xml');
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  put(
    entries,
    'xl/workbook.xml',
    workbook.replace(
      '</sheets>',
      `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" state="${state}" r:id="${id}"/></sheets>`,
    ),
  );
}

/** Adds a row after the last row of a sheet (its number must be larger than any row there). */
export function appendRow(entries: Unzipped, sheetName: string, rowXml: string): void {
  const name = sheetPart(entries, sheetName);
  const xml = part(entries, name);
  if (!xml.includes('</sheetData>')) throw new Error(`${name} has no sheetData`);
  put(entries, name, xml.replace('</sheetData>', `${rowXml}</sheetData>`));
}

/** A note (legacy comment) on a cell of a sheet. */
export function addComment(
  entries: Unzipped,
  sheetName: string,
  ref: string,
  author: string,
  body: string,
): void {
  const sheet = sheetPart(entries, sheetName);
  let n = 1;
  while (entries[`xl/comments${n}.xml`]) n++;
  const partName = `xl/comments${n}.xml`;
  put(
    entries,
    partName,
    `${DECL}<comments xmlns="${NS_MAIN}"><authors><author>${escapeXml(author)}</author></authors>` +
      `<commentList><comment ref="${ref}" authorId="0"><text><r><t>${escapeXml(body)}</t></r></text></comment></commentList></comments>`,
  );
  addOverride(entries, partName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  addRelationship(entries, relsOf(sheet), 'comments', `../comments${n}.xml`);
}

/** Sets a core document property (dc:title, cp:keywords, dc:description, ...) in docProps/core.xml. */
export function setCoreProperty(entries: Unzipped, tag: string, value: string): void {
  const xml = part(entries, 'docProps/core.xml');
  const empty = new RegExp(`<${tag}\\s*/>|<${tag}>[^<]*</${tag}>`);
  const element = `<${tag}>${escapeXml(value)}</${tag}>`;
  put(
    entries,
    'docProps/core.xml',
    empty.test(xml)
      ? xml.replace(empty, element)
      : xml.replace('</cp:coreProperties>', `${element}</cp:coreProperties>`),
  );
}

/** Replaces one exact shared string (it must be there exactly once). */
export function replaceSharedString(entries: Unzipped, from: string, to: string): void {
  const xml = part(entries, 'xl/sharedStrings.xml');
  const needle = `>${escapeXml(from)}<`;
  const at = xml.indexOf(needle);
  if (at < 0 || xml.indexOf(needle, at + 1) >= 0)
    throw new Error(`"${from}" is not a shared string exactly once`);
  put(
    entries,
    'xl/sharedStrings.xml',
    xml.slice(0, at) + `>${escapeXml(to)}<` + xml.slice(at + needle.length),
  );
}
