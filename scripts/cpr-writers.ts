// Writes every workbook of the CPR door's catalogue (test/fixtures/cprPlaces.ts: one CPR number in
// one place each, and the controls) again with three other spreadsheet programs, as a file passes
// through other hands: opened and saved by Gnumeric (ssconvert), by a Python script with openpyxl,
// and by LibreOffice Calc. The copies go to test/fixtures/writers/cpr/<program>/<id>.xlsx
// (committed: the test, test/core/xlsx/writersDoor.test.ts, needs none of the programs). A program
// may drop the place (openpyxl cannot open a chart it does not know) or move the number elsewhere;
// the door must find it wherever it now stands.
//   npx tsx scripts/cpr-writers.ts      (apt-get install gnumeric python3-openpyxl libreoffice-calc)

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CPR_PLACE_FIXTURES } from '../test/fixtures/cprPlaces';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'writers', 'cpr');
const src = mkdtempSync(join(tmpdir(), 'cpr-writers-'));
for (const f of CPR_PLACE_FIXTURES) writeFileSync(join(src, `${f.id}.xlsx`), f.build());
const dir = (program: string): string => {
  const d = join(OUT, program);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  return d;
};
const files = readdirSync(src).filter((f) => f.endsWith('.xlsx'));

const gnumeric = dir('gnumeric');
for (const f of files) {
  try {
    execFileSync('ssconvert', ['--export-type=Gnumeric_Excel:xlsx2', join(src, f), join(gnumeric, f)], {
      stdio: 'ignore',
    });
  } catch {
    console.log(`gnumeric could not save ${f}`);
  }
}

const openpyxl = dir('openpyxl');
const script = [
  'import os, sys, openpyxl',
  'src, dst = sys.argv[1], sys.argv[2]',
  'for f in sorted(os.listdir(src)):',
  '    try: openpyxl.load_workbook(os.path.join(src, f)).save(os.path.join(dst, f))',
  "    except Exception as e: print('openpyxl could not save', f)",
].join('\n');
process.stdout.write(execFileSync('/usr/bin/python3', ['-c', script, src, openpyxl], { encoding: 'utf8' }));

const libreoffice = dir('libreoffice');
execFileSync(
  'soffice',
  [
    '--headless',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    libreoffice,
    ...files.map((f) => join(src, f)),
  ],
  { stdio: 'ignore' },
);
rmSync(src, { recursive: true, force: true });
for (const d of [gnumeric, openpyxl, libreoffice]) console.log(`${d}: ${readdirSync(d).length} files`);
