// Horsens: a plan kept as a list with question headings (Hvad, Hvornår, Hvem, Hvordan går det, Hvad
// skal være nået, Hvad lærte vi), saved as CSV and opened in LibreOffice in Danish, as a
// coordinator opens an exported list. Themes and statuses in the coordinator's own words, dates
// and vague times in one column, cover facts as label/value pairs above the table, a totals line
// under it.

import { PlanBuilder, unsure, type TableRow } from '../build/plan';

/** LibreOffice names a CSV's only sheet after the file. */
const SHEET = 'p08-horsens-spoergsmaal-csv';

const STATUS: Record<string, string> = {
  Færdig: 'done',
  'Godt i gang': 'in_progress',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Udskudt: 'changed',
  Droppet: 'closed',
};
const THEMES: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  'Inddragelse af medarbejdere': 'involvement',
  'Arbejdsproces & kultur': 'process_culture',
  'Organisering/roller/ansvar': 'organisation_roles',
  Kompetenceudvikling: 'upskilling',
  'Dokumentation og opfølgning': 'documentation',
  Evaluering: 'evaluation',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p08-horsens-spoergsmaal-csv',
    'libreoffice-csv',
    'Horsens: question headers (Hvad, Hvornår, Hvem, Hvordan går det, Hvad skal være nået, Hvad lærte vi) in a CSV opened in LibreOffice; themes and statuses in other words; vague times; totals line.',
    [
      'question-headers',
      'theme-other-words',
      'status-other-words',
      'date-cells-from-csv',
      'week-range',
      'day-range-words',
      'quarter',
      'vague-time',
      'totals-row-plan',
      'cover-label-value-above-table',
    ],
  );
  // Semicolons, UTF-8, from line 1; every column "standard" (LibreOffice detects numbers and
  // Danish dates such as 15-09-2026), Danish locale, quoted fields as text.
  p.csvFilter = 'CSV:59,34,76,1,,1030,true,true';
  const s = p.sheet(SHEET);
  s.set('A1', 'Implementeringsplan – Horsens Kommune – 2. halvår 2026');
  s.row('A2', ['Koordinator:', 'Kasper Møller', undefined, 'Fase:', 'Fuld implementering']);
  s.row('A3', ['Leder:', 'Line Thomsen', undefined, 'Forankring:', 'Børn og Familie']);
  p.fact('municipality', '615', SHEET, 'A1');
  p.fact('period', '2026-H2', SHEET, 'A1');
  p.fact('coordinator', 'Kasper Møller', SHEET, 'B2');
  p.fact('phase', 'full', SHEET, 'E2');
  p.fact('leader', 'Line Thomsen', SHEET, 'B3');
  p.fact('organisation', 'social', SHEET, 'E3');

  const vague = (w: string): ReturnType<typeof unsure> =>
    unsure(null, `"${w}" is no date: kept as text and flagged`);
  type R = [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    { start?: string; deadline: string | null },
  ];
  const rows: R[] = [
    [
      'Ledelse',
      'Ledergruppen drøfter korpsets mål for 2027',
      '15-09-2026',
      'Line Thomsen',
      'Færdig',
      'Mål vedtaget',
      'Godt at have ledelsen med fra start',
      { deadline: '2026-09-15' },
    ],
    [
      'Ledelse',
      'Styregruppemøde om ressourcer',
      '03.11.2026',
      'Line Thomsen',
      'Færdig',
      'Timer til mentorer afklaret',
      '',
      { deadline: '2026-11-03' },
    ],
    [
      'Kommunikation',
      'Oplæg for skoleledere',
      'september',
      'Kasper Møller',
      'Færdig',
      'Alle skoleledere kender korpset',
      'Skolerne vil gerne have flere oplæg',
      { deadline: '2026-09-30' },
    ],
    [
      'Kommunikation',
      'Nyhedsbrev til samarbejdspartnere',
      'Q4',
      'Kasper Møller',
      'Godt i gang',
      'Udsendt inden jul',
      '',
      { deadline: '2026-12-31' },
    ],
    [
      'Inddragelse af medarbejdere',
      'Læringsmøder for mentorer',
      'løbende',
      'Kasper Møller',
      'I gang',
      'Et møde pr. måned',
      '',
      { deadline: null },
    ],
    [
      'Inddragelse af medarbejdere',
      'Workshop om roller med mentorer og rådgivere',
      '1.-2. oktober',
      'Kasper Møller',
      'Færdig',
      'Fælles billede af roller',
      'To dage var for meget – næste gang én dag',
      { start: '2026-10-01', deadline: '2026-10-02' },
    ],
    [
      'Arbejdsproces & kultur',
      'Fælles temadag om LAT-metoden',
      'efterår',
      'Kasper Møller og Line Thomsen',
      'Udskudt',
      'Temadag afholdt',
      '',
      { deadline: null },
    ],
    [
      'Arbejdsproces & kultur',
      'Henvisningsprocedure tilpasses',
      'uge 44',
      'Kasper Møller',
      'I gang',
      'Ny procedure i brug',
      '',
      { deadline: '2026-11-01' },
    ],
    // LibreOffice reads the typed "dec. 2026" as the date 1 December 2026 (shown 01-12-26): the
    // file holds that date, and a reader of the file sees only it.
    [
      'Organisering/roller/ansvar',
      'Aftale med Ungdommens Uddannelsesvejledning',
      'dec. 2026',
      'Line Thomsen',
      'Ikke startet',
      'Aftale underskrevet',
      '',
      { deadline: '2026-12-01' },
    ],
    [
      'Kompetenceudvikling',
      'LAT-uddannelse for to nye forældrecoaches',
      'uge 38-39',
      'Nationalt Center',
      'Færdig',
      'Begge uddannet',
      '',
      { start: '2026-09-14', deadline: '2026-09-27' },
    ],
    [
      'Kompetenceudvikling',
      'Kursus i motiverende samtaler',
      'Q1 2027',
      'Kasper Møller',
      'Ikke startet',
      '',
      '',
      { deadline: '2027-03-31' },
    ],
    [
      'Dokumentation og opfølgning',
      'Registrering på tilværelsesmestring.dk',
      'løbende',
      'Mentorerne',
      'I gang',
      'Alle forløb registreret',
      '',
      { deadline: null },
    ],
    [
      'Dokumentation og opfølgning',
      'Status til styregruppen',
      '01-12-2026',
      'Kasper Møller',
      'Ikke startet',
      'Status fremlagt',
      '',
      { deadline: '2026-12-01' },
    ],
    [
      'Evaluering',
      'Evaluering af første halvår med mentorerne',
      'dec.',
      'Kasper Møller',
      'Ikke startet',
      'Evalueringsnotat',
      '',
      { deadline: '2026-12-31' },
    ],
  ];
  const body: TableRow[] = rows.map(([tema, hvad, naar, hvem, status, maal, laert, d]) => ({
    cells: { tema, hvad, naar, hvem, status, maal, laert },
    x: {
      theme: THEMES[tema]!,
      status: STATUS[status]!,
      start: d.start ?? null,
      deadline: d.deadline ?? vague(naar),
    },
  }));
  body.push({
    cells: {
      tema: 'Evaluering',
      hvad: 'Idé: besøg i en anden kommunes korps',
      naar: '?',
      status: 'Droppet',
      laert: 'Ikke tid i år',
    },
    x: {
      theme: 'evaluation',
      status: 'closed',
      deadline: unsure(null, 'a question mark is no date'),
      responsible: null,
    },
  });
  body.push({ blank: true });
  body.push({ not: 'totals', cells: { hvad: 'I alt: 15 aktiviteter' } });
  p.table({
    sheet: SHEET,
    headerRow: 5,
    columns: [
      { key: 'tema', header: 'Tema' },
      { key: 'hvad', header: 'Hvad' },
      { key: 'naar', header: 'Hvornår' },
      { key: 'hvem', header: 'Hvem' },
      { key: 'status', header: 'Hvordan går det' },
      { key: 'maal', header: 'Hvad skal være nået' },
      { key: 'laert', header: 'Hvad lærte vi' },
    ],
    fields: { theme: 'tema', activity: 'hvad', when: 'naar', responsible: 'hvem', status: 'status' },
    rows: body,
  });
  return p;
}
