// The CPR door on the catalogue's workbooks as other programs save them (scripts/cpr-writers.ts:
// Gnumeric, an openpyxl script, LibreOffice Calc, Apache POI's XSSF round trip and R's openxlsx;
// committed in test/fixtures/writers/cpr/). Each
// program writes the package its own way: pretty-printed XML, inline strings, its own styles, notes
// as VML, places dropped or moved. Wherever the number still stands in the saved file (the leak
// search of `npm run prove` looks in every part, in every form), the door must find it; a control
// (a labelled CVR or EAN number, an amount, a phone number) must stay accepted.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { inspectBytes } from '../../../core/inspect';
import { RefusalError } from '../../../core/codes';
import { CPR_PLACE_FIXTURES } from '../../fixtures/cprPlaces';
import { findLeaks } from '../../../scripts/prove/cpr';

const ROOT = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr');
const PROGRAMS = ['gnumeric', 'openpyxl', 'libreoffice', 'poi', 'openxlsx'] as const;

/**
 * Saved copies in which the program rewrote the number into something that is no CPR number, so
 * the leak search's loose pattern (nine or ten digits with any separators) finds digits a careful
 * reader would not read as one.
 */
const REWRITTEN: Readonly<Record<string, string>> = {
  // The error cell's text "020252-1002" became the formula =20252-1002 (19250): a subtraction.
  'libreoffice/errorCell': 'LibreOffice reads the error text as a formula, 20252-1002',
  // "&12" (font size 12) glued to 0110721121 became "&C20110721121": eleven digits in a row.
  'gnumeric/headerFooterFontSizeGlued': 'Gnumeric keeps one digit of the font size: 11 digits',
};

/**
 * Saved copies the program itself damaged (the package is not valid), refused as such: a control
 * there is refused, not accepted, and the refusal is the right answer.
 */
const DAMAGED: Readonly<Record<string, string>> = {
  // Cells written without a reference (legal: each follows the one before) come out as
  // <row r="0"><c r="0">, which no program can place.
  'openxlsx/control.amountInCellWithoutReference': 'openxlsx writes the cells without a reference as r="0"',
};

/** Whether the file still holds the fixture's number anywhere, in any form the leak search knows. */
function holds(bytes: Uint8Array, id: string, written: string): boolean {
  const texts = Object.entries(unzipSync(bytes)).map(([name, data]) => ({
    where: name,
    text: `${name}\n${strFromU8(data, true)}`,
  }));
  return findLeaks(texts, [{ id, written }]).length > 0;
}

function cprFound(bytes: Uint8Array): boolean | 'refused' {
  try {
    return inspectBytes(bytes, { today: '2026-12-05' }).issues.some((i) => i.code === 'cpr_number');
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

describe.each(PROGRAMS)('the CPR catalogue saved by %s', (program) => {
  const dir = join(ROOT, program);
  const files = existsSync(dir) ? new Set(readdirSync(dir)) : new Set<string>();
  const saved = CPR_PLACE_FIXTURES.filter((f) => files.has(`${f.id}.xlsx`));

  test('every number still in the file is found; every control stays accepted', () => {
    expect(saved.length).toBeGreaterThanOrEqual(60);
    const wrong: string[] = [];
    let kept = 0;
    for (const f of saved) {
      const bytes = new Uint8Array(readFileSync(join(dir, `${f.id}.xlsx`)));
      const found = cprFound(bytes);
      if (DAMAGED[`${program}/${f.id}`] !== undefined) {
        if (found !== 'refused') wrong.push(`${f.id}: damaged by ${program}, yet not refused`);
        continue;
      }
      if (f.outcome === 'accepted') {
        if (found !== false) wrong.push(`${f.id}: a control read as a CPR number (${String(found)})`);
        continue;
      }
      if (REWRITTEN[`${program}/${f.id}`] !== undefined || !holds(bytes, f.id, f.written)) continue;
      kept++;
      if (found === false) wrong.push(`${f.id}: the number is in the saved file, not found`);
    }
    console.log(`${program}: ${saved.length} saved, ${kept} still hold their number, all found`);
    expect(wrong).toEqual([]);
  });
});
