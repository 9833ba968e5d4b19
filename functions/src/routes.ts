// The route table: every endpoint of the HTTP contract (core/contract.ts) with the handler that serves
// it. functions/src/index.ts registers these with the Functions host (the only place that calls
// app.http); the local server (functions/src/local/server.ts) serves the same table. host.json sets
// routePrefix "" so that the contract's paths are the full paths in both.
//
// HANDLERS is keyed by the contract's route names, so a route in the contract without a handler (or
// a handler without a route) does not compile. Every route is gated by the roles the contract
// allows before its handler runs; the handler still decides the finer rules (a coordinator's own
// municipality, a submission's state).

import type { HttpMethod } from '@azure/functions';
import { CONTRACT, ROUTE_NAMES, type RouteContract, type RouteName } from '../../core/contract';
import type { UserRole } from '../../core/roster';
import { requireRole } from './auth/principal';
import type { Deps } from './deps';
import { handle, type Handler } from './http';
import { isServiceErrorCode, ServiceError } from './messages';
import { healthHandler } from './handlers/health';
import { meHandler } from './handlers/me';
import {
  localKeysHandler,
  localOpenIdHandler,
  localTokenHandler,
  localUsersHandler,
} from './handlers/localIssuer';
import { historyHandler, planHandler, planWorkbookHandler, receiptHandler } from './handlers/read';
import { rememberedGetHandler, rememberedPutHandler } from './handlers/remembered';
import { rosterGetHandler, rosterPutHandler } from './handlers/roster';
import {
  reviewGetHandler,
  reviewHandler,
  roundChangeHandler,
  roundOpenHandler,
  roundsListHandler,
  roundStatusHandler,
} from './handlers/rounds';
import { submitHandler, type SubmitTimings } from './handlers/submit';
import { summaryHandler } from './handlers/summary';
import { structureHandler } from './handlers/structure';
import { nextPeriodHandler } from './handlers/nextPeriod';
import { templateHandler } from './handlers/template';

export interface RouteOptions {
  readonly onSubmitTimings?: (t: SubmitTimings) => void;
}

type MakeHandler = (deps: Deps, options: RouteOptions) => Handler;

/** The handler of every route in the contract. */
export const HANDLERS: { readonly [N in RouteName]: MakeHandler } = {
  submit: (d, o) => submitHandler(d, o.onSubmitTimings),
  history: historyHandler,
  receipt: receiptHandler,
  plan: planHandler,
  planWorkbook: planWorkbookHandler,
  review: reviewHandler,
  reviewGet: reviewGetHandler,
  template: templateHandler,
  health: healthHandler,
  me: meHandler,
  rosterGet: rosterGetHandler,
  rosterPut: rosterPutHandler,
  summary: summaryHandler,
  correctionsGet: rememberedGetHandler,
  correctionsPut: rememberedPutHandler,
  structure: structureHandler,
  nextPeriod: nextPeriodHandler,
  roundsList: roundsListHandler,
  roundOpen: roundOpenHandler,
  roundChange: roundChangeHandler,
  roundStatus: roundStatusHandler,
  localOpenId: localOpenIdHandler,
  localKeys: localKeysHandler,
  localUsers: localUsersHandler,
  localToken: localTokenHandler,
};

export interface RouteSpec {
  /** Function name in the Functions host: the contract's route name. */
  readonly name: RouteName;
  readonly methods: readonly HttpMethod[];
  /** Functions route template, e.g. "api/submissions/{id}/plan". */
  readonly route: string;
  /** Served only in AUTH_MODE=local. */
  readonly localOnly?: boolean;
  readonly make: MakeHandler;
}

export interface Route extends RouteSpec {
  readonly handler: Handler;
}

export const ROUTE_SPECS: readonly RouteSpec[] = ROUTE_NAMES.map((name) => {
  const c = CONTRACT[name];
  return {
    name,
    methods: [c.method],
    route: c.path,
    ...('localOnly' in c && c.localOnly ? { localOnly: true } : {}),
    make: HANDLERS[name],
  };
});

/** The handler behind the contract's role gate: a caller whose role the route does not allow gets 401/403 first. */
export function gated(name: RouteName, deps: Deps, handler: Handler): Handler {
  const roles = CONTRACT[name].roles;
  if (roles === 'public') return handler;
  const allowed = roles as readonly UserRole[];
  const contract: RouteContract = CONTRACT[name];
  const refusedAs = contract.refusedAs;
  // `handle` turns a refusal (or storage being down) into the service's usual answer; status 0, which
  // no answer has, means "let through".
  const gate = handle(name, async (request) => {
    const principal = await deps.auth.principal(request);
    if (refusedAs && isServiceErrorCode(refusedAs) && !allowed.includes(principal.role)) {
      // The route's own refusal, told with the path's values (e.g. which municipality's corrections).
      throw new ServiceError(refusedAs, { ...request.params });
    }
    requireRole(principal, ...allowed);
    return { status: 0 };
  });
  return async (request, context) => {
    const refused = await gate(request, context);
    return refused.status === 0 ? handler(request, context) : refused;
  };
}

export function routes(deps: Deps, options: RouteOptions = {}): Route[] {
  return ROUTE_SPECS.filter((s) => !s.localOnly || deps.localIssuer !== undefined).map((s) => ({
    ...s,
    handler: gated(s.name, deps, s.make(deps, options)),
  }));
}
