// Rules found by held-out round 41 (p163–p164: a plan shared by partners, each with its own block of
// status, responsible and deadline columns side by side; a plan kept a sheet per quarter, an
// activity that runs on copied to the next sheet as "… (fortsat)"), each on a probe of one habit
// built here with SheetJS, never the round's plans.

import * as XLSX from 'xlsx';
import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const read = (r: Inspected) =>
  activitiesOf(r).map(
    (a) =>
      `${a.values.activity ?? '—'} | ${a.values.status ?? '—'} | ${a.values.responsible ?? '—'} | ${a.values.start ?? '—'} | ${a.values.deadline ?? '—'}`,
  );

/** A sheet of these rows with the cells in `merges` merged. */
function sheet(rows: readonly (readonly unknown[])[], merges: readonly string[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

// --- Partners' blocks side by side ---------------------------------------------------------------

const SUB = ['Tema', 'Aktivitet', 'Status', 'Ansvarlig', 'Frist', 'Status', 'Ansvarlig', 'Frist', 'Note'];

describe("partners' blocks of status, responsible and deadline side by side", () => {
  const rows = [
    ['', '', 'PPR', '', '', 'Jobcentret', '', '', ''],
    SUB,
    ['Ledelse', 'Styregruppemøde', 'Færdig', 'Anne Lund', '15.01.2027', 'I gang', 'Bo Kjær', '12.02.2027'],
    ['Kommunikation', 'Nyhedsbrev', 'Ikke startet', 'Anne Lund', '31.03.2027', 'Ikke relevant', '', ''],
    ['Inddragelse', 'Forældrecafé', '–', '–', '–', 'Gennemført', 'Bo Kjær', '20.01.2027'],
  ];

  test('the least finished status, all the people, the latest deadline; a partner saying "Ikke relevant" takes no part', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', sheet(rows, ['C1:E1', 'F1:H1'])],
    ]);
    expect(read(r)).toEqual([
      'Styregruppemøde | in_progress | Anne Lund, Bo Kjær | — | 2027-02-12',
      'Nyhedsbrev | not_started | Anne Lund | — | 2027-03-31',
      'Forældrecafé | done | Bo Kjær | — | 2027-01-20',
    ]);
    // Where the partners disagree, the status and the deadline are checked at the cells read.
    expect(checkedAt(r, 'Plan', 'F3')).toBe(true);
    expect(checkedAt(r, 'Plan', 'H3')).toBe(true);
  });

  test('status columns under follow-up headings (months) stay follow-ups: the latest filled one counts', () => {
    const followUps = [
      ['', '', 'Marts 2027', '', '', 'Juni 2027', '', '', ''],
      SUB,
      [
        'Ledelse',
        'Styregruppemøde',
        'Ikke startet',
        'Anne Lund',
        '15.03.2027',
        'Færdig',
        'Anne Lund',
        '15.06.2027',
      ],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', sheet(followUps, ['C1:E1', 'F1:H1'])],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done']);
  });
});

// --- A sheet per quarter, "(fortsat)" on the next ----------------------------------------------

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];

describe('an activity copied onto the next period\'s sheet as "… (fortsat)"', () => {
  test("the quarters' sheets in the opposite order of tabs: the same reading, by the periods in the names", () => {
    const q1 = [
      HEAD,
      ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '15.02.2027', '31.03.2027', 'I gang'],
    ];
    const q2 = [
      HEAD,
      ['Opkvalificering', 'Mentoruddannelse hold 3 (forts.)', 'Bo Kjær', '', '20.05.2027', 'Gennemført'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Q2 2027', q2],
      ['Q1 2027', q1],
    ]);
    expect(read(r)).toEqual(['Mentoruddannelse hold 3 | done | Bo Kjær | 2027-02-15 | 2027-05-20']);
    expect(activitiesOf(r)[0]?.source).toMatchObject({ sheet: 'Q1 2027', row: 2 });
  });

  test('is one activity: named and started where it first appears, status and deadline from the last copy', () => {
    const q1 = [
      HEAD,
      ['Ledelse', 'Kvartalsmøde i styregruppen', 'Anne Lund', '', '12.03.2027', 'Gennemført'],
      ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '15.02.2027', '31.03.2027', 'I gang'],
    ];
    const q2 = [
      HEAD,
      ['Ledelse', 'Kvartalsmøde i styregruppen', 'Anne Lund', '', '11.06.2027', 'Ikke startet'],
      [
        'Opkvalificering',
        'Mentoruddannelse hold 3 (fortsat)',
        'Bo Kjær',
        '01.04.2027',
        '20.05.2027',
        'Gennemført',
      ],
      ['Inddragelse', 'Forældrecafé – fortsat', 'Bo Kjær', '', '30.06.2027', 'I gang'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['1. kvartal 2027', q1],
      ['2. kvartal 2027', q2],
    ]);
    expect(read(r)).toEqual([
      'Kvartalsmøde i styregruppen | done | Anne Lund | — | 2027-03-12',
      'Mentoruddannelse hold 3 | done | Bo Kjær | 2027-02-15 | 2027-05-20',
      // The same name without "(fortsat)": a new meeting.
      'Kvartalsmøde i styregruppen | not_started | Anne Lund | — | 2027-06-11',
      // A copy whose original is not in the plan is read as it stands.
      'Forældrecafé – fortsat | in_progress | Bo Kjær | — | 2027-06-30',
    ]);
    expect(
      activitiesOf(r).find((a) => a.values.activity === 'Mentoruddannelse hold 3')?.source,
    ).toMatchObject({
      sheet: '1. kvartal 2027',
      row: 3,
    });
    // Checked where the status and the deadline were read.
    expect(checkedAt(r, '2. kvartal 2027', 'F3')).toBe(true);
    expect(checkedAt(r, '2. kvartal 2027', 'E3')).toBe(true);
  });
});
