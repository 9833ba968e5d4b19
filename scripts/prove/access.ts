// Access: every route × {no token, bad token, coordinator of 751, coordinator of 101, leader,
// administrator}, each cell with the status it must get and, where the answer holds data, a check of
// what it holds (a coordinator's history holds their own municipality only). "Bad token" is three
// tokens, all of which must be refused: a signed token whose claims were changed afterwards (a
// coordinator made administrator), a token signed with a key of the caller's own under the real
// key id, and a string that is no token at all.

import { base64url, generateKeyPair, SignJWT } from 'jose';
import {
  CONTRACT,
  correctionsPath,
  ROUTE_NAMES,
  type RouteContract,
  type RouteName,
} from '../../core/contract';
import type { UserRole } from '../../core/roster';
import type { Receipt } from '../../core/receipt';
import { EMPTY_REMEMBERED } from '../../core/remembered';
import { localObjectId } from '../../functions/src/auth/localIssuer';
import { LOCAL_AUDIENCE, LOCAL_TENANT_ID } from '../../functions/src/config';
import { demoPlan, demoWorkbook } from '../../functions/src/local/demoPlans';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bilingual, errorOf, parseJson, text, type Client, type Reply } from './client';
import { PROVE_PERIOD } from './service';

export const PRINCIPALS = ['none', 'bad', 'coordinator:751', 'coordinator:101', 'leader', 'admin'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface AccessContext {
  readonly client: Client;
  /** A committed submission of each of 751 and 101. */
  readonly ids: { readonly '751': string; readonly '101': string };
  /** A valid plan workbook of 751 per principal that may submit it (distinct bytes, so 201). */
  readonly workbook751: (principal: Principal) => Uint8Array;
  readonly badTokens: readonly { readonly kind: string; readonly token: string }[];
}

export interface RouteCase {
  /** The route's name in the HTTP contract (core/contract.ts), so that a route without a row is seen. */
  readonly spec: RouteName;
  readonly route: string;
  readonly method: string;
  readonly path: (ctx: AccessContext) => string;
  readonly body?: (ctx: AccessContext, principal: Principal) => Uint8Array | string;
  readonly headers?: Record<string, string>;
  /** The status each principal must get (a list where either is right). */
  readonly expect: Record<Principal, number | readonly number[]>;
  /** What a successful answer must hold; returns a problem or null. */
  readonly holds?: (reply: Reply, principal: Principal, ctx: AccessContext) => string | null;
}

const OWN_ONLY = (reply: Reply, principal: Principal, ctx: AccessContext): string | null => {
  const body = parseJson<{ submissions: Receipt[]; latest: string[] }>(reply);
  const codes = new Set(body.submissions.map((r) => r.municipality.code));
  const ids = new Set(body.submissions.map((r) => r.submissionId));
  if (principal === 'coordinator:751' || principal === 'coordinator:101') {
    const own = principal === 'coordinator:751' ? '751' : '101';
    const other = own === '751' ? '101' : '751';
    if ([...codes].some((c) => c !== own)) return `lists submissions of ${[...codes].join(', ')}`;
    if (body.latest.some((id) => !id.includes(`-${own}-`))) return 'names another municipality’s latest';
    if (!ids.has(ctx.ids[own])) return `misses its own submission`;
    if (ids.has(ctx.ids[other])) return `lists ${other}’s submission`;
    return null;
  }
  return ids.has(ctx.ids['751']) && ids.has(ctx.ids['101']) ? null : 'misses a municipality';
};

const READS_751 = (reply: Reply): string | null =>
  text(reply).includes('751') ? null : 'does not hold municipality 751’s submission';

/** The full table: one row per route (and per variant where the variant matters for access). */
export const ROUTE_CASES: readonly RouteCase[] = [
  {
    spec: 'submit',
    route: 'POST /api/submissions (a plan of 751)',
    method: 'POST',
    path: () => '/api/submissions',
    body: (ctx, p) => ctx.workbook751(p),
    headers: { 'content-type': XLSX_TYPE },
    expect: {
      none: 401,
      bad: 401,
      'coordinator:751': 201,
      'coordinator:101': 403,
      leader: 403,
      admin: 201,
    },
  },
  {
    spec: 'history',
    route: 'GET /api/submissions',
    method: 'GET',
    path: () => '/api/submissions',
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
    holds: OWN_ONLY,
  },
  {
    spec: 'history',
    route: 'GET /api/submissions?municipality=751',
    method: 'GET',
    path: () => '/api/submissions?municipality=751',
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 200, admin: 200 },
    holds: READS_751,
  },
  {
    spec: 'receipt',
    route: 'GET /api/submissions/{id of 751}',
    method: 'GET',
    path: (ctx) => `/api/submissions/${ctx.ids['751']}`,
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 200, admin: 200 },
    holds: READS_751,
  },
  {
    spec: 'plan',
    route: 'GET /api/submissions/{id of 751}/plan',
    method: 'GET',
    path: (ctx) => `/api/submissions/${ctx.ids['751']}/plan`,
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 200, admin: 200 },
    holds: (reply) =>
      parseJson<{ municipality?: { code?: string } }>(reply).municipality?.code === '751'
        ? null
        : 'not 751’s plan',
  },
  {
    spec: 'planWorkbook',
    route: 'GET /api/submissions/{id of 751}/workbook',
    method: 'GET',
    path: (ctx) => `/api/submissions/${ctx.ids['751']}/workbook`,
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 200, admin: 200 },
    holds: (reply) => (reply.headers['content-type'] === XLSX_TYPE ? null : 'not a workbook'),
  },
  {
    spec: 'summary',
    route: `GET /api/summary?period=${PROVE_PERIOD}`,
    method: 'GET',
    path: () => `/api/summary?period=${PROVE_PERIOD}`,
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 200, admin: 200 },
    holds: (reply) => (reply.headers['content-type'] === XLSX_TYPE ? null : 'not a workbook'),
  },
  {
    spec: 'rosterGet',
    route: 'GET /api/roster',
    method: 'GET',
    path: () => '/api/roster',
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 403, admin: 200 },
  },
  {
    spec: 'rosterPut',
    route: 'PUT /api/roster (the same roster back)',
    method: 'PUT',
    path: () => '/api/roster',
    body: () => '',
    headers: { 'content-type': 'application/json' },
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 403, admin: 200 },
  },
  {
    spec: 'structure',
    route: 'POST /api/structure (a plan of 751)',
    method: 'POST',
    path: () => '/api/structure',
    body: (ctx, p) => ctx.workbook751(p),
    headers: { 'content-type': XLSX_TYPE },
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
  {
    spec: 'nextPeriod',
    route: 'POST /api/next-period (a plan of 751; nothing stored)',
    method: 'POST',
    path: () => '/api/next-period',
    body: (ctx, p) => ctx.workbook751(p),
    headers: { 'content-type': XLSX_TYPE },
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
  {
    spec: 'roundsList',
    route: 'GET /api/rounds',
    method: 'GET',
    path: () => '/api/rounds',
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
  {
    spec: 'roundOpen',
    route: `POST /api/rounds (${PROVE_PERIOD}; the second opening finds it open)`,
    method: 'POST',
    path: () => '/api/rounds',
    body: () => JSON.stringify({ period: PROVE_PERIOD, deadline: '2026-12-31' }),
    headers: { 'content-type': 'application/json' },
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 201, admin: 409 },
  },
  {
    spec: 'roundChange',
    route: `PATCH /api/rounds/${PROVE_PERIOD} (a message to coordinators)`,
    method: 'PATCH',
    path: () => `/api/rounds/${PROVE_PERIOD}`,
    body: (_ctx, p) => JSON.stringify({ message: `Husk noten (${p})` }),
    headers: { 'content-type': 'application/json' },
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 200, admin: 200 },
  },
  {
    spec: 'roundStatus',
    route: `GET /api/rounds/${PROVE_PERIOD}/status`,
    method: 'GET',
    path: () => `/api/rounds/${PROVE_PERIOD}/status`,
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
    holds: (reply, principal) => {
      const rows = parseJson<{ rows: { municipality: string }[] }>(reply).rows.map((r) => r.municipality);
      const own = principal.startsWith('coordinator:') ? principal.split(':')[1] : undefined;
      if (own) return rows.length === 1 && rows[0] === own ? null : `lists ${rows.join(', ') || 'nothing'}`;
      return rows.includes('751') && rows.includes('101') ? null : 'misses a municipality';
    },
  },
  {
    spec: 'review',
    route: 'POST /api/submissions/{id of 101}/review (approve; the second review finds it taken)',
    method: 'POST',
    path: (ctx) => `/api/submissions/${ctx.ids['101']}/review`,
    body: () => JSON.stringify({ decision: 'approved' }),
    headers: { 'content-type': 'application/json' },
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 403, leader: 201, admin: 409 },
  },
  {
    spec: 'reviewGet',
    route: 'GET /api/submissions/{id of 101}/review',
    method: 'GET',
    path: (ctx) => `/api/submissions/${ctx.ids['101']}/review`,
    expect: { none: 401, bad: 401, 'coordinator:751': 403, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
  {
    spec: 'correctionsGet',
    route: 'GET /api/municipalities/751/corrections (own coordinator only)',
    method: 'GET',
    path: () => correctionsPath('751'),
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 403, admin: 403 },
    holds: (reply) =>
      parseJson<{ municipality?: string }>(reply).municipality === '751'
        ? null
        : 'names another municipality',
  },
  {
    spec: 'correctionsPut',
    route: 'PUT /api/municipalities/751/corrections (own coordinator only)',
    method: 'PUT',
    path: () => correctionsPath('751'),
    body: () => JSON.stringify(EMPTY_REMEMBERED),
    headers: { 'content-type': 'application/json' },
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 403, leader: 403, admin: 403 },
  },
  {
    spec: 'me',
    route: 'GET /api/me',
    method: 'GET',
    path: () => '/api/me',
    expect: { none: 401, bad: 401, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
    holds: (reply, principal) => {
      const me = parseJson<{ role?: string; municipality?: string }>(reply);
      const [role, municipality] = principal.split(':');
      return me.role === role && me.municipality === municipality
        ? null
        : `says ${me.role ?? '?'} ${me.municipality ?? ''}`;
    },
  },
  {
    spec: 'template',
    route: 'GET /api/template (public: holds no data)',
    method: 'GET',
    path: () => '/api/template',
    expect: { none: 200, bad: 200, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
  {
    spec: 'health',
    route: 'GET /api/health (public: says nothing about data)',
    method: 'GET',
    path: () => '/api/health',
    expect: { none: 200, bad: 200, 'coordinator:751': 200, 'coordinator:101': 200, leader: 200, admin: 200 },
  },
];

/** Routes of the HTTP contract (local sign-in left out) that have no row in the matrix. */
export function uncoveredRoutes(cases: readonly RouteCase[] = ROUTE_CASES): string[] {
  const covered = new Set<RouteName>(cases.map((c) => c.spec));
  return ROUTE_NAMES.filter((name) => !('localOnly' in CONTRACT[name]) && !covered.has(name)).map(
    (name) => `${CONTRACT[name].method} /${CONTRACT[name].path}`,
  );
}

const ROLE_OF: Record<Exclude<Principal, 'none' | 'bad'>, UserRole> = {
  'coordinator:751': 'coordinator',
  'coordinator:101': 'coordinator',
  leader: 'leader',
  admin: 'admin',
};

/**
 * Cells of the matrix that contradict the contract's roles: without a valid token a signed-in route
 * must answer 401; a role the contract does not allow must get 403; a public route answers everyone.
 * (A role the contract allows may still be refused for another municipality or a state: not checked
 * here, the matrix's own expectations say that.)
 */
export function contractDisagreements(
  cases: readonly RouteCase[] = ROUTE_CASES,
  rolesOf: (name: RouteName) => RouteContract['roles'] = (name) => CONTRACT[name].roles,
): string[] {
  const problems: string[] = [];
  for (const c of cases) {
    const roles = rolesOf(c.spec);
    for (const principal of PRINCIPALS) {
      const expected = [c.expect[principal]].flat();
      const refused = expected.every((s) => s === 401 || s === 403);
      let must: string | null = null;
      if (roles === 'public') {
        if (refused) must = 'an answer (the route is public)';
      } else if (principal === 'none' || principal === 'bad') {
        if (!expected.every((s) => s === 401)) must = '401';
      } else if (!roles.includes(ROLE_OF[principal])) {
        if (!expected.every((s) => s === 403)) must = '403';
      }
      if (must)
        problems.push(
          `${c.route} · ${principal}: the matrix expects ${expected.join('/')}, the contract says ${must}`,
        );
    }
  }
  return problems;
}

/** Three tokens that must never be accepted (made from a real one where that is the attack). */
export async function makeBadTokens(client: Client): Promise<{ kind: string; token: string }[]> {
  const real = await client.token('coordinator:751');
  const [header, payload, signature] = real.split('.');
  if (!header || !payload || !signature) throw new Error('the local token is not a JWT');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  const admin = localObjectId({ role: 'admin' });
  const tampered = `${header}.${base64url.encode(JSON.stringify({ ...claims, oid: admin, sub: admin }))}.${signature}`;
  const kid = (JSON.parse(new TextDecoder().decode(base64url.decode(header))) as { kid?: string }).kid ?? '';
  const { privateKey } = await generateKeyPair('RS256');
  const now = Math.floor(Date.now() / 1000);
  const forged = await new SignJWT({
    ...claims,
    oid: admin,
    sub: admin,
    tid: LOCAL_TENANT_ID,
    aud: LOCAL_AUDIENCE,
    iat: now,
    nbf: now,
    exp: now + 600,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .sign(privateKey);
  return [
    { kind: 'claims changed after signing (coordinator → administrator)', token: tampered },
    { kind: 'signed with another key under the real key id', token: forged },
    { kind: 'not a token', token: 'not-a-token' },
  ];
}

export interface AccessCell {
  readonly route: string;
  readonly principal: Principal;
  readonly expected: string;
  /** The status got (for "bad": every bad token's, joined). */
  readonly got: string;
  readonly pass: boolean;
  readonly problem: string | null;
}

function allowed(expect: number | readonly number[]): readonly number[] {
  return typeof expect === 'number' ? [expect] : expect;
}

async function call(
  ctx: AccessContext,
  c: RouteCase,
  principal: Principal,
  token: string | undefined,
  body: Uint8Array | string | undefined,
  extraHeaders: Record<string, string> = {},
): Promise<Reply> {
  return ctx.client.request(c.method, c.path(ctx), {
    ...(token !== undefined ? { token } : {}),
    headers: { ...c.headers, ...extraHeaders },
    ...(body !== undefined ? { body } : {}),
  });
}

async function runCell(ctx: AccessContext, c: RouteCase, principal: Principal): Promise<AccessCell> {
  const want = allowed(c.expect[principal]);
  const expected = want.join(' or ');
  const replies: Reply[] = [];
  if (principal === 'none') {
    replies.push(await call(ctx, c, principal, undefined, c.body?.(ctx, principal)));
  } else if (principal === 'bad') {
    for (const bad of ctx.badTokens)
      replies.push(await call(ctx, c, principal, bad.token, c.body?.(ctx, principal)));
  } else {
    const token = await ctx.client.token(principal);
    let body = c.body?.(ctx, principal);
    const headers: Record<string, string> = {};
    if (c.method === 'PUT' && c.route.startsWith('PUT /api/roster')) {
      // The roster as an administrator reads it, sent back under its ETag.
      const current = await ctx.client.get('admin', '/api/roster');
      body = text(current);
      headers['if-match'] = current.headers.etag ?? 'none';
    }
    replies.push(await call(ctx, c, principal, token, body, headers));
  }
  let problem: string | null = null;
  for (const reply of replies) {
    if (!want.includes(reply.status)) {
      problem = `${reply.status}${errorOf(reply) ? ` ${errorOf(reply)?.code}` : ''}`;
      break;
    }
    if (reply.status >= 400 && !bilingual(reply)) {
      problem = 'refusal without a Danish and an English message';
      break;
    }
    if (reply.status < 300 && c.holds) {
      problem = c.holds(reply, principal, ctx);
      if (problem) break;
    }
  }
  return {
    route: c.route,
    principal,
    expected,
    got: replies.map((r) => r.status).join('/'),
    pass: problem === null,
    problem,
  };
}

export async function runAccess(
  ctx: AccessContext,
  cases: readonly RouteCase[] = ROUTE_CASES,
): Promise<AccessCell[]> {
  const out: AccessCell[] = [];
  for (const c of cases) for (const p of PRINCIPALS) out.push(await runCell(ctx, c, p));
  return out;
}

/** Commits one submission each for 751 and 101 and makes the workbooks the matrix sends. */
export async function prepareAccess(client: Client): Promise<AccessContext> {
  const plan = (municipality: string, seed: number): Promise<Uint8Array> =>
    demoWorkbook(demoPlan({ municipality, period: PROVE_PERIOD, today: '2026-10-01', seed }));
  const ids = { '751': '', '101': '' };
  for (const code of ['751', '101'] as const) {
    const reply = await client.submit(`coordinator:${code}`, await plan(code, 8100 + Number(code)));
    if (reply.status !== 201 && reply.status !== 200)
      throw new Error(
        `the access matrix's setup submission for ${code} answered ${reply.status}: ${text(reply)}`,
      );
    ids[code] = parseJson<Receipt>(reply).submissionId;
  }
  const variants = new Map<Principal, Uint8Array>();
  let seed = 8200;
  for (const p of PRINCIPALS) variants.set(p, await plan('751', seed++));
  return {
    client,
    ids,
    workbook751: (p) => {
      const bytes = variants.get(p);
      if (!bytes) throw new Error(`no workbook for ${p}`);
      return bytes;
    },
    badTokens: await makeBadTokens(client),
  };
}
