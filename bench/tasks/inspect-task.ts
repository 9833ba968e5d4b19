// Benchmark task: inspect a workbook file, or run the floor pass over it, or feed it to the intake
// and expect a refusal. Runs in a fresh process (bench/harness.ts).
import { readFileSync } from 'node:fs';
import { inspectBytes } from '../../core/inspect';
import { RefusalError } from '../../core/codes';
import { floorPass } from '../xlsx-floor';

interface Args {
  readonly file: string;
  readonly mode: 'inspect' | 'floor' | 'refuse';
}

export default async function task(raw: unknown): Promise<unknown> {
  const args = raw as Args;
  const bytes = new Uint8Array(readFileSync(args.file));
  switch (args.mode) {
    case 'floor':
      return floorPass(bytes);
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
