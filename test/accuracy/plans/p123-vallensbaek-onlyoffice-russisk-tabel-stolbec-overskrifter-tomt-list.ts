// Vallensbæk (held out, twenty-third round: plans saved by office programs no plan in the corpus
// came from). A mentor who keeps the plan for the coordinator works at home in the ONLYOFFICE
// desktop editors with a Russian interface: the package names "ONLYOFFICE/8.1.3.3" as its
// application, the default font is Arial 10, and the deadlines carry a Russian long-date format
// ("[$-419]d mmmm yyyy;@", shown "15 марта 2027") beside starts as "dd.mm.yyyy". She formatted the
// plan's range as a table without ticking "Заголовок" (the range has a header): ONLYOFFICE put a
// header row of its own names above it ("Столбец1" … "Столбец6"), so the real headers stand in the
// table's first row. A sheet "Лист3" the editor made is left empty between the plan and the
// checklist, and the checklist sheet is protected. Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { checklistSheet, corpsSheet } from './departments';

const TITLE: Style = { bold: true, size: 14 };
const BOLD: Style = { bold: true };
const RU_LONG: Style = { fmt: '[$-419]d mmmm yyyy;@' };
const DOTS: Style = { fmt: 'dd.mm.yyyy' };

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, Exp> = {
  Færdig: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

// [theme, activity, responsible, start, deadline, status]
type R = readonly [string, string, string, string | null, string, string];
const ROWS: readonly R[] = [
  ['Ledelse', 'Kickoff med direktør og afdelingsledere', 'Camilla Berg', null, '2027-01-14', 'Færdig'],
  ['Kommunikation', 'Side om korpset på intranettet', 'Nadia Olsen', '2027-01-04', '2027-02-15', 'Færdig'],
  ['Kommunikation', 'Pjece til forældre på dansk, arabisk og ukrainsk', 'Nadia Olsen', '2027-02-01', '2027-03-31', 'I gang'],
  ['Opkvalificering', 'Temadag om LAT for alle mentorer', 'Camilla Berg', null, '2027-03-18', 'Ikke startet'],
  ['Arbejdsproces og kultur', 'Fælles skabelon for forløbsplaner', 'Nadia Olsen', '2027-01-18', '2027-02-26', 'I gang'],
  ['Inddragelse', 'Interview med fem familier om forældrecoaching', 'Yusuf Demir', '2027-03-01', '2027-04-30', 'Ikke startet'],
  ['Opfølgning på dokumentation', 'Registreringsvejledning til mentorerne', 'Yusuf Demir', null, '2027-02-28', 'I gang'],
  ['Evaluering og tilpasning', 'Halvårsevaluering i styregruppen', 'Camilla Berg', null, '2027-06-24', 'Ikke startet'],
  ['Ledelse', 'Beslutning om forankring i drift', 'Camilla Berg', null, '2027-06-30', 'Ikke startet'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p123-vallensbaek-onlyoffice-russisk-tabel-stolbec-overskrifter-tomt-list',
    'hand-built',
    'Vallensbæk: the plan kept in the ONLYOFFICE desktop editors with a Russian interface: app.xml "ONLYOFFICE/8.1.3.3", Arial 10, deadlines in a Russian long-date format, the plan formatted as a table without "has header", so its header row holds the editor\'s names "Столбец1" … and the real headers stand in its first row; an empty "Лист3" between the sheets, the checklist sheet protected.',
    [
      'onlyoffice-package',
      'russian-locale-date-format',
      'table-header-row-of-made-up-names-in-russian',
      'real-headers-in-first-table-row',
      'empty-default-sheet-between',
      'protected-checklist',
    ],
  );
  p.wb.app = { application: 'ONLYOFFICE/8.1.3.3', creator: 'Nadia Olsen' };
  p.wb.defaultFont = { name: 'Arial', size: 10 };

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Vallensbæk Kommune', TITLE);
  f.set('A2', 'Mentor- og forældrecoachindsatsen');
  f.row('A4', ['Periode:', '1. halvår 2027']);
  f.row('A5', ['Fase:', 'Klargøring']);
  f.row('A6', ['Koordinator:', 'Camilla Berg']);
  f.row('A7', ['Ledelsesansvarlig:', 'Henrik Juul']);
  f.row('A8', ['Organisatorisk forankring:', 'Tværgående']);
  f.row('A9', ['Supervision:', 'Ingen fast supervision endnu']);
  f.width(1, 26).width(2, 34);
  p.fact('municipality', '187', F, 'A1');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Camilla Berg', F, 'B6');
  p.fact('leader', 'Henrik Juul', F, 'B7');
  p.fact('organisation', 'cross', F, 'B8');
  p.fact('supervisionModel', 'none', F, 'B9');

  const S = 'Aktiviteter';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 1. halvår 2027', TITLE);
  // The table's own header row: the editor's names, as ONLYOFFICE writes them in Russian.
  s.row('A3', ['Столбец1', 'Столбец2', 'Столбец3', 'Столбец4', 'Столбец5', 'Столбец6'], BOLD);
  s.row('A4', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status']);
  s.width(1, 28).width(2, 52).width(3, 18).width(4, 12).width(5, 18).width(6, 14);
  const x = (e: Exp, cell: string): ExpectedValue => toExpected(e, cell, S);
  ROWS.forEach(([tema, akt, ansv, start, frist, status], i) => {
    const r = 5 + i;
    s.set(`A${r}`, tema).set(`B${r}`, akt).set(`C${r}`, ansv);
    if (start) s.set(`D${r}`, { v: { date: start }, s: DOTS });
    s.set(`E${r}`, { v: { date: frist }, s: RU_LONG }).set(`F${r}`, status);
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `F${r}`),
      start: x(start, `D${r}`),
      deadline: x(frist, `E${r}`),
      responsible: x(ansv, `C${r}`),
    });
  });
  s.table = { name: 'Таблица1', ref: `A3:F${4 + ROWS.length}` };

  p.sheet('Лист3');

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'partly', F3: 'partly', F4: 'yes', F5: 'no', F6: 'partly', F7: 'yes',
    L1: 'partly', L2: 'no', L3: 'no', L4: 'partly', L5: 'yes', L6: 'no', L7: 'no', L8: ['partly', 'skabelon på vej'],
  }); // prettier-ignore
  p.sheet('Huskeliste').protected = true;
  corpsSheet(p, 'Korps', [
    ['NO', 'mentor', 'Ungdomsskolen', 10, 3],
    ['YD', 'mentor', 'Jobcenter', 8, 2],
    ['TB', 'parent_coach', 'Familiecentret', 6, 2],
    ['LH', 'both', 'Familiecentret', 12, 5],
  ]);
  return p;
}
