// Frederikshavn (held out, sixth round): colloquial headers ("Hvad skal vi gøre?", "Hvem?",
// "Hvornår?", "Hvordan går det?"), dates typed as text without a year ("1/3", "15. maj") with the
// year only in the sheet's title ("Plan for 2027"), ISO weeks ("2027-W10"), and the responsible
// pasted from Word with a label line inside the cell ("Ansvarlig:\nLars Holt"). Hand-built package.

import { PlanBuilder } from '../build/plan';
import type { TableRow } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Færdig: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p56-frederikshavn-hverdagssprog-datoer-uden-aar',
    'hand-built',
    'Frederikshavn: colloquial question headers, text dates without a year (the year in the title), ISO weeks, label lines inside the responsible cells.',
    ['colloquial-headers', 'dates-without-year', 'iso-week-text', 'label-line-in-cell'],
  );
  const S = 'Plan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Plan for 2027 – Frederikshavn Kommune', TITLE);
  s.set('A2', 'Koordinator:', BOLD).set('B2', 'Sanne Vestergaard');
  p.fact('municipality', '813', S, 'A1');
  p.fact('coordinator', 'Sanne Vestergaard', S, 'B2');
  // [theme, activity, responsible, when (text), deadline ISO, status]
  type R = [string, string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Kick-off for styregruppen', 'Poul Andersen', '1/3', '2027-03-01', 'Færdig'],
    ['Kommunikation', 'Nyhedsbrev til skolerne', 'Sanne Vestergaard', '15. maj', '2027-05-15', 'I gang'],
    ['Kommunikation', 'Folder til forældre', 'Sanne Vestergaard', '2027-W10', '2027-03-14', 'I gang'],
    ['Inddragelse', 'Fokusgruppe med unge', 'Ida Lund', '20/5', '2027-05-20', 'Ikke startet'],
    ['Opkvalificering', 'Grundkursus for nye mentorer', 'Ida Lund', '10. juni', '2027-06-10', 'Ikke startet'],
    ['Opkvalificering', 'Temadag om LAT', 'Poul Andersen', '2027-W36', '2027-09-12', 'Ikke startet'],
    ['Ledelse', 'Halvårsstatus til udvalget', 'Poul Andersen', '31/8', '2027-08-31', 'Ikke startet'],
    ['Inddragelse', 'Ungepanel mødes', 'Ida Lund', '2027-W39', '2027-10-03', 'Ikke startet'],
    ['Evaluering og tilpasning', 'Midtvejsevaluering', 'Sanne Vestergaard', '1. oktober', '2027-10-01', 'Ikke startet'],
    ['Evaluering og tilpasning', 'Slutevaluering og plan for 2028', 'Sanne Vestergaard', '15/12', '2027-12-15', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, when, dl, st]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      ans: { v: `Ansvarlig:\n${ans}`, s: WRAP },
      when,
      st,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start: null, deadline: dl, responsible: ans },
  }));
  p.table({
    sheet: S,
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Område', width: 24 },
      { key: 'akt', header: 'Hvad skal vi gøre?', width: 40 },
      { key: 'ans', header: 'Hvem?', width: 22 },
      { key: 'when', header: 'Hvornår?', width: 12 },
      { key: 'st', header: 'Hvordan går det?', width: 16 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'when', status: 'st' },
    rows: body,
  });
  return p;
}
