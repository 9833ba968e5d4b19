// Regenerates core/kommuner.ts from ../shared/data/kommuner.csv (a developer step, never run by the
// product). Usage: npx tsx scripts/import-kommuner.ts [path/to/kommuner.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const row = z.tuple([z.string().regex(/^\d{3}$/), z.string().min(1), z.string().min(1)]);
const source = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data', 'kommuner.csv');
const lines = readFileSync(source, 'utf8').trim().split(/\r?\n/);
if (lines[0] !== 'kode,navn,region') throw new Error(`Unexpected header in ${source}: ${lines[0]}`);
const rows = lines.slice(1).map((line, i) => {
  const parsed = row.safeParse(line.split(','));
  if (!parsed.success) throw new Error(`${source} line ${i + 2}: ${parsed.error.message}`);
  return parsed.data;
});
const body = rows
  .map(([code, name, region]) => `  { code: '${code}', name: '${name}', region: '${region}' },`)
  .join('\n');
const out = `// The ${rows.length} Danish municipalities (kode, navn, region), brought in from shared/data/kommuner.csv by
// scripts/import-kommuner.ts. The product never reads ../shared at run time.

export interface Kommune {
  readonly code: string;
  readonly name: string;
  readonly region: string;
}

export const KOMMUNER: readonly Kommune[] = [
${body}
];
`;
writeFileSync(join(__dirname, '..', 'core', 'kommuner.ts'), out);
process.stdout.write(`core/kommuner.ts: ${rows.length} municipalities\n`);
