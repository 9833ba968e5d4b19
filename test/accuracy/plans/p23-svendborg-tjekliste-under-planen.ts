// Svendborg: the plan and the checklist on one sheet. Under the activities, after a blank row, a
// heading "Tjekliste" and the checklist with its own numbering F1–F7 and L1–L8 in a column of its
// own, the questions shortened in the coordinator's words, answer columns Ja | Delvist | Nej marked
// with ✓, and a "Bemærkning" column; one question unanswered. Made in LibreOffice (flat ODS).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, HEAD, TITLE } from './common';

const SHEET = 'Handleplan';

const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Aflyst: 'closed',
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

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p23-svendborg-tjekliste-under-planen',
    'libreoffice-fods',
    'Svendborg: activities and the checklist on one sheet; the checklist below with F1–F7/L1–L8 in a column, shortened questions, Ja/Delvist/Nej columns marked ✓, a comment column.',
    [
      'all-on-one-sheet',
      'checklist-below-plan',
      'checklist-numbered-f-l',
      'checklist-marks-check',
      'checklist-shortened',
      'checklist-comment-column',
      'cover-label-value',
    ],
  );
  const s = p.sheet(SHEET);
  s.set('A1', 'Svendborg Kommune – implementeringsplan 2. halvår 2026', TITLE);
  s.row('A2', ['Koordinator:', 'Mikkel Friis']);
  s.row('A3', ['Fase:', 'Fuld implementering']);
  p.fact('municipality', '479', SHEET, 'A1');
  p.fact('period', '2026-H2', SHEET, 'A1');
  p.fact('coordinator', 'Mikkel Friis', SHEET, 'B2');
  p.fact('phase', 'full', SHEET, 'B3');

  type R = [string, string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøde om status', 'Karen Holt', '15.09.2026', 'Gennemført', '2026-09-15'],
    ['Kommunikation', 'Informationsbrev til skolerne', 'Mikkel Friis', '01.10.2026', 'Gennemført', '2026-10-01'],
    ['Inddragelse', 'Fælles læringsdag for korpset', 'Mikkel Friis', '12.11.2026', 'I gang', '2026-11-12'],
    ['Arbejdsproces og kultur', 'Skabelon til forløbsplan', 'Mikkel Friis', '30.11.2026', 'Ikke startet', '2026-11-30'],
    ['Organisering, roller og ansvar', 'Samarbejdsaftale med PPR', 'Karen Holt', '31.10.2026', 'Aflyst', '2026-10-31'],
    ['Opkvalificering', 'Supervision af forældrecoaches', 'Mikkel Friis', '15.12.2026', 'I gang', '2026-12-15'],
    ['Opfølgning på dokumentation', 'Data fra platformen gennemgås', 'Mikkel Friis', '20.12.2026', 'Ikke startet', '2026-12-20'],
    ['Inddragelse', 'Mentorerne præsenterer forløb for ledelsen', 'Mikkel Friis', '26.11.2026', 'Ikke startet', '2026-11-26'],
    ['Opkvalificering', 'LAT-kursus for to nye mentorer', 'Nationalt Center', '08.10.2026', 'Gennemført', '2026-10-08'],
    ['Evaluering og tilpasning', 'Evaluering med mentorerne', 'Karen Holt', '18.12.2026', 'Ikke startet', '2026-12-18'],
  ]; // prettier-ignore
  const last = p.table({
    sheet: SHEET,
    headerRow: 5,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 40 },
      { key: 'ansv', header: 'Ansvarlig', width: 18 },
      { key: 'dl', header: 'Deadline', width: 12 },
      { key: 'status', header: 'Status', width: 12 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ansv', deadline: 'dl', status: 'status' },
    rows: rows.map(([tema, akt, ansv, dl, status, iso]) => ({
      cells: { tema, akt, ansv, dl, status },
      x: { theme: THEMES[tema]!, status: STATUS[status]!, deadline: iso },
    })),
  });

  const top = last + 2;
  s.set(`A${top}`, 'Tjekliste', BOLD);
  s.row(`A${top + 1}`, ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning'], HEAD);
  type Q = [ChecklistIdKey, string, 'yes' | 'partly' | 'no' | null, Exp?];
  const qs: Q[] = [
    ['F1', 'Analyse af behovet gennemført?', 'yes'],
    ['F2', 'Relevante aktører involveret i behovsanalysen?', 'yes'],
    ['F3', 'Plan for at informere samarbejdspartnere?', 'partly', 'mangler skoleområdet'],
    ['F4', 'Koordinator valgt?', 'yes'],
    ['F5', 'Besluttet hvilke områder mentorerne kommer fra?', 'yes'],
    ['F6', 'Rammer for at arbejde med forløb?', 'partly'],
    ['F7', 'Klar rolle- og ansvarsfordeling?', 'yes'],
    ['L1', 'Implementeringsplan med deadlines og milepæle?', 'yes'],
    ['L2', 'Plan for nedslag i implementeringen?', 'no', 'kommer i januar'],
    ['L3', 'Opkvalificering af ledelse og mentorer gennemført?', 'partly'],
    ['L4', 'Plan for læring og øvelser i LAT-metoden?', null],
    ['L5', 'Plan for kommunikation om metoden?', 'no'],
    ['L6', 'Rammer for at mentorerne kan arbejde med forløb?', 'yes'],
    ['L7', 'Plan for hvem der skal informeres?', 'partly'],
    ['L8', 'Plan for hvad, hvornår og hvordan der kommunikeres?', 'no'],
  ];
  const COL = { yes: 'C', partly: 'D', no: 'E' } as const;
  qs.forEach(([id, q, ans, comment], i) => {
    const r = top + 2 + i;
    s.row(`A${r}`, [id, q]);
    if (ans) s.set(`${COL[ans]}${r}`, '✓');
    if (typeof comment === 'string') s.set(`F${r}`, comment);
    // An unanswered question: nothing to read, at the Ja column.
    p.answer(
      id,
      ans,
      SHEET,
      ans ? `${COL[ans]}${r}` : `C${r}`,
      comment === undefined ? undefined : { v: comment as string, cell: `F${r}` },
    );
  });
  return p;
}
