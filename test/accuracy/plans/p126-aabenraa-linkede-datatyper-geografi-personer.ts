// Aabenraa (held out, twenty-fourth round: the Excel of Microsoft 365 as it is in 2026). The
// coordinator has learnt Excel's linked data types from a colleague: the municipality on the cover
// is a Geography data type (Data › Data Types › Geography: the card icon, "Aabenraa", with the
// population pulled beside it by =B3.Population), the coordinator, the leader and every
// responsible in the plan are People data types (the organisation's people, typed "@" and picked
// from the directory, shown with the person card), and the plan's "Sted" column holds the towns as
// Geography data types. Excel saves every such cell as the error #VALUE! with vm= pointing into
// xl/metadata.xml and xl/richData: the name the cell shows lives only in the rich value's
// _DisplayString. One responsible, an outside consultant who is not in the directory, is typed as
// plain text. Hand-built.

import { PlanBuilder, type Exp } from '../build/plan';
import type { RichValue } from '../build/model';
import { HEAD, TITLE, DMY } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, M365 } from './round24';

const geo = (text: string): { v: null; rich: RichValue } => ({ v: null, rich: { kind: 'geography', text } });
const person = (text: string): { v: null; rich: RichValue } => ({ v: null, rich: { kind: 'person', text } });

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

// [theme, activity, responsible (a People data type unless `plain`), town, start, deadline, status]
type R = readonly [string, string, string, string, string | null, string, string, 'plain'?];
const ROWS: readonly R[] = [
  ['Ledelse', 'Kick-off for ledere i Børn og Familie', 'Karina Hansen', 'Aabenraa', null, '2027-01-18', 'Gennemført'],
  ['Kommunikation', 'Informationsmøde for lærere på Kongehøjskolen', 'Thomas Jessen', 'Aabenraa', null, '2027-02-09', 'Gennemført'],
  ['Kommunikation', 'Folder til forældre på dansk og tysk', 'Thomas Jessen', 'Padborg', '2027-02-01', '2027-03-31', 'I gang'],
  ['Inddragelse', 'Forældrecafé i Rødekro', 'Naja Petersen', 'Rødekro', null, '2027-04-22', 'Ikke startet'],
  ['Opkvalificering', 'LAT-forløb for seks nye mentorer', 'Naja Petersen', 'Aabenraa', '2027-02-15', '2027-05-20', 'I gang'],
  ['Organisering, roller og ansvar', 'Aftale med UU om henvisning af unge', 'Karina Hansen', 'Aabenraa', null, '2027-03-15', 'I gang'],
  ['Opfølgning på dokumentation', 'Opsætning af forløbsregistrering', 'Jonas Lauritzen', 'Aabenraa', '2027-01-10', '2027-02-28', 'Gennemført'],
  ['Evaluering og tilpasning', 'Midtvejsevaluering med ekstern konsulent', 'Dorte Skov (Rambøll)', 'Aabenraa', null, '2027-06-10', 'Ikke startet', 'plain'],
  ['Ledelse', 'Beslutning om drift efter projektperioden', 'Karina Hansen', 'Aabenraa', null, '2027-06-30', 'Ikke startet'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p126-aabenraa-linkede-datatyper-geografi-personer',
    'hand-built',
    "Aabenraa: linked data types in Excel 365: the municipality on the cover a Geography data type (its population pulled beside it with =B3.Population), the coordinator, the leader and every responsible People data types, the plan's towns Geography data types; every such cell saved as #VALUE! with vm= into xl/metadata.xml and xl/richData, the name shown only in the rich value. One outside consultant typed as plain text.",
    [
      'linked-data-type-geography-municipality',
      'linked-data-type-people-responsible',
      'rich-value-display-string-only',
      'data-type-field-formula',
      'linked-data-type-column-beside-plan',
    ],
  );
  p.wb.app = M365;

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentor- og forældrecoachkorpset – implementeringsplan', TITLE);
  f.row('A3', ['Kommune']).set('B3', geo('Aabenraa'));
  f.row('A4', ['Indbyggere']).set('B4', { v: 59_052, f: '_FV(B3,"Population")' });
  f.row('A5', ['Periode', '1. halvår 2027']);
  f.row('A6', ['Fase', 'Klargøring']);
  f.row('A7', ['Koordinator']).set('B7', person('Karina Hansen'));
  f.row('A8', ['Ledelsesansvarlig']).set('B8', person('Mads Schmidt'));
  f.width(1, 20).width(2, 34);
  p.fact('municipality', '580', F, 'B3');
  p.fact('period', '2027-H1', F, 'B5');
  p.fact('phase', 'readiness', F, 'B6');
  p.fact('coordinator', 'Karina Hansen', F, 'B7');
  p.fact('leader', 'Mads Schmidt', F, 'B8');

  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Sted', 'Start', 'Frist', 'Status'], HEAD);
  s.width(1, 30).width(2, 50).width(3, 22).width(4, 14).width(5, 12).width(6, 12).width(7, 14);
  const x = at(S);
  ROWS.forEach(([tema, akt, ansv, sted, start, frist, status, plain], i) => {
    const r = 2 + i;
    s.set(`A${r}`, tema).set(`B${r}`, akt);
    s.set(`C${r}`, plain ? ansv : person(ansv));
    s.set(`D${r}`, geo(sted));
    if (start) s.set(`E${r}`, { v: { date: start }, s: DMY });
    s.set(`F${r}`, { v: { date: frist }, s: DMY }).set(`G${r}`, status);
    const resp: Exp = plain ? { v: ansv, alt: ['Dorte Skov'] } : ansv;
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `G${r}`),
      start: x(start, `E${r}`),
      deadline: x(frist, `F${r}`),
      responsible: x(resp, `C${r}`),
    });
  });
  s.table = { name: 'Plan', ref: `A1:G${1 + ROWS.length}` };

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'yes',
    L1: 'partly', L2: 'yes', L3: 'no', L4: ['partly', 'Supervision aftales med Familiehuset'], L5: 'yes', L6: 'no', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['NP', 'mentor', 'Ungdomsskolen', 10, 3],
    ['RB', 'mentor', 'Jobcenter', 8, 2],
    ['SL', 'parent_coach', 'Familiehuset', 12, 4],
  ]);
  return p;
}
