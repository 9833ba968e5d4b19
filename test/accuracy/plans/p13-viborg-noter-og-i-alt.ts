// Viborg: a numbered plan (Nr. 1, 2, …) with a short activity title beside a long description, a
// note row in the middle of the table ("Planlægges efter sommerferien."), a blank row, an "I alt"
// row and a status line under it. Deadlines are Excel dates in the built-in short date format, a
// few typed as text ("juni 2026", "Q2 2026"). Cover facts above the table, two of them on one row.
// Hand-built package.

import { PlanBuilder, type TableRow } from '../build/plan';
import { HEAD, ITALIC, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p13-viborg-noter-og-i-alt',
    'hand-built',
    'Viborg: numbered rows, short title beside a long description, a note row inside the table, an I alt row and a status line; built-in short dates and typed months/quarters.',
    [
      'note-row',
      'totals-row-plan',
      'blank-separators',
      'short-title-vs-description',
      'number-column',
      'excel-serial-dates',
      'builtin-date-format',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Implementeringsplan');
  s.set('A1', 'Viborg Kommune · Implementeringsplan · 1. halvår 2026', TITLE);
  s.set('A2', 'Koordinator: Sara Eriksen');
  s.set('D2', 'Leder: Thomas Bruun');
  p.fact('municipality', '791', 'Implementeringsplan', 'A1');
  p.fact('period', '2026-H1', 'Implementeringsplan', 'A1');
  p.fact('coordinator', 'Sara Eriksen', 'Implementeringsplan', 'A2');
  p.fact('leader', 'Thomas Bruun', 'Implementeringsplan', 'D2');

  const STATUS: Record<string, string> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
  };
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  type R = [string, string, string, string, string | { date: string }, string, string];
  const acts: R[] = [
    [
      'Ledelse',
      'Styregruppe nedsat',
      'Styregruppe med chefer fra Børn og Unge, Beskæftigelse og Sundhed nedsættes med kommissorium og mødeplan for 2026.',
      'Thomas Bruun',
      { date: '2026-01-30' },
      'Gennemført',
      '2026-01-30',
    ],
    [
      'Ledelse',
      'Ledelsesmøde om målgruppe',
      'Ledelsen drøfter, hvilke unge og familier korpset skal arbejde med, og hvordan myndighed henviser.',
      'Thomas Bruun',
      { date: '2026-03-12' },
      'Gennemført',
      '2026-03-12',
    ],
    [
      'Kommunikation',
      'Kernefortælling',
      'Koordinator skriver sammen med mentorerne en kort kernefortælling om indsatsen til brug i al kommunikation.',
      'Sara Eriksen',
      { date: '2026-04-30' },
      'I gang',
      '2026-04-30',
    ],
    [
      'Kommunikation',
      'Oplæg i Ungeenheden',
      'Oplæg på personalemøde i Ungeenheden om korpset, målgruppen og henvisning.',
      'Sara Eriksen',
      { date: '2026-02-18' },
      'Gennemført',
      '2026-02-18',
    ],
    [
      'Inddragelse',
      'Kerneteam etableret',
      'Mentorer, forældrecoaches og koordinator mødes fast hver anden uge i kerneteamet.',
      'Sara Eriksen',
      { date: '2026-02-27' },
      'Gennemført',
      '2026-02-27',
    ],
    [
      'Inddragelse',
      'Læringsmøde om forløb',
      'Læringsmøde efter mødeguiden, hvor to forløb gennemgås med samtykke fra de unge.',
      'Sara Eriksen',
      { date: '2026-05-21' },
      'Ikke startet',
      '2026-05-21',
    ],
    [
      'Arbejdsproces og kultur',
      'Henvisningsveje beskrevet',
      'Henvisningsveje fra skoler, SSP og myndighed til mentor- og forældrecoachforløb beskrives i en kort vejledning.',
      'Sara Eriksen',
      { date: '2026-03-31' },
      'Gennemført',
      '2026-03-31',
    ],
    [
      'Organisering, roller og ansvar',
      'Rolle- og ansvarsfordeling',
      'Rolle- og ansvarsfordelingen mellem ledelse, koordinator og mentorer skrives ned og godkendes.',
      'Thomas Bruun',
      { date: '2026-02-13' },
      'Gennemført',
      '2026-02-13',
    ],
    [
      'Organisering, roller og ansvar',
      'Samarbejde med PPR',
      'Aftale med PPR om fælles forløb for børn og unge, hvor der både er en faglig og en forebyggende bekymring.',
      'Thomas Bruun',
      'juni 2026',
      'Ikke startet',
      '2026-06-30',
    ],
    [
      'Opkvalificering',
      'LAT-grunduddannelse',
      'To nye mentorer og en forældrecoach uddannes i LAT-metoden hos Nationalt Center for Forebyggelse af Ekstremisme.',
      'Nationalt Center',
      { date: '2026-03-05' },
      'Gennemført',
      '2026-03-05',
    ],
    [
      'Opkvalificering',
      'Supervisionsforløb',
      'Seks gange supervision med ekstern supervisor for alle mentorer og forældrecoaches.',
      'Ekstern supervisor',
      'Q2 2026',
      'I gang',
      '2026-06-30',
    ],
    [
      'Opfølgning på dokumentation',
      'Dataopsamling',
      'Koordinator samler progressionsdata fra tilværelsesmestring.dk og laver en kort status til styregruppen.',
      'Sara Eriksen',
      { date: '2026-06-15' },
      'Ikke startet',
      '2026-06-15',
    ],
    [
      'Evaluering og tilpasning',
      'Halvårsevaluering',
      'Halvårsevaluering i styregruppen med beslutning om justeringer af planen for 2. halvår.',
      'Thomas Bruun',
      { date: '2026-06-25' },
      'Ikke startet',
      '2026-06-25',
    ],
  ];
  const row = (n: number, [omr, akt, beskr, ansv, dl, status, iso]: R): TableRow => ({
    cells: {
      nr: n,
      omr,
      akt,
      beskr: { v: beskr, s: WRAP },
      ansv,
      dl: typeof dl === 'string' ? dl : { v: dl, s: { fmtId: 14 } },
      status,
    },
    x: { theme: THEMES[omr]!, status: STATUS[status]!, deadline: iso },
  });
  const body: TableRow[] = [
    ...acts.slice(0, 4).map((a, i) => row(i + 1, a)),
    { not: 'note', cells: { akt: 'Planlægges efter sommerferien.' }, style: ITALIC },
    ...acts.slice(4).map((a, i) => row(i + 5, a)),
    { blank: true },
    { not: 'totals', cells: { nr: 'I alt', akt: `${acts.length} aktiviteter` } },
  ];
  const last = p.table({
    sheet: 'Implementeringsplan',
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'nr', header: 'Nr.', width: 6 },
      { key: 'omr', header: 'Indsatsområde', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 30 },
      { key: 'beskr', header: 'Beskrivelse', width: 70 },
      { key: 'ansv', header: 'Ansvarlig', width: 20 },
      { key: 'dl', header: 'Deadline', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'omr', activity: 'akt', responsible: 'ansv', deadline: 'dl', status: 'status' },
    rows: body,
  });
  s.set(`A${last + 2}`, 'Status opdateret 15.05.2026 – SE', ITALIC);
  p.notActivity('Implementeringsplan', last + 2, 'note');
  return p;
}
