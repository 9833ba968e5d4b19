// POST /api/structure?lang=da|en: the raw .xlsx bytes in, the same workbook in the template layout
// out (what `korpsplan structure` writes, with the original sheets kept beside it). For the web page,
// whose municipalities cannot install the add-in: the add-in renders the layout into the open
// workbook itself. Nothing is stored and nothing is logged but counts.
//
//   200  the structured workbook
//   400  a bad lang, or a malformed, too large or CPR-holding corrections header
//   401/403  not signed in / not in the roster
//   413/415/422  the file was refused at intake (as for submissions)
//   422  the workbook contains a CPR-like number (with the places, never the numbers)
//
// X-Korpsplan-Corrections (optional): URL-encoded JSON, everything the coordinator corrected in the
// pane (core/corrections.ts `Corrections`: cover values, column mappings, values, placed and
// dismissed values), checked with its zod schema (which refuses a CPR number in any value), at most
// CORRECTIONS_HEADER_MAX characters. The workbook is structured with them applied, so what the page
// then submits is what the service reads and checks again.
// X-Korpsplan-Column-Overrides (optional, older pages): URL-encoded JSON, the corrections of the
// header mapping only, [{ "sheet": "Ark1", "col": 3, "field": "responsible" }, ...] (field null =
// not used); joined to the columns of X-Korpsplan-Corrections.
// X-Korpsplan-File-Name (optional): the file's own name, URL-encoded (see submit.ts).

import { fileNameFromHeader, HEADERS, WORKBOOK_MEDIA_TYPES } from '../../../core/contract';
import type { HttpRequest } from '@azure/functions';
import { z } from 'zod';
import type { ColumnOverride } from '../../../core/draft';
import { CORRECTIONS_HEADER_MAX, type Corrections } from '../../../core/corrections';
import { correctionsSchema } from '../../../core/corrections-schema';
import type { Lang } from '../../../core/spec';
import type { Deps } from '../deps';
import { callerRemembered } from './remembered';
import { errorBody, handle, json, log, queryParam, readBody, safeIssues, type Handler } from '../http';
import { SERVICE_ERRORS, ServiceError } from '../messages';
import { XLSX_TYPE } from '../storage/submissions';

export const OVERRIDES_HEADER = HEADERS.columnOverrides;
export const CORRECTIONS_HEADER = HEADERS.corrections;
export { CORRECTIONS_HEADER_MAX };
const MAX_OVERRIDES = 500;

const overridesSchema = z
  .array(
    z.object({
      sheet: z.string().min(1).max(31),
      col: z.number().int().min(0).max(16383),
      field: z.string().min(1).max(60).nullable(),
    }),
  )
  .max(MAX_OVERRIDES);

function malformedOverrides(): ServiceError {
  return new ServiceError('bad_query', {
    detail: {
      da: `${OVERRIDES_HEADER} skal være URL-kodet JSON: [{ "sheet", "col", "field" }]`,
      en: `${OVERRIDES_HEADER} must be URL-encoded JSON: [{ "sheet", "col", "field" }]`,
    },
  });
}

export function readOverrides(request: HttpRequest): ColumnOverride[] {
  const raw = request.headers.get(OVERRIDES_HEADER);
  if (raw === null || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(raw));
  } catch {
    throw malformedOverrides();
  }
  const result = overridesSchema.safeParse(parsed);
  if (!result.success) throw malformedOverrides();
  return result.data;
}

function malformedCorrections(why: 'malformed' | 'too_large' | 'cpr'): ServiceError {
  const detail = {
    malformed: {
      da: `${CORRECTIONS_HEADER} skal være URL-kodet JSON med rettelserne: { "cover", "columns", "values", "placed", "dismissed" }`,
      en: `${CORRECTIONS_HEADER} must be URL-encoded JSON with the corrections: { "cover", "columns", "values", "placed", "dismissed" }`,
    },
    too_large: {
      da: `${CORRECTIONS_HEADER} er for stor (højst ${CORRECTIONS_HEADER_MAX} tegn). Strukturér arbejdsbogen, og ret resten bagefter.`,
      en: `${CORRECTIONS_HEADER} is too large (at most ${CORRECTIONS_HEADER_MAX} characters). Structure the workbook and correct the rest afterwards.`,
    },
    cpr: {
      da: 'En rettelse ligner et CPR-nummer. korpsplan tager aldrig imod personnumre.',
      en: 'A correction looks like a CPR number. korpsplan never takes personal identity numbers.',
    },
  }[why];
  return new ServiceError('bad_query', { detail });
}

