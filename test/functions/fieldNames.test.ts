// What a refused request says names the field as a Danish (or English) reader knows it — "perioden
// mangler", "kommunekoden …" — through the real handlers (core/zodText.ts; issue 15 §3), never zod's
// `period: Invalid input` and never the value that was sent.

import { pathOf, CONTRACT, errorBodySchema, type RouteName } from '../../core/contract';
import { bearer, startService, type CallResult, type TestService } from './harness';

let svc: TestService;

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
}, 60_000);
afterAll(async () => svc.close());

async function call(
  name: RouteName,
  who: string,
  init: { query?: Record<string, string>; body?: string; params?: Record<string, string> } = {},
): Promise<CallResult> {
  const params = init.params ?? {};
  return svc.call(name, {
    method: CONTRACT[name].method,
    path: pathOf(name, params as never, init.query).slice(1),
    params,
    headers: {
      ...bearer(await svc.token(who)),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
}

function message(result: CallResult): { da: string; en: string } {
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  const body = errorBodySchema.parse(result.json());
  // zod's own English, or a bare dotted path, is not what a reader gets.
  for (const text of [body.error.message.da, body.error.message.en]) {
    expect(text).not.toMatch(/Invalid input|expected string|received undefined|✖/);
  }
  return body.error.message;
}

test('the summary without a period: "perioden mangler"', async () => {
  const m = message(await call('summary', 'leader'));
  expect(m.da).toContain('perioden mangler');
  expect(m.da).not.toContain('period mangler');
  expect(m.en).toContain('the period is missing');
});

test('a query parameter of the wrong form names the field in Danish', async () => {
  const m = message(await call('summary', 'leader', { query: { period: '2026-H2', lang: 'fr' } }));
  expect(m.da).toContain('sproget skal være da eller en');
  expect(m.en).toContain('the language must be da or en');
});

test('a round with a malformed period and no deadline: each field by its Danish name', async () => {
  const m = message(await call('roundOpen', 'leader', { body: JSON.stringify({ period: '2026-X9' }) }));
  expect(m.da).toContain('perioden skal skrives som 2026-H2');
  expect(m.da).toContain('fristen mangler');
  expect(m.en).toContain('the deadline is missing');
  expect(m.en).toContain('the period must be written like 2026-H2');
  expect(m.da).not.toContain('2026-X9');
});

test('a roster with an unknown municipality code and a missing object id', async () => {
  const roster = {
    entries: [
      {
        tenantId: '11111111-1111-4111-8111-111111111111',
        role: 'coordinator',
        municipality: '999',
        name: 'Test Bruger',
      },
    ],
  };
  const m = message(await call('rosterPut', 'admin', { body: JSON.stringify({ version: 1, ...roster }) }));
  expect(m.da).toContain('kommunen i bruger nr. 1 findes ikke på listen');
  expect(m.da).toContain('objekt-id’et (objectId) i bruger nr. 1 mangler');
  expect(m.en).toContain('the municipality of user 1 is not in the list');
  expect(m.da).not.toContain('999');
  expect(m.da).not.toContain('entries.0');
});

test('remembered corrections of the wrong shape: the field, not the value sent', async () => {
  const m = message(
    await call('correctionsPut', 'coordinator:751', {
      params: { code: '751' },
      body: JSON.stringify({ version: 1, cover: 'hemmelig-værdi' }),
    }),
  );
  expect(m.da).not.toContain('hemmelig-værdi');
  expect(m.da).not.toMatch(/\(rod\)|: Invalid/);
  expect(m.da).toContain('kolonnerne mangler');
  expect(m.en).toContain('the columns are missing');
});
