// Habits found by the twentieth held-out round of the accuracy corpus (p109–p112): plans that went
// through a PDF and a converter back to Excel (Acrobat's Export PDF, Word opening the PDF, an
// online converter, Tabula). The converter's marks are in every part: letter-spaced headings, words
// hyphenated at a line's end, ligatures, a symbol font's bullets, the page's header and footer (with
// its print date) inside the table, one row per line of text, an activity's text cut at a column
// edge, the header split over two rows, a thousands point read as a decimal. A careful human reads
// through the marks, and is asked where the converter's guess decided. Each probe is a workbook
// SheetJS wrote, read through the intake, or the reading function itself.

import * as XLSX from 'xlsx';
import { joinWrapped, normalizeText, unbroken, unprinted } from '../../../core/normalize';
import { checkedAt, COVER, inspectSheet, inspectSheetjs } from '../../fixtures/sheetjs';

type Inspected = ReturnType<typeof inspectSheet>;

function activity(r: Inspected, row: number, sheet?: string) {
  return r.structure.draft.activities.find(
    (a) => a.source.row === row && (sheet === undefined || a.source.sheet === sheet),
  );
}

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

describe('a heading set letter-spaced in the PDF', () => {
  test('"S T A T U S" and "L A N G E L A N D   K O M M U N E" are their words', () => {
    expect(unprinted('S T A T U S')).toBe('STATUS');
    expect(unprinted('L A N G E L A N D   K O M M U N E')).toBe('LANGELAND KOMMUNE');
    expect(normalizeText('T I M E R   P R .   U G E')).toBe('timer pr. uge');
    // Words of their own stay: two letters are no spacing, nor is a name with initials.
    expect(unprinted('A B')).toBe('A B');
    expect(unprinted('I gang')).toBe('I gang');
    expect(unprinted('A. B. Hansen')).toBe('A. B. Hansen');
  });

  test('a plan under a letter-spaced header row is read column by column', () => {
    const r = inspectSheet('Plan', [
      HEADER.map((h) => [...h.toUpperCase()].join(' ')),
      ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '29.01.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev til skolerne', 'Ane Dam', '26.02.2027', 'Ikke startet'],
    ]);
    expect(activity(r, 2)?.values).toMatchObject({
      theme: 'leadership',
      activity: 'Styregruppemøde om målene',
      responsible: 'Bo Ek',
      deadline: '2027-01-29',
      status: 'in_progress',
    });
    expect(activity(r, 3)?.values).toMatchObject({ theme: 'communication', status: 'not_started' });
  });
});

describe('a text with a PDF typesetting in it', () => {
  test('ligatures are their letters, a symbol bullet is left out, a word broken at a line end is one', () => {
    expect(unbroken('Opkvaliﬁcering')).toBe('Opkvalificering');
    expect(unbroken('Kick-oﬀ og aﬂyst')).toBe('Kick-off og aflyst');
    expect(unbroken('\uF0B7\tMøde med skolerne')).toBe('Møde med skolerne');
    expect(unbroken('Styregruppemøde om res-\nsourcer')).toBe('Styregruppemøde om ressourcer');
    // The hyphen of an abbreviation in capitals, or before "og", is the word's own.
    expect(unbroken('Grundkursus i LAT-\nmetoden')).toBe('Grundkursus i LAT-metoden');
    expect(unbroken('Børne-\nog Skoleudvalget')).toBe('Børne- og Skoleudvalget');
    // A tick alone (Wingdings' check mark as a private-use character) is no bullet.
    expect(unbroken('\uF0FC')).toBe('\uF0FC');
  });

  test('a plan pasted from a PDF reads its activities, themes and statuses as meant', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Opkvaliﬁcering', '\uF0B7\tGrundkursus i LAT-\nmetoden for nye mentorer', 'Bo Ek', '30.04.2027', 'I gang'],
      ['Organisering, roller og an-\nsvar', 'Aftale om mentorernes tid med res-\nsourcer', 'Ane Dam', '31.03.2027', 'Ikke påbe-\ngyndt'],
    ]); // prettier-ignore
    expect(activity(r, 2)?.values).toMatchObject({
      theme: 'upskilling',
      activity: 'Grundkursus i LAT-metoden for nye mentorer',
    });
    expect(activity(r, 3)?.values).toMatchObject({
      theme: 'organisation_roles',
      activity: 'Aftale om mentorernes tid med ressourcer',
      status: 'not_started',
    });
  });
});

