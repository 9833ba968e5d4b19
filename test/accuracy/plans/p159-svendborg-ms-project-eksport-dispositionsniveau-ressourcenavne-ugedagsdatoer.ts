// Svendborg (held out, thirty-ninth round: plans that came out of another program a municipality
// uses). The project office keeps the effort as a Microsoft Project plan (Danish Project), and the
// coordinator saved it to Excel with Project's export wizard (Eksportguiden, the "Opgave- og
// ressourcetabel" map): the sheet "Opgave_tabel1" holds the tasks as Project writes them, one row
// per task: "Id", "Dispositionsniveau" (the outline level as a number: the export drops the
// indentation, so the names all stand flush), "Navn", "Varighed" as Project writes durations ("10
// dage", "0 dage" for a milestone, "3 uger", "5 dage?" for an estimate), "Start" and "Slut" as the
// text of Project's Danish date format with the weekday ("ma 03-08-26": day-month-two-digit year),
// "Foregående opgaver" ("3;5", "7SS+2 dage", "12AS-1 dag"), "Ressourcenavne" (names joined by ";",
// a share of a person's time in brackets: "Anne Berg[50%]") and "% færdig" as "45%". Level 0 is
// the project summary task (Id 0), level 1 a summary task per theme (with the roll-up of its tasks),
// level 2 the activities, and one activity has two level-3 tasks of its own. Project has no status:
// the share done tells it (0 % not started, 100 % done, in between in progress). The export's
// second sheet "Ressource_tabel1" lists Project's resources ("Navn", "Initialer", "Gruppe", "Maks.
// enheder", "Standardsats"): the people planned with, with initials, but not the corps. The
// coordinator added a cover, the checklist and the corps. SheetJS (the export's cells are text and
// numbers, no styles).
//
// A careful reader reads level 1 as the theme of the level-2 rows under it, level 2 as the
// activities (a milestone of 0 days too: it has a day, a person and a share), and level 3 as tasks
// of the activity above; the responsible is the person named without the share in brackets; the
// date is the day the text gives (the weekday agrees with it); "Foregående opgaver" and "Varighed"
// are no dates.

import { PlanBuilder, type Exp } from '../build/plan';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const WEEKDAY = ['sø', 'ma', 'ti', 'on', 'to', 'fr', 'lø'] as const;

/** Project's Danish date text: "ma 03-08-26". */
function projectDate(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return `${WEEKDAY[day]!} ${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(2, 4)}`;
}

/** A resource cell, and the responsible a careful reader gives (the names, without the shares). */
function resources(cell: string): Exp {
  const names = cell.split(';').map((n) => n.replace(/\[\d+%\]$/, '').trim());
  if (names.length === 1)
    return { v: names[0]!, note: 'the share of her time in brackets is no part of the name' };
  return {
    v: names.join(', '),
    alt: [names.join('; '), names.join(' og '), names.join(';'), names.join(' / ')],
    note: 'Project joins resources with ";"; a share in brackets is no part of the name',
  };
}

type Kind = 'summary' | 'task' | 'sub';
// [level, name, duration, start, finish, predecessors, resources, share, theme (summaries)]
type R = readonly [Kind, string, string, string, string, string, string, number, string?];

