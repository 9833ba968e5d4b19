// Billund (held out, twelfth round): the header on row 1, frozen ("Frys øverste række"), and the
// activities only from row 32: the coordinator cleared last year's rows with Delete instead of
// removing them, so rows 2–31 are empty but keep their formatting (empty cells with a date format).
// Times are Danish month abbreviations with and without a dot and with the year in two digits:
// "jan. 27", "feb 27", "mar. 27", "1. apr. 27", "15. maj 27", "medio mar 27", "ult. jun. 27",
// "nov.26", "dec. 26", "sept. 27", a range "jan.–mar. 27". "feb 27" is February 2027 (a Dane
// writes the day first: "27. feb"). The checklist answers "Ja", "Delv.", "Nej"; the corps' training
// month "nov. 26"; the indicators with the month in their headers ("Udgangspunkt jan. 27", "Mål
// jun. 27", "Status maj 27"). Hand-built.

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
const ST: Record<string, string> = { 'Ikke startet': 'not_started', 'I gang': 'in_progress', Færdig: 'done' };
const HEAD = { bold: true, fill: { rgb: 'D9E1F2' } } as const;
const DATE = { fmt: 'd. mmm yy' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p80-billund-frosset-overskrift-30-tomme-raekker-maanedsforkortelser',
    'hand-built',
    'Billund: the header on row 1 frozen and the activities from row 32 (rows 2–31 cleared, their empty cells still formatted); Danish month abbreviations with and without a dot and a two-digit year ("jan. 27", "feb 27", "1. apr. 27", "medio mar 27", "ult. jun. 27", "nov.26", "sept. 27", "jan.–mar. 27"); checklist answers "Ja", "Delv.", "Nej"; indicator headers with a month ("Status maj 27").',
    [
      'frozen-header-row-1',
      'data-after-30-empty-rows',
      'empty-formatted-cells',
      'month-abbreviation-dot-two-digit-year',
      'month-abbreviation-no-dot-two-digit-year',
      'day-month-abbreviation-two-digit-year',
      'medio-ultimo-abbreviated',
      'month-abbreviation-range',
      'checklist-answer-abbreviated-delv',
      'indicator-headers-with-month',
      'corps',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.row('A1', ['Kommune', 'Billund']);
  f.row('A2', ['Periode', '1. halvår 2027']);
  f.row('A3', ['Fase', 'Indledende implementering']);
  f.row('A4', ['Koordinator', 'Anne Mølgaard']);
  f.row('A5', ['Leder', 'Thomas Riis']);
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '530', F, 'B1');
  p.fact('period', '2027-H1', F, 'B2');
  p.fact('phase', 'initial', F, 'B3');
  p.fact('coordinator', 'Anne Mølgaard', F, 'B4');
  p.fact('leader', 'Thomas Riis', F, 'B5');

  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'], HEAD);
  s.frozenRows = 1;
  s.width(1, 28).width(2, 46).width(3, 18).width(4, 14).width(5, 14).width(6, 14);
  // Last year's rows, cleared with Delete: the cells stay, empty, with their date format.
  for (let r = 2; r <= 31; r++) {
    s.set(`D${r}`, null, DATE);
    s.set(`E${r}`, null, DATE);
  }

  const w = (v: string, note: string): Exp => ({ v, note });
  // [theme, activity, responsible, start as typed, start, deadline as typed, deadline, status]
  type R = [string, string, string, string | null, Exp, string, Exp, string];
  const rows: R[] = [
    ['Ledelse', 'Forankring af korpset i ledergruppen', 'Thomas Riis', 'dec. 26', w('2026-12-01', 'a month as the start: its first day'), 'jan. 27', w('2027-01-31', 'a month as the deadline: its last day'), 'Færdig'],
    ['Kommunikation', 'Nyhedsbrev til skoler og dagtilbud', 'Anne Mølgaard', null, null, 'feb 27', w('2027-02-28', 'February 2027 (no dot): the day would come first'), 'Færdig'],
    ['Inddragelse', 'Workshop med unge om mentorrollen', 'Rasmus Skov', 'jan. 27', w('2027-01-01', 'a month as the start'), 'mar. 27', w('2027-03-31', 'a month as the deadline'), 'I gang'],
    ['Arbejdsproces og kultur', 'Fast mødeplan for mentorerne', 'Anne Mølgaard', null, null, '1. apr. 27', w('2027-04-01', 'a day with the month abbreviated'), 'I gang'],
    ['Organisering, roller og ansvar', 'Aftale om frikøb af mentortimer', 'Thomas Riis', 'nov.26', w('2026-11-01', 'no space after the dot'), 'medio mar 27', w('2027-03-15', 'medio: the 15th'), 'I gang'],
    ['Opkvalificering', 'LAT-kursus for fire nye forældrecoaches', 'Rasmus Skov', 'feb. 27', w('2027-02-01', 'a month as the start'), '15. maj 27', w('2027-05-15', 'a day with the month'), 'I gang'],
    ['Opkvalificering', 'Sparringsgruppe for mentorer', 'Rasmus Skov', null, null, 'ult. jun. 27', w('2027-06-30', 'ultimo: the last day'), 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Fælles skema til forløbsregistrering', 'Anne Mølgaard', null, w('2027-01-01', 'the range gives the start'), 'jan.–mar. 27', w('2027-03-31', 'the range gives the deadline'), 'Færdig'],
    ['Evaluering og tilpasning', 'Evalueringsmøde med korpset', 'Anne Mølgaard', 'maj 27', w('2027-05-01', 'a month as the start'), 'jun 27', w('2027-06-30', 'a month as the deadline'), 'Ikke startet'],
    ['Kommunikation', 'Præsentation på kommunens intranet', 'Rasmus Skov', null, null, 'apr 27', w('2027-04-30', 'a month as the deadline'), 'Ikke startet'],
    ['Evaluering og tilpasning', 'Årsevaluering af indsatsen', 'Thomas Riis', null, null, 'sept. 27', w('2027-09-30', '"sept." for September'), 'Ikke startet'],
  ]; // prettier-ignore
  rows.forEach(([th, act, who, startText, start, dlText, dl, st], i) => {
    const r = 32 + i;
    s.row(`A${r}`, [th, act, who, startText ?? undefined, dlText, st]);
    const e = (v: Exp, cell: string): ExpectedValue =>
      v === null || typeof v !== 'object'
        ? { value: v, cell, sheet: S }
        : { value: v.v, cell, sheet: S, ...(v.note ? { note: v.note } : {}) };
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `A${r}`),
      activity: e(act, `B${r}`),
      status: e(ST[st]!, `F${r}`),
      start: e(start, startText === null && start !== null ? `E${r}` : `D${r}`),
      deadline: e(dl, `E${r}`),
      responsible: e(who, `C${r}`),
    };
    p.activity(S, r, fields);
  });

  // The checklist.
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
  h.frozenRows = 1;
  h.width(1, 6).width(2, 90).width(3, 8).width(4, 40);
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Delv.', 'partly', 'Skolerne mangler'],
    F3: ['Nej', 'no', null],
    F4: ['Ja', 'yes', null],
    F5: ['Ja', 'yes', null],
    F6: ['Delv.', 'partly', null],
    F7: ['Ja', 'yes', null],
    L1: ['Ja', 'yes', null],
    L2: ['Delv.', 'partly', 'Første nedslag i maj 27'],
    L3: ['Nej', 'no', null],
    L4: ['Nej', 'no', null],
    L5: ['Ja', 'yes', null],
    L6: ['Delv.', 'partly', null],
    L7: [null, null, null],
    L8: ['Ja', 'yes', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [typed, a, comment] = ans[id]!;
    h.row(`A${r}`, [id, q, typed ?? undefined, comment ?? undefined]);
    p.answer(id, a, H, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  });

  // The corps.
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Uddannet', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  const corps: [string, string, string, string, number, number][] = [
    ['AM', 'Mentor', 'mentor', 'nov. 26', 8, 3],
    ['RS', 'Forældrecoach', 'parent_coach', 'nov. 26', 6, 2],
    ['LB', 'Mentor', 'mentor', 'feb 27', 10, 2],
    ['KH', 'Mentor og forældrecoach', 'both', 'feb 27', 12, 4],
  ];
  corps.forEach(([ini, role, roleId, trained, hours, cases], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, trained, hours, cases]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [roleId, `B${r}`],
      hoursPerWeek: [hours, `D${r}`],
      activeCases: [cases, `E${r}`],
    });
  });

  // Indicators with the month in their headers.
  const N = 'Nøgletal';
  const n = p.sheet(N);
  n.row('A1', ['Nøgletal', 'Enhed', 'Udgangspunkt jan. 27', 'Mål jun. 27', 'Status maj 27'], HEAD);
  n.width(1, 40).width(3, 20).width(4, 14).width(5, 14);
  type I = [string, string, string, number, number, number];
  const ind: I[] = [
    ['Aktive mentorforløb', 'antal', 'count', 5, 12, 9],
    ['Aktive forældrecoachforløb', 'antal', 'count', 2, 6, 3],
    ['Andel forløb med positiv progression', '%', 'percent', 40, 60, 55],
  ];
  ind.forEach(([name, unitText, unit, base, target, result], i) => {
    const r = 2 + i;
    n.row(`A${r}`, [name, unitText, base, target, result]);
    p.indicatorRow(N, r, {
      name: [name, `A${r}`],
      unit: [unit, `B${r}`],
      baseline: [base, `C${r}`],
      target: [target, `D${r}`],
      result: [{ v: result, note: '"Status maj 27": the figure in May 2027' }, `E${r}`],
    });
  });
  return p;
}
