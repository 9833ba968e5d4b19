// A form's responses saved as CSV and opened again keep their stamps as text ("2026/09/22 2:05:40 PM
// GMT+2" from Google Forms, "22.9.2026 14.05.40" from Google Sheets in Danish): the sheet is still a
// form's responses, and the newest response, by its stamp, is the answer. Fixtures: LibreOffice from
// CSV (test/fixtures/forms/make.sh), the newer response first, both on one day. A stamp whose format
// shows the day alone still holds its time (SheetJS probe).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import * as XLSX from 'xlsx';
import { isoToExcelSerial, readDateText } from '../../../core/dates';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { inspectSheetjs } from '../../fixtures/sheetjs';

const dir = join(__dirname, '../../fixtures/forms');

describe.each(['forms-stamps-google', 'forms-stamps-danish'])('%s', (name) => {
  const bytes = new Uint8Array(readFileSync(join(dir, `${name}.xlsx`)));

  test('LibreOffice kept the stamps as text (what the rule is for)', () => {
    const sheet = readWorkbook(bytes).sheets[0];
    const stamps = sheet?.cells.filter((c) => c.c === 0 && c.r > 0) ?? [];
    expect(stamps.map((c) => typeof c.v)).toEqual(['string', 'string']);
  });

  test('the newest response by its stamp (the afternoon, first in the sheet) is the checklist', () => {
    const r = inspectBytes(bytes, { today: '2026-11-23' });
    const answers = new Map(r.structure.draft.checklist.map((c) => [c.id, c.answer]));
    expect(answers.get('F1')).toBe('yes');
    expect(answers.get('F3')).toBe('partly');
    expect(answers.get('L8')).toBe('no');
    expect([...answers.values()].filter((a) => a === 'yes')).toHaveLength(13);
  });
});

test('a day with a time of day in seconds, a 12-hour clock or a time zone is read as its day', () => {
  for (const text of [
    '03-11-2026 10:15:23',
    '2026/11/03 10:15:23 PM GMT+1',
    '3.11.2026 10.15.23',
    '2026-11-03 10:15:23 UTC',
  ])
    expect({ text, day: readDateText(text)?.first }).toEqual({ text, day: '2026-11-03' });
});

describe("a Google form's stamps re-formatted to show the day alone (the time is still in the number)", () => {
  const head: string[] = [
    'Tidsstempel',
    'Kommune',
    'Hvilket halvår gælder besvarelsen?',
    'Hvilken fase er I i?',
  ];
  for (const [id, q] of SEED_QUESTIONS)
    head.push(`${id.startsWith('F') ? 'Forberedelse' : 'Løbende implementering'} [${q}]`);
  const march = ['Rudersdal', '1. halvår 2026', 'Klargøring', ...SEED_QUESTIONS.map(() => 'Nej')];
  const sept = ['Rudersdal', '2. halvår 2026', 'Indledende implementering'];
  sept.push(...SEED_QUESTIONS.map(([id]) => (id === 'F3' ? 'Delvist' : 'Ja')));
  // The newer response first (the sheet sorted newest on top): neither the first nor the last row
  // is the answer by its place alone.
  const ws = XLSX.utils.aoa_to_sheet([head, [null, ...sept], [null, ...march]]);
  ws.A2 = { t: 'n', v: isoToExcelSerial('2026-09-22') + 0.45, z: 'd. mmmm yyyy' };
  ws.A3 = { t: 'n', v: isoToExcelSerial('2026-03-18') + 0.58, z: 'd. mmmm yyyy' };
  const r = inspectSheetjs([['Formularsvar 1', ws]]);

  test('the sheet is still read as responses: the newest one is the checklist and the cover', () => {
    const answers = new Map(r.structure.draft.checklist.map((c) => [c.id, c.answer]));
    expect(answers.get('F1')).toBe('yes');
    expect(answers.get('F3')).toBe('partly');
    expect(r.structure.draft.period).toBe('2026-H2');
    expect(r.structure.draft.phase).toBe('initial');
  });
});
