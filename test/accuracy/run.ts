// Scoring the labelled corpus: every plan in corpus/ read through the product's own entry point and
// held to its answer key. Shared by `npm run accuracy` (scripts/accuracy.ts), the target test
// (target.test.ts) and the benchmark's accuracy line (bench/accuracy.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpected } from './expected';
import type { CheckField } from '../../core/checkFields';
import { inspectForAccuracy, observe } from './observe';
import { score, totals, type FileScore, type Observed } from './score';

export const CORPUS = join(__dirname, 'corpus');

/** The target of issue 11: at least this share of fields right, and no silent misread. */
export const ACCURACY_TARGET = { percent: 98, silent: 0 } as const;

const NOTHING: Observed = {
  cover: {},
  activities: [],
  checklist: [],
  corps: [],
  indicators: [],
  flags: [],
  unmapped: [],
};

export interface Run {
  readonly score: FileScore;
  /** Set when the product refused the file or threw. */
  readonly error?: string;
  /** What each of the plan's checks is about (ReadCheck.field), once each. */
  readonly checkFields?: readonly CheckField[];
}

/** The names of the corpus's plans (NAME of NAME.expected.json), sorted. */
export function corpusNames(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** Scores one plan: the corpus's own file, or the same plan as another program saved it (`dir`). */
export function runFile(name: string, dir: string = CORPUS): Run {
  const expected = parseExpected(JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')));
  const bytes = new Uint8Array(readFileSync(join(dir, expected.file)));
  try {
    const result = inspectForAccuracy(bytes);
    return {
      score: score(name, expected, observe(result)),
      checkFields: [...new Set((result.checks ?? []).map((c) => c.field))],
    };
  } catch (err) {
    // A refused or crashing file reads nothing: every expected value is missed.
    return { score: score(name, expected, NOTHING), error: err instanceof Error ? err.message : String(err) };
  }
}

export interface CorpusResult {
  readonly runs: readonly Run[];
  readonly right: number;
  readonly total: number;
  readonly silent: number;
  readonly percent: number;
}

/** Scores every plan of the corpus (or those named). */
export function runCorpus(names: readonly string[] = corpusNames()): CorpusResult {
  const runs = names.map((n) => runFile(n));
  const all = totals(runs.map((r) => r.score));
  return {
    runs,
    right: all.right,
    total: all.total,
    silent: all.silent,
    percent: all.total === 0 ? 0 : (100 * all.right) / all.total,
  };
}
