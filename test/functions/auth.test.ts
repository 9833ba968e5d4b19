// Who may call the service: every kind of bad token is refused by the same verifier that checks
// Entra ID tokens, and a valid token only helps a user who is in the roster.

import { exportSPKI, generateKeyPair, SignJWT, base64url } from 'jose';
import { LOCAL_TENANT_ID } from '../../functions/src/config';
import { bearer, startService, type TestService } from './harness';

let svc: TestService;
beforeAll(async () => {
  svc = await startService();
});
afterAll(async () => {
  await svc.close();
});

const now = (): number => Math.floor(Date.now() / 1000);

async function history(token: string | null, headers: Record<string, string> = {}) {
  return svc.call('history', { headers: { ...(token === null ? {} : bearer(token)), ...headers } });
}

function expectRefused(
  res: Awaited<ReturnType<typeof history>>,
  status: number,
  code: string,
  wwwAuthenticate: RegExp,
): void {
  expect(res.status).toBe(status);
  const body = res.json<{ error: { code: string; message: { da: string; en: string } } }>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.da.length).toBeGreaterThan(10);
  expect(body.error.message.en.length).toBeGreaterThan(10);
  expect(res.headers.get('www-authenticate')).toMatch(wwwAuthenticate);
}

describe('a valid local token', () => {
  test('lets a coordinator in the roster read their history', async () => {
    const res = await history(await svc.token('coordinator:751'));
    expect(res.status).toBe(200);
    expect(res.json<{ submissions: unknown[] }>().submissions).toEqual([]);
  });

  test('is accepted within the clock skew after expiry', async () => {
    const res = await history(await svc.token('leader', { claims: { exp: now() - 30 } }));
    expect(res.status).toBe(200);
  });

  test('of a user not in the roster gets 403', async () => {
    const res = await history(await svc.token('coordinator:330'));
    expect(res.status).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('user_unknown');
  });
});

describe('bad tokens are refused', () => {
  test('no Authorization header: 401 with a bare Bearer challenge', async () => {
    const res = await history(null);
    expectRefused(res, 401, 'unauthenticated', /^Bearer realm="korpsplan"$/);
  });

  test('another scheme than Bearer', async () => {
    const res = await history(null, { authorization: 'Basic dXNlcjpwYXNz' });
    expectRefused(res, 401, 'unauthenticated', /^Bearer/);
  });

  test('not a JWT at all', async () => {
    expectRefused(await history('abc.def.ghi'), 401, 'token_invalid', /invalid_token/);
  });

  test('bad signature: signed by another key under the issuer key id', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const good = await svc.token('coordinator:751');
    const [, payload] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: svc.issuer.kid })
      .sign(privateKey);
    expectRefused(await history(forged), 401, 'token_invalid', /signature not valid/);
  });

  test('bad signature: payload changed after signing', async () => {
    const good = await svc.token('coordinator:751');
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const tampered = base64url.encode(
      JSON.stringify({ ...claims, oid: 'ad000000-0000-4000-8000-000000000001' }),
    );
    expectRefused(
      await history(`${header}.${tampered}.${signature}`),
      401,
      'token_invalid',
      /signature not valid/,
    );
  });

  test('wrong issuer', async () => {
    const token = await svc.token('coordinator:751', {
      claims: { iss: `https://login.microsoftonline.com/${LOCAL_TENANT_ID}/v2.0` },
    });
    expectRefused(await history(token), 401, 'token_invalid', /wrong issuer/);
  });

  test('tenant not allowed', async () => {
    const token = await svc.token('coordinator:751', {
      claims: { tid: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    });
    expectRefused(await history(token), 401, 'token_invalid', /tenant not allowed/);
  });

  test('wrong audience', async () => {
    const token = await svc.token('coordinator:751', { claims: { aud: 'api://some-other-api' } });
    expectRefused(await history(token), 401, 'token_invalid', /wrong audience/);
  });

  test('missing scope: 403 insufficient_scope', async () => {
    const token = await svc.token('coordinator:751', { claims: { scp: 'User.Read openid' } });
    expectRefused(await history(token), 403, 'scope_missing', /insufficient_scope.*access_as_user/);
  });

  test('expired beyond the clock skew', async () => {
    const token = await svc.token('coordinator:751', {
      claims: { iat: now() - 7200, nbf: now() - 7200, exp: now() - 300 },
    });
    expectRefused(await history(token), 401, 'token_invalid', /token expired/);
  });

  test('not yet valid', async () => {
    const token = await svc.token('coordinator:751', { claims: { nbf: now() + 600, exp: now() + 4200 } });
    expectRefused(await history(token), 401, 'token_invalid', /not yet valid/);
  });

  test('alg: none (unsigned)', async () => {
    const good = await svc.token('admin');
    const [, payload] = good.split('.');
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    expectRefused(await history(`${header}.${payload}.`), 401, 'token_invalid', /invalid_token/);
  });

  test('HS256 signed with the public key as the secret', async () => {
    const good = await svc.token('admin');
    const [, payload] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const { importJWK } = await import('jose');
    const publicKey = await importJWK(svc.issuer.jwks().keys[0] ?? {}, 'RS256', { extractable: true });
    if (!(publicKey instanceof CryptoKey)) throw new Error('expected a CryptoKey');
    const pem = await exportSPKI(publicKey);
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: svc.issuer.kid })
      .sign(new TextEncoder().encode(pem));
    expectRefused(await history(forged), 401, 'token_invalid', /algorithm not allowed/);
  });

  test('without the user claims (no oid)', async () => {
    const token = await svc.token('admin', { claims: { oid: undefined } });
    expectRefused(await history(token), 401, 'token_invalid', /lacks user claims/);
  });

  test('no refusal ever echoes the token', async () => {
    const token = await svc.token('coordinator:751', { claims: { aud: 'api://x' } });
    const res = await history(token);
    expect(res.text).not.toContain(token.split('.')[2]);
    expect(svc.logs.join('\n')).not.toContain(token.split('.')[2]);
  });
});

describe('roles', () => {
  test('the roster is for administrators only', async () => {
    const coordinator = await svc.call('rosterGet', { headers: bearer(await svc.token('coordinator:751')) });
    expect(coordinator.status).toBe(403);
    expect(coordinator.json<{ error: { code: string } }>().error.code).toBe('role_forbidden');
    const leader = await svc.call('rosterGet', { headers: bearer(await svc.token('leader')) });
    expect(leader.status).toBe(403);
    const admin = await svc.call('rosterGet', { headers: bearer(await svc.token('admin')) });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('etag')).toBeTruthy();
  });

  test('a coordinator cannot read another municipality’s history', async () => {
    const res = await svc.call('history', {
      path: 'api/submissions?municipality=101',
      headers: bearer(await svc.token('coordinator:751')),
    });
    expect(res.status).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('municipality_forbidden');
  });
});
