// Regenerates the labelled accuracy corpus (test/accuracy/corpus) from the plan files in
// test/accuracy/plans: npx tsx scripts/accuracy-corpus.ts [--only NAME]
//
// Each plan is written by a tool other than the product's own writer:
// - libreoffice-fods: the plan as flat ODS (kept in corpus/src), opened and saved as .xlsx by
//   LibreOffice (`soffice --headless --convert-to xlsx`);
// - libreoffice-csv: the plan as a Danish CSV (kept in corpus/src), imported by LibreOffice with
//   the plan's own import options, as a coordinator opens an export, and saved as .xlsx;
// - hand-built: an Excel-style package written by test/accuracy/build/xlsx.ts;
// - sheetjs: written by the SheetJS `xlsx` package with cellDates (t="d" date cells, no styles), as
//   web tools and scripts that export plans write them.
// - openpyxl: korpsplan's own template (templates/) filled in and damaged by
//   scripts/accuracy-template-edit.py with openpyxl, the edits kept in corpus/src/NAME.edits.json;
//   openpyxl-libreoffice: the same, then opened and saved again by LibreOffice.
// Beside each NAME.xlsx goes NAME.expected.json, the answer key. The generated .xlsx files are
// committed, so `npm run accuracy` needs no LibreOffice. Before writing, every expected value's cell
// is looked up in the generated workbook's XML, so an answer key can never point at an empty place
// because a tool dropped something.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as prettier from 'prettier';
import { toCsv } from '../test/accuracy/build/csv';
import { toFods } from '../test/accuracy/build/fods';
import { toSheetJs } from '../test/accuracy/build/sheetjs';
import { toXlsx } from '../test/accuracy/build/xlsx';
import type { PlanBuilder } from '../test/accuracy/build/plan';
import type { Expected, ExpectedValue } from '../test/accuracy/expected';
import { PLANS } from '../test/accuracy/plans';

const CORPUS = join(__dirname, '..', 'test', 'accuracy', 'corpus');
const SRC = join(CORPUS, 'src');

/**
 * A LibreOffice profile set to Danish, as a Danish coordinator's LibreOffice is: CSV dates are
 * read day-first and date cells are saved with the Danish short date format.
 */
function danishProfile(profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>\n' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>da-DK</value></prop></item>\n' +
      '</oor:items>\n',
  );
}

function soffice(args: readonly string[], profile: string): void {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/**
 * Sheet name → the XML of its worksheet part, read straight from the package. A sheet with a
 * drawing gets an empty cell element for the top-left cell of each of its drawing's anchors: an
 * activity drawn as a shape (a timeline's box) is known by its sheet and that cell.
 */
function sheetXmlByName(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const text = (name: string): string => {
    const f = files[name];
    if (!f) throw new Error(`package has no ${name}`);
    return strFromU8(f);
  };
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) rels.set(id, target.replace(/^\/?xl\//, ''));
  }
  const out = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (!name || !rid) continue;
    const decoded = name
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
    const part = `xl/${rels.get(rid)}`;
    out.set(decoded, text(part) + anchorCells(files, part));
  }
  return out;
}

/** `<c r="…"/>` for the top-left cell of every top-level anchor in a sheet part's drawing. */
function anchorCells(files: Record<string, Uint8Array>, sheetPart: string): string {
  const dir = sheetPart.slice(0, sheetPart.lastIndexOf('/'));
  const relsFile = files[`${dir}/_rels/${sheetPart.slice(dir.length + 1)}.rels`];
  if (!relsFile) return '';
  const target = /Type="[^"]*\/drawing"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/drawing"/.exec(
    strFromU8(relsFile),
  );
  const name = target?.[1] ?? target?.[2];
  if (!name) return '';
  const drawing = files[`xl/drawings/${name.slice(name.lastIndexOf('/') + 1)}`];
  if (!drawing) return '';
  const cells: string[] = [];
  for (const m of strFromU8(drawing).matchAll(
    /<xdr:twoCellAnchor\b[^>]*><xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>-?\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g,
  )) {
    let n = Number(m[1]) + 1;
    let letters = '';
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    cells.push(`<c r="${letters}${Number(m[2]) + 1}"/>`);
  }
  return cells.join('');
}

