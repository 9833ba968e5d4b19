// Nyborg (held out, sixth round): a plan in everyday words: the headers are questions ("Hvad skal
// vi gøre?", "Hvem?", "Hvornår?", "Hvordan går det?") and the statuses colloquial ("Færdig", "Er i
// gang", "Ikke begyndt endnu"); the times are ISO weeks ("2027-W10", a range "2027-W05–2027-W08")
// and dates without a year ("1/3", "15. maj", "1/2–31/3"), the year given only by the title
// "Handleplan 2027" and the sheet's name; the coordinator is the "Tovholder". Hand-built package.

import { PlanBuilder } from '../build/plan';
import type { TableRow } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke begyndt endnu': 'not_started',
  'Er i gang': 'in_progress',
  Færdig: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p54-nyborg-hverdagssprog-iso-uger-datoer-uden-aar',
    'hand-built',
    'Nyborg: headers as questions (Hvad skal vi gøre? / Hvem? / Hvornår? / Hvordan går det?), colloquial statuses, ISO weeks "2027-W10" and dates without a year ("1/3", "15. maj") under the title "Handleplan 2027", the coordinator as "Tovholder".',
    [
      'question-headers',
      'colloquial-status',
      'iso-week-text',
      'date-without-year',
      'year-in-title',
      'tovholder',
    ],
  );
  const S = 'Handleplan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027 – familie- og mentorkorpset', TITLE);
  s.set('A2', 'Nyborg Kommune', BOLD);
  s.set('A3', 'Tovholder:', BOLD).set('B3', 'Mette Dahl');
  s.set('A4', 'Leder:', BOLD).set('B4', 'Henrik Friis');
  s.set('A5', 'Periode:', BOLD).set('B5', '1. halvår 2027');
  p.fact('municipality', '450', S, 'A2');
  p.fact('coordinator', 'Mette Dahl', S, 'B3');
  p.fact('leader', 'Henrik Friis', S, 'B4');
  p.fact('period', '2027-H1', S, 'B5');

  // [area, what, who, when, how, start, deadline]
  type R = [string, string, string, string, string, string | null, string];
  const rows: R[] = [
    ['Ledelse', 'Vi holder opstartsmøde med lederne', 'Henrik Friis', '2027-W03', 'Færdig', null, '2027-01-24'],
    ['Kommunikation', 'Vi laver en folder til forældre', 'Mette Dahl', '1/3', 'Er i gang', null, '2027-03-01'],
    ['Kommunikation', 'Vi fortæller om korpset på personalemødet', 'Mette Dahl', '15. maj', 'Ikke begyndt endnu', null, '2027-05-15'],
    ['Inddragelse', 'Vi spørger de unge, hvad der virker', 'Ole Krag', '2027-W05–2027-W08', 'Er i gang', '2027-02-01', '2027-02-28'],
    ['Inddragelse', 'Vi inviterer forældre til cafémøde', 'Ole Krag', '20. april', 'Ikke begyndt endnu', null, '2027-04-20'],
    ['Organisering, roller og ansvar', 'Vi aftaler, hvem der matcher mentor og ung', 'Mette Dahl', '1/2–31/3', 'Er i gang', '2027-02-01', '2027-03-31'],
    ['Opkvalificering', 'Nye mentorer på grundkursus', 'Ole Krag', '2027-W10', 'Ikke begyndt endnu', null, '2027-03-14'],
    ['Opkvalificering', 'Sparring hver måned for forældrecoaches', 'Ole Krag', '2027-W02–2027-W25', 'Er i gang', '2027-01-11', '2027-06-27'],
    ['Opfølgning på dokumentation', 'Vi tæller forløb op', 'Mette Dahl', '30/6', 'Ikke begyndt endnu', null, '2027-06-30'],
    ['Evaluering og tilpasning', 'Vi ser på, hvad vi skal gøre anderledes', 'Henrik Friis', '2027-W24', 'Ikke begyndt endnu', null, '2027-06-20'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([area, what, who, when, how, start, deadline]) => ({
    cells: { area, what: { v: what, s: WRAP }, who, when, how },
    x: { theme: TH[area]!, status: ST[how]!, start, deadline },
  }));
  p.table({
    sheet: S,
    headerRow: 7,
    headerStyle: HEAD,
    columns: [
      { key: 'area', header: 'Område', width: 28 },
      { key: 'what', header: 'Hvad skal vi gøre?', width: 44 },
      { key: 'who', header: 'Hvem?', width: 16 },
      { key: 'when', header: 'Hvornår?', width: 20 },
      { key: 'how', header: 'Hvordan går det?', width: 20 },
    ],
    fields: { theme: 'area', activity: 'what', responsible: 'who', when: 'when', status: 'how' },
    rows: body,
  });
  return p;
}
