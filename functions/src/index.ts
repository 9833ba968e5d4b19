// The Azure Functions entry (package.json "main" after `npm run build`): the only place that calls
// app.http. Registrations are static, so that the host sees every route at start; the handlers
// behind them are made on the first request from the environment's configuration.

import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { createAppDeps } from './app';
import { ConfigError } from './config';
import { log, serviceErrorResponse } from './http';
import { ServiceError } from './messages';
import { routes, ROUTE_SPECS, type Route } from './routes';

app.setup({ enableHttpStream: true });

let ready: Promise<Map<string, Route>> | null = null;

function routeTable(): Promise<Map<string, Route>> {
  if (!ready) {
    ready = createAppDeps().then(
      (deps) => new Map(routes(deps).map((r) => [r.name, r])),
      (err: unknown) => {
        ready = null;
        throw err;
      },
    );
  }
  return ready;
}

function dispatch(name: string) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    let table: Map<string, Route>;
    try {
      table = await routeTable();
    } catch (err) {
      log(context, 'error', 'startup_failed', {
        error: err instanceof Error ? err.name : typeof err,
        detail: err instanceof ConfigError ? err.message : undefined,
      });
      return serviceErrorResponse(new ServiceError('internal_error', { ref: context.invocationId }));
    }
    const route = table.get(name);
    if (!route) return serviceErrorResponse(new ServiceError('not_found'));
    return route.handler(request, context);
  };
}

const local = process.env.AUTH_MODE === 'local';
for (const spec of ROUTE_SPECS) {
  if (spec.localOnly && !local) continue;
  app.http(spec.name, {
    methods: [...spec.methods],
    route: spec.route,
    authLevel: 'anonymous',
    handler: dispatch(spec.name),
  });
}
