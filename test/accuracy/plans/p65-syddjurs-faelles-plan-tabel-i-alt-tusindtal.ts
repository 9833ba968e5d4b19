// Syddjurs (held out, ninth round): a joint plan of two municipalities ("Fælles plan for Norddjurs og
// Syddjurs") in Syddjurs' own file: the cover names this file's municipality ("Kommune (denne fil)")
// beside the partner ("Samarbejdskommune") and the partner's coordinator; every part is an Excel
// table (ListObject) with banded rows, filter buttons and a totals row "I alt" (activities: hours
// and costs summed; corps: hours and cases summed); a "Kommune" column ("Begge", "Norddjurs",
// "Syddjurs") in the plan; numbers typed as Danish text: hours "7,5", costs "12.500", indicator
// figures "1.150" and "2.215,5" (thousand separators and decimal commas); the checklist answered
// in one column per municipality (this file's column counts). Hand-built package.

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p65-syddjurs-faelles-plan-tabel-i-alt-tusindtal',
    'hand-built',
    'Syddjurs: a joint plan of Norddjurs and Syddjurs in Syddjurs\' file (cover: "Kommune (denne fil)" and "Samarbejdskommune", two coordinators); Excel tables with a totals row "I alt" under the activities and the corps; a "Kommune" column; Danish number text "7,5", "12.500", "1.150", "2.215,5"; a checklist answered per municipality in two columns.',
    [
      'joint-plan-two-municipalities',
      'cover-partner-municipality',
      'cover-second-coordinator',
      'table-listobject-totals-row',
      'corps-totals-row',
      'danish-thousand-separator-text',
      'danish-decimal-comma-text',
      'checklist-column-per-municipality',
      'corps',
      'indicators',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 26).width(2, 34);
  f.set('A1', 'Fælles plan for Norddjurs og Syddjurs – mentor- og forældrecoachindsatsen', TITLE);
  f.row('A3', ['Kommune (denne fil)', 'Syddjurs Kommune']);
  f.row('A4', ['Samarbejdskommune', 'Norddjurs Kommune']);
  f.row('A5', ['Periode', '1. halvår 2027']);
  f.row('A6', ['Fase', 'Indledende implementering']);
  f.row('A7', ['Koordinator', 'Mette Bach']);
  f.row('A8', ['Koordinator (Norddjurs)', 'Jens Friis']);
  f.row('A9', ['Leder', 'Ole Dam']);
  f.row('A11', ['Planen er fælles for de to kommuner. Hver kommune indsender sin egen fil.']);
  p.fact('municipality', '706', F, 'B3');
  p.fact('period', '2027-H1', F, 'B5');
  p.fact('phase', 'initial', F, 'B6');
  p.fact('coordinator', 'Mette Bach', F, 'B7');
  p.fact('leader', 'Ole Dam', F, 'B9');

  const S = 'Aktiviteter';
  const s = p.sheet(S);
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
    Færdig: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
  };
  // [theme, activity, kommune, responsible, start, slut, status, timer, udgift]
  type R = [string, string, string, string, string | null, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Fælles styregruppe nedsat for de to kommuner', 'Begge', 'Ole Dam', null, '2027-01-29', 'Færdig', '6', '0'],
    ['Kommunikation', 'Fælles pjece til forældre', 'Begge', 'Jens Friis', '2027-02-01', '2027-03-31', 'I gang', '12,5', '8.750'],
    ['Inddragelse', 'Dialogmøde med ungeråd i Ebeltoft', 'Syddjurs', 'Mette Bach', null, '2027-04-15', 'Ikke startet', '4', '1.200'],
    ['Inddragelse', 'Dialogmøde med ungeråd i Grenaa', 'Norddjurs', 'Jens Friis', null, '2027-04-22', 'Ikke startet', '4', '1.200'],
    ['Arbejdsproces og kultur', 'Fælles sparringsgruppe for mentorer', 'Begge', 'Mette Bach', '2027-01-15', '2027-06-30', 'I gang', '22,5', '0'],
    ['Organisering, roller og ansvar', 'Aftale om deling af mentorer på tværs', 'Begge', 'Ole Dam', null, '2027-03-01', 'Færdig', '7,5', '0'],
    ['Opkvalificering', 'LAT-uddannelse af mentorer (fælles hold)', 'Begge', 'Mette Bach', '2027-02-15', '2027-05-28', 'I gang', '60', '62.500'],
    ['Opfølgning på dokumentation', 'Fælles skema til registrering af forløb', 'Begge', 'Jens Friis', null, '2027-02-26', 'Færdig', '10', '0'],
    ['Evaluering og tilpasning', 'Halvårsstatus til begge byråd', 'Begge', 'Ole Dam', null, '2027-06-24', 'Ikke startet', '8', '0'],
    ['Kommunikation', 'Nyhed på intranettet i Syddjurs', 'Syddjurs', 'Mette Bach', null, '2027-02-12', 'Færdig', '2', '0'],
  ]; // prettier-ignore
  const headerRow = 3;
  s.set('A1', 'Fælles aktivitetsplan – Norddjurs og Syddjurs 2027', TITLE);
  const body: TableRow[] = rows.map(([tema, akt, kom, ans, start, slut, st, timer, udg]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      kom,
      ans,
      start: start ? { v: { date: start }, s: DMY } : undefined,
      slut: { v: { date: slut }, s: DMY },
      status: st,
      timer,
      udg,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start: start, deadline: slut },
  }));
  const totalHours = rows.reduce((a, r) => a + Number(r[7].replace(',', '.')), 0);
  const totalCost = rows.reduce((a, r) => a + Number(r[8].replace(/\./g, '')), 0);
  const last = p.table({
    sheet: S,
    headerRow,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'kom', header: 'Kommune', width: 12 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'slut', header: 'Slut', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
      { key: 'timer', header: 'Timer', width: 8 },
      { key: 'udg', header: 'Udgift (kr.)', width: 12 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'slut',
      status: 'status',
    },
    rows: body,
  });
  // The table's totals row: "I alt" and the sums of hours and costs (numbers, shown the Danish way).
  const tot = last + 1;
  s.set(`A${tot}`, 'I alt', BOLD);
  s.set(`H${tot}`, totalHours, { bold: true, fmt: '#,##0.0' });
  s.set(`I${tot}`, totalCost, { bold: true, fmt: '#,##0' });
  p.notActivity(S, tot, "the table's totals row");
  s.table = { name: 'tblAktiviteter', ref: `A${headerRow}:I${tot}`, totalsRow: true };

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 12).width(4, 12).width(5, 36);
  t.set('A1', 'Tjekliste – besvaret af hver kommune', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Norddjurs', 'Syddjurs', 'Bemærkning'], HEAD);
  const ANS: Record<string, string> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
  // [Norddjurs, Syddjurs, comment]
  const ans: Record<string, [string, string | null, string | null]> = {
    F1: ['Ja', 'Ja', null],
    F2: ['Ja', 'Delvist', 'Syddjurs: PPR mangler'],
    F3: ['Delvist', 'Ja', null],
    F4: ['Ja', 'Ja', null],
    F5: ['Nej', 'Ja', null],
    F6: ['Delvist', 'Delvist', null],
    F7: ['Ja', 'Nej', null],
    L1: ['Ja', 'Ja', null],
    L2: ['Delvist', 'Nej', 'Aftales i styregruppen'],
    L3: ['Nej', 'Delvist', null],
    L4: ['Nej', 'Nej', null],
    L5: ['Ja', 'Delvist', null],
    L6: ['Delvist', 'Ja', null],
    L7: ['Ja', null, null],
    L8: ['Delvist', 'Delvist', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const [nd, sd, comment] = ans[id]!;
    t.row(`A${row}`, [id, { v: q, s: WRAP }, nd, sd ?? undefined, comment ?? undefined]);
    p.answer(
      id,
      sd ? { v: ANS[sd]!, note: "this file is Syddjurs': its column counts" } : null,
      T,
      `D${row}`,
      comment ? { v: comment, cell: `E${row}` } : undefined,
    );
  });
  t.table = { name: 'tblTjekliste', ref: `A3:E${3 + SEED_QUESTIONS.length}` };

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 12).width(3, 18).width(4, 14).width(5, 14);
  k.row('A1', ['Initialer', 'Kommune', 'Rolle', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  const ROLE: Record<string, 'mentor' | 'parent_coach' | 'both'> = {
    Mentor: 'mentor',
    Forældrecoach: 'parent_coach',
    'Mentor og forældrecoach': 'both',
  };
  type KR = [string, string, string, string, number];
  const corps: KR[] = [
    ['AH', 'Syddjurs', 'Mentor', '7,5', 3],
    ['BK', 'Syddjurs', 'Forældrecoach', '3,75', 2],
    ['CL', 'Norddjurs', 'Mentor og forældrecoach', '12,5', 5],
    ['DM', 'Norddjurs', 'Mentor', '10', 4],
    ['EN', 'Syddjurs', 'Mentor', '7,5', 0],
  ];
  corps.forEach(([ini, kom, role, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, kom, role, h, n]);
    const hours: Exp = Number(h.replace(',', '.'));
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [ROLE[role]!, `C${row}`],
      hoursPerWeek: [hours, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  const kt = 2 + corps.length;
  k.set(`A${kt}`, 'I alt', BOLD);
  k.set(`D${kt}`, 41.25, { bold: true, fmt: '#,##0.00' });
  k.set(`E${kt}`, 14, BOLD);
  k.table = { name: 'tblKorps', ref: `A1:E${kt}`, totalsRow: true };

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 34).width(2, 10).width(3, 14).width(4, 10).width(5, 12);
  ind.row('A1', ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat'], HEAD);
  type IR = [string, string, 'count' | 'percent', string, string, string, number, number, number];
  const inds: IR[] = [
    [
      'Kontakter med familier (begge kommuner)',
      'antal',
      'count',
      '1.150',
      '1.400',
      '1.250',
      1150,
      1400,
      1250,
    ],
    ['Mentortimer i alt', 'timer', 'count', '1.980', '2.400', '2.215,5', 1980, 2400, 2215.5],
    ['Unge i uddannelse efter forløb', '%', 'percent', '58,5', '65', '62,5', 58.5, 65, 62.5],
    ['Aktive mentorforløb', 'antal', 'count', '18', '25', '21', 18, 25, 21],
  ];
  inds.forEach(([name, enhed, unit, b, tg, r, bv, tv, rv], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, enhed, b, tg, r]);
    p.indicatorRow(I, row, {
      name: [name, `A${row}`],
      unit: [unit, `B${row}`],
      baseline: [bv, `C${row}`],
      target: [tv, `D${row}`],
      result: [rv, `E${row}`],
    });
  });
  ind.table = { name: 'tblIndikatorer', ref: `A1:E${1 + inds.length}` };
  return p;
}
