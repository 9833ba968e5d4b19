// Kerteminde (held out, tenth round): a plan whose theme is given only as a number in a "Kategori"
// column, the numbers explained on a sheet "Kategorier" of their own in the coordinator's own order
// (1 = Kommunikation, 2 = Ledelse, …: not the seed's order), and whose responsible column holds
// several people in every way a team writes them: "Anna Holm / Bo Ek", initials joined by "+"
// ("AH+BE", explained on a sheet "Roller" with initials beside each name), "Lone Dam, Per Friis og
// Mads Bech", "Anna Holm (tovholder), Bo Ek". Dates as real date cells shown dd-mm-yyyy, statuses
// in Danish. Made in LibreOffice (flat ODS).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { DMY, HEAD, ITALIC, TITLE } from './common';

/** The coordinator's own numbering of the themes (Kategorier sheet). */
const CODES: [number, string, string][] = [
  [1, 'Kommunikation', 'communication'],
  [2, 'Ledelse', 'leadership'],
  [3, 'Kompetenceudvikling', 'upskilling'],
  [4, 'Inddragelse af medarbejdere og unge', 'involvement'],
  [5, 'Roller og ansvar', 'organisation_roles'],
  [6, 'Arbejdsgange og kultur', 'process_culture'],
  [7, 'Dokumentation og data', 'documentation'],
  [8, 'Evaluering', 'evaluation'],
];

