// Writes every workbook of the CPR door's catalogue (test/fixtures/cprPlaces.ts: one CPR number in
// one place each, and the controls) again with other spreadsheet programs, as a file passes
// through other hands: opened and saved by Gnumeric (ssconvert), by a Python script with openpyxl,
// by LibreOffice Calc, by Apache POI (XSSF, a Java system's round trip: scripts/PoiWriters.java)
// and by R's openxlsx (scripts/openxlsx-roundtrip.R). The copies go to
// test/fixtures/writers/cpr/<program>/<id>.xlsx (committed: the test,
// test/core/xlsx/writersDoor.test.ts, needs none of the programs). A program may drop the place
// (openpyxl cannot open a chart it does not know) or move the number elsewhere; the door must find
// it wherever it now stands.
//   npx tsx scripts/cpr-writers.ts [PROGRAM...]    (all of them when none is named)
// Needs: apt-get install gnumeric python3-openpyxl libreoffice-calc libapache-poi-java
// r-cran-openxlsx (POI: see scripts/PoiWriters.java for the class path it needs).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CPR_PLACE_FIXTURES } from '../test/fixtures/cprPlaces';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'writers', 'cpr');
const src = mkdtempSync(join(tmpdir(), 'cpr-writers-'));
for (const f of CPR_PLACE_FIXTURES) writeFileSync(join(src, `${f.id}.xlsx`), f.build());
const files = readdirSync(src).filter((f) => f.endsWith('.xlsx'));

const PROGRAMS: Readonly<Record<string, (dst: string) => void>> = {
  gnumeric: (dst) => {
    for (const f of files) {
      try {
        execFileSync('ssconvert', ['--export-type=Gnumeric_Excel:xlsx2', join(src, f), join(dst, f)], {
          stdio: 'ignore',
        });
      } catch {
        console.log(`gnumeric could not save ${f}`);
      }
    }
  },
  openpyxl: (dst) => {
    const script = [
      'import os, sys, openpyxl',
      'src, dst = sys.argv[1], sys.argv[2]',
      'for f in sorted(os.listdir(src)):',
      '    try: openpyxl.load_workbook(os.path.join(src, f)).save(os.path.join(dst, f))',
      "    except Exception as e: print('openpyxl could not save', f)",
    ].join('\n');
    process.stdout.write(execFileSync('/usr/bin/python3', ['-c', script, src, dst], { encoding: 'utf8' }));
  },
  libreoffice: (dst) => {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        dst,
        ...files.map((f) => join(src, f)),
      ],
      { stdio: 'ignore' },
    );
  },
  poi: (dst) => {
    const classes = mkdtempSync(join(tmpdir(), 'poi-classes-'));
    const cp = execFileSync(join(__dirname, 'poi-classpath.sh'), { encoding: 'utf8' }).trim();
    execFileSync('javac', ['-cp', cp, '-d', classes, join(__dirname, 'PoiWriters.java')], {
      stdio: 'inherit',
    });
    process.stdout.write(
      execFileSync('java', ['-cp', `${classes}:${cp}`, 'PoiWriters', 'roundtrip', src, dst], {
        encoding: 'utf8',
      }),
    );
    rmSync(classes, { recursive: true, force: true });
  },
  openxlsx: (dst) => {
    process.stdout.write(
      execFileSync('Rscript', [join(__dirname, 'openxlsx-roundtrip.R'), src, dst], { encoding: 'utf8' }),
    );
  },
};

const asked = process.argv.slice(2);
for (const name of asked) if (PROGRAMS[name] === undefined) throw new Error(`unknown program ${name}`);
for (const [name, write] of Object.entries(PROGRAMS)) {
  if (asked.length > 0 && !asked.includes(name)) continue;
  const dst = join(OUT, name);
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(dst, { recursive: true });
  write(dst);
  console.log(`${dst}: ${readdirSync(dst).length} files`);
}
rmSync(src, { recursive: true, force: true });
