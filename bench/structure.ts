// Reading a coordinator's own layout: structure() of a 5,000-row plan in a fresh process, how its
// time grows with the rows, and how right the labelled accuracy corpus is read (issue 11's target:
// ≥ 98 % of fields right and no silent misread).

import { join } from 'node:path';
import { runIsolated, type Row } from './harness';
import { ACCURACY_TARGET, corpusNames, runCorpus } from '../test/accuracy/run';

const TASK = join(__dirname, 'tasks', 'structure-task.ts');
const ms = (n: number): string => `${n.toFixed(1)} ms`;

export async function bench(): Promise<Row[]> {
  const rows: Row[] = [];

  const r5000 = await runIsolated(TASK, { rows: 5000 }, { warmup: 4, runs: 16 });
  const complete = JSON.stringify(r5000.result) === JSON.stringify({ activities: 5000, unmapped: 0 });
  rows.push({
    name: 'structure() 5,000-row plan (warm, median)',
    figure: `${ms(r5000.p50)} (p95 ${ms(r5000.p95)})${complete ? '' : ' – INCOMPLETE READ'}`,
    target: '< 100 ms',
    ok: complete && r5000.p50 < 100,
  });

  // The fastest of several runs: the least disturbed by whatever else the machine is doing.
  const small = await runIsolated(TASK, { rows: 2000 }, { warmup: 2, runs: 6 });
  const large = await runIsolated(TASK, { rows: 8000 }, { warmup: 2, runs: 6 });
  const ratio = large.min / small.min;
  rows.push({
    name: 'structure() time, 8,000 vs 2,000 rows',
    figure: `${ms(large.min)} / ${ms(small.min)} = ${ratio.toFixed(1)}×`,
    target: '< 8× (linear: 4×; quadratic: 16×)',
    ok: ratio < 8,
  });

  // The header written again over every entry (each entry a table of its own; a file may hold tens of
  // thousands): looking up, for every row, the tables' areas one by one made this quadratic.
  const fewTables = await runIsolated(TASK, { rows: 5000, layout: 'tables' }, { warmup: 1, runs: 3 });
  const manyTables = await runIsolated(TASK, { rows: 20000, layout: 'tables' }, { warmup: 1, runs: 3 });
  const tablesRatio = manyTables.min / fewTables.min;
  rows.push({
    name: 'structure() time, 10,000 vs 2,500 tables (a header over every entry)',
    figure: `${ms(manyTables.min)} / ${ms(fewTables.min)} = ${tablesRatio.toFixed(1)}×`,
    target: '< 8× (linear: 4×; quadratic: 16×)',
    ok: tablesRatio < 8,
  });

  const names = corpusNames();
  const acc = runCorpus(names);
  rows.push({
    name: `accuracy: labelled corpus, ${names.length} plans (npm run accuracy)`,
    figure: `${acc.percent.toFixed(1)} % (${acc.right}/${acc.total}), ${acc.silent} silent`,
    target: `≥ ${ACCURACY_TARGET.percent} %, ${ACCURACY_TARGET.silent} silent`,
    ok:
      acc.percent >= ACCURACY_TARGET.percent &&
      acc.silent <= ACCURACY_TARGET.silent &&
      acc.runs.every((r) => r.error === undefined),
  });
  return rows;
}
