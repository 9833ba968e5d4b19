// Skive (held out, fourth round): a protected plan sheet whose status is a symbol typed in the
// Wingdings font (the cell holds "ü", "l", "¡", "û"; the screen shows ✓ ● ○ ✗), explained by a
// legend above the table written the same way. The table has an autofilter, and the finished
// activities are filtered out (hidden rows: still part of the plan, as in a filter the coordinator
// set to see what is left). Dates are date cells shown with their weekday ("ma 1. mar 2027"). The
// checklist is the seed's, numbered F1–L8, marked with a Wingdings tick "ü" under Ja, Delvist or
// Nej. A corps list with "8-10" hours for one mentor (a range: to be checked). Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const WING: Style = { font: 'Wingdings', size: 12 };
const DAY: Style = { fmt: '[$-406]ddd d. mmm yyyy' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p47-skive-wingdings-beskyttet-filter',
    'hand-built',
    'Skive: a protected plan sheet, status as Wingdings letters (ü l ¡ û) with a legend written the same way, an autofilter hiding the finished activities, date cells shown with their weekday; the seed checklist marked with a Wingdings tick; corps hours "8-10".',
    [
      'status-wingdings-with-legend',
      'protected-sheet',
      'autofilter-hidden-rows',
      'date-cells-weekday-format',
      'checklist-seed-wording',
      'checklist-numbered-F-L',
      'checklist-wingdings-tick',
      'checklist-unanswered',
      'corps',
      'corps-hours-range',
      'cover-label-value',
    ],
  );
  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Implementeringsplan – mentorkorpset', TITLE);
  f.row('A3', ['Kommune', 'Skive Kommune']);
  f.row('A4', ['Periode', '2027 H1']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Trine Kirk']);
  f.row('A7', ['Leder', 'Bo Vinther']);
  f.width(1, 14).width(2, 28);
  p.fact('municipality', '779', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Trine Kirk', F, 'B6');
  p.fact('leader', 'Bo Vinther', F, 'B7');

  const S = 'Plan';
  const s = p.sheet(S);
  s.protected = true;
  s.set('A1', 'Aktiviteter 1. halvår 2027', TITLE);
  s.set('A2', 'Forklaring:', BOLD);
  const LEGEND: [string, string][] = [
    ['ü', 'Gennemført'],
    ['l', 'I gang'],
    ['¡', 'Ikke startet'],
    ['û', 'Aflyst'],
  ];
  LEGEND.forEach(([sym, word], i) => {
    s.set(`B${2 + i}`, sym, WING).set(`C${2 + i}`, word);
    p.notActivity(S, 2 + i, 'the status legend');
  });
  [30, 44, 18, 18, 18, 8, 30].forEach((w, i) => s.width(i + 1, w));
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
  const ST: Record<string, string> = { ü: 'done', l: 'in_progress', '¡': 'not_started', û: 'closed' };
  // [theme, activity, start, deadline, responsible, status symbol, note]
  type R = [string, string, string | undefined, string, string, string, string?];
  const rows: R[] = [
    ['Ledelse', 'Ledelsen godkender implementeringsplanen', undefined, '2027-01-19', 'Bo Vinther', 'ü'],
    ['Kommunikation', 'Pressemeddelelse om mentorkorpset', undefined, '2027-02-03', 'Trine Kirk', 'ü'],
    ['Inddragelse', 'Ungepanel giver input til matchning', '2027-02-15', '2027-03-12', 'Trine Kirk', 'l'],
    ['Arbejdsproces og kultur', 'Fælles skabelon for første samtale', undefined, '2027-03-01', 'Lea Holst', 'l'],
    ['Organisering, roller og ansvar', 'Aftale om mentorernes timer med afdelingslederne', undefined, '2027-02-26', 'Bo Vinther', 'ü'],
    ['Opkvalificering', 'LAT-uddannelse hold 3', '2027-04-05', '2027-04-09', 'Nationalt center', '¡'],
    ['Opkvalificering', 'Gruppesupervision med ekstern supervisor', '2027-01-13', '2027-06-23', 'Lea Holst', 'l'],
    ['Opfølgning på dokumentation', 'Indtastning af forløb i fagsystemet hver måned', '2027-01-29', '2027-06-30', 'Lea Holst', 'l'],
    ['Kommunikation', 'Stand på sundhedsdagen', undefined, '2027-05-08', 'Trine Kirk', 'û', 'Sundhedsdagen er aflyst'],
    ['Evaluering og tilpasning', 'Evalueringsmøde med mentorerne', undefined, '2027-06-17', 'Trine Kirk', '¡'],
    ['Ledelse', 'Status til direktionen', undefined, '2027-06-29', 'Bo Vinther', '¡'],
  ]; // prettier-ignore
  const header = 7;
  p.table({
    sheet: S,
    headerRow: header,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'start', header: 'Start' },
      { key: 'frist', header: 'Frist' },
      { key: 'ans', header: 'Ansvarlig' },
      { key: 'st', header: 'Status' },
      { key: 'note', header: 'Note' },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      start: 'start',
      deadline: 'frist',
      responsible: 'ans',
      status: 'st',
    },
    rows: rows.map(([tema, akt, start, frist, ans, st, note]) => ({
      cells: {
        tema,
        akt: { v: akt, s: WRAP },
        start: start ? { v: { date: start }, s: DAY } : undefined,
        frist: { v: { date: frist }, s: DAY },
        ans,
        st: { v: st, s: WING },
        note,
      },
      x: { theme: TH[tema]!, status: ST[st]!, start: start ?? null, deadline: frist },
    })),
  });
  const last = header + rows.length;
  s.autoFilter = `A${header}:G${last}`;
  rows.forEach((r, i) => {
    if (r[5] === 'ü') s.hiddenRows.add(header + 1 + i);
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'], HEAD);
  t.width(2, 70).width(6, 30);
  const ANS: Record<string, 'yes' | 'partly' | 'no' | null> = {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'no',
    L1: 'yes', L2: 'partly', L3: 'partly', L4: 'no', L5: null, L6: 'partly', L7: 'yes', L8: 'no',
  }; // prettier-ignore
  const COMMENT: Partial<Record<ChecklistIdKey, string>> = {
    F7: 'Drøftes i ledergruppen i marts',
    L5: 'Afventer kommunikationsafdelingen',
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const a = ANS[id]!;
    t.set(`A${r}`, id).set(`B${r}`, q, WRAP);
    const col = a === 'yes' ? 'C' : a === 'partly' ? 'D' : a === 'no' ? 'E' : undefined;
    if (col) t.set(`${col}${r}`, 'ü', WING);
    const c = COMMENT[id];
    if (c) t.set(`F${r}`, c);
    const ans: Exp = a;
    p.answer(id, ans, T, `${col ?? 'C'}${r}`, c ? { v: c, cell: `F${r}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  type KR = [string, string, string | number, number, string, Exp];
  const ks: KR[] = [
    ['TK', 'Mentor', 6, 3, 'mentor', 6],
    [
      'LH',
      'Mentor og forældrecoach',
      '8-10',
      4,
      'both',
      unsure(null, '"8-10" hours: a range, no one figure'),
    ],
    ['AS', 'Forældrecoach', 5, 2, 'parent_coach', 5],
  ];
  ks.forEach(([ini, rolle, timer, cases, role, hours], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, rolle, timer, cases]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [hours, `C${r}`],
      activeCases: [cases, `D${r}`],
    });
  });
  return p;
}
