// Norddjurs (held out, twenty-sixth round): the coordinator had only the signed paper plan left, and
// scanned it and ran it through OCR into Excel (ABBYY FineReader / Adobe's "Export to Excel" from a
// scan): a sheet per page ("Table 1" …), the cover page read as ONE text block, and the recogniser's
// slips everywhere — letters for digits in the dates ("l5.O3.2027", "3I.01.2027", "1S.05.2027",
// "2B.06.2027"), in statuses ("Gennemfort" with ø read as o, "Gennernført" with m read as rn, "I
// gaug" with n read as u, "lkke startet" with I read as l) and in themes ("lnddragelse",
// "Opfolgning pa dokumentation"); the table's ruling lines read as stray marks ("|" in a column of
// its own, "Kommunikation |", "I gang'", a row of "____"); a word broken by a space ("Styre
// gruppemøde", "Ansvar lig", "Opkvali ficering", "Ikke star tet"); one table line split over two
// rows ("Organisering, roller og" / "ansvar"); one smudged day ("1_.06.2027"). The dates the
// recogniser read cleanly came out as date cells, the others as text. Hand-built.

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { TITLE, WRAP } from './common';
import { at } from './round24';

const D = { fmt: 'dd.mm.yyyy' } as const;
type Cellv = string | { date: string } | null;
// [theme cell, theme id, activity cell, activity read, responsible cell, responsible read,
//  start cell, start read, deadline cell, deadline read, status cell, status id]
type R = readonly [
  string,
  string,
  string,
  Exp,
  string,
  string,
  Cellv,
  string | null,
  Cellv,
  Exp,
  string,
  string,
];
const ROWS: readonly (R | 'split' | 'rule')[] = [
  'rule',
  ['Ledelse', 'leadership', 'Styre gruppemøde om opstart', { v: 'Styregruppemøde om opstart', alt: ['Styre gruppemøde om opstart'] }, 'Jens Brandt', 'Jens Brandt', null, null, '3I.01.2027', '2027-01-31', 'Gennemfort', 'done'],
  ['Kommunikation |', 'communication', 'Informationsmøde for forældre og skoler', 'Informationsmøde for forældre og skoler', 'Lene Kragh', 'Lene Kragh', { date: '2027-02-01' }, '2027-02-01', 'l5.O3.2027', '2027-03-15', 'Gennernført', 'done'],
  ['lnddragelse', 'involvement', 'Fokusgruppe med unge i forløb', 'Fokusgruppe med unge i forløb', 'Mads Holt', 'Mads Holt', 'O1.03.2027', '2027-03-01', '3O.O4.2027', '2027-04-30', 'I gaug', 'in_progress'],
  ['Opkvali ficering', 'upskilling', 'LAT-kursus for nye mentorer', 'LAT-kursus for nye mentorer', 'Lene Kragh', 'Lene Kragh', { date: '2027-01-11' }, '2027-01-11', '1S.05.2027', '2027-05-15', "I gang'", 'in_progress'],
  ['Organisering, roller og', 'organisation_roles', 'Samarbejdsaftale med PPR og', { v: 'Samarbejdsaftale med PPR og sundhedsplejen', alt: ['Samarbejdsaftale med PPR og'] }, 'Jens Brandt', 'Jens Brandt', null, null, { date: '2027-03-31' }, '2027-03-31', 'lkke startet', 'not_started'],
  'split',
  ['Arbejdsproces og kultur', 'process_culture', 'Faste sparringsmøder i korpset', 'Faste sparringsmøder i korpset', 'Mads Holt |', 'Mads Holt', 'O4.01.2027', '2027-01-04', '2B.06.2027', '2027-06-28', 'I gang', 'in_progress'],
  ['Opfolgning pa dokumentation', 'documentation', 'Dataudtræk til styregruppen', 'Dataudtræk til styregruppen', 'Lene Kragh', 'Lene Kragh', null, null, '3O.06.2027', '2027-06-30', 'Ikke star tet', 'not_started'],
  ['Evaluering og tilpasning', 'evaluation', 'Halvårsevaluering med korpset', 'Halvårsevaluering med korpset', 'Jens Brandt', 'Jens Brandt', null, null, '1_.06.2027', { v: null, flag: true, note: 'the day\'s second digit is smudged by the ruling line: any day from 10 to 19 June' }, 'Ikke startet', 'not_started'],
  'rule',
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p133-norddjurs-ocr-scannet-papirplan-tegnforveksling-streger',
    'hand-built',
    'Norddjurs: a scanned paper plan run through OCR into Excel: a sheet per page ("Table 1" …), the cover as one text block ("1. halvår 2O27", "lndledende"), letters for digits in dates ("l5.O3.2027", "3I.01.2027", "1S.05.2027", "2B.06.2027"), OCR slips in statuses ("Gennemfort", "Gennernført", "I gaug", "lkke startet") and themes ("lnddragelse", "Opfolgning pa dokumentation"), ruling lines as stray marks ("|" column, "Kommunikation |", "I gang\'", "____" rows), words broken by a space ("Styre gruppemøde", "Ansvar lig", "Opkvali ficering", "Ikke star tet"), a table line split over two rows, a smudged day "1_.06.2027"; checklist ids "FI", "LS", "LB" with crosses "X"/"x" and stray "|"; corps "Meutor", "l0", "1S".',
    [
      'ocr-scanned-paper',
      'ocr-sheet-per-page-table-n',
      'ocr-cover-one-text-block',
      'ocr-letter-for-digit-in-dates-i-s-b',
      'ocr-status-diacritics-lost-and-rn-for-m',
      'ocr-n-read-as-u',
      'ocr-ruling-lines-as-stray-marks',
      'ocr-word-broken-by-space',
      'ocr-table-line-split-over-two-rows',
      'ocr-smudged-digit',
      'ocr-checklist-ids-letter-for-digit',
    ],
  );

  const C = 'Table 1';
  const c = p.sheet(C);
  c.set('A1', 'Implementeringsplan', TITLE);
  c.set('A2', {
    v: 'Mentor- og forældrecoachindsatsen\nKommune: Norddjurs Kommune\nPeriode: 1. halvår 2O27\nFase: lndledende implementering\nKoordinator: Lene Kragh\nLeder: Jens Brandt',
    s: WRAP,
  });
  c.merge('A2:F2');
  c.width(1, 60);
  p.fact('municipality', '707', C, 'A2');
  p.fact('period', '2027-H1', C, 'A2');
  p.fact('phase', 'initial', C, 'A2');
  p.fact('coordinator', 'Lene Kragh', C, 'A2');
  p.fact('leader', 'Jens Brandt', C, 'A2');

  const S = 'Table 2';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 1. halvår 2O27', TITLE);
  s.row('A2', ['Tema', 'Aktivitet', 'Ansvar lig', 'Start', 'Frist', 'Status', '|']);
  [28, 44, 16, 12, 12, 14, 3].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  const put = (cell: string, v: Cellv): void => {
    if (v === null) return;
    if (typeof v === 'object') s.set(cell, v, D);
    else s.set(cell, v);
  };
  let r = 2;
  for (const row of ROWS) {
    r++;
    if (row === 'rule') {
      s.row(`A${r}`, [
        '____________________',
        '______________________________',
        '__________',
        '________',
        '________',
        '__________',
      ]);
      p.notActivity(S, r, "a ruling line of the paper's table, read as underscores");
      continue;
    }
    if (row === 'split') {
      s.row(`A${r}`, ['ansvar', 'sundhedsplejen']);
      p.notActivity(S, r, 'the second line of the activity above, split over two rows by the recogniser');
      continue;
    }
    const [tema, id, akt, aktRead, ans, ansRead, start, startRead, frist, fristRead, status, statusId] = row;
    s.row(`A${r}`, [tema, akt, ans]);
    put(`D${r}`, start);
    put(`E${r}`, frist);
    s.set(`F${r}`, status);
    if (r % 2 === 0) s.set(`G${r}`, '|');
    p.activity(S, r, {
      theme: x(id, `A${r}`),
      activity: x(aktRead, `B${r}`),
      status: x(statusId, `F${r}`),
      start: x(startRead, `D${r}`),
      deadline: x(fristRead, `E${r}`),
      responsible: x(ansRead, `C${r}`),
    });
  }
  s.set(`B${r + 1}`, "'");
  p.notActivity(S, r + 1, 'a speck on the scan read as an apostrophe');

  // The checklist page: the crosses read as "X" or "x", ids with a letter for a digit, the answer
  // boxes' left rule read as "|" in some empty boxes.
  const K = 'Table 3';
  const k = p.sheet(K);
  k.set('A1', 'HUSKELISTE', TITLE);
  k.row('A2', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning']);
  k.width(2, 70).width(6, 30);
  type Ans = 'yes' | 'partly' | 'no';
  const ANS: Readonly<Record<ChecklistIdKey, Ans>> = {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'no', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'no', L6: 'partly', L7: 'yes', L8: 'yes',
  }; // prettier-ignore
  const OCR_ID: Partial<Record<ChecklistIdKey, string>> = { F1: 'FI', L5: 'LS', L8: 'LB' };
  const COL: Record<Ans, string> = { yes: 'C', partly: 'D', no: 'E' };
  let q = 2;
  for (const [id, text] of SEED_QUESTIONS) {
    q++;
    const a = ANS[id];
    k.set(`A${q}`, OCR_ID[id] ?? id);
    k.set(`B${q}`, text);
    k.set(`${COL[a]}${q}`, q % 3 === 0 ? 'x' : 'X');
    // the box's left rule in the first empty box of every other row
    const empty = (['C', 'D', 'E'] as const).find((col) => col !== COL[a]);
    if (q % 2 === 1 && empty) k.set(`${empty}${q}`, '|');
    if (id === 'L5') k.set(`F${q}`, 'Afventer aftale med skolerne');
    p.answer(
      id,
      a,
      K,
      `${COL[a]}${q}`,
      id === 'L5' ? { v: 'Afventer aftale med skolerne', cell: `F${q}` } : undefined,
    );
  }

  const P = 'Table 4';
  const pp = p.sheet(P);
  pp.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb']);
  const CORPS: readonly (readonly [string, string, string, string, number, string, number])[] = [
    ['AH', 'Meutor', 'mentor', 'Skole og fritid', 10, 'l0', 3],
    ['BN', 'Forældrecoach', 'parent_coach', 'Familiehuset', 8, '8', 2],
    ['CJ', 'Mentor', 'mentor', 'Jobcenter', 15, '1S', 4],
    ['DP', 'Mentor og forældrecoach', 'both', 'Familiehuset', 6, '6', 1],
  ];
  CORPS.forEach(([ini, role, roleId, dept, hours, hoursCell, cases], i) => {
    const rr = 2 + i;
    pp.row(`A${rr}`, [ini, role, dept, hoursCell, String(cases)]);
    p.corpsRow(P, rr, {
      initials: [ini, `A${rr}`],
      role: [roleId, `B${rr}`],
      hoursPerWeek: [hours, `D${rr}`],
      activeCases: [cases, `E${rr}`],
    });
  });
  return p;
}