/** Every expected value's cell exists in the workbook (non-empty values only; colours may be empty cells). */
function checkPlaces(name: string, exp: Expected, bytes: Uint8Array): void {
  const sheets = sheetXmlByName(bytes);
  const problems: string[] = [];
  const look = (v: ExpectedValue | undefined, sheet: string, what: string): void => {
    if (!v || v.value === null) return;
    const s = v.sheet ?? sheet;
    const xml = sheets.get(s);
    if (xml === undefined) problems.push(`${what}: no sheet ${s}`);
    else if (!new RegExp(`<c r="${v.cell}"[\\s>/]`).test(xml))
      problems.push(`${what}: ${s}!${v.cell} is not in the workbook`);
  };
  for (const [k, v] of Object.entries(exp.cover)) look(v, '', `cover.${k}`);
  for (const a of exp.activities)
    for (const [k, v] of Object.entries(a.fields)) look(v, a.sheet, `row ${a.row} ${k}`);
  for (const c of exp.checklist ?? []) {
    look(c.answer, '', c.id);
    look(c.comment, '', `${c.id} comment`);
  }
  for (const r of [...(exp.corps ?? []), ...(exp.indicators ?? [])])
    for (const [k, v] of Object.entries(r.fields)) look(v, r.sheet, `row ${r.row} ${k}`);
  if (problems.length)
    throw new Error(`${name}: the answer key points at empty places:\n  ${problems.join('\n  ')}`);
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  mkdirSync(SRC, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'accuracy-corpus-'));
  const profile = join(work, 'profile');
  danishProfile(profile);
  try {
    const built: PlanBuilder[] = PLANS.map((make) => make()).filter((p) => !only || p.name === only);
    if (only && built.length === 0) throw new Error(`no plan named ${only}`);
    const fods: string[] = [];
    for (const p of built) {
      if (p.tool === 'hand-built') {
        writeFileSync(join(CORPUS, `${p.name}.xlsx`), toXlsx(p.wb));
      } else if (p.tool === 'sheetjs') {
        writeFileSync(join(CORPUS, `${p.name}.xlsx`), toSheetJs(p.wb));
      } else if (p.tool === 'openpyxl' || p.tool === 'openpyxl-libreoffice') {
        if (!p.template) throw new Error(`${p.name}: an openpyxl plan names its template and edits`);
        const edits = join(SRC, `${p.name}.edits.json`);
        const editOptions = (await prettier.resolveConfig(edits)) ?? {};
        writeFileSync(
          edits,
          await prettier.format(JSON.stringify(p.template.edits), { ...editOptions, filepath: edits }),
        );
        const out =
          p.tool === 'openpyxl' ? join(CORPUS, `${p.name}.xlsx`) : join(work, 'in', `${p.name}.xlsx`);
        mkdirSync(join(work, 'in'), { recursive: true });
        execFileSync(
          '/usr/bin/python3',
          [join(__dirname, 'accuracy-template-edit.py'), join(__dirname, '..', p.template.file), edits, out],
          { stdio: ['ignore', 'ignore', 'inherit'] },
        );
        if (p.tool === 'openpyxl-libreoffice') {
          soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, out], profile);
          renameSync(join(work, `${p.name}.xlsx`), join(CORPUS, `${p.name}.xlsx`));
        }
      } else if (p.tool === 'libreoffice-fods') {
        const src = join(SRC, `${p.name}.fods`);
        writeFileSync(src, toFods(p.wb));
        fods.push(src);
      } else {
        if (p.wb.sheets.length !== 1) throw new Error(`${p.name}: a CSV holds one sheet`);
        const src = join(SRC, `${p.name}.csv`);
        // The separator is the import filter's first token (59 ";", 44 "," as Outlook writes its CSV).
        const sep = /^CSV:(\d+),/.exec(p.csvFilter ?? '')?.[1];
        writeFileSync(
          src,
          toCsv(p.wb.sheets[0]!, sep === undefined ? ';' : String.fromCharCode(Number(sep))),
        );
        // One import per file: each CSV has its own column types (text, day-month-year, ...).
        soffice(
          [
            '--infilter=' + (p.csvFilter ?? 'CSV:59,34,76,1,,1030,false,true'),
            '--convert-to',
            'xlsx:Calc MS Excel 2007 XML',
            '--outdir',
            work,
            src,
          ],
          profile,
        );
        renameSync(join(work, `${p.name}.xlsx`), join(CORPUS, `${p.name}.xlsx`));
      }
    }
    if (fods.length) {
      soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, ...fods], profile);
      for (const src of fods) {
        const name = src.slice(src.lastIndexOf('/') + 1).replace(/\.fods$/, '');
        renameSync(join(work, `${name}.xlsx`), join(CORPUS, `${name}.xlsx`));
      }
    }
    for (const p of built) {
      const exp = p.expected();
      checkPlaces(p.name, exp, new Uint8Array(readFileSync(join(CORPUS, `${p.name}.xlsx`))));
      // Formatted as the repository's Prettier would, so that `npm run lint` stays clean.
      const path = join(CORPUS, `${p.name}.expected.json`);
      const options = (await prettier.resolveConfig(path)) ?? {};
      writeFileSync(path, await prettier.format(JSON.stringify(exp), { ...options, filepath: path }));
      process.stdout.write(`${p.name}.xlsx  (${p.tool}, ${exp.activities.length} activities)\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