const ROWS: readonly R[] = [
  ['summary', 'Ledelse', '105 dage', '2026-08-03', '2026-12-25', '', '', 60, 'leadership'],
  ['task', 'Styregruppemøde: mål og måltal for korpset', '1 dag', '2026-08-11', '2026-08-11', '', 'Per Juul', 100],
  ['task', 'Planen godkendt i Børne- og Ungeudvalget', '0 dage', '2026-09-16', '2026-09-16', '2', 'Per Juul', 100],
  ['task', 'Ledelsesopfølgning på caseload pr. mentor', '15 uger', '2026-09-07', '2026-12-18', '3', 'Per Juul[25%];Anne Berg', 40],
  ['summary', 'Kommunikation', '60 dage?', '2026-08-17', '2026-11-06', '', '', 55, 'communication'],
  ['task', 'Informationsmøde for skoler og dagtilbud', '5 dage', '2026-08-17', '2026-08-21', '', 'Anne Berg[50%]', 100],
  ['task', 'Nyhedsbrev om indsatsen til forældre', '3 uger', '2026-10-12', '2026-10-30', '6SS+2 dage', 'Lars Kjær', 0],
  ['task', 'Artikel på intranettet om de første forløb', '5 dage?', '2026-11-02', '2026-11-06', '7', 'Lars Kjær[50%]', 0],
  ['summary', 'Opkvalificering', '50 dage', '2026-08-24', '2026-10-30', '', '', 70, 'upskilling'],
  ['task', 'LAT-kursus for nye mentorer og forældrecoaches', '40 dage', '2026-08-24', '2026-10-16', '', 'Mette Friis', 70],
  ['sub', 'Kursusdag 1 og 2: metode og samtaleteknik', '2 dage', '2026-08-24', '2026-08-25', '', 'Mette Friis', 100],
  ['sub', 'Kursusdag 3: opfølgning og supervision', '1 dag', '2026-10-16', '2026-10-16', '11', 'Mette Friis', 0],
  ['task', 'Aktionslæringsmøde efter kurset', '1 dag', '2026-10-30', '2026-10-30', '10AS+10 dage', 'Mette Friis;Anne Berg', 0],
  ['summary', 'Organisering, roller og ansvar', '30 dage', '2026-08-03', '2026-09-11', '', '', 100, 'organisation_roles'],
  ['task', 'Samarbejdsaftale med PPR om henvisning af familier', '30 dage', '2026-08-03', '2026-09-11', '', 'Anne Berg', 100],
  ['summary', 'Opfølgning på dokumentation', '95 dage', '2026-08-17', '2026-12-25', '', '', 30, 'documentation'],
  ['task', 'Månedlig registrering i dokumentationsplatformen', '95 dage', '2026-08-17', '2026-12-25', '', 'Mette Friis[20%]', 30],
  ['summary', 'Evaluering og tilpasning', '10 dage', '2026-12-07', '2026-12-18', '', '', 0, 'evaluation'],
  ['task', 'Midtvejsevaluering med mentorer og forældrecoaches', '10 dage', '2026-12-07', '2026-12-18', '13;17', 'Anne Berg;Lars Kjær[50%]', 0],
  ['task', 'Status til styregruppen', '0 dage', '2026-12-18', '2026-12-18', '20', 'Per Juul', 0],
]; // prettier-ignore

