// An activity written after its theme's name, in a plan with no theme column: "Ledelse:
// Styregruppemøde", "Kommunikation – Nyhedsbrev", "[Inddragelse] Workshop". The metamorphic
// explorer wrote every corpus plan's theme so (the theme column gone): 2,078 fields were lost, 891
// of them silently (the theme missing, the activity read with the theme's name in it). Probes
// written by SheetJS, read through the intake.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

function read(header: readonly string[], rows: readonly (readonly unknown[])[]) {
  const r = inspectSheet('Plan', [header, ...rows]);
  return { r, rows: r.structure.draft.activities.map((a) => [a.values.theme, a.values.activity]) };
}

const HEADER = ['Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

test("a theme's name before a colon, a spaced dash or in brackets is the theme; the rest the activity", () => {
  const { r, rows } = read(HEADER, [
    ['Ledelse: Styregruppemøde om korpsets mål', 'Lars Holt', '31.01.2027', 'I gang'],
    ['Kommunikation – Nyhedsbrev til skolerne', 'Pia Munk', '15.02.2027', 'I gang'],
    ['[Inddragelse] Workshop med unge', 'Ole Berg', '31.03.2027', 'Ikke startet'],
    ['(Opkvalificering) Kursusdag i LAT', 'Ole Berg', '30.04.2027', 'Ikke startet'],
  ]);
  expect(rows).toEqual([
    ['leadership', 'Styregruppemøde om korpsets mål'],
    ['communication', 'Nyhedsbrev til skolerne'],
    ['involvement', 'Workshop med unge'],
    ['upskilling', 'Kursusdag i LAT'],
  ]);
  // The theme's own name: nothing to ask.
  expect(checkedAt(r, 'Plan', 'A2')).toBe(false);
});

test("a few words that only suggest a theme give it with a check, and the activity's text stays whole", () => {
  const { r, rows } = read(HEADER, [
    ['Staff involvement: Learning meeting for mentors', 'Lars Holt', '31.01.2027', 'I gang'],
  ]);
  expect(rows).toEqual([['involvement', 'Staff involvement: Learning meeting for mentors']]);
  expect(checkedAt(r, 'Plan', 'A2')).toBe(true);
});

test('a name that is no theme, or a table with a theme column, leaves the text as the activity', () => {
  expect(read(HEADER, [['Møde: Styregruppe', 'Lars Holt', '31.01.2027', 'I gang']]).rows).toEqual([
    [undefined, 'Møde: Styregruppe'],
  ]);
  expect(
    read(
      ['Tema', ...HEADER],
      [['Kommunikation', 'Ledelse: orientering', 'Lars Holt', '31.01.2027', 'I gang']],
    ).rows,
  ).toEqual([['communication', 'Ledelse: orientering']]);
});

test('a status at the end of the activity, in brackets or after a dash, is its status when no column gives one', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist'],
    ['Ledelse', 'Kickoff i ledergruppen (Gennemført)', 'Lars Holt', '31.01.2027'],
    ['Kommunikation', 'Nyhedsbrev til skolerne – i gang', 'Pia Munk', '28.02.2027'],
    ['Ledelse', 'Ledelsesseminar [Ikke startet]', 'Lars Holt', '31.03.2027'],
    ['Ledelse', 'Halvårsmøde (On track)', 'Lars Holt', '30.06.2027'],
    ['Inddragelse', 'Workshop med unge (flyttet til foråret)', 'Ole Berg', '30.04.2027'],
  ]);
  const rows = r.structure.draft.activities.map((a) => [a.values.activity, a.values.status]);
  expect(rows).toEqual([
    ['Kickoff i ledergruppen', 'done'],
    ['Nyhedsbrev til skolerne', 'in_progress'],
    ['Ledelsesseminar', 'not_started'],
    ['Halvårsmøde', 'in_progress'],
    // A bracket holding a remark is no status: the text stays whole.
    ['Workshop med unge (flyttet til foråret)', undefined],
  ]);
  // Words that only read as a status ("On track") are checked; the list's own words are not.
  expect(checkedAt(r, 'Plan', 'B5')).toBe(true);
  expect(checkedAt(r, 'Plan', 'B2')).toBe(false);
});

test('"(ansvar: …)" at the end of the activity is its responsible when no column gives one', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Frist', 'Status'],
    ['Ledelse', 'Kickoff i ledergruppen (ansvar: Lars Holt)', '31.01.2027', 'I gang'],
  ]);
  expect(r.structure.draft.activities.map((a) => [a.values.activity, a.values.responsible])).toEqual([
    ['Kickoff i ledergruppen', 'Lars Holt'],
  ]);
});

test('with a status column, a status word in brackets stays part of the activity', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Status'],
    ['Ledelse', 'Opfølgning på forløb (afsluttet)', 'I gang'],
  ]);
  expect(r.structure.draft.activities.map((a) => [a.values.activity, a.values.status])).toEqual([
    ['Opfølgning på forløb (afsluttet)', 'in_progress'],
  ]);
});

test('a deadline at the end of the activity is its deadline when no column gives one', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
    ['Ledelse', 'Kickoff i ledergruppen (frist 31.01.2027)', 'Lars Holt', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev til skolerne – senest 15/3', 'Pia Munk', 'I gang'],
    ['Ledelse', 'Ledelsesseminar (12.04.2027)', 'Lars Holt', 'Ikke startet'],
    ['Inddragelse', 'Workshop med unge (2 timer)', 'Ole Berg', 'Ikke startet'],
    ['Ledelse', 'Evaluering af året (2027)', 'Lars Holt', 'Ikke startet'],
  ]);
  const rows = r.structure.draft.activities.map((a) => [a.values.activity, a.values.deadline]);
  expect(rows).toEqual([
    ['Kickoff i ledergruppen', '2027-01-31'],
    ['Nyhedsbrev til skolerne', '2027-03-15'],
    ['Ledelsesseminar', '2027-04-12'],
    // No date, or a year alone with no label of a deadline: the text stays whole.
    ['Workshop med unge (2 timer)', undefined],
    ['Evaluering af året (2027)', undefined],
  ]);
  // A day without its year took the plan's: checked; a whole date is not.
  expect(checkedAt(r, 'Plan', 'B3')).toBe(true);
  expect(checkedAt(r, 'Plan', 'B2')).toBe(false);
});
