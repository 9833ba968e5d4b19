// The route table: every endpoint, its methods and how its handler is made. functions/src/index.ts
// registers these with the Functions host (the only place that calls app.http); the local server
// (functions/src/local/server.ts) serves the same table. host.json sets routePrefix "" so that the
// routes below are the full paths in both.

import type { HttpMethod } from '@azure/functions';
import { CORRECTIONS_ROUTE } from '../../core/contract';
import type { Deps } from './deps';
import type { Handler } from './http';
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

export interface RouteSpec {
  /** Function name in the Functions host. */
  readonly name: string;
  readonly methods: readonly HttpMethod[];
  /** Functions route template, e.g. "api/submissions/{id}/plan". */
  readonly route: string;
  /** Served only in AUTH_MODE=local. */
  readonly localOnly?: boolean;
  readonly make: (deps: Deps, options: RouteOptions) => Handler;
}

export interface Route extends RouteSpec {
  readonly handler: Handler;
}

export const ROUTE_SPECS: readonly RouteSpec[] = [
  {
    name: 'submit',
    methods: ['POST'],
    route: 'api/submissions',
    make: (d, o) => submitHandler(d, o.onSubmitTimings),
  },
  { name: 'history', methods: ['GET'], route: 'api/submissions', make: historyHandler },
  { name: 'receipt', methods: ['GET'], route: 'api/submissions/{id}', make: receiptHandler },
  { name: 'plan', methods: ['GET'], route: 'api/submissions/{id}/plan', make: planHandler },
  {
    name: 'planWorkbook',
    methods: ['GET'],
    route: 'api/submissions/{id}/workbook',
    make: planWorkbookHandler,
  },
  { name: 'template', methods: ['GET'], route: 'api/template', make: templateHandler },
  { name: 'health', methods: ['GET'], route: 'api/health', make: healthHandler },
  { name: 'me', methods: ['GET'], route: 'api/me', make: meHandler },
  { name: 'rosterGet', methods: ['GET'], route: 'api/roster', make: rosterGetHandler },
  { name: 'rosterPut', methods: ['PUT'], route: 'api/roster', make: rosterPutHandler },
  { name: 'summary', methods: ['GET'], route: 'api/summary', make: summaryHandler },
  { name: 'correctionsGet', methods: ['GET'], route: CORRECTIONS_ROUTE, make: rememberedGetHandler },
  { name: 'correctionsPut', methods: ['PUT'], route: CORRECTIONS_ROUTE, make: rememberedPutHandler },
  { name: 'structure', methods: ['POST'], route: 'api/structure', make: structureHandler },
  { name: 'nextPeriod', methods: ['POST'], route: 'api/next-period', make: nextPeriodHandler },
  { name: 'roundsList', methods: ['GET'], route: 'api/rounds', make: roundsListHandler },
  { name: 'roundOpen', methods: ['POST'], route: 'api/rounds', make: roundOpenHandler },
  { name: 'roundChange', methods: ['PATCH'], route: 'api/rounds/{period}', make: roundChangeHandler },
  { name: 'roundStatus', methods: ['GET'], route: 'api/rounds/{period}/status', make: roundStatusHandler },
  { name: 'review', methods: ['POST'], route: 'api/submissions/{id}/review', make: reviewHandler },
  { name: 'reviewGet', methods: ['GET'], route: 'api/submissions/{id}/review', make: reviewGetHandler },
  {
    name: 'localOpenId',
    methods: ['GET'],
    route: 'local-issuer/v2.0/.well-known/openid-configuration',
    localOnly: true,
    make: localOpenIdHandler,
  },
  {
    name: 'localKeys',
    methods: ['GET'],
    route: 'local-issuer/discovery/v2.0/keys',
    localOnly: true,
    make: localKeysHandler,
  },
  {
    name: 'localUsers',
    methods: ['GET'],
    route: 'local-issuer/users',
    localOnly: true,
    make: localUsersHandler,
  },
  {
    name: 'localToken',
    methods: ['POST'],
    route: 'local-issuer/token',
    localOnly: true,
    make: localTokenHandler,
  },
];

export function routes(deps: Deps, options: RouteOptions = {}): Route[] {
  return ROUTE_SPECS.filter((s) => !s.localOnly || deps.localIssuer !== undefined).map((s) => ({
    ...s,
    handler: s.make(deps, options),
  }));
}
