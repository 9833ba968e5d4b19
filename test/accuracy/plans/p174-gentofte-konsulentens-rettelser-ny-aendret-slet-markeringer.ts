// Gentofte (held out, forty-sixth round): a plan EDITED BY A CONSULTANT BEFORE IT IS RESUBMITTED,
// her changes marked in the text as people do without Track Changes. On the one sheet
// "Implementeringsplan" (Tema | Aktivitet | Start | Frist | Ansvarlig | Status | Konsulentens
// kommentar) rows she added begin "(ny) " in the activity; cells she changed begin "[ÆNDRET] " and
// keep the old value after them ("[ÆNDRET] 30.11.2026 (var 30.09.2026)", "[ÆNDRET] Lise Holm (var Ole
// Berg)", "[ÆNDRET] Gennemført (var I gang)"); two rows she proposes to drop begin "SLET? " in the
// activity and are otherwise untouched. The coordinator resubmitted it as it came back. The cover
// names 2. halvår 2026. LibreOffice (flat ODS).
//
// A careful reader takes the marks as the editing's, not the plan's: "(ny)" rows are activities
// named without the mark; a "[ÆNDRET]" cell holds the new value, the "(var …)" the old one, which is
// no part of the plan. A "SLET?" row is a question nobody answered: it stays an activity, named
// without the mark, and is flagged (to be asked whether it is still in the plan).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Row {
  readonly tema: string;
  /** Activity as typed (with any mark) and as read. */
  readonly akt: readonly [string, string];
  readonly start?: readonly [string, string];
  readonly frist: readonly [string, string];
  readonly ans: readonly [string, string];
  readonly status: readonly [string, Exp];
  readonly comment?: string;
  readonly drop?: true;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: ['Styregruppemøde hvert kvartal', 'Styregruppemøde hvert kvartal'], start: ['15.01.2026', '2026-01-15'], frist: ['15.12.2026', '2026-12-15'], ans: ['Ole Berg', 'Ole Berg'], status: ['I gang', 'in_progress'] },
  { tema: 'Kommunikation', akt: ['Artikel om korpset på intranettet', 'Artikel om korpset på intranettet'], frist: ['[ÆNDRET] 30.11.2026 (var 30.09.2026)', '2026-11-30'], ans: ['Sanne Friis', 'Sanne Friis'], status: ['Ikke startet', 'not_started'], comment: 'Udskudt til efter temadagen' },
  { tema: 'Kommunikation', akt: ['(ny) Informationsbrev til forældre på skolerne', 'Informationsbrev til forældre på skolerne'], frist: ['31.10.2026', '2026-10-31'], ans: ['Sanne Friis', 'Sanne Friis'], status: ['Ikke startet', 'not_started'], comment: 'Foreslået af konsulenten' },
  { tema: 'Opkvalificering', akt: ['Grunduddannelse af mentorer, hold 1', 'Grunduddannelse af mentorer, hold 1'], start: ['01.08.2026', '2026-08-01'], frist: ['30.09.2026', '2026-09-30'], ans: ['Lise Holm', 'Lise Holm'], status: ['[ÆNDRET] Gennemført (var I gang)', 'done'] },
  { tema: 'Organisering, roller og ansvar', akt: ['Aftale om sagsfordeling mellem mentorerne', 'Aftale om sagsfordeling mellem mentorerne'], frist: ['15.12.2026', '2026-12-15'], ans: ['[ÆNDRET] Lise Holm (var Ole Berg)', 'Lise Holm'], status: ['I gang', 'in_progress'] },
  { tema: 'Inddragelse', akt: ['SLET? Spørgeskema til forældrene om forløbet', 'Spørgeskema til forældrene om forløbet'], frist: ['30.11.2026', '2026-11-30'], ans: ['Sanne Friis', 'Sanne Friis'], status: ['Ikke startet', 'not_started'], comment: 'Overlapper med forældrepanelet?', drop: true },
  { tema: 'Inddragelse', akt: ['(ny) Forældrepanel to gange om året', 'Forældrepanel to gange om året'], start: ['01.09.2026', '2026-09-01'], frist: ['[ÆNDRET] 18.12.2026 (var 27.11.2026)', '2026-12-18'], ans: ['Sanne Friis', 'Sanne Friis'], status: ['I gang', 'in_progress'] },
  { tema: 'Arbejdsproces og kultur', akt: ['Faste matchmøder mellem mentor og familie', 'Faste matchmøder mellem mentor og familie'], frist: ['31.12.2026', '2026-12-31'], ans: ['Lise Holm', 'Lise Holm'], status: ['I gang', 'in_progress'] },
  { tema: 'Opfølgning på dokumentation', akt: ['SLET? Månedlig optælling af forløb i regneark', 'Månedlig optælling af forløb i regneark'], frist: ['31.12.2026', '2026-12-31'], ans: ['Ole Berg', 'Ole Berg'], status: ['I gang', 'in_progress'], comment: 'Fagsystemet kan vel levere tallene', drop: true },
  { tema: 'Evaluering og tilpasning', akt: ['Evalueringsmøde med mentorer og ledelse', 'Evalueringsmøde med mentorer og ledelse'], frist: ['[ÆNDRET] 29.01.2027 (var 15.12.2026)', '2027-01-29'], ans: ['Ole Berg', 'Ole Berg'], status: ['Ikke startet', 'not_started'] },
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

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p174-gentofte-konsulentens-rettelser-ny-aendret-slet-markeringer',
    'libreoffice-fods',
    'Gentofte: a plan edited by a consultant before resubmission, her changes marked in the text: "(ny) " before added activities, "[ÆNDRET] 30.11.2026 (var 30.09.2026)" in changed dates, responsibles and statuses, "SLET? " before two activities she proposes to drop; a column "Konsulentens kommentar".',
    [
      'reviewer-marks-in-cell-text',
      'new-row-prefix',
      'changed-cell-prefix-with-old-value',
      'proposed-deletion-prefix-unresolved',
      'consultant-comment-column',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen i Gentofte Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Gentofte Kommune', 'municipality', '157'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Sanne Friis', 'coordinator'],
    ['Leder', 'Ole Berg', 'leader'],
    ['Gennemlæst af', 'Konsulent Karin Juul, 20.10.2026'],
  ]);

  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 50).width(3, 12).width(4, 30).width(5, 30).width(6, 30).width(7, 34);
  s.set('A1', 'Implementeringsplan Gentofte – 2. halvår 2026 (med konsulentens rettelser)', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Start', 'Frist', 'Ansvarlig', 'Status', 'Konsulentens kommentar'], HEAD);
  let r = 4;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema).set(`B${r}`, row.akt[0], WRAP);
    if (row.start) s.set(`C${r}`, row.start[0]);
    s.set(`D${r}`, row.frist[0], WRAP).set(`E${r}`, row.ans[0], WRAP).set(`F${r}`, row.status[0], WRAP);
    if (row.comment) s.set(`G${r}`, row.comment, WRAP);
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `A${r}`),
      activity: x(
        row.drop
          ? unsure(
              row.akt[1],
              'the consultant proposes dropping it ("SLET?"), unanswered: still in the plan? ask',
            )
          : row.akt[1],
        `B${r}`,
      ),
      status: x(row.status[1], `F${r}`),
      start: x(row.start ? row.start[1] : null, `C${r}`),
      deadline: x(row.frist[1], `D${r}`),
      responsible: x(row.ans[1], `E${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'no',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'partly', L5: 'yes', L6: 'yes', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AN', 'mentor', 'Ungdomsskolen', 10, 3],
    ['BT', 'both', 'Familierådgivningen', 12, 4],
    ['CM', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ]);
  return p;
}
