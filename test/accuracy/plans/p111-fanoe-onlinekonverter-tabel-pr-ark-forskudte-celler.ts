// Fanø (held out, twentieth round: plans that went through a PDF): the coordinator had the plan as
// the PDF attached to the board's agenda and ran it through a free online converter
// (iLovePDF/Smallpdf-like). Every table the converter found is a sheet of its own ("Table 1" …
// "Table 6"); the cover's two columns of facts come out as one text block, each line's label and
// value glued to the next pair by a single space ("Periode: 1. halvår 2027 Fase: Fuld
// implementering"); the plan's header is split over two rows where the PDF wrapped it ("Ansvar-" /
// "lig", "Tids-" / "frist") with an empty spacer column; the plan's second page is a table of its
// own with no header; in some rows the converter misjudged a column's edge: the end of the activity
// is pushed into the responsible's column ("Infomøde for" | "sundhedsplejen Lise Mørk"), or the
// activity is cut in two and the rest of the row shifted one column right, the status landing in a
// column with no header; the page footer ("Side 2 af 2", "Udskrevet" and the print date in the
// deadline's column) inside the table; dates as text in every form the print had ("15-01-2027",
// "2027-06-24", "15. feb. 2027", "10.3.2027", "15.03.27"); numbers as text with the Danish thousands
// point ("1.250"), and one the converter took for a decimal (the number 1.48 for "1.480"). SheetJS.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { placeActivity } from './converted';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p111-fanoe-onlinekonverter-tabel-pr-ark-forskudte-celler',
    'sheetjs',
    'Fanø: the PDF run through an online converter: a sheet per table ("Table 1" …), the cover facts as one text block with the pairs glued by a space, the header split over two rows ("Ansvar-" / "lig"), the plan\'s second page a table with no header, rows where the activity spills into the next column or the whole row is shifted one column right, the page footer with the print date in the deadline column, dates as text in every form, numbers as text with a thousands point and one read as a decimal.',
    [
      'pdf-converted',
      'sheet-per-table',
      'cover-facts-one-text-block',
      'header-split-over-two-rows',
      'empty-spacer-columns',
      'continued-table-without-header',
      'text-split-into-neighbour-cell',
      'row-shifted-one-column',
      'page-footer-with-print-date',
      'dates-as-text-many-forms',
      'numbers-as-text-thousands',
      'thousands-point-read-as-decimal',
    ],
  );

  // --- Table 1: the cover ------------------------------------------------------------------------
  const C = 'Table 1';
  const c = p.sheet(C);
  c.width(1, 90);
  c.set('A1', 'Fanø Kommune');
  c.set(
    'A2',
    'Implementeringsplan – mentor- og forældrecoachindsatsen\nPeriode: 1. halvår 2027 Fase: Fuld implementering\nKoordinator: Lise Mørk Leder: Anders Friis',
  );
  p.fact('municipality', '563', C, 'A1');
  p.fact('period', '2027-H1', C, 'A2');
  p.fact(
    'phase',
    { v: 'full', note: 'the next pair glued on by a space: "… 2027 Fase: Fuld implementering"' },
    C,
    'A2',
  );
  p.fact(
    'coordinator',
    { v: 'Lise Mørk', note: '"Leder: Anders Friis" glued on after a space is the next fact' },
    C,
    'A2',
  );
  p.fact('leader', 'Anders Friis', C, 'A2');

  // --- Table 2 and Table 3: the plan --------------------------------------------------------------
  // Columns: A Tema | B (spacer) | C Aktivitet | D Ansvarlig | E Tidsfrist | F Status | G (no header)
  const T2 = 'Table 2';
  const t2 = p.sheet(T2);
  const T3 = 'Table 3';
  const t3 = p.sheet(T3);
  for (const t of [t2, t3])
    t.width(1, 28).width(2, 2).width(3, 40).width(4, 26).width(5, 14).width(6, 14).width(7, 14);
  t2.row('A1', ['Tema', null, 'Aktivitet', 'Ansvar-', 'Tids-', 'Status']);
  t2.row('A2', [null, null, null, 'lig', 'frist', null]);
  p.notActivity(T2, 2, 'the second line of the header, split by the converter');

  type Row = {
    sheet: string;
    row: number;
    cells: (string | null)[];
    theme: Exp;
    activity: [Exp, string];
    responsible: [Exp, string];
    deadline: [Exp, string];
    status: [Exp, string];
  };
  const plain = (
    sheet: string,
    row: number,
    tema: string,
    theme: Exp,
    akt: string,
    who: string,
    dl: string,
    dlX: Exp,
    st: string,
    stX: Exp,
  ): Row => ({
    sheet,
    row,
    cells: [tema, null, akt, who, dl, st],
    theme,
    activity: [akt, `C${row}`],
    responsible: [who, `D${row}`],
    deadline: [dlX, `E${row}`],
    status: [stX, `F${row}`],
  });
  const rows: Row[] = [
    plain(T2, 3, 'Ledelse', 'leadership', 'Styregruppemøde om mål og økonomi', 'Anders Friis', '15-01-2027', '2027-01-15', 'Gennemført', 'done'),
    plain(T2, 4, 'Ledelse', 'leadership', 'Halvårsmøde i ledergruppen', 'Anders Friis', '2027-06-24', '2027-06-24', 'Ikke startet', 'not_started'),
    plain(T2, 5, 'Kommunikation', 'communication', 'Nyhedsbrev til skolerne', 'Lise Mørk', '15. feb. 2027', '2027-02-15', 'Gennemført', 'done'),
    {
      sheet: T2,
      row: 6,
      cells: ['Kommunikation', null, 'Infomøde for', 'sundhedsplejen Lise Mørk', '10.3.2027', 'I gang'],
      theme: 'communication',
      activity: [unsure('Infomøde for sundhedsplejen', 'the end of the text pushed into the next column by the converter: to be confirmed'), 'C6'],
      responsible: [unsure('Lise Mørk', 'the cell also holds the end of the activity: to be confirmed'), 'D6'],
      deadline: ['2027-03-10', 'E6'],
      status: ['in_progress', 'F6'],
    },
    {
      sheet: T2,
      row: 7,
      cells: ['Inddragelse', null, 'Dialogmøde med', 'forældre og unge', 'Maria Holt', '15.03.27', 'Ikke startet'],
      theme: 'involvement',
      activity: [unsure('Dialogmøde med forældre og unge', 'cut in two by the converter, the rest of the row one column right: to be confirmed'), 'C7'],
      responsible: [unsure('Maria Holt', 'in the deadline column: the row is shifted one column right'), 'E7'],
      deadline: [{ v: '2027-03-15', note: 'in the status column' }, 'F7'],
      status: [{ v: 'not_started', note: 'in the column with no header' }, 'G7'],
    },
    plain(T2, 8, 'Opkvalificering', 'upskilling', 'Grundkursus i LAT for nye mentorer', 'Nationalt center', '30.04.2027', '2027-04-30', 'I gang', 'in_progress'),
    plain(T3, 1, 'Opkvalificering', 'upskilling', 'Supervision af mentorer', 'Ekstern supervisor', '30.06.2027', '2027-06-30', 'I gang', 'in_progress'),
    {
      sheet: T3,
      row: 2,
      cells: ['Organisering, roller og ansvar', null, 'Rollebeskrivelse for', 'koordinator og mentorer', 'Lise Mørk', '31-03-2027', 'Gennemført'],
      theme: 'organisation_roles',
      activity: [unsure('Rollebeskrivelse for koordinator og mentorer', 'cut in two by the converter, the rest of the row one column right: to be confirmed'), 'C2'],
      responsible: [unsure('Lise Mørk', 'in the deadline column: the row is shifted one column right'), 'E2'],
      deadline: [{ v: '2027-03-31', note: 'in the status column' }, 'F2'],
      status: [{ v: 'done', note: 'in the column with no header' }, 'G2'],
    },
    plain(T3, 3, 'Opfølgning på dokumentation', 'documentation', 'Registrering af forløb i fagsystemet', 'Maria Holt', '30.06.2027', '2027-06-30', 'I gang', 'in_progress'),
    plain(T3, 4, 'Arbejdsproces og kultur', 'process_culture', 'Visitationsmøde hver 14. dag', 'Maria Holt', '30.06.2027', '2027-06-30', 'I gang', 'in_progress'),
    plain(T3, 5, 'Evaluering og tilpasning', 'evaluation', 'Halvårsstatus til udvalget', 'Lise Mørk', '23.06.2027', '2027-06-23', 'Ikke startet', 'not_started'),
  ]; // prettier-ignore
  const cols = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  for (const r of rows) {
    const t = p.sheet(r.sheet);
    r.cells.forEach((v, i) => {
      if (v !== null) t.set(`${cols[i]}${r.row}`, v);
    });
    placeActivity(p, r.sheet, r.row, {
      theme: [r.theme, `A${r.row}`],
      activity: r.activity,
      status: r.status,
      start: [null, r.deadline[1]],
      deadline: r.deadline,
      responsible: r.responsible,
    });
  }
  t2.row('A9', ['Fanø Kommune', null, 'Side 1 af 2']);
  p.notActivity(T2, 9, 'the page footer');
  t3.row('A6', ['Fanø Kommune', null, 'Side 2 af 2', 'Udskrevet', '01.12.2026']);
  p.notActivity(T3, 6, 'the page footer: the print date is no deadline');

  // --- Table 4: the checklist ---------------------------------------------------------------------
  const T4 = 'Table 4';
  const t4 = p.sheet(T4);
  t4.width(1, 6).width(2, 80).width(3, 2).width(4, 6).width(5, 8).width(6, 6).width(7, 30);
  t4.row('A1', ['Nr.', 'Spørgsmål', null, 'Ja', 'Delvist', 'Nej', 'Kommentar']);
  const ans: Record<ChecklistIdKey, ['D' | 'E' | 'F' | null, Exp, string | null]> = {
    F1: ['D', 'yes', null],
    F2: ['D', 'yes', null],
    F3: ['E', 'partly', 'Mangler aftale med PPR'],
    F4: ['D', 'yes', null],
    F5: ['D', 'yes', null],
    F6: ['D', 'yes', null],
    F7: ['E', 'partly', null],
    L1: ['D', 'yes', null],
    L2: ['E', 'partly', null],
    L3: ['D', 'yes', null],
    L4: ['F', 'no', 'Tages op i foråret'],
    L5: ['E', 'partly', null],
    L6: ['D', 'yes', null],
    L7: [null, null, null],
    L8: ['F', 'no', null],
  };
  let r = 2;
  SEED_QUESTIONS.forEach(([id, q]) => {
    const [col, reading, comment] = ans[id];
    t4.set(`A${r}`, id);
    t4.set(`B${r}`, q);
    if (col) t4.set(`${col}${r}`, 'x');
    if (comment) t4.set(`G${r}`, comment);
    p.answer(
      id,
      reading,
      T4,
      col ? `${col}${r}` : `D${r}`,
      comment ? { v: comment, cell: `G${r}` } : undefined,
    );
    r++;
  });

  // --- Table 5: the corps ---------------------------------------------------------------------------
  const T5 = 'Table 5';
  const t5 = p.sheet(T5);
  t5.width(1, 12).width(2, 2).width(3, 26).width(4, 14).width(5, 14);
  t5.row('A1', ['Initialer', null, 'Funktion', 'Timer/uge', 'Aktive forløb']);
  const corps: [string, string, string, string, number, string, number][] = [
    ['LM', 'Mentor', 'mentor', '7,5', 7.5, '3', 3],
    ['MH', 'Forældrecoach', 'parent_coach', '10', 10, '4', 4],
    ['KB', 'Mentor', 'mentor', '5', 5, '2', 2],
  ];
  corps.forEach(([ini, roleT, role, hT, h, cT, cN], i) => {
    const row = 2 + i;
    t5.row(`A${row}`, [ini, null, roleT, hT, cT]);
    p.corpsRow(T5, row, {
      initials: [ini, `A${row}`],
      role: [role, `C${row}`],
      hoursPerWeek: [{ v: h, note: 'a number exported as text' }, `D${row}`],
      activeCases: [cN, `E${row}`],
    });
  });

  // --- Table 6: the indicators ------------------------------------------------------------------------
  const T6 = 'Table 6';
  const t6 = p.sheet(T6);
  t6.width(1, 36).width(2, 10).width(3, 12).width(4, 12).width(5, 12);
  t6.row('A1', ['Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat']);
  t6.row('A2', ['Aktive mentorforløb', 'antal', '12', '20', '16']);
  t6.row('A3', ['Medarbejdere opkvalificeret', 'antal', '0', '25', '18']);
  t6.row('A4', ['Timer med mentorstøtte i alt', 'timer', '1.250', '2.000', 1.48]);
  p.indicatorRow(T6, 2, {
    name: ['Aktive mentorforløb', 'A2'],
    unit: ['count', 'B2'],
    baseline: [12, 'C2'],
    target: [20, 'D2'],
    result: [16, 'E2'],
  });
  p.indicatorRow(T6, 3, {
    name: ['Medarbejdere opkvalificeret', 'A3'],
    unit: ['count', 'B3'],
    baseline: [0, 'C3'],
    target: [25, 'D3'],
    result: [18, 'E3'],
  });
  p.indicatorRow(T6, 4, {
    name: ['Timer med mentorstøtte i alt', 'A4'],
    unit: ['count', 'B4'],
    baseline: [{ v: 1250, note: '"1.250": the Danish thousands point, kept as text' }, 'C4'],
    target: [{ v: 2000, note: '"2.000"' }, 'D4'],
    result: [
      unsure(
        1480,
        'the number 1.48 beside "1.250" and "2.000": the converter took the PDF\'s "1.480" for a decimal; to be confirmed',
      ),
      'E4',
    ],
  });
  return p;
}
