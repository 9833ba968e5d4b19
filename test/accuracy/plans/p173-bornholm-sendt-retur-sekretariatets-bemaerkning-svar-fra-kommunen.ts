// Bornholm (held out, forty-sixth round): a plan that CAME BACK FROM THE CORPS' SECRETARIAT and is
// resubmitted with the review kept in it. The secretariat sent the first submission back on 12 May;
// the coordinator answered in the plan itself. The plan sheet "Implementeringsplan" has the template's
// columns (Tema | Aktivitet | Milepæl | Start | Frist | Ansvarlig | Status | Bemærkning), then two the
// review added: "Korpssekretariatets bemærkning (12.05.2026)" with the secretariat's questions, which
// name dates, people and statuses of their own ("Fristen 30.06.2026 er overskredet – status?", "Er
// Lene Kofoed stadig ansvarlig?"), and "Svar fra kommunen" with the coordinator's replies ("Rettet:
// gennemført 24.06.2026", "Nej – Mads Ipsen har overtaget"), the plan's own columns already
// corrected. A column "Godkendt" carries the secretariat's stamp on the rows it accepted ("Godkendt
// 12/5 (CL)"). Before the plan, a sheet "Sendt retur" lists what had to be fixed, as the
// secretariat's e-mail gave it: Nr. | Aktivitet | Hvad skal rettes | Ansvarlig for rettelsen | Frist
// | Status ("Rettet" / "Ikke rettet"). The cover names 2. halvår 2026. Hand-built.
//
// A careful reader takes the activities from the plan's own columns: the secretariat's questions and
// the coordinator's replies are the review's conversation, not the activity's note, and their dates
// and names are not the activity's (the plan's columns were corrected). The approval stamps say the
// secretariat accepted the row, not that the activity is done. The "Sendt retur" list is the
// review's to-do list, no activities (its "Frist" is the resubmission's, its "Ansvarlig" who fixes
// the plan).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Row {
  readonly tema: string;
  readonly akt: string;
  readonly mil?: string;
  readonly start?: string;
  readonly frist: string;
  readonly ans: string;
  readonly status: string;
  readonly note?: string;
  readonly remark?: string;
  readonly reply?: string;
  readonly stamp?: string;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde hvert kvartal', mil: 'Fire møder afholdt', start: '2026-01-15', frist: '2026-12-15', ans: 'Birgitte Koefoed', status: 'I gang', stamp: 'Godkendt 12/5 (CL)' },
  { tema: 'Kommunikation', akt: 'Informationsmøde for skoler og dagtilbud', mil: 'Møde afholdt', frist: '2026-06-30', ans: 'Birgitte Koefoed', status: 'Gennemført', remark: 'Fristen 30.06.2026 er overskredet – status?', reply: 'Rettet: gennemført 24.06.2026' },
  { tema: 'Opkvalificering', akt: 'Grunduddannelse af mentorer, hold 2', mil: '8 mentorer uddannet', start: '2026-09-01', frist: '2026-11-27', ans: 'Mads Ipsen', status: 'I gang', remark: 'Er Lene Kofoed stadig ansvarlig?', reply: 'Nej – Mads Ipsen har overtaget fra 1.8.' },
  { tema: 'Inddragelse', akt: 'Forældrepanel om forløbenes indhold', frist: '2026-12-10', ans: 'Anja Holm', status: 'Ikke startet', remark: 'Mangler milepæl', reply: 'Milepæl følger efter første møde', note: 'Panelet sammensættes i oktober' },
  { tema: 'Organisering, roller og ansvar', akt: 'Aftale om supervision med PPR', mil: 'Aftale underskrevet', frist: '2026-10-30', ans: 'Birgitte Koefoed', status: 'Gennemført', stamp: 'Godkendt 12/5 (CL)' },
  { tema: 'Opfølgning på dokumentation', akt: 'Registrering af forløb i fagsystemet', mil: 'Alle forløb registreret', start: '2026-08-01', frist: '2026-12-31', ans: 'Anja Holm', status: 'I gang', remark: 'Status "Igangsat" findes ikke på listen – brug I gang', reply: 'Rettet' },
  { tema: 'Arbejdsproces og kultur', akt: 'Faste matchmøder mellem mentor og familie', frist: '2026-12-18', ans: 'Mads Ipsen', status: 'I gang', stamp: 'Godkendt 12/5 (CL)', note: 'Hver anden uge' },
  { tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med mentorer og ledelse', mil: 'Notat til styregruppen', frist: '2027-01-29', ans: 'Birgitte Koefoed', status: 'Ikke startet', remark: 'Frist 15.12.2026 ligger før midtvejs – flyt til januar?', reply: 'Ja, flyttet til 29.01.2027' },
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

/** The secretariat's list of what had to be fixed: [activity, what, who fixes, by, status]. */
const RETUR: readonly (readonly [string, string, string, string, string])[] = [
  ['Informationsmøde for skoler og dagtilbud', 'Frist overskredet – opdatér status', 'Birgitte Koefoed', '2026-05-26', 'Rettet'],
  ['Grunduddannelse af mentorer, hold 2', 'Ansvarlig skal bekræftes', 'Birgitte Koefoed', '2026-05-26', 'Rettet'],
  ['Forældrepanel om forløbenes indhold', 'Milepæl mangler', 'Anja Holm', '2026-05-26', 'Ikke rettet'],
  ['Registrering af forløb i fagsystemet', 'Status uden for listen', 'Anja Holm', '2026-05-26', 'Rettet'],
  ['Midtvejsevaluering med mentorer og ledelse', 'Frist før midtvejs', 'Birgitte Koefoed', '2026-05-26', 'Rettet'],
  ['Huskeliste', 'L6 er ikke besvaret', 'Birgitte Koefoed', '2026-05-26', 'Rettet'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p173-bornholm-sendt-retur-sekretariatets-bemaerkning-svar-fra-kommunen',
    'hand-built',
    'Bornholm: a plan sent back by the corps\' secretariat and resubmitted with the review kept in it: columns "Korpssekretariatets bemærkning (12.05.2026)" (questions naming dates, people, statuses) and "Svar fra kommunen" (replies) beside the activity\'s own note, "Godkendt 12/5 (CL)" approval stamps, and a "Sendt retur" sheet listing what had to be fixed (Nr. | Aktivitet | Hvad skal rettes | Ansvarlig for rettelsen | Frist | Status).',
    [
      'review-comments-column-beside-note',
      'coordinator-replies-column',
      'review-text-names-dates-people-statuses',
      'approval-stamps-per-row',
      'sent-back-sheet-list-of-fixes',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 44);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Bornholms Regionskommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Bornholm', 'municipality', '400'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Birgitte Koefoed', 'coordinator'],
    ['Leder', 'Jens Munch', 'leader'],
    ['Genindsendt', '02.06.2026 efter tilbagemelding fra korpssekretariatet'],
  ]);

  const R = 'Sendt retur';
  const rs = p.sheet(R);
  rs.width(1, 6).width(2, 42).width(3, 34).width(4, 22).width(5, 12).width(6, 12);
  rs.set('A1', 'Planen sendt retur 12.05.2026 af korpssekretariatet (CL) – punkter der skal rettes', TITLE);
  rs.row('A3', ['Nr.', 'Aktivitet', 'Hvad skal rettes', 'Ansvarlig for rettelsen', 'Frist', 'Status'], HEAD);
  let rr = 4;
  for (const [i, [akt, what, who, by, st]] of RETUR.entries()) {
    rs.set(`A${rr}`, i + 1)
      .set(`B${rr}`, akt, WRAP)
      .set(`C${rr}`, what, WRAP)
      .set(`D${rr}`, who)
      .set(`E${rr}`, { v: { date: by }, s: { fmt: 'dd.mm.yyyy' } })
      .set(`F${rr}`, st);
    p.notActivity(R, rr, "the secretariat's list of what to fix before resubmission (the review's to-do)");
    rr++;
  }

  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 44).width(3, 24).width(4, 12).width(5, 12).width(6, 18).width(7, 13);
  s.width(8, 26).width(9, 40).width(10, 36).width(11, 20);
  s.set('A1', 'Implementeringsplan 2026 – Bornholm (genindsendt efter tilbagemelding)', TITLE);
  s.row(
    'A3',
    [
      'Tema',
      'Aktivitet',
      'Milepæl',
      'Start',
      'Frist',
      'Ansvarlig',
      'Status',
      'Bemærkning',
      'Korpssekretariatets bemærkning (12.05.2026)',
      'Svar fra kommunen',
      'Godkendt',
    ],
    HEAD,
  );
  const d = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  let r = 4;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema).set(`B${r}`, row.akt, WRAP);
    if (row.mil) s.set(`C${r}`, row.mil, WRAP);
    if (row.start) s.set(`D${r}`, d(row.start));
    s.set(`E${r}`, d(row.frist)).set(`F${r}`, row.ans).set(`G${r}`, row.status);
    if (row.note) s.set(`H${r}`, row.note, WRAP);
    if (row.remark) s.set(`I${r}`, row.remark, { wrap: true, color: 'C00000' });
    if (row.reply) s.set(`J${r}`, row.reply, { wrap: true, color: '1F4E79' });
    if (row.stamp) s.set(`K${r}`, row.stamp, { color: '548235' });
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(STATUS[row.status]!, `G${r}`),
      start: x(row.start ?? null, `D${r}`),
      deadline: x(row.frist, `E${r}`),
      responsible: x(row.ans, `F${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'partly', L6: ['partly', 'Besvaret efter tilbagemelding'], L7: 'yes', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['LK', 'mentor', 'Familieafdelingen', 10, 3],
    ['PS', 'both', 'Rønne Skole', 8, 2],
    ['HM', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ]);
  return p;
}
