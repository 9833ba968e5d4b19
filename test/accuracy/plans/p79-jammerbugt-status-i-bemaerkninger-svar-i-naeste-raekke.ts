// Jammerbugt (held out, twelfth round): a plan with no status column. The coordinator tells how each
// activity stands in a "Bemærkninger" column, in sentences: "Afholdt 12. januar med alle
// afdelingsledere.", "Vi er ca. 50% igennem – fire skoler mangler.", "Ikke gået i gang endnu; …",
// "Ca. 80 % – mangler kun underskrift …", "0 % – vi venter på tal …", "Aflyst – erstattes af …",
// "Udsat til efteråret …", one left empty. The status is what the sentence says; the dates and
// figures inside the sentences are no deadlines. The checklist is kept as rows: the question on
// one row ("F1" | question), the answer on the row under it ("Svar: Delvist – …"). Indicators with
// approximate results ("ca. 15"). SheetJS (dates as t="d" cells, no styles).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';

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

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p79-jammerbugt-status-i-bemaerkninger-svar-i-naeste-raekke',
    'sheetjs',
    'Jammerbugt: no status column; each activity\'s state told in sentences under "Bemærkninger" ("Afholdt 12. januar …", "Vi er ca. 50% igennem – …", "Ca. 80 % – mangler kun …", "0 % – vi venter …", "Aflyst – erstattes af …", "Udsat til efteråret …", one empty); the checklist kept as rows, the answer on the row under its question ("Svar: Delvist – …"); indicator results "ca. 15".',
    [
      'no-status-column',
      'status-in-remark-sentences',
      'status-as-percent-in-sentence',
      'dates-and-figures-inside-remarks',
      'status-cancelled-replaced',
      'status-postponed',
      'status-empty',
      'checklist-answer-on-next-row',
      'checklist-answer-label-svar',
      'indicator-approximate-ca',
    ],
  );

  const C = 'Oplysninger';
  const c = p.sheet(C);
  c.row('A1', ['Kommune', 'Jammerbugt Kommune']);
  c.row('A2', ['Halvår', '1. halvår 2027']);
  c.row('A3', ['Fase', 'Fuld implementering']);
  c.row('A4', ['Koordinator', 'Kasper Nørgaard']);
  c.row('A5', ['Leder', 'Helle Bak']);
  c.width(1, 14).width(2, 30);
  p.fact('municipality', '849', C, 'B1');
  p.fact('period', '2027-H1', C, 'B2');
  p.fact('phase', 'full', C, 'B3');
  p.fact('coordinator', 'Kasper Nørgaard', C, 'B4');
  p.fact('leader', 'Helle Bak', C, 'B5');

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027 – mentorkorpset i Jammerbugt');
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Bemærkninger']);
  s.width(1, 28).width(2, 46).width(3, 18).width(4, 12).width(5, 60);

  const changed: Exp = {
    v: 'changed',
    alt: ['closed'],
    note: 'cancelled and replaced by something else: the plan changed (or closed)',
  };
  const postponed: Exp = {
    v: 'changed',
    flag: true,
    alt: ['not_started'],
    note: 'postponed: the plan changed, or not started yet; to be checked',
  };
  // [theme, activity, responsible, deadline, remark, the status the remark tells]
  type R = [string, string, string, string, string | null, Exp];
  const rows: R[] = [
    ['Ledelse', 'Opstartsmøde med direktør og afdelingsledere', 'Helle Bak', '2027-01-15', 'Afholdt 12. januar med alle afdelingsledere.', { v: 'done', note: '"Afholdt": held' }],
    ['Kommunikation', 'Informationsmøder på de otte skoler', 'Kasper Nørgaard', '2027-03-31', 'Vi er ca. 50% igennem – fire skoler mangler.', { v: 'in_progress', note: 'half done' }],
    ['Inddragelse', 'Fokusgruppe med unge i mentorforløb', 'Lene Ravn', '2027-04-30', 'Ikke gået i gang endnu; afventer ny leder i familieafdelingen.', { v: 'not_started', note: '"ikke gået i gang"' }],
    ['Opkvalificering', 'LAT-grundkursus for nye mentorer', 'Kasper Nørgaard', '2027-05-14', 'Første modul er holdt, andet modul i marts.', { v: 'in_progress', note: 'one module of two held' }],
    ['Kommunikation', 'Pjece til forældre om forældrecoaching', 'Lene Ravn', '2027-02-26', 'Pjecen er trykt og sendt ud til alle skoler og institutioner.', { v: 'done', note: 'printed and sent' }],
    ['Arbejdsproces og kultur', 'Fælles temadag for mentorer og sagsbehandlere', 'Helle Bak', '2027-03-18', 'Aflyst – erstattes af to kortere workshops i maj.', changed],
    ['Organisering, roller og ansvar', 'Samarbejdsaftale med jobcentret', 'Helle Bak', '2027-04-09', 'Ca. 80 % – mangler kun underskrift fra jobcenterchefen.', { v: 'in_progress', note: '80 %: not yet done' }],
    ['Opfølgning på dokumentation', 'Skema til registrering af forløb', 'Kasper Nørgaard', '2027-02-12', 'Skemaet er taget i brug af alle mentorer.', { v: 'done', note: 'in use by all' }],
    ['Opfølgning på dokumentation', 'Kvartalsvis opgørelse til styregruppen', 'Kasper Nørgaard', '2027-06-30', '0 % – vi venter på tal fra fagsystemet.', { v: 'not_started', note: '0 %' }],
    ['Evaluering og tilpasning', 'Midtvejsevaluering med korpset', 'Lene Ravn', '2027-06-11', null, null],
    ['Inddragelse', 'Forældrepanel om forældrecoaching', 'Lene Ravn', '2027-05-28', 'Udsat til efteråret pga. travlhed i familieafdelingen.', postponed],
    ['Opkvalificering', 'Supervision af forældrecoaches', 'Helle Bak', '2027-06-25', 'Kører fint – 3 ud af 6 gange er holdt.', { v: 'in_progress', note: 'three of six sessions held' }],
    ['Ledelse', 'Halvårsstatus i ledergruppen', 'Helle Bak', '2027-06-17', 'Invitationen er sendt, mødet holdes 17. juni.', { v: 'in_progress', flag: true, alt: ['not_started'], note: 'prepared but not held: begun, or not yet started; to be checked' }],
  ]; // prettier-ignore
  rows.forEach(([th, act, who, dl, remark, st], i) => {
    const r = 4 + i;
    s.row(`A${r}`, [th, act, who, { date: dl }, remark ?? undefined]);
    const e = (v: Exp, cell: string): ExpectedValue =>
      v === null || typeof v !== 'object'
        ? { value: v, cell, sheet: S }
        : {
            value: v.v,
            cell,
            sheet: S,
            ...(v.alt ? { alt: [...v.alt] } : {}),
            ...(v.flag ? { flag: true as const } : {}),
            ...(v.note ? { note: v.note } : {}),
          };
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `A${r}`),
      activity: e(act, `B${r}`),
      status: e(st === null ? { v: null, note: 'no remark: the plan gives no status' } : st, `E${r}`),
      start: e(null, `D${r}`),
      deadline: e(dl, `D${r}`),
      responsible: e(who, `C${r}`),
    };
    p.activity(S, r, fields);
  });

  // The checklist as rows: the question, and the answer on the row under it.
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.set('A1', 'Tjekliste for implementering – spørgsmål og svar');
  t.width(1, 6).width(2, 100);
  const ans: Record<string, ['yes' | 'partly' | 'no' | null, string, string | null]> = {
    F1: ['yes', 'Svar: Ja', null],
    F2: ['partly', 'Svar: Delvist – skolerne var ikke med i analysen', 'skolerne var ikke med i analysen'],
    F3: ['no', 'Svar: Nej', null],
    F4: ['yes', 'Svar: Ja', null],
    F5: ['yes', 'Svar: Ja – mentorerne kommer fra familieafdelingen og UU', 'mentorerne kommer fra familieafdelingen og UU'],
    F6: ['partly', 'Svar: Delvist', null],
    F7: ['yes', 'Svar: Ja', null],
    L1: ['yes', 'Svar: Ja', null],
    L2: ['no', 'Svar: Nej – aftales på næste styregruppemøde', 'aftales på næste styregruppemøde'],
    L3: ['partly', 'Svar: Delvist', null],
    L4: ['no', 'Svar: Nej', null],
    L5: ['yes', 'Svar: Ja', null],
    L6: ['partly', 'Svar: Delvist – mangler timer til forældrecoaches', 'mangler timer til forældrecoaches'],
    L7: ['yes', 'Svar: Ja', null],
    L8: [null, 'Svar:', null],
  }; // prettier-ignore
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 3 + 2 * i;
    const [a, typed, comment] = ans[id]!;
    t.row(`A${r}`, [id, q]);
    t.set(`B${r + 1}`, typed);
    p.answer(id, a, T, `B${r + 1}`, comment ? { v: comment, cell: `B${r + 1}` } : undefined);
  });

  // Indicators, two results approximate.
  const K = 'Indikatorer';
  const k = p.sheet(K);
  k.row('A1', ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat', 'Bemærkning']);
  k.width(1, 36).width(6, 40);
  // [name, baseline, target, result as written, result read]
  type I = [string, number, number, string | number, number];
  const ind: I[] = [
    ['Aktive mentorforløb', 8, 20, 'ca. 15', 15],
    ['Forløb afsluttet i perioden', 0, 10, 4, 4],
    ['Medarbejdere opkvalificeret', 6, 14, 'ca. 12', 12],
  ];
  ind.forEach(([name, base, target, typed, result], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [name, 'antal', base, target, typed]);
    if (typeof typed === 'string')
      k.set(`F${r}`, 'Tallet er skønnet – fagsystemet kan ikke trække det endnu');
    p.indicatorRow(K, r, {
      name: [name, `A${r}`],
      unit: ['count', `B${r}`],
      baseline: [base, `C${r}`],
      target: [target, `D${r}`],
      result: [
        typeof typed === 'string' ? { v: result, note: '"ca." — an estimate, the figure stands' } : result,
        `E${r}`,
      ],
    });
  });
  return p;
}
