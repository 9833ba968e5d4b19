// Benchmark task: the same file read by a peer library, for comparison with inspect (bench/inspect.ts):
// exceljs (the writer korpsplan uses) and SheetJS (`xlsx`, a devDependency only for this). Each
// reads the whole workbook into its own model, as inspect reads it into a grid. Runs in a fresh
// process (bench/harness.ts).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

interface Args {
  readonly file: string;
  readonly peer: 'exceljs' | 'sheetjs';
}

interface SheetJs {
  read(data: Uint8Array, options: { type: 'array'; cellDates?: boolean }): { SheetNames: string[] };
}

export default async function task(raw: unknown): Promise<unknown> {
  const args = raw as Args;
  const bytes = readFileSync(args.file);
  if (args.peer === 'exceljs') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    return { sheets: workbook.worksheets.length };
  }
  // Required at run time (external in the bundle): present after `npm ci`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xlsx = require('xlsx') as SheetJs;
  return { sheets: xlsx.read(new Uint8Array(bytes), { type: 'array', cellDates: true }).SheetNames.length };
}
