// Slagelse: the checklists shortened to a few words each, numbered F1–F7 and L1–L8, in one table
// with two sub-headings, the answer columns in the order Nej | Delvist | Ja, marked with x or the
// answer's own word ("ja", "delvist"). A corps sheet (half hours, "Begge" for both roles, a Total
// row) and an indicator sheet without codes (a percentage unit written "%", an "I alt" row). Cover
// labels in the coordinator's wording. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, HEAD, HEAD_GREY, TITLE } from './common';

const DATE: Style = { fmt: '[$-406]d. mmm yyyy' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p12-slagelse-tjekliste-omvendt-korps',
    'libreoffice-fods',
    'Slagelse: shortened checklist numbered F1–L8 with answer columns Nej|Delvist|Ja marked x or with the word; corps with a Total row and half hours; indicators without codes with an I alt row; cover labels in other words.',
    [
      'checklist-shortened',
      'checklist-numbered-F-L',
      'checklist-columns-reversed',
      'checklist-marks-word',
      'corps',
      'totals-row-corps',
      'indicators',
      'totals-row-indicators',
      'cover-other-wording',
      'date-cells',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Mentor- og forældrecoachkorpset', TITLE);
  f.row('A3', ['Kommunens navn:', 'Slagelse']);
  f.row('A4', ['Halvår:', 'Andet halvår 2026']);
  f.row('A5', ['Implementeringsfase:', 'Indledende implementering']);
  f.row('A6', ['Kontaktperson / koordinator:', 'Karina Larsen']);
  f.row('A7', ['Chef:', 'Jakob Winther']);
  f.width(1, 30).width(2, 30);
  p.fact('municipality', '330', 'Forside', 'B3');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Karina Larsen', 'Forside', 'B6');
  p.fact('leader', 'Jakob Winther', 'Forside', 'B7');

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
  type R = [string | null, string, string, string, string, string, string];
  const rows: R[] = [
    [
      '2026-08-03',
      '2026-08-28',
      'Ledelse',
      'Ledelsen beslutter timer til mentorerne',
      'Beslutning truffet',
      'Jakob Winther',
      'Gennemført',
    ],
    [
      null,
      '2026-11-19',
      'Ledelse',
      'Styregruppemøde om halvårsstatus',
      'Status drøftet',
      'Jakob Winther',
      'Gennemført',
    ],
    [
      '2026-09-01',
      '2026-09-30',
      'Kommunikation',
      'Informationsbrev til skolerne',
      'Brevet udsendt',
      'Karina Larsen',
      'Gennemført',
    ],
    [
      '2026-10-01',
      '2026-12-15',
      'Kommunikation',
      'Side om korpset på kommunens hjemmeside',
      'Siden online',
      'Karina Larsen',
      'I gang',
    ],
    [
      null,
      '2026-09-09',
      'Inddragelse',
      'Opstartsmøde for mentorer og forældrecoaches',
      'Møde afholdt',
      'Karina Larsen',
      'Gennemført',
    ],
    [
      '2026-09-15',
      '2026-12-15',
      'Inddragelse',
      'Månedlige læringsmøder',
      'Fire møder afholdt',
      'Karina Larsen',
      'I gang',
    ],
    [
      '2026-10-05',
      '2026-11-27',
      'Arbejdsproces og kultur',
      'Procedure for henvisning til mentor',
      'Procedure godkendt',
      'Karina Larsen',
      'I gang',
    ],
    [
      null,
      '2026-12-10',
      'Arbejdsproces og kultur',
      'Temadag om forebyggelse for rådgivere',
      'Temadag afholdt',
      'Karina Larsen',
      'Ikke startet',
    ],
    [
      '2026-08-10',
      '2026-09-04',
      'Organisering, roller og ansvar',
      'Rollebeskrivelser for mentorer og forældrecoaches',
      'Beskrivelser godkendt',
      'Karina Larsen',
      'Gennemført',
    ],
    [
      '2026-09-21',
      '2026-09-23',
      'Opkvalificering',
      'LAT-grunduddannelse for to nye mentorer',
      'Uddannelse gennemført',
      'Nationalt Center',
      'Gennemført',
    ],
    [
      '2026-11-02',
      '2026-12-18',
      'Opkvalificering',
      'Supervision hver anden uge',
      'Fire supervisioner',
      'Ekstern supervisor',
      'I gang',
    ],
    [
      '2026-08-03',
      '2026-12-31',
      'Opfølgning på dokumentation',
      'Forløb registreres på tilværelsesmestring.dk',
      'Alle forløb registreret',
      'Mentorerne',
      'I gang',
    ],
    [
      null,
      '2026-12-17',
      'Evaluering og tilpasning',
      'Halvårsevaluering i styregruppen',
      'Evaluering drøftet',
      'Jakob Winther',
      'Ikke startet',
    ],
  ];
  p.sheet('Plan').set('A1', 'Aktivitetsplan 2. halvår 2026', TITLE);
  p.table({
    sheet: 'Plan',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'start', header: 'Start', width: 13 },
      { key: 'slut', header: 'Slut', width: 13 },
      { key: 'omr', header: 'Indsatsområde', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'mil', header: 'Milepæl', width: 26 },
      { key: 'ansv', header: 'Ansvarlig', width: 20 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: {
      start: 'start',
      deadline: 'slut',
      theme: 'omr',
      activity: 'akt',
      responsible: 'ansv',
      status: 'status',
    },
    rows: rows.map(([start, slut, omr, akt, mil, ansv, status]) => ({
      cells: {
        start: start ? { v: { date: start }, s: DATE } : undefined,
        slut: { v: { date: slut }, s: DATE },
        omr,
        akt,
        mil,
        ansv,
        status,
      },
      x: { theme: THEMES[omr]!, status: STATUS[status]!, start, deadline: slut },
    })),
  });

  // The checklist: one table, answer columns reversed.
  const t = p.sheet('Tjekliste');
  t.set('A1', 'Huskelister – status', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Nej', 'Delvist', 'Ja', 'Bemærkning'], HEAD);
  t.width(1, 6).width(2, 64).width(3, 9).width(4, 9).width(5, 9).width(6, 40);
  type Q = [ChecklistIdKey, string, 'yes' | 'partly' | 'no', string, string?];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse gennemført', 'yes', 'x'],
    ['F2', 'Relevante aktører inddraget i behovsanalysen', 'partly', 'x'],
    [
      'F3',
      'Plan for løbende inddragelse og information af samarbejdspartnere',
      'no',
      'x',
      'Afventer ny kommunikationsmedarbejder',
    ],
    ['F4', 'Koordinator valgt', 'yes', 'ja'],
    ['F5', 'Besluttet hvilke områder mentorer/forældrecoaches kommer fra og hvorfor', 'yes', 'x'],
    ['F6', 'Rammer for at uddannede mentorer kan arbejde med forløb', 'yes', 'x'],
    ['F7', 'Klar rolle- og ansvarsfordeling (ledelse, koordinator, mentorer)', 'partly', 'delvist'],
    ['L1', 'Implementeringsplan med aktiviteter, mål, deadlines og milepæle', 'yes', 'x'],
    ['L2', 'Plan for nedslag/status med mentorer og forældrecoaches', 'yes', 'x'],
    ['L3', 'Opkvalificering af ledelse og mentorer gennemført', 'partly', 'x', 'Ledelsen mangler'],
    ['L4', 'Plan for læring og øvelse i LAT-metoden (aktionslæring)', 'no', 'x'],
    ['L5', 'Kommunikationsplan om metoden', 'no', 'x'],
    ['L6', 'Rammer for at mentorer kan arbejde med forløb', 'yes', 'x'],
    ['L7', 'Plan for hvem der informeres, og målrettede budskaber', 'partly', 'x'],
    ['L8', 'Plan for hvad, hvornår og hvordan der kommunikeres', 'no', 'x'],
  ];
  const col = { no: 'C', partly: 'D', yes: 'E' } as const;
  let r = 4;
  t.set(`A${r}`, 'Forberedelse', BOLD);
  qs.forEach(([id, text, ans, mark, comment], i) => {
    if (i === 7) {
      r++;
      t.set(`A${r}`, 'Løbende implementering', BOLD);
    }
    r++;
    t.row(`A${r}`, [id, text]);
    const at = `${col[ans]}${r}`;
    t.set(at, mark);
    if (comment) t.set(`F${r}`, comment);
    p.answer(id, ans, 'Tjekliste', at, comment ? { v: comment, cell: `F${r}` } : undefined);
  });

  const k = p.sheet('Korps');
  k.row('A2', ['Initialer', 'Funktion', 'Arbejdssted', 'Timer pr. uge', 'Antal aktive forløb'], HEAD_GREY);
  type K = [string, string, string, string, number, number];
  const corps: K[] = [
    ['MKJ', 'Mentor', 'mentor', 'Ungdomsskolen', 5, 2],
    ['SLA', 'Mentor', 'mentor', 'Jobcentret', 7.5, 4],
    ['TN', 'Forældrecoach', 'parent_coach', 'Familieafdelingen', 4, 1],
    ['HB', 'Begge', 'both', 'SSP', 10, 5],
  ];
  corps.forEach(([ini, role, roleId, dept, hours, cases], i) => {
    const row = 3 + i;
    k.row(`A${row}`, [ini, role, dept, hours, cases]);
    p.corpsRow('Korps', row, {
      initials: [ini, `A${row}`],
      role: [roleId, `B${row}`],
      hoursPerWeek: [hours, `D${row}`],
      activeCases: [cases, `E${row}`],
    });
  });
  k.row('A7', ['Total', undefined, undefined, 26.5, 12], BOLD);

  const ind = p.sheet('Indikatorer');
  ind.row('A2', ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat', 'n'], HEAD_GREY);
  type I = [string, string, number | null, number, number, number | null];
  const inds: I[] = [
    ['Aktive mentorforløb', 'antal', 5, 10, 9, null],
    ['Forløb afsluttet i perioden', 'antal', null, 4, 3, null],
    ['Unge i uddannelse efter 6 mdr.', '%', 40, 60, 50, 6],
    ['Afholdte refleksionsmøder', 'antal', 0, 4, 3, null],
  ];
  inds.forEach(([name, unit, base, target, result, n], i) => {
    const row = 3 + i;
    ind.row(`A${row}`, [name, unit, base ?? undefined, target, result, n ?? undefined]);
    p.indicatorRow('Indikatorer', row, {
      name: [name, `A${row}`],
      unit: [unit === '%' ? 'percent' : 'count', `B${row}`],
      baseline: [base, `C${row}`],
      target: [target, `D${row}`],
      result: [result, `E${row}`],
      cases: [n, `F${row}`],
    });
  });
  ind.row('A7', ['I alt', undefined, undefined, undefined, 65], BOLD);
  return p;
}
