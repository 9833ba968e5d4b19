// One palette: every colour korpsplan writes (the template, the structured workbook, the summary,
// the sheets the add-in inserts) comes from core/document/palette.ts. No other production source
// spells a colour: no "RRGGBB", "FFRRGGBB" or "#RRGGBB" literal anywhere else. The readers are the
// exception, as they do not write colours but interpret the colours of the files they read: the
// intake's default theme and indexed palette (core/xlsx/) and the add-in's reading of fills
// (addin/src/office/read.ts, where white means "no fill"). The task pane's own stylesheet
// (addin/public/*.css) is the add-in's UI, not a document.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const DIRS = ['core', 'workbook', 'functions', 'cli', 'addin'];
const PALETTE = 'core/document/palette.ts';
const READERS = [/^core\/xlsx\//, /^addin\/src\/office\/read\.ts$/];

/** A quoted hex colour ('1F4E79', "FF1F4E79", `#1F4E79`) or a #RRGGBB anywhere (CSS in a string). */
const COLOUR = /['"`](?:#|FF)?[0-9A-Fa-f]{6}['"`]|#[0-9A-Fa-f]{6}\b/g;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const rel = (path: string): string => relative(ROOT, path).split(sep).join('/');

function colourLiterals(text: string): string[] {
  return [...text.matchAll(COLOUR)].map((m) => m[0]);
}

describe('one palette', () => {
  it('finds the colour literals it looks for', () => {
    expect(
      colourLiterals(`const C = { title: 'FF1F4E79', a: "9C0006", b: \`#FDE2E1\` }; x = 'color:#C00000'`),
    ).toEqual(["'FF1F4E79'", '"9C0006"', '`#FDE2E1`', '#C00000']);
    expect(colourLiterals(readFileSync(join(ROOT, PALETTE), 'utf8')).length).toBeGreaterThan(10);
  });

  it('no production source but the palette (and the readers) spells a colour', () => {
    const found: string[] = [];
    for (const dir of DIRS) {
      for (const file of sources(join(ROOT, dir))) {
        const path = rel(file);
        if (path === PALETTE || READERS.some((r) => r.test(path))) continue;
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          for (const literal of colourLiterals(line)) found.push(`${path}:${i + 1} ${literal}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
