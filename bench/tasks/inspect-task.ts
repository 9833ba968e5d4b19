// Benchmark task: inspect a workbook file, or run the floor pass over it, or feed it to the intake
// and expect a refusal, or time inspect's phases one by one. Runs in a fresh process
// (bench/harness.ts).
import { readFileSync } from 'node:fs';
import { inspectBytes, sortIssues } from '../../core/inspect';
import { toPlan } from '../../core/plan';
import { RefusalError } from '../../core/codes';
import { structure } from '../../core/structure';
import { validate } from '../../core/validate';
import { readWorkbook } from '../../core/xlsx';
import { floorPass } from '../xlsx-floor';

interface Args {
  readonly file: string;
  readonly mode: 'inspect' | 'floor' | 'refuse' | 'phases' | 'memory';
}

declare const gc: (() => void) | undefined;

/**
 * Where the memory of one inspect goes, in a fresh process: what each phase keeps alive (heap after
 * a full collection, MB) and the process's peak resident memory after it (MB).
 */
export interface MemoryPhases {
  readonly kept: {
    readonly read: number;
    readonly structure: number;
    readonly validate: number;
    readonly plan: number;
  };
  readonly peak: {
    readonly read: number;
    readonly structure: number;
    readonly validate: number;
    readonly plan: number;
  };
}

function memoryPhases(bytes: Uint8Array): MemoryPhases {
  if (typeof gc !== 'function') throw new Error('the memory phases need --expose-gc (bench/harness.ts)');
  const collect = gc;
  const heap = (): number => {
    collect();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const peak = (): number => process.resourceUsage().maxRSS / 1024;
  const h0 = heap();
  const grid = readWorkbook(bytes);
  const p1 = peak();
  const h1 = heap();
  const structured = structure(grid);
  const p2 = peak();
  const h2 = heap();
  const ruleIssues = validate(structured, grid, { today: '2026-11-23' });
  const p3 = peak();
  const h3 = heap();
  const plan = toPlan(structured.draft);
  const sorted = sortIssues([...structured.issues, ...ruleIssues], grid);
  const p4 = peak();
  const h4 = heap();
  // Everything stays alive until here, as it does in inspect.
  if (sorted.length < 0 || plan === undefined) throw new Error('unreachable');
  return {
    kept: { read: h1 - h0, structure: h2 - h1, validate: h3 - h2, plan: h4 - h3 },
    peak: { read: p1, structure: p2, validate: p3, plan: p4 },
  };
}

/** Phase times of one inspect, in ms: what the time above the floor is spent on. */
export interface Phases {
  readonly floor: number;
  readonly read: number;
  readonly structure: number;
  readonly validate: number;
  /** The rest of inspectGrid: the canonical plan from the draft, and the issues put in order. */
  readonly rest: number;
  readonly issues: number;
}

/** Each phase timed on its own, `rounds` times in turn; the median of each. */
function phases(bytes: Uint8Array, rounds: number): Phases {
  const times: Record<Exclude<keyof Phases, 'issues'>, number[]> = {
    floor: [],
    read: [],
    structure: [],
    validate: [],
    rest: [],
  };
  let issues = 0;
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    floorPass(bytes);
    times.floor.push(performance.now() - t);
    t = performance.now();
    const grid = readWorkbook(bytes);
    times.read.push(performance.now() - t);
    t = performance.now();
    const structured = structure(grid);
    times.structure.push(performance.now() - t);
    t = performance.now();
    const ruleIssues = validate(structured, grid, { today: '2026-11-23' });
    times.validate.push(performance.now() - t);
    t = performance.now();
    toPlan(structured.draft);
    issues = sortIssues([...structured.issues, ...ruleIssues], grid).length;
    times.rest.push(performance.now() - t);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    floor: median(times.floor),
    read: median(times.read),
    structure: median(times.structure),
    validate: median(times.validate),
    rest: median(times.rest),
    issues,
  };
}

export default async function task(raw: unknown): Promise<unknown> {
  const args = raw as Args;
  const bytes = new Uint8Array(readFileSync(args.file));
  switch (args.mode) {
    case 'floor':
      return floorPass(bytes);
    case 'phases':
      return phases(bytes, 7);
    case 'memory':
      return memoryPhases(bytes);
    case 'inspect': {
      const result = inspectBytes(bytes, { today: '2026-11-23' });
      return { activities: result.structure.draft.activities.length, issues: result.issues.length };
    }
    case 'refuse':
      try {
        inspectBytes(bytes, { today: '2026-11-23' });
      } catch (err) {
        if (err instanceof RefusalError) return { refused: err.code };
        throw err;
      }
      throw new Error(`${args.file} was not refused`);
  }
  return Promise.resolve(undefined);
}
