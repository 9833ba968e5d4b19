// npm start: the whole product on this machine, on one command.
//
//   - Azurite's blob service in this process (data in .data/azurite)
//   - the function handlers behind a small HTTP adapter on http://localhost:7071 (real HttpRequest
//     objects; the same route table as the Functions host)
//   - the local sign-in (AUTH_MODE=local): its own RS256 key pair in .data/local-issuer, its key set
//     at /local-issuer/discovery/v2.0/keys, tokens from `korpsplan token --as ...`
//   - the add-in's static files from dist/addin at /, when built (`npm run build:addin` if that
//     script exists; run when dist/addin is missing or older than its sources, or with --build-addin),
//     and the same files over HTTPS on https://localhost:3000 for Excel (addin/devServer.ts)
//   - on first start: the demo roster and demo submissions for a handful of municipalities (realistic
//     plans from test/fixtures/plans.ts), sent through the real submit handler as real workbooks
//
// Options: --port N (7071), --data DIR (.data), --no-demo, --build-addin, --no-addin, --quiet.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayInDenmark } from '../core/inspect';
import { KOMMUNER } from '../core/kommuner';
import { createAppDeps, VERSION } from '../functions/src/app';
import { DEMO_MISSING, DEMO_SUBMITTING, demoRoster, formatAs } from '../functions/src/auth/localIssuer';
import { startAzurite, type RunningAzurite } from '../functions/src/local/azurite';
import { demoWorkbook } from '../functions/src/local/demoPlans';
import { generatePlan, makeRng } from '../test/fixtures/plans';
import { startLocalServer } from '../functions/src/local/server';
import { startAddinDevServer, type RunningDevServer } from '../addin/devServer';
import { routes } from '../functions/src/routes';
import { XLSX_TYPE } from '../functions/src/storage/submissions';
import { startLines } from './startHints';

const ROOT = resolve(__dirname, '..');

interface Options {
  port: number;
  data: string;
  demo: boolean;
  buildAddin: boolean;
  addin: boolean;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    port: Number(process.env.PORT ?? 7071),
    data: process.env.LOCAL_DATA_DIR ?? join(ROOT, '.data'),
    demo: true,
    buildAddin: false,
    addin: true,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') opts.port = Number(value());
    else if (arg === '--data') opts.data = resolve(value());
    else if (arg === '--no-demo') opts.demo = false;
    else if (arg === '--build-addin') opts.buildAddin = true;
    else if (arg === '--no-addin') opts.addin = false;
    else if (arg === '--quiet') opts.quiet = true;
    else
      throw new Error(
        `unknown option ${arg ?? ''} (use --port, --data, --no-demo, --build-addin, --no-addin, --quiet)`,
      );
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error('--port must be a port number');
  return opts;
}

/** The add-in's build hook: `npm run build:addin` when package.json has it. */
function addinBuildScript(): string | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts?.['build:addin'] !== undefined ? 'build:addin' : undefined;
}

/** dist/addin is older than a source it is built from (addin/, core/, manifest.xml). */
function addinStale(dir: string): boolean {
  const built = join(dir, 'app.js');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (path: string): boolean => {
    const info = statSync(path);
    if (info.isDirectory()) return readdirSync(path).some((name) => newer(join(path, name)));
    return info.mtimeMs > builtAt;
  };
  return ['addin', 'core', 'manifest.xml'].some((p) => existsSync(join(ROOT, p)) && newer(join(ROOT, p)));
}

function prepareAddin(opts: Options): string | undefined {
  const dir = join(ROOT, 'dist', 'addin');
  if (!opts.addin) return undefined;
  const script = addinBuildScript();
  if (script && (opts.buildAddin || !existsSync(dir) || addinStale(dir))) {
    process.stdout.write(`Bygger tilføjelsesprogrammet / building the add-in (npm run ${script}) ...\n`);
    const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stdout.write(
        '  Byggeriet fejlede; serveren starter uden tilføjelsesprogrammet / add-in build failed; starting without it.\n',
      );
    }
  }
  return existsSync(dir) ? dir : undefined;
}

