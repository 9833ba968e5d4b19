// Roskilde: one sheet per theme; the sheet's name (and its title in A1) is the theme, in the
// coordinator's words ("Arbejdsproces & kultur", "Roller og ansvar", "Dokumentation"). Columns
// headed by questions: Hvad, Hvornår, Hvem. Dates without years take the year of the period on the
// cover ("1. halvår 2026"); a day/month column is read day-first from its unambiguous "30/6".
// Made in LibreOffice (flat ODS).

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { HEAD, ITALIC, TITLE } from './common';

const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Udskudt: 'changed',
  Aflyst: 'closed',
};

type A = [string, string, string, string, { start?: string; deadline: string | null }, string?];

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p05-roskilde-et-ark-pr-tema',
    'libreoffice-fods',
    'Roskilde: one sheet per theme (the sheet name is the theme), question headers Hvad/Hvornår/Hvem, years from the cover period, a day/month column decided by its unambiguous value.',
    [
      'sheet-per-theme',
      'theme-other-words',
      'question-headers',
      'year-from-period',
      'month',
      'week',
      'week-range',
      'month-range',
      'quarter',
      'day-month-slash',
      'vague-time',
      'status-other-words',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Roskilde Kommune', TITLE);
  f.set('A2', 'Mentor- og forældrecoachkorps – implementeringsplan');
  f.row('A4', ['Periode', '1. halvår 2026']);
  f.row('A5', ['Fase', 'Fase 3 – indledende implementering']);
  f.row('A6', ['Koordinator', 'Pia Sørensen']);
  f.row('A7', ['Leder', 'Ole Bach']);
  f.row('A8', ['Forankring', 'Beskæftigelsesforvaltningen']);
  f.row('A9', ['Supervision', 'Intern supervisor']);
  f.set('A11', 'Planen er delt op i ét faneblad pr. tema.', ITALIC);
  f.width(1, 16).width(2, 40);
  p.fact('municipality', '265', 'Forside', 'A1');
  p.fact('period', '2026-H1', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Pia Sørensen', 'Forside', 'B6');
  p.fact('leader', 'Ole Bach', 'Forside', 'B7');
  p.fact('organisation', 'employment', 'Forside', 'B8');
  p.fact('supervisionModel', 'internal', 'Forside', 'B9');

  const vague = (w: string): ReturnType<typeof unsure> =>
    unsure(null, `"${w}" is no date: kept as text and flagged`);
  const sheets: [string, string, string, A[]][] = [
    [
      'Ledelse',
      'Ledelse',
      'leadership',
      [
        ['Styregruppen godkender planen', 'januar', 'Ole Bach', 'Gennemført', { deadline: '2026-01-31' }],
        [
          'Deltagelse i fagligt ledelsesnetværk',
          'uge 12',
          'Ole Bach',
          'Gennemført',
          { deadline: '2026-03-22' },
        ],
        [
          'Orientering af Beskæftigelsesudvalget',
          'Q2',
          'Ole Bach',
          'I gang',
          { deadline: '2026-06-30' },
          'Dagsordenspunkt i juni',
        ],
      ],
    ],
    [
      'Kommunikation',
      'Kommunikation',
      'communication',
      [
        ['Intranetside om korpset', 'marts', 'Pia Sørensen', 'Gennemført', { deadline: '2026-03-31' }],
        [
          'Oplæg på teammøder i Jobcentret',
          'uge 8-9',
          'Pia Sørensen',
          'Gennemført',
          { start: '2026-02-16', deadline: '2026-03-01' },
        ],
        [
          'Informationsfolder til borgere',
          'maj-juni',
          'Pia Sørensen',
          'I gang',
          { start: '2026-05-01', deadline: '2026-06-30' },
        ],
      ],
    ],
    [
      'Inddragelse',
      'Inddragelse',
      'involvement',
      [
        [
          'Opstartsmøde med de nye mentorer',
          '15.04.2026',
          'Pia Sørensen',
          'Gennemført',
          { deadline: '2026-04-15' },
        ],
        ['Månedlige sparringsmøder i kerneteamet', 'løbende', 'Pia Sørensen', 'I gang', { deadline: null }],
      ],
    ],
    [
      'Arbejdsproces & kultur',
      'Tema: Arbejdsproces & kultur',
      'process_culture',
      [
        [
          'Arbejdsgang for visitation til mentorforløb',
          '1/6',
          'Pia Sørensen',
          'Ikke startet',
          { deadline: '2026-06-01' },
        ],
        [
          'Temadag om forebyggelse for hele Jobcentret',
          '30/6',
          'Ole Bach',
          'Ikke startet',
          { deadline: '2026-06-30' },
        ],
      ],
    ],
    [
      'Roller og ansvar',
      'Tema: Roller og ansvar',
      'organisation_roles',
      [
        [
          'Rolle- og ansvarsbeskrivelse for koordinator og mentorer',
          'februar',
          'Pia Sørensen',
          'Gennemført',
          { deadline: '2026-02-28' },
        ],
        [
          'Aftale med Børne- og Ungerådgivningen om henvisning',
          'april',
          'Ole Bach',
          'Udskudt',
          { deadline: '2026-04-30' },
          'Afventer ny afdelingsleder',
        ],
      ],
    ],
    [
      'Opkvalificering',
      'Opkvalificering',
      'upskilling',
      [
        [
          'LAT-grunduddannelse for 3 nye mentorer',
          'uge 10',
          'Nationalt Center',
          'Gennemført',
          { deadline: '2026-03-08' },
        ],
        [
          'Intern supervision hver måned',
          'jan-jun',
          'Intern supervisor Karina Larsen',
          'I gang',
          { start: '2026-01-01', deadline: '2026-06-30' },
        ],
        [
          'Kursus i motiverende samtale',
          'Q2',
          'Pia Sørensen',
          'Aflyst',
          { deadline: '2026-06-30' },
          'Ingen tilmeldte',
        ],
      ],
    ],
    [
      'Dokumentation',
      'Dokumentation',
      'documentation',
      [
        [
          'Forløb registreres på tilværelsesmestring.dk',
          'løbende',
          'Mentorerne',
          'I gang',
          { deadline: null },
        ],
        [
          'Halvårsopgørelse af progression',
          '30.06.2026',
          'Pia Sørensen',
          'Ikke startet',
          { deadline: '2026-06-30' },
        ],
      ],
    ],
    [
      'Evaluering',
      'Evaluering',
      'evaluation',
      [
        ['Evaluering med mentorerne', 'juni', 'Pia Sørensen', 'Ikke startet', { deadline: '2026-06-30' }],
        [
          'Justering af målgruppebeskrivelse',
          'efter evalueringen',
          'Ole Bach',
          'Ikke startet',
          { deadline: null },
        ],
      ],
    ],
  ];
  for (const [name, title, theme, acts] of sheets) {
    p.sheet(name).set('A1', title, TITLE);
    p.table({
      sheet: name,
      headerRow: 3,
      headerStyle: HEAD,
      columns: [
        { key: 'hvad', header: 'Hvad', width: 50 },
        { key: 'hvornaar', header: 'Hvornår', width: 14 },
        { key: 'hvem', header: 'Hvem', width: 28 },
        { key: 'status', header: 'Status', width: 14 },
        { key: 'bem', header: 'Bemærkning', width: 30 },
      ],
      fields: { activity: 'hvad', when: 'hvornaar', responsible: 'hvem', status: 'status' },
      rows: acts.map(([what, when, who, status, dates, note]): TableRow => ({
        cells: { hvad: what, hvornaar: when, hvem: who, status, bem: note },
        x: {
          theme: { v: theme, note: 'the sheet is the theme' },
          status: STATUS[status]!,
          start: dates.start ?? null,
          deadline: dates.deadline ?? vague(when),
        },
      })),
    });
  }
  return p;
}
