// Glostrup (held out, twentieth round: plans that went through a PDF): the coordinator had only the
// PDF the municipality sent to the board, and turned it back into Excel with Adobe Acrobat's
// "Export PDF → Excel". Acrobat puts each page on a sheet of its own ("Page 1" … "Page 4"); the
// letterhead ("Glostrup Kommune", the centre, the address) is repeated at the top of every page,
// the footer ("Glostrup Kommune · Implementeringsplan", "Side n af 4", "Udskrevet:" and the print
// date, which Acrobat makes a date cell in the deadline's column) at the bottom; the table's header
// is repeated on every page; the PDF's boxes become merged cells (a theme's box over its rows, the
// activity's box over two columns) with empty spacer columns between; an activity whose text ran
// over two lines in the PDF becomes two rows, the second holding only the rest of the text (one
// hyphenated at the line end: "forældre-" / "coaches"), and one activity's text runs over the page
// break, its last line at the top of the next page's sheet under the repeated header; the cover's
// facts are one text block with the PDF's tab stops as runs of spaces; a checklist answered with X
// and with Wingdings ticks exported as the private-use glyph U+F0FC, its questions wrapped over two
// rows; the corps on the last page with hours as text "7,5". Hand-built package.

import { PlanBuilder, type Exp } from '../build/plan';
import type { SheetModel } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, TITLE, WRAP } from './common';
import { placeActivity } from './converted';

