// Rules found by held-out round 25 (p129–p132: an AI chat's Markdown pasted into one column, a
// Microsoft Lists version-history export, hours and a budget beside the dates with moved dates told
// in the remark, a Gantt whose bars carry the status), each on a SheetJS probe of one habit, never
// the round's plans.

import * as XLSX from 'xlsx';
import { checkedAt, inspectSheet, type Inspected } from '../../fixtures/sheetjs';

const rowOf = (r: Inspected, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;

describe('a Gantt beside an activity column whose merged bars carry the status as their text', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Gantt 2027'],
    [],
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun'],
    ['Ledelse', 'Kick-off i direktionen', 'Ida Krogh', 'Færdig', null, null, null, null, null],
    ['Opkvalificering', 'Grundkursus for mentorer', 'Ole Berg', null, 'I gang – 2 af 4 moduler', null, null, null, null],
    ['Inddragelse', 'Dialogmøde med ungerådet', 'Ida Krogh', null, null, 'Planlagt', null, null, null],
    ['Kommunikation', 'Nyhedsbrev', 'Ole Berg', null, null, null, null, 'x', 'x'],
  ]); // prettier-ignore
  // The course runs February to April, and the meeting March to May: each bar one merged cell.
  ws['!merges'] = [
    { s: { r: 4, c: 4 }, e: { r: 4, c: 6 } },
    { s: { r: 5, c: 5 }, e: { r: 5, c: 7 } },
  ];
  const r = inspectSheet('Gantt', ws);

  test('a merged bar runs from its first month, where its text is, to its last', () => {
    expect(rowOf(r, 5)).toMatchObject({ start: '2027-02-01', deadline: '2027-04-30' });
    expect(rowOf(r, 6)).toMatchObject({ start: '2027-03-01', deadline: '2027-05-31' });
  });

  test("the bar's text is the status, the words after it kept as a remark", () => {
    expect(rowOf(r, 4)?.status).toBe('done');
    expect(rowOf(r, 5)?.status).toBe('in_progress');
    expect(rowOf(r, 5)?.evaluation).toContain('2 af 4 moduler');
    expect(rowOf(r, 6)?.status).toBe('not_started');
    expect(rowOf(r, 5)?.activity).toBe('Grundkursus for mentorer');
  });

  test('a bar of one month is that month: the deadline alone', () => {
    expect(rowOf(r, 4)).toMatchObject({ deadline: '2027-01-31' });
    expect(rowOf(r, 4)?.start).toBeUndefined();
  });

  test('x marks still run from the first marked month to the last', () => {
    expect(rowOf(r, 7)).toMatchObject({ start: '2027-05-01', deadline: '2027-06-30' });
  });
});

