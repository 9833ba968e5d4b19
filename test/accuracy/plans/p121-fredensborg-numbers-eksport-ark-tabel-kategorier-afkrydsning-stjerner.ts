// Fredensborg (held out, twenty-third round: plans saved by office programs no plan in the corpus
// came from). The coordinator keeps the plan in Apple Numbers on her Mac and iPad and exports it to
// Excel for the corps. Numbers writes every table as a sheet of its own named "<Ark> - <Tabel>"
// ("Forside - Nøgletal", "Handleplan - Aktiviteter 2027", "Huskeliste - Forberedelse",
// "Korps - Tabel 1"), the table's name as a merged title row above the table where the name is
// shown, the first column as a header column (bold), Helvetica Neue 10 as the default font. The
// plan is categorised by theme: Numbers writes each category as a summary row above its group (the
// theme and a count of the group's activities) and the group's rows under it, grouped. An "Udført"
// checkbox column is exported as TRUE/FALSE beside the pop-up menu "Status" (plain text, one left
// empty where the box is ticked, one "I gang" with the box ticked), a star rating "Prioritet" as
// "★★★☆☆", and every date as a date with the time 00:00. The checklist is two Numbers tables on one
// sheet, each numbered 1–7 and 1–8, the section named only in the sheet's name (cut at Excel's 31
// characters by the export: "Huskeliste - Løbende implemente") and title row.
// Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { SEED_QUESTIONS } from './checklist-seed';

const HEADCOL: Style = { bold: true };
const TITLE: Style = { bold: true, size: 14 };
const HEAD: Style = { bold: true, fill: { rgb: 'DBDBDB' } };
const SUMMARY: Style = { bold: true, fill: { rgb: 'EEEEEE' } };
const DT: Style = { fmt: 'dd.mm.yyyy hh:mm' };

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Opkvalificering: 'upskilling',
  Inddragelse: 'involvement',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

