// Favrskov (held out, thirty-eighth round): ONE SHEET PER PERSON. The coordinator gave every member
// of the team a tab of their own, named as the team calls them: "Mette" (the coordinator herself),
// "Lars H." (there are two Lars in the house), "Fatma Yilmaz" and "SSP – Jonas" (the SSP consultant).
// Each keeps their own activities there (Tema | Aktivitet | Frist | Status | Bemærkning): no
// "Ansvarlig" column, since the tab says whose they are; each sheet's title says it in its own way.
// The joint activities stand on "Fælles", which HAS an Ansvarlig column ("Alle", "Mette og Lars",
// "Fatma og Jonas"). "Oversigt" holds the cover facts and a small table counting each person's
// activities by status with COUNTIF formulas (cached values), and a hidden "Skabelon" tab (title
// "Aktiviteter – [navn]" and the header row) waits for a new person. Checklist and corps on sheets
// of their own. Hand-built package (hidden sheet, formulas).
//
// A careful reader takes the responsible of a person's sheet from the sheet's name: "Mette" (the
// cover names the coordinator Mette Kragh, so "Mette Kragh" is just as right), "Lars H.", "Fatma
// Yilmaz"; "SSP – Jonas" is Jonas from SSP (SSP names his unit, not a person): "Jonas", or the tab's
// whole name, or "Jonas (SSP)". The Fælles sheet's own column gives its responsible, as written. The
// Oversigt's counts are no activities (a row per person and an "I alt"), and the empty template
// holds none.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { BOLD, DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly frist: string;
  readonly status: string;
  readonly x: Exp;
  readonly note?: string;
  /** Fælles only: the Ansvarlig cell as written. */
  readonly ans?: string;
}

interface Person {
  /** The tab's name. */
  readonly tab: string;
  /** The title in A1, as the person (or the coordinator) wrote it. */
  readonly title: string;
  /** The careful reading of the responsible from the tab. */
  readonly responsible: Exp;
  readonly acts: readonly Act[];
}