const TICK = '\uF0FC';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p109-glostrup-acrobat-eksport-side-pr-ark-sidehoved-og-sidefod',
    'hand-built',
    'Glostrup: a plan turned back from the PDF into Excel by Acrobat: a sheet per page ("Page 1" … "Page 4"), the letterhead and the footer with "Side n af 4" and the print date (a date cell in the deadline column) on every page, the header repeated, merged boxes and empty spacer columns, an activity wrapped over two rows (one hyphenated, one over the page break onto the next sheet), the cover facts as one text block, checklist ticks as the private-use glyph U+F0FC, questions over two rows.',
    [
      'pdf-converted',
      'sheet-per-page',
      'page-header-letterhead-repeated',
      'page-footer-with-print-date',
      'header-repeated-per-page',
      'wrapped-activity-over-rows',
      'activity-over-page-break',
      'hyphenated-at-line-end',
      'merged-boxes',
      'empty-spacer-columns',
      'cover-facts-one-text-block',
      'private-use-tick-glyph',
      'checklist-question-over-two-rows',
      'numbers-as-text',
    ],
  );
  const d = (iso: string) => ({ v: { date: iso }, s: DMY_DOT });

  const letterhead = (s: SheetModel): void => {
    s.set('A1', 'Glostrup Kommune', BOLD);
    s.set('G1', 'Center for Børn og Familie');
    s.merge('G1:H1');
    s.set('A2', 'Rådhusvej 2 · 2600 Glostrup · www.glostrup.dk');
    s.merge('A2:D2');
  };
  const footer = (s: SheetModel, row: number, page: number): void => {
    s.set(`A${row}`, 'Glostrup Kommune · Implementeringsplan');
    s.set(`D${row}`, `Side ${page} af 4`);
    s.set(`F${row}`, 'Udskrevet:');
    s.set(`G${row}`, d('2026-12-02'));
  };
  // The plan's columns: A Tema | B–C Aktivitet (merged) | D Ansvarlig | E (spacer) | F Start | G Frist | H Status
  const header = (s: SheetModel, row: number): void => {
    s.set(`A${row}`, 'Tema', BOLD);
    s.set(`B${row}`, 'Aktivitet', BOLD);
    s.merge(`B${row}:C${row}`);
    s.set(`D${row}`, 'Ansvarlig', BOLD);
    s.set(`F${row}`, 'Start', BOLD);
    s.set(`G${row}`, 'Frist', BOLD);
    s.set(`H${row}`, 'Status', BOLD);
  };
  const widths = (s: SheetModel): void => {
    s.width(1, 22).width(2, 30).width(3, 14).width(4, 20).width(5, 2).width(6, 11).width(7, 11).width(8, 13);
  };

  // --- Page 1: the cover block and the plan's first rows --------------------------------------------
  const P1 = 'Page 1';
  const s1 = p.sheet(P1);
  widths(s1);
  letterhead(s1);
  s1.set('A4', 'Implementeringsplan – Det landsdækkende mentorkorps', TITLE);
  s1.merge('A4:H4');
  s1.set('A5', {
    v: 'Kommune:   Glostrup Kommune        Periode:   1. halvår 2027\nFase:   Indledende implementering        Koordinator:   Camilla Vestergaard\nLeder:   Ole Brink',
    s: WRAP,
  });
  s1.merge('A5:H5');
  p.fact('municipality', '161', P1, 'A5');
  p.fact('period', '2027-H1', P1, 'A5');
  p.fact('phase', 'initial', P1, 'A5');
  p.fact('coordinator', 'Camilla Vestergaard', P1, 'A5');
  p.fact('leader', 'Ole Brink', P1, 'A5');

  header(s1, 7);
  p.notActivity(P1, 1, 'the letterhead');
  p.notActivity(P1, 2, 'the letterhead');

  type Line = {
    row: number;
    tema?: string;
    akt: string;
    who?: string;
    start?: string;
    dl?: string | ReturnType<typeof d>;
    st?: string;
  };
  const put = (s: SheetModel, l: Line): void => {
    if (l.tema) s.set(`A${l.row}`, l.tema, WRAP);
    s.set(`B${l.row}`, l.akt);
    s.merge(`B${l.row}:C${l.row}`);
    if (l.who) s.set(`D${l.row}`, l.who);
    if (l.start) s.set(`F${l.row}`, d(l.start));
    if (l.dl) s.set(`G${l.row}`, l.dl);
    if (l.st) s.set(`H${l.row}`, l.st);
  };
  // Ledelse, one box over rows 8–10
  put(s1, {
    row: 8,
    tema: 'Ledelse',
    akt: 'Styregruppemøde: mål og ressourcer',
    who: 'Ole Brink',
    start: '2027-01-04',
    dl: d('2027-01-29'),
    st: 'Gennemført',
  });
  put(s1, {
    row: 9,
    akt: 'Ledelsens halvårlige opfølgning på',
    who: 'Ole Brink',
    dl: d('2027-06-30'),
    st: 'Ikke startet',
  });
  put(s1, { row: 10, akt: 'implementeringsplanen' });
  s1.merge('A8:A10');
  p.notActivity(P1, 10, 'the second line of the activity above, wrapped by the converter');
  // Kommunikation, one box over rows 11–12
  put(s1, {
    row: 11,
    tema: 'Kommunikation',
    akt: 'Informationsbrev til skoler og PPR',
    who: 'Camilla Vestergaard',
    dl: 'Uge 6 2027',
    st: 'Gennemført',
  });
  put(s1, {
    row: 12,
    akt: 'Fælles temadag for mentorer og',
    who: 'Camilla Vestergaard',
    start: '2027-03-01',
    dl: d('2027-03-12'),
    st: 'I gang',
  });
  s1.merge('A11:A12');
  footer(s1, 14, 1);
  p.notActivity(P1, 14, 'the page footer: the print date is no deadline');

  placeActivity(p, P1, 8, {
    theme: ['leadership', 'A8'],
    activity: ['Styregruppemøde: mål og ressourcer', 'B8'],
    status: ['done', 'H8'],
    start: ['2027-01-04', 'F8'],
    deadline: ['2027-01-29', 'G8'],
    responsible: ['Ole Brink', 'D8'],
  });
  placeActivity(p, P1, 9, {
    theme: ['leadership', 'A8'],
    activity: [
      { v: 'Ledelsens halvårlige opfølgning på implementeringsplanen', note: 'the text runs on into row 10' },
      'B9',
    ],
    status: ['not_started', 'H9'],
    start: [null, 'F9'],
    deadline: ['2027-06-30', 'G9'],
    responsible: ['Ole Brink', 'D9'],
  });
  placeActivity(p, P1, 11, {
    theme: ['communication', 'A11'],
    activity: ['Informationsbrev til skoler og PPR', 'B11'],
    status: ['done', 'H11'],
    start: [null, 'F11'],
    deadline: [{ v: '2027-02-14', note: 'week 6 of 2027 ends Sunday 14 February' }, 'G11'],
    responsible: ['Camilla Vestergaard', 'D11'],
  });
  placeActivity(p, P1, 12, {
    theme: ['communication', 'A11'],
    activity: [
      {
        v: 'Fælles temadag for mentorer og forældrecoaches om LAT-metoden',
        note: 'the rest of the text is the first row of Page 2, under the repeated header',
      },
      'B12',
    ],
    status: ['in_progress', 'H12'],
    start: ['2027-03-01', 'F12'],
    deadline: ['2027-03-12', 'G12'],
    responsible: ['Camilla Vestergaard', 'D12'],
  });

  // --- Page 2: the rest of the plan -------------------------------------------------------------
  const P2 = 'Page 2';
  const s2 = p.sheet(P2);
  widths(s2);
  letterhead(s2);
  header(s2, 4);
  p.notActivity(P2, 1, 'the letterhead repeated');
  p.notActivity(P2, 2, 'the letterhead repeated');
  p.notActivity(P2, 4, 'the header repeated on the page');
  put(s2, { row: 5, akt: 'forældrecoaches om LAT-metoden' });
  p.notActivity(P2, 5, 'the last line of Page 1 row 12, carried over the page break');
  put(s2, {
    row: 6,
    tema: 'Inddragelse',
    akt: 'Dialogmøde med forældre og unge',
    who: 'Søren Hald',
    dl: '15. marts 2027',
    st: 'Ikke startet',
  });
  put(s2, {
    row: 7,
    tema: 'Opkvalificering',
    akt: 'Grundkursus i LAT for nye mentorer',
    who: 'Nationalt center',
    start: '2027-02-01',
    dl: d('2027-04-30'),
    st: 'I gang',
  });
  put(s2, {
    row: 8,
    akt: 'Supervision af mentorer og forældre-',
    who: 'Ekstern supervisor',
    start: '2027-01-11',
    dl: d('2027-06-30'),
    st: 'I gang',
  });
  put(s2, { row: 9, akt: 'coaches (hver 6. uge)' });
  s2.merge('A7:A9');
  p.notActivity(P2, 9, 'the second line of the activity above, hyphenated at the line end');
  put(s2, {
    row: 10,
    tema: 'Organisering, roller og ansvar',
    akt: 'Aftale om mentorernes tid med',
    who: 'Ole Brink',
    dl: d('2027-03-31'),
    st: 'Ændret',
  });
  put(s2, { row: 11, akt: 'afdelingslederne' });
  s2.merge('A10:A11');
  p.notActivity(P2, 11, 'the second line of the activity above');
  put(s2, {
    row: 12,
    tema: 'Opfølgning på dokumentation',
    akt: 'Månedligt udtræk af forløbsdata',
    who: 'Camilla Vestergaard',
    start: '2027-02-01',
    dl: d('2027-06-30'),
    st: 'I gang',
  });
  put(s2, {
    row: 13,
    tema: 'Arbejdsproces og kultur',
    akt: 'Faste visitationsmøder hver anden uge',
    who: 'Søren Hald',
    start: '2027-01-11',
    dl: d('2027-06-30'),
    st: 'I gang',
  });
  put(s2, {
    row: 14,
    tema: 'Evaluering og tilpasning',
    akt: 'Halvårsstatus til Børne- og Skoleudvalget',
    who: 'Camilla Vestergaard',
    dl: d('2027-06-16'),
    st: 'Ikke startet',
  });
  footer(s2, 16, 2);
  p.notActivity(P2, 16, 'the page footer');

  placeActivity(p, P2, 6, {
    theme: ['involvement', 'A6'],
    activity: ['Dialogmøde med forældre og unge', 'B6'],
    status: ['not_started', 'H6'],
    start: [null, 'F6'],
    deadline: ['2027-03-15', 'G6'],
    responsible: ['Søren Hald', 'D6'],
  });
  placeActivity(p, P2, 7, {
    theme: ['upskilling', 'A7'],
    activity: ['Grundkursus i LAT for nye mentorer', 'B7'],
    status: ['in_progress', 'H7'],
    start: ['2027-02-01', 'F7'],
    deadline: ['2027-04-30', 'G7'],
    responsible: ['Nationalt center', 'D7'],
  });
  placeActivity(p, P2, 8, {
    theme: ['upskilling', 'A7'],
    activity: [
      {
        v: 'Supervision af mentorer og forældrecoaches (hver 6. uge)',
        alt: ['Supervision af mentorer og forældre-coaches (hver 6. uge)'],
        note: '"forældre-" / "coaches": a word hyphenated at the PDF\'s line end',
      },
      'B8',
    ],
    status: ['in_progress', 'H8'],
    start: ['2027-01-11', 'F8'],
    deadline: ['2027-06-30', 'G8'],
    responsible: ['Ekstern supervisor', 'D8'],
  });
  placeActivity(p, P2, 10, {
    theme: ['organisation_roles', 'A10'],
    activity: ['Aftale om mentorernes tid med afdelingslederne', 'B10'],
    status: ['changed', 'H10'],
    start: [null, 'F10'],
    deadline: ['2027-03-31', 'G10'],
    responsible: ['Ole Brink', 'D10'],
  });
  placeActivity(p, P2, 12, {
    theme: ['documentation', 'A12'],
    activity: ['Månedligt udtræk af forløbsdata', 'B12'],
    status: ['in_progress', 'H12'],
    start: ['2027-02-01', 'F12'],
    deadline: ['2027-06-30', 'G12'],
    responsible: ['Camilla Vestergaard', 'D12'],
  });
  placeActivity(p, P2, 13, {
    theme: ['process_culture', 'A13'],
    activity: ['Faste visitationsmøder hver anden uge', 'B13'],
    status: ['in_progress', 'H13'],
    start: ['2027-01-11', 'F13'],
    deadline: ['2027-06-30', 'G13'],
    responsible: ['Søren Hald', 'D13'],
  });
  placeActivity(p, P2, 14, {
    theme: ['evaluation', 'A14'],
    activity: ['Halvårsstatus til Børne- og Skoleudvalget', 'B14'],
    status: ['not_started', 'H14'],
    start: [null, 'F14'],
    deadline: ['2027-06-16', 'G14'],
    responsible: ['Camilla Vestergaard', 'D14'],
  });

  // --- Pages 3–4: the checklist, then the corps -------------------------------------------------
  // Columns: A Nr. | B–D Spørgsmål (merged) | E Ja | F Delvist | G Nej | H Bemærkning
  const ans: Record<ChecklistIdKey, [mark: 'E' | 'F' | 'G' | null, glyph: string, Exp, string | null]> = {
    F1: ['E', 'X', 'yes', null],
    F2: ['E', 'X', 'yes', null],
    F3: ['F', 'X', 'partly', 'Skolerne mangler'],
    F4: ['E', TICK, { v: 'yes', note: 'a Wingdings tick exported as U+F0FC' }, null],
    F5: ['E', 'X', 'yes', null],
    F6: ['F', TICK, { v: 'partly', note: 'a Wingdings tick exported as U+F0FC' }, 'Lokaler mangler'],
    F7: ['E', 'X', 'yes', null],
    L1: ['E', 'X', 'yes', null],
    L2: ['G', 'X', 'no', null],
    L3: ['F', 'X', 'partly', null],
    L4: ['G', TICK, { v: 'no', note: 'a Wingdings tick exported as U+F0FC' }, null],
    L5: ['F', 'X', 'partly', 'Plan på vej'],
    L6: [null, '', null, null],
    L7: ['E', 'X', 'yes', null],
    L8: ['G', 'X', 'no', null],
  };
  const checkHeader = (s: SheetModel, row: number): void => {
    s.set(`A${row}`, 'Nr.', BOLD);
    s.set(`B${row}`, 'Spørgsmål', BOLD);
    s.merge(`B${row}:D${row}`);
    s.set(`E${row}`, 'Ja', BOLD);
    s.set(`F${row}`, 'Delvist', BOLD);
    s.set(`G${row}`, 'Nej', BOLD);
    s.set(`H${row}`, 'Bemærkning', BOLD);
  };
  const P3 = 'Page 3';
  const s3 = p.sheet(P3);
  const P4 = 'Page 4';
  const s4 = p.sheet(P4);
  for (const s of [s3, s4]) {
    s.width(1, 6).width(2, 40).width(3, 14).width(4, 14).width(5, 6).width(6, 8).width(7, 6).width(8, 22);
    letterhead(s);
  }
  s3.set('A4', 'Huskeliste', TITLE);
  checkHeader(s3, 6);
  checkHeader(s4, 4);
  let sheet = s3;
  let sheetName = P3;
  let r = 7;
  // The long questions wrap over two rows: the first line with the id and the marks, the rest below.
  const cut = (q: string): [string, string | null] => {
    if (q.length <= 70) return [q, null];
    const at = q.lastIndexOf(' ', 62);
    return [q.slice(0, at), q.slice(at + 1)];
  };
  SEED_QUESTIONS.forEach(([id, q]) => {
    if (id === 'L4') {
      footer(s3, r + 1, 3);
      sheet = s4;
      sheetName = P4;
      r = 5;
    }
    const [mark, glyph, reading, comment] = ans[id];
    const [first, rest] = cut(q);
    sheet.set(`A${r}`, id);
    sheet.set(`B${r}`, first);
    sheet.merge(`B${r}:D${r}`);
    if (mark) sheet.set(`${mark}${r}`, glyph);
    if (comment) sheet.set(`H${r}`, comment);
    p.answer(
      id,
      reading,
      sheetName,
      mark ? `${mark}${r}` : `E${r}`,
      comment ? { v: comment, cell: `H${r}` } : undefined,
    );
    r++;
    if (rest) {
      sheet.set(`B${r}`, rest);
      sheet.merge(`B${r}:D${r}`);
      r++;
    }
  });

  r += 1;
  s4.set(`A${r}`, 'Mentorkorps', TITLE);
  r += 1;
  // Columns: A–B Initialer (merged) | C Rolle | D (spacer) | E–F Timer pr. uge (merged) | G Aktive forløb
  s4.set(`A${r}`, 'Initialer', BOLD);
  s4.merge(`A${r}:B${r}`);
  s4.set(`C${r}`, 'Rolle', BOLD);
  s4.set(`E${r}`, 'Timer pr. uge', BOLD);
  s4.merge(`E${r}:F${r}`);
  s4.set(`G${r}`, 'Aktive forløb', BOLD);
  const corps: [string, string, string, string, number, string][] = [
    ['CV', 'Mentor', 'mentor', '7,5', 7.5, '3'],
    ['SH', 'Forældrecoach', 'parent_coach', '10', 10, '4'],
    ['MK', 'Mentor', 'mentor', '7,5', 7.5, '2'],
    ['LT', 'Mentor og forældrecoach', 'both', '18,5', 18.5, '6'],
  ];
  for (const [ini, roleT, role, hT, h, c] of corps) {
    r++;
    s4.set(`A${r}`, ini);
    s4.merge(`A${r}:B${r}`);
    s4.set(`C${r}`, roleT);
    s4.set(`E${r}`, hT);
    s4.merge(`E${r}:F${r}`);
    s4.set(`G${r}`, c);
    p.corpsRow(P4, r, {
      initials: [ini, `A${r}`],
      role: [role, `C${r}`],
      hoursPerWeek: [{ v: h, note: 'a number exported as text' }, `E${r}`],
      activeCases: [Number(c), `G${r}`],
    });
  }
  footer(s4, r + 2, 4);
  return p;
}
