// Holstebro (held out, twenty-fourth round: the Excel of Microsoft 365 as it is in 2026). The
// coordinator collects activity proposals from the team leaders with a Microsoft Forms form, and a
// Power Automate flow writes each response as a row of an Excel table ("Tabel1" on
// "Formularsvar"), in the columns Forms gives: Id, Starttidspunkt, Fuldførelsestidspunkt (when the
// form was opened and sent), Mail, Navn (who answered), then one column per question in its
// wording ("Hvilket tema hører aktiviteten til?", "Beskriv aktiviteten", "Hvem er tovholder?",
// "Hvornår skal den være gennemført?" — the flow writes the date question as ISO text). The
// coordinator added two columns of her own to the table: "Godkendt" (Ja/Nej: a rejected proposal
// stays in the table) and "Status". The corps came from the HR system through Power Query (Data ›
// Get Data, loaded to a table on "Korps"), its columns as the query names them ("Uddannet_dato",
// "Timer_pr_uge", "Aktive_forloeb") with the training date as a date-time. korpsplan refuses a
// workbook with a data connection (by design: nothing is fetched, the query's packed M code cannot
// be checked), and names the query to delete: this is the file as the coordinator sends it again
// after deleting the query under Data › Queries & Connections, the table keeping its refreshed
// data and the query's column names. (The first version, with the query table and the connection
// still in it, was refused whole: README.) Hand-built.

import { PlanBuilder } from '../build/plan';
import { HEAD, TITLE } from './common';
import { checklistSheet } from './departments';
import { at, coverPairs, M365 } from './round24';

const DT = { fmt: 'dd-mm-yyyy hh:mm' } as const;

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

