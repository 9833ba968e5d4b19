// Ishøj (held out, twenty-third round: plans saved by office programs no plan in the corpus came
// from). A team leader updates the plan at home in WPS Office on a laptop bought with the Chinese
// edition: the package names "WPS 表格" as its application, the default font is 宋体 (SimSun,
// charset 134), and dates take WPS's formats: the East-Asian built-in date format 31 ("2027年3月15
// 日", stored as the format's id only, no format code) on the deadlines the team leader typed, and
// "yyyy/m/d" on the starts. The workbook opens on the "Sheet1" WPS made and nobody used (left
// empty, first), the cover sheet is protected, and the Chinese input method left full-width
// punctuation in a few cells ("Lis Holm，Jens Bo", "（udskudt fra december）"). Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { checklistSheet, corpsSheet } from './departments';

const TITLE: Style = { bold: true, size: 14 };
const HEAD: Style = { bold: true, fill: { rgb: 'BDD7EE' }, wrap: true };
const CN_DATE: Style = { fmtId: 31 };
const SLASH: Style = { fmt: 'yyyy/m/d' };

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

// [theme, activity cell, activity as meant, responsible cell, responsible as meant, start, deadline, status cell, status as read]
type R = readonly [string, string, Exp, string, Exp, string | null, string, string, Exp];
const ROWS: readonly R[] = [
  ['Ledelse', 'Opstartsmøde i ledergruppen', 'Opstartsmøde i ledergruppen', 'Jens Bo Madsen', 'Jens Bo Madsen', null, '2027-01-20', 'Gennemført', 'done'],
  ['Organisering, roller og ansvar', 'Aftale om henvisning mellem jobcenter og familieafdeling', 'Aftale om henvisning mellem jobcenter og familieafdeling', 'Lis Holm，Jens Bo', { v: 'Lis Holm, Jens Bo', note: 'two names parted by the full-width comma the Chinese input method types' }, '2027/1/4', '2027-02-28', 'I gang', 'in_progress'],
  ['Kommunikation', 'Informationsmøde for sagsbehandlere（udskudt fra december）', { v: 'Informationsmøde for sagsbehandlere (udskudt fra december)', note: 'full-width brackets from the Chinese input method' }, 'Lis Holm', 'Lis Holm', null, '2027-01-31', 'Gennemført', 'done'],
  ['Opkvalificering', 'LAT-grundkursus for tre nye mentorer', 'LAT-grundkursus for tre nye mentorer', 'Ditte Kragh', 'Ditte Kragh', '2027/2/1', '2027-04-15', 'I gang', 'in_progress'],
  ['Arbejdsproces og kultur', 'Fast ugentligt match-møde om nye unge', 'Fast ugentligt match-møde om nye unge', 'Ditte Kragh', 'Ditte Kragh', '2027/1/11', '2027-06-30', 'I gang', 'in_progress'],
  ['Inddragelse', 'Unge i jobcentrets ungepanel tester forløbsbeskrivelsen', 'Unge i jobcentrets ungepanel tester forløbsbeskrivelsen', 'Sara Lind', 'Sara Lind', null, '2027-04-30', 'Ikke startet', 'not_started'],
  ['Opfølgning på dokumentation', 'Kvartalsvis opfølgning på forløbsdata', 'Kvartalsvis opfølgning på forløbsdata', 'Lis Holm', 'Lis Holm', '2027/1/1', '2027-06-30', 'I gang', 'in_progress'],
  ['Evaluering og tilpasning', 'Midtvejsevaluering med mentorerne', 'Midtvejsevaluering med mentorerne', 'Sara Lind', 'Sara Lind', null, '2027-05-20', 'Ikke startet', 'not_started'],
  ['Ledelse', 'Status til Børne- og Ungeudvalget', 'Status til Børne- og Ungeudvalget', 'Jens Bo Madsen', 'Jens Bo Madsen', null, '2027-06-15', 'Ikke startet', 'not_started'],
]; // prettier-ignore

const iso = (slash: string): string => {
  const [y, m, d] = slash.split('/');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p122-ishoej-wps-kinesisk-standardskrift-datoformater-tomt-sheet1',
    'hand-built',
    'Ishøj: the plan updated at home in the Chinese edition of WPS Office: app.xml "WPS 表格", default font 宋体, deadlines in the East-Asian built-in date format 31 (id only) and starts as "yyyy/m/d", an empty "Sheet1" first, the cover protected, full-width comma and brackets from the Chinese input method.',
    [
      'wps-office-package',
      'chinese-default-font',
      'east-asian-builtin-date-format-id',
      'empty-default-sheet-first',
      'protected-cover',
      'full-width-punctuation',
    ],
  );
  p.wb.app = { application: 'WPS 表格', appVersion: '12.1.0.18608', creator: 'lis' };
  p.wb.defaultFont = { name: '宋体', size: 11, charset: 134 };

  p.sheet('Sheet1');

  const F = 'Forside';
  const f = p.sheet(F);
  f.protected = true;
  f.set('A1', 'Ishøj Kommune – mentor- og forældrecoachindsatsen', TITLE);
  f.row('A3', ['Kommune', 'Ishøj']);
  f.row('A4', ['Halvår', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Lis Holm']);
  f.row('A7', ['Leder', 'Jens Bo Madsen']);
  f.row('A8', ['Organisering', 'Beskæftigelsesområdet']);
  f.row('A9', ['Supervision', 'Intern supervision']);
  f.width(1, 16).width(2, 34);
  p.fact('municipality', '183', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Lis Holm', F, 'B6');
  p.fact('leader', 'Jens Bo Madsen', F, 'B7');
  p.fact('organisation', 'employment', F, 'B8');
  p.fact('supervisionModel', 'internal', F, 'B9');

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 1. halvår 2027', TITLE).merge('A1:G1');
  s.row('A2', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Slut', 'Status', 'Bemærkning'], HEAD);
  s.width(1, 28).width(2, 56).width(3, 20).width(4, 12).width(5, 16).width(6, 14).width(7, 30);
  const x = (e: Exp, cell: string): ExpectedValue => toExpected(e, cell, S);
  ROWS.forEach(([tema, aktCell, akt, ansvCell, ansv, start, frist, status, read], i) => {
    const r = 3 + i;
    s.set(`A${r}`, tema).set(`B${r}`, aktCell).set(`C${r}`, ansvCell);
    if (start) s.set(`D${r}`, { v: { date: iso(start) }, s: SLASH });
    s.set(`E${r}`, { v: { date: frist }, s: CN_DATE }).set(`F${r}`, status);
    if (i === 3) s.set(`G${r}`, 'Kursusstedet bekræftet');
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(read, `F${r}`),
      start: x(start ? iso(start) : null, `D${r}`),
      deadline: x(frist, `E${r}`),
      responsible: x(ansv, `C${r}`),
    });
  });

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: ['partly', 'mangler plan for sommerferien'],
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'no', L5: 'partly', L6: 'yes', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['DK', 'mentor', 'Jobcenter', 12, 4],
    ['SL', 'both', 'Familieafdelingen', 8, 3],
    ['AN', 'parent_coach', 'Familieafdelingen', 6, 2],
  ]);
  return p;
}