describe('a list exported with its version history: one row per version of every item', () => {
  const HEAD = [
    'ID',
    'Version',
    'Titel',
    'Tema',
    'Ansvarlig',
    'Forfaldsdato',
    'Status',
    'Ændret',
    'Ændret af',
  ];

  test('the newest version of each item is the activity, the older ones are checked and left out', () => {
    const r = inspectSheet('Versioner', [
      HEAD,
      [1, '2.0', 'Nyhedsbrev til skoler og dagtilbud', 'Kommunikation', 'Anne Krogh', '31-03-2027', 'I gang', '03-02-2027 14:43', 'Anne Krogh'],
      [1, '1.0', 'Nyhedsbrev til skolerne', 'Kommunikation', 'Anne Krogh', '26-02-2027', 'Ikke startet', '22-12-2026 09:59', 'Anne Krogh'],
      [2, '1.0', 'Workshop med forældre', 'Inddragelse', 'Lene Bak', '22-04-2027', 'Ikke startet', '22-12-2026 10:06', 'Anne Krogh'],
      [3, '1.0', 'LAT-kursus for nye mentorer', 'Opkvalificering', 'Anne Krogh', '14-05-2027', 'Ikke startet', '22-12-2026 10:13', 'Anne Krogh'],
      [3, '3.0', 'LAT-kursus for nye mentorer', 'Opkvalificering', 'Bo Lind', '14-05-2027', 'Gennemført', '21-03-2027 08:11', 'Per Thomsen'],
      [3, '2.0', 'LAT-kursus for nye mentorer', 'Opkvalificering', 'Bo Lind', '14-05-2027', 'I gang', '01-03-2027 13:16', 'Per Thomsen'],
    ]); // prettier-ignore
    const acts = r.structure.draft.activities.map((a) => [a.source.row, a.values.activity, a.values.status]);
    expect(acts).toEqual([
      [2, 'Nyhedsbrev til skoler og dagtilbud', 'in_progress'],
      [4, 'Workshop med forældre', 'not_started'],
      [6, 'LAT-kursus for nye mentorer', 'done'],
    ]);
    expect(checkedAt(r, 'Versioner', 'B3')).toBe(true);
    expect(checkedAt(r, 'Versioner', 'B5')).toBe(true);
    expect(checkedAt(r, 'Versioner', 'B7')).toBe(true);
  });

  test('without an ID column, the rows of one text are one item', () => {
    const r = inspectSheet('Versioner', [
      HEAD.slice(1),
      ['1.0', 'Styregruppemøde', 'Ledelse', 'Per Thomsen', '29-01-2027', 'Ikke startet', '22-12-2026 09:54', 'Anne Krogh'],
      ['2.0', 'Styregruppemøde', 'Ledelse', 'Per Thomsen', '29-01-2027', 'Gennemført', '03-02-2027 14:43', 'Anne Krogh'],
      ['1.0', 'Workshop med forældre', 'Inddragelse', 'Lene Bak', '22-04-2027', 'Ikke startet', '22-12-2026 10:06', 'Anne Krogh'],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => [a.source.row, a.values.status])).toEqual([
      [3, 'done'],
      [4, 'not_started'],
    ]);
  });

  test('a version column that tells no history (every row 1.0) leaves every row in', () => {
    const r = inspectSheet('Plan', [
      ['ID', 'Version', 'Aktivitet', 'Tema', 'Frist'],
      [1, '1.0', 'Styregruppemøde', 'Ledelse', '29-01-2027'],
      [1, '1.0', 'Workshop med forældre', 'Inddragelse', '22-04-2027'],
    ]);
    expect(r.structure.draft.activities).toHaveLength(2);
  });
});

describe('a remark that tells the deadline moved, beside the deadline column', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Budget', 'Status', 'Bemærkning'],
    ['Inddragelse', 'Fokusgruppe med unge', 'Mads Holm', '01-10-2027', '5.000,00 kr.', 'Ikke startet', 'Flyttet til 29/10 – lokalet var optaget'],
    ['Kommunikation', 'Informationsaften', 'Rikke Bach', '15-09-2027', '12.500,00 kr.', 'Gennemført', 'Flyttet fra 1/9 til 15/9 pga. skolestart'],
    ['Opfølgning på dokumentation', 'Dataudtræk', 'Rikke Bach', '', '0 kr.', 'Ikke startet', 'Frist flyttet til 15/12'],
    ['Ledelse', 'Styregruppemøde', 'Ole Damgaard', '30-11-2027', '0 kr.', 'I gang', 'Rykket til 1/11, men nu igen 30/11'],
    ['Opkvalificering', 'LAT-kursus', 'Rikke Bach', '30-11-2027', '45.000,00 kr.', 'I gang', 'Bevilget 25.000 kr. den 3/9'],
  ]); // prettier-ignore

  test("a day later than the cell, the cell not corrected after the move: the remark's day, checked", () => {
    expect(rowOf(r, 2)?.deadline).toBe('2027-10-29');
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
  });

  test('the cell already holding the day it moved to: read as it is, no check', () => {
    expect(rowOf(r, 3)?.deadline).toBe('2027-09-15');
    expect(rowOf(r, 3)?.start).toBeUndefined();
    expect(checkedAt(r, 'Plan', 'D3')).toBe(false);
  });

  test("an empty deadline cell: the remark's day, checked at the remark", () => {
    expect(rowOf(r, 4)?.deadline).toBe('2027-12-15');
    expect(checkedAt(r, 'Plan', 'G4')).toBe(true);
  });

  test('a remark day earlier than the cell: the cell stays, checked', () => {
    expect(rowOf(r, 5)?.deadline).toBe('2027-11-30');
    expect(checkedAt(r, 'Plan', 'D5')).toBe(true);
  });

  test('a day in a remark that tells no move is no deadline', () => {
    expect(rowOf(r, 6)?.deadline).toBe('2027-11-30');
    expect(checkedAt(r, 'Plan', 'D6')).toBe(false);
  });
});

