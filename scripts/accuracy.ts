// npm run accuracy [-- --json] [-- --file NAME] [-- --dir DIR]
//
// Reads every plan of the labelled corpus (test/accuracy/corpus/*.xlsx) through the product's own
// entry point (core/inspect.ts inspectBytes, today fixed at 2026-12-01) and holds what it read to
// the answer key beside it (NAME.expected.json): field-level accuracy per file and in total, per
// field group, the number of silent misreads, and every miss with its place. The rules of scoring
// are in test/accuracy/score.ts. `--dir test/accuracy/writers/openxlsx` scores the same plans as
// another program saved them (the plans in DIR, each held to the corpus's own answer key).

import { readdirSync } from 'node:fs';
import { ACCURACY_TODAY } from '../test/accuracy/observe';
import { ACCURACY_TARGET, corpusNames, runFile } from '../test/accuracy/run';
import { fileTotal, GROUPS, totals, type Miss, type Tally } from '../test/accuracy/score';

function pct(t: Tally): string {
  return t.total === 0 ? '   –  ' : `${((100 * t.right) / t.total).toFixed(1).padStart(5)}%`;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
  const inDir = dir === undefined ? undefined : new Set(readdirSync(dir));
  const names = corpusNames().filter(
    (n) => (!only || n === only) && (inDir === undefined || inDir.has(`${n}.xlsx`)),
  );
  if (names.length === 0) throw new Error(only ? `no corpus file ${only}` : 'no corpus files');
  const runs = names.map((n) => runFile(n, dir));
  const scores = runs.map((r) => r.score);
  const all = totals(scores);
  const misses: Miss[] = scores.flatMap((s) => s.misses);

  if (json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          today: ACCURACY_TODAY,
          files: runs.map((r) => ({
            file: r.score.file,
            ...fileTotal(r.score),
            silent: r.score.silent,
            groups: r.score.groups,
            fields: r.score.fields,
            ...(r.error ? { error: r.error } : {}),
          })),
          total: {
            right: all.right,
            total: all.total,
            silent: all.silent,
            misses: all.misses,
            groups: all.groups,
            fields: all.fields,
          },
          misses,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }

  const out: string[] = [];
  const width = Math.max(...names.map((n) => n.length), 10);
  out.push(`korpsplan accuracy: ${names.length} plans of the labelled corpus, today ${ACCURACY_TODAY}`, '');
  out.push(
    `${'file'.padEnd(width)}  right/fields    %      silent  ${GROUPS.map((g) => g.padStart(11)).join('')}`,
  );
  for (const r of runs) {
    const t = fileTotal(r.score);
    out.push(
      `${r.score.file.padEnd(width)}  ${`${t.right}/${t.total}`.padStart(12)}  ${pct(t)}  ${String(r.score.silent).padStart(6)}  ` +
        GROUPS.map((g) => pct(r.score.groups[g]).padStart(11)).join('') +
        (r.error ? `   REFUSED/FAILED: ${r.error}` : ''),
    );
  }
  out.push(
    `${'total'.padEnd(width)}  ${`${all.right}/${all.total}`.padStart(12)}  ${pct(all)}  ${String(all.silent).padStart(6)}  ` +
      GROUPS.map((g) => pct(all.groups[g]).padStart(11)).join(''),
    `target: ≥ ${ACCURACY_TARGET.percent} % of fields right and ${ACCURACY_TARGET.silent} silent misreads — ${
      all.total > 0 &&
      (100 * all.right) / all.total >= ACCURACY_TARGET.percent &&
      all.silent <= ACCURACY_TARGET.silent
        ? 'met'
        : 'NOT met'
    }`,
    '',
  );
  out.push('by field');
  for (const key of Object.keys(all.fields).sort()) {
    const t = all.fields[key]!;
    out.push(`  ${key.padEnd(28)} ${pct(t)}  (${t.right}/${t.total})`);
  }
  out.push('');
  // Misses grouped by field and kind (checklist ids folded together), with the files they are in:
  // where the reader goes wrong most, first.
  const kinds = new Map<string, { n: number; silent: number; files: Set<string> }>();
  for (const m of misses) {
    const field =
      m.group === 'checklist'
        ? m.field.endsWith('.comment')
          ? 'checklist.comment'
          : 'checklist.answer'
        : m.field;
    const k = `${field} ${m.kind}`;
    const e = kinds.get(k) ?? { n: 0, silent: 0, files: new Set<string>() };
    e.n++;
    if (m.silent) e.silent++;
    e.files.add(m.file.slice(0, 3));
    kinds.set(k, e);
  }
  out.push('misses by field and kind');
  for (const [k, e] of [...kinds.entries()].sort((a, b) => b[1].n - a[1].n))
    out.push(
      `  ${k.padEnd(34)} ${String(e.n).padStart(4)}  silent ${String(e.silent).padStart(3)}  in ${[...e.files].join(' ')}`,
    );
  out.push('');
  out.push(`misses: ${misses.length}, of which silent: ${all.silent}`);
  for (const m of misses)
    out.push(
      `  ${m.silent ? 'SILENT' : 'seen  '}  ${m.file}  ${m.place}  ${m.field}  expected ${show(m.expected)}  got ${show(m.got)}  (${m.kind})` +
        (m.note ? `  [${m.note}]` : ''),
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
