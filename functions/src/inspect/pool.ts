// Uploads are inspected off the request loop: a small pool of worker threads (node:worker_threads),
// each taking one job at a time, with a time limit and a memory limit per job and a bounded queue.
// A job past its time limit has its worker ended (worker.terminate) and replaced; a worker past its
// heap limit is ended by V8 itself (resourceLimits) and replaced. Either way the upload is refused
// with a clear Danish and English message (ServiceError inspection_limit, 422), while /api/health
// and every other coordinator's request keep being answered by the request loop, which only ever
// waits for a message. A full queue is answered 503 inspection_busy with Retry-After.
//
// Where the worker's code comes from:
//   - the built package (functions/build.ts) and other bundles: inspect-worker.js beside the bundle;
//   - from the TypeScript sources (npm start with tsx, the Jest tests with ts-jest): worker.ts run
//     through tsx's CommonJS hook, loaded in the worker by a two-line bootstrap. A worker thread
//     does not share the loader of the thread that started it (ts-jest's transform lives in Jest's
//     module registry, not in Node's), so it brings its own.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RefusalError } from '../../../core/codes';
import type { IntakeLimits } from '../../../core/xlsx';
import { ServiceError } from '../messages';
import {
  replySchema,
  type InspectJobOptions,
  type InspectOutcome,
  type Job,
  type StructureJobOptions,
  type StructureOutcome,
} from './jobs';

/** The worker's bundle beside the service's own (functions/build.ts writes it). */
export const WORKER_BUNDLE = 'inspect-worker.js';

export interface WorkerScript {
  readonly file: string;
  readonly source: 'bundle' | 'typescript';
}

/** Where this module's worker is: beside it as TypeScript (sources) or as its bundle (built). */
export function defaultWorkerScript(): WorkerScript {
  if (__filename.endsWith('.ts')) return { file: join(__dirname, 'worker.ts'), source: 'typescript' };
  return { file: join(__dirname, WORKER_BUNDLE), source: 'bundle' };
}

// The specifier is put together so that bundlers do not take tsx (a development tool) for a
// dependency of the built package, which never runs this branch.
const TSX_CJS = ['tsx', 'cjs'].join('/');
const BOOTSTRAP =
  "const { workerData } = require('node:worker_threads'); require(workerData.tsx); require(workerData.entry);";

export interface InspectPoolOptions {
  /** Worker threads; each inspects one upload at a time. */
  readonly size: number;
  /** Uploads that may wait for a free worker; one more is answered 503 inspection_busy. */
  readonly queue: number;
  /** Milliseconds one job may run before its worker is ended. */
  readonly timeLimitMs: number;
  /**
   * Milliseconds a structure job may run (default 3 × timeLimitMs): it also renders the workbook in
   * the template layout with the original sheets copied beside it (exceljs), which for a plan of
   * 20,000 rows takes many times the reading itself.
   */
  readonly structureTimeLimitMs?: number;
  /** Heap (V8 old generation) a worker may use, in MB, before V8 ends it. */
  readonly memoryLimitMb: number;
  /**
   * Milliseconds a job may wait for a worker (default: 3 × timeLimitMs, at least 30 s, which also
   * covers a worker's start: ~0.3 s bundled, seconds from the TypeScript sources).
   */
  readonly maxWaitMs?: number;
  /**
   * Workers started at once, before any upload (default 1): the first upload does not wait for a
   * worker to start (~0.3 s bundled, seconds from the TypeScript sources). The rest start on demand.
   */
  readonly prestart?: number;
  /** Intake limits laid over every job's own (an operator may tighten them; tests lift one). */
  readonly limits?: Partial<IntakeLimits>;
  readonly script?: WorkerScript;
}

export interface PoolStats {
  readonly workers: number;
  readonly busy: number;
  readonly queued: number;
  /** Jobs ended for running past the time limit, and workers ended for passing the memory limit. */
  readonly endedForTime: number;
  readonly endedForMemory: number;
}

type JobInput =
  | { readonly kind: 'inspect'; readonly options: InspectJobOptions }
  | { readonly kind: 'structure'; readonly options: StructureJobOptions };

interface Pending {
  readonly input: JobInput;
  readonly bytes: Uint8Array;
  readonly resolve: (result: Record<string, unknown>) => void;
  readonly reject: (err: unknown) => void;
  waitTimer?: NodeJS.Timeout;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** Set once the slot is being ended or has exited: it takes no more jobs. */
  gone: boolean;
  running?: { readonly id: number; readonly pending: Pending; readonly timer: NodeJS.Timeout };
}

