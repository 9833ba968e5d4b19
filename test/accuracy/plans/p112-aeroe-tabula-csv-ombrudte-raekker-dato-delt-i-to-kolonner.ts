// Ærø (held out, twentieth round: plans that went through a PDF): the coordinator extracted the
// PDF's tables with Tabula (stream mode, every page into one CSV) and opened the CSV in Excel. Tabula
// makes one row of every line of text: an activity (and a theme) whose text ran over two or three
// lines in the PDF becomes two or three rows, and as the PDF set its cells at the bottom, the
// responsible, the date and the status stand on the LAST of them while the theme stands on the
// first; where the PDF's "Frist" column had the day and month left and the year right, Tabula
// split it in two: "14.08." under "Frist" and "2026" in a column with no header (one week, "uge
// 50" | "2026"); an empty spacer column; the page footer ("Side 1 af 2", "Udskrevet" and the
// print date split the same way, "01.12." | "2026") and the header repeated after it; bullets as
// the Wingdings private-use glyph U+F0A7; the checklist extracted the same way, each long question
// over two rows with its x on the last; the cover facts typed above as one text block. LibreOffice
// (CSV import, the date column as text).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { placeActivity } from './converted';

const BULLET = '\uF0A7 ';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p112-aeroe-tabula-csv-ombrudte-raekker-dato-delt-i-to-kolonner',
    'libreoffice-csv',
    'Ærø: the PDF\'s tables extracted by Tabula into one CSV: every line of text a row (activities and themes over two or three rows, the responsible, date and status on the last), the deadline split into "14.08." and "2026" in a column with no header, a spacer column, the page footer with the print date split the same way, the header repeated, Wingdings bullets U+F0A7, the checklist\'s questions over two rows with the x on the last, the cover facts as one text block.',
    [
      'pdf-converted',
      'one-row-per-line-of-text',
      'wrapped-activity-over-rows',
      'values-on-last-wrapped-row',
      'wrapped-theme-over-rows',
      'date-split-over-two-columns',
      'empty-spacer-columns',
      'page-footer-with-print-date',
      'header-repeated-per-page',
      'private-use-bullets',
      'checklist-question-over-two-rows',
      'cover-facts-one-text-block',
    ],
  );
  p.csvFilter = 'CSV:59,34,76,1,5/2,1030,false,true';
  const S = p.name.slice(0, 31); // LibreOffice names the sheet after the CSV file, cut to 31 characters
  const s = p.sheet(S);
  s.set('A1', 'Ærø Kommune');
  s.set('A2', 'Periode: 2. halvår 2026\nFase: Klargøring\nKoordinator: Per Skov\nLeder: Hanne Dam');
  p.fact('municipality', '492', S, 'A1');
  p.fact('period', '2026-H2', S, 'A2');
  p.fact('phase', 'readiness', S, 'A2');
  p.fact('coordinator', 'Per Skov', S, 'A2');
  p.fact('leader', 'Hanne Dam', S, 'A2');

  // Columns: A Tema | B Aktivitet | C (spacer) | D Ansvarlig | E Frist (day and month) | F (the year) | G Status
  const HEADER = ['Tema', 'Aktivitet', null, 'Ansvarlig', 'Frist', null, 'Status'];
  s.row('A4', HEADER);
  // Each activity: its lines [tema, aktivitet], and on the last line the responsible, day-month, year, status.
  type A = {
    lines: [string | null, string][];
    who: string;
    dm: string;
    year: string;
    st: string;
    theme: Exp;
    activity: Exp;
    deadline: Exp;
    status: Exp;
  };
  const page1: A[] = [
    { lines: [['Ledelse', 'Styregruppen godkender'], [null, 'handleplan og budget']], who: 'Hanne Dam', dm: '14.08.', year: '2026', st: 'Gennemført', theme: 'leadership', activity: 'Styregruppen godkender handleplan og budget', deadline: '2026-08-14', status: 'done' },
    { lines: [['Kommunikation', 'Nyhedsbrev til skoler og PPR']], who: 'Per Skov', dm: '11.09.', year: '2026', st: 'Gennemført', theme: 'communication', activity: 'Nyhedsbrev til skoler og PPR', deadline: '2026-09-11', status: 'done' },
    { lines: [['Kommunikation', `${BULLET}Infomøde for sundheds-`], [null, 'plejen og tandplejen']], who: 'Per Skov', dm: '30.09.', year: '2026', st: 'Gennemført', theme: 'communication', activity: { v: 'Infomøde for sundhedsplejen og tandplejen', note: 'a Wingdings bullet; "sundheds-" / "plejen" hyphenated at the line end' }, deadline: '2026-09-30', status: 'done' },
    { lines: [['Inddragelse', 'Dialogmøde med forældre'], [null, 'og unge om'], [null, 'mentorforløbet']], who: 'Sara Lind', dm: '15.10.', year: '2026', st: 'I gang', theme: 'involvement', activity: 'Dialogmøde med forældre og unge om mentorforløbet', deadline: '2026-10-15', status: 'in_progress' },
    { lines: [['Opkvalificering', `${BULLET}Grundkursus i LAT`]], who: 'Nationalt center', dm: '30.11.', year: '2026', st: 'I gang', theme: 'upskilling', activity: { v: 'Grundkursus i LAT', note: 'a Wingdings bullet' }, deadline: '2026-11-30', status: 'in_progress' },
  ]; // prettier-ignore
  const page2: A[] = [
    { lines: [['Opkvalificering', 'Supervision af'], [null, 'mentorer']], who: 'Ekstern supervisor', dm: '31.12.', year: '2026', st: 'I gang', theme: 'upskilling', activity: 'Supervision af mentorer', deadline: '2026-12-31', status: 'in_progress' },
    { lines: [['Organisering, roller og', 'Aftale om mentorernes tid'], ['ansvar', 'med lederne']], who: 'Hanne Dam', dm: '31.10.', year: '2026', st: 'Ændret', theme: { v: 'organisation_roles', note: 'the theme wrapped over two rows too' }, activity: 'Aftale om mentorernes tid med lederne', deadline: '2026-10-31', status: 'changed' },
    { lines: [['Opfølgning på', 'Registrering af forløb i'], ['dokumentation', 'fagsystemet']], who: 'Sara Lind', dm: '30.11.', year: '2026', st: 'Ikke startet', theme: { v: 'documentation', note: 'the theme wrapped over two rows' }, activity: 'Registrering af forløb i fagsystemet', deadline: '2026-11-30', status: 'not_started' },
    { lines: [['Arbejdsproces og kultur', 'Visitationsmøde hver anden uge']], who: 'Per Skov', dm: '18.12.', year: '2026', st: 'I gang', theme: 'process_culture', activity: 'Visitationsmøde hver anden uge', deadline: '2026-12-18', status: 'in_progress' },
    { lines: [['Evaluering og tilpasning', 'Halvårsstatus til udvalget']], who: 'Per Skov', dm: '16.12.', year: '2026', st: 'Ikke startet', theme: 'evaluation', activity: 'Halvårsstatus til udvalget', deadline: '2026-12-16', status: 'not_started' },
    { lines: [['Evaluering og tilpasning', `${BULLET}Evaluering af de første`], [null, 'forløb med forældrene']], who: 'Sara Lind', dm: 'uge 50', year: '2026', st: 'Ikke startet', theme: 'evaluation', activity: { v: 'Evaluering af de første forløb med forældrene', note: 'a Wingdings bullet' }, deadline: { v: '2026-12-13', note: '"uge 50" | "2026": week 50 of 2026 ends Sunday 13 December' }, status: 'not_started' },
  ]; // prettier-ignore
  let r = 5;
  const write = (a: A): void => {
    const first = r;
    a.lines.forEach(([tema, akt], i) => {
      if (tema) s.set(`A${r}`, tema);
      s.set(`B${r}`, akt);
      if (i > 0) p.notActivity(S, r, 'a further line of the activity above, one row per line of text');
      if (i < a.lines.length - 1) r++;
    });
    const last = r;
    s.set(`D${last}`, a.who);
    s.set(`E${last}`, a.dm);
    s.set(`F${last}`, a.year);
    s.set(`G${last}`, a.st);
    placeActivity(p, S, first, {
      theme: [a.theme, `A${first}`],
      activity: [a.activity, `B${first}`],
      status: [a.status, `G${last}`],
      start: [null, `E${last}`],
      deadline: [a.deadline, `E${last}`],
      responsible: [a.who, `D${last}`],
    });
    r++;
  };
  page1.forEach(write);
  const footer = (page: number): void => {
    s.row(`A${r}`, [`Side ${page} af 2`, null, null, 'Udskrevet', '01.12.', '2026']);
    p.notActivity(S, r, 'the page footer: the print date is no deadline');
    r++;
  };
  footer(1);
  s.row(`A${r}`, HEADER);
  p.notActivity(S, r, 'the header repeated on the next page');
  r++;
  page2.forEach(write);
  footer(2);

  // --- The checklist, extracted the same way (page 3) -------------------------------------------------
  r += 1;
  s.set(`A${r}`, 'Huskeliste');
  r += 1;
  s.row(`A${r}`, ['Nr.', 'Spørgsmål', null, 'Ja', 'Delvist', 'Nej', 'Kommentar']);
  r++;
  const ans: Record<ChecklistIdKey, ['D' | 'E' | 'F' | null, Exp, string | null]> = {
    F1: ['D', 'yes', null],
    F2: ['D', 'yes', null],
    F3: ['E', 'partly', 'PPR mangler'],
    F4: ['D', 'yes', null],
    F5: ['E', 'partly', null],
    F6: ['D', 'yes', null],
    F7: ['F', 'no', 'Drøftes i styregruppen'],
    L1: ['D', 'yes', null],
    L2: ['F', 'no', null],
    L3: ['E', 'partly', null],
    L4: ['F', 'no', null],
    L5: ['E', 'partly', null],
    L6: ['D', 'yes', null],
    L7: ['F', 'no', null],
    L8: [null, null, null],
  };
  SEED_QUESTIONS.forEach(([id, q]) => {
    const [col, reading, comment] = ans[id];
    const cut = q.length > 60 ? q.lastIndexOf(' ', 55) : -1;
    s.set(`A${r}`, id);
    let last = r;
    if (cut > 0) {
      s.set(`B${r}`, q.slice(0, cut));
      r++;
      s.set(`B${r}`, q.slice(cut + 1));
      last = r;
    } else s.set(`B${r}`, q);
    if (col) s.set(`${col}${last}`, 'x');
    if (comment) s.set(`G${last}`, comment);
    p.answer(
      id,
      reading,
      S,
      col ? `${col}${last}` : `D${last}`,
      comment ? { v: comment, cell: `G${last}` } : undefined,
    );
    r++;
  });

  // --- The corps (page 3) -----------------------------------------------------------------------------
  r += 1;
  s.set(`A${r}`, 'Mentorkorps');
  r += 1;
  s.row(`A${r}`, ['Initialer', 'Rolle', null, 'Timer pr. uge', 'Forløb']);
  const corps: [string, string, string, string, number, string, number][] = [
    ['PS', 'Mentor', 'mentor', '7,5', 7.5, '3', 3],
    ['SL', 'Mentor og forældre-', 'both', '12', 12, '5', 5],
    ['JN', 'Forældrecoach', 'parent_coach', '6', 6, '2', 2],
  ];
  for (const [ini, roleT, role, hT, h, cT, cN] of corps) {
    r++;
    s.row(`A${r}`, [ini, roleT, null, hT, cT]);
    const row = r;
    if (roleT.endsWith('-')) {
      r++;
      s.set(`B${r}`, 'coach');
    }
    p.corpsRow(S, row, {
      initials: [ini, `A${row}`],
      role: [
        role === 'both' ? { v: role, note: '"Mentor og forældre-" / "coach": the role over two rows' } : role,
        `B${row}`,
      ],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [cN, `E${row}`],
    });
  }
  return p;
}
