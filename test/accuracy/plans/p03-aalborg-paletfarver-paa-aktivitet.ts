// Aalborg: an older workbook whose colours come from Excel's indexed palette. There is no status
// column: the activity cell itself is coloured, and a legend of coloured cells stands to the right
// of the table (green Gennemført, yellow I gang, red Ikke startet, grey Aflyst). Dates written every
// which way without a year ("uge 34", "28/9", "okt.", "nov.-dec.", "ultimo december"): the year is
// the plan's (title and neighbours). A corps sheet with a totals row and a note. Hand-built package.

import type { Style } from '../build/model';
import { PlanBuilder } from '../build/plan';
import { BOLD, HEAD_GREY, ITALIC, TITLE } from './common';

const P_GREEN: Style = { fill: { indexed: 17 } };
const P_YELLOW: Style = { fill: { indexed: 13 } };
const P_RED: Style = { fill: { indexed: 10 } };
const P_GREY: Style = { fill: { indexed: 22 } };
const STATUS = new Map<Style, string>([
  [P_GREEN, 'done'],
  [P_YELLOW, 'in_progress'],
  [P_RED, 'not_started'],
  [P_GREY, 'closed'],
]);

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p03-aalborg-paletfarver-paa-aktivitet',
    'hand-built',
    'Aalborg: status as indexed-palette fills on the activity cell, legend of coloured cells beside the table; dates without years; corps sheet with a totals row.',
    [
      'status-colour-with-legend',
      'indexed-colour-fills',
      'colour-on-activity-cell',
      'legend-beside-table',
      'year-from-plan',
      'week',
      'week-range',
      'day-month-without-year',
      'month-abbreviation',
      'month-range',
      'ultimo',
      'corps',
      'totals-row-corps',
    ],
  );

  const s = p.sheet('Tidsplan');
  s.set('A1', 'Aalborg Kommune', TITLE);
  s.set('A2', 'Implementeringsplan – lokalt mentorkorps, 2. halvår 2026', BOLD);
  s.set('A3', 'Koordinator: Jonas Madsen (jonm@aalborg.dk)');
  p.fact('municipality', '851', 'Tidsplan', 'A1');
  p.fact('period', '2026-H2', 'Tidsplan', 'A2');
  p.fact('coordinator', 'Jonas Madsen', 'Tidsplan', 'A3');

  type R = [string, string, string, string, Style, string | undefined, { start?: string; deadline: string }];
  const rows: R[] = [
    [
      'uge 34',
      'Ledelse',
      'Opstartsmøde i styregruppen',
      'Hanne Kristensen',
      P_GREEN,
      undefined,
      { deadline: '2026-08-23' },
    ],
    [
      '01.09.26',
      'Ledelse',
      'Ledelsen vedtager mål for korpset 2027',
      'Hanne Kristensen',
      P_YELLOW,
      'Udkast sendt',
      { deadline: '2026-09-01' },
    ],
    [
      'uge 36-37',
      'Kommunikation',
      'Oplæg for SSP-netværket',
      'Jonas Madsen',
      P_GREEN,
      undefined,
      { start: '2026-08-31', deadline: '2026-09-13' },
    ],
    [
      '28/9',
      'Kommunikation',
      'Artikel i medarbejderbladet',
      'Jonas Madsen',
      P_GREY,
      'Bladet er nedlagt',
      { deadline: '2026-09-28' },
    ],
    [
      'okt.',
      'Inddragelse',
      'Møde i kerneteamet om matchning',
      'Jonas Madsen',
      P_GREEN,
      undefined,
      { deadline: '2026-10-31' },
    ],
    [
      'nov.-dec.',
      'Inddragelse',
      'Mentorer præsenterer forløb på læringsmøde',
      'Mentorerne',
      P_YELLOW,
      undefined,
      { start: '2026-11-01', deadline: '2026-12-31' },
    ],
    [
      '10.12.2026',
      'Arbejdsproces og kultur',
      'Skabelon for forløbsplan tilpasses LAT-metoden',
      'Jonas Madsen',
      P_RED,
      undefined,
      { deadline: '2026-12-10' },
    ],
    [
      'uge 39',
      'Organisering',
      'Kontaktpersoner i skoleafdelingen udpeges',
      'Hanne Kristensen',
      P_GREEN,
      undefined,
      { deadline: '2026-09-27' },
    ],
    [
      'uge 45',
      'Opkvalificering',
      'Supervision af mentorer med ekstern supervisor',
      'Jonas Madsen',
      P_YELLOW,
      '2 af 3 gange holdt',
      { deadline: '2026-11-08' },
    ],
    [
      '02.11.2026',
      'Opkvalificering',
      'Introduktion til LAT-metoden for nye ledere',
      'Hanne Kristensen',
      P_RED,
      undefined,
      { deadline: '2026-11-02' },
    ],
    [
      '15.12.2026',
      'Dokumentation',
      'Gennemgang af data fra tilværelsesmestring.dk',
      'Jonas Madsen',
      P_RED,
      undefined,
      { deadline: '2026-12-15' },
    ],
    [
      'ultimo december',
      'Evaluering',
      'Evaluering af matchning mellem mentor og ung',
      'Jonas Madsen',
      P_RED,
      undefined,
      { deadline: '2026-12-31' },
    ],
  ];
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    Organisering: 'organisation_roles',
    Opkvalificering: 'upskilling',
    Dokumentation: 'documentation',
    Evaluering: 'evaluation',
  };
  p.table({
    sheet: 'Tidsplan',
    headerRow: 4,
    headerStyle: HEAD_GREY,
    columns: [
      { key: 'tid', header: 'Uge/dato', width: 16 },
      { key: 'omr', header: 'Område', width: 24 },
      { key: 'akt', header: 'Aktivitet', width: 50 },
      { key: 'ansv', header: 'Ansvarlig', width: 20 },
      { key: 'note', header: 'Note', width: 24 },
    ],
    fields: { when: 'tid', theme: 'omr', activity: 'akt', responsible: 'ansv', status: 'akt' },
    rows: rows.map(([tid, omr, akt, ansv, fill, note, dates]) => ({
      cells: { tid, omr, akt: { v: akt, s: fill }, ansv, note },
      x: {
        theme: THEMES[omr]!,
        status: STATUS.get(fill)!,
        start: dates.start ?? null,
        deadline: dates.deadline,
      },
    })),
  });
  // The legend, to the right of the table after an empty column.
  s.set('G4', 'Forklaring', BOLD);
  s.set('G5', null, P_GREEN).set('H5', 'Gennemført');
  s.set('G6', null, P_YELLOW).set('H6', 'I gang');
  s.set('G7', null, P_RED).set('H7', 'Ikke startet');
  s.set('G8', null, P_GREY).set('H8', 'Aflyst');
  s.set('A18', 'Farverne viser status, se forklaringen til højre.', ITALIC);
  p.notActivity('Tidsplan', 18, 'note');

  const k = p.sheet('Korps');
  k.set('A1', 'Uddannede mentorer og forældrecoaches', TITLE);
  k.row('A3', ['Initialer', 'Rolle', 'Afdeling', 'Uddannet', 'Timer/uge', 'Aktive forløb'], HEAD_GREY);
  type K = [string, string, string, string, string, number, number];
  const corps: K[] = [
    ['AK', 'Mentor', 'mentor', 'Ungeenheden', '2025-05-12', 6, 3],
    ['BH', 'Forældrecoach', 'parent_coach', 'Familiecentret', '2025-05-12', 4, 2],
    ['CL', 'Mentor/forældrecoach', 'both', 'Jobcenter Aalborg', '2025-11-03', 8, 4],
    ['DN', 'Mentor', 'mentor', 'SSP', '2026-03-09', 5, 1],
    ['EP', 'FC', 'parent_coach', 'Familiecentret', '2026-03-09', 3, 0],
  ];
  corps.forEach(([ini, role, roleId, dept, trained, hours, cases], i) => {
    const r = 4 + i;
    k.row(`A${r}`, [ini, role, dept, { v: { date: trained }, s: { fmtId: 14 } }, hours, cases]);
    p.corpsRow('Korps', r, {
      initials: [ini, `A${r}`],
      role: [roleId, `B${r}`],
      hoursPerWeek: [hours, `E${r}`],
      activeCases: [cases, `F${r}`],
    });
  });
  k.row('A9', ['I alt', undefined, undefined, undefined, 26, 10], BOLD);
  k.set('A11', 'Timer er pr. uge i gennemsnit.', ITALIC);
  return p;
}
