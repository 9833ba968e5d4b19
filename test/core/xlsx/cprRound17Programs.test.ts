// CPR round 17 through other programs' files (test/fixtures/cprRound17.ts holds the hand-built
// ones): pieces of a number across an empty column, as SheetJS writes a list (an absent cell, an
// empty text) and as LibreOffice saves one kept in Calc or opened from a CSV export
// (test/core/xlsx/libreoffice17, made by make.sh there: the CSV's "020587" becomes the number 20587,
// shown without its zero, and is still the date's piece), and the controls that must stay accepted.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { leaks } from '../../fixtures/cprPlaces';
import { sheetjsBytes } from '../../fixtures/sheetjs';

function cprAt(bytes: Uint8Array, written: readonly string[]): string[] {
  const r = inspectBytes(bytes, { today: '2026-06-01' });
  const json = JSON.stringify({ issues: r.issues, unmapped: r.unmapped, checks: r.checks, plan: r.plan });
  for (const w of written) expect(leaks(json, w)).toEqual([]);
  return r.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message.en.split(' contain')[0] ?? '');
}
const libreoffice = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, 'libreoffice17', name)));

describe('as SheetJS writes a list', () => {
  test('the dash, an absent cell, the serial: one number', () => {
    const bytes = sheetjsBytes([
      [
        'Deltagere',
        [
          ['Navn', 'Note'],
          ['Ib', '050587-', null, '1755'],
        ],
      ],
    ]);
    expect(cprAt(bytes, ['050587-1755'])).toEqual(["Cells 'Deltagere'!B2:D2, read side by side,"]);
  });
  test('a CPR header, an empty text between, the serial: one number', () => {
    const bytes = sheetjsBytes([
      [
        'Deltagere',
        [
          ['Navn', 'CPR-nr.'],
          ['Ib', '060587', '', '1756'],
        ],
      ],
    ]);
    expect(cprAt(bytes, ['060587-1756'])).toEqual(["Cells 'Deltagere'!B2:D2, read side by side,"]);
  });
  test('controls: a date and a count with an empty column between, a real column between', () => {
    const bytes = sheetjsBytes([
      [
        'Deltagere',
        [
          ['Aktivitet', 'Dato', null, 'Antal'],
          ['Møde', '010126', null, '1200'],
          ['Navn', 'CPR-nr.', 'Adresse', 'Postnr.'],
          ['Bo', '090387', null, '8000'],
        ],
      ],
    ]);
    expect(cprAt(bytes, [])).toEqual([]);
  });
});

describe('as LibreOffice saves a list kept in Calc or opened from a CSV export', () => {
  test.each([
    // A CSV's one sheet is named after the file.
    ['birth-serial-spacer.xlsx', ['020587-1752'], ["Cells 'birth-serial-spacer'!B2:D2, read side by side,"]],
    [
      'spacer-dash.xlsx',
      ['030587-1753', '040587-1754'],
      ["Cells 'Deltagere'!B2:D2, read side by side,", "Cell 'Deltagere'!B3"],
    ],
    ['control-date-count-spacer.xlsx', [], []],
    ['control-real-column.xlsx', [], []],
  ])('%s', (file, written, places) => {
    expect(cprAt(libreoffice(file), written).sort()).toEqual([...places].sort());
  });
});