// [activity, responsible, start, deadline, status pop-up, Udført, stars, status as read]
type R = readonly [string, string, string | null, string, string, boolean, string, Exp];
const GROUPS: readonly (readonly [string, readonly R[]])[] = [
  ['Ledelse', [
    ['Styregruppen godkender mål for 2027', 'Morten Falk', null, '2027-01-31', 'Færdig', true, '★★★★★', 'done'],
    ['Halvårlig status til direktionen', 'Morten Falk', null, '2027-06-30', 'Ikke startet', false, '★★★☆☆', 'not_started'],
  ]],
  ['Kommunikation', [
    ['Nyhedsbrev til skoler og dagtilbud', 'Sanne Bech', '2027-01-15', '2027-02-28', 'I gang', false, '★★☆☆☆', 'in_progress'],
    ['Oplæg på fællesmøde for rådgiverne', 'Sanne Bech', null, '2027-03-15', '', true, '★★★☆☆',
      { v: 'done', note: 'the pop-up menu is left empty, but the "Udført" box is ticked: done' }],
  ]],
  ['Opkvalificering', [
    ['LAT-kursus for fire nye mentorer', 'Anja Riis', '2027-02-01', '2027-04-30', 'I gang', true, '★★★★☆',
      { v: 'in_progress', alt: ['done'], flag: true, note: 'the pop-up says "I gang" and the "Udført" box is ticked: one of them was not updated; to be confirmed' }],
    ['Supervision af forældrecoaches hver 6. uge', 'Lone Vig (ekstern)', '2027-01-01', '2027-06-30', 'I gang', false, '★★★★★', 'in_progress'],
  ]],
  ['Inddragelse', [
    ['Forældrepanel giver input til forløbsbeskrivelsen', 'Anja Riis', null, '2027-05-31', 'Udskudt', false, '★★☆☆☆',
      { v: 'changed', flag: true, note: '"Udskudt" (postponed) is Ændret by the guide\'s list, a judgement to be checked' }],
  ]],
  ['Opfølgning på dokumentation', [
    ['Månedligt udtræk af forløbsdata til styregruppen', 'Sanne Bech', '2027-01-01', '2027-06-30', 'I gang', false, '★★★☆☆', 'in_progress'],
  ]],
  ['Evaluering og tilpasning', [
    ['Evalueringsworkshop med mentorer og forældrecoaches', 'Sanne Bech', null, '2027-06-15', 'Ikke startet', false, '☆☆☆☆☆', 'not_started'],
  ]],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p121-fredensborg-numbers-eksport-ark-tabel-kategorier-afkrydsning-stjerner',
    'hand-built',
    'Fredensborg: a plan kept in Apple Numbers and exported to Excel: a sheet per table named "<Ark> - <Tabel>", the table\'s name as a title row, a header column, the plan categorised by theme with a summary row (theme and count) above each group, an "Udført" checkbox column TRUE/FALSE beside the pop-up status (one empty, one contradicting the box), a star rating "★★★☆☆", dates with the time 00:00, the checklist as two tables numbered 1–7 and 1–8 named only by the sheet.',
    [
      'numbers-export-sheet-per-table',
      'table-name-as-title-row',
      'category-summary-rows-above-groups',
      'checkbox-column-beside-status',
      'star-rating-column',
      'dates-with-midnight-time',
      'checklist-sections-named-by-sheet-only',
    ],
  );
  p.wb.defaultFont = { name: 'Helvetica Neue', size: 10 };

  // Forside: the table "Nøgletal", its name shown, a header column.
  const F = 'Forside - Nøgletal';
  const f = p.sheet(F);
  f.set('A1', 'Nøgletal', TITLE).merge('A1:B1');
  const facts: [string, string | { date: string }][] = [
    ['Kommune', 'Fredensborg Kommune'],
    ['Periode', '1. halvår 2027'],
    ['Fase', 'Klargøring'],
    ['Koordinator', 'Sanne Bech'],
    ['Leder', 'Morten Falk'],
    ['Organisering', 'Socialområdet'],
    ['Supervision', 'Ekstern supervisor'],
    ['Sidst opdateret', { date: '2026-11-27' }],
  ];
  facts.forEach(([k, v], i) => {
    f.set(`A${2 + i}`, k, HEADCOL);
    if (typeof v === 'string') f.set(`B${2 + i}`, v);
    else f.set(`B${2 + i}`, { v, s: DT });
  });
  f.width(1, 18).width(2, 30);
  p.fact('municipality', '210', F, 'B2');
  p.fact('period', '2027-H1', F, 'B3');
  p.fact('phase', 'readiness', F, 'B4');
  p.fact('coordinator', 'Sanne Bech', F, 'B5');
  p.fact('leader', 'Morten Falk', F, 'B6');
  p.fact('organisation', 'social', F, 'B7');
  p.fact('supervisionModel', 'external', F, 'B8');

  // Handleplan: the table "Aktiviteter 2027", categorised by Tema.
  const S = 'Handleplan - Aktiviteter 2027';
  const s = p.sheet(S);
  s.set('A1', 'Aktiviteter 2027', TITLE).merge('A1:H1');
  s.row('A2', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Udført', 'Prioritet'], HEAD);
  s.width(1, 26).width(2, 50).width(3, 20).width(4, 16).width(5, 16).width(6, 14).width(7, 8).width(8, 11);
  s.summaryAbove = true;
  const x = (e: Exp, cell: string): ExpectedValue => toExpected(e, cell, S);
  let r = 2;
  for (const [tema, rows] of GROUPS) {
    r++;
    const first = r + 1;
    const last = r + rows.length;
    s.set(`A${r}`, tema, SUMMARY);
    s.set(`B${r}`, { v: rows.length, f: `SUBTOTAL(103,B${first}:B${last})`, s: SUMMARY });
    p.notActivity(
      S,
      r,
      `the category's summary row above its group: the theme and a count of its ${rows.length} activities`,
    );
    for (const [akt, ansv, start, frist, status, done, stars, read] of rows) {
      r++;
      s.outline.set(r, 1);
      s.set(`A${r}`, tema, HEADCOL).set(`B${r}`, akt).set(`C${r}`, ansv);
      if (start) s.set(`D${r}`, { v: { date: start }, s: DT });
      s.set(`E${r}`, { v: { date: frist }, s: DT });
      if (status) s.set(`F${r}`, status);
      s.set(`G${r}`, done).set(`H${r}`, stars);
      p.activity(S, r, {
        theme: x(THEME[tema]!, `A${r}`),
        activity: x(akt, `B${r}`),
        status: x(read, status ? `F${r}` : `G${r}`),
        start: x(start, `D${r}`),
        deadline: x(frist, `E${r}`),
        responsible: x(ansv === 'Lone Vig (ekstern)' ? { v: ansv, alt: ['Lone Vig'] } : ansv, `C${r}`),
      });
    }
  }

  // Huskeliste: two tables on one Numbers sheet, each exported as a sheet of its own.
  const ANS: Record<string, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
  const sections: readonly (readonly [string, string, string, readonly (string | null)[]])[] = [
    [
      'Huskeliste - Forberedelse',
      'Forberedelse',
      'F',
      ['yes', 'yes', 'partly', 'yes', 'no', 'partly', 'yes'],
    ],
    [
      'Huskeliste - Løbende implemente',
      'Løbende implementering',
      'L',
      ['yes', 'partly', 'partly', 'no', 'yes', null, 'partly', 'yes'],
    ],
  ];
  for (const [name, title, prefix, answers] of sections) {
    const c = p.sheet(name);
    c.set('A1', title, TITLE).merge('A1:D1');
    c.row('A2', ['Nr.', 'Spørgsmål', 'Svar', 'Note'], HEAD);
    c.width(2, 80).width(4, 30);
    const qs = SEED_QUESTIONS.filter(([id]) => id.startsWith(prefix));
    qs.forEach(([id, q], i) => {
      const row = 3 + i;
      const a = answers[i] ?? null;
      c.set(`A${row}`, i + 1, HEADCOL).set(`B${row}`, q);
      if (a) c.set(`C${row}`, ANS[a]!);
      const note =
        id === 'F5'
          ? 'Kommer med i budget 2028'
          : id === 'L6'
            ? 'Drøftes på styregruppemødet i marts'
            : undefined;
      if (note) c.set(`D${row}`, note);
      p.answer(id, a, name, `C${row}`, note ? { v: note, cell: `D${row}` } : undefined);
    });
  }

  // Korps: the table "Tabel 1", its name not shown.
  const K = 'Korps - Tabel 1';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer pr. uge', 'Forløb', 'Supervision'], HEAD);
  k.width(2, 26);
  const members: readonly (readonly [string, string, string, number, number, boolean])[] = [
    ['AR', 'Mentor', 'mentor', 8, 3, true],
    ['KJ', 'Forældrecoach', 'parent_coach', 6, 2, true],
    ['PL', 'Mentor og forældrecoach', 'both', 10, 4, false],
    ['MH', 'Mentor', 'mentor', 7.5, 2, true],
  ];
  members.forEach(([ini, rolle, role, h, n, sup], i) => {
    const row = 2 + i;
    k.set(`A${row}`, ini, HEADCOL)
      .set(`B${row}`, rolle)
      .set(`C${row}`, h)
      .set(`D${row}`, n)
      .set(`E${row}`, sup);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [h, `C${row}`],
      activeCases: [n, `D${row}`],
    });
  });
  return p;
}
