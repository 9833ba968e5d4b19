// Workbooks for the service tests: real plans rendered in the template layout, and a few hostile
// files made from them.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Plan } from '../../core/schema';
import { demoPlan, demoWorkbook } from '../../functions/src/local/demoPlans';

export const PERIOD = '2026-H2';
export const TODAY = '2026-10-01';

const cache = new Map<string, Promise<Uint8Array>>();

/** The workbook of a demo plan (cached per municipality, period, seed and size). */
export function workbook(
  municipality: string,
  options: { seed?: number; activities?: number; period?: string } = {},
) {
  const period = options.period ?? PERIOD;
  const key = `${municipality}/${period}/${options.seed ?? 0}/${options.activities ?? 16}`;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = demoWorkbook(
      demoPlan({
        municipality,
        period,
        today: TODAY,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.activities !== undefined ? { activities: options.activities } : {}),
      }),
    );
    cache.set(key, bytes);
  }
  return bytes;
}

/** A workbook of a plan changed by `edit` (the edit may break it: that is the point). */
export function editedWorkbook(municipality: string, edit: (plan: Plan) => void): Promise<Uint8Array> {
  const plan = demoPlan({ municipality, period: PERIOD, today: TODAY });
  edit(plan);
  return demoWorkbook(plan);
}

/** The workbook with a VBA project added: a macro-enabled file saved under .xlsx. */
export async function withMacros(bytes: Promise<Uint8Array>): Promise<Uint8Array> {
  const entries = unzipSync(await bytes);
  entries['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
  return zipSync(entries);
}

/** The workbook with a DTD in its workbook part (the door to entity expansion attacks). */
export async function withDtd(bytes: Promise<Uint8Array>): Promise<Uint8Array> {
  const entries = unzipSync(await bytes);
  const part = entries['xl/workbook.xml'];
  if (!part) throw new Error('no xl/workbook.xml');
  const xml = new TextDecoder().decode(part);
  entries['xl/workbook.xml'] = new TextEncoder().encode(
    xml.replace('?>', '?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'),
  );
  return zipSync(entries);
}

/** The workbook with a part that inflates to far more than any plan (a zip bomb). */
export async function withZipBomb(bytes: Promise<Uint8Array>): Promise<Uint8Array> {
  const entries = unzipSync(await bytes);
  entries['xl/media/padding.bin'] = new Uint8Array(16 * 1024 * 1024);
  return zipSync(entries, { level: 9 });
}

/** The first bytes of an old binary .xls (an OLE compound file without an encrypted package). */
export function legacyXls(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

/**
 * A password-protected workbook as Office saves it: an OLE compound file (header, one FAT sector,
 * one directory sector) whose directory holds an "EncryptedPackage" stream beside "EncryptionInfo".
 */
export function passwordProtected(): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = sector; // sector 0
  for (let i = 0; i < sector / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: the directory, one sector long
  const dir = sector * 2; // sector 1
  const entry = (index: number, name: string, type: number): void => {
    const at = dir + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = type;
  };
  entry(0, 'Root Entry', 5);
  entry(1, 'EncryptionInfo', 2);
  entry(2, 'EncryptedPackage', 2);
  return bytes;
}

export function pdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
}

/** A CPR-like number that the validator must find (1 January 1990, 7th digit 1 → 1900s). */
export const CPR = '010190-1234';
export const CPR_DIGITS = '0101901234';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The workbook with values written into column B of the cover sheet's rows labelled `labels`
 * (shared strings in column A), as Excel stores an edited cell: an inline string. Everything else
 * in the package stays byte for byte.
 */
export function withCoverValues(
  bytes: Uint8Array,
  sheetName: string,
  values: Record<string, string>,
): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string): string => {
    const part = files[name];
    if (!part) throw new Error(`no ${name} in the package`);
    return strFromU8(part);
  };
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(
    text('xl/workbook.xml'),
  )?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(
    text('xl/_rels/workbook.xml.rels'),
  );
  const sheetPart = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );
  let sheet = text(sheetPart);
  for (const [label, value] of Object.entries(values)) {
    const index = strings.indexOf(label);
    const row = new RegExp(`<c r="A(\\d+)"[^>]*t="s"[^>]*><v>${index}</v></c>`).exec(sheet)?.[1];
    if (index < 0 || row === undefined) throw new Error(`no row labelled ${label}`);
    const cell = `<c r="B${row}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
    const existing = new RegExp(`<c r="B${row}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
    sheet = existing.test(sheet)
      ? sheet.replace(existing, cell)
      : sheet.replace(new RegExp(`(<c r="A${row}"[^>]*>[\\s\\S]*?</c>)`), `$1${cell}`);
  }
  files[sheetPart] = strToU8(sheet);
  return zipSync(files);
}
