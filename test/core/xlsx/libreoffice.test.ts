// Workbooks saved by LibreOffice Calc (test/core/xlsx/libreoffice/*.fods, converted by make.sh there),
// not by the product's writer or by hand: they pass the strict archive checks, and a CPR number in a
// page header, a note or a validation's input help is found and placed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { leaks } from '../../fixtures/cprPlaces';

const read = (name: string) =>
  inspectBytes(new Uint8Array(readFileSync(join(__dirname, 'libreoffice', name))), { today: '2026-06-01' });

test.each([
  ['header.xlsx', '0101901234', /^The header\/footer on the sheet 'Ark1' contains/],
  ['note.xlsx', '0202901234', /^The comment in cell 'Ark1'!A1 contains/],
  ['validation-prompt.xlsx', '0303901234', /^The data validation .* at 'Ark1'!B2 contains/],
])('%s', (file, written, place) => {
  const result = read(file);
  const cpr = result.issues.filter((i) => i.code === 'cpr_number');
  expect(cpr).toHaveLength(1);
  expect(cpr[0]!.message.en).toMatch(place);
  expect(
    leaks(
      JSON.stringify({ issues: result.issues, unmapped: result.unmapped, checks: result.checks }),
      written,
    ),
  ).toEqual([]);
  expect(result.plan).toBeNull();
});
