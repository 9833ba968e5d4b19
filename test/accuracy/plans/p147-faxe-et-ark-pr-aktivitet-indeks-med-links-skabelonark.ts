// Faxe (held out, thirty-third round): the plan kept as ONE SHEET PER ACTIVITY. Each activity's
// sheet is a small form, label | value down columns A–B ("Aktivitet", "Tema", "Ansvarlig", "Start",
// "Frist", "Status", "Bemærkning"), with a link back to the index in A1. The coordinator made the
// sheets by copying one another over the half-year, so they differ: some labels end with a colon
// (the sheets copied from an older one), one sheet has its labels in another order (Tema first,
// Status third), one has an extra "Budget" line, one still holds the template's "[skriv her]" in
// Start. Each sheet's tab is an abbreviation of its activity ("Infomøde", "Midtvejseval.").
// The first sheet, "Indeks", holds the cover facts as label | value pairs and then a table of
// contents: one row per activity with =HYPERLINK("#'Infomøde'!A1","Informationsmøde") and the
// status and deadline pulled from the activity's sheet by formulas (='Infomøde'!B7), each saved
// with its cached value. A blank template sheet "Ny aktivitet" (placeholders "[skriv her]",
// "[vælg tema]") sits after the activities, then the checklist and the corps on sheets of their own.
// Hand-built package.
//
// A careful reader takes each activity from its own sheet (the index only repeats the status and
// deadline and links to it; its rows are no activities of their own), reads each form by its
// labels whatever their order or colon, passes over the template sheet and the placeholder left in
// a real sheet, and reads the cover from the label | value pairs above the index.

