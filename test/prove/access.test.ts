// The access matrix over HTTP: every route × {no token, bad token, coordinator of 751, coordinator
// of 101, leader, administrator} gets the status it must, and a coordinator's answers hold their own
// municipality only.

import { CONTRACT } from '../../core/contract';
import { Client, type Reply } from '../../scripts/prove/client';
import {
  PRINCIPALS,
  prepareAccess,
  ROUTE_CASES,
  contractDisagreements,
  runAccess,
  uncoveredRoutes,
  type AccessCell,
  type AccessContext,
  type RouteCase,
} from '../../scripts/prove/access';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';

let stack: Stack;
let ctx: AccessContext;
let cells: AccessCell[];
beforeAll(async () => {
  stack = await startInProcessStack();
  ctx = await prepareAccess(new Client(stack.url));
  cells = await runAccess(ctx);
}, 60_000);
afterAll(() => stack.close());

test('the matrix covers every route of the service, for every caller', () => {
  expect(uncoveredRoutes()).toEqual([]);
  expect(cells).toHaveLength(ROUTE_CASES.length * PRINCIPALS.length);
  expect(ctx.badTokens.length).toBeGreaterThanOrEqual(3);
});

test('the matrix agrees with the roles the HTTP contract allows on every route', () => {
  expect(contractDisagreements()).toEqual([]);
});

test.each(ROUTE_CASES.map((c) => [c.route] as const))('%s', (route) => {
  const failed = cells.filter((c) => c.route === route && !c.pass);
  expect(failed).toEqual([]);
});

describe('controls: the matrix can fail', () => {
  test('a route left out of the matrix is named', () => {
    expect(uncoveredRoutes(ROUTE_CASES.filter((c) => c.spec !== 'me'))).toEqual(['GET /api/me']);
  });

  test('a contract that allows fewer roles than the matrix lets through is caught', () => {
    // Were the rounds list for leaders only in the contract, the matrix's 200s for coordinators
    // (and the service that gives them) would contradict it.
    const narrowed = contractDisagreements(ROUTE_CASES, (name) =>
      name === 'roundsList' ? ['leader', 'admin'] : CONTRACT[name].roles,
    );
    expect(narrowed).toEqual([
      expect.stringMatching(
        /^GET \/api\/rounds · coordinator:751: the matrix expects 200, the contract says 403$/,
      ),
      expect.stringMatching(
        /^GET \/api\/rounds · coordinator:101: the matrix expects 200, the contract says 403$/,
      ),
    ]);
  });

  test('a cell whose expected status is wrong fails', async () => {
    const history = ROUTE_CASES.find((c) => c.route === 'GET /api/submissions/{id of 751}');
    if (!history) throw new Error('no such route case');
    const wrong: RouteCase = { ...history, expect: { ...history.expect, 'coordinator:101': 200 } };
    const result = await runAccess(ctx, [wrong]);
    const cell = result.find((c) => c.principal === 'coordinator:101');
    expect(cell).toMatchObject({ pass: false, got: '403' });
  });

  test('a coordinator’s list holding another municipality fails', async () => {
    const list = ROUTE_CASES.find((c) => c.route === 'GET /api/submissions');
    if (!list?.holds) throw new Error('no content check on the list');
    const leader = await ctx.client.get('leader', '/api/submissions');
    expect(leader.status).toBe(200);
    // The leader's answer (both municipalities) as if a coordinator of 101 had got it.
    const problem = list.holds(leader satisfies Reply, 'coordinator:101', ctx);
    expect(problem).toMatch(/lists submissions of/);
  });
});
