// Rudersdal (held out, fourteenth round): a year's plan lived in and revised every month. The
// status is kept as its history in one column "Statushistorik", newest last: "Planlagt → I gang →
// Afsluttet", "Planlagt → Udsat → I gang", or dated lines ("12/2: Planlagt⏎2/9: I gang"). Rows are
// kept for the record after they stop: one "Udgår – …" in the remarks with its history left at "I
// gang", one "Erstattet af række 12", one "– AFLYST" after the activity's text. The coordinator
// changed at the end of August: the cover says "Anne Holm (til 31/8), herefter Jens Lund", one
// activity's responsible "Anne Holm (til 31/8) → Jens Lund", and the activities handed over since
// name Jens Lund. The time column mixes "uge 34", "15.03.2026", "maj 2026", "1. kvartal 2027",
// "4. kvartal", "uge 36–40", "8. oktober" and "efter sommerferien". LibreOffice (flat ODS).

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { BOLD, DMY_DOT, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
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
    'p86-rudersdal-statushistorik-udgaar-erstattet-koordinatorskifte',
    'libreoffice-fods',
    'Rudersdal: a year\'s plan lived in: the status as its history ("Planlagt → I gang → Afsluttet", dated lines, newest last), rows kept after they stop ("Udgår – …", "Erstattet af række 12", "– AFLYST"), the coordinator changed mid-year ("Anne Holm (til 31/8), herefter Jens Lund"), times mixing "uge 34", "1. kvartal 2027", "4. kvartal", "efter sommerferien".',
    [
      'status-history-arrows-newest-last',
      'status-history-dated-lines',
      'row-kept-for-history-udgaar',
      'row-replaced-by-another-row',
      'activity-text-aflyst-suffix',
      'cover-coordinator-change-mid-year',
      'responsible-handed-over-arrow',
      'dates-mixed-weeks-quarters-vague',
      'quarter-without-year',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 46);
  f.set('A1', 'Mentor- og forældrecoachindsatsen i Rudersdal', TITLE);
  f.row('A3', ['Kommune', 'Rudersdal Kommune']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Anne Holm (til 31/8), herefter Jens Lund']);
  f.row('A7', ['Leder', 'Birgitte Krag']);
  for (const r of [3, 4, 5, 6, 7]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', '230', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact(
    'coordinator',
    { v: 'Jens Lund', note: 'Anne Holm was coordinator until 31 August; Jens Lund is the coordinator now' },
    F,
    'B6',
  );
  p.fact('leader', 'Birgitte Krag', F, 'B7');

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2026 – revideres løbende (seneste status sidst i historikken)', TITLE);

  type W = string | { date: string };
  // [nr, theme, activity, responsible, time as written, history, remark, reading]
  type R = [
    string,
    string,
    string,
    string,
    W,
    string,
    string,
    {
      status: string | ReturnType<typeof unsure> | { v: string; alt: string[]; note: string };
      start?: string | null;
      deadline: string | null | ReturnType<typeof unsure>;
      responsible?: string;
      activity?: { v: string; alt: string[] };
    },
  ];
  const rows: R[] = [
    ['1', 'Ledelse', 'Halvårligt statusmøde i ledergruppen', 'Birgitte Krag', 'uge 34', 'Planlagt → Afholdt', '', { status: 'done', deadline: '2026-08-23' }],
    ['2', 'Kommunikation', 'Nyhedsbrev til skoler om korpset', 'Anne Holm', { date: '2026-03-15' }, 'Planlagt → I gang → Afsluttet', '', { status: 'done', deadline: '2026-03-15' }],
    ['3', 'Inddragelse', 'Dialogmøde med forældrerådet', 'Anne Holm (til 31/8) → Jens Lund', 'efter sommerferien', 'Planlagt → Udsat → I gang', 'flyttet pga. ferie', { status: 'in_progress', deadline: unsure(null, '"efter sommerferien": after the summer holiday, no day to hold it to'), responsible: 'Jens Lund' }],
    ['4', 'Opkvalificering', 'Ekstern supervision af mentorer', 'Jens Lund', '1. kvartal 2027', 'Planlagt', '', { status: 'not_started', deadline: '2027-03-31' }],
    ['5', 'Arbejdsproces og kultur', 'Fast mødestruktur for sparring mellem mentorer', 'Jens Lund', 'uge 36–40', '12/2: Planlagt\n2/9: I gang', '', { status: 'in_progress', start: '2026-08-31', deadline: '2026-10-04' }],
    ['6', 'Kommunikation', 'Facebook-gruppe for forældre', 'Anne Holm', 'maj 2026', 'Planlagt → I gang', 'Udgår – GDPR-hensyn, besluttet 3/6', { status: 'closed', deadline: '2026-05-31' }],
    ['7', 'Opfølgning på dokumentation', 'Registrering af forløb i regneark', 'Anne Holm', { date: '2026-06-30' }, 'Planlagt → I gang', 'Erstattet af række 12', { status: { v: 'changed', alt: ['closed'], note: 'replaced by another activity (no. 12): changed, or closed' }, deadline: '2026-06-30' }],
    ['8', 'Evaluering og tilpasning', 'Temadag om evaluering – AFLYST', 'Jens Lund', '8. oktober', 'Planlagt → Aflyst', 'for få tilmeldte', { status: 'closed', deadline: '2026-10-08', activity: { v: 'Temadag om evaluering – AFLYST', alt: ['Temadag om evaluering'] } }],
    ['9', 'Organisering, roller og ansvar', 'Overdragelse af koordinatorrollen', 'Anne Holm', { date: '2026-08-31' }, '10/6: Planlagt\n20/8: I gang\n31/8: Afsluttet', '', { status: 'done', deadline: '2026-08-31' }],
    ['10', 'Ledelse', 'Beslutning om korpsets størrelse i 2027', 'Birgitte Krag', '4. kvartal', 'Planlagt → I gang', '', { status: 'in_progress', deadline: '2026-12-31' }],
    ['11', 'Opkvalificering', 'Opfølgningsdag for forældrecoaches', 'Nationalt center', 'uge 45', 'Planlagt → I gang → Afsluttet', '', { status: 'done', deadline: '2026-11-08' }],
    ['12', 'Opfølgning på dokumentation', 'Fælles dokumentationsskabelon i forløbsmappen', 'Jens Lund', 'uge 48', 'Planlagt → I gang', 'erstatter nr. 7', { status: 'in_progress', deadline: '2026-11-29' }],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([nr, tema, akt, ans, when, hist, bem, x]) => ({
    cells: {
      nr,
      tema,
      akt: { v: akt, s: WRAP },
      ans,
      when: typeof when === 'string' ? when : { v: when, s: DMY_DOT },
      hist: { v: hist, s: WRAP },
      bem,
    },
    x: {
      theme: TH[tema]!,
      status: x.status,
      start: x.start ?? null,
      deadline: x.deadline,
      ...(x.responsible ? { responsible: x.responsible } : {}),
      ...(x.activity ? { activity: x.activity } : {}),
    },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'nr', header: 'Nr.', width: 6 },
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 26 },
      { key: 'when', header: 'Hvornår', width: 16 },
      { key: 'hist', header: 'Statushistorik', width: 28 },
      { key: 'bem', header: 'Bemærkning', width: 30 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', when: 'when', status: 'hist' },
    rows: body,
  });
  return p;
}
