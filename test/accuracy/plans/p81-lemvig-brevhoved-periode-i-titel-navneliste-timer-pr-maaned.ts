// Lemvig (held out, thirteenth round): the cover kept as a letterhead, the way the municipality's
// Word letters look: the name in capitals as the logo text, the department and the address block
// under it, "Dato:", "Sagsnr.:" and "Ref.:" to the right, then the title "Handleplan efterår 2026"
// (the period is written nowhere else; the letter is dated January 2027, after the half-year),
// "Udarbejdet af: name, title, e-mail" and "Godkendt af: name, title" on one line each, and the
// phase told in the coordinator's own words in a sentence that also names the phase to come ("vi
// er i opstartsfasen … fuld drift fra sommeren 2027"). The checklist is answered with the marks a
// Danish coordinator writes by hand: "✓", "(✓)" for partly and "÷" for no. The corps is a roster of
// named people (full names, job title, role, start date) with hours per MONTH and current cases;
// the indicators each in one cell "Baseline 4 / mål 12 / status 9", with "n/a" and "kommer i Q1".
// SheetJS (no styles: the letterhead's sizes and the date formats are lost; dates are t="d" cells).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, HEAD, ITALIC, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

/** Hours a month as hours a week: a year's 12 months over its 52 weeks. */
const perWeek = (month: number): number => (month * 12) / 52;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p81-lemvig-brevhoved-periode-i-titel-navneliste-timer-pr-maaned',
    'sheetjs',
    'Lemvig: the cover as a letterhead (logo text, address block, "Dato:", "Sagsnr.:", "Udarbejdet af: name, title, e-mail", "Godkendt af: name, title"), the period only in the title "Handleplan efterår 2026" under a letter dated January 2027, the phase in the coordinator\'s own words; the checklist answered ✓ / (✓) / ÷; the corps as a roster of full names with hours per month; indicators as "Baseline 4 / mål 12 / status 9" in one cell, with "n/a" and "kommer i Q1".',
    [
      'cover-letterhead',
      'cover-address-block',
      'cover-letter-date-after-period',
      'cover-case-number',
      'cover-prepared-by-name-title-email',
      'cover-approved-by-as-leader',
      'period-only-in-title-season',
      'phase-in-own-words',
      'checklist-marks-tick-bracket-divide',
      'corps-roster-full-names',
      'corps-hours-per-month',
      'corps-start-dates',
      'indicators-baseline-target-result-in-one-cell',
      'indicator-not-available',
      'indicator-result-to-come',
    ],
  );

  // --- The letterhead ------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 16).width(3, 16).width(4, 6).width(5, 34);
  f.set('A1', 'LEMVIG KOMMUNE', { bold: true, size: 20 });
  f.set('A2', 'Børn, Unge og Familie', ITALIC);
  f.set('A3', 'Rådhusstrædet 2 · 7620 Lemvig · www.lemvig.dk');
  f.set('E1', 'Dato: 8. januar 2027');
  f.set('E2', 'Sagsnr.: 27.00.00-P20-4-26');
  f.set('E3', 'Ref.: MKJ');
  f.set('A6', 'Handleplan efterår 2026', { bold: true, size: 16 }).merge('A6:E6');
  f.set('A7', 'Mentor- og forældrecoachindsatsen i Lemvig Kommune', ITALIC).merge('A7:E7');
  f.set('A9', 'Udarbejdet af: Mette Kjær, koordinator, mkj@lemvig.dk');
  f.set('A10', 'Godkendt af: Poul Erik Lund, børne- og familiechef');
  f.set(
    'A12',
    'Hvor står vi? Vi er i opstartsfasen – de første seks forløb kom i gang i oktober, og vi regner med at være i fuld drift fra sommeren 2027.',
    WRAP,
  ).merge('A12:E13');
  p.fact('municipality', { v: '665', note: 'the logo text "LEMVIG KOMMUNE"' }, F, 'A1');
  p.fact(
    'period',
    {
      v: '2026-H2',
      note: '"efterår 2026" in the title: the autumn half-year; the letter\'s date (January 2027) is when it was written',
    },
    F,
    'A6',
  );
  p.fact(
    'phase',
    {
      v: 'initial',
      note: '"opstartsfasen" with the first cases running: initial implementation; "fuld drift" is the plan for next summer',
    },
    F,
    'A12',
  );
  p.fact(
    'coordinator',
    { v: 'Mette Kjær', note: 'prepared by the coordinator (title and e-mail after the name)' },
    F,
    'A9',
  );
  p.fact('leader', { v: 'Poul Erik Lund', note: 'approved by the head of children and families' }, F, 'A10');

  // --- The plan: a plain table ---------------------------------------------------------------------
  const S = 'Handleplan';
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Opstartsmøde i ledergruppen', 'Poul Erik Lund', '2026-08-20', 'Gennemført'],
    ['Kommunikation', 'Orientering af skoler og dagtilbud', 'Mette Kjær', '2026-09-15', 'Gennemført'],
    ['Inddragelse', 'Interview med tre familier om forløbene', 'Jonas Bech', '2026-11-30', 'I gang'],
    ['Opkvalificering', 'LAT-grundkursus for nye mentorer', 'Mette Kjær', '2026-10-09', 'Gennemført'],
    ['Opkvalificering', 'Sparringsdag for forældrecoaches', 'Jonas Bech', '2026-12-10', 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Fælles registrering af forløb', 'Lise Dahl', '2026-10-31', 'I gang'],
    ['Evaluering og tilpasning', 'Status på de første forløb til ledergruppen', 'Mette Kjær', '2026-12-17', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, frist, st]) => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, frist: { v: { date: frist }, s: DMY_DOT }, st },
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
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'frist', status: 'st' },
    rows: body,
  });

  // --- The checklist, answered with hand-written marks ---------------------------------------------
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.width(1, 6).width(2, 80).width(3, 8).width(4, 34);
  h.set('A1', 'Huskeliste – sæt ✓, (✓) eller ÷', BOLD);
  h.row('A2', ['Nr.', 'Spørgsmål', 'Svar', 'Kommentar'], HEAD);
  const marks: Record<ChecklistIdKey, [string | null, Exp, string | null]> = {
    F1: ['✓', 'yes', null],
    F2: ['✓', 'yes', null],
    F3: ['(✓)', 'partly', 'Skolerne mangler'],
    F4: ['✓', 'yes', null],
    F5: ['✓', 'yes', null],
    F6: ['(✓)', 'partly', null],
    F7: ['✓', 'yes', null],
    L1: ['✓', 'yes', 'Denne plan'],
    L2: ['÷', 'no', 'Aftales i januar'],
    L3: ['(✓)', 'partly', 'Lederne mangler kursus'],
    L4: ['÷', 'no', null],
    L5: ['✓', 'yes', null],
    L6: ['(✓)', 'partly', null],
    L7: [null, null, null],
    L8: ['÷', 'no', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 3 + i;
    const [mark, reading, comment] = marks[id];
    h.row(`A${r}`, [id, { v: q, s: WRAP }, mark ?? undefined, comment ?? undefined]);
    p.answer(
      id,
      mark === '(✓)' ? { v: reading as string, note: 'a tick in brackets: partly' } : mark === '÷' ? { v: reading as string, note: '÷: the Danish hand-written "no"' } : reading,
      H,
      `C${r}`,
      comment ? { v: comment, cell: `D${r}` } : undefined,
    ); // prettier-ignore
  });

  // --- The corps: a roster of named people, hours a month ------------------------------------------
  const K = 'Korpset';
  const k = p.sheet(K);
  k.width(1, 26).width(2, 22).width(3, 24).width(4, 12).width(5, 16).width(6, 16);
  k.set('A1', 'Uddannede mentorer og forældrecoaches', BOLD);
  k.row('A2', ['Navn', 'Stilling', 'Rolle i korpset', 'Startet', 'Timer pr. måned', 'Aktuelle forløb'], HEAD);
  // [name, job, role as written, role id, start, hours a month (as typed), hours a month, cases, initials, alt]
  type KR = [string, string, string, string, string, string | number, number, number, string, string[]];
  const corps: KR[] = [
    ['Anne Marie Holst', 'Skolesocialrådgiver', 'Mentor', 'mentor', '2025-09-01', 26, 26, 4, 'AMH', ['AH']],
    ['Jonas Bech', 'Familiebehandler', 'Forældrecoach', 'parent_coach', '2025-09-01', 13, 13, 2, 'JB', []],
    ['Lise Dahl', 'UU-vejleder', 'Mentor', 'mentor', '2026-01-15', 39, 39, 6, 'LD', []],
    ['Karim Haddad', 'SSP-medarbejder', 'Mentor og forældrecoach', 'both', '2026-03-01', 20, 20, 3, 'KH', []],
    ['Birgitte Møller-Sørensen', 'Sundhedsplejerske', 'Forældrecoach', 'parent_coach', '2026-08-01', 'ca. 10', 10, 1, 'BMS', ['BM']],
  ]; // prettier-ignore
  corps.forEach(([name, job, role, id, start, typed, month, cases, ini, alt], i) => {
    const r = 3 + i;
    k.row(`A${r}`, [name, job, role, { v: { date: start }, s: DMY_DOT }, typed, cases]);
    p.corpsRow(K, r, {
      initials: [{ v: ini, alt, note: 'the initials of the full name (the corps keeps initials only)' }, `A${r}`],
      role: [id, `C${r}`],
      hoursPerWeek: [
        { v: perWeek(month), alt: [Math.round(perWeek(month) * 10) / 10, month / 4], note: `${month} hours a month under "Timer pr. måned": about ${perWeek(month).toFixed(1)} a week` },
        `E${r}`,
      ],
      activeCases: [cases, `F${r}`],
    }); // prettier-ignore
  });

  // --- Indicators: baseline, target and status in one cell ------------------------------------------
  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 40).width(2, 44);
  ind.row('A1', ['Indikator', 'Tal'], HEAD);
  type IR = [string, string, string, number | null, number | null, number | null];
  const inds: IR[] = [
    ['Aktive mentorforløb', 'Baseline 4 / mål 12 / status 9', 'count', 4, 12, 9],
    ['Forløb afsluttet i perioden', 'Baseline 0 / mål 5 / status kommer i Q1', 'count', 0, 5, null],
    ['Forløb med positiv progression', 'Baseline n/a / mål 60 % / status 50 %', 'percent', null, 60, 50],
    ['Medarbejdere opkvalificeret', 'Baseline 0 / mål 8 / status 6', 'count', 0, 8, 6],
  ];
  inds.forEach(([name, text, unit, base, target, result], i) => {
    const r = 2 + i;
    ind.row(`A${r}`, [name, text]);
    p.indicatorRow(I, r, {
      name: [name, `A${r}`],
      unit: [
        { v: unit, note: unit === 'percent' ? 'the figures are written with %' : 'whole figures' },
        `B${r}`,
      ],
      baseline: [base === null ? { v: null, note: '"n/a": no baseline' } : base, `B${r}`],
      target: [target, `B${r}`],
      result: [result === null ? { v: null, note: '"kommer i Q1": no result yet (not 1)' } : result, `B${r}`],
    });
  });
  return p;
}
