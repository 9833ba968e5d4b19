// GET /api/me: who the service takes the caller to be (role and municipality from the roster), so
// that the add-in shows a leader the summary and a coordinator their own municipality. Says nothing
// the caller's own token does not already entitle them to.

import type { Deps } from '../deps';
import { answer, handle, type Handler } from '../http';

export function meHandler(deps: Deps): Handler {
  return handle('me', async (request) => {
    const principal = await deps.auth.principal(request);
    return answer('me', 200, {
      role: principal.role,
      ...(principal.municipality ? { municipality: principal.municipality } : {}),
      ...(principal.name ? { name: principal.name } : {}),
    });
  });
}
