// Workbooks for the service tests: real plans rendered in the template layout, and a few hostile
// files made from them.

import { unzipSync, zipSync } from 'fflate';
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

/** The first bytes of an old binary .xls (an OLE compound file without an encrypted package). */
export function legacyXls(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

export function pdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
}

/** A CPR-like number that the validator must find (1 January 1990, 7th digit 1 → 1900s). */
export const CPR = '010190-1234';
export const CPR_DIGITS = '0101901234';
