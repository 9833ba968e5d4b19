// Tønder: the plan kept as a form, the way a coordinator used to a Word document keeps it in Excel:
// one activity per block of rows, each a stack of label/value pairs ("Aktivitet:", "Tema:",
// "Ansvarlig:", "Start:", "Frist:", "Status:", "Bemærkning:"), the blocks separated by a blank row.
// Statuses in the words "Afsluttet", "Påbegyndt", "Ikke påbegyndt" and one "Aflyst"; dates typed as
// text with dots, some with a two-digit year ("15.02.27"); responsible as initials joined by a
// slash ("MK/LH"), two first names ("Mette + Lars") or a team. The cover facts are on the last
// sheet. Made in LibreOffice (flat ODS). Written for the second held-out round.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { BOLD, TITLE, WRAP } from './common';

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
const ST: Record<string, string> = {
  Afsluttet: 'done',
  Påbegyndt: 'in_progress',
  'Ikke påbegyndt': 'not_started',
  Aflyst: 'closed',
};

function ev(e: Exp, cell: string): ExpectedValue {
  if (e === null || typeof e !== 'object') return { value: e, cell };
  return {
    value: e.v,
    cell: e.cell ?? cell,
    ...(e.flag ? { flag: true as const } : {}),
    ...(e.alt ? { alt: [...e.alt] } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p32-toender-blokke-pr-aktivitet',
    'libreoffice-fods',
    'Tønder: one activity per block of label/value rows (Aktivitet:, Tema:, Ansvarlig:, Start:, Frist:, Status:, Bemærkning:) separated by blank rows; Afsluttet/Påbegyndt/Ikke påbegyndt/Aflyst; text dates with dots and two-digit years; responsible as "MK/LH", "Mette + Lars", a team; the cover on the last sheet.',
    [
      'activity-blocks-label-value',
      'status-afsluttet-paabegyndt',
      'status-cancelled',
      'text-dates-dots',
      'two-digit-years',
      'responsible-several-people',
      'responsible-team',
      'cover-on-last-sheet',
    ],
  );
  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan for mentor- og forældrecoachindsatsen', TITLE);
  s.set('A2', 'Én blok pr. aktivitet. Udfyld alle felter.');
  s.width(1, 14).width(2, 60);

  // [activity, theme, responsible, start, deadline, status, remark, start reading, deadline reading]
  type B = [string, string, string, string, string, string, string, Exp, Exp];
  const blocks: B[] = [
    ['Ledelsesgruppen godkender implementeringsplanen', 'Ledelse', 'Henrik Bruun', '04.01.2027', '29.01.2027', 'Afsluttet', '', '2027-01-04', '2027-01-29'],
    ['Nyhedsbrev om korpset til alle medarbejdere', 'Kommunikation', 'MK/LH', '', '15.02.27', 'Afsluttet', 'Sendt ud 12/2', null, '2027-02-15'],
    ['Workshop med medarbejderne om behovet for mentorer', 'Inddragelse', 'Mette + Lars', '01.03.2027', '31.03.2027', 'Påbegyndt', '', '2027-03-01', '2027-03-31'],
    ['Fast mødestruktur mellem mentorer og sagsbehandlere', 'Arbejdsproces og kultur', 'Familieteamet', '', '30.04.27', 'Ikke påbegyndt', 'Afventer ny teamleder', null, '2027-04-30'],
    ['Rollebeskrivelser for koordinator og mentorer', 'Organisering, roller og ansvar', 'Henrik Bruun', '', '1.3.2027', 'Påbegyndt', '', null, '2027-03-01'],
    ['LAT-uddannelse af seks nye mentorer', 'Opkvalificering', 'Nationalt center', '08.03.2027', '26.03.2027', 'Ikke påbegyndt', '', '2027-03-08', '2027-03-26'],
    ['Registrering af forløb på dokumentationsplatformen', 'Opfølgning på dokumentation', 'MK', '', 'løbende', 'Påbegyndt', '', null, unsure(null, '"løbende" (ongoing) names no day: no date, checked')],
    ['Dialogmøde med forældrerådet', 'Inddragelse', 'Lars Holm', '', '20.05.27', 'Aflyst', 'Forældrerådet nedlagt', null, '2027-05-20'],
    ['Halvårsstatus til ledelsesgruppen', 'Evaluering og tilpasning', 'MK/LH', '', '30.06.2027', 'Ikke påbegyndt', '', null, '2027-06-30'],
    ['Temamøde om LAT-metoden for ledere', 'Opkvalificering', 'Henrik Bruun', '', '10.06.2027', 'Ikke påbegyndt', '', null, '2027-06-10'],
  ]; // prettier-ignore
  const LABELS = ['Aktivitet:', 'Tema:', 'Ansvarlig:', 'Start:', 'Frist:', 'Status:', 'Bemærkning:'];
  let row = 4;
  for (const [akt, tema, ans, start, frist, status, note, xs, xd] of blocks) {
    const values = [akt, tema, ans, start, frist, status, note];
    LABELS.forEach((label, i) => {
      s.set(`A${row + i}`, label, BOLD);
      const v = values[i]!;
      if (v !== '') s.set(`B${row + i}`, v, i === 0 ? { bold: true, wrap: true } : WRAP);
    });
    const fields: Record<ActivityField, ExpectedValue> = {
      activity: ev(akt, `B${row}`),
      theme: ev(TH[tema]!, `B${row + 1}`),
      responsible: ev(ans, `B${row + 2}`),
      start: ev(xs, `B${row + 3}`),
      deadline: ev(xd, `B${row + 4}`),
      status: ev(ST[status]!, `B${row + 5}`),
    };
    p.activity(S, row, fields);
    row += LABELS.length + 1;
  }

  const f = p.sheet('Stamdata');
  f.set('A1', 'Stamdata', TITLE);
  const cover: [string, string][] = [
    ['Kommune:', 'Tønder Kommune'],
    ['Periode:', '1. halvår 2027'],
    ['Fase:', 'Indledende implementering'],
    ['Koordinator:', 'Mette Krogh'],
    ['Leder:', 'Henrik Bruun'],
    ['Supervision:', 'Koordinator'],
  ];
  cover.forEach(([l, v], i) => f.set(`A${3 + i}`, l, BOLD).set(`B${3 + i}`, v));
  f.width(1, 16).width(2, 30);
  p.fact('municipality', '550', 'Stamdata', 'B3');
  p.fact('period', '2027-H1', 'Stamdata', 'B4');
  p.fact('phase', 'initial', 'Stamdata', 'B5');
  p.fact('coordinator', 'Mette Krogh', 'Stamdata', 'B6');
  p.fact('leader', 'Henrik Bruun', 'Stamdata', 'B7');
  p.fact('supervisionModel', 'leader_or_coordinator', 'Stamdata', 'B8');
  return p;
}
