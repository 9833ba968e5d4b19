// The HTTP contract of the korpsplan service, shared by the service (functions/src/routes.ts registers
// exactly these routes and gates each by its roles), the add-in's client (addin/src/api.ts), the
// command line (cli/) and the reliability campaign (scripts/prove/access.ts builds its access matrix
// from it: a route without a row fails a test).
//
// Each route says: its method and path, who may call it, what it reads (query, headers, body and
// the largest body), what it answers on success (a zod schema for JSON, XLSX for a workbook) and
// which failures it may answer with; every failure has the one error body below.
//
// Pure: no I/O; runs in the browser, in Node and in the Functions host.

import { z } from 'zod';
import { CORRECTIONS_HEADER_MAX } from './corrections';
import { receiptSchema } from './receipt';
import { rememberedSchema } from './remembered-schema';
import { rosterSchema, type UserRole } from './roster';
import {
  changeRoundSchema,
  openRoundSchema,
  reviewRequestSchema,
  reviewSchema,
  roundSchema,
  roundsResponseSchema,
  statusResponseSchema,
  STATUS_FILTERS,
} from './rounds';
import { issueSchema, messageSchema, periodSchema, planSchema } from './schema';

// --- Shared pieces ------------------------------------------------------------------------------

/** The body of every failure: a code and a Danish + English message; 422s on a plan add the issues. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string().min(1), message: messageSchema }),
  issues: z.array(issueSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The answer is the bytes of an .xlsx workbook, not JSON. */
export const XLSX = 'xlsx' as const;
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * The media types a workbook may be sent with: .xlsx, .xlsm (read when it holds no macro; one that
 * does is refused at intake) and bytes without a type.
 */
export const WORKBOOK_MEDIA_TYPES: ReadonlySet<string> = new Set([
  XLSX_MEDIA_TYPE,
  'application/vnd.ms-excel.sheet.macroenabled.12',
  'application/octet-stream',
]);

/** The request headers the service reads (lower case, as HTTP compares them). */
export const HEADERS = {
  /** The coordinator's note on the warnings: URL-encoded UTF-8. */
  note: 'x-korpsplan-note',
  /** A client-made key that makes a retried submission safe (8–200 of A–Z a–z 0–9 . _ : -). */
  idempotencyKey: 'idempotency-key',
  /** The coordinator's corrections, URL-encoded JSON (core/corrections.ts). */
  corrections: 'x-korpsplan-corrections',
  /** Older clients: column corrections only, URL-encoded JSON. */
  columnOverrides: 'x-korpsplan-column-overrides',
  /** The version read (ETag) a change is made over; "none" when nothing is saved yet. */
  ifMatch: 'if-match',
  /**
   * The uploaded file's own name, URL-encoded UTF-8 (fileNameHeader): a hint for the municipality
   * and the half-year where the workbook names neither. Optional, never stored, logged or echoed.
   */
  fileName: 'x-korpsplan-file-name',
} as const;
export type HeaderName = (typeof HEADERS)[keyof typeof HEADERS];

/** Limits the service holds (the upload limit itself is configured: MAX_UPLOAD_BYTES, 5 MiB default). */
export const LIMITS = {
  noteCharacters: 1000,
  idempotencyKey: /^[A-Za-z0-9._:-]{8,200}$/,
  correctionsHeaderCharacters: CORRECTIONS_HEADER_MAX,
  /** The largest PUT body of remembered corrections (the entry caps keep a valid set well below it). */
  correctionsBodyBytes: 64 * 1024,
  /** The largest JSON body of the rounds and review routes. */
  jsonBodyBytes: 64 * 1024,
  defaultUploadBytes: 5 * 1024 * 1024,
} as const;

/** The most characters of a file's name sent and read (file systems allow 255). */
export const FILE_NAME_CHARACTERS = 255;

/** A file's name (its last path segment, at most FILE_NAME_CHARACTERS) as the file-name header. */
export function fileNameHeader(name: string): string | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
  if (base === '') return undefined;
  return encodeURIComponent([...base].slice(0, FILE_NAME_CHARACTERS).join(''));
}

/**
 * The file's name from the file-name header: undefined when absent, not URL-encoded UTF-8, too long
 * or holding a control character. Being a hint, a bad one is left out, never refused; the reader
 * masks any CPR number in it before anything of it is read.
 */