describe("a printed page's header and footer inside the table", () => {
  test('a row with "Side 1 af 2" and the print date is no activity, and its date no deadline', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '29.01.2027', 'I gang'],
      ['Glostrup Kommune', null, 'Side 1 af 2', 'Udskrevet', '01.12.2026'],
      HEADER,
      ['Kommunikation', 'Nyhedsbrev til skolerne', 'Ane Dam', '26.02.2027', 'Ikke startet'],
      ['Udskrevet den 1. december 2026', null, null, '01.12.2026'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.row)).toEqual([2, 5]);
  });
});

describe('an activity over two rows (a line of the PDF a row)', () => {
  test('a word hyphenated at the line end is joined as one word with the row above', () => {
    expect(joinWrapped('Supervision af forældre-', 'coaches hver 6. uge')).toBe(
      'Supervision af forældrecoaches hver 6. uge',
    );
    expect(joinWrapped('Kursus i LAT-', 'metoden')).toBe('Kursus i LAT-metoden');
    expect(joinWrapped('Halvårsstatus til Børne-', 'og Skoleudvalget')).toBe(
      'Halvårsstatus til Børne- og Skoleudvalget',
    );
    const r = inspectSheet('Plan', [
      HEADER,
      ['Opkvalificering', 'Supervision af mentorer og forældre-', 'Bo Ek', '30.06.2027', 'I gang'],
      [null, 'coaches (hver 6. uge)'],
      ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '29.01.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.activity).toBe('Supervision af mentorer og forældrecoaches (hver 6. uge)');
    expect(activity(r, 3)).toBeUndefined();
  });

  test('values on the last line (set at the bottom of the cell) are the activity of the first', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppen godkender'],
      [null, 'handleplan og budget', 'Hanne Dam', '14.08.2026', 'Gennemført'],
      ['Organisering, roller og', 'Aftale om mentorernes tid'],
      ['ansvar', 'med lederne', 'Hanne Dam', '31.10.2026', 'Ændret'],
      ['Inddragelse', 'Dialogmøde med forældre'],
      [null, 'og unge om'],
      [null, 'mentorforløbet', 'Sara Lind', '15.10.2026', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev til skolerne', 'Per Skov', '11.09.2026', 'Gennemført'],
    ]);
    const rows = r.structure.draft.activities.map((a) => a.source.row);
    expect(rows).toEqual([2, 4, 6, 9]);
    expect(activity(r, 2)?.values).toEqual(
      expect.objectContaining({
        theme: 'leadership',
        activity: 'Styregruppen godkender handleplan og budget',
        responsible: 'Hanne Dam',
        deadline: '2026-08-14',
        status: 'done',
      }),
    );
    expect(activity(r, 4)?.values).toMatchObject({
      theme: 'organisation_roles',
      activity: 'Aftale om mentorernes tid med lederne',
      status: 'changed',
    });
    expect(activity(r, 6)?.values).toMatchObject({
      activity: 'Dialogmøde med forældre og unge om mentorforløbet',
      deadline: '2026-10-15',
    });
    // The coordinator is asked: the join was the converter's layout, read as meant.
    expect(checkedAt(r, 'Plan', 'B3')).toBe(true);
  });

  test('lines of text alone in small letters that end without values are activities of their own', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Kommunikation', 'Nyhedsbrev til skolerne'],
      [null, 'udarbejde pjece'],
      [null, 'opdatere intranet'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.row)).toEqual([2, 3, 4, 5]);
  });

  test('an activity with a full stop, or a row with its own values, is no line of the one above', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppemøde.'],
      [null, 'møde med skolerne', 'Bo Ek', '29.01.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Ane Dam', '26.02.2027', 'Ikke startet'],
      [null, 'infomøde for PPR', 'Ane Dam', '26.03.2027', 'Ikke startet'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.row)).toEqual([2, 3, 4, 5]);
  });

  test("the last line of a page's activity, at the top of the next page's sheet, is joined to it", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Page 1', [HEADER, ['Kommunikation', 'Fælles temadag for mentorer og', 'Ane Dam', '12.03.2027', 'I gang']]],
      ['Page 2', [HEADER, [null, 'forældrecoaches om LAT-metoden'], ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']]],
    ]); // prettier-ignore
    expect(activity(r, 2, 'Page 1')?.values.activity).toBe(
      'Fælles temadag for mentorer og forældrecoaches om LAT-metoden',
    );
    expect(activity(r, 2, 'Page 2')).toBeUndefined();
    expect(activity(r, 3, 'Page 2')?.values.theme).toBe('leadership');
  });
});

