// Næstved: everything on one sheet, as a CSV opened in LibreOffice: cover lines, the activity table
// with an "I alt" line, then the checklist numbered 1–15 (not F1–L8), questions shortened, the
// answers written in one column of words in every spelling ("JA", "delvis", "nej") and with
// comments in the same cell ("Nej – afventer budget", "Ja (se bilag 2)"); one unanswered.

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { CHECKLIST_ID_LIST } from '../expected';

const SHEET = 'p18-naestved-alt-paa-et-ark-csv';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    SHEET,
    'libreoffice-csv',
    'Næstved: cover, plan and checklist on one CSV sheet; checklist numbered 1–15 with one answer column in many spellings and comments in the same cell.',
    [
      'all-on-one-sheet',
      'checklist-numbered-1-15',
      'checklist-answer-word-column',
      'answer-with-comment-in-cell',
      'checklist-shortened',
      'totals-row-plan',
      'blank-separators',
      'cover-label-value',
    ],
  );
  p.csvFilter = 'CSV:59,34,76,1,,1030,true,true';
  const s = p.sheet(SHEET);
  s.set('A1', 'Næstved Kommune');
  s.set('A2', 'Implementeringsplan for mentor- og forældrecoachindsatsen');
  s.row('A3', ['Periode:', '1. halvår 2026']);
  s.row('A4', ['Fase:', 'Klargøring']);
  s.row('A5', ['Koordinator:', 'Helle Vinther']);
  s.row('A6', ['Leder:', 'Bo Kristoffersen']);
  p.fact('municipality', '370', SHEET, 'A1');
  p.fact('period', '2026-H1', SHEET, 'B3');
  p.fact('phase', 'readiness', SHEET, 'B4');
  p.fact('coordinator', 'Helle Vinther', SHEET, 'B5');
  p.fact('leader', 'Bo Kristoffersen', SHEET, 'B6');
  s.set('A8', 'AKTIVITETER');

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
  type R = [string, string, string, string, string, { start?: string; deadline: string }, string?];
  const rows: R[] = [
    [
      '15.01.2026',
      'Ledelse',
      'Beslutning om at indgå i korpset',
      'Bo Kristoffersen',
      'Gennemført',
      { deadline: '2026-01-15' },
    ],
    ['uge 5', 'Ledelse', 'Koordinator udpeges', 'Bo Kristoffersen', 'Gennemført', { deadline: '2026-02-01' }],
    [
      'marts',
      'Kommunikation',
      'Information til ledere i Børn og Familie',
      'Helle Vinther',
      'Gennemført',
      { deadline: '2026-03-31' },
    ],
    [
      'Q2',
      'Kommunikation',
      'Plan for kommunikation om indsatsen',
      'Helle Vinther',
      'I gang',
      { deadline: '2026-06-30' },
    ],
    [
      '01.03.2026',
      'Inddragelse',
      'Behovsworkshop med samarbejdspartnere',
      'Helle Vinther',
      'Gennemført',
      { deadline: '2026-03-01' },
      '22 deltagere',
    ],
    [
      'maj-juni',
      'Inddragelse',
      'Kommende mentorer besøger korpset i Slagelse',
      'Helle Vinther',
      'Ikke startet',
      { start: '2026-05-01', deadline: '2026-06-30' },
    ],
    [
      '30.04.2026',
      'Arbejdsproces og kultur',
      'Beskrivelse af målgruppe og henvisning',
      'Helle Vinther',
      'I gang',
      { deadline: '2026-04-30' },
    ],
    [
      'uge 10',
      'Organisering, roller og ansvar',
      'Rolle- og ansvarsfordeling',
      'Helle Vinther',
      'Gennemført',
      { deadline: '2026-03-08' },
    ],
    [
      '01.06.2026',
      'Opkvalificering',
      'Tre mentorer tilmeldes LAT-uddannelsen',
      'Bo Kristoffersen',
      'Ikke startet',
      { deadline: '2026-06-01' },
    ],
    [
      'juni',
      'Opfølgning på dokumentation',
      'Adgang til tilværelsesmestring.dk',
      'Helle Vinther',
      'Ikke startet',
      { deadline: '2026-06-30' },
    ],
    [
      '30.06.2026',
      'Evaluering og tilpasning',
      'Status på klargøringen til styregruppen',
      'Bo Kristoffersen',
      'Ikke startet',
      { deadline: '2026-06-30' },
    ],
  ];
  const last = p.table({
    sheet: SHEET,
    headerRow: 9,
    columns: [
      { key: 'tid', header: 'Tidsplan' },
      { key: 'omr', header: 'Indsatsområde' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'ansv', header: 'Ansvarlig' },
      { key: 'status', header: 'Status' },
      { key: 'bem', header: 'Bemærkning' },
    ],
    fields: { when: 'tid', theme: 'omr', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: [
      ...rows.map(([tid, omr, akt, ansv, status, d, bem]) => ({
        cells: { tid, omr, akt, ansv, status, bem },
        x: { theme: THEMES[omr]!, status: STATUS[status]!, start: d.start ?? null, deadline: d.deadline },
      })),
      { blank: true as const },
      { not: 'totals', cells: { tid: 'I alt', akt: `${rows.length} aktiviteter` } },
    ],
  });

  const top = last + 2;
  s.set(`A${top}`, 'HUSKELISTE');
  s.row(`A${top + 1}`, ['Nr.', 'Spørgsmål', 'Svar']);
  type Q = [string, string, 'yes' | 'partly' | 'no' | null, Exp?];
  const qs: Q[] = [
    ['Har kommunen gennemført en behovsanalyse?', 'Ja', 'yes'],
    ['Har relevante aktører været involveret i analysen?', 'Ja', 'yes'],
    ['Plan for at involvere og informere samarbejdspartnere?', 'Delvist', 'partly'],
    ['Er der valgt en koordinator?', 'Ja', 'yes'],
    [
      'Er det besluttet, hvilke områder mentorerne kommer fra?',
      'Ja (se bilag 2)',
      'yes',
      { v: 'se bilag 2', alt: ['(se bilag 2)'] },
    ],
    [
      'Er der skabt rammer for at mentorerne kan arbejde med forløb?',
      'Nej – afventer budget',
      'no',
      'afventer budget',
    ],
    ['Er der en klar rolle- og ansvarsfordeling?', 'delvis', 'partly'],
    ['Er der en implementeringsplan med deadlines og milepæle?', 'Ja', 'yes'],
    ['Er der en plan for nedslag i implementeringen?', 'Nej, ikke endnu', 'no', 'ikke endnu'],
    [
      'Er der gennemført opkvalificering af ledelse og mentorer?',
      'Delvist – ledelsen mangler',
      'partly',
      'ledelsen mangler',
    ],
    ['Plan for læring og øvelser i LAT-metoden (aktionslæring)?', '', null],
    ['Er der lagt en plan for kommunikation om metoden?', 'JA', 'yes'],
    ['Er der skabt rammer for forløb (løbende)?', 'Nej', 'no'],
    ['Plan for hvem der informeres og målrettede budskaber?', 'Delvist', 'partly'],
    ['Plan for hvad, hvornår og hvordan der kommunikeres?', 'nej', 'no'],
  ];
  qs.forEach(([q, text, ans, comment], i) => {
    const r = top + 2 + i;
    s.row(`A${r}`, [String(i + 1), q, text]);
    const id: ChecklistIdKey = CHECKLIST_ID_LIST[i]!;
    p.answer(id, ans, SHEET, `C${r}`, comment);
  });
  return p;
}