export function fileNameFromHeader(raw: string | null): string | undefined {
  if (raw === null || raw.length > FILE_NAME_CHARACTERS * 12) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  name = name.trim();
  if (name === '' || name.length > FILE_NAME_CHARACTERS * 2 || /[\u0000-\u001f\u007f]/u.test(name))
    return undefined;
  return name;
}

/** The If-Match / ETag value that means "nothing saved yet". */
export const NO_VERSION_ETAG = 'none';

const langQuery = z.object({ lang: z.enum(['da', 'en']).optional() });
const municipalityCode = z.string().regex(/^\d{3}$/);

// --- Answers that live only here ----------------------------------------------------------------

/** GET /api/me: the caller as the service's roster knows them. */
export const meSchema = z.object({
  role: z.enum(['coordinator', 'leader', 'admin']),
  municipality: z.string().optional(),
  name: z.string().optional(),
});
export type Me = z.infer<typeof meSchema>;

/** GET /api/submissions: receipts newest first, the latest submission per municipality and period, reviews by id. */
export const historySchema = z.object({
  submissions: z.array(receiptSchema),
  latest: z.array(z.string()).optional(),
  reviews: z.record(z.string(), reviewSchema).optional(),
});
export type History = z.infer<typeof historySchema>;

/** GET /api/health. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  storage: z.enum(['reachable', 'unreachable']),
  storageMs: z.number().optional(),
  auth: z.enum(['local', 'entra']).optional(),
  message: messageSchema.optional(),
});

export const correctionsResponseSchema = z
  .object({
    municipality: municipalityCode,
    remembered: rememberedSchema,
    /** The saved version in force; null when nothing has been saved. */
    version: z.string().nullable(),
    /** When that version was saved (ISO); absent when nothing has been saved. */
    savedAt: z.string().datetime().optional(),
  })
  .strict();
export type CorrectionsResponse = z.infer<typeof correctionsResponseSchema>;

/** The PUT body: the whole set (the client merges with mergeRemembered before it sends). */
export const correctionsPutSchema = rememberedSchema;

const localUsersSchema = z.object({
  users: z.array(
    z.object({
      as: z.string(),
      role: z.enum(['coordinator', 'leader', 'admin']),
      municipality: z.string().optional(),
      name: z.string(),
    }),
  ),
});
const localTokenSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().positive(),
  as: z.string(),
});

// --- The routes ---------------------------------------------------------------------------------

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
/** A JSON answer's schema, or XLSX for a workbook. */
export type Answer = z.ZodType | typeof XLSX;

export interface RouteContract {
  readonly method: Method;
  /** The path template (also the Functions route), e.g. "api/submissions/{id}/plan". */
  readonly path: string;
  readonly summary: string;
  /** Who may call it: "public" needs no sign-in; otherwise the roles the service lets through. */
  readonly roles: 'public' | readonly UserRole[];
  /** A coordinator acts only for their own municipality (the one the path, body or plan names). */
  readonly ownMunicipality?: boolean;
  /** The refusal (a service error code) a caller of another role gets; role_forbidden when not said. */
  readonly refusedAs?: string;
  /** Served only with local sign-in (AUTH_MODE=local). */
  readonly localOnly?: boolean;
  readonly query?: z.ZodObject;
  readonly headers?: readonly HeaderName[];
  /** The request body: a JSON schema, or XLSX for a workbook's bytes. */
  readonly body?: Answer;
  /** The largest body read, in bytes ("upload" = the configured upload limit). */
  readonly maxBody?: number | 'upload';
  /** Success statuses and what each holds. */
  readonly ok: Readonly<Partial<Record<200 | 201, Answer>>>;
  /** The failure statuses it may answer with (each with errorBodySchema). */
  readonly errors: readonly number[];
  /** Response headers worth knowing (ETag, Location, Retry-After, Content-Disposition). */
  readonly answerHeaders?: readonly string[];
}

const SIGNED_IN: readonly UserRole[] = ['coordinator', 'leader', 'admin'];
const LEADERS: readonly UserRole[] = ['leader', 'admin'];

