// POST /api/structure?lang=da|en: the raw .xlsx bytes in, the same workbook in the template layout
// out (what `korpsplan structure` writes, with the original sheets kept beside it). For the web page,
// whose municipalities cannot install the add-in: the add-in renders the layout into the open
// workbook itself. Nothing is stored and nothing is logged but counts.
//
//   200  the structured workbook
//   400  a bad lang or a malformed X-Korpsplan-Column-Overrides header
//   401/403  not signed in / not in the roster
//   413/415/422  the file was refused at intake (as for submissions)
//   422  the workbook contains a CPR-like number (with the places, never the numbers)
//
// X-Korpsplan-Column-Overrides (optional): URL-encoded JSON, the coordinator's corrections of the
// header mapping, [{ "sheet": "Ark1", "col": 3, "field": "responsible" }, ...] (field null = not used).

import type { HttpRequest } from '@azure/functions';
import { z } from 'zod';
import type { ColumnOverride } from '../../../core/draft';
import type { Lang } from '../../../core/spec';
import type { Deps } from '../deps';
import { callerRemembered } from './remembered';
import { errorBody, handle, json, log, queryParam, readBody, safeIssues, type Handler } from '../http';
import { SERVICE_ERRORS, ServiceError } from '../messages';
import { XLSX_TYPE } from '../storage/submissions';

export const OVERRIDES_HEADER = 'x-korpsplan-column-overrides';
const MAX_OVERRIDES = 500;
const ACCEPTED_TYPES = new Set([XLSX_TYPE, 'application/octet-stream']);

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

function checkContentType(request: HttpRequest): void {
  const raw = request.headers.get('content-type');
  if (raw === null || raw.trim() === '') return;
  const type = (raw.split(';')[0] ?? '').trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) {
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
    const bytes = await readBody(request, deps.maxUploadBytes);
    if (bytes.byteLength === 0) throw new ServiceError('file_empty');

    // Read and rendered in the inspection pool, off the request loop. Intake refusals (RefusalError:
    // 413/415/422), a job past its limit (422) and a full queue (503) pass to handle().
    // A coordinator's workbook is read with their municipality's remembered corrections.
    const remembered = await callerRemembered(deps, principal);
    const result = await deps.structure(bytes, {
      today: deps.today(),
      columnOverrides,
      ...(remembered ? { remembered } : {}),
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
      overrides: columnOverrides.length,
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