describe('a plan over several sheets, a page or a table a sheet', () => {
  const page1 = [HEADER, ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '29.01.2027', 'I gang']];
  const page2 = [
    ['Kommunikation', 'Nyhedsbrev til skolerne', 'Ane Dam', '26.02.2027', 'Ikke startet'],
    ['Inddragelse', 'Dialogmøde med forældre', 'Ane Dam', '15.03.2027', 'Ikke startet'],
  ];

  test("the next page's rows under no header are read under the header of the page before (checked)", () => {
    const r = inspectSheetjs([
      ['Table 1', COVER],
      ['Table 2', page1],
      ['Table 3', page2],
    ]);
    expect(activity(r, 1, 'Table 3')?.values).toMatchObject({
      theme: 'communication',
      responsible: 'Ane Dam',
      deadline: '2027-02-26',
      status: 'not_started',
    });
    expect(activity(r, 2, 'Table 3')?.values.theme).toBe('involvement');
    expect(checkedAt(r, 'Table 3', 'A1')).toBe(true);
  });

  test("the pages are read in their numbers' order whatever order the tabs stand in", () => {
    const r = inspectSheetjs([
      ['Table 3', page2],
      ['Table 2', page1],
      ['Table 1', COVER],
    ]);
    expect(activity(r, 1, 'Table 3')?.values.theme).toBe('communication');
    const s = inspectSheetjs([
      ['Forside', COVER],
      ['Page 2', [HEADER, [null, 'forældrecoaches om LAT-metoden']]],
      ['Page 1', [HEADER, ['Kommunikation', 'Fælles temadag for mentorer og', 'Ane Dam', '12.03.2027', 'I gang']]],
    ]); // prettier-ignore
    expect(activity(s, 2, 'Page 1')?.values.activity).toBe(
      'Fælles temadag for mentorer og forældrecoaches om LAT-metoden',
    );
  });

  test('rows that fit no field of the plan before are no continuation of it', () => {
    const r = inspectSheetjs([
      ['Table 1', COVER],
      ['Table 2', page1],
      [
        'Table 3',
        [
          ['Noter', 'Mødet flyttes', 'x'],
          ['Mere', 'Tekst', 'y'],
          ['Og', 'mere', 'z'],
        ],
      ],
    ]);
    expect(r.structure.draft.activities.filter((a) => a.source.sheet === 'Table 3')).toEqual([]);
  });
});

describe('a header split over two rows where the PDF wrapped it', () => {
  test('"Ansvar-" over "lig" and "Tids-" over "frist" head the responsible and the deadline', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvar-', 'Tids-', 'Status'],
      [null, null, 'lig', 'frist', null],
      ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '15-01-2027', 'I gang'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.row)).toEqual([3]);
    expect(activity(r, 3)?.values).toMatchObject({ responsible: 'Bo Ek', deadline: '2027-01-15' });
  });
});

describe("an activity's text cut at a column edge the converter misjudged", () => {
  test('small words before a name in the responsible cell are the end of the activity (checked)', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Kommunikation', 'Infomøde for', 'sundhedsplejen Lise Mørk', '10.03.2027', 'I gang'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values).toMatchObject({
      activity: 'Infomøde for sundhedsplejen',
      responsible: 'Lise Mørk',
      deadline: '2027-03-10',
    });
    expect(checkedAt(r, 'Plan', 'B2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'C2')).toBe(true);
    expect(activity(r, 3)?.values.responsible).toBe('Bo Ek');
  });

  test('a row cut in two and shifted one column right, its status under no header, is read in place', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Inddragelse', 'Dialogmøde med', 'forældre og unge', 'Maria Holt', '15.03.2027', 'Ikke startet'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values).toMatchObject({
      activity: 'Dialogmøde med forældre og unge',
      responsible: 'Maria Holt',
      deadline: '2027-03-15',
      status: 'not_started',
    });
    expect(checkedAt(r, 'Plan', 'B2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'C2')).toBe(true);
  });

  test('a responsible in small letters with no value beyond the table is kept as written', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppemøde med', 'pia munk', '29.01.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values).toMatchObject({
      activity: 'Styregruppemøde med',
      responsible: 'pia munk',
    });
  });
});

describe('an indicator figure whose thousands point a converter read as a decimal', () => {
  test('1.48 beside "1.250" and "2.000" is 1480, checked; a decimal in a row without them stays', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat'],
      ['Timer med mentorstøtte i alt', 'timer', '1.250', '2.000', 1.48],
      ['Gennemsnitlig score', 'antal', 2.5, 3, 2.75],
    ]);
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']]],
      ['Indikatorer', ws],
    ]);
    const [hours, score] = r.structure.draft.indicators;
    expect(hours?.values).toMatchObject({ baseline: 1250, target: 2000, result: 1480 });
    expect(checkedAt(r, 'Indikatorer', 'E2')).toBe(true);
    expect(score?.values).toMatchObject({ baseline: 2.5, result: 2.75 });
  });
});