async function startStorage(data: string): Promise<RunningAzurite> {
  const location = join(data, 'azurite');
  try {
    return await startAzurite({ location, port: 10000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    return startAzurite({ location, port: 0 });
  }
}

function currentPeriod(today: string): string {
  const [year, month] = today.split('-').map(Number);
  return `${year ?? 2026}-H${(month ?? 1) <= 6 ? 1 : 2}`;
}

function previousPeriod(period: string): string {
  const [year, half] = period.split('-H').map(Number);
  return half === 2 ? `${year}-H1` : `${(year ?? 2026) - 1}-H2`;
}

async function seedDemo(
  base: string,
  tokenFor: (as: string) => Promise<string>,
  log: (line: string) => void,
): Promise<void> {
  const today = todayInDenmark();
  const period = currentPeriod(today);
  const previous = previousPeriod(period);
  const jobs: { municipality: string; period: string; seed: number; activities: number }[] = [];
  DEMO_SUBMITTING.forEach((m, i) => {
    if (i < 4) jobs.push({ municipality: m, period: previous, seed: 1, activities: 12 + i * 2 });
    jobs.push({ municipality: m, period, seed: 2, activities: 14 + ((i * 5) % 12) });
  });
  // A second, newer submission for the first municipality, so its history has more than one entry.
  jobs.push({ municipality: DEMO_SUBMITTING[0], period, seed: 3, activities: 20 });
  for (const job of jobs) {
    const kommune = KOMMUNER.find((k) => k.code === job.municipality);
    if (!kommune) throw new Error(`unknown municipality ${job.municipality}`);
    // The summary engineer's deterministic generator of realistic plans (test/fixtures/plans.ts).
    const plan = generatePlan(makeRng(Number(job.municipality) * 31 + job.seed), kommune, {
      period: job.period,
      activities: job.activities,
      ...(job.period === period ? { asOf: today } : {}),
    });
    const bytes = await demoWorkbook(plan);
    const token = await tokenFor(`coordinator:${job.municipality}`);
    const note =
      job.seed === 3
        ? encodeURIComponent('Opdateret efter ledelsesmødet: to aktiviteter er rykket.')
        : undefined;
    const response = await fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: {
        'content-type': XLSX_TYPE,
        authorization: `Bearer ${token}`,
        ...(note ? { 'x-korpsplan-note': note } : {}),
      },
      body: Buffer.from(bytes),
    });
    const name = kommune.name;
    if (response.status === 201 || response.status === 200) {
      log(
        `  demo: ${name} ${job.period} – ${response.status === 201 ? 'indsendt / submitted' : 'fandtes / existed'}`,
      );
    } else {
      throw new Error(
        `demo submission for ${name} ${job.period} answered ${response.status}: ${await response.text()}`,
      );
    }
  }
  await seedRound(base, tokenFor, log, period, today);
}

/**
 * A round for the current period with its deadline two weeks ahead, and two reviews, so that a
 * newcomer sees every state at once: approved, sent back with a comment, awaiting review, missing.
 */