function seconds(ms: number): { da: string; en: string } {
  const s = Math.round(ms / 100) / 10;
  const text = Number.isInteger(s) ? String(s) : s.toFixed(1);
  return { da: `${text.replace('.', ',')} sekunder`, en: `${text} seconds` };
}

export class InspectPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly script: WorkerScript;
  private nextId = 1;
  private closed = false;
  private endedForTime = 0;
  private endedForMemory = 0;

  constructor(private readonly options: InspectPoolOptions) {
    if (
      !(options.size >= 1) ||
      !(options.queue >= 1) ||
      !(options.timeLimitMs > 0) ||
      !(options.memoryLimitMb > 0)
    ) {
      throw new RangeError('InspectPool: size ≥ 1, queue ≥ 1, timeLimitMs > 0 and memoryLimitMb > 0');
    }
    this.script = options.script ?? defaultWorkerScript();
    if (!existsSync(this.script.file)) {
      throw new Error(
        `The inspection worker ${this.script.file} is missing: the service is bundled without it ` +
          `(functions/build.ts writes ${WORKER_BUNDLE} beside index.js).`,
      );
    }
    const prestart = Math.min(options.size, options.prestart ?? 1);
    for (let i = 0; i < prestart; i++) this.spawn();
  }

  /** Intake, structuring and validation of an upload (core/inspect.ts inspectBytes), in a worker. */
  async inspect(bytes: Uint8Array, options: InspectJobOptions): Promise<InspectOutcome> {
    const result = await this.run(bytes, { kind: 'inspect', options });
    return result as unknown as InspectOutcome;
  }

  /** inspect, then the workbook in the template layout (workbook/template.ts), in a worker. */
  async structure(bytes: Uint8Array, options: StructureJobOptions): Promise<StructureOutcome> {
    const result = await this.run(bytes, { kind: 'structure', options });
    return result as unknown as StructureOutcome;
  }

  stats(): PoolStats {
    return {
      workers: this.slots.length,
      busy: this.slots.filter((s) => s.running).length,
      queued: this.queue.length,
      endedForTime: this.endedForTime,
      endedForMemory: this.endedForMemory,
    };
  }

  /** Ends every worker; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.waitTimer);
      p.reject(new Error('the inspection pool was closed'));
    }
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.gone = true;
        if (slot.running) {
          clearTimeout(slot.running.timer);
          slot.running.pending.reject(new Error('the inspection pool was closed'));
        }
        return slot.worker.terminate();
      }),
    );
  }

  private run(bytes: Uint8Array, input: JobInput): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error('the inspection pool was closed'));
    if (this.queue.length >= this.options.queue) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const pending: Pending = { input, bytes, resolve, reject };
      pending.waitTimer = setTimeout(
        () => {
          const at = this.queue.indexOf(pending);
          if (at === -1) return;
          this.queue.splice(at, 1);
          reject(this.busy());
        },
        this.options.maxWaitMs ?? Math.max(30_000, 3 * this.options.timeLimitMs),
      );
      // Not unref'd: a job waiting for a worker (one that is still starting, say) keeps the process alive.
      this.queue.push(pending);
      this.pump();
    });
  }

  private busy(): ServiceError {
    const retry = Math.max(1, Math.ceil(this.options.timeLimitMs / 1000));
    return new ServiceError('inspection_busy', {}, { 'Retry-After': String(retry) });
  }

  private idleSlot(): Slot | undefined {
    return this.slots.find((s) => s.ready && !s.gone && !s.running);
  }

  /** Hands waiting jobs to idle workers, and starts workers (up to the pool's size) for the rest. */
  private pump(): void {
    if (this.closed) return;
    for (let slot = this.idleSlot(); slot && this.queue.length > 0; slot = this.idleSlot()) {
      const pending = this.queue.shift();
      if (!pending) break;
      clearTimeout(pending.waitTimer);
      this.dispatch(slot, pending);
    }
    const starting = this.slots.filter((s) => !s.ready && !s.gone).length;
    let wanted = Math.min(this.queue.length - starting, this.options.size - this.slots.length);
    while (wanted-- > 0) this.spawn();
  }

  private spawn(): void {
    const limits = { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryLimitMb }, execArgv: [] };
    const worker =
      this.script.source === 'bundle'
        ? new Worker(this.script.file, limits)
        : new Worker(BOOTSTRAP, {
            ...limits,
            eval: true,
            workerData: { tsx: require.resolve(TSX_CJS), entry: this.script.file },
          });
    const slot: Slot = { worker, ready: false, gone: false };
    this.slots.push(slot);
    worker.on('message', (raw: unknown) => this.onMessage(slot, raw));
    worker.on('error', (err: Error) => this.onError(slot, err));
    worker.on('exit', () => this.onExit(slot));
    // An idle worker does not keep the process alive; a busy one does (see dispatch/finish). After
    // the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
  }

  private dispatch(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const limitMs = this.limitOf(pending.input.kind);
    const timer = setTimeout(() => this.timeLimitReached(slot, limitMs), limitMs);
    slot.running = { id, pending, timer };
    slot.worker.ref();
    // A copy in a buffer of its own, handed over (not copied again) to the worker.
    const bytes = pending.bytes.slice();
    const options = this.options.limits
      ? { ...pending.input.options, limits: { ...pending.input.options.limits, ...this.options.limits } }
      : pending.input.options;
    const job = { id, kind: pending.input.kind, bytes, options } as Job;
    slot.worker.postMessage(job, [bytes.buffer]);
  }

  private finish(slot: Slot): Pending | undefined {
    const running = slot.running;
    if (!running) return undefined;
    clearTimeout(running.timer);
    slot.running = undefined;
    if (!slot.gone) slot.worker.unref();
    return running.pending;
  }

  private onMessage(slot: Slot, raw: unknown): void {
    const parsed = replySchema.safeParse(raw);
    if (!parsed.success) {
      this.end(slot, new Error('the inspection worker sent a malformed answer'));
      return;
    }
    const reply = parsed.data;
    if (reply.kind === 'ready') {
      slot.ready = true;
      this.pump();
      return;
    }
    if (!slot.running || slot.running.id !== reply.id) return;
    const pending = this.finish(slot);
    if (!pending) return;
    if (reply.kind === 'done') pending.resolve(reply.result);
    else if (reply.kind === 'refused') pending.reject(new RefusalError(reply.code, reply.message));
    else pending.reject(new Error(`inspection failed: ${reply.name}: ${reply.message}`));
    this.pump();
  }

  /** The time limit of a job of this kind. */
  private limitOf(kind: 'inspect' | 'structure'): number {
    return kind === 'structure'
      ? (this.options.structureTimeLimitMs ?? 3 * this.options.timeLimitMs)
      : this.options.timeLimitMs;
  }

  private timeLimitReached(slot: Slot, limitMs: number): void {
    this.endedForTime++;
    this.end(
      slot,
      new ServiceError('inspection_limit', {
        limit: {
          da: `mere end ${seconds(limitMs).da}`,
          en: `more than ${seconds(limitMs).en}`,
        },
      }),
    );
  }

  private onError(slot: Slot, err: Error): void {
    if ((err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY' && slot.ready) {
      this.endedForMemory++;
      this.end(
        slot,
        new ServiceError('inspection_limit', {
          limit: {
            da: `mere end ${this.options.memoryLimitMb} MB hukommelse`,
            en: `more than ${this.options.memoryLimitMb} MB of memory`,
          },
        }),
      );
      return;
    }
    const failure = new Error(
      `the inspection worker failed: ${err.name}: ${err.message.split('\n')[0] ?? ''}`,
    );
    if (!slot.ready) {
      // It never started (a missing or broken script): the jobs waiting for it would wait in vain.
      for (const p of this.queue.splice(0)) {
        clearTimeout(p.waitTimer);
        p.reject(failure);
      }
    }
    this.end(slot, failure);
  }

  private onExit(slot: Slot): void {
    this.end(slot, new Error('the inspection worker stopped'));
  }

  /** Takes the slot out of the pool, refuses its job with `reason`, ends the worker, and goes on. */
  private end(slot: Slot, reason: unknown): void {
    const at = this.slots.indexOf(slot);
    if (at !== -1) this.slots.splice(at, 1);
    const pending = this.finish(slot);
    if (!slot.gone) {
      slot.gone = true;
      void slot.worker.terminate();
    }
    pending?.reject(reason);
    this.pump();
  }
}
