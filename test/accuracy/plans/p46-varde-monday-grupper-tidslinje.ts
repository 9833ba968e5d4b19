// Varde (held out, fourth round): the plan kept on a monday.com board and exported to Excel as
// monday.com exports a board: the board's name in A1, then each group (the coordinator made one
// group per theme, in her own words: "Ledelse & forankring", "Kompetenceudvikling") as a title row
// followed by its own header row ("Name | Person | Status | Timeline | Deadline | Item ID") and its
// items, with a blank row between groups. Status labels are monday's English defaults ("Done",
// "Working on it", "Stuck", and empty for an item nobody has set); "Stuck" is not on the list (in
// progress, blocked: a check). "Timeline" is a range of ISO dates in one cell ("2027-02-01 -
// 2027-03-31"); "Deadline" a date and time as text ("2027-03-12T00:00:00"). Several people in
// "Person" are joined by ", ". The cover facts are "Label: value" lines on a sheet the coordinator
// added after the board. SheetJS.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';

function ev(e: Exp, cell: string): ExpectedValue {
  if (e === null || typeof e !== 'object') return { value: e, cell };
  return {
    value: e.v,
    cell: e.cell ?? cell,
    ...(e.flag ? { flag: true as const } : {}),
    ...(e.alt ? { alt: [...e.alt] } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p46-varde-monday-grupper-tidslinje',
    'sheetjs',
    'Varde: a monday.com board export: groups (one per theme, own words) as title rows each followed by its own header row, English status labels Done/Working on it/Stuck/empty, a Timeline column holding "YYYY-MM-DD - YYYY-MM-DD", a Deadline column holding "YYYY-MM-DDT00:00:00", several people joined by ", "; cover as "Label: value" lines on an added sheet.',
    [
      'project-tool-export',
      'monday-board-groups',
      'theme-heading-rows',
      'repeated-header-row',
      'status-english-tool-labels',
      'status-stuck',
      'status-empty',
      'timeline-iso-range-in-one-cell',
      'iso-date-time-text',
      'responsible-several-people',
      'cover-label-in-same-cell',
      'no-styles',
    ],
  );
  const S = 'Mentorkorps Varde 2027';
  const s = p.sheet(S);
  s.set('A1', 'Mentorkorps Varde 2027');
  [46, 28, 16, 26, 22, 12].forEach((w, i) => s.width(i + 1, w));
  const HEADER = ['Name', 'Person', 'Status', 'Timeline', 'Deadline', 'Item ID'];
  const ST: Record<string, Exp> = {
    Done: 'done',
    'Working on it': 'in_progress',
    Stuck: unsure('in_progress', '"Stuck": begun but blocked; not on the list, to be checked'),
    '': { v: null, note: 'no status set on the board' },
  };
  // [name, person, status, timeline, deadline, start reading, deadline reading, deadline from]
  type I = [string, string, string, string, string, string | null, string | null];
  const groups: [string, string, I[]][] = [
    ['Ledelse & forankring', 'leadership', [
      ['Mål for korpset vedtaget i Børne- og Familieudvalget', 'Jens Kock', 'Done', '', '2027-01-26T00:00:00', null, '2027-01-26'],
      ['Kvartalsmøde mellem koordinator og ledelse', 'Jens Kock, Rikke Due', 'Working on it', '2027-01-04 - 2027-06-30', '', '2027-01-04', '2027-06-30'],
    ]],
    ['Kommunikation', 'communication', [
      ['Folder til forældre om forældrecoaching', 'Rikke Due', 'Done', '2027-01-11 - 2027-02-05', '2027-02-05T00:00:00', '2027-01-11', '2027-02-05'],
      ['Opslag på kommunens hjemmeside', 'Rikke Due', '', '', '2027-04-15T00:00:00', null, '2027-04-15'],
      ['Infomøde for skolernes ledere', 'Rikke Due, Per Skytte', 'Stuck', '', '2027-03-09T00:00:00', null, '2027-03-09'],
    ]],
    ['Kompetenceudvikling', 'upskilling', [
      ['LAT-kursus for seks nye mentorer', 'Nationalt center', 'Working on it', '2027-02-22 - 2027-03-19', '', '2027-02-22', '2027-03-19'],
      ['Netværksdag med Esbjerg og Billund', 'Per Skytte', '', '', '2027-05-20T00:00:00', null, '2027-05-20'],
    ]],
    ['Organisering', 'organisation_roles', [
      ['Kommissorium for mentorgruppen', 'Rikke Due', 'Done', '', '2027-02-12T00:00:00', null, '2027-02-12'],
    ]],
    ['Dokumentation & data', 'documentation', [
      ['Månedlig optælling af aktive forløb', 'Per Skytte', 'Working on it', '2027-01-01 - 2027-06-30', '', '2027-01-01', '2027-06-30'],
      ['Skabelon til progressionsmåling', 'Rikke Due', 'Stuck', '', '2027-04-30T00:00:00', null, '2027-04-30'],
    ]],
  ]; // prettier-ignore
  let r = 3;
  let id = 4_018_203_551;
  for (const [title, theme, items] of groups) {
    s.set(`A${r}`, title);
    p.notActivity(S, r, 'a group title: the theme of the items under it');
    const themeCell = `A${r}`;
    r++;
    s.row(`A${r}`, HEADER);
    p.notActivity(S, r, "the group's header row");
    r++;
    for (const [name, person, status, timeline, deadline, xs, xd] of items) {
      s.row(`A${r}`, [name, person, status, timeline, deadline, String(id++)]);
      const deadlineCell = deadline ? `E${r}` : `D${r}`;
      p.activity(S, r, {
        theme: ev(theme, themeCell),
        activity: ev(name, `A${r}`),
        status: ev(ST[status]!, `C${r}`),
        start: ev(xs, `D${r}`),
        deadline: ev(xd, deadlineCell),
        responsible: ev(person, `B${r}`),
      });
      r++;
    }
    r++;
  }

  const O = 'Info';
  const o = p.sheet(O);
  o.set('A1', 'Kommune: Varde Kommune');
  o.set('A2', 'Periode: 2027, 1. halvår');
  o.set('A3', 'Fase: Indledende implementering');
  o.set('A4', 'Koordinator: Rikke Due, rdue@varde.dk');
  o.set('A5', 'Leder: Jens Kock');
  o.set('A7', 'Planen ligger på monday.com; dette er en eksport.');
  p.fact('municipality', '573', O, 'A1');
  p.fact('period', '2027-H1', O, 'A2');
  p.fact('phase', 'initial', O, 'A3');
  p.fact('coordinator', 'Rikke Due', O, 'A4');
  p.fact('leader', 'Jens Kock', O, 'A5');
  return p;
}
