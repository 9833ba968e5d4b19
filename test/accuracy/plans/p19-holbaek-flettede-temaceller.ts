// Holbæk: the theme is written once in a cell merged down over its activities (column A), as many
// coordinators lay out their plans; the milestone column is headed by a question ("Hvad skal være
// nået?"). The checklists are the seed's two tables numbered 1–7 and 1–8, the answer typed as a word
// in its own column ("Ja" under Ja, "Delvist" under Delvist, …). Made in LibreOffice (flat ODS).

import { CHECKLIST } from '../../../core/spec';
import { PlanBuilder, type TableRow } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p19-holbaek-flettede-temaceller',
    'libreoffice-fods',
    'Holbæk: themes in cells merged down over their activities; milestone headed "Hvad skal være nået?"; checklists numbered 1–7 and 1–8 with the answer word typed in its own column.',
    [
      'theme-vertical-merge',
      'question-headers',
      'checklist-numbered-1-7-1-8',
      'checklist-marks-word',
      'checklist-two-tables',
      'text-dates-dmy-dash',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Holbæk Kommune – mentor- og forældrecoachindsats', TITLE);
  f.row('A3', ['Periode', '2. halvår 2026']);
  f.row('A4', ['Fase', 'Indledende implementering']);
  f.row('A5', ['Koordinator', 'Jesper Holm']);
  f.row('A6', ['Ansvarlig leder', 'Susanne Krogh']);
  f.width(1, 18).width(2, 34);
  p.fact('municipality', '316', 'Forside', 'A1');
  p.fact('period', '2026-H2', 'Forside', 'B3');
  p.fact('phase', 'initial', 'Forside', 'B4');
  p.fact('coordinator', 'Jesper Holm', 'Forside', 'B5');
  p.fact('leader', 'Susanne Krogh', 'Forside', 'B6');

  const STATUS: Record<string, string> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
  };
  type A = [string, string, string, string, string, string];
  const groups: [string, string, A[]][] = [
    [
      'Ledelse',
      'leadership',
      [
        [
          'Styregruppemøde om efterårets plan',
          'Plan godkendt',
          'Susanne Krogh',
          '20-08-2026',
          'Gennemført',
          '2026-08-20',
        ],
        [
          'Orientering af direktionen',
          'Direktionen orienteret',
          'Susanne Krogh',
          '08-10-2026',
          'Gennemført',
          '2026-10-08',
        ],
        [
          'Beslutning om timer til mentorer i 2027',
          'Timer fastlagt',
          'Susanne Krogh',
          '10-12-2026',
          'Ikke startet',
          '2026-12-10',
        ],
      ],
    ],
    [
      'Kommunikation',
      'communication',
      [
        [
          'Nyhedsbrev til skoler og SSP',
          'Nyhedsbrev sendt',
          'Jesper Holm',
          '15-09-2026',
          'Gennemført',
          '2026-09-15',
        ],
        ['Oplæg i familieafdelingen', 'Oplæg holdt', 'Jesper Holm', '29-10-2026', 'Gennemført', '2026-10-29'],
      ],
    ],
    [
      'Inddragelse',
      'involvement',
      [
        [
          'Læringsmøde for mentorerne',
          'Møde afholdt',
          'Jesper Holm',
          '24-09-2026',
          'Gennemført',
          '2026-09-24',
        ],
        [
          'Mentorerne vælger tema til næste læringsmøde',
          'Tema valgt',
          'Mentorerne',
          '26-11-2026',
          'I gang',
          '2026-11-26',
        ],
      ],
    ],
    [
      'Arbejdsproces og kultur',
      'process_culture',
      [
        [
          'Sparring på konkrete forløb hver 14. dag',
          'Fast mødeplan',
          'Jesper Holm',
          '30-09-2026',
          'Gennemført',
          '2026-09-30',
        ],
        [
          'Temadag om LAT-metoden for rådgivere',
          'Temadag afholdt',
          'Jesper Holm',
          '03-12-2026',
          'I gang',
          '2026-12-03',
        ],
      ],
    ],
    [
      'Organisering, roller og ansvar',
      'organisation_roles',
      [
        [
          'Kontaktperson i hver skole udpeges',
          'Liste over kontaktpersoner',
          'Susanne Krogh',
          '31-10-2026',
          'I gang',
          '2026-10-31',
        ],
      ],
    ],
    [
      'Opkvalificering',
      'upskilling',
      [
        [
          'To nye forældrecoaches uddannes',
          'Uddannelse gennemført',
          'Nationalt Center',
          '17-09-2026',
          'Gennemført',
          '2026-09-17',
        ],
        [
          'Supervision med ekstern supervisor',
          'Fire gange supervision',
          'Jesper Holm',
          '17-12-2026',
          'I gang',
          '2026-12-17',
        ],
      ],
    ],
    [
      'Opfølgning på dokumentation',
      'documentation',
      [
        [
          'Data fra platformen til styregruppen',
          'Data præsenteret',
          'Jesper Holm',
          '19-11-2026',
          'Gennemført',
          '2026-11-19',
        ],
      ],
    ],
    [
      'Evaluering og tilpasning',
      'evaluation',
      [
        [
          'Halvårsevaluering med mentorer og ledelse',
          'Evalueringsnotat',
          'Susanne Krogh',
          '15-12-2026',
          'Ikke startet',
          '2026-12-15',
        ],
        [
          'Plan for 1. halvår 2027',
          'Ny plan godkendt',
          'Jesper Holm',
          '18-12-2026',
          'Ikke startet',
          '2026-12-18',
        ],
      ],
    ],
  ];
  const headerRow = 3;
  const body: TableRow[] = [];
  const merges: string[] = [];
  let row = headerRow;
  for (const [label, theme, acts] of groups) {
    const first = row + 1;
    acts.forEach(([akt, maal, ansv, dl, status, iso], i) => {
      row++;
      body.push({
        cells: {
          omr: i === 0 ? { v: label, s: { bold: true, wrap: true } } : undefined,
          akt,
          maal,
          ansv,
          dl,
          status,
        },
        x: { theme: { v: theme, cell: `A${first}` }, status: STATUS[status]!, deadline: iso },
      });
    });
    if (acts.length > 1) merges.push(`A${first}:A${row}`);
  }
  p.sheet('Plan').set('A1', 'Implementeringsplan 2. halvår 2026', TITLE);
  p.table({
    sheet: 'Plan',
    headerRow,
    headerStyle: HEAD,
    columns: [
      { key: 'omr', header: 'Indsatsområde', width: 22 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'maal', header: 'Hvad skal være nået?', width: 30 },
      { key: 'ansv', header: 'Ansvarlig', width: 18 },
      { key: 'dl', header: 'Deadline', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'omr', activity: 'akt', responsible: 'ansv', deadline: 'dl', status: 'status' },
    rows: body,
  });
  const plan = p.sheet('Plan');
  for (const m of merges) plan.merge(m);

  const h = p.sheet('Huskelister');
  h.width(1, 5).width(2, 80).width(3, 10).width(4, 10).width(5, 10);
  const WORD = { yes: 'Ja', partly: 'Delvist', no: 'Nej' } as const;
  const COL = { yes: 'C', partly: 'D', no: 'E' } as const;
  const answers: Record<ChecklistIdKey, 'yes' | 'partly' | 'no' | null> = {
    F1: 'yes',
    F2: 'yes',
    F3: 'partly',
    F4: 'yes',
    F5: 'partly',
    F6: 'yes',
    F7: 'yes',
    L1: 'yes',
    L2: 'partly',
    L3: 'yes',
    L4: 'no',
    L5: 'partly',
    L6: 'yes',
    L7: null,
    L8: 'no',
  };
  const table = (top: number, title: string, group: 'preparation' | 'ongoing'): void => {
    h.set(`A${top}`, title, BOLD);
    h.row(`A${top + 1}`, ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'], HEAD);
    // The corpus is made of 1.0-era plans: the questions every template version has.
    CHECKLIST.filter((q) => q.group === group && q.since === undefined).forEach((q, i) => {
      const r = top + 2 + i;
      h.row(`A${r}`, [i + 1, { v: q.text.da, s: WRAP }]);
      const ans = answers[q.id as keyof typeof answers];
      const at = `${ans ? COL[ans] : 'C'}${r}`;
      if (ans) h.set(at, WORD[ans]);
      p.answer(q.id as keyof typeof answers, ans, 'Huskelister', at);
    });
  };
  table(1, 'Huskeliste til forberedelse', 'preparation');
  table(12, 'Huskeliste til den løbende implementering', 'ongoing');
  return p;
}
