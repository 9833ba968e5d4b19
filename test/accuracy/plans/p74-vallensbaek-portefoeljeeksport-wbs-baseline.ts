// Vallensbæk (held out, eleventh round): the plan exported from the municipality's project-portfolio
// tool. One sheet "Opgaver" as the tool writes it: a WBS code ("1", "1.2", "1.2.1"), "Opgavenavn",
// "Ansvarlig", "Planlagt start", "Planlagt slut", "Forventet slut", "Faktisk slut", the baseline
// ("Baseline start", "Baseline slut") beside them and "% færdig" as a 0–1 decimal. Level 1 is a
// summary row naming the theme (its dates and share the tool's roll-up of its tasks), level 2 the
// activities, level 3 an activity's tasks. The deadline is the planned finish: the baseline is the
// first plan, the forecast what the tool expects. A share of 1 or an actual finish is done, 0 not
// started, in between in progress. Project facts ("Projekt", "Projektleder", ...) on "Projektinfo".
// Hand-built (dates with Excel's date format, no styles beyond bold summary rows).

import { PlanBuilder } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';

const DATE = { fmt: 'dd-mm-yyyy' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p74-vallensbaek-portefoeljeeksport-wbs-baseline',
    'hand-built',
    'Vallensbæk: a project-portfolio tool export: WBS codes 1 / 1.2 / 1.2.1 (level 1 a theme summary row with rolled-up dates, level 2 the activities, level 3 their tasks), "% færdig" as 0–1 decimals, "Planlagt start/slut", "Forventet slut", "Faktisk slut" and baseline columns beside them; project facts on "Projektinfo".',
    [
      'portfolio-tool-export',
      'wbs-codes-three-levels',
      'summary-rows-are-themes',
      'tasks-under-activity',
      'fraction-done-decimal',
      'planned-forecast-actual-baseline-dates',
    ],
  );

  const I = 'Projektinfo';
  const info = p.sheet(I);
  info.row('A1', ['Egenskab', 'Værdi'], { bold: true });
  info.row('A2', ['Projekt', 'Mentor- og forældrecoachkorps']);
  info.row('A3', ['Organisation', 'Vallensbæk Kommune']);
  info.row('A4', ['Rapporteringsperiode', '2027-H1']);
  info.row('A5', ['Fase', 'Klargøring']);
  info.row('A6', ['Projektleder', 'Camilla Rask']);
  info.row('A7', ['Projektejer', 'Ole Brandt']);
  info.row('A8', ['Eksporteret', '2027-03-02 08:14']);
  info.width(1, 22).width(2, 36);
  p.fact('municipality', { v: '187', note: '"Vallensbæk Kommune" under "Organisation"' }, I, 'B3');
  p.fact('period', '2027-H1', I, 'B4');
  p.fact('phase', 'readiness', I, 'B5');
  p.fact(
    'coordinator',
    { v: 'Camilla Rask', note: 'the project leader of the effort is its coordinator' },
    I,
    'B6',
  );
  p.fact('leader', { v: 'Ole Brandt', note: 'the project owner: the leader who answers for it' }, I, 'B7');

  const S = 'Opgaver';
  const s = p.sheet(S);
  s.row(
    'A1',
    [
      'WBS',
      'Opgavenavn',
      'Ansvarlig',
      'Planlagt start',
      'Planlagt slut',
      'Forventet slut',
      'Faktisk slut',
      'Baseline start',
      'Baseline slut',
      '% færdig',
    ],
    { bold: true },
  );
  s.width(1, 8).width(2, 46).width(3, 18);
  for (let c = 4; c <= 9; c++) s.width(c, 13);
  s.width(10, 9);

  // [wbs, name, responsible, planned start, planned finish, forecast finish, actual finish, baseline start, baseline finish, share, theme of a level-1 row]
  type R = [
    string,
    string,
    string | null,
    string,
    string,
    string | null,
    string | null,
    string,
    string,
    number,
    string?,
  ];
  const rows: R[] = [
    ['1', 'Ledelse', null, '2027-01-04', '2027-06-25', '2027-06-25', null, '2027-01-04', '2027-06-25', 0.55, 'leadership'],
    ['1.1', 'Opstartsmøde i direktionen', 'Ole Brandt', '2027-01-04', '2027-01-22', '2027-01-22', '2027-01-21', '2027-01-04', '2027-01-22', 1],
    ['1.2', 'Ledelsesinformation hvert kvartal', 'Camilla Rask', '2027-02-01', '2027-06-25', '2027-06-25', null, '2027-02-01', '2027-06-25', 0.3],
    ['2', 'Kommunikation', null, '2027-01-11', '2027-05-28', '2027-06-11', null, '2027-01-11', '2027-05-28', 0.4, 'communication'],
    ['2.1', 'Kommunikationsplan for korpset', 'Camilla Rask', '2027-01-11', '2027-02-19', '2027-02-19', '2027-02-17', '2027-01-11', '2027-02-12', 1],
    ['2.2', 'Informationsmøder på skolerne', 'Lars Vinther', '2027-03-01', '2027-05-28', '2027-06-11', null, '2027-03-01', '2027-05-28', 0.25],
    ['2.2.1', 'Book møder med skolelederne', 'Lars Vinther', '2027-03-01', '2027-03-12', '2027-03-12', '2027-03-10', '2027-03-01', '2027-03-12', 1],
    ['2.2.2', 'Oplæg og materialer', 'Lars Vinther', '2027-03-08', '2027-04-02', '2027-04-16', null, '2027-03-08', '2027-04-02', 0.1],
    ['3', 'Opkvalificering', null, '2027-02-01', '2027-06-18', '2027-06-18', null, '2027-02-01', '2027-05-28', 0.2, 'upskilling'],
    ['3.1', 'LAT-uddannelse af otte mentorer', 'Nina Juhl', '2027-02-01', '2027-06-18', '2027-06-18', null, '2027-02-01', '2027-05-28', 0.35],
    ['3.2', 'Kursus i forældrecoaching', 'Nina Juhl', '2027-04-05', '2027-06-11', '2027-06-11', null, '2027-04-05', '2027-06-11', 0],
    ['4', 'Organisering, roller og ansvar', null, '2027-01-18', '2027-03-31', '2027-03-31', null, '2027-01-18', '2027-03-31', 0.5, 'organisation_roles'],
    ['4.1', 'Rollebeskrivelse for koordinator og mentorer', 'Camilla Rask', '2027-01-18', '2027-02-05', '2027-02-05', '2027-02-04', '2027-01-18', '2027-02-05', 1],
    ['4.2', 'Henvisningsaftale med familieafdelingen', 'Ole Brandt', '2027-02-08', '2027-03-31', '2027-03-31', null, '2027-02-08', '2027-03-31', 0],
    ['5', 'Opfølgning på dokumentation', null, '2027-01-25', '2027-06-30', '2027-06-30', null, '2027-01-25', '2027-06-30', 0.6, 'documentation'],
    ['5.1', 'Registrering af forløb i fagsystemet', 'Sofie Dam', '2027-01-25', '2027-06-30', '2027-06-30', null, '2027-01-25', '2027-06-30', 0.6],
    ['6', 'Evaluering og tilpasning', null, '2027-05-03', '2027-06-24', '2027-06-24', null, '2027-05-03', '2027-06-24', 0, 'evaluation'],
    ['6.1', 'Evalueringsworkshop med mentorer og ledere', 'Camilla Rask', '2027-05-03', '2027-06-24', '2027-06-24', null, '2027-05-03', '2027-06-24', 0],
    ['6.2', 'Tilpasning af planen for 2. halvår', 'Ole Brandt', '2027-06-01', '2027-06-24', '2027-06-24', null, '2027-06-01', '2027-06-24', 0],
  ]; // prettier-ignore

  let theme: { id: string; r: number } | undefined;
  let activityRow = 0;
  rows.forEach(([wbs, name, who, ps, pf, ff, af, bs, bf, share, th], i) => {
    const r = 2 + i;
    const level = wbs.split('.').length;
    const style = level === 1 ? { bold: true } : undefined;
    s.set(`A${r}`, wbs, style);
    s.set(`B${r}`, (level === 3 ? '    ' : level === 2 ? '  ' : '') + name, style);
    if (who) s.set(`C${r}`, who);
    s.set(`D${r}`, { date: ps }, { ...DATE, ...style });
    s.set(`E${r}`, { date: pf }, { ...DATE, ...style });
    if (ff) s.set(`F${r}`, { date: ff }, { ...DATE, ...style });
    if (af) s.set(`G${r}`, { date: af }, { ...DATE, ...style });
    s.set(`H${r}`, { date: bs }, { ...DATE, ...style });
    s.set(`I${r}`, { date: bf }, { ...DATE, ...style });
    s.set(`J${r}`, share, style);
    if (level === 1) {
      theme = { id: th!, r };
      p.notActivity(S, r, `WBS ${wbs}: a summary row naming the theme`);
      return;
    }
    if (level === 3) {
      p.notActivity(S, r, `WBS ${wbs}: a task of the activity in row ${activityRow}`);
      return;
    }
    activityRow = r;
    const e = (v: string | null, cell: string, note?: string): ExpectedValue => ({
      value: v,
      cell,
      sheet: S,
      ...(note ? { note } : {}),
    });
    const status = share >= 1 || af ? 'done' : share > 0 ? 'in_progress' : 'not_started';
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(theme!.id, `B${theme!.r}`, 'the level-1 summary row above'),
      activity: e(name, `B${r}`),
      status: e(status, `J${r}`, `"% færdig" ${share}`),
      start: e(ps, `D${r}`),
      deadline: e(
        pf,
        `E${r}`,
        pf !== bf
          ? 'the planned finish, not the baseline'
          : ff !== pf
            ? 'the planned finish, not the forecast'
            : undefined,
      ),
      responsible: e(who, `C${r}`),
    };
    p.activity(S, r, fields);
  });
  return p;
}
