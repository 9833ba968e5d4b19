// Tønder (held out, seventeenth round): an older version of korpsplan's own template
// (templates/1.0, before L9), filled in with openpyxl and then opened and saved by the coordinator in
// LibreOffice. She grouped the activities by theme and merged each theme's cells down over its rows
// (only the first row of a merge holds the theme), typed deadlines as formulas counted from the
// start ("=A4+28") and "=TODAY()" beside a label of her own on the cover, added a sheet "Overblik"
// after the cover with status counts (COUNTIF) and a bar chart of them, and hid "Behovsanalyse". The
// coordinator's e-mail address is in her name's cell. One checklist question is answered only in
// its comment cell ("Delvist – mangler aftale med skolerne"), the answer cell left empty.

import type { Exp } from '../build/plan';
import { TemplatePlan, day } from '../build/template';

export function build(): TemplatePlan {
  const p = new TemplatePlan(
    'p99-toender-gammel-skabelon-flettede-temaer-formler-diagram',
    'openpyxl-libreoffice',
    'templates/1.0/Implementeringsplan.xlsx',
    'Tønder: korpsplan\'s template version 1.0 filled in with openpyxl and saved again by LibreOffice: themes merged down over their activities, deadlines as formulas from the start ("=A4+28"), "=TODAY()" on the cover, an "Overblik" sheet of COUNTIF status counts with a bar chart, a hidden sheet, the e-mail in the coordinator\'s cell, a checklist answer written only in its comment cell.',
    [
      'own-template',
      'older-template-version',
      'openpyxl-hand',
      'libreoffice-hand',
      'theme-merged-over-rows',
      'deadline-formula-from-start',
      'today-formula-on-cover',
      'summary-sheet-with-chart',
      'hidden-sheet',
      'checklist-answer-in-comment-cell',
    ],
  );
  const F = 'Forside';
  p.set(F, 'B3', 'Tønder');
  p.fact('municipality', '550', F, 'B3');
  p.set(F, 'B4', '2026-H2');
  p.fact('period', '2026-H2', F, 'B4');
  p.set(F, 'B5', 'Fuld implementering');
  p.fact('phase', 'full', F, 'B5');
  p.set(F, 'B6', 'Mads Lund (mlu@toender.dk)');
  p.fact('coordinator', { v: 'Mads Lund', note: 'the e-mail address in brackets is his address' }, F, 'B6');
  p.set(F, 'B8', 'Birgit Sand');
  p.fact('leader', 'Birgit Sand', F, 'B8');
  p.set(F, 'B10', 'Beskæftigelsesforvaltningen');
  p.fact('organisation', 'employment', F, 'B10');
  p.set(F, 'B11', 'Leder eller koordinator er supervisor');
  p.fact('supervisionModel', 'leader_or_coordinator', F, 'B11');
  p.set(F, 'A16', 'Sidst opdateret');
  p.set(F, 'B16', '=TODAY()', 'dd-mm-yyyy');

  const S = 'Implementeringsplan';
  p.edit('table', S, 'Aktiviteter', 'A3:I13');
  const ST: Record<string, Exp> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
    Ændret: 'changed',
  };
  // [start, deadline (a day or a formula), its day, theme (first row of a merge) or null, activity, responsible, status, evaluation]
  type R = [string | null, string, string, string | null, string, string, string, string];
  const rows: R[] = [
    ['2026-08-03', '=A4+28', '2026-08-31', 'Ledelse', 'Styregruppemøde: mål for korpset', 'Mads Lund', 'Gennemført', ''],
    ['2026-09-01', '2026-09-30', '2026-09-30', null, 'Ledelsesinformation om korpset til udvalget', 'Birgit Sand', 'I gang', ''],
    ['2026-10-15', '=A6+45', '2026-11-29', null, 'Budgetønske for 2027', 'Birgit Sand', 'Ikke startet', ''],
    ['2026-08-24', '=A7+14', '2026-09-07', 'Kommunikation', 'Folder til forældre på dansk og arabisk', 'Mads Lund', 'Gennemført', 'Uddelt på skolerne'],
    [null, '2026-12-01', '2026-12-01', null, 'Oplæg på skoleledermøde', 'Mads Lund', 'Ikke startet', ''],
    ['2026-09-14', '=A9+60', '2026-11-13', 'Inddragelse', 'Brugerpanel med tidligere mentees', 'Sara Ali', 'I gang', ''],
    ['2026-08-31', '2026-10-09', '2026-10-09', 'Opkvalificering', 'LAT-kursus for 3 nye mentorer', 'Sara Ali', 'Gennemført', ''],
    ['2026-11-02', '2026-12-14', '2026-12-14', null, 'Temadag om forældrecoaching', 'Sara Ali', 'Ændret', 'Flyttet til januar'],
    ['2026-11-16', '=A12+30', '2026-12-16', 'Evaluering og tilpasning', 'Halvårsopfølgning i ledelsesgruppen', 'Mads Lund', 'Ikke startet', ''],
    ['2026-12-01', '2026-12-31', '2026-12-31', null, 'Evaluering af matchning mentor/ung', 'Birgit Sand', 'I gang', ''],
  ]; // prettier-ignore
  const TH: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    Opkvalificering: 'upskilling',
    'Evaluering og tilpasning': 'evaluation',
  };
  let group: { theme: string; cell: string; first: number } | undefined;
  const merges: string[] = [];
  const specs = rows.map(([start, frist, fristDay, tema, akt, who, st, ev], i) => {
    const r = 4 + i;
    if (tema !== null) {
      if (group && r - 1 > group.first) merges.push(`C${group.first}:C${r - 1}`);
      group = { theme: tema, cell: `C${r}`, first: r };
    }
    const g = group!;
    return {
      cells: {
        A: start === null ? undefined : day(start),
        B: frist.startsWith('=') ? frist : day(frist),
        C: tema ?? undefined,
        D: akt,
        F: who,
        G: st,
        I: ev === '' ? undefined : ev,
      },
      x: {
        theme:
          tema === null ? { v: TH[g.theme]!, note: `the merged cell ${g.cell} over this row` } : TH[tema]!,
        status: ST[st]!,
        start,
        deadline: frist.startsWith('=') ? { v: fristDay, note: `the formula ${frist}` } : fristDay,
      },
      themeCell: g.cell,
    };
  });
  if (group) merges.push(`C${group.first}:C13`);
  p.rows(
    S,
    4,
    { start: 'A', deadline: 'B', theme: 'C', activity: 'D', responsible: 'F', status: 'G' },
    specs,
  );
  for (const m of merges) p.edit('merge', S, m);

  // A summary sheet of her own after the cover: counts by status, and a chart of them.
  const O = 'Overblik';
  p.edit('new', O, 1);
  p.set(O, 'A1', 'Overblik over status');
  p.set(O, 'A3', 'Status').set(O, 'B3', 'Antal');
  ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'].forEach((s, i) => {
    p.set(O, `A${4 + i}`, s).set(O, `B${4 + i}`, `=COUNTIF(Implementeringsplan!G$4:G$13,A${4 + i})`);
  });
  p.set(O, 'A9', 'I alt').set(O, 'B9', '=SUM(B4:B8)');
  p.edit('bar_chart', O, 'D3', 'Aktiviteter pr. status', 'A4:A8', 'B3:B8');
  p.edit('hide', 'Behovsanalyse');

  const H = 'Huskeliste';
  p.check('F1', H, 'D4', 'Ja', 'yes');
  p.check('F2', H, 'D5', 'Ja', 'yes');
  p.check(
    'F3',
    H,
    'D6',
    null,
    {
      v: 'partly',
      flag: true,
      cell: 'E6',
      note: 'the answer cell is empty; the comment beside it begins "Delvist"',
    },
    {
      cell: 'E6',
      written: 'Delvist – mangler aftale med skolerne',
      x: { v: 'mangler aftale med skolerne', alt: ['Delvist – mangler aftale med skolerne'] },
    },
  );
  p.check('F4', H, 'D7', 'Ja', 'yes');
  p.check('F5', H, 'D8', 'Delvist', 'partly');
  p.check('F6', H, 'D9', 'Ja', 'yes');
  p.check('F7', H, 'D10', 'Nej', 'no', {
    cell: 'E10',
    written: 'Drøftes på næste styregruppemøde',
    x: 'Drøftes på næste styregruppemøde',
  });
  p.check('L1', H, 'D11', 'Ja', 'yes');
  p.check('L2', H, 'D12', 'Delvist', 'partly');
  p.check('L3', H, 'D13', 'Ja', 'yes');
  p.check('L4', H, 'D14', 'Nej', 'no');
  p.check('L5', H, 'D15', 'Ja', 'yes');
  p.check('L6', H, 'D16', 'Ja', 'yes');
  p.check('L7', H, 'D17', 'Delvist', 'partly');
  p.check('L8', H, 'D18', 'Nej', 'no');
  return p;
}
