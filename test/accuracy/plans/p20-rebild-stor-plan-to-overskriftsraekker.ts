// Rebild: a large, well-kept plan (36 activities over the whole year 2026) close to the seed's
// template, but with the header over two rows ("Tidsplan" merged over "Start" and "Slut"), date
// cells in the Danish format beside dates typed as text, the theme written in a few variants
// ("Organisering, roller & ansvar", "Opfølgning på dokumentation"), statuses in everyday words.
// Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { DMY, HEAD, TITLE } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p20-rebild-stor-plan-to-overskriftsraekker',
    'libreoffice-fods',
    'Rebild: a large plan (36 activities) with the header over two rows (Tidsplan over Start/Slut), date cells and typed dates, theme and status variants.',
    [
      'large-plan',
      'header-over-two-rows',
      'merged-header',
      'date-cells',
      'text-dates',
      'theme-other-words',
      'status-other-words',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Rebild Kommune', TITLE);
  f.set('A2', 'Implementeringsplan for det lokale mentor- og forældrecoachkorps');
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Mikkel Skov']);
  f.row('A7', ['Leder', 'Lone Damgaard']);
  f.row('A8', ['Forankring', 'Tværgående forankring']);
  f.row('A9', ['Supervision', 'Ekstern']);
  f.width(1, 16).width(2, 36);
  p.fact('municipality', '840', 'Forside', 'A1');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'full', 'Forside', 'B5');
  p.fact('coordinator', 'Mikkel Skov', 'Forside', 'B6');
  p.fact('leader', 'Lone Damgaard', 'Forside', 'B7');
  p.fact('organisation', 'cross', 'Forside', 'B8');
  p.fact('supervisionModel', 'external', 'Forside', 'B9');

  const STATUS: Record<string, string> = {
    Gennemført: 'done',
    Færdig: 'done',
    'I gang': 'in_progress',
    'I proces': 'in_progress',
    'Ikke startet': 'not_started',
    'Ikke påbegyndt': 'not_started',
    Ændret: 'changed',
    Lukket: 'closed',
  };
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller & ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  // [start, end, theme, activity, milestone, responsible, status]; a date string "YYYY-MM-DD" is a
  // date cell, anything else is typed text (with its reading after "=").
  type R = [string | null, string, string, string, string, string, string];
  const rows: R[] = [
    [
      '2026-07-01',
      '2026-08-14',
      'Ledelse',
      'Ledelsen godkender plan for 2. halvår',
      'Plan godkendt',
      'Lone Damgaard',
      'Gennemført',
    ],
    [null, '2026-09-03', 'Ledelse', 'Styregruppemøde i september', 'Referat', 'Lone Damgaard', 'Gennemført'],
    [null, '2026-11-05', 'Ledelse', 'Styregruppemøde i november', 'Referat', 'Lone Damgaard', 'Færdig'],
    [
      null,
      '2026-12-17',
      'Ledelse',
      'Styregruppemøde i december',
      'Beslutning om 2027',
      'Lone Damgaard',
      'Ikke startet',
    ],
    [
      '2026-08-01',
      '2026-10-31',
      'Ledelse',
      'Forankring i driftsbudgettet',
      'Budget vedtaget',
      'Lone Damgaard',
      'I proces',
    ],
    [
      '2026-08-10',
      '2026-08-28',
      'Kommunikation',
      'Opdatering af intranetside',
      'Siden opdateret',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-09-10=10.09.2026',
      'Kommunikation',
      'Oplæg for skoleledere',
      'Oplæg holdt',
      'Mikkel Skov',
      'Gennemført',
    ],
    [null, '2026-10-22', 'Kommunikation', 'Oplæg i Jobcentret', 'Oplæg holdt', 'Mikkel Skov', 'Gennemført'],
    [
      '2026-11-02',
      '2026-11-30',
      'Kommunikation',
      'Nyhedsbrev nr. 3',
      'Nyhedsbrev sendt',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-12-08=08.12.2026',
      'Kommunikation',
      'Julehilsen med historier fra forløb',
      'Udsendt',
      'Mikkel Skov',
      'Ikke påbegyndt',
    ],
    [
      null,
      '2026-08-20',
      'Inddragelse',
      'Opstartsmøde efter sommerferien',
      'Møde afholdt',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-09-17',
      'Inddragelse',
      'Læringsmøde: de fire redskaber',
      'Møde afholdt',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-10-15',
      'Inddragelse',
      'Læringsmøde: samtaler med forældre',
      'Møde afholdt',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-11-19',
      'Inddragelse',
      'Læringsmøde: afslutning af forløb',
      'Møde afholdt',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-12-10',
      'Inddragelse',
      'Julemøde med evaluering',
      'Møde afholdt',
      'Mikkel Skov',
      'Ikke startet',
    ],
    [
      '2026-08-17',
      '2026-09-30',
      'Arbejdsproces og kultur',
      'Arbejdsgang for matchning beskrives',
      'Arbejdsgang godkendt',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      '2026-09-01',
      '2026-12-31',
      'Arbejdsproces og kultur',
      'Sparringsmøder hver anden uge',
      'Mødeplan overholdt',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-10-08',
      'Arbejdsproces og kultur',
      'Temadag om ekstremisme og bekymringstegn',
      'Temadag afholdt',
      'Mikkel Skov',
      'Ændret',
    ],
    [
      '2026-10-01',
      '2026-11-27',
      'Arbejdsproces og kultur',
      'Samtykkeblanket revideres',
      'Ny blanket i brug',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-08-31',
      'Organisering, roller & ansvar',
      'Rollebeskrivelser opdateres',
      'Beskrivelser godkendt',
      'Lone Damgaard',
      'Gennemført',
    ],
    [
      '2026-09-01',
      '2026-10-30',
      'Organisering, roller & ansvar',
      'Aftale med UU om unge uden uddannelse',
      'Aftale indgået',
      'Lone Damgaard',
      'Gennemført',
    ],
    [
      null,
      '2026-11-13',
      'Organisering, roller & ansvar',
      'Backup for koordinator',
      'Backup udpeget',
      'Lone Damgaard',
      'I gang',
    ],
    [
      null,
      '2026-12-04',
      'Organisering, roller & ansvar',
      'Samarbejde med politiet evalueres',
      'Evaluering drøftet',
      'Lone Damgaard',
      'Lukket',
    ],
    [
      '2026-09-07',
      '2026-09-09',
      'Opkvalificering',
      'LAT-grunduddannelse hold 4',
      'To mentorer uddannet',
      'Nationalt Center',
      'Gennemført',
    ],
    [
      '2026-08-01',
      '2026-12-31',
      'Opkvalificering',
      'Ekstern supervision (6 gange)',
      'Seks supervisioner',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-11-24',
      'Opkvalificering',
      'Kursus i motiverende samtale',
      'Kursus gennemført',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-12-03',
      'Opkvalificering',
      'Introduktion for nye ledere',
      'Introduktion holdt',
      'Lone Damgaard',
      'Ikke startet',
    ],
    [
      '2026-07-01',
      '2026-12-31',
      'Opfølgning på dokumentation',
      'Registrering af alle forløb',
      'Alle forløb registreret',
      'Mentorerne',
      'I gang',
    ],
    [
      null,
      '2026-09-30',
      'Opfølgning på dokumentation',
      'Kvartalsopgørelse Q3',
      'Opgørelse lavet',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-12-31',
      'Opfølgning på dokumentation',
      'Kvartalsopgørelse Q4',
      'Opgørelse lavet',
      'Mikkel Skov',
      'Ikke startet',
    ],
    [
      null,
      '2026-11-05',
      'Opfølgning på dokumentation',
      'Data på styregruppemøde',
      'Data drøftet',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      null,
      '2026-10-01=01.10.2026',
      'Evaluering og tilpasning',
      'Midtvejsstatus med mentorerne',
      'Status drøftet',
      'Mikkel Skov',
      'Gennemført',
    ],
    [
      '2026-11-16',
      '2026-12-11',
      'Evaluering og tilpasning',
      'Halvårsevaluering',
      'Evalueringsnotat',
      'Mikkel Skov',
      'I gang',
    ],
    [
      null,
      '2026-12-18',
      'Evaluering og tilpasning',
      'Plan for 2027 udarbejdes',
      'Plan godkendt',
      'Lone Damgaard',
      'Ikke startet',
    ],
    [
      null,
      '2026-12-15',
      'Evaluering og tilpasning',
      'Refleksionsmøde om resultater',
      'Beslutninger',
      'Lone Damgaard',
      'Ikke startet',
    ],
    [
      '2026-10-05',
      '2026-10-16',
      'Evaluering og tilpasning',
      'Brugerinterviews med unge',
      'Fem interviews',
      'Mikkel Skov',
      'Lukket',
    ],
  ];
  const dateCell = (v: string): { iso: string; cell: string | { v: { date: string }; s: Style } } => {
    const [iso, text] = v.split('=') as [string, string?];
    return { iso, cell: text ?? { v: { date: iso }, s: DMY } };
  };
  const body: TableRow[] = rows.map(([start, slut, omr, akt, mil, ansv, status]) => {
    const s = start ? dateCell(start) : null;
    const e = dateCell(slut);
    return {
      cells: { start: s?.cell, slut: e.cell, omr, akt, mil, ansv, status },
      x: { theme: THEMES[omr]!, status: STATUS[status]!, start: s?.iso ?? null, deadline: e.iso },
    };
  });
  const sheet = p.sheet('Implementeringsplan');
  sheet.set('A1', 'Implementeringsplan 2. halvår 2026', TITLE);
  p.table({
    sheet: 'Implementeringsplan',
    headerRow: 3,
    gap: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'start', header: 'Tidsplan', width: 12 },
      { key: 'slut', header: undefined, width: 12 },
      { key: 'omr', header: 'Indsatsområde', width: 30 },
      { key: 'akt', header: 'Aktiviteter', width: 46 },
      { key: 'mil', header: 'Milepæle', width: 28 },
      { key: 'ansv', header: 'Ansvarlig', width: 18 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: {
      start: 'start',
      deadline: 'slut',
      theme: 'omr',
      activity: 'akt',
      responsible: 'ansv',
      status: 'status',
    },
    rows: body,
  });
  sheet.merge('A3:B3');
  for (const c of ['C', 'D', 'E', 'F', 'G']) sheet.merge(`${c}3:${c}4`);
  sheet.set('A4', 'Start', HEAD).set('B4', 'Slut', HEAD);
  return p;
}