/** The corrections header, checked; undefined when absent. Nothing of it is logged or echoed. */
export function readCorrections(request: HttpRequest): Corrections | undefined {
  const raw = request.headers.get(CORRECTIONS_HEADER);
  if (raw === null || raw.trim() === '') return undefined;
  if (raw.length > CORRECTIONS_HEADER_MAX) throw malformedCorrections('too_large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(raw));
  } catch {
    throw malformedCorrections('malformed');
  }
  const result = correctionsSchema.safeParse(parsed);
  if (!result.success) {
    const cpr = result.error.issues.some((i) => i.message.includes('CPR'));
    throw malformedCorrections(cpr ? 'cpr' : 'malformed');
  }
  return result.data;
}

function checkContentType(request: HttpRequest): void {
  const raw = request.headers.get('content-type');
  if (raw === null || raw.trim() === '') return;
  const type = (raw.split(';')[0] ?? '').trim().toLowerCase();
  if (!WORKBOOK_MEDIA_TYPES.has(type)) {
    throw new ServiceError('unsupported_media_type', { expected: XLSX_TYPE, given: type.slice(0, 80) });
  }
}

const FILE_NAMES: Record<Lang, string> = {
  da: 'Implementeringsplan (struktureret).xlsx',
  en: 'Implementation plan (structured).xlsx',
};

export function structureHandler(deps: Deps): Handler {
  return handle('structure', async (request, context) => {
    const t0 = performance.now();
    const principal = await deps.auth.principal(request);
    checkContentType(request);
    const lang: Lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    const columnOverrides = readOverrides(request);
    const corrections = readCorrections(request);
    const bytes = await readBody(request, deps.maxUploadBytes);
    if (bytes.byteLength === 0) throw new ServiceError('file_empty');

    // Read and rendered in the inspection pool, off the request loop. Intake refusals (RefusalError:
    // 413/415/422), a job past its limit (422) and a full queue (503) pass to handle().
    // A coordinator's workbook is read with their municipality's remembered corrections.
    const remembered = await callerRemembered(deps, principal);
    const fileName = fileNameFromHeader(request.headers.get(HEADERS.fileName));
    const result = await deps.structure(bytes, {
      today: deps.today(),
      columnOverrides,
      ...(remembered ? { remembered } : {}),
      ...(corrections ? { corrections } : {}),
      ...(fileName !== undefined ? { fileName } : {}),
      limits: { maxBytes: deps.maxUploadBytes },
      lang,
      now: deps.now(),
    });
    const issues = safeIssues(result.issues);
    const out = result.workbook;
    if (issues.some((i) => i.code === 'cpr_number') || out === null) {
      log(context, 'info', 'structure_refused', { code: 'cpr_found' });
      return json(422, {
        ...errorBody('cpr_found', SERVICE_ERRORS.cpr_found.message),
        issues: issues.filter((i) => i.code === 'cpr_number'),
      });
    }
    log(context, 'info', 'structure_done', {
      activities: result.activities,
      overrides: columnOverrides.length + (corrections?.columns.length ?? 0),
      corrections: corrections
        ? corrections.values.length + corrections.placed.length + corrections.dismissed.length
        : 0,
      errors: issues.filter((i) => i.severity === 'error').length,
      bytesIn: bytes.byteLength,
      bytesOut: out.byteLength,
      ms: Math.round(performance.now() - t0),
    });
    return {
      status: 200,
      body: out,
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(FILE_NAMES[lang])}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    };
  });
}
