// The local stack the campaign talks to over loopback HTTP, in one of two shapes:
//
//   child       (npm run prove) the service and Azurite each in a process of their own, bundled with
//               esbuild so that no TypeScript loader sits in the measured process; the service's
//               stdout and stderr are every log line it wrote; its memory is read from /proc.
//   in-process  (the Jest tests) the same service and Azurite in the test's process.
//
// Either way the campaign sees the same Stack: the base URL, storage to look at from outside, the
// service's log lines, fault rules, and a real outage (Azurite stopped, its port closed, then
// started again on the same port with the same data).

import { build } from 'esbuild';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeLimits } from '../../core/xlsx';
import { startAzurite, type RunningAzurite } from '../../functions/src/local/azurite';
import type { FaultRule } from './faults';
import { ChildChannel, firstMessage } from './ipc';
import { PROVE_CONTAINER, startProveService } from './service';

export const ROOT = join(__dirname, '..', '..');

/** Peak memory of the service process between `settle()` and `peakMb()`. */
export interface MemoryProbe {
  readonly pid: number;
  /** Collects garbage in the service, resets its peak RSS and returns its RSS (MB). */
  settle(): Promise<number>;
  /** The service's peak RSS (MB) since the last settle(). */
  peakMb(): number;
}

export interface Stack {
  readonly mode: 'child' | 'in-process';
  readonly url: string;
  readonly connectionString: string;
  readonly container: string;
  /** Every line the service wrote: context.log lines, request lines, and (child) stdout and stderr. */
  readonly logs: string[];
  /** Every line the storage emulator wrote (child only). */
  readonly storageLogs: string[];
  readonly memory: MemoryProbe | null;
  /** The processes of the stack (child only): their CPU time is part of the load figures. */
  readonly processes: readonly { readonly name: 'service' | 'storage'; readonly pid: number }[];
  setFaults(rules: readonly FaultRule[]): Promise<void>;
  faultHits(): Promise<number[]>;
  /** A real outage: Azurite stops and its port closes. */
  stopStorage(): Promise<void>;
  startStorage(): Promise<void>;
  close(): Promise<void>;
}

// --- In this process -------------------------------------------------------------------------------

export async function startInProcessStack(
  options: { readonly inspectLimits?: Partial<IntakeLimits> } = {},
): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'korpsplan-prove-'));
  let azurite: RunningAzurite | null = await startAzurite({ location: dir });
  const port = Number(new URL(azurite.url).port);
  const connectionString = azurite.connectionString;
  const logs: string[] = [];
  const service = await startProveService({
    connectionString,
    log: (line) => logs.push(line),
    ...(options.inspectLimits ? { inspectLimits: options.inspectLimits } : {}),
  });
  return {
    mode: 'in-process',
    url: service.url,
    connectionString,
    container: PROVE_CONTAINER,
    logs,
    storageLogs: [],
    memory: null,
    processes: [],
    setFaults: (rules) => Promise.resolve(service.faults.setRules(rules)),
    faultHits: () => Promise.resolve(service.faults.hits()),
    stopStorage: async () => {
      if (azurite) await azurite.close();
      azurite = null;
    },
    startStorage: async () => {
      azurite ??= await startAzurite({ location: dir, port });
    },
    close: async () => {
      await service.close();
      if (azurite) await azurite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// --- In child processes ----------------------------------------------------------------------------

const BUNDLE_DIR = join(ROOT, 'dist', 'prove');

async function bundle(): Promise<{ service: string; storage: string }> {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  await build({
    entryPoints: {
      'service-main': join(__dirname, 'service-main.ts'),
      'storage-main': join(__dirname, 'storage-main.ts'),
      // The inspection pool's worker, found beside the service's bundle (functions/src/inspect/pool.ts).
      'inspect-worker': join(ROOT, 'functions', 'src', 'inspect', 'worker.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: BUNDLE_DIR,
    logLevel: 'error',
    external: ['azurite', '@azure/*'],
  });
  return { service: join(BUNDLE_DIR, 'service-main.js'), storage: join(BUNDLE_DIR, 'storage-main.js') };
}

function collectLines(child: ChildProcess, into: string[], tag: string): void {
  for (const [stream, name] of [
    [child.stdout, 'stdout'],
    [child.stderr, 'stderr'],
  ] as const) {
    if (!stream) continue;
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) into.push(name === 'stdout' ? line : `[${tag} ${name}] ${line}`);
    });
    stream.on('end', () => {
      if (pending) into.push(pending);
    });
  }
}

function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!m?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]);
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (USER_HZ is 100 on Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // The children end themselves when the IPC channel closes.
    child.disconnect();
  });
}

export interface ChildStackOptions {
  /** Where Azurite keeps its data (emptied first). */
  readonly dataDir: string;
  /** Lift the intake's work budget in the service's inspection pool (the liveness measure). */
  readonly liftWorkBudget?: boolean;
}

export async function startChildStack(options: ChildStackOptions): Promise<Stack> {
  const scripts = await bundle();
  rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const storageLogs: string[] = [];
  const storage = fork(scripts.storage, [], {
    env: { ...process.env, PROVE_AZURITE_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  collectLines(storage, storageLogs, 'storage');
  const storageReady = await firstMessage<{ connectionString: string }>(storage, 'ready', 30_000);
  const storageChannel = new ChildChannel(storage);

  const logs: string[] = [];
  const service = fork(scripts.service, [], {
    env: {
      ...process.env,
      PROVE_CONNECTION_STRING: storageReady.connectionString,
      PROVE_LIFT_WORK_BUDGET: options.liftWorkBudget ? '1' : '0',
    },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  collectLines(service, logs, 'service');
  let ready: { url: string };
  try {
    ready = await firstMessage<{ url: string }>(service, 'ready', 60_000);
  } catch (err) {
    await stopChild(storage);
    throw new Error(`the service did not start: ${logs.slice(-5).join(' | ')}`, { cause: err });
  }
  const serviceChannel = new ChildChannel(service);
  const pid = service.pid;
  if (pid === undefined) throw new Error('the service process has no pid');
  // Resetting the peak RSS needs /proc/<pid>/clear_refs (Linux ≥ 4.0); say so at once if it is missing.
  writeFileSync(`/proc/${pid}/clear_refs`, '5');

  return {
    mode: 'child',
    url: ready.url,
    connectionString: storageReady.connectionString,
    container: PROVE_CONTAINER,
    logs,
    storageLogs,
    memory: {
      pid,
      settle: async () => {
        await serviceChannel.call('gc');
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return procStatusKb(pid, 'VmRSS') / 1024;
      },
      peakMb: () => procStatusKb(pid, 'VmHWM') / 1024,
    },
    processes: [
      { name: 'service', pid },
      ...(storage.pid !== undefined ? [{ name: 'storage' as const, pid: storage.pid }] : []),
    ],
    setFaults: async (rules) => {
      await serviceChannel.call('faults', rules);
    },
    faultHits: async () => (await serviceChannel.call('hits')) as number[],
    stopStorage: async () => {
      await storageChannel.call('stop');
    },
    startStorage: async () => {
      await storageChannel.call('start');
    },
    close: async () => {
      await stopChild(service);
      await stopChild(storage);
    },
  };
}
