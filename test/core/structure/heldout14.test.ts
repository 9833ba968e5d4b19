// Habits found by the fourteenth held-out round of the accuracy corpus (p85–p88): plans lived in for
// a year or more: every half-year's rows on one sheet, the status kept as its history, rows kept
// after they stopped, a post handed over mid-year, Excel's subtotal rows, last half-year's plan left
// under this one, remarks kept as threaded comments, a week without a year in a half-year's plan.
// Each probe is a workbook SheetJS wrote (or, for threaded comments, the corpus's hand-built writer),
// read through the intake.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { threadFallbackEntries } from '../../../core/xlsx';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import {
  checkedAt,
  inspectCover,
  inspectSheet,
  inspectSheetjs,
  COVER,
  TODAY,
  type Inspected,
} from '../../fixtures/sheetjs';

const activities = (r: Inspected) => r.structure.draft.activities;
const EMPTY: readonly unknown[] = [];

describe("one sheet of every half-year's rows, the half-year in a column of its own", () => {
  const plan = [
    ['Halvår', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ['E26', 'Ledelse', 'Budget drøftet i direktionen', 'Mia Holt', '15.10.2026', 'Gennemført'],
    ['E26', 'Kommunikation', 'Pjece til forældre', 'Bo Ek', '30.11.2026', 'Videreført til F27'],
    ['F27', 'Kommunikation', 'Pjece til forældre (videreført fra E26)', 'Bo Ek', '26.02.2027', 'I gang'],
    ['F27', 'Opkvalificering', 'Temadag om LAT', 'Nationalt center', '15.04.2027', 'Ikke startet'],
  ];

  test("only the rows of the plan's period are activities; the others are history, checked", () => {
    const r = inspectSheet('Plan', plan);
    expect(activities(r).map((a) => a.source.row)).toEqual([4, 5]);
    expect(checkedAt(r, 'Plan', 'A1')).toBe(true);
  });

  test('with no period given, the latest half-year is read, checked', () => {
    const r = inspectSheetjs([
      ['Forside', [['Kommune', 'Vejle']]],
      ['Plan', plan],
    ]);
    expect(activities(r).map((a) => a.source.row)).toEqual([4, 5]);
    expect(checkedAt(r, 'Plan', 'A1')).toBe(true);
  });

  test('half-years written out ("2. halvår 2026", "forår 2027") are read the same way', () => {
    const r = inspectSheet('Plan', [
      ['Halvår', 'Tema', 'Aktivitet', 'Frist', 'Status'],
      ['2. halvår 2026', 'Ledelse', 'Budget drøftet', '15.10.2026', 'Gennemført'],
      ['forår 2027', 'Ledelse', 'Budget vedtaget', '26.02.2027', 'I gang'],
    ]);
    expect(activities(r).map((a) => a.source.row)).toEqual([3]);
  });

  test('a row planned for a later half-year stays in the plan', () => {
    const r = inspectSheet('Plan', [
      ['Halvår', 'Tema', 'Aktivitet', 'Frist', 'Status'],
      ['E26', 'Ledelse', 'Budget drøftet', '15.10.2026', 'Gennemført'],
      ['F27', 'Ledelse', 'Budget vedtaget', '26.02.2027', 'I gang'],
      ['E27', 'Evaluering og tilpasning', 'Årsstatus', '15.11.2027', 'Ikke startet'],
    ]);
    expect(activities(r).map((a) => a.source.row)).toEqual([3, 4]);
  });

  test('a column of one half-year alone leaves every row an activity', () => {
    const r = inspectSheet('Plan', [
      ['Halvår', 'Tema', 'Aktivitet', 'Frist', 'Status'],
      ['F27', 'Ledelse', 'Budget vedtaget', '26.02.2027', 'I gang'],
      ['F27', 'Kommunikation', 'Pjece', '15.03.2027', 'I gang'],
    ]);
    expect(activities(r)).toHaveLength(2);
  });
});

describe('the status kept as its history, newest last', () => {
  const r = inspectSheet('Plan', [
    ['Nr.', 'Tema', 'Aktivitet', 'Ansvarlig', 'Hvornår', 'Statushistorik', 'Bemærkning'],
    ['1', 'Ledelse', 'Statusmøde', 'Mia Holt', '15.03.2027', 'Planlagt → I gang → Afsluttet', ''],
    ['2', 'Kommunikation', 'Nyhedsbrev', 'Bo Ek', '15.04.2027', '12/2: Planlagt\n2/3: I gang', 'flyttet'],
    ['3', 'Opkvalificering', 'Temadag', 'Bo Ek', '15.05.2027', 'Planlagt', ''],
    ['4', 'Inddragelse', 'Forældremøde', 'Mia Holt', '15.06.2027', 'I gang\nmangler lokale', ''],
  ]);
  const status = activities(r).map((a) => a.values.status);

  test('"Statushistorik" heads the status', () => {
    expect(status[0]).toBe('done');
    expect(status[2]).toBe('not_started');
  });

  test('dated lines: the last line is the status now, checked', () => {
    expect(status[1]).toBe('in_progress');
    expect(checkedAt(r, 'Plan', 'F3')).toBe(true);
  });

  test('a status with a remark on the next line is no history', () => {
    expect(status[3]).toBe('in_progress');
  });
});

describe('a row kept after it stopped: the remark says so, the status was left', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Frist', 'Status', 'Bemærkning'],
    ['Kommunikation', 'Facebook-gruppe', '31.05.2027', 'I gang', 'Udgår – GDPR-hensyn'],
    ['Opfølgning på dokumentation', 'Regneark til forløb', '30.06.2027', 'I gang', 'Erstattet af række 12'],
    ['Opfølgning på dokumentation', 'Fælles skabelon', '30.06.2027', 'I gang', 'erstatter nr. 7'],
    ['Ledelse', 'Budget', '30.06.2027', 'Gennemført', 'Aflyst runde 2'],
  ]);
  const status = activities(r).map((a) => a.values.status);

  test('"Udgår – …" is closed and "Erstattet af …" changed, each checked', () => {
    expect(status.slice(0, 2)).toEqual(['closed', 'changed']);
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
  });

  test('the row that replaces another ("erstatter nr. 7") and a done one stay as written', () => {
    expect(status.slice(2)).toEqual(['in_progress', 'done']);
  });
});

