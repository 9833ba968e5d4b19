// Faxe (held out, twelfth round): a plan kept in two templates on one sheet. The autumn 2026
// activities were written in the municipality's own template ("Nr. | Tema | Aktivitet | Hvornår |
// Ansvarlig | Status", one time column); from January 2027 the coordinator went on in the corps'
// template under the first table, with its own header in another order ("Aktivitet | Fokusområde |
// Milepæl | Start | Frist | Tovholder | Status | Forankring"). Times are week ranges ("uge 40–42
// 2026", "uge 51–2" over the new year), quarters ("Q4 2026", "4. kvartal 2026", "3.–4. kvartal
// 2026", "2. kvartal 2027") and weeks without a year under the 2027 heading. The checklist is merged
// the same way: the preparation questions in the old form (an x under "Ja | Nej | Delvist", in that
// order), the ongoing ones in the corps' form (an answer word per question). LibreOffice (flat ODS).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Afsluttet: 'done',
  Ændret: 'changed',
};
const D = { fmt: 'dd.mm.yyyy' } as const;

/** A time as written, and its reading. */
type T = { text: string; v: Exp } | { date: string };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p78-faxe-to-skabeloner-paa-et-ark-ugeintervaller-kvartaler',
    'libreoffice-fods',
    'Faxe: two templates on one sheet, the second continuing the first with its own header in another column order (the municipality\'s "Nr. | Tema | Aktivitet | Hvornår | Ansvarlig | Status", then the corps\' "Aktivitet | Fokusområde | Milepæl | Start | Frist | Tovholder | Status | Forankring"); week ranges ("uge 40–42 2026", "uge 51–2" over the new year), quarters ("Q4 2026", "4. kvartal 2026", "3.–4. kvartal 2026"), weeks without a year; the checklist merged the same way (x under "Ja | Nej | Delvist", then answer words).',
    [
      'two-templates-one-sheet',
      'second-table-other-column-order',
      'continuation-heading-between-tables',
      'week-range-with-year',
      'week-range-over-new-year',
      'quarter-q-and-words',
      'quarter-range',
      'week-without-year-in-start-column',
      'checklist-two-forms-merged',
      'checklist-x-columns-ja-nej-delvist',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentorkorps og forældrecoaches – Faxe Kommune', { bold: true, size: 14 });
  f.row('A3', ['Kommune:', 'Faxe']);
  f.row('A4', ['Periode:', '1. halvår 2027']);
  f.row('A5', ['Fase:', 'Klargøring']);
  f.row('A6', ['Koordinator:', 'Tine Madsen']);
  f.row('A7', ['Leder:', 'Jesper Holm']);
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '320', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Tine Madsen', F, 'B6');
  p.fact('leader', 'Jesper Holm', F, 'B7');

  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  const HEAD = { bold: true, fill: { rgb: 'D9E1F2' } } as const;
  s.set('A1', 'Implementeringsplan for mentor- og forældrecoachindsatsen – Faxe Kommune', {
    bold: true,
    size: 14,
  });
  s.set('A2', 'Aktiviteter fra efteråret 2026 (kommunens egen skabelon)', { italic: true });
  s.row('A3', ['Nr.', 'Tema', 'Aktivitet', 'Hvornår', 'Ansvarlig', 'Status'], HEAD);
  s.width(1, 34).width(2, 28).width(3, 44).width(4, 22).width(5, 18).width(6, 14).width(7, 14).width(8, 22);

  const e = (v: Exp, cell: string): ExpectedValue =>
    v === null || typeof v !== 'object'
      ? { value: v, cell, sheet: S }
      : {
          value: v.v,
          cell,
          sheet: S,
          ...(v.alt ? { alt: [...v.alt] } : {}),
          ...(v.flag ? { flag: true as const } : {}),
          ...(v.note ? { note: v.note } : {}),
        };

  // The old template: [nr, theme, activity, when, start, deadline, responsible, status]
  type Old = [number, string, string, string, Exp, Exp, string, string];
  const old: Old[] = [
    [1, 'Ledelse', 'Beslutning i direktionen om deltagelse i korpset', 'uge 40–42 2026', { v: '2026-09-28', note: 'Monday of week 40' }, { v: '2026-10-18', note: 'Sunday of week 42' }, 'Jesper Holm', 'Afsluttet'],
    [2, 'Organisering, roller og ansvar', 'Udpegning af koordinator og de første mentorer', 'Q4 2026', null, { v: '2026-12-31', note: 'a quarter: its last day' }, 'Jesper Holm', 'Afsluttet'],
    [3, 'Kommunikation', 'Orientering af skoleledere og familieafdelingen', 'uge 45 2026', null, { v: '2026-11-08', note: 'a week: its Sunday' }, 'Tine Madsen', 'Afsluttet'],
    [4, 'Opkvalificering', 'Grundkursus i LAT for de første mentorer, modul 1', 'uge 51–2', { v: '2026-12-14', note: 'week 51 of 2026 (the heading: autumn 2026)' }, { v: '2027-01-17', note: 'week 2 of the next year: the range goes over the new year' }, 'Tine Madsen', 'Afsluttet'],
    [5, 'Inddragelse', 'Dialogmøde med Ungerådet', '4. kvartal 2026', null, { v: '2026-12-31', note: 'a quarter in words' }, 'Line Krog', 'Ændret'],
    [6, 'Arbejdsproces og kultur', 'Fælles procedure for henvisning til mentor', '3.–4. kvartal 2026', { v: '2026-07-01', note: 'a range of quarters: the first day of the third' }, { v: '2026-12-31', note: 'the last day of the fourth' }, 'Tine Madsen', 'I gang'],
  ]; // prettier-ignore
  let r = 4;
  for (const [nr, th, act, when, start, dl, who, st] of old) {
    s.row(`A${r}`, [nr, th, act, when, who, st]);
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `B${r}`),
      activity: e(act, `C${r}`),
      status: e(ST[st]!, `F${r}`),
      start: e(start, `D${r}`),
      deadline: e(dl, `D${r}`),
      responsible: e(who, `E${r}`),
    };
    p.activity(S, r, fields);
    r++;
  }

  // The corps' template under it, with its own header in another order.
  r++; // a blank row
  s.set(`A${r}`, 'Fortsat i korpsets skabelon fra januar 2027', { bold: true });
  p.notActivity(S, r, 'a heading between the two tables');
  r++;
  s.row(
    `A${r}`,
    ['Aktivitet', 'Fokusområde', 'Milepæl', 'Start', 'Frist', 'Tovholder', 'Status', 'Forankring'],
    HEAD,
  );
  r++;
  // [activity, theme, milestone, start, deadline, responsible, status, anchoring]
  type New = [string, string, string, T | null, T, string, string, string | null];
  const w = (text: string, v: string, note: string): T => ({ text, v: { v, note } });
  const news: New[] = [
    ['Grundkursus i LAT, modul 2 og 3', 'Opkvalificering', 'Alle seks mentorer har gennemført', w('uge 6', '2027-02-08', 'a week as the start: its Monday; the year of the 2027 heading'), w('uge 8', '2027-02-28', 'a week as the deadline: its Sunday'), 'Tine Madsen', 'I gang', 'Fortsætter i drift'],
    ['Netværksmøde for forældrecoaches', 'Arbejdsproces og kultur', 'Første netværksmøde holdt', { date: '2027-02-01' }, { date: '2027-03-31' }, 'Line Krog', 'I gang', 'Fortsætter i drift'],
    ['Pjece om forældrecoaching til familier', 'Kommunikation', 'Pjecen er trykt', null, w('Q1 2027', '2027-03-31', 'a quarter: its last day'), 'Line Krog', 'Ikke startet', null],
    ['Halvårsstatus til direktionen', 'Ledelse', 'Status fremlagt på direktionsmøde', null, w('uge 24', '2027-06-20', 'a week: its Sunday'), 'Jesper Holm', 'Ikke startet', null],
    ['Fælles registrering af forløb i fagsystemet', 'Opfølgning på dokumentation', 'Alle forløb registreres ens', w('uge 2', '2027-01-11', 'a week as the start: its Monday'), w('Q2 2027', '2027-06-30', 'a quarter: its last day'), 'Tine Madsen', 'I gang', 'Fortsætter i drift'],
    ['Evaluering med mentorer og forældrecoaches', 'Evaluering og tilpasning', 'Evalueringsnotat', w('2. kvartal 2027', '2027-04-01', 'a quarter as the start: its first day'), { date: '2027-06-30' }, 'Tine Madsen', 'Ikke startet', 'Erfaringer videreføres'],
    ['Fokusgruppe med forældre', 'Inddragelse', 'Opsamling på fokusgruppen', null, w('uge 20–22', '2027-06-06', 'a week range in the deadline column: the Sunday of week 22'), 'Line Krog', 'Ikke startet', null],
  ]; // prettier-ignore
  const cellOf = (t: T | null): { v: { date: string }; s: typeof D } | string | undefined =>
    t === null ? undefined : 'date' in t ? { v: { date: t.date }, s: D } : t.text;
  const read = (t: T | null): Exp => (t === null ? null : 'date' in t ? t.date : t.v);
  for (const [act, th, ms, start, dl, who, st, anch] of news) {
    s.row(`A${r}`, [act, th, ms, cellOf(start), cellOf(dl), who, st, anch ?? undefined]);
    // A week range alone in the deadline column gives the start as well (its first day).
    const startExp: Exp =
      start === null && 'text' in dl && /–/.test(dl.text)
        ? { v: '2027-05-17', note: 'the Monday of week 20: the range in the deadline column starts then' }
        : read(start);
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `B${r}`),
      activity: e(act, `A${r}`),
      status: e(ST[st]!, `G${r}`),
      start: e(startExp, start === null && startExp !== null ? `E${r}` : `D${r}`),
      deadline: e(read(dl), `E${r}`),
      responsible: e(who, `F${r}`),
    };
    p.activity(S, r, fields);
    r++;
  }

  // The checklist in two forms.
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.width(1, 8).width(2, 80).width(3, 8).width(4, 8).width(5, 8).width(6, 40);
  h.set('A1', 'Forberedelse (kommunens skema)', { bold: true });
  h.row('B2', ['Spørgsmål', 'Ja', 'Nej', 'Delvist', 'Bemærkning'], HEAD);
  const COL = { yes: 'C', no: 'D', partly: 'E' } as const;
  const prep: Record<string, ['yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['yes', null],
    F2: ['partly', 'Skolerne blev ikke spurgt'],
    F3: ['no', null],
    F4: ['yes', null],
    F5: ['yes', 'Fra familieafdelingen og UU'],
    F6: ['partly', null],
    F7: [null, null],
  };
  const ongoing: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    L1: ['Ja', 'yes', null],
    L2: ['Delvist', 'partly', 'Nedslag aftalt i maj'],
    L3: ['Delvist', 'partly', null],
    L4: ['Nej', 'no', null],
    L5: ['Ja', 'yes', null],
    L6: ['Ja', 'yes', null],
    L7: ['Nej', 'no', 'Kommunikationsplan under udarbejdelse'],
    L8: ['Nej', 'no', null],
  };
  let q = 3;
  for (const [id, text] of SEED_QUESTIONS.filter(([id]) => id.startsWith('F'))) {
    const [a, comment] = prep[id]!;
    h.set(`B${q}`, text, { wrap: true });
    if (a) h.set(`${COL[a]}${q}`, 'x');
    if (comment) h.set(`F${q}`, comment, { wrap: true });
    p.answer(id, a, H, a ? `${COL[a]}${q}` : `C${q}`, comment ? { v: comment, cell: `F${q}` } : undefined);
    q++;
  }
  q++;
  h.set(`A${q}`, 'Løbende implementering (korpsets skabelon)', { bold: true });
  q++;
  h.row(`A${q}`, ['Nr.', 'Spørgsmål', 'Svar', undefined, undefined, 'Kommentar'], HEAD);
  q++;
  for (const [id, text] of SEED_QUESTIONS.filter(([id]) => id.startsWith('L'))) {
    const [typed, a, comment] = ongoing[id]!;
    h.row(`A${q}`, [id, text, typed ?? undefined]);
    h.set(`B${q}`, text, { wrap: true });
    if (comment) h.set(`F${q}`, comment, { wrap: true });
    p.answer(id, a, H, `C${q}`, comment ? { v: comment, cell: `F${q}` } : undefined);
    q++;
  }
  return p;
}