const statusOf = (share: number): string =>
  share === 0 ? 'not_started' : share === 100 ? 'done' : 'in_progress';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p159-svendborg-ms-project-eksport-dispositionsniveau-ressourcenavne-ugedagsdatoer',
    'sheetjs',
    'Svendborg: a Microsoft Project plan (Danish Project) saved to Excel with the export wizard: "Opgave_tabel1" with Id, "Dispositionsniveau" as a number (the names flush, no indentation), Navn, Varighed ("10 dage", "0 dage" milestones, "3 uger", "5 dage?"), Start/Slut as Project\'s date text with the weekday ("ma 03-08-26"), "Foregående opgaver" ("6SS+2 dage"), "Ressourcenavne" joined by ";" with shares in brackets ("Anne Berg[50%]"), "% færdig" as text; level 0 the project, level 1 themes, level 2 activities, level 3 two tasks of an activity; no status column (the share tells); a "Ressource_tabel1" sheet of Project\'s resources with initials (not the corps); cover, checklist and corps added by the coordinator.',
    [
      'ms-project-export-wizard',
      'outline-level-as-number-no-indentation',
      'project-summary-task-level-0',
      'summary-tasks-as-themes',
      'sub-tasks-level-3',
      'milestones-zero-days',
      'project-durations-as-text',
      'weekday-dates-two-digit-year-as-text',
      'predecessors-with-lag',
      'resource-names-with-units',
      'status-from-percent-complete-text',
      'resource-sheet-with-initials-not-corps',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Svendborg Kommune');
  coverPairs(p, F, 3, [
    ['Kommune', 'Svendborg Kommune', 'municipality', '479'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Anne Berg', 'coordinator'],
    ['Leder', 'Per Juul', 'leader'],
    ['Planen', 'Eksporteret fra MS Project 24-11-2026 (arket "Opgave_tabel1")'],
  ]);
  p.sheet(F).width(1, 14).width(2, 60);

  const S = 'Opgave_tabel1';
  const s = p.sheet(S);
  const x = at(S);
  [5, 18, 52, 10, 12, 12, 18, 30, 10].forEach((w, i) => s.width(i + 1, w));
  s.row('A1', [
    'Id',
    'Dispositionsniveau',
    'Navn',
    'Varighed',
    'Start',
    'Slut',
    'Foregående opgaver',
    'Ressourcenavne',
    '% færdig',
  ]);
  s.row('A2', [
    0,
    0,
    'Mentor- og forældrecoachindsatsen 2026',
    '105 dage',
    projectDate('2026-08-03'),
    projectDate('2026-12-25'),
    '',
    '',
    '52%',
  ]);
  p.notActivity(S, 2, "Project's project summary task (level 0): the whole plan");
  let theme = '';
  let themeCell = '';
  let activityRow = 0;
  ROWS.forEach(([kind, name, dur, start, finish, pred, res, share, th], i) => {
    const r = i + 3;
    const level = kind === 'summary' ? 1 : kind === 'task' ? 2 : 3;
    s.row(`A${r}`, [
      i + 1,
      level,
      name,
      dur,
      projectDate(start),
      projectDate(finish),
      pred,
      res,
      `${share}%`,
    ]);
    if (kind === 'summary') {
      theme = th!;
      themeCell = `C${r}`;
      p.notActivity(
        S,
        r,
        `a summary task (level 1) naming the theme "${name}", with the roll-up of its tasks`,
      );
      return;
    }
    if (kind === 'sub') {
      p.notActivity(S, r, `a task (level 3) of the activity in row ${activityRow}`);
      return;
    }
    activityRow = r;
    p.activity(S, r, {
      theme: x(theme, themeCell),
      activity: x(name, `C${r}`),
      status: x(statusOf(share), `I${r}`),
      start: x(start, `E${r}`),
      deadline: x(finish, `F${r}`),
      responsible: x(resources(res), `H${r}`),
    });
  });

  // The export's resource sheet: Project's resources, not the corps.
  const RS = 'Ressource_tabel1';
  const rs = p.sheet(RS);
  rs.row('A1', ['Id', 'Navn', 'Initialer', 'Gruppe', 'Maks. enheder', 'Standardsats']);
  const people: readonly (readonly [string, string, string])[] = [
    ['Anne Berg', 'AB', 'Koordinator'],
    ['Per Juul', 'PJ', 'Ledelse'],
    ['Lars Kjær', 'LK', 'Kommunikation'],
    ['Mette Friis', 'MF', 'Familieafdelingen'],
  ];
  people.forEach(([n, ini, g], i) => {
    rs.row(`A${i + 2}`, [i + 1, n, ini, g, '100%', '0,00 kr./t']);
  });

  checklistSheet(
    p,
    'Huskeliste',
    {
      F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
      L1: 'yes', L2: 'partly', L3: 'partly', L4: ['no', 'Aftales på aktionslæringsmødet'], L5: 'yes', L6: 'partly', L7: 'yes', L8: 'partly',
    },
    false,
  ); // prettier-ignore
  corpsSheet(
    p,
    'Korps',
    [
      ['SH', 'mentor', 'Ungecentret', 8, 4],
      ['TN', 'parent_coach', 'Familieafdelingen', 10, 5],
      ['KB', 'both', 'Familieafdelingen', 6, 3],
    ],
    false,
  );
  return p;
}
