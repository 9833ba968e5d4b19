// The korpsplan service as the app sees it: every answer checked with zod, every failure turned into
// an ApiFailure the UI can explain in Danish and offer a way forward for.

import { z } from 'zod';
import type { Issue, Message } from '../../core/schema';
import type { Receipt } from '../../core/receipt';
import type { ColumnOverride } from '../../core/draft';
import { isEmptyCorrections, type Corrections } from '../../core/corrections';
import type { Lang } from '../../core/spec';
import { XLSX_MIME } from './common/bytes';
import type { Review, ReviewRequest, Round, StatusFilter, StatusResponse } from '../../core/rounds';
import {
  CONTRACT,
  errorBodySchema,
  fileNameHeader,
  HEADERS,
  historySchema,
  LIMITS,
  meSchema,
  NO_VERSION_ETAG,
  pathOf,
  type CorrectionsResponse,
  type Me,
} from '../../core/contract';
import type { RememberedEntries } from '../../core/remembered';

// The shapes live in the one HTTP contract (core/contract.ts); re-exported for the app's modules.
export { errorBodySchema, historySchema, meSchema, type Me };

/** Why a request did not give what was asked; `kind` decides the way forward the UI offers. */
export type ApiFailure =
  /** No answer at all: the network is down or the service cannot be reached. */
  | { readonly kind: 'offline' }
  /** 401: signed out or the sign-in expired. */
  | { readonly kind: 'signedOut'; readonly message?: Message }
  /** 403: signed in, but not allowed (role, municipality, not in the roster). */
  | { readonly kind: 'forbidden'; readonly code: string; readonly message: Message }
  /** 413/415/422 without issues (and 400): the file or the request was refused. */
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: Message }
  /** 422 with issues: the service found errors in the plan. */
  | {
      readonly kind: 'invalid';
      readonly code: string;
      readonly message: Message;
      readonly issues: readonly Issue[];
    }
  /**
   * 409/412: someone else got there first (a review, a round changed, remembered corrections saved
   * meanwhile: read again), or the state does not allow it. The message says which.
   */
  | { readonly kind: 'conflict'; readonly status: number; readonly code: string; readonly message: Message }
  /** 503 (and 502/504): try again, after retryAfter seconds when given. */
  | { readonly kind: 'unavailable'; readonly retryAfter?: number; readonly message?: Message }
  /** Anything else: 500, or an answer that did not have the promised shape. */
  | { readonly kind: 'failed'; readonly status: number; readonly message?: Message; readonly detail: string };

export class ApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    options?: { cause?: unknown },
  ) {
    super(`korpsplan service: ${failure.kind}${'code' in failure ? ` (${failure.code})` : ''}`, options);
    this.name = 'ApiError';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  /** The service's base URL; '' for the same origin as the page. */
  readonly baseUrl: string;
  /** The user's access token, or null when signed out. */
  readonly token: () => Promise<string | null>;
  readonly fetch?: Fetch;
}

export interface SubmitOptions {
  readonly note?: string;
  readonly idempotencyKey?: string;
  /** The workbook's file name: the service reads the municipality and half-year from it where the workbook names neither. */
  readonly fileName?: string;
}

/** The file-name header, where there is a name (core/contract.ts fileNameHeader). */
function withFileName(headers: Record<string, string>, fileName: string | undefined): void {
  const header = fileName !== undefined ? fileNameHeader(fileName) : undefined;
  if (header !== undefined) headers[HEADERS.fileName] = header;
}

/** A municipality's remembered corrections as the service holds them, with the version's ETag. */
export interface RememberedVersion {
  readonly body: CorrectionsResponse;
  /** Send it back as If-Match when saving ("none": nothing saved yet). */
  readonly etag: string;
}

export interface SubmitAccepted {
  readonly receipt: Receipt;
  /** false when the service already had these bytes and answered with the existing receipt. */
  readonly created: boolean;
}

function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - Date.now()) / 1000));
}

