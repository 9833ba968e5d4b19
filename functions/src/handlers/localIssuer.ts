// The local sign-in's endpoints (registered only in AUTH_MODE=local):
//   GET  /local-issuer/v2.0/.well-known/openid-configuration
//   GET  /local-issuer/discovery/v2.0/keys        the public key set the verifier fetches
//   GET  /local-issuer/users                      the demo roster, for the add-in's local sign-in page
//   POST /local-issuer/token { as }               a token for one of them (coordinator:751, leader, admin)

import { z } from 'zod';
import { AsSpecError, formatAs, parseAs } from '../auth/localIssuer';
import type { Deps } from '../deps';
import { answer, handle, type Handler } from '../http';
import { ServiceError } from '../messages';

function issuerOf(deps: Deps) {
  if (!deps.localIssuer) throw new ServiceError('not_found');
  return deps.localIssuer;
}

export function localKeysHandler(deps: Deps): Handler {
  return handle('local_keys', () =>
    Promise.resolve(answer('localKeys', 200, issuerOf(deps).jwks(), { 'Cache-Control': 'max-age=60' })),
  );
}

export function localOpenIdHandler(deps: Deps): Handler {
  return handle('local_openid', () =>
    Promise.resolve(answer('localOpenId', 200, issuerOf(deps).openidConfiguration())),
  );
}

export function localUsersHandler(deps: Deps): Handler {
  return handle('local_users', async () => {
    issuerOf(deps);
    const { roster } = await deps.roster.get({ fresh: true });
    const users = roster.entries
      .filter((e) => e.tenantId.toLowerCase() === issuerOf(deps).tenantId)
      .map((e) => ({
        as: formatAs({ role: e.role, ...(e.municipality ? { municipality: e.municipality } : {}) }),
        role: e.role,
        ...(e.municipality ? { municipality: e.municipality } : {}),
        name: e.name ?? e.role,
      }));
    return answer('localUsers', 200, { users });
  });
}

const tokenRequest = z.object({ as: z.string().min(1).max(40) });

export function localTokenHandler(deps: Deps): Handler {
  return handle('local_token', async (request) => {
    const issuer = issuerOf(deps);
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      raw = null;
    }
    const body = tokenRequest.safeParse(raw);
    if (!body.success) {
      throw new ServiceError('bad_query', {
        detail: { da: 'send { "as": "coordinator:751" }', en: 'send { "as": "coordinator:751" }' },
      });
    }
    let spec;
    try {
      spec = parseAs(body.data.as);
    } catch (err) {
      if (err instanceof AsSpecError) {
        throw new ServiceError('bad_query', {
          detail: {
            da: 'as skal være coordinator:<kode>, leader eller admin',
            en: 'as must be coordinator:<code>, leader or admin',
          },
        });
      }
      throw err;
    }
    const expiresIn = 3600;
    const token = await issuer.mint(spec, { expiresIn });
    return answer('localToken', 200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      as: formatAs(spec),
    });
  });
}
