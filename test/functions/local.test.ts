// The local server (what `npm start` runs) and the CLI that talks to it: real HTTP on loopback.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';
import { startLocalServer } from '../../functions/src/local/server';
import { ManagedIdentityCredential } from '../../functions/src/storage/managedIdentity';
import { ConfigError, loadConfig } from '../../functions/src/config';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type TestService } from './harness';
import { editedWorkbook, workbook } from './fixtures';

let svc: TestService;
let dir: string;
beforeAll(async () => {
  svc = await startService({ env: { MAX_UPLOAD_BYTES: String(200 * 1024) } });
  dir = mkdtempSync(join(tmpdir(), 'korpsplan-cli-'));
});
afterAll(async () => {
  await svc.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'korpsplan', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('the local server', () => {
  test('a body over the limit without Content-Length is refused (413) while it streams in', async () => {
    const res = await svc.call('submit', {
      body: new Uint8Array(300 * 1024),
      headers: { ...bearer(await svc.token('coordinator:751')), 'content-type': XLSX_TYPE },
    });
    expect(res.status).toBe(413);
    expect(res.json<{ error: { code: string; message: { da: string } } }>().error.message.da).toContain(
      '200 kB',
    );
  });

  test('over HTTP: a chunked upload larger than the server limit gets 413, not a reset', async () => {
    const small = await startLocalServer({
      routes: [...svc.routes.values()],
      port: 0,
      maxBodyBytes: 64 * 1024,
    });
    try {
      const chunk = new Uint8Array(16 * 1024);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 16; i++) controller.enqueue(chunk);
          controller.close();
        },
      });
      const res = await fetch(`${small.url}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token('coordinator:751')) },
        body,
        duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('file_too_large');
    } finally {
      await small.close();
    }
  });

  test('unknown routes are 404 and wrong methods 405, in both languages', async () => {
    const missing = await fetch(`${svc.server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    const wrong = await fetch(`${svc.server.url}/api/submissions`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('POST');
    const body = (await wrong.json()) as { error: { message: { da: string; en: string } } };
    expect(body.error.message.da).toContain('DELETE');
  });

  test('serves the built add-in at / and nothing outside its folder', async () => {
    const site = mkdtempSync(join(tmpdir(), 'korpsplan-addin-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>korpsplan</title>');
    const server = await startLocalServer({ routes: [], port: 0, maxBodyBytes: 1024, staticDir: site });
    try {
      const index = await fetch(`${server.url}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toContain('text/html');
      expect(await index.text()).toContain('korpsplan');
      const escape = await fetch(`${server.url}/..%2f..%2f..%2fetc%2fpasswd`);
      expect(escape.status).toBe(404);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('answers CORS preflights for the add-in’s dev origin only', async () => {
    const server = await startLocalServer({
      routes: [...svc.routes.values()],
      port: 0,
      maxBodyBytes: 1024,
      corsOrigins: ['https://localhost:3000'],
    });
    try {
      const ok = await fetch(`${server.url}/api/submissions`, {
        method: 'OPTIONS',
        headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'POST' },
      });
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
      // Header names compare without case (RFC 9110); every header of the contract is allowed.
      const allowed = (ok.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const name of [
        'idempotency-key',
        'x-korpsplan-note',
        'x-korpsplan-corrections',
        'x-korpsplan-file-name',
      ])
        expect(allowed).toContain(name);
      const other = await fetch(`${server.url}/api/submissions`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  test('the local sign-in publishes its key set and OpenID configuration', async () => {
    const config = (await (
      await fetch(`${svc.server.url}/local-issuer/v2.0/.well-known/openid-configuration`)
    ).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(config.issuer).toBe(svc.issuer.issuer);
    const keys = (await (await fetch(config.jwks_uri)).json()) as {
      keys: { kty: string; alg: string; d?: string }[];
    };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
    expect(keys.keys[0]?.d).toBeUndefined();
    const users = (await (await fetch(`${svc.server.url}/local-issuer/users`)).json()) as {
      users: { as: string }[];
    };
    expect(users.users.map((u) => u.as)).toEqual(
      expect.arrayContaining(['admin', 'leader', 'coordinator:751']),
    );
    const bad = await fetch(`${svc.server.url}/local-issuer/token`, {
      method: 'POST',
      body: '{"as":"root"}',
    });
    expect(bad.status).toBe(400);
  });
});

describe('korpsplan submit, history, roster and token against the local server', () => {
  test('submit prints the receipt; the same file again says it was already received', async () => {
    const file = join(dir, 'aarhus.xlsx');
    writeFileSync(file, await workbook('751', { seed: 11 }));
    const first = await cli(
      'submit',
      file,
      '--server',
      svc.server.url,
      '--as',
      'coordinator:751',
      '--note',
      'Første udgave',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Planen er modtaget.');
    expect(first.stdout).toContain('Aarhus (751)');
    expect(first.stdout).toContain('Første udgave');
    const again = await cli(
      'submit',
      file,
      '--server',
      svc.server.url,
      '--as',
      'coordinator:751',
      '--lang',
      'en',
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('had already been received');
  });

  test('submit of a plan with errors exits 1 and lists them', async () => {
    const file = join(dir, 'broken.xlsx');
    writeFileSync(
      file,
      await editedWorkbook('751', (plan) => {
        plan.activities[0]!.responsible = '';
      }),
    );
    const res = await cli('submit', file, '--server', svc.server.url, '--as', 'coordinator:751');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('required_missing');
  });

  test('submit for another municipality exits 2 with the reason in both languages', async () => {
    const file = join(dir, 'odense.xlsx');
    writeFileSync(file, await workbook('461', { seed: 11 }));
    const res = await cli('submit', file, '--server', svc.server.url, '--as', 'coordinator:751');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('municipality_forbidden');
    expect(res.stderr).toContain('You are the coordinator for municipality 751');
  });

  test('history --json lists the submission and marks it latest', async () => {
    const res = await cli('history', '--server', svc.server.url, '--as', 'coordinator:751', '--json');
    expect(res.code).toBe(0);
    const body = JSON.parse(res.stdout) as { submissions: { submissionId: string }[]; latest: string[] };
    expect(body.submissions.length).toBeGreaterThan(0);
    expect(body.latest).toContain(body.submissions[0]?.submissionId);
  });

  test('token prints a token that the service accepts', async () => {
    const res = await cli('token', '--as', 'leader', '--server', svc.server.url);
    expect(res.code).toBe(0);
    const token = res.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const history = await cli('history', '--server', svc.server.url, '--token', token);
    expect(history.code).toBe(0);
  });

  test('roster add and remove (administrators), refused for a coordinator', async () => {
    const add = await cli(
      'roster',
      'add',
      '--local-user',
      'coordinator:330',
      '--name',
      'Koordinator Slagelse',
      '--server',
      svc.server.url,
      '--as',
      'admin',
      '--json',
    );
    expect(add.code).toBe(0);
    const added = JSON.parse(add.stdout) as { entries: { municipality?: string }[] };
    expect(added.entries.some((e) => e.municipality === '330')).toBe(true);
    const slagelse = await cli('history', '--server', svc.server.url, '--as', 'coordinator:330');
    expect(slagelse.code).toBe(0);
    const remove = await cli(
      'roster',
      'remove',
      '--local-user',
      'coordinator:330',
      '--server',
      svc.server.url,
      '--as',
      'admin',
    );
    expect(remove.code).toBe(0);
    const gone = await cli('history', '--server', svc.server.url, '--as', 'coordinator:330');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('user_unknown');
    const denied = await cli('roster', 'list', '--server', svc.server.url, '--as', 'coordinator:751');
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('role_forbidden');
  });

  test('an unreachable server is a clear refusal, not a stack trace', async () => {
    const res = await cli('history', '--server', 'http://127.0.0.1:9', '--token', 'x.y.z');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('server_unreachable');
    expect(res.stderr).toContain('npm start');
  });
});

describe('configuration and credentials', () => {
  test('Entra mode without tenants or audience is refused with the settings named', () => {
    expect(() => loadConfig({ STORAGE_ACCOUNT_URL: 'https://x.blob.core.windows.net/' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ STORAGE_ACCOUNT_URL: 'https://x.blob.core.windows.net/' });
    } catch (err) {
      expect((err as Error).message).toContain('AUTH_ALLOWED_TENANTS');
      expect((err as Error).message).toContain('AUTH_AUDIENCES');
    }
  });

  test('the managed identity credential asks the platform endpoint for a storage token and caches it', async () => {
    const calls: string[] = [];
    const fakeFetch = (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      calls.push(
        `${url instanceof Request ? url.url : url.toString()} ${new Headers(init?.headers).get('x-identity-header') ?? ''}`,
      );
      return Promise.resolve(
        new Response(
          JSON.stringify({ access_token: 'tok', expires_on: String(Math.floor(Date.now() / 1000) + 3600) }),
        ),
      );
    };
    const credential = new ManagedIdentityCredential(
      'client-1',
      { IDENTITY_ENDPOINT: 'http://127.0.0.1:1/msi/token', IDENTITY_HEADER: 'secret-header' },
      fakeFetch,
    );
    expect((await credential.getToken()).token).toBe('tok');
    expect((await credential.getToken()).token).toBe('tok');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('resource=https%3A%2F%2Fstorage.azure.com%2F');
    expect(calls[0]).toContain('client_id=client-1');
    expect(calls[0]).toContain('secret-header');
  });
});
