// Solrød (held out, sixteenth round): each activity is ONE cell holding the whole activity as
// labelled lines, typed in a hurry ("Tema: Ledelse⏎Akt.: …⏎Ansv.: …⏎Frist: uge45⏎Status: igang"),
// under a header that lists what the cell holds; beside it only a number and a notes column. The
// labels and values are abbreviated and mistyped as a busy coordinator types them: "Akt.", "Ansv.",
// "Koord.:" on the cover lines, "igang", "gennemf.", "afsluttet", "ej startet", "aflyst!!",
// "udskudt til foråret", "uge45" without a space, "d. 1/11", "ult. okt", "Q4" without a year,
// "løbende", themes shortened ("Organisering/roller", "Arb.proces & kultur", "Dokumentation",
// "Evaluering"), a responsible as "Lise M." and "Henrik T. + Lise". The municipality and half-year
// only in the title. SheetJS (no styles).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';

const ev = (e: Exp, cell: string): ExpectedValue =>
  e !== null && typeof e === 'object'
    ? {
        value: e.v,
        cell,
        ...(e.flag ? { flag: true as const } : {}),
        ...(e.alt ? { alt: [...e.alt] } : {}),
        ...(e.note ? { note: e.note } : {}),
      }
    : { value: e, cell };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p94-solroed-hele-aktiviteten-i-een-celle-forkortelser-i-farten',
    'sheetjs',
    'Solrød: each activity one cell of labelled lines typed in a hurry ("Tema: …⏎Akt.: …⏎Ansv.: …⏎Frist: uge45⏎Status: igang"), only a number and notes beside it; "igang", "gennemf.", "ej startet", "aflyst!!", "udskudt til foråret", "d. 1/11", "ult. okt", "Q4", shortened themes; "Koord.:" on the cover lines; municipality and half-year only in the title.',
    [
      'whole-activity-in-one-cell-labelled-lines',
      'abbreviated-labels-akt-ansv',
      'hurried-status-typos-igang-gennemf',
      'status-with-exclamation-marks',
      'week-without-space-uge45',
      'day-with-d-prefix',
      'quarter-without-year',
      'shortened-theme-names',
      'cover-abbreviated-labels-in-title-and-lines',
    ],
  );

  const S = 'Plan H2';
  const s = p.sheet(S);
  s.width(1, 5).width(2, 60).width(3, 30);
  s.set('A1', 'Solrød Kommune – mentor/forældrecoach – plan for 2. halvår 2026');
  s.set('A2', 'Koord.: Lise Møller');
  s.set('A3', 'Leder: Henrik Thygesen');
  s.set('A4', 'Fase: klargøring');
  p.fact('municipality', '269', S, 'A1');
  p.fact('period', '2026-H2', S, 'A1');
  p.fact('coordinator', 'Lise Møller', S, 'A2');
  p.fact('leader', 'Henrik Thygesen', S, 'A3');
  p.fact('phase', 'readiness', S, 'A4');

  s.row('A6', ['Nr', 'Aktivitet (tema / hvad / ansv. / frist / status)', 'Noter']);

  type X = {
    theme: Exp;
    activity: Exp;
    responsible: Exp;
    deadline: Exp;
    status: Exp;
    start?: Exp;
  };
  // [the cell's lines, the notes, the reading]
  const rows: [string[], string, X][] = [
    [['Tema: Ledelse', 'Akt.: Styregruppemøde om korpsets mål', 'Ansv.: Henrik Thygesen', 'Frist: d. 1/9', 'Status: gennemf.'], '',
      { theme: 'leadership', activity: 'Styregruppemøde om korpsets mål', responsible: 'Henrik Thygesen', deadline: '2026-09-01', status: 'done' }],
    [['Tema: Kommunikation', 'Akt.: Folder til forældre om coaching', 'Ansv.: Lise Møller', 'Frist: uge38', 'Status: afsluttet'], 'trykt i 500 stk',
      { theme: 'communication', activity: 'Folder til forældre om coaching', responsible: 'Lise Møller', deadline: '2026-09-20', status: 'done' }],
    [['Tema: Opkvalificering', 'Akt.: LAT-kursus for 4 nye mentorer', 'Ansv.: Nationalt center', 'Frist: uge45', 'Status: igang'], '',
      { theme: 'upskilling', activity: 'LAT-kursus for 4 nye mentorer', responsible: 'Nationalt center', deadline: '2026-11-08', status: 'in_progress' }],
    [['Tema: Inddragelse', 'Akt.: Fokusgruppe med unge i forløb', 'Ansv.: Lise M.', 'Frist: d. 1/11', 'Status: aflyst!!'], 'ingen tilmeldte',
      { theme: 'involvement', activity: 'Fokusgruppe med unge i forløb', responsible: 'Lise M.', deadline: '2026-11-01', status: 'closed' }],
    [['Tema: Organisering/roller', 'Akt.: Aftale med skolerne om henvisning', 'Ansv.: Henrik T. + Lise', 'Frist: 30/9', 'Status: igang'], 'mangler 2 skoler',
      { theme: 'organisation_roles', activity: 'Aftale med skolerne om henvisning', responsible: 'Henrik T. + Lise', deadline: '2026-09-30', status: 'in_progress' }],
    [['Tema: Arb.proces & kultur', 'Akt.: Sparringsmøder hver anden uge', 'Ansv.: Lise Møller', 'Frist: løbende', 'Status: igang'], '',
      { theme: 'process_culture', activity: 'Sparringsmøder hver anden uge', responsible: 'Lise Møller', deadline: unsure(null, '"løbende": ongoing, no day to hold it to'), status: 'in_progress' }],
    [['Tema: Dokumentation', 'Akt.: Skabelon til forløbsnoter', 'Ansv.: Lise Møller', 'Frist: ult. okt', 'Status: ikke startet'], '',
      { theme: 'documentation', activity: 'Skabelon til forløbsnoter', responsible: 'Lise Møller', deadline: '2026-10-31', status: 'not_started' }],
    [['Tema: Evaluering', 'Akt.: Midtvejsevaluering m. korpset', 'Ansv.: Henrik Thygesen', 'Frist: 15/12', 'Status: ej startet'], '',
      { theme: 'evaluation', activity: 'Midtvejsevaluering m. korpset', responsible: 'Henrik Thygesen', deadline: '2026-12-15', status: 'not_started' }],
    [['Tema: Kommunikation', 'Akt.: Oplæg på personalemøde i PPR', 'Ansv.: Lise Møller', 'Frist: uge 41', 'Status: udskudt til foråret'], 'PPR har ikke tid før jan.',
      { theme: 'communication', activity: 'Oplæg på personalemøde i PPR', responsible: 'Lise Møller', deadline: { v: '2026-10-11', note: 'the deadline as written (week 41); the status says it is put off to the spring, with no new day' }, status: { v: 'changed', note: '"udskudt til foråret": postponed, as "Udskudt"' } }],
    [['Tema: Ledelse', 'Akt.: Beslutning om forankring efter 2027', 'Ansv.: Henrik Thygesen', 'Frist: Q4', 'Status: igang'], 'på direktionsmøde i dec.',
      { theme: 'leadership', activity: 'Beslutning om forankring efter 2027', responsible: 'Henrik Thygesen', deadline: '2026-12-31', status: 'in_progress' }],
  ]; // prettier-ignore
  let r = 7;
  rows.forEach(([lines, note, x], i) => {
    const at = `B${r}`;
    s.set(`A${r}`, i + 1);
    s.set(at, lines.join('\n'));
    if (note) s.set(`C${r}`, note);
    p.activity(S, r, {
      theme: ev(x.theme, at),
      activity: ev(x.activity, at),
      status: ev(x.status, at),
      start: ev(x.start ?? null, at),
      deadline: ev(x.deadline, at),
      responsible: ev(x.responsible, at),
    });
    r++;
  });
  return p;
}
