// GET /api/health: is storage reachable, and which version runs. Public; says nothing about data.

import type { Deps } from '../deps';
import { answer, handle, json, log, RETRY_AFTER_SECONDS, type Handler } from '../http';
import { StorageUnavailableError } from '../storage/blobs';

export function healthHandler(deps: Deps): Handler {
  return handle('health', async (_request, context) => {
    const t0 = performance.now();
    try {
      await deps.blobs.ping();
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      log(context, 'warn', 'health_storage_unreachable', { operation: err.operation });
      return json(
        503,
        {
          status: 'degraded',
          version: deps.version,
          storage: 'unreachable',
          message: { da: 'Lageret kan ikke nås.', en: 'Storage cannot be reached.' },
        },
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      );
    }
    return answer('health', 200, {
      status: 'ok',
      version: deps.version,
      storage: 'reachable',
      storageMs: Math.round(performance.now() - t0),
      auth: deps.localIssuer ? 'local' : 'entra',
    });
  });
}
