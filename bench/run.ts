// npm run bench: every speed and memory target of the product, measured in one run.
// Each part exports `bench(): Promise<Row[]>`; parts are added here as they land.

import { printTable, type Row } from './harness';

interface Part {
  readonly title: string;
  readonly path: string;
  readonly bench: () => Promise<readonly Row[]>;
}

async function parts(): Promise<Part[]> {
  const list: Part[] = [];
  for (const [title, path] of [
    ['Plan core: inspect vs. the floor (inflate + XML tokenizing of the same file)', './inspect'],
    ['Reading any layout: structure() speed, and accuracy on the labelled corpus', './structure'],
    ['Service: end-to-end submit (HTTP, checks, storage, receipt)', './submit'],
    ['Corps summary workbook (100 × 500 and 1,000 × 200 activities)', './summary'],
    ['Add-in: validation in the browser, requests to read a large plan', './addin'],
    ['Command line: start (compiled JavaScript, process time)', './cli'],
  ] as const) {
    const mod = (await import(path)) as { bench: () => Promise<readonly Row[]> };
    list.push({ title, path, bench: mod.bench });
  }
  return list;
}

async function main(): Promise<void> {
  let missed = 0;
  // `npm run bench -- --only structure`: one part (its module name), e.g. while working on it.
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  for (const part of await parts()) {
    if (only !== undefined && part.path !== `./${only}`) continue;
    const rows = await part.bench();
    printTable(part.title, rows);
    missed += rows.filter((r) => !r.ok).length;
  }
  process.stdout.write(missed === 0 ? '\nAll targets hold.\n' : `\n${missed} target(s) missed.\n`);
  process.exitCode = missed === 0 ? 0 : 1;
}

void main();