describe('a post handed over mid-year', () => {
  test.each([
    ['Anne Holm (til 31/8), herefter Jens Lund'],
    ['Anne Holm til 31/8 – fra 1/9: Jens Lund'],
    ['Anne Holm (indtil august), derefter Jens Lund'],
  ])('"%s" on the cover is Jens Lund, checked', (written) => {
    const r = inspectCover([['Koordinator', written]]);
    expect(r.structure.draft.coordinator?.name).toBe('Jens Lund');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
  });

  test('an activity handed over ("Anne Holm (til 31/8) → Jens Lund") is Jens Lund\'s, checked', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Inddragelse', 'Dialogmøde', 'Anne Holm (til 31/8) → Jens Lund', '15.03.2027', 'I gang'],
      ['Ledelse', 'Budget', 'Mia Holt', '15.03.2027', 'I gang'],
    ]);
    expect(activities(r).map((a) => a.values.responsible)).toEqual(['Jens Lund', 'Mia Holt']);
    expect(checkedAt(r, 'Plan', 'C2')).toBe(true);
  });
});

describe("Excel's Subtotal rows in a plan sorted by theme", () => {
  test('"Ledelse I alt" and "Kommunikation Antal" with their figures are no activities', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Frist', 'Status', 'Timer'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027', 'I gang', 6],
      ['Ledelse', 'Aftale om frikøb', '15.04.2027', 'I gang', 10],
      ['Ledelse I alt', null, null, null, 16],
      ['Kommunikation', 'Pjece', '15.03.2027', 'I gang', 4],
      ['Kommunikation Antal', 1],
      ['Hovedtotal', null, null, null, 20],
    ]);
    expect(activities(r).map((a) => a.source.row)).toEqual([2, 3, 5]);
  });
});

describe("last half-year's plan left standing under this one", () => {
  const header = ['Tema', 'Aktivitet', 'Frist', 'Status'];
  const now = [
    ['Ledelse', 'Budget for 2027', '15.03.2027', 'I gang'],
    ['Kommunikation', 'Pjece til forældre', '15.04.2027', 'Ikke startet'],
  ];
  const old = [
    ['Ledelse', 'Beslutning om korpset', '15.10.2026', 'Gennemført'],
    ['Kommunikation', 'Nyhed på intranettet', '15.11.2026', 'Gennemført'],
  ];

  test.each([['2. halvår 2026 – afsluttet'], ['Forrige halvårs plan (kun til orientering)']])(
    'the table under "%s" is not read as the plan, checked',
    (title) => {
      const r = inspectSheet('Plan', [header, ...now, EMPTY, EMPTY, EMPTY, [title], header, ...old]);
      expect(activities(r).map((a) => a.source.row)).toEqual([2, 3]);
      expect(checkedAt(r, 'Plan', 'A7')).toBe(true);
    },
  );

  test("a second table under a title of the plan's own half-year is read too", () => {
    const r = inspectSheet('Plan', [
      header,
      ...now,
      EMPTY,
      EMPTY,
      EMPTY,
      ['Tilføjet 1. halvår 2027'],
      header,
      ...old,
    ]);
    expect(activities(r)).toHaveLength(4);
  });
});