describe("an AI chat's Markdown pasted into one column", () => {
  const lines = [
    'Her er planen som en tabel, som du kan kopiere ind i Excel 👇',
    '# 🗂️ Implementeringsplan – Vejle Kommune',
    '**Periode:** 1. halvår 2027',
    '**Koordinator:** Louise Dam',
    '## 📋 Aktiviteter',
    '| Tema | Aktivitet | Ansvarlig | Start | Frist | Status |',
    '|------|-----------|-----------|:-----:|-------|--------|',
    '| **Ledelse** | Kick-off med styregruppen | Henrik Skov | 04.01.2027 | 15.01.2027 | ✅ Gennemført |',
    '| **Kommunikation** | **Pjece** om korpset til forældre | Louise Dam | – | marts 2027 | ⏳ Ikke startet |',
    '| **Opkvalificering** | Temadag om LAT-metoden | Louise Dam | 01.02.2027 | 10.03.2027 | 🔄 I gang |',
    '',
    'Vil du have, at jeg også laver en version med et Gantt-diagram? 😊',
  ];
  const r = inspectSheet(
    'Ark1',
    lines.map((l) => [l]),
  );

  test('each table line is read as the cells its pipes part, the separator line left out', () => {
    expect(r.structure.draft.activities.map((a) => [a.source.row, a.values])).toEqual([
      [8, { theme: 'leadership', activity: 'Kick-off med styregruppen', responsible: 'Henrik Skov', start: '2027-01-04', deadline: '2027-01-15', status: 'done' }],
      [9, { theme: 'communication', activity: 'Pjece om korpset til forældre', responsible: 'Louise Dam', deadline: '2027-03-31', status: 'not_started' }],
      [10, { theme: 'upskilling', activity: 'Temadag om LAT-metoden', responsible: 'Louise Dam', start: '2027-02-01', deadline: '2027-03-10', status: 'in_progress' }],
    ]); // prettier-ignore
  });

  test("every place is the line's own cell, and the table is named in a check", () => {
    expect(r.structure.draft.activities[0]?.cells).toMatchObject({ activity: 'A8', deadline: 'A8' });
    expect([...r.issues, ...(r.checks ?? [])].every((x) => x.sheet !== 'Ark1' || /^A\d+$/.test(x.cell))).toBe(
      true,
    );
    expect(checkedAt(r, 'Ark1', 'A6')).toBe(true);
  });

  test('"**Label:** value" lines give the cover facts without the bold marks', () => {
    expect(r.structure.draft.coordinator?.name).toBe('Louise Dam');
  });

  test("the chat's closing question under the table is no activity", () => {
    expect(r.structure.draft.activities.some((a) => a.source.row === 12)).toBe(false);
  });

  test('a sheet with no Markdown table is read as it is', () => {
    const plain = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Frist'],
      ['Ledelse', '**Vigtigt** – styregruppemøde', '15.01.2027'],
      ['Kommunikation', '---', '31.01.2027'],
    ]);
    expect(plain.structure.draft.activities[0]?.values.activity).toBe('**Vigtigt** – styregruppemøde');
  });
});

describe('a question under a table of several columns is a note, no entry', () => {
  test('the corps table leaves out a chat offer under it', () => {
    const r = inspectSheet('Korps', [
      ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'],
      ['LD', 'Mentor', 'Jobcenter', 10, 3],
      ['MK', 'Forældrecoach', 'Familieafdelingen', 8, 2],
      [],
      ['Skal jeg også lave en oversigt over timerne pr. afdeling? 😊'],
    ]);
    expect(r.structure.draft.corps.map((m) => m.values.initials)).toEqual(['LD', 'MK']);
  });
});

describe('the same Markdown split by Text to Columns with "|"', () => {
  test('the separator row of dashes under the header is no activity', () => {
    const r = inspectSheet('Ark1', [
      ['', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', ''],
      ['', '------', '-----------', '-----------', ':-----:', '--------', ''],
      ['', '**Ledelse**', 'Kick-off med styregruppen', 'Henrik Skov', '15.01.2027', '✅ Gennemført', ''],
      ['', '**Kommunikation**', 'Pjece om korpset', 'Louise Dam', 'marts 2027', '⏳ Ikke startet', ''],
    ]);
    expect(
      r.structure.draft.activities.map((a) => [a.source.row, a.values.theme, a.values.activity]),
    ).toEqual([
      [3, 'leadership', 'Kick-off med styregruppen'],
      [4, 'communication', 'Pjece om korpset'],
    ]);
  });
});
