// Aarhus: the template's columns, but the status is only a fill colour (no text), explained by a
// legend line under the table. Cover facts on their own sheet, one of them "Koordinator: Mette
// Hansen" in one cell. Made in LibreOffice (flat ODS → .xlsx): RGB fills, date cells, merged title.

import { PlanBuilder, unsure } from '../build/plan';
import { BOLD, DMY, GREEN, HEAD, ITALIC, RED, TITLE, WRAP, YELLOW } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p01-aarhus-statusfarver-med-forklaring',
    'libreoffice-fods',
    'Aarhus: status as traffic-light fills with a legend line under the table; cover sheet with "Koordinator: Mette Hansen" in one cell.',
    [
      'status-colour-with-legend',
      'rgb-fills',
      'cover-label-in-same-cell',
      'date-cells',
      'week',
      'month',
      'date-range',
      'vague-time',
      'title-over-header',
      'legend-row',
    ],
  );

  const f = p.sheet('Forside');
  f.set('A1', 'Mentor- og forældrecoachindsatsen i Aarhus Kommune', TITLE);
  f.row('A3', ['Kommune', 'Aarhus Kommune']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.set('A6', 'Koordinator: Mette Hansen');
  f.row('A7', ['Ansvarlig leder', 'Søren Kjær']);
  f.row('A8', ['Stilling', 'Afdelingsleder, Børn og Unge']);
  f.row('A9', ['Forankring', 'Socialforvaltningen']);
  f.row('A10', ['Supervision', 'Ekstern supervisor (psykolog)']);
  f.width(1, 22).width(2, 40);
  p.fact('municipality', '751', 'Forside', 'B3');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Mette Hansen', 'Forside', 'A6');
  p.fact('leader', 'Søren Kjær', 'Forside', 'B7');
  p.fact('organisation', 'social', 'Forside', 'B9');
  p.fact('supervisionModel', 'external', 'Forside', 'B10');

  const s = p.sheet('Handleplan');
  s.set('A1', 'Implementeringsplan 2026 – Mentor- og forældrecoachkorpset', TITLE).merge('A1:G1');
  s.set('A2', 'Senest opdateret 12.11.2026 af MH', ITALIC);
  const done = GREEN;
  const going = YELLOW;
  const waiting = RED;
  const last = p.table({
    sheet: 'Handleplan',
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'tid', header: 'Tidsplan', width: 22 },
      { key: 'tema', header: 'Indsatsområde', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 50 },
      { key: 'mil', header: 'Milepæl', width: 30 },
      { key: 'ansv', header: 'Ansvarlig', width: 22 },
      { key: 'status', header: 'Status', width: 10 },
      { key: 'eval', header: 'Evaluering af resultat', width: 40 },
    ],
    fields: { when: 'tid', theme: 'tema', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: [
      {
        cells: {
          tid: { v: { date: '2026-08-20' }, s: DMY },
          tema: 'Ledelse',
          akt: 'Styregruppemøde: godkendelse af implementeringsplanen',
          mil: 'Plan godkendt',
          ansv: 'Søren Kjær',
          status: { v: null, s: done },
          eval: 'Planen godkendt uden ændringer',
        },
        x: { theme: 'leadership', status: 'done', deadline: '2026-08-20' },
      },
      {
        cells: {
          tid: 'uge 38',
          tema: 'Ledelse',
          akt: 'Orientering af direktionen om korpset',
          mil: 'Notat sendt',
          ansv: 'Søren Kjær',
          status: { v: null, s: done },
          eval: 'Direktionen bakker op',
        },
        x: { theme: 'leadership', status: 'done', deadline: '2026-09-20' },
      },
      {
        cells: {
          tid: 'oktober 2026',
          tema: 'Kommunikation',
          akt: 'Nyhedsbrev til samarbejdspartnere om korpset',
          mil: 'Nyhedsbrev udsendt',
          ansv: 'Mette Hansen',
          status: { v: null, s: going },
        },
        x: { theme: 'communication', status: 'in_progress', deadline: '2026-10-31' },
      },
      {
        cells: {
          tid: { v: { date: '2026-09-10' }, s: DMY },
          tema: 'Kommunikation',
          akt: 'Oplæg på personalemøde i Jobcentret',
          mil: 'Oplæg holdt',
          ansv: 'Mette Hansen',
          status: { v: null, s: done },
          eval: 'God interesse, tre henvisninger bagefter',
        },
        x: { theme: 'communication', status: 'done', deadline: '2026-09-10' },
      },
      {
        cells: {
          tid: '15.09.2026 - 30.11.2026',
          tema: 'Kommunikation',
          akt: 'Intranetside om mentor- og forældrecoachindsatsen',
          mil: 'Siden er online',
          ansv: 'Kommunikationsafdelingen',
          status: { v: null, s: going },
        },
        x: { theme: 'communication', status: 'in_progress', start: '2026-09-15', deadline: '2026-11-30' },
      },
      {
        cells: {
          tid: { v: { date: '2026-09-24' }, s: DMY },
          tema: 'Inddragelse',
          akt: 'Læringsmøde for mentorer og forældrecoaches',
          mil: 'Møde afholdt',
          ansv: 'Mette Hansen',
          status: { v: null, s: done },
          eval: 'Referat i teamets mappe',
        },
        x: { theme: 'involvement', status: 'done', deadline: '2026-09-24' },
      },
      {
        cells: {
          tid: { v: { date: '2026-11-26' }, s: DMY },
          tema: 'Inddragelse',
          akt: 'Fælles evaluering med mentorerne af de første forløb',
          ansv: 'Mette Hansen',
          status: { v: null, s: going },
        },
        x: { theme: 'involvement', status: 'in_progress', deadline: '2026-11-26' },
      },
      {
        cells: {
          tid: 'december 2026',
          tema: 'Arbejdsproces og kultur',
          akt: 'Fælles temadag om LAT-metoden for Børn og Unge',
          mil: 'Temadag afholdt',
          ansv: 'Mette Hansen og Søren Kjær',
          status: { v: null, s: waiting },
        },
        x: { theme: 'process_culture', status: 'not_started', deadline: '2026-12-31' },
      },
      {
        cells: {
          tid: { v: { date: '2026-10-01' }, s: DMY },
          tema: 'Arbejdsproces og kultur',
          akt: 'Arbejdsgang for henvisning til mentorforløb beskrevet',
          mil: 'Arbejdsgang godkendt',
          ansv: 'Mette Hansen',
          status: { v: null, s: done },
          eval: 'Bruges nu af myndighed',
        },
        x: { theme: 'process_culture', status: 'done', deadline: '2026-10-01' },
      },
      {
        cells: {
          tid: { v: { date: '2026-08-31' }, s: DMY },
          tema: 'Organisering, roller & ansvar',
          akt: 'Rolle- og ansvarsfordeling mellem ledelse, koordinator og mentorer',
          mil: 'Oversigt godkendt i styregruppen',
          ansv: 'Søren Kjær',
          status: { v: null, s: done },
          eval: 'Oversigten ligger på intranettet',
        },
        x: { theme: 'organisation_roles', status: 'done', deadline: '2026-08-31' },
      },
      {
        cells: {
          tid: 'november 2026',
          tema: 'Organisering, roller & ansvar',
          akt: 'Samarbejdsaftale med SSP om henvisning af unge',
          mil: 'Aftale underskrevet',
          ansv: 'Mette Hansen',
          status: { v: null, s: going },
        },
        x: { theme: 'organisation_roles', status: 'in_progress', deadline: '2026-11-30' },
      },
      {
        cells: {
          tid: 'uge 40-41',
          tema: 'Opkvalificering',
          akt: 'Opfølgningsdag på LAT-uddannelsen for nye mentorer',
          mil: 'Alle nye mentorer har deltaget',
          ansv: 'Mette Hansen',
          status: { v: null, s: done },
          eval: 'Fem af fem deltog',
        },
        x: { theme: 'upskilling', status: 'done', start: '2026-09-28', deadline: '2026-10-11' },
      },
      {
        cells: {
          tid: { v: { date: '2027-01-15' }, s: DMY },
          tema: 'Opkvalificering',
          akt: 'Kursus i motivationssamtalen for forældrecoaches',
          mil: 'Kursus gennemført',
          ansv: 'Søren Kjær',
          status: { v: null, s: waiting },
        },
        x: { theme: 'upskilling', status: 'not_started', deadline: '2027-01-15' },
      },
      {
        cells: {
          tid: 'løbende',
          tema: 'Opfølgning på dokumentation',
          akt: 'Forløb registreres på tilværelsesmestring.dk',
          ansv: 'Mentorerne',
          status: { v: null, s: going },
        },
        x: {
          theme: 'documentation',
          status: 'in_progress',
          deadline: unsure(null, '"løbende" is no date: kept as text and flagged'),
        },
      },
      {
        cells: {
          tid: { v: { date: '2026-12-15' }, s: DMY },
          tema: 'Opfølgning på dokumentation',
          akt: 'Status på dokumentation til styregruppen',
          mil: 'Status fremlagt',
          ansv: 'Mette Hansen',
          status: { v: null, s: waiting },
        },
        x: { theme: 'documentation', status: 'not_started', deadline: '2026-12-15' },
      },
      {
        cells: {
          tid: { v: { date: '2026-12-17' }, s: DMY },
          tema: 'Evaluering og tilpasning',
          akt: 'Halvårsevaluering af implementeringsplanen',
          mil: 'Revideret plan for 1. halvår 2027',
          ansv: 'Mette Hansen',
          status: { v: null, s: waiting },
        },
        x: { theme: 'evaluation', status: 'not_started', deadline: '2026-12-17' },
      },
    ],
  });
  s.set(`A${last + 2}`, 'Grøn = gennemført, Gul = i gang, Rød = ikke startet', BOLD);
  p.notActivity('Handleplan', last + 2, 'legend');
  s.set(`A${last + 3}`, 'Planen gennemgås på hvert styregruppemøde.', WRAP);
  p.notActivity('Handleplan', last + 3, 'note');
  return p;
}
