// Faaborg-Midtfyn: the cover facts as a horizontal form (labels in one row, values in the row under
// them); the plan has no status column, only a "Udført" column ticked ✔ when an activity is done (an
// unticked activity is not done, but whether it is under way cannot be told: checked); times written
// "ultimo marts 2027", "senest 15/4" (no year: the period's), "inden sommerferien" (vague); several
// responsible on separate lines in one cell; a checklist answered with traffic-light emoji that a
// legend explains; indicators whose figures are typed as text ("12", "45 %"). Made in LibreOffice
// (flat ODS).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, HEAD, ITALIC, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p30-faaborg-midtfyn-flueben-primo-ultimo',
    'libreoffice-fods',
    'Faaborg-Midtfyn: horizontal cover form (label above value), a tick column instead of status, ultimo/senest/vague times, several responsible on separate lines, checklist as emoji with a legend, indicator figures typed as text.',
    [
      'cover-horizontal-form',
      'status-tick-column',
      'ultimo',
      'senest-day-month-without-year',
      'vague-time',
      'multi-line-responsible',
      'checklist-emoji-with-legend',
      'indicators',
      'numbers-as-text',
    ],
  );
  const s = p.sheet('Handleplan');
  s.set('A1', 'Faaborg-Midtfyn Kommune · Mentor- og forældrecoachkorps', TITLE);
  s.row('A3', ['Periode', 'Fase', 'Koordinator', 'Leder'], BOLD);
  s.row('A4', ['1. halvår 2027', 'Klargøring', 'Nanna Lykke', 'Per Østergaard']);
  p.fact('municipality', '430', 'Handleplan', 'A1');
  p.fact('period', '2027-H1', 'Handleplan', 'A4');
  p.fact('phase', 'readiness', 'Handleplan', 'B4');
  p.fact('coordinator', 'Nanna Lykke', 'Handleplan', 'C4');
  p.fact('leader', 'Per Østergaard', 'Handleplan', 'D4');

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
  const notDone = unsure(null, 'no tick in "Udført": not done, but not started or under way cannot be told');
  const vague = (w: string): Exp => unsure(null, `"${w}" names no day: no date, checked`);
  type R = [string, string, string, string, boolean, Exp, Exp?];
  const rows: R[] = [
    [
      'Ledelse',
      'Ledelsen vedtager organisering af korpset',
      'Per Østergaard',
      'ultimo januar 2027',
      true,
      '2027-01-31',
    ],
    [
      'Organisering, roller og ansvar',
      'Funktionsbeskrivelse for koordinator',
      'Nanna Lykke',
      'ultimo februar 2027',
      true,
      '2027-02-28',
    ],
    [
      'Kommunikation',
      'Informationsmøde for medarbejdere i Familie og Unge',
      'Nanna Lykke\nPer Østergaard',
      'senest 15/4',
      false,
      '2027-04-15',
      {
        v: 'Nanna Lykke, Per Østergaard',
        alt: ['Nanna Lykke Per Østergaard', 'Nanna Lykke og Per Østergaard'],
      },
    ],
    ['Inddragelse', 'Behovsafdækning med skolerne', 'Nanna Lykke', 'ultimo marts 2027', false, '2027-03-31'],
    [
      'Opkvalificering',
      'Udvælgelse af mentorer til LAT-uddannelsen',
      'Nanna Lykke',
      'senest 1/3',
      true,
      '2027-03-01',
    ],
    [
      'Arbejdsproces og kultur',
      'Ugentlig sparring for mentorerne planlægges',
      'Nanna Lykke',
      'inden sommerferien',
      false,
      vague('inden sommerferien'),
    ],
    [
      'Opfølgning på dokumentation',
      'Aftale om registrering af forløb',
      'Nanna Lykke',
      'ultimo maj 2027',
      false,
      '2027-05-31',
    ],
    [
      'Evaluering og tilpasning',
      'Status på klargøring til direktionen',
      'Per Østergaard',
      'ultimo juni 2027',
      false,
      '2027-06-30',
    ],
    ['Inddragelse', 'Dialogmøde med forældrerådet', 'Nanna Lykke', 'ultimo april 2027', false, '2027-04-30'],
    [
      'Opkvalificering',
      'Introduktion til LAT-metoden for ledere',
      'Per Østergaard',
      'senest 12/2',
      true,
      '2027-02-12',
    ],
  ];
  p.table({
    sheet: 'Handleplan',
    headerRow: 6,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ans', header: 'Ansvarlig(e)', width: 20 },
      { key: 'tid', header: 'Tidsfrist', width: 18 },
      { key: 'udf', header: 'Udført', width: 8 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'tid', status: 'udf' },
    rows: rows.map(([tema, akt, ans, tid, done, dl, who]) => ({
      cells: { tema, akt, ans: { v: ans, s: WRAP }, tid, udf: done ? '✔' : undefined },
      x: {
        theme: TH[tema]!,
        status: done ? 'done' : notDone,
        deadline: dl,
        ...(who !== undefined ? { responsible: who } : {}),
      },
    })),
  });

  const t = p.sheet('Huskeliste');
  t.set('A1', 'Huskeliste', TITLE);
  t.set('A2', 'Forklaring: 🟢 = Ja   🟡 = Delvist   🔴 = Nej', ITALIC);
  t.row('A4', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
  const E = { yes: '🟢', partly: '🟡', no: '🔴' } as const;
  type Q = [ChecklistIdKey, string, 'yes' | 'partly' | 'no', string?];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse gennemført', 'yes'],
    ['F2', 'Relevante aktører inddraget', 'partly'],
    ['F3', 'Plan for inddragelse af samarbejdspartnere', 'partly'],
    ['F4', 'Koordinator valgt', 'yes'],
    ['F5', 'Besluttet hvilke områder mentorerne kommer fra', 'yes'],
    ['F6', 'Rammer for at mentorer kan arbejde med forløb', 'no', 'Afventer budget'],
    ['F7', 'Klar rolle- og ansvarsfordeling', 'yes'],
    ['L1', 'Implementeringsplan med mål og milepæle', 'yes'],
    ['L2', 'Plan for nedslag med mentorer', 'no'],
    ['L3', 'Opkvalificering af ledelse og mentorer', 'no'],
    ['L4', 'Plan for læring og øvelse i LAT-metoden', 'no'],
    ['L5', 'Kommunikationsplan', 'partly'],
    ['L6', 'Rammer for forløb', 'partly'],
    ['L7', 'Hvem informeres', 'yes'],
    ['L8', 'Hvad, hvornår og hvordan', 'partly'],
  ];
  qs.forEach(([id, q, a, c], i) => {
    const row = 5 + i;
    t.row(`A${row}`, [id, q, E[a], c]);
    p.answer(id, a, 'Huskeliste', `C${row}`, c ? { v: c, cell: `D${row}` } : undefined);
  });

  const ind = p.sheet('Indikatorer');
  ind.row('A1', ['Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat'], HEAD);
  type I = [
    string,
    string,
    'count' | 'percent',
    string,
    string,
    string | null,
    number,
    number,
    number | null,
  ];
  const inds: I[] = [
    ['Aktive mentorforløb', 'antal', 'count', '4', '12', '9', 4, 12, 9],
    ['Medarbejdere opkvalificeret', 'antal', 'count', '0', '8', null, 0, 8, null],
    ['Unge i uddannelse efter forløb', 'procent', 'percent', '30 %', '45 %', '40 %', 30, 45, 40],
  ];
  inds.forEach(([name, unit, u, b, m, r, bx, mx, rx], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, unit, b, m, r ?? undefined]);
    p.indicatorRow('Indikatorer', row, {
      name: [name, `A${row}`],
      unit: [u, `B${row}`],
      baseline: [bx, `C${row}`],
      target: [mx, `D${row}`],
      result: [rx, `E${row}`],
    });
  });
  return p;
}
