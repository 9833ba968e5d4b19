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
  readonly mode: 'inspect' | 'floor' | 'refuse' | 'phases';
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
