// Langeland (held out, twentieth round: plans that went through a PDF): the coordinator opened the
// PDF the board received in Word, and pasted Word's table into Excel. What arrives keeps the PDF's
// typesetting: the letter-spaced headings ("L A N G E L A N D   K O M M U N E", the header row "T E
// M A | A K T I V I T E T | … | S T A T U S", "H U S K E L I S T E"), words hyphenated at the line
// end with the line break kept inside the cell ("res-⏎sourcer", a theme "Organisering, roller og
// an-⏎svar", a status "Ikke påbe-⏎gyndt"; "LAT-⏎metoden", where the hyphen belongs to the word),
// the ligatures ﬁ, ﬂ and ﬀ ("Opkvaliﬁcering", "Aﬂyst", "Kick-oﬀ"), no-break and doubled spaces
// ("15.\u00a0marts\u00a02027", "Henriette  Bach"), bullets as the Symbol font's private-use glyph
// U+F0B7, the page's footer and the next page's header pasted in as lines between the table's rows
// ("Side 1 af 2", "Udskrevet den 1. december 2026", the header again), and the cover's facts as
// "Label:" lines with no-break spaces. LibreOffice (flat ODS).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, TITLE, WRAP } from './common';
import { placeActivity } from './converted';

const NB = '\u00a0';
const BULLET = '\uF0B7';
/** A heading as the PDF set it, letter-spaced: "S T A T U S". */
const spaced = (w: string): string => [...w.toUpperCase()].join(' ');

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p110-langeland-word-aabnet-pdf-orddeling-ligaturer-spaerret-skrift',
    'libreoffice-fods',
    'Langeland: the PDF opened in Word and its table pasted into Excel: letter-spaced headings and header row ("S T A T U S"), words hyphenated at the line end inside cells (themes, activities, a status), ligatures ﬁ ﬂ ﬀ, no-break and doubled spaces, Symbol bullets U+F0B7, the page footer with a print date and the repeated header pasted between the rows, the cover as "Label:" lines.',
    [
      'pdf-converted',
      'letter-spaced-headings',
      'letter-spaced-header-row',
      'hyphenated-at-line-end-in-cell',
      'hyphenated-theme',
      'hyphenated-status',
      'ligatures',
      'no-break-and-double-spaces',
      'private-use-bullets',
      'page-footer-with-print-date',
      'header-repeated-after-page-break',
      'cover-label-lines',
    ],
  );
  const S = 'Ark1';
  const s = p.sheet(S);
  s.width(1, 26).width(2, 44).width(3, 22).width(4, 22).width(5, 16).width(6, 16);
  s.set('A1', spaced('Langeland') + '   ' + spaced('Kommune'), TITLE);
  s.set('A2', 'Implementeringsplan for mentor- og forældrecoachindsatsen', BOLD);
  s.set('A3', `Periode:${NB}${NB}1.${NB}halvår 2027`);
  s.set('A4', `Fase:${NB}Klargøring`);
  s.set('A5', `Koordinator:  Henriette  Bach`);
  s.set('A6', `Leder:${NB}Kim${NB}Rask,${NB}familiechef`);
  p.fact(
    'municipality',
    { v: '482', note: 'the letter-spaced letterhead "L A N G E L A N D   K O M M U N E"' },
    S,
    'A1',
  );
  p.fact('period', '2027-H1', S, 'A3');
  p.fact('phase', 'readiness', S, 'A4');
  p.fact('coordinator', { v: 'Henriette Bach', note: 'a doubled space inside the name' }, S, 'A5');
  p.fact(
    'leader',
    { v: 'Kim Rask', note: 'no-break spaces; the post after the comma is no part of the name' },
    S,
    'A6',
  );

  const HEADER = ['Tema', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Frist', 'Status'].map(spaced);
  const header = (row: number): void => {
    s.row(`A${row}`, HEADER, { bold: true, wrap: true });
  };
  header(8);

  // [row, tema, aktivitet, milepæl, ansvarlig, frist, status, readings]
  type R = {
    row: number;
    cells: [string, string, string, string, string, string];
    theme: Exp;
    activity: Exp;
    status: Exp;
    deadline: Exp;
    responsible: Exp;
  };
  const rows: R[] = [
    {
      row: 9,
      cells: [
        'Ledelse',
        `Styregruppemøde om korpsets mål og res-\nsourcer`,
        'Beslutningsreferat',
        `Kim${NB}Rask`,
        `22.${NB}januar${NB}2027`,
        'Gennemført',
      ],
      theme: 'leadership',
      activity: {
        v: 'Styregruppemøde om korpsets mål og ressourcer',
        note: '"res-⏎sourcer": hyphenated at the line end',
      },
      status: 'done',
      deadline: '2027-01-22',
      responsible: 'Kim Rask',
    },
    {
      row: 10,
      cells: [
        'Kommunikation',
        `${BULLET}\tKick-oﬀ for skoler, PPR og sund-\nhedsplejen`,
        'Møde holdt',
        'Henriette  Bach',
        `5.${NB}februar${NB}2027`,
        'Gennemført',
      ],
      theme: 'communication',
      activity: {
        v: 'Kick-off for skoler, PPR og sundhedsplejen',
        note: 'a Symbol bullet (U+F0B7) and a tab before it; "ﬀ" is ff; "sund-⏎hedsplejen" hyphenated at the line end',
      },
      status: 'done',
      deadline: '2027-02-05',
      responsible: { v: 'Henriette Bach', note: 'a doubled space' },
    },
    {
      row: 11,
      cells: [
        'Kommunikation',
        `${BULLET}\tFlyer om indsatsen til for-\nældre`,
        'Flyer trykt',
        'Henriette  Bach',
        `15.${NB}marts${NB}2027`,
        `Aﬂyst`,
      ],
      theme: 'communication',
      activity: { v: 'Flyer om indsatsen til forældre', note: '"for-⏎ældre" hyphenated at the line end' },
      status: { v: 'closed', note: '"Aﬂyst" with the fl ligature: Aflyst, cancelled' },
      deadline: '2027-03-15',
      responsible: 'Henriette Bach',
    },
    {
      row: 12,
      cells: [
        'Inddragelse',
        'Dialogmøde med forældre og unge',
        'Referat',
        `Jonas${NB}Lund`,
        `12.${NB}april${NB}2027`,
        `Ikke påbe-\ngyndt`,
      ],
      theme: 'involvement',
      activity: 'Dialogmøde med forældre og unge',
      status: { v: 'not_started', note: '"Ikke påbe-⏎gyndt" hyphenated at the line end' },
      deadline: '2027-04-12',
      responsible: 'Jonas Lund',
    },
  ];
  const page2: R[] = [
    {
      row: 17,
      cells: ['Opkvaliﬁcering', `Grundkursus i LAT-\nmetoden for nye mentorer`, 'Kursusbevis', 'Nationalt center', `30.${NB}april${NB}2027`, 'I  gang'],
      theme: { v: 'upskilling', note: '"Opkvaliﬁcering" with the fi ligature' },
      activity: {
        v: 'Grundkursus i LAT-metoden for nye mentorer',
        alt: ['Grundkursus i LATmetoden for nye mentorer'],
        note: '"LAT-⏎metoden": the hyphen belongs to the word (after an abbreviation in capitals)',
      },
      status: { v: 'in_progress', note: 'a doubled space' },
      deadline: '2027-04-30',
      responsible: 'Nationalt center',
    },
    {
      row: 18,
      cells: ['Opkvaliﬁcering', 'Supervision af mentorer hver 6. uge', 'Fast aftale', 'Ekstern supervisor', `30.${NB}juni${NB}2027`, 'I gang'],
      theme: 'upskilling',
      activity: 'Supervision af mentorer hver 6. uge',
      status: 'in_progress',
      deadline: '2027-06-30',
      responsible: 'Ekstern supervisor',
    },
    {
      row: 19,
      cells: [`Organisering, roller og an-\nsvar`, 'Aftale om mentorernes tid med afdelingslederne', 'Aftale underskrevet', `Kim${NB}Rask`, `31.${NB}marts${NB}2027`, 'Ændret'],
      theme: { v: 'organisation_roles', note: '"an-⏎svar" hyphenated at the line end' },
      activity: 'Aftale om mentorernes tid med afdelingslederne',
      status: 'changed',
      deadline: '2027-03-31',
      responsible: 'Kim Rask',
    },
    {
      row: 20,
      cells: [`Opfølgning på doku-\nmentation`, `Månedligt udtræk af forløbs-\ndata`, 'Første udtræk', 'Henriette  Bach', `28.${NB}maj${NB}2027`, `Ikke påbe-\ngyndt`],
      theme: { v: 'documentation', note: '"doku-⏎mentation" hyphenated at the line end' },
      activity: { v: 'Månedligt udtræk af forløbsdata', note: '"forløbs-⏎data" hyphenated at the line end' },
      status: 'not_started',
      deadline: '2027-05-28',
      responsible: 'Henriette Bach',
    },
    {
      row: 21,
      cells: ['Arbejdsproces og kultur', `${BULLET}\tFast sparringsmøde i mentorgruppen`, 'Mødeplan', `Jonas${NB}Lund`, `30.${NB}juni${NB}2027`, 'I gang'],
      theme: 'process_culture',
      activity: { v: 'Fast sparringsmøde i mentorgruppen', note: 'a Symbol bullet before the text' },
      status: 'in_progress',
      deadline: '2027-06-30',
      responsible: 'Jonas Lund',
    },
    {
      row: 22,
      cells: ['Evaluering og tilpasning', `Halvårsstatus til Børne-, Unge- og Fa-\nmilieudvalget`, 'Status fremlagt', 'Henriette  Bach', `23.${NB}juni${NB}2027`, `Ikke påbe-\ngyndt`],
      theme: 'evaluation',
      activity: { v: 'Halvårsstatus til Børne-, Unge- og Familieudvalget', note: '"Fa-⏎milieudvalget" hyphenated at the line end; "Børne-," and "Unge-" keep theirs' },
      status: 'not_started',
      deadline: '2027-06-23',
      responsible: 'Henriette Bach',
    },
  ]; // prettier-ignore
  const cols = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
  for (const r of [...rows, ...page2]) {
    r.cells.forEach((v, i) => s.set(`${cols[i]}${r.row}`, { v, s: WRAP }));
    placeActivity(p, S, r.row, {
      theme: [r.theme, `A${r.row}`],
      activity: [r.activity, `B${r.row}`],
      status: [r.status, `F${r.row}`],
      start: [null, `E${r.row}`],
      deadline: [r.deadline, `E${r.row}`],
      responsible: [r.responsible, `D${r.row}`],
    });
  }
  // The page break as Word pasted it: the footer, the next page's letterhead and the header again.
  s.set('A13', `Langeland Kommune${NB}·${NB}Implementeringsplan 2027`);
  s.set('E13', 'Side 1 af 2');
  s.set('A14', 'Udskrevet den 1. december 2026');
  s.set('A15', spaced('Langeland') + '   ' + spaced('Kommune'));
  header(16);
  p.notActivity(S, 13, 'the page footer');
  p.notActivity(S, 14, 'the page footer: the print date is no deadline');
  p.notActivity(S, 15, "the next page's letterhead");
  p.notActivity(S, 16, 'the header repeated on the next page');
  s.set('A24', `Langeland Kommune${NB}·${NB}Implementeringsplan 2027`);
  s.set('E24', 'Side 2 af 2');
  s.set('A25', 'Udskrevet den 1. december 2026');
  p.notActivity(S, 24, 'the page footer');
  p.notActivity(S, 25, 'the page footer: the print date is no deadline');

  // --- Checklist, on its own sheet (pasted from the PDF's appendix) -----------------------------
  const T = 'Ark2';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 12).width(4, 30);
  t.set('A1', spaced('Huskeliste'), TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'].map(spaced), { bold: true });
  const ans: Record<ChecklistIdKey, [string | null, Exp, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: [`Ja${NB}`, 'yes', null],
    F3: ['Delvist', 'partly', `Skolerne er endnu ikke in-\nformeret`],
    F4: ['Ja', 'yes', null],
    F5: ['Ja', 'yes', null],
    F6: [`Del-\nvist`, { v: 'partly', note: '"Del-⏎vist" hyphenated at the line end' }, null],
    F7: ['Nej', 'no', `Aﬂyst møde – ny dato i februar`],
    L1: ['Ja', 'yes', null],
    L2: ['Delvist', 'partly', null],
    L3: ['Nej', 'no', null],
    L4: ['Nej', 'no', null],
    L5: ['Delvist', 'partly', `Flyer under udarbejdelse`],
    L6: ['Ja', 'yes', null],
    L7: [null, null, null],
    L8: ['Nej', 'no', null],
  };
  const commentReading: Partial<Record<ChecklistIdKey, Exp>> = {
    F3: { v: 'Skolerne er endnu ikke informeret', note: '"in-⏎formeret" hyphenated at the line end' },
    F7: { v: 'Aflyst møde – ny dato i februar', note: '"Aﬂyst" with the fl ligature' },
    L5: 'Flyer under udarbejdelse',
  };
  let r = 4;
  SEED_QUESTIONS.forEach(([id, q]) => {
    const [a, reading, comment] = ans[id];
    // The PDF's question wrapped at about 70 characters, each break a line break (hyphenated where a word was cut).
    t.set(`A${r}`, id);
    t.set(`B${r}`, {
      v: q.length > 70 ? q.slice(0, q.lastIndexOf(' ', 70)) + '\n' + q.slice(q.lastIndexOf(' ', 70) + 1) : q,
      s: WRAP,
    });
    if (a) t.set(`C${r}`, { v: a, s: WRAP });
    if (comment) t.set(`D${r}`, { v: comment, s: WRAP });
    const cr = commentReading[id];
    p.answer(id, reading, T, `C${r}`, cr !== undefined ? toCell(cr, `D${r}`) : undefined);
    r++;
  });

  // --- Corps ----------------------------------------------------------------------------------
  r += 1;
  t.set(`A${r}`, spaced('Mentorkorps'), TITLE);
  r += 1;
  t.row(`A${r}`, ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'].map(spaced), { bold: true });
  const corps: [string, string, Exp, string, number, number][] = [
    ['HB', 'Mentor', 'mentor', '8', 8, 3],
    ['JL', `Forældre-\ncoach`, { v: 'parent_coach', note: '"Forældre-⏎coach" hyphenated at the line end' }, '6', 6, 2],
    ['AN', 'Mentor', 'mentor', `7,5`, 7.5, 2],
    ['PS', `Mentor og for-\nældrecoach`, { v: 'both', note: 'hyphenated at the line end' }, '10', 10, 4],
  ]; // prettier-ignore
  for (const [ini, roleT, role, hT, h, c] of corps) {
    r++;
    t.row(`A${r}`, [ini, { v: roleT, s: WRAP }, hT, c]);
    p.corpsRow(T, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [c, `D${r}`],
    });
  }
  return p;
}

function toCell(e: Exp, cell: string): Exp {
  return e !== null && typeof e === 'object' ? { ...e, cell } : { v: e, cell };
}