async function seedRound(
  base: string,
  tokenFor: (as: string) => Promise<string>,
  log: (line: string) => void,
  period: string,
  today: string,
): Promise<void> {
  const leader = { authorization: `Bearer ${await tokenFor('leader')}`, 'content-type': 'application/json' };
  const deadline = new Date(Date.parse(`${today}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  const opened = await fetch(`${base}/api/rounds`, {
    method: 'POST',
    headers: leader,
    body: JSON.stringify({
      period,
      deadline,
      message: 'Husk at skrive en note, hvis planen har advarsler. / Add a note if the plan has warnings.',
    }),
  });
  if (opened.status !== 201 && opened.status !== 409) {
    throw new Error(`demo round answered ${opened.status}: ${await opened.text()}`);
  }
  log(`  demo: runde / round ${period}, frist / deadline ${deadline}`);
  const latest = await fetch(`${base}/api/submissions?period=${period}`, { headers: leader });
  const { latest: ids } = (await latest.json()) as { latest: string[] };
  const idOf = (code: string) => ids.find((id) => id.includes(`-${code}-${period}-`));
  const reviews: [string | undefined, unknown][] = [
    [idOf(DEMO_SUBMITTING[1]), { decision: 'approved' }],
    [
      idOf(DEMO_SUBMITTING[2]),
      {
        decision: 'sent_back',
        comment: 'Skriv fasen på forsiden, og tilføj en evaluering til de afsluttede aktiviteter.',
      },
    ],
  ];
  for (const [id, body] of reviews) {
    if (!id) continue;
    const res = await fetch(`${base}/api/submissions/${id}/review`, {
      method: 'POST',
      headers: leader,
      body: JSON.stringify(body),
    });
    if (res.status !== 201 && res.status !== 409) {
      throw new Error(`demo review answered ${res.status}: ${await res.text()}`);
    }
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const azurite = await startStorage(opts.data);
  const baseUrl = `http://localhost:${opts.port}`;
  const env = {
    ...process.env,
    AUTH_MODE: 'local',
    LOCAL_BASE_URL: baseUrl,
    LOCAL_DATA_DIR: opts.data,
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    ROSTER_CACHE_SECONDS: '0',
  };
  const deps = await createAppDeps(env);
  const issuer = deps.localIssuer;
  if (!issuer) throw new Error('local mode without a local issuer');
  const addinDir = prepareAddin(opts);
  const server = await startLocalServer({
    routes: routes(deps),
    port: opts.port,
    maxBodyBytes: deps.maxUploadBytes,
    ...(addinDir ? { staticDir: addinDir } : {}),
    corsOrigins: ['https://localhost:3000', 'http://localhost:3000'],
    log: (level, fn, message) => {
      if (!opts.quiet || level === 'error' || level === 'warning')
        process.stdout.write(`  [${fn}] ${message}\n`);
    },
    onRequest: ({ method, path, status, ms }) => {
      if (!opts.quiet) process.stdout.write(`${method} ${path} ${status} ${Math.round(ms)} ms\n`);
    },
  });

  // The add-in over HTTPS (Office loads add-ins only from https://), passing /api to the server above.
  let addinHttps: RunningDevServer | undefined;
  if (addinDir) {
    try {
      addinHttps = await startAddinDevServer({
        staticDir: addinDir,
        apiBase: server.url,
        certDir: join(opts.data, 'dev-certs'),
      });
    } catch (err) {
      process.stdout.write(
        `  HTTPS for the add-in did not start: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
  }

  const users = demoRoster().entries.map((e) =>
    formatAs({ role: e.role, ...(e.municipality ? { municipality: e.municipality } : {}) }),
  );
  // Where everything runs, first (also on the first start, before the demo data is made).
  process.stdout.write(
    startLines({
      version: VERSION,
      baseUrl,
      ...(addinDir ? { addinDir } : {}),
      ...(addinHttps ? { addinHttps } : {}),
      issuer,
      azurite: { url: azurite.url, dataDir: join(opts.data, 'azurite') },
      users,
      missing: DEMO_MISSING,
    }).join('\n'),
  );

  const firstStart = (await deps.roster.get({ fresh: true })).etag === null;
  if (firstStart) {
    await deps.roster.put(demoRoster(), null);
    process.stdout.write('Første start: demo-brugerliste oprettet / first start: demo roster created\n');
    if (opts.demo) {
      const { parseAs } = await import('../functions/src/auth/localIssuer');
      await seedDemo(
        server.url,
        (as) => issuer.mint(parseAs(as)),
        (l) => process.stdout.write(`${l}\n`),
      );
    }
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([server.close(), azurite.close(), addinHttps?.close()]).then(() =>
      process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`npm start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