import type { Cell, Style, Value } from '../build/model';
import { PlanBuilder, toExpected, unsure, type Exp } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { BOLD, DMY, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';

const LINK: Style = { color: '0563C1' };

type Label = 'Aktivitet' | 'Tema' | 'Ansvarlig' | 'Start' | 'Frist' | 'Status' | 'Bemærkning' | 'Budget';

/** One activity's sheet: its tab, the link text on the index, what is written and how it reads. */
interface Sheet {
  readonly tab: string;
  readonly link: string;
  /** The labels in the order written; a trailing ":" where the sheet writes one. */
  readonly labels: readonly string[];
  readonly values: Readonly<Partial<Record<Label, Value>>>;
  readonly x: Readonly<Record<ActivityField, Exp>>;
}

const STD = ['Aktivitet', 'Tema', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'];
const COLON = STD.map((l) => `${l}:`);
const d = (date: string): Value => ({ date });

const SHEETS: readonly Sheet[] = [
  { tab: 'Styregruppe', link: 'Styregruppemøde', labels: STD,
    values: { Aktivitet: 'Styregruppemøde om korpsets mål og måltal', Tema: 'Ledelse', Ansvarlig: 'Jens Kragh', Frist: d('2026-08-27'), Status: 'Gennemført', Bemærkning: 'Referat ligger på intranettet' },
    x: { activity: 'Styregruppemøde om korpsets mål og måltal', theme: 'leadership', responsible: 'Jens Kragh', start: null, deadline: '2026-08-27', status: 'done' } },
  { tab: 'Infomøde', link: 'Informationsmøde', labels: STD,
    values: { Aktivitet: 'Informationsmøde for skoler og dagtilbud', Tema: 'Kommunikation', Ansvarlig: 'Birgitte Holst', Start: d('2026-09-01'), Frist: d('2026-10-08'), Status: 'Gennemført' },
    x: { activity: 'Informationsmøde for skoler og dagtilbud', theme: 'communication', responsible: 'Birgitte Holst', start: '2026-09-01', deadline: '2026-10-08', status: 'done' } },
  // Labels in another order: the theme first, the status third, the deadline before the start.
  { tab: 'Nyhedsbrev', link: 'Nyhedsbrev til forældre', labels: ['Tema', 'Aktivitet', 'Status', 'Ansvarlig', 'Frist', 'Start', 'Bemærkning'],
    values: { Tema: 'Kommunikation', Aktivitet: 'Nyhedsbrev til forældre om mentorordningen', Status: 'I gang', Ansvarlig: 'Birgitte Holst', Frist: '15.12.2026', Bemærkning: 'Tekst sendt til korrektur' },
    x: { activity: 'Nyhedsbrev til forældre om mentorordningen', theme: 'communication', responsible: 'Birgitte Holst', start: null, deadline: '2026-12-15', status: 'in_progress' } },
  // Copied from the template: Start still shows its placeholder.
  { tab: 'Forældrepanel', link: 'Forældrepanel', labels: STD,
    values: { Aktivitet: 'Forældrepanel om forløbenes indhold', Tema: 'Inddragelse', Ansvarlig: 'Sofie Lind', Start: '[skriv her]', Frist: d('2026-11-26'), Status: 'I gang' },
    x: { activity: 'Forældrepanel om forløbenes indhold', theme: 'involvement', responsible: 'Sofie Lind', start: null, deadline: '2026-11-26', status: 'in_progress' } },
  { tab: 'Sparring', link: 'Sparring mentorer/sagsbehandlere', labels: COLON,
    values: { Aktivitet: 'Fast sparring mellem mentorer og sagsbehandlere', Tema: 'Arbejdsproces og kultur', Ansvarlig: 'Sofie Lind', Start: d('2026-08-17'), Frist: d('2026-12-18'), Status: 'I gang', Bemærkning: 'Hver anden torsdag' },
    x: { activity: 'Fast sparring mellem mentorer og sagsbehandlere', theme: 'process_culture', responsible: 'Sofie Lind', start: '2026-08-17', deadline: '2026-12-18', status: 'in_progress' } },
  { tab: 'Roller', link: 'Rollebeskrivelser', labels: COLON,
    values: { Aktivitet: 'Rollebeskrivelser for koordinator, mentorer og forældrecoaches', Tema: 'Organisering', Ansvarlig: 'Jens Kragh', Frist: d('2026-09-30'), Status: 'Gennemført' },
    x: { activity: 'Rollebeskrivelser for koordinator, mentorer og forældrecoaches', theme: { v: 'organisation_roles', note: '"Organisering" is the start of "Organisering, roller og ansvar"' }, responsible: 'Jens Kragh', start: null, deadline: '2026-09-30', status: 'done' } },
  // An extra line "Budget" between the deadline and the status.
  { tab: 'LAT-kursus', link: 'LAT-kursus', labels: ['Aktivitet', 'Tema', 'Ansvarlig', 'Start', 'Frist', 'Budget', 'Status', 'Bemærkning'],
    values: { Aktivitet: 'LAT-kursus for seks nye mentorer', Tema: 'Opkvalificering', Ansvarlig: 'Karin Juul', Start: d('2026-09-07'), Frist: d('2026-11-19'), Budget: 24000, Status: 'Gennemført', Bemærkning: 'Kursusbevis til alle seks' },
    x: { activity: 'LAT-kursus for seks nye mentorer', theme: 'upskilling', responsible: 'Karin Juul', start: '2026-09-07', deadline: '2026-11-19', status: 'done' } },
  { tab: 'Supervision', link: 'Ekstern supervision', labels: STD,
    values: { Aktivitet: 'Ekstern supervision af forældrecoaches', Tema: 'Opkvalificering', Ansvarlig: 'Karin Juul', Frist: d('2026-12-10'), Status: 'Ikke startet', Bemærkning: 'Afventer tilbud fra konsulent' },
    x: { activity: 'Ekstern supervision af forældrecoaches', theme: 'upskilling', responsible: 'Karin Juul', start: null, deadline: '2026-12-10', status: 'not_started' } },
  { tab: 'Dataudtræk', link: 'Dataudtræk', labels: COLON,
    values: { Aktivitet: 'Kvartalsvis dataudtræk fra dokumentationsplatformen', Tema: 'Opfølgning på dokumentation', Ansvarlig: 'Birgitte Holst', Frist: d('2026-10-30'), Status: 'Færdig' },
    x: { activity: 'Kvartalsvis dataudtræk fra dokumentationsplatformen', theme: 'documentation', responsible: 'Birgitte Holst', start: null, deadline: '2026-10-30', status: 'done' } },
  { tab: 'Midtvejseval.', link: 'Midtvejsevaluering', labels: STD,
    values: { Aktivitet: 'Midtvejsevaluering med korpset og ledelsen', Tema: 'Evaluering og tilpasning', Ansvarlig: 'Jens Kragh', Frist: '17.12.2026', Status: 'Ikke startet' },
    x: { activity: 'Midtvejsevaluering med korpset og ledelsen', theme: 'evaluation', responsible: 'Jens Kragh', start: null, deadline: '2026-12-17', status: 'not_started' } },
  // Labels with and without a colon on one sheet (some retyped).
  { tab: 'Temadag', link: 'Temadag for skoleledere', labels: ['Aktivitet:', 'Tema', 'Ansvarlig:', 'Start', 'Frist:', 'Status:', 'Bemærkning'],
    values: { Aktivitet: 'Temadag for skoleledere om korpset', Tema: 'Ledelse', Ansvarlig: 'Jens Kragh', Frist: d('2026-11-05'), Status: 'Aflyst', Bemærkning: 'For få tilmeldte – flyttes til foråret' },
    x: { activity: 'Temadag for skoleledere om korpset', theme: 'leadership', responsible: 'Jens Kragh', start: null, deadline: '2026-11-05', status: 'closed' } },
  { tab: 'Visitation', link: 'Fælles visitationsmøde', labels: STD,
    values: { Aktivitet: 'Fælles visitationsmøde hver måned', Tema: 'Arbejdsproces og kultur', Ansvarlig: 'Sofie Lind', Start: d('2026-08-05'), Frist: 'løbende', Status: 'I gang' },
    x: { activity: 'Fælles visitationsmøde hver måned', theme: 'process_culture', responsible: 'Sofie Lind', start: '2026-08-05', deadline: unsure(null, '"løbende" (ongoing) names no day: no deadline, checked'), status: 'in_progress' } },
]; // prettier-ignore

/** The label's field (without its colon). */
function fieldOf(label: string): Label {
  return label.replace(/:$/, '') as Label;
}

/** A cell as the coordinator wrote it: dates as date cells in dd-mm-yyyy, the activity wrapped. */
function written(label: Label, v: Value): Cell {
  if (typeof v === 'object') return { v, s: DMY };
  if (label === 'Aktivitet' || label === 'Bemærkning') return { v, s: WRAP };
  return { v };
}

/** A formula's cell on the index: the formula and the value Excel saved with it. */
function formula(f: string, v: Value | null, s?: Style): Cell {
  return { v, f, ...(s ? { s } : {}) };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p147-faxe-et-ark-pr-aktivitet-indeks-med-links-skabelonark',
    'hand-built',
    'Faxe: one sheet per activity, each a label | value form in A–B ("Aktivitet", "Tema", "Ansvarlig", "Start", "Frist", "Status", "Bemærkning"; some labels with a colon, one sheet in another order, one with an extra "Budget" line, one with the template\'s "[skriv her]" left in Start), tabs named by abbreviations; an "Indeks" sheet first with the cover facts and a list of =HYPERLINK() links to the sheets with status and deadline pulled by formulas (cached values); a blank template sheet "Ny aktivitet" with placeholders; checklist and corps on sheets of their own.',
    [
      'sheet-per-activity',
      'activity-as-label-value-form',
      'labels-with-and-without-colon',
      'labels-in-another-order',
      'extra-label-budget',
      'placeholder-left-in-form',
      'index-sheet-with-hyperlink-formulas',
      'status-pulled-by-cross-sheet-formula',
      'blank-template-sheet-with-placeholders',
      'tab-names-abbreviated',
      'deadline-ongoing',
    ],
  );

  // --- Indeks: the cover facts, then the table of contents ---------------------------------------
  const I = 'Indeks';
  const ix = p.sheet(I);
  ix.width(1, 14).width(2, 38).width(3, 14).width(4, 12);
  ix.set('A1', 'Mentor- og forældrecoachkorpset i Faxe Kommune', TITLE);
  ix.set(
    'A2',
    'Handleplan 2. halvår 2026 – ét ark pr. aktivitet. Klik på en aktivitet for at åbne dens ark.',
    ITALIC,
  );
  const cover: [string, string][] = [
    ['Kommune:', 'Faxe Kommune'],
    ['Halvår:', '2. halvår 2026'],
    ['Fase:', 'Indledende implementering'],
    ['Koordinator:', 'Birgitte Holst'],
    ['Leder:', 'Jens Kragh'],
  ];
  cover.forEach(([l, v], i) => ix.set(`A${4 + i}`, l, BOLD).set(`B${4 + i}`, v));
  p.fact('municipality', '320', I, 'B4');
  p.fact('period', '2026-H2', I, 'B5');
  p.fact('phase', 'initial', I, 'B6');
  p.fact('coordinator', 'Birgitte Holst', I, 'B7');
  p.fact('leader', 'Jens Kragh', I, 'B8');
  ix.row('A10', ['Nr.', 'Aktivitet', 'Status', 'Frist'], HEAD);

  // --- One sheet per activity ---------------------------------------------------------------------
  SHEETS.forEach((sh, k) => {
    const s = p.sheet(sh.tab);
    s.width(1, 14).width(2, 60);
    s.set('A1', formula('HYPERLINK("#Indeks!A1","← Tilbage til indeks")', '← Tilbage til indeks', LINK));
    const rowOf = new Map<Label, number>();
    sh.labels.forEach((label, i) => {
      const r = 2 + i;
      const field = fieldOf(label);
      rowOf.set(field, r);
      s.set(`A${r}`, label, BOLD);
      const v = sh.values[field];
      if (v !== undefined) s.set(`B${r}`, written(field, v));
    });
    const at = (l: Label): string => `B${rowOf.get(l)!}`;
    const ev = (e: Exp, l: Label): ExpectedValue => toExpected(e, at(l));
    // A form's activity is known by the form's first row (as p32's blocks are), whatever its label.
    p.activity(sh.tab, 2, {
      theme: ev(sh.x.theme, 'Tema'),
      activity: ev(sh.x.activity, 'Aktivitet'),
      status: ev(sh.x.status, 'Status'),
      start: ev(sh.x.start, 'Start'),
      deadline: ev(sh.x.deadline, 'Frist'),
      responsible: ev(sh.x.responsible, 'Ansvarlig'),
    });

    // The index row: a link to the sheet, its status and deadline pulled from it.
    const r = 11 + k;
    const ref = (l: Label): string => `'${sh.tab}'!${at(l)}`;
    const frist = sh.values.Frist ?? null;
    ix.set(`A${r}`, k + 1);
    ix.set(`B${r}`, formula(`HYPERLINK("#'${sh.tab}'!A1","${sh.link}")`, sh.link, LINK));
    ix.set(`C${r}`, formula(ref('Status'), sh.values.Status ?? 0));
    ix.set(`D${r}`, formula(ref('Frist'), frist, typeof frist === 'object' ? DMY : undefined));
    p.notActivity(
      I,
      r,
      "a line of the index: a link to the activity's sheet, its status and deadline pulled from it by formulas",
    );
  });
  const end = 11 + SHEETS.length;
  ix.set(
    `A${end + 1}`,
    'Ny aktivitet: kopiér arket "Ny aktivitet", udfyld det og tilføj et link her.',
    ITALIC,
  );
  ix.set(`A${end + 2}`, 'Tjeklisten og korpset står på arkene "Tjekliste" og "Korps".', ITALIC);
  p.notActivity(I, end + 1, 'a note under the index on how a new activity is added');

  // --- The blank template sheet --------------------------------------------------------------------
  const T = 'Ny aktivitet';
  const t = p.sheet(T);
  t.width(1, 14).width(2, 60);
  t.set('A1', formula('HYPERLINK("#Indeks!A1","← Tilbage til indeks")', '← Tilbage til indeks', LINK));
  const placeholders: [string, string][] = [
    ['Aktivitet', '[skriv her]'],
    ['Tema', '[vælg tema]'],
    ['Ansvarlig', '[skriv her]'],
    ['Start', '[skriv her]'],
    ['Frist', '[skriv her]'],
    ['Status', '[vælg status]'],
    ['Bemærkning', '[skriv her]'],
  ];
  placeholders.forEach(([l, v], i) => t.set(`A${2 + i}`, l, BOLD).set(`B${2 + i}`, v, ITALIC));
  t.set(
    'A10',
    'Skabelon: højreklik på fanen › Flyt eller kopiér › Opret en kopi. Omdøb fanen til en kort titel.',
    ITALIC,
  );
  p.notActivity(T, 2, 'the blank template: placeholders only');

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: ['partly', 'Ledelsen mangler LAT-introduktion'], L4: 'no', L5: 'partly', L6: 'partly', L7: 'no', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AM', 'mentor', 'Skoleafdelingen', 6, 3],
    ['LT', 'mentor', 'Ungdomsskolen', 8, 4],
    ['HS', 'parent_coach', 'Familieafdelingen', 7, 2],
    ['RP', 'both', 'PPR', 10, 5],
  ]);
  return p;
}
