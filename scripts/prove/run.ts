// npm run prove: the standing campaign that shows, with figures, that the service keeps its
// promises: hostile files, personal data, access, load, faults. Writes docs/reliability.md with
// the figures of the run and exits non-zero when any promise is broken.
//
// Options: --load-seconds N (60), --hostile-runs N (3), --out FILE (docs/reliability.md).
// Three stacks are started in turn (./stack.ts, the service and Azurite each in a child process):
// one for hostile files, personal data and access, a fresh one for the load (so that its books
// balance exactly), and a fresh one for the faults.

import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { KOMMUNER } from '../../core/kommuner';
import { prepareAccess, runAccess, uncoveredRoutes } from './access';
import { Client, type Reply } from './client';
import { cprCases, findLeaks, runCpr, searchableText } from './cpr';
import {
  conflictOnLatest,
  failAtLatest,
  failAtStep,
  outageDuringSubmissions,
  outageDuringSummary,
  slowStorage,
  SUBMIT_STEPS,
  summaryConflict,
  summaryFault,
  type FaultContext,
  type FaultOutcome,
} from './faultCampaign';
import { hostileCorpus, runHostile } from './hostile';
import { Ledger } from './ledger';
import { prepareMunicipalities, runLoad } from './load';
import { brokenPromises, renderReport, type LeakSearch, type LoadSetup, type RunFigures } from './report';
import { cpuSeconds, ROOT, startChildStack, type Stack } from './stack';
import { StorageView } from './storage';

interface Options {
  loadSeconds: number;
  hostileRuns: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { loadSeconds: 60, hostileRuns: 3, out: join(ROOT, 'docs', 'reliability.md') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--load-seconds') opts.loadSeconds = Number(value());
    else if (arg === '--hostile-runs') opts.hostileRuns = Number(value());
    else if (arg === '--out') opts.out = value();
    else throw new Error(`unknown option ${arg ?? ''} (use --load-seconds, --hostile-runs, --out)`);
  }
  if (!(opts.loadSeconds > 0) || !(opts.hostileRuns >= 1))
    throw new Error('--load-seconds and --hostile-runs must be positive');
  return opts;
}

const DATA = join(ROOT, '.data', 'prove');
let t0 = performance.now();
function say(line: string): void {
  process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + local changes` : head;
  } catch (err) {
    return `unknown (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
  }
}

function replyText(r: Reply): string {
  return `${r.method} ${r.path} ${r.status}\n${JSON.stringify(r.headers)}\n${searchableText(r.body)}`;
}

async function blobTexts(stack: Stack): Promise<{ where: string; text: string }[]> {
  const view = new StorageView(stack.connectionString, stack.container);
  const out: { where: string; text: string }[] = [];
  for (const name of await view.list()) {
    const body = await view.read(name);
    if (body) out.push({ where: `blob ${name}`, text: searchableText(body) });
  }
  return out;
}