const PEOPLE: readonly Person[] = [
  { tab: 'Mette', title: 'Mettes aktiviteter (koordinator)',
    responsible: { v: 'Mette', alt: ['Mette Kragh'], note: 'the tab names her; the cover names the coordinator Mette Kragh' },
    acts: [
      { tema: 'Ledelse', theme: 'leadership', akt: 'Styregruppemøde om korpsets mål og måltal', frist: '2026-09-03', status: 'Gennemført', x: 'done', note: 'Måltal vedtaget' },
      { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Halvårligt dataudtræk fra dokumentationsplatformen', frist: '2026-12-11', status: 'I gang', x: 'in_progress', note: 'Udtræk bestilt hos IT' },
      { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Evalueringsmøde med korpset og ledelsen', frist: '2026-12-17', status: 'Ikke startet', x: 'not_started' },
    ] },
  { tab: 'Lars H.', title: 'Lars H. – aktiviteter',
    responsible: 'Lars H.',
    acts: [
      { tema: 'Opkvalificering', theme: 'upskilling', akt: 'LAT-grundkursus for nye mentorer', frist: '2026-10-22', status: 'Gennemført', x: 'done', note: 'Seks deltog' },
      { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Fast sparring mellem mentorer og sagsbehandlere', frist: '2026-12-18', status: 'I gang', x: 'in_progress', note: 'Hver anden tirsdag' },
      { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Rollebeskrivelse for mentorer opdateres', frist: '2026-11-13', status: 'I gang', x: 'in_progress' },
    ] },
  { tab: 'Fatma Yilmaz', title: 'Aktiviteter for Fatma Yilmaz, Familierådgivningen',
    responsible: 'Fatma Yilmaz',
    acts: [
      { tema: 'Inddragelse', theme: 'involvement', akt: 'Forældrecafé for forældre til unge i forløb', frist: '2026-10-08', status: 'Gennemført', x: 'done', note: '14 forældre mødte op' },
      { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Supervision af forældrecoaches', frist: '2026-11-26', status: 'Ikke startet', x: 'not_started', note: 'Afventer aftale med ekstern supervisor' },
    ] },
  { tab: 'SSP – Jonas', title: 'SSP-konsulent Jonas – aktiviteter',
    responsible: { v: 'Jonas', alt: ['SSP – Jonas', 'Jonas (SSP)', 'SSP-Jonas'], note: 'the tab names Jonas and his unit (SSP): Jonas is responsible' },
    acts: [
      { tema: 'Kommunikation', theme: 'communication', akt: 'Oplæg om korpset på SSP-netværksmøde', frist: '2026-09-17', status: 'Gennemført', x: 'done' },
      { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Aftale om henvisning fra SSP til mentorkorpset', frist: '2026-11-30', status: 'I gang', x: 'in_progress', note: 'Udkast sendt til politiet' },
    ] },
]; // prettier-ignore

const FAELLES: readonly Act[] = [
  { tema: 'Kommunikation', theme: 'communication', akt: 'Nyhedsbrev til skoler og dagtilbud om korpset', ans: 'Alle', frist: '2026-10-30', status: 'Gennemført', x: 'done', note: 'Hver skrev et afsnit' },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Dialogmøde med unge og forældre', ans: 'Mette og Lars', frist: '2026-11-19', status: 'I gang', x: 'in_progress', note: 'Lokale booket på Hadsten Skole' },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Fælles møderække med skoler og familieafdeling', ans: 'Fatma og Jonas', frist: '2026-12-10', status: 'Ikke startet', x: 'not_started' },
]; // prettier-ignore

const STATUSES = ['Ikke startet', 'I gang', 'Gennemført'] as const;
const d = (iso: string): Value => ({ date: iso });
/** A sheet's name as a formula refers to it (quoted where it holds anything but letters and digits). */
const ref = (tab: string): string => (/^[A-Za-zÆØÅæøå0-9_]+$/.test(tab) ? tab : `'${tab}'`);

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p157-favrskov-et-ark-pr-person-faelles-ark-optaelling-skjult-skabelon',
    'hand-built',
    'Favrskov: one sheet per person ("Mette", "Lars H.", "Fatma Yilmaz", "SSP – Jonas"), each with its own activities (Tema | Aktivitet | Frist | Status | Bemærkning) and no Ansvarlig column; a "Fælles" sheet of joint activities with an Ansvarlig column ("Alle", "Mette og Lars", "Fatma og Jonas"); "Oversigt" with the cover facts and COUNTIF counts per person and status; a hidden "Skabelon" tab for a new person.',
    [
      'sheet-per-person',
      'responsible-from-sheet-name',
      'sheet-name-first-name-only',
      'sheet-name-unit-and-name',
      'joint-sheet-with-responsible-column',
      'responsible-everyone',
      'responsible-two-first-names',
      'countif-overview-per-person',
      'cover-facts-above-overview',
      'hidden-template-sheet-for-new-person',
    ],
  );

  // --- Oversigt (cover facts and the counts) --------------------------------------------------------
  const O = 'Oversigt';
  const o = p.sheet(O);
  o.width(1, 20).width(2, 26).width(3, 13).width(4, 13).width(5, 13);
  o.set('A1', 'Mentor- og forældrecoachindsatsen i Favrskov Kommune', TITLE);
  coverPairs(p, O, 3, [
    ['Kommune', 'Favrskov Kommune', 'municipality', '710'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Mette Kragh', 'coordinator'],
    ['Leder', 'Ole Brandt', 'leader'],
  ]);
  o.set('A9', 'Aktiviteter pr. person', BOLD);
  o.row('A10', ['Person', 'Aktiviteter i alt', ...STATUSES], HEAD);
  const counted: { name: string; tab: string; acts: readonly Act[]; statusCol: string; textCol: string }[] = [
    ...PEOPLE.map((pe) => ({ name: pe.tab, tab: pe.tab, acts: pe.acts, statusCol: 'D', textCol: 'B' })),
    { name: 'Fælles', tab: 'Fælles', acts: FAELLES, statusCol: 'E', textCol: 'B' },
  ];
  let r = 11;
  for (const c of counted) {
    const sh = ref(c.tab);
    o.set(`A${r}`, c.name);
    o.set(`B${r}`, { v: c.acts.length, f: `COUNTIF(${sh}!${c.textCol}4:${c.textCol}40,"?*")` });
    STATUSES.forEach((st, i) => {
      const n = c.acts.filter((a) => a.status === st).length;
      o.set(`${'CDE'[i]!}${r}`, { v: n, f: `COUNTIF(${sh}!${c.statusCol}4:${c.statusCol}40,"${st}")` });
    });
    p.notActivity(O, r, "a count of the person's activities by status (COUNTIF), not an activity");
    r++;
  }
  const total = counted.flatMap((c) => c.acts);
  o.set(`A${r}`, 'I alt', BOLD);
  o.set(`B${r}`, { v: total.length, f: `SUM(B11:B${r - 1})`, s: BOLD });
  STATUSES.forEach((st, i) => {
    const col = 'CDE'[i]!;
    o.set(`${col}${r}`, {
      v: total.filter((a) => a.status === st).length,
      f: `SUM(${col}11:${col}${r - 1})`,
      s: BOLD,
    });
  });
  p.notActivity(O, r, 'the total of the counts');
  o.set(
    `A${r + 2}`,
    'Ny i teamet? Højreklik på en fane › Vis › Skabelon, kopiér fanen og giv kopien dit navn.',
    ITALIC,
  );
  p.notActivity(O, r + 2, 'how a new person gets a sheet');

  // --- Fælles (joint activities, with an Ansvarlig column) ----------------------------------------
  const FS = 'Fælles';
  const fs = p.sheet(FS);
  const xf = at(FS);
  fs.width(1, 26).width(2, 46).width(3, 18).width(4, 12).width(5, 14).width(6, 36);
  fs.set('A1', 'Fælles aktiviteter', TITLE);
  fs.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning'], HEAD);
  fs.frozenRows = 3;
  r = 4;
  for (const a of FAELLES) {
    fs.set(`A${r}`, a.tema)
      .set(`B${r}`, a.akt, WRAP)
      .set(`C${r}`, a.ans!)
      .set(`D${r}`, { v: d(a.frist), s: DMY_DOT })
      .set(`E${r}`, a.status);
    if (a.note) fs.set(`F${r}`, a.note, WRAP);
    p.activity(FS, r, {
      theme: xf(a.theme, `A${r}`),
      activity: xf(a.akt, `B${r}`),
      status: xf(a.x, `E${r}`),
      start: xf(null, `D${r}`),
      deadline: xf(a.frist, `D${r}`),
      responsible: xf(a.ans!, `C${r}`),
    });
    r++;
  }

  // --- One sheet per person (no Ansvarlig column) ---------------------------------------------------
  for (const pe of PEOPLE) {
    const s = p.sheet(pe.tab);
    const x = at(pe.tab);
    s.width(1, 26).width(2, 46).width(3, 12).width(4, 14).width(5, 36);
    s.set('A1', pe.title, TITLE);
    s.row('A3', ['Tema', 'Aktivitet', 'Frist', 'Status', 'Bemærkning'], HEAD);
    s.frozenRows = 3;
    r = 4;
    for (const a of pe.acts) {
      s.set(`A${r}`, a.tema)
        .set(`B${r}`, a.akt, WRAP)
        .set(`C${r}`, { v: d(a.frist), s: DMY_DOT })
        .set(`D${r}`, a.status);
      if (a.note) s.set(`E${r}`, a.note, WRAP);
      p.activity(pe.tab, r, {
        theme: x(a.theme, `A${r}`),
        activity: x(a.akt, `B${r}`),
        status: x(a.x, `D${r}`),
        start: x(null, `C${r}`),
        deadline: x(a.frist, `C${r}`),
        // No column gives it: the tab's name does (its title in A1 says the same).
        responsible: x(pe.responsible, 'A1'),
      });
      r++;
    }
  }

  // --- The hidden template for a new person ---------------------------------------------------------
  const T = 'Skabelon';
  const t = p.sheet(T);
  t.hidden = true;
  t.width(1, 26).width(2, 46).width(3, 12).width(4, 14).width(5, 36);
  t.set('A1', 'Aktiviteter – [navn]', TITLE);
  t.row('A3', ['Tema', 'Aktivitet', 'Frist', 'Status', 'Bemærkning'], HEAD);
  p.notActivity(T, 1, 'the hidden blank template for a new person: a title and a header, no activity');

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: ['partly', 'Supervision af forældrecoaches mangler'], L6: 'yes', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['LH', 'mentor', 'Ungdomsskolen', 10, 5],
    ['JN', 'mentor', 'SSP', 6, 3],
    ['FY', 'parent_coach', 'Familierådgivningen', 8, 3],
    ['KB', 'mentor', 'Skoleafdelingen', 7, 4],
    ['AS', 'both', 'PPR', 9, 4],
  ]);
  return p;
}