const ST: Record<string, Exp> = {
  Færdig: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const NAMES: Record<string, string> = {
  AH: 'Anna Holm',
  BE: 'Bo Ek',
  LD: 'Lone Dam',
  PF: 'Per Friis',
  MB: 'Mads Bech',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p71-kerteminde-flere-ansvarlige-kategorikoder-eget-ark',
    'libreoffice-fods',
    'Kerteminde: theme only as a number in "Kategori", explained on a sheet of its own in the coordinator\'s order (1 = Kommunikation, 2 = Ledelse …); several people responsible per activity ("Anna Holm / Bo Ek", "AH+BE" explained on Roller, "Lone Dam, Per Friis og Mads Bech").',
    [
      'theme-as-numbered-category-own-order',
      'category-legend-sheet',
      'responsible-several-people-slash',
      'responsible-initials-plus',
      'responsible-several-people-list',
      'initials-explained-on-roles-sheet',
      'roles',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Implementeringsplan – mentor- og forældrecoachkorps', TITLE);
  f.row('A3', ['Kommune:', 'Kerteminde Kommune']);
  f.row('A4', ['Halvår:', '1. halvår 2027']);
  f.row('A5', ['Fase:', 'Klargøring']);
  f.row('A6', ['Koordinator:', 'Anna Holm']);
  f.row('A7', ['Leder:', 'Jens Mørk']);
  f.width(1, 16).width(2, 40);
  p.fact('municipality', '440', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Anna Holm', F, 'B6');
  p.fact('leader', 'Jens Mørk', F, 'B7');

  const both = (names: string[], typed: string): Exp => ({
    v: names.join(', '),
    alt: [typed, names.join(' og '), names.join(' / '), names.join('; '), names.slice(0, -1).join(', ') + ' og ' + names.at(-1)],
    note: 'several people responsible: all of them',
  }); // prettier-ignore
  const ini = (typed: string): Exp => {
    const names = typed.split('+').map((x) => NAMES[x.trim()]!);
    return { ...(both(names, typed) as object), note: 'initials explained on Roller' } as Exp;
  };

  // [category, activity, responsible typed, reading, start, deadline, status]
  type R = [number, string, string, Exp, string | null, string, string];
  const rows: R[] = [
    [2, 'Opstartsmøde i ledergruppen', 'Jens Mørk', 'Jens Mørk', null, '2027-01-20', 'Færdig'],
    [1, 'Informationsfolder til forældre', 'Anna Holm / Bo Ek', both(['Anna Holm', 'Bo Ek'], 'Anna Holm / Bo Ek'), '2027-01-11', '2027-02-26', 'Færdig'],
    [4, 'Dialogmøde med unge i klub og skole', 'AH+BE', ini('AH+BE'), '2027-02-01', '2027-03-31', 'I gang'],
    [6, 'Ny arbejdsgang for henvisning til mentor', 'Lone Dam, Per Friis og Mads Bech', both(['Lone Dam', 'Per Friis', 'Mads Bech'], 'Lone Dam, Per Friis og Mads Bech'), '2027-02-15', '2027-04-30', 'I gang'],
    [5, 'Rollebeskrivelser for koordinator og mentorer', 'Anna Holm', 'Anna Holm', null, '2027-02-12', 'Færdig'],
    [3, 'Grundkursus i LAT for seks nye mentorer', 'AH+LD', ini('AH+LD'), '2027-03-01', '2027-05-28', 'I gang'],
    [3, 'Temadag om forældresamarbejde', 'Bo Ek / Per Friis', both(['Bo Ek', 'Per Friis'], 'Bo Ek / Per Friis'), null, '2027-04-22', 'Ikke startet'],
    [7, 'Skema til registrering af forløb', 'MB', { v: 'Mads Bech', alt: ['MB'], note: 'initials explained on Roller' }, '2027-01-18', '2027-03-12', 'Færdig'],
    [8, 'Midtvejsevaluering med mentorerne', 'Anna Holm (tovholder), Bo Ek', { v: 'Anna Holm, Bo Ek', alt: ['Anna Holm (tovholder), Bo Ek', 'Anna Holm', 'Anna Holm og Bo Ek'], note: 'the first named leads' }, null, '2027-05-20', 'Ikke startet'],
    [1, 'Artikel i lokalavisen', 'BE', { v: 'Bo Ek', alt: ['BE'], note: 'initials explained on Roller' }, null, '2027-06-15', 'Ikke startet'],
    [2, 'Halvårsstatus til direktionen', 'Jens Mørk + Anna Holm', both(['Jens Mørk', 'Anna Holm'], 'Jens Mørk + Anna Holm'), null, '2027-06-24', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([kat, act, who, whoX, start, dl, st]) => ({
    cells: {
      kat,
      act,
      who,
      start: start ? { v: { date: start }, s: DMY } : undefined,
      dl: { v: { date: dl }, s: DMY },
      st,
    },
    x: {
      theme: { v: CODES[kat - 1]![2], note: `category ${kat} on Kategorier` },
      responsible: whoX,
      status: ST[st] as Exp,
      start,
      deadline: dl,
    },
  }));
  const S = 'Handleplan';
  p.sheet(S).set('A1', 'Handleplan 2027', TITLE);
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'kat', header: 'Kategori', width: 10 },
      { key: 'act', header: 'Aktivitet', width: 46 },
      { key: 'who', header: 'Ansvarlig(e)', width: 32 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'dl', header: 'Deadline', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: {
      theme: 'kat',
      activity: 'act',
      responsible: 'who',
      start: 'start',
      deadline: 'dl',
      status: 'st',
    },
    rows: body,
  });

  const K = 'Kategorier';
  const k = p.sheet(K);
  k.row('A1', ['Nr.', 'Kategori'], HEAD);
  k.width(1, 6).width(2, 40);
  CODES.forEach(([n, label], i) => k.row(`A${2 + i}`, [n, label]));
  k.set('A11', 'Brug nummeret i kolonnen "Kategori" på Handleplan.', ITALIC);

  const R = 'Roller';
  const r = p.sheet(R);
  r.row('A1', ['Initialer', 'Navn', 'Rolle'], HEAD);
  r.width(1, 10).width(2, 22).width(3, 40);
  const roles: [string, string][] = [
    ['AH', 'Koordinator'],
    ['BE', 'Mentor, ungdomsskolen'],
    ['LD', 'Teamleder, familieafdelingen'],
    ['PF', 'Forældrecoach'],
    ['MB', 'Konsulent, data og dokumentation'],
  ];
  roles.forEach(([i2, role], i) => r.row(`A${2 + i}`, [i2, NAMES[i2]!, role]));
  return p;
}