export const CONTRACT = {
  submit: {
    method: 'POST',
    path: 'api/submissions',
    summary: 'Submit a plan workbook; the service reads, validates and stores it write-once.',
    roles: ['coordinator', 'admin'],
    ownMunicipality: true,
    headers: [HEADERS.note, HEADERS.idempotencyKey, HEADERS.fileName],
    body: XLSX,
    maxBody: 'upload',
    ok: { 201: receiptSchema, 200: receiptSchema },
    errors: [401, 403, 409, 413, 415, 422, 503],
    /** Korpsplan-Plan-Unchanged: true on a 200 for a plan equal to the latest (its receipt again). */
    answerHeaders: ['Location', 'Korpsplan-Plan-Unchanged'],
  },
  history: {
    method: 'GET',
    path: 'api/submissions',
    summary: 'The receipts the caller may see (a coordinator: their own), newest first.',
    roles: SIGNED_IN,
    ownMunicipality: true,
    query: z.object({ municipality: municipalityCode.optional(), period: periodSchema.optional() }),
    ok: { 200: historySchema },
    errors: [400, 401, 403, 503],
  },
  receipt: {
    method: 'GET',
    path: 'api/submissions/{id}',
    summary: 'One submission’s receipt.',
    roles: SIGNED_IN,
    ownMunicipality: true,
    ok: { 200: receiptSchema },
    errors: [401, 403, 404, 503],
  },
  plan: {
    method: 'GET',
    path: 'api/submissions/{id}/plan',
    summary: 'One submission’s canonical plan.',
    roles: SIGNED_IN,
    ownMunicipality: true,
    ok: { 200: planSchema },
    errors: [401, 403, 404, 503],
  },
  planWorkbook: {
    method: 'GET',
    path: 'api/submissions/{id}/workbook',
    summary: 'One submission in the template layout, to open in Excel.',
    roles: SIGNED_IN,
    ownMunicipality: true,
    query: langQuery,
    ok: { 200: XLSX },
    errors: [400, 401, 403, 404, 503],
  },
  review: {
    method: 'POST',
    path: 'api/submissions/{id}/review',
    summary: 'Approve a submission or send it back with a comment (once per submission).',
    roles: LEADERS,
    body: reviewRequestSchema,
    maxBody: LIMITS.jsonBodyBytes,
    ok: { 201: reviewSchema },
    errors: [400, 401, 403, 404, 409, 413, 422, 503],
  },
  reviewGet: {
    method: 'GET',
    path: 'api/submissions/{id}/review',
    summary: 'A submission’s review.',
    roles: SIGNED_IN,
    ownMunicipality: true,
    ok: { 200: reviewSchema },
    errors: [401, 403, 404, 503],
  },
  template: {
    method: 'GET',
    path: 'api/template',
    summary: 'The current template workbook (holds no data).',
    roles: 'public',
    query: langQuery,
    ok: { 200: XLSX },
    errors: [400, 503],
    answerHeaders: ['Content-Disposition'],
  },
  health: {
    method: 'GET',
    path: 'api/health',
    summary: 'Whether storage is reachable and which version runs (says nothing about data).',
    roles: 'public',
    ok: { 200: healthSchema },
    errors: [503],
    answerHeaders: ['Retry-After'],
  },
  me: {
    method: 'GET',
    path: 'api/me',
    summary: 'The caller’s role and municipality as the roster has them.',
    roles: SIGNED_IN,
    ok: { 200: meSchema },
    errors: [401, 403, 503],
  },
  rosterGet: {
    method: 'GET',
    path: 'api/roster',
    summary: 'The roster of users.',
    roles: ['admin'],
    ok: { 200: rosterSchema },
    errors: [401, 403, 503],
    answerHeaders: ['ETag'],
  },
  rosterPut: {
    method: 'PUT',
    path: 'api/roster',
    summary: 'Replace the roster over the version read.',
    roles: ['admin'],
    headers: [HEADERS.ifMatch],
    body: rosterSchema,
    ok: { 200: rosterSchema },
    errors: [400, 401, 403, 409, 412, 413, 422, 503],
    answerHeaders: ['ETag'],
  },
  summary: {
    method: 'GET',
    path: 'api/summary',
    summary: 'The corps summary workbook for a period (basis=approved: approved plans only).',
    roles: LEADERS,
    query: z.object({
      period: periodSchema,
      lang: z.enum(['da', 'en']).optional(),
      basis: z.enum(['latest', 'approved']).optional(),
    }),
    ok: { 200: XLSX },
    errors: [400, 401, 403, 503],
    answerHeaders: ['Content-Disposition'],
  },
  correctionsGet: {
    method: 'GET',
    path: 'api/municipalities/{code}/corrections',
    summary: 'The municipality’s remembered corrections (its own coordinator only).',
    roles: ['coordinator'],
    ownMunicipality: true,
    refusedAs: 'corrections_forbidden',
    ok: { 200: correctionsResponseSchema },
    errors: [400, 401, 403, 503],
    answerHeaders: ['ETag'],
  },
  correctionsPut: {
    method: 'PUT',
    path: 'api/municipalities/{code}/corrections',
    summary: 'Save the whole set of remembered corrections over the version read.',
    roles: ['coordinator'],
    ownMunicipality: true,
    refusedAs: 'corrections_forbidden',
    headers: [HEADERS.ifMatch],
    body: correctionsPutSchema,
    maxBody: LIMITS.correctionsBodyBytes,
    ok: { 200: correctionsResponseSchema },
    errors: [400, 401, 403, 409, 413, 422, 503],
    answerHeaders: ['ETag'],
  },
  structure: {
    method: 'POST',
    path: 'api/structure',
    summary: 'The workbook in the template layout, with the corrections applied; nothing is stored.',
    roles: SIGNED_IN,
    query: langQuery,
    headers: [HEADERS.corrections, HEADERS.columnOverrides, HEADERS.fileName],
    body: XLSX,
    maxBody: 'upload',
    ok: { 200: XLSX },
    errors: [400, 401, 403, 413, 415, 422, 503],
    answerHeaders: ['Content-Disposition'],
  },
  nextPeriod: {
    method: 'POST',
    path: 'api/next-period',
    summary:
      'The next half-year’s workbook from the last one (its history sheet beside it); nothing is stored.',
    roles: SIGNED_IN,
    query: z.object({ lang: z.enum(['da', 'en']).optional(), period: periodSchema.optional() }),
    body: XLSX,
    maxBody: 'upload',
    ok: { 200: XLSX },
    errors: [400, 401, 403, 413, 415, 422, 503],
    answerHeaders: ['Content-Disposition'],
  },
  roundsList: {
    method: 'GET',
    path: 'api/rounds',
    summary: 'Every reporting round, newest period first.',
    roles: SIGNED_IN,
    ok: { 200: roundsResponseSchema },
    errors: [401, 403, 503],
  },
  roundOpen: {
    method: 'POST',
    path: 'api/rounds',
    summary: 'Open the round of a period with its deadline.',
    roles: LEADERS,
    body: openRoundSchema,
    maxBody: LIMITS.jsonBodyBytes,
    ok: { 201: roundSchema },
    errors: [400, 401, 403, 409, 413, 422, 503],
    answerHeaders: ['ETag'],
  },
  roundChange: {
    method: 'PATCH',
    path: 'api/rounds/{period}',
    summary: 'Move the deadline, change the message or the expected municipalities, or close the round.',
    roles: LEADERS,
    headers: [HEADERS.ifMatch],
    body: changeRoundSchema,
    maxBody: LIMITS.jsonBodyBytes,
    ok: { 200: roundSchema },
    errors: [400, 401, 403, 404, 409, 412, 413, 422, 503],
    answerHeaders: ['ETag'],
  },
  roundStatus: {
    method: 'GET',
    path: 'api/rounds/{period}/status',
    summary: 'The round’s status list (a coordinator gets their own row).',
    roles: SIGNED_IN,
    query: z.object({ filter: z.enum(STATUS_FILTERS).optional() }),
    ok: { 200: statusResponseSchema },
    errors: [400, 401, 403, 404, 503],
  },
  localOpenId: {
    method: 'GET',
    path: 'local-issuer/v2.0/.well-known/openid-configuration',
    summary: 'Local sign-in: the issuer’s OpenID configuration.',
    roles: 'public',
    localOnly: true,
    ok: { 200: z.object({ issuer: z.string(), jwks_uri: z.string() }).loose() },
    errors: [],
  },
  localKeys: {
    method: 'GET',
    path: 'local-issuer/discovery/v2.0/keys',
    summary: 'Local sign-in: the issuer’s public keys.',
    roles: 'public',
    localOnly: true,
    ok: {
      200: z.object({
        keys: z.array(z.object({ kty: z.string().optional(), kid: z.string().optional() }).loose()),
      }),
    },
    errors: [],
  },
  localUsers: {
    method: 'GET',
    path: 'local-issuer/users',
    summary: 'Local sign-in: the users one may sign in as.',
    roles: 'public',
    localOnly: true,
    ok: { 200: localUsersSchema },
    errors: [503],
  },
  localToken: {
    method: 'POST',
    path: 'local-issuer/token',
    summary: 'Local sign-in: a token for one of the users.',
    roles: 'public',
    localOnly: true,
    body: z.object({ as: z.string().min(1).max(40) }),
    ok: { 200: localTokenSchema },
    errors: [400],
  },
} as const satisfies Record<string, RouteContract>;

