// GET/PUT /api/municipalities/{code}/corrections: a municipality's remembered corrections (column
// meanings, value readings and cover labels its coordinator confirmed; core/remembered.ts). Only a
// coordinator of that municipality may read or save them: leaders, administrators and other
// municipalities' coordinators get 403. Every save is a new write-once version with its audit
// (storage/remembered.ts); the latest moves only from the version the caller read (If-Match, 409
// otherwise). The shapes are in core/contract.ts.
//
//   GET  200 { municipality, remembered, version, savedAt? } + ETag ("none": nothing saved yet)
//   PUT  200 the same for the saved set · 409 changed meanwhile · 413 too large · 422 not a valid set
//        (malformed JSON, unknown keys, too many entries, a value outside its list, a CPR number)

import type { HttpRequest } from '@azure/functions';
import { z } from 'zod';
import {
  CORRECTIONS_MAX_BYTES,
  NO_VERSION_ETAG,
  correctionsPutSchema,
  type CorrectionsResponse,
} from '../../../core/contract';
import { listSchema } from '../../../core/schema';
import { holdsCpr } from '../../../core/redact';
import { EMPTY_REMEMBERED } from '../../../core/remembered';
import type { Principal } from '../auth/principal';
import type { Deps } from '../deps';
import { answer, handle, log, readBody, type Handler } from '../http';
import { formatBytes, ServiceError } from '../messages';
import { zodText } from '../../../core/zodText';
import { RememberedStore, type VersionRecord } from '../storage/remembered';

const municipalityCode = listSchema('municipality');

/** The municipality in the path, checked against the list of municipalities (400 otherwise). */
function codeParam(request: HttpRequest): string {
  const raw = request.params.code ?? '';
  if (!municipalityCode.safeParse(raw).success) {
    throw new ServiceError('bad_query', {
      detail: {
        da: 'kommunekoden skal være en kode som 751',
        en: 'the municipality code must be a code such as 751',
      },
    });
  }
  return raw;
}

/** Only a coordinator of this very municipality: the corrections are theirs, not the corps'. */
function requireOwnCoordinator(principal: Principal, code: string): void {
  if (principal.role !== 'coordinator' || principal.municipality !== code) {
    throw new ServiceError('corrections_forbidden', { code });
  }
}

function correctionsAnswer(code: string, record: VersionRecord | null, etag: string | null) {
  const body: CorrectionsResponse = {
    municipality: code,
    remembered: record?.remembered ?? EMPTY_REMEMBERED,
    version: record?.versionId ?? null,
    ...(record ? { savedAt: record.audit.at } : {}),
  };
  return answer('correctionsGet', 200, body, { ETag: etag ?? NO_VERSION_ETAG });
}

/** The store of remembered corrections, over the service's blob store. */
export function rememberedStore(deps: Pick<Deps, 'blobs'>): RememberedStore {
  return new RememberedStore(deps.blobs);
}

export function rememberedGetHandler(deps: Deps): Handler {
  const store = rememberedStore(deps);
  return handle('corrections_get', async (request) => {
    const principal = await deps.auth.principal(request);
    const code = codeParam(request);
    requireOwnCoordinator(principal, code);
    const { record, etag } = await store.current(code);
    return correctionsAnswer(code, record, etag);
  });
}

export function rememberedPutHandler(deps: Deps): Handler {
  const store = rememberedStore(deps);
  return handle('corrections_put', async (request, context) => {
    const principal = await deps.auth.principal(request);
    const code = codeParam(request);
    requireOwnCoordinator(principal, code);
    let bytes: Uint8Array;
    try {
      bytes = await readBody(request, CORRECTIONS_MAX_BYTES);
    } catch (err) {
      if (err instanceof ServiceError && err.code === 'file_too_large') {
        throw new ServiceError('corrections_too_large', { max: formatBytes(CORRECTIONS_MAX_BYTES) });
      }
      throw err;
    }
    const text = Buffer.from(bytes).toString('utf8');
    // A CPR number anywhere in the body, even where the schema would refuse it for another reason.
    if (holdsCpr(text)) throw new ServiceError('corrections_contain_cpr');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ServiceError('corrections_invalid', {
        detail: { da: 'indholdet er ikke JSON.', en: 'the body is not JSON.' },
      });
    }
    const parsed = correctionsPutSchema.safeParse(raw);
    if (!parsed.success) {
      // Fields and reasons only, never the values sent.
      throw new ServiceError('corrections_invalid', { detail: zodText(parsed.error, raw) });
    }
    const ifMatchRaw = request.headers.get('if-match');
    const ifMatch =
      ifMatchRaw === null ? undefined : ifMatchRaw.trim() === NO_VERSION_ETAG ? null : ifMatchRaw.trim();
    const saved = await store.save({
      municipality: code,
      remembered: parsed.data,
      by: {
        tenantId: principal.tenantId,
        objectId: principal.objectId,
        ...(principal.name ? { name: principal.name } : {}),
      },
      role: principal.role,
      bytes: bytes.byteLength,
      now: deps.now(),
      ...(ifMatch !== undefined ? { ifMatch } : {}),
    });
    if (saved === 'changed') throw new ServiceError('corrections_changed');
    log(context, 'info', 'corrections_saved', {
      municipality: code,
      version: saved.record.versionId,
      bytes: bytes.byteLength,
      columns: parsed.data.columns.length,
      values: parsed.data.values.length,
      labels: parsed.data.labels.length,
    });
    return correctionsAnswer(code, saved.record, saved.etag);
  });
}

/** For the handlers that read workbooks: the caller's municipality's remembered corrections, if any. */
export async function callerRemembered(
  deps: Pick<Deps, 'blobs'>,
  principal: Principal,
): Promise<z.infer<typeof correctionsPutSchema> | undefined> {
  if (principal.role !== 'coordinator' || !principal.municipality) return undefined;
  const { record } = await rememberedStore(deps).current(principal.municipality);
  return record &&
    record.remembered.columns.length + record.remembered.values.length + record.remembered.labels.length > 0
    ? record.remembered
    : undefined;
}
