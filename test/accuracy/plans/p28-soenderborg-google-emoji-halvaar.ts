// Sønderborg: a plan kept in Google Sheets and downloaded as .xlsx: sheets named "Ark1" and "Ark2",
// no Excel table, dates in Google's Danish "d.m.yyyy" format beside times typed as half-years
// ("H1 2027", "1. halvår 2027"), a quarter in words ("2. kvartal 2027"), an abbreviated month range
// ("feb.-apr. 2027") and vague times ("forår 2027", "løbende"); status as traffic-light emoji with no
// legend (the usual reading, checked); a checklist with one x-column per answer in the order
// Ja | Nej | Delvist. Cover facts as "Label: value" lines above the plan. Hand-built package.

import type { Style } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD } from './common';

const GDATE: Style = { fmt: 'd.m.yyyy' };
const GHEAD: Style = { bold: true, fill: { rgb: 'CFE2F3' } };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p28-soenderborg-google-emoji-halvaar',
    'hand-built',
    'Sønderborg: Google Sheets download (Ark1/Ark2, d.m.yyyy dates), half-year and spelled-out quarter times, abbreviated month range, vague times, traffic-light emoji status without a legend, checklist with x-columns Ja | Nej | Delvist.',
    [
      'google-sheets-export',
      'status-emoji-without-legend',
      'half-year',
      'quarter-in-words',
      'month-range-abbreviated',
      'vague-time',
      'checklist-x-columns-ja-nej-delvist',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Ark1');
  s.set('A1', 'Sønderborg Kommune – handleplan for mentorkorpset', BOLD);
  s.set('A2', 'Periode: H1 2027');
  s.set('A3', 'Koordinator: Birgit Thomsen (bith@sonderborg.dk)');
  p.fact('municipality', '540', 'Ark1', 'A1');
  p.fact('period', '2027-H1', 'Ark1', 'A2');
  p.fact('coordinator', 'Birgit Thomsen', 'Ark1', 'A3');

  const EMOJI: Record<string, string> = { '🟢': 'done', '🟡': 'in_progress', '🔴': 'not_started' };
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
  const vague = (w: string): Exp => unsure(null, `"${w}" names no day: no date, checked`);
  type W = string | { date: string };
  type R = [string, string, string, W, string, string | undefined, Exp, Exp];
  const rows: R[] = [
    [
      'Ledelse',
      'Ledergruppen drøfter status',
      'Jan Holm',
      { date: '2027-02-15' },
      '🟢',
      undefined,
      null,
      '2027-02-15',
    ],
    [
      'Ledelse',
      'Budget for 2028 indarbejdes',
      'Jan Holm',
      '2. kvartal 2027',
      '🔴',
      undefined,
      null,
      '2027-06-30',
    ],
    [
      'Kommunikation',
      'Film om en mentors hverdag',
      'Birgit Thomsen',
      'forår 2027',
      '🟡',
      'Optagelser i gang',
      null,
      vague('forår 2027'),
    ],
    [
      'Inddragelse',
      'Fokusgruppe med unge',
      'Birgit Thomsen',
      'feb.-apr. 2027',
      '🟡',
      undefined,
      '2027-02-01',
      '2027-04-30',
    ],
    [
      'Arbejdsproces og kultur',
      'Sparring mellem mentorer',
      'Birgit Thomsen',
      'løbende',
      '🟡',
      undefined,
      null,
      vague('løbende'),
    ],
    [
      'Organisering, roller og ansvar',
      'Samarbejdsaftale med jobcentret',
      'Jan Holm',
      { date: '2027-03-31' },
      '🔴',
      undefined,
      null,
      '2027-03-31',
    ],
    [
      'Opkvalificering',
      'Supervision af forældrecoaches',
      'Ekstern supervisor',
      'H1 2027',
      '🟡',
      undefined,
      null,
      '2027-06-30',
    ],
    [
      'Opfølgning på dokumentation',
      'Data trækkes til halvårsstatus',
      'Birgit Thomsen',
      '1. halvår 2027',
      '🔴',
      undefined,
      null,
      '2027-06-30',
    ],
    [
      'Evaluering og tilpasning',
      'Evaluering af 2026',
      'Birgit Thomsen',
      { date: '2027-01-29' },
      '🟢',
      undefined,
      null,
      '2027-01-29',
    ],
    [
      'Kommunikation',
      'Opslag på intranettet',
      'Birgit Thomsen',
      { date: '2027-03-05' },
      '🟢',
      undefined,
      null,
      '2027-03-05',
    ],
  ];
  p.table({
    sheet: 'Ark1',
    headerRow: 5,
    headerStyle: GHEAD,
    columns: [
      { key: 'omr', header: 'Indsatsområde', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 40 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'hv', header: 'Hvornår', width: 16 },
      { key: 'st', header: 'Status', width: 8 },
      { key: 'note', header: 'Note', width: 24 },
    ],
    fields: { theme: 'omr', activity: 'akt', responsible: 'ans', when: 'hv', status: 'st' },
    rows: rows.map(([omr, akt, ans, hv, st, note, xs, xd]) => ({
      cells: { omr, akt, ans, hv: typeof hv === 'string' ? hv : { v: hv, s: GDATE }, st, note },
      x: {
        theme: TH[omr]!,
        status: unsure(EMOJI[st]!, 'a traffic-light emoji without a legend: the usual reading, checked'),
        start: xs,
        deadline: xd,
      },
    })),
  });

  const t = p.sheet('Ark2');
  t.set('A1', 'Huskeliste', BOLD);
  t.row('A2', ['', 'Spørgsmål', 'Ja', 'Nej', 'Delvist', 'Kommentar'], GHEAD);
  const COL = { yes: 'C', no: 'D', partly: 'E' } as const;
  type Q = [ChecklistIdKey, string, 'yes' | 'no' | 'partly' | null, string?];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse er gennemført', 'yes'],
    ['F2', 'Relevante aktører er inddraget', 'yes'],
    ['F3', 'Plan for inddragelse af samarbejdspartnere', 'partly'],
    ['F4', 'Koordinator er valgt', 'yes'],
    ['F5', 'Det er besluttet, hvor mentorerne kommer fra', 'yes'],
    ['F6', 'Rammer for mentorernes arbejde med forløb', 'no', 'Timer ikke afsat endnu'],
    ['F7', 'Klar rolle- og ansvarsfordeling', 'partly'],
    ['L1', 'Implementeringsplan med milepæle', 'yes'],
    ['L2', 'Plan for nedslag med mentorer og forældrecoaches', 'partly'],
    ['L3', 'Ledelse og mentorer er opkvalificeret', 'no'],
    ['L4', 'Plan for læring og øvelse i metoden', 'no'],
    ['L5', 'Kommunikationsplan', 'partly'],
    ['L6', 'Rammer for forløb i praksis', 'yes'],
    ['L7', 'Målgrupper for information er kendt', null],
    ['L8', 'Hvad, hvornår og hvordan der kommunikeres', 'no'],
  ];
  qs.forEach(([id, q, a, c], i) => {
    const row = 3 + i;
    const label = `${id.startsWith('F') ? 'F' : 'L'}${id.slice(1)}`;
    t.row(`A${row}`, [label, q]);
    if (a) t.set(`${COL[a]}${row}`, 'x');
    if (c) t.set(`F${row}`, c);
    p.answer(id, a, 'Ark2', a ? `${COL[a]}${row}` : `C${row}`, c ? { v: c, cell: `F${row}` } : undefined);
  });
  return p;
}
