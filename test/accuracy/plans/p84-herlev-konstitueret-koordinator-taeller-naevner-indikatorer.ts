// Herlev (held out, thirteenth round): a cover whose people are stand-ins: the coordinator on
// maternity leave with the acting one after her ("Mette Kjær (barsel) – konstitueret: Anders Bo"),
// the leader "Ulla Hviid (fungerende)"; the period as a run of months ("juli–december 2026"), the
// phase as one everyday word ("Drift"), supervision "ved koordinator hver anden uge". The corps'
// time written as the coordinator thinks of it: "1½ time/uge", "3 timer ugentligt", "ca. 30 min pr.
// forløb" (per case, not per week: to be asked), "2 t/uge". The indicators as a count and the
// number it is out of ("Antal" | "Ud af" | "Andel" as a formula shown in per cent), the share being
// the result, the "Ud af" its number of cases, and counts with no "Ud af"; one "Andel" a #DIV/0!
// where nothing is counted yet. Hand-built package.

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};
const PCT = { fmt: '0%' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p84-herlev-konstitueret-koordinator-taeller-naevner-indikatorer',
    'hand-built',
    'Herlev: an acting coordinator after the one on leave ("Mette Kjær (barsel) – konstitueret: Anders Bo"), the leader "(fungerende)", the period "juli–december 2026", the phase "Drift", supervision "ved koordinator"; corps time "1½ time/uge", "3 timer ugentligt", "ca. 30 min pr. forløb"; indicators as Antal | Ud af | Andel (a formula in per cent, one #DIV/0!).',
    [
      'cover-acting-coordinator-after-one-on-leave',
      'cover-leader-acting',
      'cover-period-month-range',
      'cover-phase-everyday-word',
      'cover-supervision-words',
      'corps-hours-fraction-character',
      'corps-hours-words',
      'corps-hours-per-case',
      'indicators-numerator-denominator-share',
      'indicator-share-formula-percent',
      'indicator-formula-div0',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 50);
  f.set('A1', 'Mentorkorps og forældrecoaches – Herlev', TITLE);
  f.row('A3', ['Kommune', 'Herlev']);
  f.row('A4', ['Periode', 'juli–december 2026']);
  f.row('A5', ['Fase', 'Drift']);
  f.row('A6', ['Koordinator', 'Mette Kjær (barsel) – konstitueret: Anders Bo']);
  f.row('A7', ['Leder', 'Ulla Hviid (fungerende)']);
  f.row('A8', ['Supervision', 'Ved koordinator hver anden uge']);
  for (const r of [3, 4, 5, 6, 7, 8]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', '163', F, 'B3');
  p.fact('period', { v: '2026-H2', note: 'July to December: the second half-year' }, F, 'B4');
  p.fact('phase', { v: 'full', note: '"Drift": the effort runs as daily operation' }, F, 'B5');
  p.fact(
    'coordinator',
    { v: 'Anders Bo', note: 'the acting coordinator while Mette Kjær is on maternity leave' },
    F,
    'B6',
  );
  p.fact('leader', { v: 'Ulla Hviid', alt: ['Ulla Hviid (fungerende)'] }, F, 'B7');
  p.fact('supervisionModel', 'leader_or_coordinator', F, 'B8');

  const S = 'Plan';
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Budget for 2027 godkendt i direktionen', 'Ulla Hviid', '2026-09-24', 'Gennemført'],
    ['Kommunikation', 'Nyhed på intranettet om korpsets første år', 'Anders Bo', '2026-08-28', 'Gennemført'],
    ['Inddragelse', 'Forældremøde om forældrecoaching', 'Anders Bo', '2026-10-22', 'Gennemført'],
    ['Arbejdsproces og kultur', 'Fast sparringsmøde mellem mentorer', 'Anders Bo', '2026-11-30', 'I gang'],
    ['Opkvalificering', 'Opfølgningsdag for uddannede mentorer', 'Nationalt center', '2026-11-12', 'I gang'],
    ['Evaluering og tilpasning', 'Årsopgørelse af forløb og progression', 'Anders Bo', '2026-12-18', 'Ikke startet'],
    ['Ledelse', 'Beslutning om korpsets størrelse i 2027', 'Ulla Hviid', '2026-12-10', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, frist, st]) => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, frist: { v: { date: frist }, s: DMY }, st },
    x: { theme: TH[tema]!, status: ST[st]!, start: null, deadline: frist },
  }));
  p.table({
    sheet: S,
    headerRow: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'frist', header: 'Deadline', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'frist', status: 'st' },
    rows: body,
  });

  // --- The corps, time as the coordinator thinks of it ---------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 16).width(3, 24).width(4, 10);
  k.row('A1', ['Initialer', 'Rolle', 'Tid', 'Forløb'], HEAD);
  const corps: [string, string, string, string, number | null, number, string?][] = [
    ['HK', 'Mentor', 'mentor', '1½ time/uge', 1.5, 2],
    ['LW', 'Forældrecoach', 'parent_coach', '3 timer ugentligt', 3, 3],
    ['BN', 'Mentor', 'mentor', 'ca. 30 min pr. forløb', null, 6, 'half an hour per case, per week or per meeting not said: about 3 a week at most; to be asked'],
    ['PE', 'Mentor', 'mentor', '2 t/uge', 2, 4],
    ['SD', 'Forældrecoach', 'parent_coach', '4 timer ugentligt', 4, 2],
  ]; // prettier-ignore
  corps.forEach(([ini, role, id, tid, h, c, why], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, tid, c]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [id, `B${r}`],
      hoursPerWeek: [h === null ? unsure(null, why!) : h, `C${r}`],
      activeCases: [c, `D${r}`],
    });
  });

  // --- Indicators: a count, what it is out of, and the share ---------------------------------------
  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 40).width(2, 10).width(3, 10).width(4, 10).width(5, 10);
  ind.row('A1', ['Indikator', 'Antal', 'Ud af', 'Andel', 'Mål'], HEAD);
  // [name, count, out of, share (cached), target as typed, target read, unit, result read, cases read]
  type IR = [
    string,
    number | null,
    number | null,
    number | string | null,
    number | string,
    number,
    string,
    number | null,
    number | null,
  ];
  const inds: IR[] = [
    ['Forløb med positiv progression', 9, 15, 0.6, 0.7, 70, 'percent', 60, 15],
    ['Unge fastholdt i uddannelse over 6 måneder', 5, 8, 0.625, 0.75, 75, 'percent', 62.5, 8],
    ['Unge startet på en ungdomsuddannelse', 0, 0, '#DIV/0!', 0.5, 50, 'percent', null, 0],
    ['Aktive mentorforløb', 12, null, null, 15, 15, 'count', 12, null],
    ['Medarbejdere opkvalificeret', 6, null, null, 8, 8, 'count', 6, null],
  ]; // prettier-ignore
  inds.forEach(([name, count, outOf, share, targetTyped, target, unit, result, cases], i) => {
    const r = 2 + i;
    ind.set(`A${r}`, name);
    if (count !== null) ind.set(`B${r}`, count);
    if (outOf !== null) ind.set(`C${r}`, outOf);
    if (share !== null) ind.set(`D${r}`, { v: share, f: `B${r}/C${r}`, s: PCT });
    ind.set(
      `E${r}`,
      typeof targetTyped === 'number' && unit === 'percent' ? { v: targetTyped, s: PCT } : targetTyped,
    );
    const isShare = outOf !== null;
    p.indicatorRow(I, r, {
      name: [name, `A${r}`],
      unit: [{ v: unit, note: isShare ? 'a share of the cases, shown in per cent' : 'a count' }, isShare ? `D${r}` : `B${r}`],
      target: [target, `E${r}`],
      result: [
        result === null
          ? { v: null, note: '#DIV/0!: nothing counted yet (0 of 0)' }
          : isShare
            ? { v: result, note: `${count} of ${outOf}` }
            : result,
        isShare ? `D${r}` : `B${r}`,
      ],
      ...(isShare ? { cases: [{ v: cases, note: '"Ud af": the number of cases the share is of' }, `C${r}`] } : {}),
    }); // prettier-ignore
  });
  return p;
}
