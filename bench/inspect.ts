// Plan core benchmark: inspect of a 200-row, a 5,000-row and a ~1 MB plan beside the floor (unzip +
// a bare XML tokenising pass over the same file), and hostile files refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIsolated, type Row } from './harness';
import { draftFromPlan } from '../core/plan';
import { writeStructured } from '../workbook/template';
import { generatePlan, makeRng } from '../test/fixtures/plans';
import * as hostile from '../test/fixtures/hostile';

const DIR = join(__dirname, '..', 'dist', 'bench', 'files');
const TASK = join(__dirname, 'tasks', 'inspect-task.ts');
const ONE_MB = 1024 * 1024;

async function planFile(name: string, rows: number): Promise<{ path: string; bytes: number }> {
  const plan = generatePlan(makeRng(rows), { code: '751', name: 'Aarhus' }, { activities: rows });
  const bytes = await writeStructured('da', { draft: draftFromPlan(plan) });
  const path = join(DIR, `${name}.xlsx`);
  writeFileSync(path, bytes);
  return { path, bytes: bytes.length };
}

/** A plan of about 1 MB: grows the row count until the file passes 1 MB. */
async function oneMegabytePlan(): Promise<{ path: string; bytes: number; rows: number }> {
  let rows = 8000;
  for (;;) {
    const file = await planFile('plan-1mb', rows);
    if (file.bytes >= ONE_MB) return { ...file, rows };
    rows = Math.ceil((rows * ONE_MB * 1.05) / file.bytes);
  }
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const mb = (n: number): string => `${n.toFixed(0)} MB`;

export async function bench(): Promise<Row[]> {
  mkdirSync(DIR, { recursive: true });
  const rows: Row[] = [];

  const small = await planFile('plan-200', 200);
  const r200 = await runIsolated(TASK, { file: small.path, mode: 'inspect' }, { warmup: 5, runs: 30 });
  rows.push({
    name: 'inspect 200-row plan (warm, median)',
    figure: ms(r200.p50),
    target: '< 100 ms',
    ok: r200.p50 < 100,
  });

  const large = await planFile('plan-5000', 5000);
  const r5000 = await runIsolated(TASK, { file: large.path, mode: 'inspect' }, { warmup: 2, runs: 10 });
  const f5000 = await runIsolated(TASK, { file: large.path, mode: 'floor' }, { warmup: 2, runs: 10 });
  rows.push({
    name: `inspect 5,000-row plan (${(large.bytes / 1024).toFixed(0)} KB)`,
    figure: `${ms(r5000.p50)}, peak ${mb(r5000.peakRssMb)} (floor ${ms(f5000.p50)}, ${(r5000.p50 / f5000.p50).toFixed(1)}×)`,
    target: 'reported',
    ok: true,
  });

  const big = await oneMegabytePlan();
  const rBig = await runIsolated(TASK, { file: big.path, mode: 'inspect' }, { warmup: 2, runs: 7 });
  const fBig = await runIsolated(TASK, { file: big.path, mode: 'floor' }, { warmup: 2, runs: 7 });
  const ratio = rBig.p50 / fBig.p50;
  rows.push({
    name: `inspect 1 MB plan (${big.rows} rows, ${(big.bytes / ONE_MB).toFixed(2)} MB)`,
    figure: `${ms(rBig.p50)} vs floor ${ms(fBig.p50)} = ${ratio.toFixed(2)}×`,
    target: '≤ 3× floor',
    ok: ratio <= 3,
  });
  const once = await runIsolated(TASK, { file: big.path, mode: 'inspect' }, { runs: 1 });
  rows.push({
    name: 'inspect 1 MB plan, peak memory (fresh process)',
    figure: `${mb(once.peakRssMb)} RSS (Node alone ${mb(once.baselineRssMb)})`,
    target: '< 150 MB',
    ok: once.peakRssMb < 150,
  });

  const cases: [string, () => Uint8Array][] = [
    ['zip bomb, forged sizes', hostile.zipBombForgedSizes],
    ['zip bomb, honest sizes', hostile.zipBombHonestSizes],
    ['one merged range over the whole sheet', hostile.mergedRangeWholeSheet],
    ['20,000 zip entries', hostile.twentyThousandEntries],
    ['entity expansion', hostile.xmlWithEntityExpansion],
    ['a million rows', hostile.millionRows],
    ['enormous shared-strings table', hostile.hugeSharedStrings],
  ];
  for (const [name, make] of cases) {
    const path = join(DIR, `hostile-${name.replace(/[^a-z0-9]+/gi, '-')}.xlsx`);
    writeFileSync(path, make());
    const r = await runIsolated(TASK, { file: path, mode: 'refuse' }, { runs: 1 });
    const code = (r.result as { refused: string }).refused;
    rows.push({
      name: `refuse ${name} (${code})`,
      figure: `${ms(r.times[0] ?? NaN)}, peak ${mb(r.peakRssMb)}`,
      target: '< 1 s, < 100 MB',
      ok: (r.times[0] ?? Infinity) < 1000 && r.peakRssMb < 100,
    });
  }
  return rows;
}
