// npm run build makes the deployable package: its entry, loaded in a plain Node process the way the
// Functions worker loads it, registers every route with the host, and its handlers work there
// (jose v6, ESM-only, comes into the CommonJS bundle through Node's require(esm)).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildFunctions } from '../../functions/build';
import { startAzurite, type RunningAzurite } from '../../functions/src/local/azurite';
import { localObjectId } from '../../functions/src/auth/localIssuer';
import { LOCAL_TENANT_ID } from '../../functions/src/config';
import { WORKER_BUNDLE } from '../../functions/src/inspect/pool';
import { sharedStringAmplification } from '../fixtures/hostileContent';
import { workbook } from './fixtures';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'test-functions');
const LOADER = join(__dirname, 'built', 'load-entry.js');

const EXPECTED = [
  'POST api/submissions',
  'GET api/submissions',
  'GET api/submissions/{id}',
  'GET api/submissions/{id}/plan',
  'GET api/submissions/{id}/workbook',
  'GET api/rounds',
  'POST api/rounds',
  'PATCH api/rounds/{period}',
  'GET api/rounds/{period}/status',
  'POST api/submissions/{id}/review',
  'GET api/submissions/{id}/review',
  'GET api/template',
  'GET api/health',
  'GET api/me',
  'GET api/roster',
  'PUT api/roster',
  'GET api/summary',
  'POST api/structure',
  'POST api/next-period',
  'GET api/municipalities/{code}/corrections',
  'PUT api/municipalities/{code}/corrections',
];
const LOCAL_ONLY = [
  'GET local-issuer/v2.0/.well-known/openid-configuration',
  'GET local-issuer/discovery/v2.0/keys',
  'GET local-issuer/users',
  'POST local-issuer/token',
];

const output = z.object({
  setup: z.object({ enableHttpStream: z.boolean() }).nullable(),
  routes: z.array(
    z.object({ name: z.string(), methods: z.array(z.string()), route: z.string(), authLevel: z.string() }),
  ),
  probe: z.object({ status: z.number(), body: z.unknown(), wwwAuthenticate: z.string().nullable() }),
  uploads: z.array(
    z.object({ route: z.string(), status: z.number(), code: z.string().nullable(), zip: z.boolean() }),
  ),
});

let entry: string;
let azurite: RunningAzurite;
let dataDir: string;

beforeAll(async () => {
  ({ entry } = await buildFunctions(OUT));
  azurite = await startAzurite();
  dataDir = mkdtempSync(join(tmpdir(), 'korpsplan-built-'));
}, 120_000);
afterAll(async () => {
  await azurite.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

async function load(env: Record<string, string>, local = false, extra: string[] = []) {
  const { stdout } = await run(process.execPath, [LOADER, entry, ...(local ? ['--local'] : []), ...extra], {
    cwd: OUT,
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return output.parse(JSON.parse(stdout));
}

const routeList = (routes: z.infer<typeof output>['routes']) =>
  routes.flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));

test('the package has its own package.json (runtime dependencies only) and host.json', () => {
  const pkg = z
    .object({ main: z.string(), dependencies: z.record(z.string(), z.string()) })
    .parse(JSON.parse(readFileSync(join(OUT, 'package.json'), 'utf8')));
  expect(pkg.main).toBe('index.js');
  expect(Object.keys(pkg.dependencies)).toEqual(
    expect.arrayContaining(['@azure/functions', '@azure/storage-blob', 'jose', 'zod']),
  );
  expect(Object.keys(pkg.dependencies)).not.toContain('azurite');
  const host = JSON.parse(readFileSync(join(OUT, 'host.json'), 'utf8')) as {
    extensions: { http: { routePrefix: string } };
  };
  expect(host.extensions.http.routePrefix).toBe('');
  expect(existsSync(entry)).toBe(true);
  // The inspection pool's worker is bundled beside the entry, and needs nothing else.
  expect(existsSync(join(OUT, WORKER_BUNDLE))).toBe(true);
});

test("in the built package uploads are read by the inspection pool's worker thread", async () => {
  const hostile = join(dataDir, 'amplification.xlsx');
  const plan = join(dataDir, 'plan.xlsx');
  writeFileSync(hostile, sharedStringAmplification());
  writeFileSync(plan, await workbook('751'));
  const result = await load(
    {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      LOCAL_DATA_DIR: dataDir,
      AUTH_BOOTSTRAP_ADMINS: `${LOCAL_TENANT_ID}:${localObjectId({ role: 'admin' })}`,
    },
    true,
    ['--post', `submit=${hostile}`, '--post', `structure=${plan}`],
  );
  expect(result.uploads).toEqual([
    // The intake ran in the worker and refused the file ...
    { route: 'submit', status: 422, code: 'work_budget_exceeded', zip: false },
    // ... and a plan was read and rendered there (exceljs loads in the worker's bundle).
    { route: 'structure', status: 200, code: null, zip: true },
  ]);
});

test('the built entry registers every route, anonymous at the host (tokens are checked in code)', async () => {
  const result = await load({
    AUTH_ALLOWED_TENANTS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    AUTH_AUDIENCES: 'api://00000000-0000-0000-0000-000000000000',
    STORAGE_CONNECTION_STRING: azurite.connectionString,
  });
  expect(routeList(result.routes).sort()).toEqual([...EXPECTED].sort());
  expect(result.routes.every((r) => r.authLevel === 'anonymous')).toBe(true);
  expect(result.setup).toEqual({ enableHttpStream: true });
  // A handler runs in the built package: jose decodes (and refuses) the token.
  expect(result.probe.status).toBe(401);
  expect(result.probe.body).toMatchObject({ error: { code: 'token_invalid' } });
  expect(result.probe.wwwAuthenticate).toMatch(/^Bearer realm="korpsplan", error="invalid_token"/);
});

test('in local mode the built entry adds the local sign-in, and its RS256 tokens verify', async () => {
  const result = await load(
    {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      LOCAL_DATA_DIR: dataDir,
      AUTH_BOOTSTRAP_ADMINS: `${LOCAL_TENANT_ID}:${localObjectId({ role: 'admin' })}`,
    },
    true,
  );
  expect(routeList(result.routes).sort()).toEqual([...EXPECTED, ...LOCAL_ONLY].sort());
  expect(result.probe.status).toBe(200);
  expect(result.probe.body).toMatchObject({ submissions: [] });
  // The key pair was made on first start and kept.
  expect(existsSync(join(dataDir, 'local-issuer', 'key.json'))).toBe(true);
});