describe("the cover's facts as one text block", () => {
  const PLAN = [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']];

  test("two facts on a line, set apart by the PDF's tab stops or glued by a space, are two facts", () => {
    const r = inspectSheetjs([
      [
        'Page 1',
        [
          ['Kommune:   Glostrup Kommune        Periode:   1. halvår 2027\nFase:   Indledende implementering        Koordinator:   Camilla Vestergaard'],
          [],
          ...PLAN,
        ],
      ],
    ]); // prettier-ignore
    const d = r.structure.draft;
    expect(d.municipality?.code).toBe('161');
    expect(d.period).toBe('2027-H1');
    expect(d.phase).toBe('initial');
    expect(d.coordinator?.name).toBe('Camilla Vestergaard');
  });

  test('a title line over labelled lines: the labelled lines give their facts', () => {
    const r = inspectSheetjs([
      [
        'Table 1',
        [
          ['Fanø Kommune'],
          ['Implementeringsplan – mentorindsatsen\nPeriode: 1. halvår 2027 Fase: Fuld implementering\nKoordinator: Lise Mørk Leder: Anders Friis'],
        ],
      ],
      ['Table 2', PLAN],
    ]); // prettier-ignore
    const d = r.structure.draft;
    expect(d.phase).toBe('full');
    expect(d.coordinator?.name).toBe('Lise Mørk');
    expect(d.leader?.name).toBe('Anders Friis');
  });
});

describe('a checklist extracted from a PDF', () => {
  const PLAN = [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']];
  const answer = (r: Inspected, id: string) => r.structure.draft.checklist.find((c) => c.id === id)?.answer;

  test("Wingdings' tick as the private-use character U+F0FC is a tick", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Huskeliste', [['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'], ['F1', 'Er behovet analyseret?', '\uF0FC'], ['F2', 'Er aktørerne involveret?', null, null, '\uF0FC']]],
    ]); // prettier-ignore
    expect(answer(r, 'F1')).toBe('yes');
    expect(answer(r, 'F2')).toBe('no');
  });

  test('a question over two rows with its x on the second is answered by it', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      [
        'Huskeliste',
        [
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'],
          ['F1', 'Har kommunen gennemført en analyse af behovet for'],
          [null, 'indsatsen og for at indgå i mentorkorpset?', 'x'],
          ['F2', 'Har relevante aktører været involveret i en analyse'],
          [null, 'af behovet?', null, 'x', null, 'PPR mangler'],
          ['F3', 'Er der en plan for samarbejdspartnere?', null, null, 'x'],
        ],
      ],
    ]);
    expect(answer(r, 'F1')).toBe('yes');
    expect(answer(r, 'F2')).toBe('partly');
    expect(r.structure.draft.checklist.find((c) => c.id === 'F2')?.comment).toBe('PPR mangler');
    expect(answer(r, 'F3')).toBe('no');
  });
});

describe("a checklist page's footer", () => {
  const PLAN = [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']];

  test('"Side 3 af 4" and the print stamp under the marks are no question and no answer', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      [
        'Huskeliste',
        [
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning'],
          ['F1', 'Har kommunen gennemført en analyse af behovet?', 'X'],
          ['F2', 'Har relevante aktører været involveret?', null, 'X', null, 'PPR mangler'],
          [],
          ['Glostrup Kommune · Implementeringsplan', null, 'Side 3 af 4', 'Udskrevet:', '02.12.2026'],
        ],
      ],
    ]);
    expect(r.issues.filter((i) => i.sheet === 'Huskeliste' && i.severity === 'error')).toEqual([]);
    expect(r.structure.draft.checklist.find((c) => c.id === 'F2')?.answer).toBe('partly');
  });
});

describe('a corps member whose role ran over two rows', () => {
  test('"Mentor og forældre-" over "coach" is both', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']]],
      [
        'Korps',
        [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Forløb'],
          ['PS', 'Mentor', 7.5, 3],
          ['SL', 'Mentor og forældre-', 12, 5],
          [null, 'coach'],
          ['JN', 'Forældrecoach', 6, 2],
        ],
      ],
    ]);
    const corps = r.structure.draft.corps.map((m) => [m.values.initials, m.values.role]);
    expect(corps).toEqual([
      ['PS', 'mentor'],
      ['SL', 'both'],
      ['JN', 'parent_coach'],
    ]);
    expect(checkedAt(r, 'Korps', 'B4')).toBe(true);
  });
});