async function withStack<T>(
  name: string,
  body: (stack: Stack) => Promise<T>,
): Promise<{ value: T; stack: Stack }> {
  say(`starting stack ${name} (service and Azurite in child processes)`);
  const stack = await startChildStack({ dataDir: join(DATA, `azurite-${name}`) });
  try {
    return { value: await body(stack), stack };
  } finally {
    await stack.close();
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = new Date();
  t0 = performance.now();
  mkdirSync(DATA, { recursive: true });

  say('generating the hostile corpus and the CPR workbooks into .data/prove/');
  const corpus = hostileCorpus(join(DATA, 'hostile'));
  const cases = await cprCases();
  mkdirSync(join(DATA, 'cpr'), { recursive: true });
  for (const c of cases) writeFileSync(join(DATA, 'cpr', `${c.place.id}.xlsx`), c.bytes);

  // --- Stack A: hostile files, personal data, access ------------------------------------------
  const a = await withStack('a', async (stack) => {
    const client = new Client(stack.url);
    client.recorder = [];
    const view = new StorageView(stack.connectionString, stack.container);
    say(
      `hostile files: ${corpus.length} kinds, a warm-up pass, then ${opts.hostileRuns} measured sends each`,
    );
    await runHostile(corpus, { client, view, memory: null });
    const hostile = await runHostile(corpus, { client, view, memory: stack.memory, runs: opts.hostileRuns });
    const hostileStructure = await runHostile(corpus, {
      client,
      view,
      memory: stack.memory,
      runs: opts.hostileRuns,
      path: '/api/structure',
    });
    say(
      `  ${hostile.filter((h) => h.refused).length}/${hostile.length} refused as promised (structure: ${hostileStructure.filter((h) => h.refused).length}/${hostileStructure.length})`,
    );
    say(`personal data: ${cases.length} places × 2 routes`);
    const cpr = await runCpr(cases, client, view);
    say('access matrix');
    const access = await runAccess(await prepareAccess(client));
    say(`  ${access.filter((c) => c.pass).length}/${access.length} cells as expected`);
    const blobs = await blobTexts(stack);
    return { hostile, hostileStructure, cpr, access, replies: client.recorder, blobs };
  });

  // --- Stack B: load ------------------------------------------------------------------------------
  say(`load: rendering a realistic plan for each of the ${KOMMUNER.length} municipalities`);
  const municipalities = await prepareMunicipalities(KOMMUNER.map((k) => k.code));
  const setup = {
    leaders: 2,
    thinkMs: [1000, 4000] as const,
    leaderThinkMs: [1000, 3000] as const,
    readBackEvery: 3,
  };
  const b = await withStack('b', async (stack) => {
    const client = new Client(stack.url);
    const view = new StorageView(stack.connectionString, stack.container);
    let before: number[] = [];
    let after: number[] = [];
    let cpuBefore: number[] = [];
    let cpuAfter: number[] = [];
    let ownBefore = process.cpuUsage();
    let own = process.cpuUsage(ownBefore);
    const onWindow = (edge: 'start' | 'end'): void => {
      if (edge === 'start') {
        before = loadavg();
        cpuBefore = stack.processes.map((p) => cpuSeconds(p.pid));
        ownBefore = process.cpuUsage();
      } else {
        after = loadavg();
        cpuAfter = stack.processes.map((p) => cpuSeconds(p.pid));
        own = process.cpuUsage(ownBefore);
      }
    };
    say(
      `load: ${opts.loadSeconds} s, ${municipalities.length} municipalities submitting, ${setup.leaders} leaders`,
    );
    const t = performance.now();
    const result = await runLoad({
      client,
      view,
      municipalities,
      durationMs: opts.loadSeconds * 1000,
      ...setup,
      onWindow,
    });
    const cpu = [
      ...stack.processes.map((p, i) => ({ name: p.name, seconds: (cpuAfter[i] ?? 0) - (cpuBefore[i] ?? 0) })),
      { name: 'load generator', seconds: (own.user + own.system) / 1e6 },
    ];
    say(
      `  ${result.submissionsAccepted} submissions accepted, ${result.summariesServed} summaries, ${result.errors.length} errors (window and checks ${((performance.now() - t) / 1000).toFixed(0)} s)`,
    );
    const loadSetup: LoadSetup = {
      seconds: opts.loadSeconds,
      municipalities: municipalities.length,
      ...setup,
      loadAverage: { before, after },
      cpu,
    };
    return { result, loadSetup };
  });

  // --- Stack C: faults ------------------------------------------------------------------------------
  say('faults: rendering plans for the scenarios');
  const pool = await prepareMunicipalities(
    KOMMUNER.slice(0, 40).map((k) => k.code),
    31337,
  );
  const c = await withStack('c', async (stack) => {
    const ctx: FaultContext = {
      stack,
      client: new Client(stack.url),
      view: new StorageView(stack.connectionString, stack.container),
      pool,
      ledger: new Ledger(),
      retryAfterCapMs: 5_000,
    };
    const out: FaultOutcome[] = [];
    const run = async (p: Promise<FaultOutcome>): Promise<void> => {
      const r = await p;
      say(
        `  ${r.fired && r.problems.length === 0 ? 'survived' : 'BROKEN  '}  ${r.during}: ${r.scenario} (${r.answers})`,
      );
      out.push(r);
    };
    for (const step of SUBMIT_STEPS) await run(failAtStep(ctx, step));
    await run(failAtLatest(ctx));
    await run(conflictOnLatest(ctx, 3));
    await run(conflictOnLatest(ctx, 'always'));
    await run(slowStorage(ctx, 300, 8));
    await run(
      outageDuringSubmissions(ctx, {
        coordinators: 12,
        durationMs: 15_000,
        downAtMs: 3_000,
        downForMs: 5_000,
      }),
    );
    await run(
      summaryFault(ctx, 'unavailable while reading a plan', 'unavailable', {
        kind: 'fail',
        ops: ['read'],
        match: '/plan\\.json$',
        times: 1,
      }),
    );
    await run(
      summaryFault(ctx, 'unavailable while listing submissions', 'unavailable', {
        kind: 'fail',
        ops: ['list'],
        times: 1,
      }),
    );
    await run(
      summaryFault(ctx, 'every read 50 ms slower', 'slow', { kind: 'delay', ops: ['read', 'list'], ms: 50 }),
    );
    await run(summaryConflict(ctx));
    await run(outageDuringSummary(ctx, 400));
    return out;
  });

  // --- Leaks: every response, log line and blob of the CPR stack; every log line of all stacks. ----
  const texts = [
    ...a.value.replies.map((r, i) => ({
      where: `response ${i + 1} (${r.method} ${r.path} ${r.status})`,
      text: replyText(r),
    })),
    ...[a.stack, b.stack, c.stack].flatMap((s, i) => [
      ...s.logs.map((line, j) => ({ where: `service log ${'abc'[i]}:${j + 1}`, text: line })),
      ...s.storageLogs.map((line, j) => ({ where: `storage log ${'abc'[i]}:${j + 1}`, text: line })),
    ]),
    ...a.value.blobs,
  ];
  const leaks: LeakSearch = {
    replies: a.value.replies.length,
    logLines: a.stack.logs.length + b.stack.logs.length + c.stack.logs.length,
    storageLogLines: a.stack.storageLogs.length + b.stack.storageLogs.length + c.stack.storageLogs.length,
    blobs: a.value.blobs.length,
    leaks: findLeaks(texts),
  };

  const figures: RunFigures = {
    started,
    seconds: (performance.now() - t0) / 1000,
    commit: commit(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    hostileRuns: opts.hostileRuns,
    hostile: a.value.hostile,
    hostileStructure: a.value.hostileStructure,
    cpr: a.value.cpr,
    leaks,
    access: a.value.access,
    accessUncovered: uncoveredRoutes(),
    loadSetup: b.value.loadSetup,
    load: b.value.result,
    faults: c.value,
  };
  const report = renderReport(figures);
  // The report itself must not hold a number either.
  const inReport = findLeaks([{ where: 'docs/reliability.md', text: report }]);
  const broken = [
    ...brokenPromises(figures),
    ...inReport.map((l) => `CPR number of ${l.place} in the report`),
  ];
  writeFileSync(opts.out, report);
  say(`wrote ${relative(ROOT, opts.out)}`);
  if (broken.length > 0) {
    process.stdout.write(
      `\n${broken.length} promise(s) broken:\n${broken.map((x) => `  - ${x}`).join('\n')}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('\nEvery promise kept.\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run prove: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(2);
});