/** The failure an unsuccessful response means. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  const text = await response.text();
  let parsed: z.infer<typeof errorBodySchema> | undefined;
  try {
    const body: unknown = text ? JSON.parse(text) : undefined;
    const result = errorBodySchema.safeParse(body);
    if (result.success) parsed = result.data;
  } catch {
    parsed = undefined;
  }
  const status = response.status;
  const code = parsed?.error.code ?? `http_${status}`;
  const message = parsed?.error.message;
  if (status === 401) return { kind: 'signedOut', ...(message ? { message } : {}) };
  if (status === 403 && message) return { kind: 'forbidden', code, message };
  if (status === 503 || status === 502 || status === 504) {
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    return {
      kind: 'unavailable',
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(message ? { message } : {}),
    };
  }
  if ((status === 409 || status === 412) && message) return { kind: 'conflict', status, code, message };
  if (status === 422 && parsed?.issues && message)
    return { kind: 'invalid', code, message, issues: parsed.issues };
  if ((status === 400 || status === 413 || status === 415 || status === 422) && message) {
    return { kind: 'refused', status, code, message };
  }
  return {
    kind: 'failed',
    status,
    ...(message ? { message } : {}),
    detail: parsed ? code : text.slice(0, 200),
  };
}

export class KorpsplanApi {
  private readonly fetchImpl: Fetch;

  constructor(private readonly options: ApiOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  private url(path: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  private async request(path: string, init: RequestInit, authenticated = true): Promise<Response> {
    const headers = new Headers(init.headers);
    if (authenticated) {
      const token = await this.options.token();
      if (!token) throw new ApiError({ kind: 'signedOut' });
      headers.set('Authorization', `Bearer ${token}`);
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(path), { ...init, headers });
    } catch (err) {
      // fetch rejects only when there is no answer at all (network down, DNS, CORS, refused).
      throw new ApiError({ kind: 'offline' }, { cause: err });
    }
    if (!response.ok) throw new ApiError(await failureOf(response));
    return response;
  }

  private async parsed<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (err) {
      throw new ApiError({ kind: 'failed', status: response.status, detail: `not JSON: ${String(err)}` });
    }
    const result = schema.safeParse(body);
    if (!result.success) {
      throw new ApiError({
        kind: 'failed',
        status: response.status,
        detail: `unexpected answer: ${result.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')
          .slice(0, 300)}`,
      });
    }
    return result.data;
  }

  /** POST /api/submissions with the workbook's bytes. */
  async submit(bytes: Uint8Array, options: SubmitOptions = {}): Promise<SubmitAccepted> {
    const headers: Record<string, string> = { 'Content-Type': XLSX_MIME };
    const note = options.note?.trim();
    if (note) headers[HEADERS.note] = encodeURIComponent(note);
    if (options.idempotencyKey) headers[HEADERS.idempotencyKey] = options.idempotencyKey;
    withFileName(headers, options.fileName);
    const response = await this.request(pathOf('submit', {}), {
      method: 'POST',
      headers,
      body: bytes.slice().buffer,
    });
    const receipt = await this.parsed(response, CONTRACT.submit.ok[201]);
    return { receipt, created: response.status === 201 };
  }

  /** GET /api/me: the signed-in user's role (and municipality) as the service's roster has it. */
  async me(): Promise<Me> {
    return this.parsed(await this.request(pathOf('me', {}), { method: 'GET' }), CONTRACT.me.ok[200]);
  }

  /** GET /api/submissions?period=: the submissions the user may see, newest first. */
  async history(period?: string): Promise<Receipt[]> {
    const response = await this.request(pathOf('history', {}, { period }), { method: 'GET' });
    return (await this.parsed(response, CONTRACT.history.ok[200])).submissions;
  }

  private async bytes(response: Response): Promise<Uint8Array> {
    return new Uint8Array(await response.arrayBuffer());
  }

  /** GET /api/summary?period=&lang= (leaders): the corps summary workbook. */
  async summary(period: string, lang: Lang): Promise<Uint8Array> {
    const response = await this.request(pathOf('summary', {}, { period, lang }), {
      method: 'GET',
      headers: { Accept: XLSX_MIME },
    });
    return this.bytes(response);
  }

  /**
   * POST /api/structure?lang=: the workbook in the template layout (nothing is stored), with the
   * coordinator's corrections (X-Korpsplan-Corrections) or, from older callers, column corrections
   * only (X-Korpsplan-Column-Overrides). Corrections too large for the header are refused here,
   * before anything is sent.
   */
  /**
   * The next half-year's workbook from the last one (POST /api/next-period): the plan rolled forward
   * in the current template, its history sheet beside it. Nothing is stored.
   */
  async nextPeriod(bytes: Uint8Array, lang: Lang, period?: string): Promise<Uint8Array> {
    const response = await this.request(pathOf('nextPeriod', {}, { lang, period }), {
      method: CONTRACT.nextPeriod.method,
      headers: { 'Content-Type': XLSX_MIME, Accept: XLSX_MIME },
      body: bytes.slice().buffer,
    });
    return this.bytes(response);
  }

  async structure(
    bytes: Uint8Array,
    lang: Lang,
    corrections: Corrections | readonly ColumnOverride[] = [],
    fileName?: string,
  ): Promise<Uint8Array> {
    const headers: Record<string, string> = { 'Content-Type': XLSX_MIME, Accept: XLSX_MIME };
    withFileName(headers, fileName);
    if (Array.isArray(corrections)) {
      if (corrections.length > 0)
        headers[HEADERS.columnOverrides] = encodeURIComponent(JSON.stringify(corrections));
    } else if (!isEmptyCorrections(corrections as Corrections)) {
      const header = encodeURIComponent(JSON.stringify(corrections));
      if (header.length > LIMITS.correctionsHeaderCharacters) {
        throw new ApiError({
          kind: 'refused',
          status: 0,
          code: 'corrections_too_large',
          message: {
            da: 'Der er for mange rettelser til at sende på én gang. Hent den strukturerede arbejdsbog, og ret resten i den.',
            en: 'There are too many corrections to send at once. Download the structured workbook and correct the rest in it.',
          },
        });
      }
      headers[HEADERS.corrections] = header;
    }
    const response = await this.request(pathOf('structure', {}, { lang }), {
      method: 'POST',
      headers,
      body: bytes.slice().buffer,
    });
    return this.bytes(response);
  }

  /** GET /api/rounds: every reporting round, newest period first. */
  async rounds(): Promise<Round[]> {
    const response = await this.request(pathOf('roundsList', {}), { method: 'GET' });
    return (await this.parsed(response, CONTRACT.roundsList.ok[200])).rounds;
  }

  /** GET /api/rounds/{period}/status: the status list (a coordinator gets their own row). */
  async roundStatus(period: string, filter?: StatusFilter): Promise<StatusResponse> {
    const response = await this.request(pathOf('roundStatus', { period }, { filter }), { method: 'GET' });
    return this.parsed(response, CONTRACT.roundStatus.ok[200]);
  }

  /** POST /api/submissions/{id}/review (leaders): approve or send back with a comment. */
  async review(submissionId: string, request: ReviewRequest): Promise<Review> {
    const response = await this.request(pathOf('review', { id: submissionId }), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return this.parsed(response, CONTRACT.review.ok[201]);
  }

  /** GET /api/submissions/{id}/workbook?lang=: a submission in the template layout, to open it. */
  async submissionWorkbook(submissionId: string, lang: Lang): Promise<Uint8Array> {
    const response = await this.request(pathOf('planWorkbook', { id: submissionId }, { lang }), {
      method: 'GET',
      headers: { Accept: XLSX_MIME },
    });
    return this.bytes(response);
  }

  /** GET /api/municipalities/{code}/corrections: the municipality's remembered corrections. */
  async getRemembered(code: string): Promise<RememberedVersion> {
    const response = await this.request(pathOf('correctionsGet', { code }), { method: 'GET' });
    const etag = response.headers.get('ETag') ?? NO_VERSION_ETAG;
    return { body: await this.parsed(response, CONTRACT.correctionsGet.ok[200]), etag };
  }

  /**
   * PUT /api/municipalities/{code}/corrections: saves the whole set (merge first with
   * mergeRemembered) over the version read; a 409 (someone saved meanwhile) is an ApiError with
   * kind 'refused' and code 'corrections_changed': read again, merge and save again.
   */
  async putRemembered(code: string, set: RememberedEntries, etag: string): Promise<RememberedVersion> {
    const response = await this.request(pathOf('correctionsPut', { code }), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', [HEADERS.ifMatch]: etag },
      body: JSON.stringify(set),
    });
    const next = response.headers.get('ETag') ?? NO_VERSION_ETAG;
    return { body: await this.parsed(response, CONTRACT.correctionsPut.ok[200]), etag: next };
  }
}
