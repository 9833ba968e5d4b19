// Morsø (held out, twenty-second round: a plan split over several sheets by who does the work). The
// effort runs as tracks, each with its own sheet: "Mentorspor" was written first, and
// "Forældrecoachspor" was made by copying it (Flyt eller kopiér › Opret en kopi) and then editing it:
// same title line pattern and header, three rows rewritten for the parent coaches, two left exactly as
// in the source (the newsletter and the half-year status both tracks share), one row added. It is a
// real track's plan, not a copy to drop. A third track, "Frivilligspor", has its sheet with the header
// and only "Ingen aktiviteter endnu" under it. The cover names each track's contact person. Dates as
// SheetJS date cells and as text. SheetJS.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import { checklistSheet, corpsSheet } from './departments';

const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  'Evaluering og tilpasning': 'evaluation',
};

// [theme, activity, responsible, start, deadline (ISO), deadline as written (text, or "date" for a date cell), status, left as in the source]
type R = readonly [string, string, string, string | null, string, string, string, boolean?];

const MENTOR: readonly R[] = [
  ['Ledelse', 'Styregruppemøde om mentorsporets mål', 'Anne Vinther', null, '2027-01-29', 'date', 'Gennemført'],
  ['Opkvalificering', 'LAT-kursus for fire nye mentorer', 'Nationalt center', '2027-02-01', '2027-03-31', '31.03.2027', 'I gang'],
  ['Inddragelse', 'Unge giver feedback på matchingen', 'Anne Vinther', null, '2027-04-30', 'date', 'Ikke startet'],
  ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Karin Møller', null, '2027-03-31', '31.03.2027', 'I gang'],
  ['Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Karin Møller', null, '2027-06-15', 'date', 'Ikke startet'],
]; // prettier-ignore

const COACH: readonly R[] = [
  ['Ledelse', 'Styregruppemøde om forældrecoachsporets mål', 'Lars Thøgersen', null, '2027-01-29', 'date', 'Gennemført'],
  ['Opkvalificering', 'LAT-kursus for tre nye forældrecoaches', 'Nationalt center', '2027-03-01', '2027-05-31', '31.05.2027', 'Ikke startet'],
  ['Inddragelse', 'Forældre giver feedback på forløbene', 'Lars Thøgersen', null, '2027-05-31', 'date', 'Ikke startet'],
  ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Karin Møller', null, '2027-03-31', '31.03.2027', 'I gang', true],
  ['Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Karin Møller', null, '2027-06-15', 'date', 'Ikke startet', true],
  ['Arbejdsproces og kultur', 'Fast henvisning fra sundhedsplejen til forældrecoach', 'Lars Thøgersen', null, '2027-04-30', '30.04.2027', 'I gang'],
]; // prettier-ignore

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p118-morsoe-spor-pr-ark-kopieret-ark-tomt-ark',
    'sheetjs',
    'Morsø: one sheet per track ("Mentorspor", "Forældrecoachspor", "Frivilligspor") with the same header; the parent-coach sheet made by copying the mentor sheet and editing it, two rows left exactly as in the source; the volunteer track\'s sheet with only its header and "Ingen aktiviteter endnu"; the cover naming each track\'s contact.',
    [
      'sheet-per-track',
      'department-sheet-copied-and-edited',
      'rows-left-as-in-copied-sheet',
      'empty-department-sheet-header-only',
      'track-contacts-on-cover',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Morsø Kommune – Mentor- og forældrecoachkorpset');
  f.row('A3', ['Periode', '1. halvår 2027']);
  f.row('A4', ['Fase', 'Klargøring']);
  f.row('A5', ['Koordinator', 'Karin Møller']);
  f.row('A6', ['Leder', 'Niels Bach']);
  f.row('A7', ['Supervision', 'Ekstern supervisor']);
  f.set('A9', 'Sporene og deres kontaktpersoner');
  f.row('A10', ['Spor', 'Kontaktperson']);
  f.row('A11', ['Mentorspor', 'Anne Vinther']);
  f.row('A12', ['Forældrecoachspor', 'Lars Thøgersen']);
  f.row('A13', ['Frivilligspor', 'ikke bemandet endnu']);
  f.width(1, 20).width(2, 40);
  p.fact('municipality', '773', F, 'A1');
  p.fact('period', '2027-H1', F, 'B3');
  p.fact('phase', 'readiness', F, 'B4');
  p.fact('coordinator', 'Karin Møller', F, 'B5');
  p.fact('leader', 'Niels Bach', F, 'B6');
  p.fact('supervisionModel', 'external', F, 'B7');

  const x = (e: Exp, cell: string, sheet: string): ExpectedValue => toExpected(e, cell, sheet);
  // The rows left as in the source when the sheet was copied: the same on both sheets.
  const shared = new Set(COACH.filter((c) => c[7]).map((c) => `${c[1]}|${c[4]}`));
  const track = (sheet: string, title: string, rows: readonly R[]): void => {
    const s = p.sheet(sheet);
    s.set('A1', title);
    s.row('A3', HEADER);
    s.width(1, 26).width(2, 50).width(3, 18).width(4, 12).width(5, 12).width(6, 14);
    rows.forEach(([tema, akt, who, start, iso, written, status], i) => {
      const kept = shared.has(`${akt}|${iso}`);
      const r = 4 + i;
      s.row(`A${r}`, [tema, akt, who]);
      if (start) s.set(`D${r}`, { date: start });
      s.set(`E${r}`, written === 'date' ? { date: iso } : written);
      s.set(`F${r}`, status);
      p.activity(sheet, r, {
        theme: x(THEME[tema]!, `A${r}`, sheet),
        activity: x(
          kept
            ? {
                v: akt,
                flag: true,
                note: 'left exactly as in Mentorspor when Forældrecoachspor was copied from it (same text, responsible and deadline): a real row of each track, as the edited rows around it show, but the same shared activity may now stand twice; kept on each sheet and to be confirmed on each (whichever sheet comes first)',
              }
            : akt,
          `B${r}`,
          sheet,
        ),
        status: x(STATUS[status]!, `F${r}`, sheet),
        start: x(start, `D${r}`, sheet),
        deadline: x(iso, `E${r}`, sheet),
        responsible: x(who, `C${r}`, sheet),
      });
    });
  };
  track('Mentorspor', 'Mentorspor – plan for 1. halvår 2027', MENTOR);
  track('Forældrecoachspor', 'Forældrecoachspor – plan for 1. halvår 2027', COACH);

  const V = 'Frivilligspor';
  const v = p.sheet(V);
  v.set('A1', 'Frivilligspor – plan for 1. halvår 2027');
  v.row('A3', HEADER);
  v.set('A4', 'Ingen aktiviteter endnu');
  p.notActivity(V, 4, 'the empty track says it has no activities yet');

  checklistSheet(
    p,
    'Huskeliste',
    {
      F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: ['partly', 'frivilligsporet mangler'], F6: 'yes', F7: 'no',
      L1: 'yes', L2: 'yes', L3: 'partly', L4: 'no', L5: 'yes', L6: 'partly', L7: 'no', L8: 'partly',
    },
    false,
  ); // prettier-ignore
  corpsSheet(
    p,
    'Korps',
    [
      ['AV', 'mentor', 'Mentorspor', 10, 4],
      ['JK', 'mentor', 'Mentorspor', 6, 2],
      ['LT', 'parent_coach', 'Forældrecoachspor', 8, 3],
      ['BS', 'parent_coach', 'Forældrecoachspor', 5, 1],
    ],
    false,
  );
  return p;
}