export type RouteName = keyof typeof CONTRACT;
export const ROUTE_NAMES = Object.keys(CONTRACT) as RouteName[];

/** The route's contract as the general shape (for code that walks every route). */
export function routeContract(name: RouteName): RouteContract {
  return CONTRACT[name];
}

// --- Paths --------------------------------------------------------------------------------------

type ParamsOf<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | ParamsOf<Rest> : never;
export type PathParams<N extends RouteName> = Record<ParamsOf<(typeof CONTRACT)[N]['path']>, string>;

/**
 * The path to call for a route, its {params} filled in (encoded) and the query appended, e.g.
 * pathOf('review', { id }) → "/api/submissions/…/review".
 */
export function pathOf<N extends RouteName>(
  name: N,
  params: PathParams<N>,
  query: Record<string, string | undefined> = {},
): string {
  const values = params as Record<string, string>;
  const path = CONTRACT[name].path.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`pathOf(${name}): no value for {${key}}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') search.set(k, v);
  const qs = search.toString();
  return `/${path}${qs ? `?${qs}` : ''}`;
}

/** The JSON answer of a route on a status (a type error where the route answers with a workbook). */
export type OkBody<
  N extends RouteName,
  S extends keyof (typeof CONTRACT)[N]['ok'],
> = (typeof CONTRACT)[N]['ok'][S] extends z.ZodType ? z.input<(typeof CONTRACT)[N]['ok'][S]> : never;

/** What a route's JSON answer holds once parsed, whichever success status it came with. */
export type OkAnswer<N extends RouteName> = {
  [S in keyof (typeof CONTRACT)[N]['ok']]: (typeof CONTRACT)[N]['ok'][S] extends z.ZodType
    ? z.output<(typeof CONTRACT)[N]['ok'][S]>
    : never;
}[keyof (typeof CONTRACT)[N]['ok']];

/** The schema of a route's JSON answer on a status; throws where the route answers with a workbook. */
export function okSchema<N extends RouteName>(name: N, status: 200 | 201 = 200): z.ZodType {
  const answer = (CONTRACT[name].ok as Partial<Record<200 | 201, Answer>>)[status];
  if (answer === undefined || answer === XLSX) throw new Error(`${name} answers ${status} without JSON`);
  return answer;
}

/** The paths of every route that takes a workbook (the door: intake, CPR search, limits apply to each). */
export function uploadRoutes(): string[] {
  return ROUTE_NAMES.filter((n) => routeContract(n).body === XLSX && !routeContract(n).localOnly).map(
    (n) => `/${CONTRACT[n].path}`,
  );
}

/** Whether a role may call a route at all (a coordinator may still be refused another municipality). */
export function roleAllowed(name: RouteName, role: UserRole): boolean {
  const roles = CONTRACT[name].roles;
  return roles === 'public' || (roles as readonly UserRole[]).includes(role);
}

// --- Remembered corrections (kept by their earlier names) ---------------------------------------

/** The route template (functions/src/routes.ts) and the path for one municipality. */
export const CORRECTIONS_ROUTE = CONTRACT.correctionsGet.path;
export function correctionsPath(code: string): string {
  return pathOf('correctionsGet', { code });
}
export const CORRECTIONS_MAX_BYTES = LIMITS.correctionsBodyBytes;
