// The HTTP contract (core/contract.ts) is what the service does: every route of the contract answers,
// through the real handlers and Azurite, with a body its success schema accepts (or a workbook where
// it promises one), every failure has the contract's error body, and the route gate lets through
// only the roles the contract names, whatever the handler behind it would do.

import { HttpRequest, InvocationContext } from '@azure/functions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiDoc } from '../../scripts/apiDoc';
import {
  CONTRACT,
  errorBodySchema,
  okSchema,
  pathOf,
  ROUTE_NAMES,
  XLSX,
  XLSX_MEDIA_TYPE,
  type RouteName,
} from '../../core/contract';
import type { Receipt } from '../../core/receipt';
import { EMPTY_REMEMBERED } from '../../core/remembered';
import { isServiceErrorCode } from '../../functions/src/messages';
import { gated } from '../../functions/src/routes';
import { bearer, startService, toResult, type CallResult, type TestService } from './harness';
import { PERIOD, workbook } from './fixtures';

let svc: TestService;
const answers = new Map<RouteName, CallResult>();

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
}, 60_000);
afterAll(async () => svc.close());

async function call(
  name: RouteName,
  who: string | null,
  params: Record<string, string> = {},
  init: { query?: Record<string, string>; body?: Uint8Array | string; headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const path = pathOf(name, params as never, init.query).slice(1);
  const result = await svc.call(name, {
    method: CONTRACT[name].method,
    path,
    params,
    headers: { ...(who ? bearer(await svc.token(who)) : {}), ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  answers.set(name, result);
  return result;
}

const json = { 'content-type': 'application/json' };

test('every route of the contract answers with the body the contract promises', async () => {
  const receipt = (
    await call(
      'submit',
      'coordinator:751',
      {},
      {
        body: await workbook('751', { seed: 1 }),
        headers: { 'content-type': XLSX_MEDIA_TYPE },
      },
    )
  ).json<Receipt>();
  const id = receipt.submissionId;
  await call('history', 'leader');
  await call('receipt', 'leader', { id });
  await call('plan', 'leader', { id });
  await call('planWorkbook', 'leader', { id }, { query: { lang: 'da' } });
  await call(
    'roundOpen',
    'leader',
    {},
    {
      body: JSON.stringify({ period: PERIOD, deadline: '2026-12-31' }),
      headers: json,
    },
  );
  await call('roundsList', 'coordinator:751');
  await call(
    'roundChange',
    'leader',
    { period: PERIOD },
    { body: JSON.stringify({ message: 'Husk noten' }), headers: json },
  );
  await call('roundStatus', 'leader', { period: PERIOD }, { query: { filter: 'mangler' } });
  await call('review', 'leader', { id }, { body: JSON.stringify({ decision: 'approved' }), headers: json });
  await call('reviewGet', 'coordinator:751', { id });
  await call('template', null, {}, { query: { lang: 'en' } });
  await call('health', null);
  await call('me', 'coordinator:751');
  const roster = await call('rosterGet', 'admin');
  await call(
    'rosterPut',
    'admin',
    {},
    {
      body: roster.text,
      headers: { ...json, 'if-match': roster.headers.get('etag') ?? 'none' },
    },
  );
  await call('summary', 'leader', {}, { query: { period: PERIOD } });
  await call('correctionsGet', 'coordinator:751', { code: '751' });
  await call(
    'correctionsPut',
    'coordinator:751',
    { code: '751' },
    {
      body: JSON.stringify(EMPTY_REMEMBERED),
      headers: { ...json, 'if-match': answers.get('correctionsGet')?.headers.get('etag') ?? 'none' },
    },
  );
  await call(
    'structure',
    'coordinator:751',
    {},
    {
      body: await workbook('751', { seed: 2 }),
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      query: { lang: 'da' },
    },
  );
  await call(
    'nextPeriod',
    'coordinator:751',
    {},
    {
      body: await workbook('751', { seed: 3 }),
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      query: { lang: 'da' },
    },
  );
  await call('localOpenId', null);
  await call('localKeys', null);
  await call('localUsers', null);
  await call('localToken', null, {}, { body: JSON.stringify({ as: 'leader' }), headers: json });

  const problems: string[] = [];
  for (const name of ROUTE_NAMES) {
    const answer = answers.get(name);
    if (!answer) {
      problems.push(`${name}: not called`);
      continue;
    }
    const promised = (CONTRACT[name].ok as Partial<Record<number, unknown>>)[answer.status];
    if (promised === undefined) {
      problems.push(`${name}: answered ${answer.status} (${answer.text.slice(0, 120)})`);
    } else if (promised === XLSX) {
      if (answer.headers.get('content-type') !== XLSX_MEDIA_TYPE) problems.push(`${name}: not a workbook`);
      if (answer.bytes.subarray(0, 2).toString('latin1') !== 'PK')
        problems.push(`${name}: not a zip package`);
    } else {
      const parsed = okSchema(name, answer.status as 200 | 201).safeParse(answer.json());
      if (!parsed.success) problems.push(`${name}: ${parsed.error.issues[0]?.message ?? 'shape'}`);
    }
  }
  expect(problems).toEqual([]);
}, 120_000);

test('a failure has the contract’s error body, with a status the route lists', async () => {
  const cases: [RouteName, CallResult][] = [
    ['receipt', await call('receipt', 'coordinator:101', { id: '2026-H2-751-x' })],
    ['summary', await call('summary', 'coordinator:751', {}, { query: { period: PERIOD } })],
    ['roundOpen', await call('roundOpen', 'leader', {}, { body: '{"period":"nope"}', headers: json })],
    ['me', await call('me', null)],
  ];
  for (const [name, answer] of cases) {
    expect(CONTRACT[name].errors).toContain(answer.status);
    expect(errorBodySchema.safeParse(answer.json()).success).toBe(true);
  }
});

describe('the route gate follows the contract’s roles', () => {
  // A handler that would answer anyone: what stops a caller is the gate.
  const open = () => Promise.resolve({ status: 200, jsonBody: { open: true } });

  async function through(name: RouteName, who: string | null): Promise<number> {
    const handler = gated(name, svc.deps, open);
    const request = new HttpRequest({
      method: CONTRACT[name].method,
      url: `${svc.server.url}/${CONTRACT[name].path}`,
      headers: who ? bearer(await svc.token(who)) : {},
    });
    const context = new InvocationContext({
      functionName: name,
      invocationId: 'gate',
      logHandler: () => undefined,
    });
    return (await toResult(await handler(request, context))).status;
  }

  test('the roster (administrators only): others get 403, no token 401', async () => {
    expect(await through('rosterGet', 'admin')).toBe(200);
    expect(await through('rosterGet', 'leader')).toBe(403);
    expect(await through('rosterGet', 'coordinator:751')).toBe(403);
    expect(await through('rosterGet', null)).toBe(401);
  });

  test('a review (leaders and administrators): a coordinator gets 403 before the handler runs', async () => {
    expect(await through('review', 'coordinator:751')).toBe(403);
    expect(await through('review', 'leader')).toBe(200);
  });

  test('a public route is not gated', async () => {
    expect(await through('health', null)).toBe(200);
  });
});

test('every refusal the contract names is one the service knows', () => {
  for (const name of ROUTE_NAMES) {
    const refusedAs = (CONTRACT[name] as { refusedAs?: string }).refusedAs;
    if (refusedAs !== undefined) expect(isServiceErrorCode(refusedAs)).toBe(true);
  }
});

test('docs/api.md is the contract as it stands (npm run api-doc writes it)', () => {
  const written = readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');
  expect(written).toBe(apiDoc());
  for (const name of ROUTE_NAMES) expect(written).toContain(`| \`${name}\` |`);
});