// [opened (serial with time), mail, name, theme, activity, lead, deadline (ISO text), approved, status]
type R = readonly [number, string, string, string, string, string, string, 'Ja' | 'Nej', string];
const ROWS: readonly R[] = [
  [46377.3868, 'mette.vinther@holstebro.dk', 'Mette Vinther', 'Ledelse', 'Temamøde i chefgruppen om korpsets mål', 'Mette Vinther', '2027-01-26', 'Ja', 'Gennemført'],
  [46377.4021, 'kim.brix@holstebro.dk', 'Kim Brix', 'Kommunikation', 'Præsentation af korpset på skoleledermøde', 'Kim Brix', '2027-02-17', 'Ja', 'Gennemført'],
  [46378.5514, 'kim.brix@holstebro.dk', 'Kim Brix', 'Kommunikation', 'Plakat og QR-kode til ungdomsuddannelserne', 'Kim Brix', '2027-03-31', 'Nej', ''],
  [46379.3402, 'anne.toft@holstebro.dk', 'Anne Toft', 'Inddragelse', 'Fokusgruppe med unge i forløb', 'Anne Toft', '2027-04-14', 'Ja', 'Ikke startet'],
  [46379.6117, 'anne.toft@holstebro.dk', 'Anne Toft', 'Opkvalificering', 'Kursus i motiverende samtale for mentorerne', 'Lars Vestergaard', '2027-03-25', 'Ja', 'I gang'],
  [46380.4409, 'lars.vestergaard@holstebro.dk', 'Lars Vestergaard', 'Arbejdsproces og kultur', 'Fast mødestruktur for mentorer og sagsbehandlere', 'Lars Vestergaard', '2027-02-28', 'Ja', 'I gang'],
  [46381.3751, 'mette.vinther@holstebro.dk', 'Mette Vinther', 'Opfølgning på dokumentation', 'Kvartalsvis dataudtræk til styregruppen', 'Mette Vinther', '2027-06-30', 'Ja', 'I gang'],
  [46382.5890, 'signe.holm@holstebro.dk', 'Signe Holm', 'Inddragelse', 'Forældreaften i Vinderup', 'Signe Holm', '2027-05-06', 'Ja', 'Ikke startet'],
  [46383.4273, 'lars.vestergaard@holstebro.dk', 'Lars Vestergaard', 'Evaluering og tilpasning', 'Halvårsevaluering med mentorer og ledere', 'Mette Vinther', '2027-06-22', 'Ja', 'Ikke startet'],
  [46384.3311, 'signe.holm@holstebro.dk', 'Signe Holm', 'Opkvalificering', 'Sidemandsoplæring af nye forældrecoaches', 'Signe Holm', '2027-04-30', 'Ja', 'Ikke startet'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p127-holstebro-forms-power-automate-tabel-power-query-korps',
    'hand-built',
    'Holstebro: activity proposals collected with Microsoft Forms and written by Power Automate into an Excel table (Id, Starttidspunkt, Fuldførelsestidspunkt, Mail, Navn, the questions in their wording, the date as ISO text), with the coordinator\'s own "Godkendt" (one proposal rejected) and "Status" columns; the corps a Power Query output table from the HR system, sent after deleting the query (the refusal\'s advice), with the query\'s column names and a date-time.',
    [
      'forms-power-automate-table',
      'forms-response-times-not-plan-dates',
      'forms-question-wording-as-headers',
      'rejected-proposal-row',
      'power-query-table-after-query-deleted',
      'power-query-column-names',
    ],
  );
  p.wb.app = M365;

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Holstebro Kommune', TITLE);
  f.set('A2', 'Implementeringsplan for mentor- og forældrecoachindsatsen');
  coverPairs(p, F, 4, [
    ['Kommune', 'Holstebro', 'municipality', '661'],
    ['Halvår', '2027-H1', 'period'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Mette Vinther', 'coordinator'],
    ['Leder', 'Poul Kristensen', 'leader'],
  ]);
  f.width(1, 18).width(2, 36);

  const S = 'Formularsvar';
  const s = p.sheet(S);
  const head = [
    'Id',
    'Starttidspunkt',
    'Fuldførelsestidspunkt',
    'Mail',
    'Navn',
    'Hvilket tema hører aktiviteten til?',
    'Beskriv aktiviteten',
    'Hvem er tovholder?',
    'Hvornår skal den være gennemført?',
    'Godkendt',
    'Status',
  ];
  s.row('A1', head, HEAD);
  [6, 16, 16, 30, 18, 26, 48, 18, 16, 10, 14].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  ROWS.forEach(([opened, mail, navn, tema, akt, lead, frist, ok, status], i) => {
    const r = 2 + i;
    s.set(`A${r}`, i + 1);
    s.set(`B${r}`, opened, DT).set(`C${r}`, Math.round((opened + 0.0021 + i * 0.0003) * 10_000) / 10_000, DT);
    s.row(`D${r}`, [mail, navn, tema, akt, lead, frist, ok, status]);
    if (ok === 'Nej') {
      p.notActivity(
        S,
        r,
        'a proposal the coordinator did not approve ("Godkendt": Nej): no activity of the plan',
      );
      return;
    }
    p.activity(S, r, {
      theme: x(THEME[tema]!, `F${r}`),
      activity: x(akt, `G${r}`),
      status: x(STATUS[status]!, `K${r}`),
      start: x(null, `B${r}`),
      deadline: x(frist, `I${r}`),
      responsible: x(lead, `H${r}`),
    });
  });
  s.table = { name: 'Tabel1', ref: `A1:K${1 + ROWS.length}` };

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: 'no', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'partly', L4: 'no', L5: ['partly', 'Aftale med PPR på vej'], L6: 'yes', L7: 'no', L8: 'partly',
  }); // prettier-ignore

  // The corps from the HR system through Power Query: the query's own column names.
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Uddannet_dato', 'Timer_pr_uge', 'Aktive_forloeb'], HEAD);
  k.width(2, 24).width(3, 22).width(4, 18);
  const members: readonly (readonly [string, string, 'mentor' | 'parent_coach' | 'both', string, string, number, number])[] = [
    ['AT', 'Mentor', 'mentor', 'Ungdomsskolen', '2026-09-14', 10, 3],
    ['LV', 'Mentor', 'mentor', 'Jobcenter', '2026-09-14', 7.5, 2],
    ['SH', 'Forældrecoach', 'parent_coach', 'Familiecentret', '2026-10-05', 12, 4],
    ['BK', 'Mentor og forældrecoach', 'both', 'Familiecentret', '2026-10-05', 15, 5],
  ]; // prettier-ignore
  members.forEach(([ini, role, roleId, dept, trained, h, c], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, dept]);
    k.set(`D${r}`, { date: trained }, { fmt: 'dd-mm-yyyy hh:mm:ss' });
    k.set(`E${r}`, h).set(`F${r}`, c);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [roleId, `B${r}`],
      hoursPerWeek: [h, `E${r}`],
      activeCases: [c, `F${r}`],
    });
  });
  // The query deleted: the table stays, with its data, no query table and no connection.
  k.table = { name: 'Korps_HR', ref: `A1:F${1 + members.length}` };
  return p;
}
