// The corps holds initials only (DOMAIN.md). A corps kept by name, under "Medarbejder" or "Navn" or
// even under "Initialer", is read as initials: "Anne Kjær (mentor)⏎tlf. 4012 3456" is AK, a mentor;
// the phone number is left out; each with a check. Initials, single names and codes stay as written.
// Workbooks made with SheetJS.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';

function corps(rows: string[][]) {
  const wb = XLSX.utils.book_new();
  const plan = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Møde', 'Anna', '15.03.2027', 'I gang'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(plan), 'Plan');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Korps');
  return inspectBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
    today: '2026-12-05',
  });
}

test('names with the role in brackets or after a comma, under "Medarbejder", are initials and roles', () => {
  const r = corps([
    ['Medarbejder', 'Timer/uge', 'Forløb'],
    ['Anne Kjær (mentor)\ntlf. 4012 3456', '6', '3'],
    ['Bo Holm-Berg (forældrecoach)', '8', '2'],
    ['Dorthe Vang (mentor og forældrecoach)\n22 33 44 55', '10', '4'],
    ['Eva Lund, mentor', '5', '1'],
  ]);
  expect(r.structure.draft.corps.map((m) => [m.values.initials, m.values.role])).toEqual([
    ['AK', 'mentor'],
    ['BHB', 'parent_coach'],
    ['DV', 'both'],
    ['EL', 'mentor'],
  ]);
  expect((r.checks ?? []).filter((c) => c.field === 'corps.initials').map((c) => c.cell)).toEqual([
    'A2',
    'A3',
    'A4',
    'A5',
  ]);
  // No name and no phone number is kept anywhere in the plan.
  expect(JSON.stringify(r.plan ?? r.structure.draft)).not.toMatch(/Kjær|4012|22 33/);
  expect(r.unmapped.filter((u) => u.sheet === 'Korps')).toEqual([]);
});

test("a role in brackets wrapped onto the next line of the cell is still the name's role", () => {
  // Found by the metamorphic explorer: p50's "Dorthe Vang (mentor og⏎forældrecoach)⏎tlf. 6170 8090".
  const r = corps([
    ['Medarbejder', 'Timer/uge', 'Forløb'],
    ['Dorthe Vang (mentor og\nforældrecoach)\ntlf. 6170 8090', '10', '4'],
    ['Anne Kjær (forældre-\ncoach)', '6', '3'],
  ]);
  expect(r.structure.draft.corps.map((m) => [m.values.initials, m.values.role])).toEqual([
    ['DV', 'both'],
    ['AK', 'parent_coach'],
  ]);
  expect(JSON.stringify(r.plan ?? r.structure.draft)).not.toMatch(/Vang|6170/);
});

test('under "Initialer" a full name becomes initials too; initials, a single name and a role column stay', () => {
  const r = corps([
    ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
    ['Anne Kjær', 'Mentor', '6', '2'],
    ['AK', 'Mentor', '8', '1'],
    ['Bo', 'Forældrecoach', '3', '0'],
    ['M.S.', 'Mentor', '4', '1'],
  ]);
  expect(r.structure.draft.corps.map((m) => [m.values.initials, m.values.role])).toEqual([
    ['AK', 'mentor'],
    ['AK', 'mentor'],
    ['Bo', 'parent_coach'],
    ['M.S.', 'mentor'],
  ]);
  expect((r.checks ?? []).filter((c) => c.field === 'corps.initials').map((c) => c.cell)).toEqual(['A2']);
});