describe('a threaded comment with replies on an answer', () => {
  test('the comment and its replies together are the remark, the comment first', () => {
    const wb = new WorkbookModel();
    const f = wb.sheet('Forside');
    COVER.forEach(([label, value], i) => f.row(`A${i + 1}`, [label, value]));
    const h = wb.sheet('Huskeliste');
    h.row('A1', ['Nr.', 'Spørgsmål', 'Svar']);
    h.row('A2', ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', 'Delvist']);
    h.row('A3', ['F2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?', 'Ja']);
    h.threads.set('C2', [
      { author: 'Ole Skov', text: 'Mangler vi ikke jobcentret?' },
      { author: 'Lise Brandt', text: 'Jo – de kommer med i januar' },
    ]);
    h.threads.set('C3', [{ author: 'Lise Brandt', text: 'Skoler og PPR var med.' }]);
    const r = inspectBytes(toXlsx(wb), { today: TODAY });
    const comments = new Map(r.structure.draft.checklist.map((a) => [a.id, a.comment]));
    expect(comments.get('F1')).toBe('Mangler vi ikke jobcentret? Jo – de kommer med i januar');
    expect(comments.get('F2')).toBe('Skoler og PPR var med.');
  });
});

describe("a threaded comment kept only as Excel's placeholder note (the threads dropped by another program)", () => {
  const NOTICE =
    '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n';

  test('the notice is left out and each entry kept, in any language of the markers', () => {
    expect(
      threadFallbackEntries(`${NOTICE}Comment:\n    Mangler vi jobcentret?\nReply:\n    Jo – i januar`),
    ).toEqual(['Mangler vi jobcentret?', 'Jo – i januar']);
    expect(threadFallbackEntries(`${NOTICE}Kommentar:\n    Første linje\n    anden linje`)).toEqual([
      'Første linje\nanden linje',
    ]);
    expect(threadFallbackEntries('Koordinator:\nHusk at rette status')).toBeUndefined();
  });

  test("an answer's placeholder note gives the thread as its remark", () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Nr.', 'Spørgsmål', 'Svar'],
      ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', 'Delvist'],
    ]);
    (ws['C2'] as XLSX.CellObject).c = [
      { a: 'tc={7C0-1}', t: `${NOTICE}Comment:\n    Mangler vi jobcentret?\nReply:\n    Jo – i januar.` },
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Huskeliste', ws],
    ]);
    const f1 = r.structure.draft.checklist.find((a) => a.id === 'F1');
    expect(f1?.comment).toBe('Mangler vi jobcentret? Jo – i januar.');
  });
});

describe('a comment thread on a status cell that tells another state', () => {
  const planWith = (threads: Record<string, { author: string; text: string }[]>): Inspected => {
    const wb = new WorkbookModel();
    const f = wb.sheet('Forside');
    COVER.forEach(([label, value], i) => f.row(`A${i + 1}`, [label, value]));
    const p = wb.sheet('Plan');
    p.row('A1', ['Tema', 'Aktivitet', 'Frist', 'Status']);
    p.row('A2', ['Opkvalificering', 'Opfølgningsdag', '15.03.2027', 'I gang']);
    p.row('A3', ['Kommunikation', 'Brev til skolerne', '15.03.2027', 'I gang']);
    for (const [at, thread] of Object.entries(threads)) p.threads.set(at, thread);
    return inspectBytes(toXlsx(wb), { today: TODAY });
  };

  test('"jeg retter status", or a reply that reads as another status, is checked; the status kept', () => {
    const r = planWith({
      D2: [
        { author: 'Ole Skov', text: 'Er den holdt?' },
        { author: 'Lise Brandt', text: 'Ja, holdt 4/11 – jeg retter status.' },
      ],
      D3: [
        { author: 'Ole Skov', text: 'Er brevet sendt?' },
        { author: 'Lise Brandt', text: 'Gennemført' },
      ],
    });
    expect(activities(r).map((a) => a.values.status)).toEqual(['in_progress', 'in_progress']);
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
  });

  test('a thread that agrees with the status asks nothing', () => {
    const r = planWith({
      D2: [
        { author: 'Ole Skov', text: 'Hvornår?' },
        { author: 'Lise Brandt', text: 'I gang nu' },
      ],
    });
    expect(checkedAt(r, 'Plan', 'D2')).toBe(false);
  });
});

describe("a week without a year in a half-year's plan", () => {
  test('"uge 50" under "1. kvartal 2028" in a plan for 2. halvår 2027 is week 50 of 2027', () => {
    const r = inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejle'],
          ['Periode', '2. halvår 2027'],
        ],
      ],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Tidspunkt', 'Status'],
          ['Ledelse', 'Opstartsmøde', 'uge 34', 'Gennemført'],
          ['Opfølgning på dokumentation', 'Forløbsskema', '1. kvartal 2028', 'Ikke startet'],
          ['Evaluering og tilpasning', 'Halvårsstatus', 'uge 50', 'Ikke startet'],
        ],
      ],
    ]);
    expect(activities(r).map((a) => a.values.deadline)).toEqual(['2027-08-29', '2028-03-31', '2027-12-19']);
  });
});
