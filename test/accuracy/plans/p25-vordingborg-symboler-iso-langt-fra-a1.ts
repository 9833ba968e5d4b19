// Vordingborg: the plan table starts at C7 under a logo-like title block (columns A–B empty), with a
// status legend of symbols above it (✓ ● ○ ✗), dates typed as ISO text ("2027-03-01"), headers with
// colons, parentheses and an asterisk ("Ansvarlig(e):", "Start dato", "Deadline*"), responsible as
// initials, a hidden helper column with formulas, and a footnote under the table. The cover is a
// form on its own sheet: label in A, value in C. Hand-built package.

import type { Style } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { BOLD, HEAD, ITALIC, TITLE } from './common';

const LOGO: Style = { bold: true, size: 18, fill: { rgb: '1F4E78' } };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p25-vordingborg-symboler-iso-langt-fra-a1',
    'hand-built',
    'Vordingborg: table far from A1 under a title block, status as symbols with a legend, ISO text dates, headers with colons/asterisk/parentheses, initials as responsible, a hidden helper column with formulas, a footnote; cover form with the value two columns from its label.',
    [
      'table-far-from-a1',
      'status-symbols-with-legend',
      'iso-text-dates',
      'header-punctuation',
      'responsible-initials',
      'hidden-helper-column',
      'footnote-row',
      'cover-form-gap',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Stamoplysninger', TITLE);
  f.set('A3', 'Kommune:', BOLD).set('C3', 'Vordingborg');
  f.set('A4', 'Periode:', BOLD).set('C4', 'H1 2027');
  f.set('A5', 'Fase:', BOLD).set('C5', 'Indledende implementering');
  f.set('A6', 'Koordinator:', BOLD).set('C6', 'Pia Mortensen');
  f.set('A7', 'Leder:', BOLD).set('C7', 'Ole Bach');
  f.width(1, 16).width(2, 4).width(3, 30);
  p.fact('municipality', '390', 'Forside', 'C3');
  p.fact('period', '2027-H1', 'Forside', 'C4');
  p.fact('phase', 'initial', 'Forside', 'C5');
  p.fact('coordinator', 'Pia Mortensen', 'Forside', 'C6');
  p.fact('leader', 'Ole Bach', 'Forside', 'C7');

  const s = p.sheet('Handleplan');
  s.set('C2', 'VORDINGBORG KOMMUNE', LOGO);
  s.set('C3', 'Handleplan for mentor- og forældrecoachkorpset', TITLE);
  s.set('C5', 'Status:  ✓ = Gennemført   ● = I gang   ○ = Ikke startet   ✗ = Lukket', ITALIC);
  s.width(1, 3).width(2, 3);

  const SYM: Record<string, string> = { '✓': 'done', '●': 'in_progress', '○': 'not_started', '✗': 'closed' };
  const THEME: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    Organisering: 'organisation_roles',
    Opkvalificering: 'upskilling',
    Dokumentation: 'documentation',
    Evaluering: 'evaluation',
  };
  type R = [string, string, string, string | null, string, string];
  const rows: R[] = [
    ['Ledelse', 'Ledergruppen godkender handleplanen', 'OB', '2027-01-04', '2027-01-29', '✓'],
    ['Ledelse', 'Halvårligt statusmøde i styregruppen', 'OB/PM', null, '2027-06-17', '○'],
    ['Kommunikation', 'Intranetside om korpset', 'PM', '2027-01-18', '2027-02-26', '✓'],
    ['Kommunikation', 'Pjece til forældre', 'PM', '2027-02-01', '2027-04-30', '●'],
    ['Inddragelse', 'Dialogmøde med skoler og SSP', 'PM', null, '2027-03-11', '✗'],
    ['Organisering', 'Visitationsgruppe etableres', 'OB', '2027-02-15', '2027-03-31', '●'],
    ['Opkvalificering', 'To nye mentorer på LAT-uddannelse', 'PM', '2027-03-01', '2027-05-28', '○'],
    ['Arbejdsproces og kultur', 'Fælles sagsgang for henvisning', 'KJ', '2027-01-11', '2027-03-19', '●'],
    ['Dokumentation', 'Månedlig registrering på platformen', 'KJ', '2027-01-04', '2027-06-30', '●'],
    ['Evaluering', 'Evaluering af første halvår', 'PM', '2027-06-01', '2027-06-25', '○'],
  ];
  const tableRows: TableRow[] = rows.map(([tema, akt, ans, start, dl, st], i) => ({
    cells: {
      nr: i + 1,
      tema,
      akt,
      ans,
      start: start ?? undefined,
      dl,
      st,
      hj: { v: st === '✓' ? 1 : 0, f: `IF(I${8 + i}="✓",1,0)` },
    },
    x: { theme: THEME[tema]!, status: SYM[st]!, start, deadline: dl },
  }));
  tableRows.push({ blank: true });
  tableRows.push({
    not: 'footnote under the table',
    cells: { tema: '* Deadline: den dato aktiviteten skal være afsluttet.' },
    style: ITALIC,
  });
  p.table({
    sheet: 'Handleplan',
    headerRow: 7,
    firstCol: 'C',
    headerStyle: HEAD,
    columns: [
      { key: 'nr', header: 'Nr.', width: 5 },
      { key: 'tema', header: 'Tema', width: 24 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig(e):', width: 14 },
      { key: 'start', header: 'Start dato', width: 12 },
      { key: 'dl', header: 'Deadline*', width: 12 },
      { key: 'st', header: 'Status', width: 8 },
      { key: 'hj', header: 'Hjælp (færdig)', width: 6 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'dl',
      status: 'st',
    },
    rows: tableRows,
  });
  s.hiddenCols.add(10);
  return p;
}
