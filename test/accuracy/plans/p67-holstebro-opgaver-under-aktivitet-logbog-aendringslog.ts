// Holstebro (held out, ninth round): a plan where each activity has sub-rows of tasks under it
// ("- book lokale", "- send invitation", each with its own person, date and "OK"), which belong to the
// activity above and are no activities of their own; beside the plan a "Logbog" sheet of dated notes
// (Dato | Hvem | Note, the notes naming themes and people) and an "Ændringslog" table (Version | Dato
// | Ændret af | Ændring), neither of which holds activities. Written by SheetJS (t="d" dates).

import { PlanBuilder, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p67-holstebro-opgaver-under-aktivitet-logbog-aendringslog',
    'sheetjs',
    'Holstebro: activities with sub-rows of tasks ("- book lokale") under them, with their own person, date and "OK"; a "Logbog" sheet of dated notes (Dato | Hvem | Note) and an "Ændringslog" (Version | Dato | Ændret af | Ændring) beside the plan.',
    ['task-sub-rows-under-activity', 'log-sheet-dated-notes', 'change-log-sheet', 'corps'],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentorkorps Holstebro');
  f.row('A3', ['Kommune', 'Holstebro']);
  f.row('A4', ['Halvår', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Klargøring']);
  f.row('A6', ['Koordinator', 'Birgitte Lund']);
  f.row('A7', ['Leder', 'Torben Ravn']);
  p.fact('municipality', '661', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Birgitte Lund', F, 'B6');
  p.fact('leader', 'Torben Ravn', F, 'B7');

  const S = 'Plan';
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
  type Task = [string, string, string | null, string | null];
  // [theme, activity, responsible, start, deadline, status, tasks: [text, who, date, status]]
  type R = [string, string, string, string | null, string, string, Task[]];
  const rows: R[] = [
    ['Ledelse', 'Kick-off for ledergruppen', 'Torben Ravn', null, '2027-01-28', 'Færdig', [
      ['- book lokale', 'Lone', '2027-01-10', 'OK'],
      ['- send invitation', 'Birgitte', '2027-01-14', 'OK'],
    ]],
    ['Kommunikation', 'Informationsmøde for skolerne', 'Birgitte Lund', '2027-02-01', '2027-03-11', 'I gang', [
      ['- lav oplæg', 'Birgitte', '2027-02-20', 'OK'],
      ['- aftal dato med skolelederne', 'Lone', '2027-02-10', null],
    ]],
    ['Inddragelse', 'Interview med fem unge om deres forløb', 'Anders Vinge', null, '2027-04-30', 'Ikke startet', []],
    ['Arbejdsproces og kultur', 'Fast sparring for mentorer hver 14. dag', 'Anders Vinge', '2027-01-15', '2027-06-30', 'I gang', [
      ['- lav mødeplan', 'Anders', '2027-01-12', 'OK'],
    ]],
    ['Organisering, roller og ansvar', 'Rollebeskrivelse for koordinator og mentorer', 'Birgitte Lund', null, '2027-02-26', 'Færdig', []],
    ['Opkvalificering', 'LAT-uddannelse hold 2', 'Torben Ravn', '2027-03-01', '2027-05-21', 'I gang', [
      ['- tilmeld deltagere', 'Birgitte', '2027-02-15', 'OK'],
      ['- book lokale', 'Lone', '2027-02-15', 'OK'],
      ['- bestil forplejning', 'Lone', null, null],
    ]],
    ['Opfølgning på dokumentation', 'Skabelon til forløbsregistrering', 'Mai Kjeldsen', null, '2027-03-31', 'Ikke startet', []],
    ['Evaluering og tilpasning', 'Halvårsevaluering i styregruppen', 'Torben Ravn', null, '2027-06-17', 'Ikke startet', [
      ['- udtræk tal fra fagsystemet', 'Mai', '2027-06-01', null],
    ]],
    ['Kommunikation', 'Artikel til intranettet', 'Birgitte Lund', null, '2027-03-15', 'Færdig', []],
    ['Inddragelse', 'Forældremøde om forældrecoaching', 'Anders Vinge', null, '2027-05-06', 'Ikke startet', [
      ['- find to forældre der vil fortælle', 'Anders', '2027-04-15', null],
    ]],
  ]; // prettier-ignore
  const body: TableRow[] = [];
  for (const [tema, akt, ans, start, slut, st, tasks] of rows) {
    body.push({
      cells: {
        tema,
        akt,
        ans,
        start: start ? { date: start } : undefined,
        slut: { date: slut },
        status: st,
      },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline: slut },
    });
    for (const [text, who, date, ok] of tasks)
      body.push({
        not: 'a task under the activity above, no activity of its own',
        cells: { akt: text, ans: who, slut: date ? { date } : undefined, status: ok ?? undefined },
      });
  }
  p.table({
    sheet: S,
    headerRow: 1,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet / opgaver', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'slut', header: 'Deadline', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
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

  const L = 'Logbog';
  const l = p.sheet(L);
  l.width(1, 12).width(2, 12).width(3, 80);
  l.row('A1', ['Dato', 'Hvem', 'Note']);
  const log: [string, string, string][] = [
    [
      '2027-01-06',
      'Birgitte',
      'Opstart: planen videreført fra efteråret. Kommunikation med skolerne prioriteres.',
    ],
    ['2027-01-28', 'Torben', 'Kick-off holdt. Ledergruppen bakker op; mangler aftale om timer til mentorer.'],
    ['2027-02-11', 'Birgitte', 'Skolelederne vil hellere have møde i marts. Informationsmødet flyttet.'],
    ['2027-03-02', 'Anders', 'Opkvalificering: 9 tilmeldt hold 2. Ingen fra familieafdelingen endnu.'],
    ['2027-03-20', 'Mai', 'Dokumentation: fagsystemet kan ikke trække forløb ud pr. mentor. Løses manuelt.'],
    ['2027-04-08', 'Birgitte', 'Evaluering skal ske i styregruppen 17/6. Tal skal være klar 1/6.'],
  ];
  log.forEach(([d, who, note], i) => l.row(`A${2 + i}`, [{ date: d }, who, note]));

  const C = 'Ændringslog';
  const c = p.sheet(C);
  c.width(1, 9).width(2, 12).width(3, 12).width(4, 70);
  c.row('A1', ['Version', 'Dato', 'Ændret af', 'Ændring']);
  const changes: [string, string, string, string][] = [
    ['1.0', '2026-12-15', 'BL', 'Plan for 1. halvår 2027 oprettet ud fra 2. halvår 2026'],
    ['1.1', '2027-01-29', 'BL', 'Kick-off sat til færdig; opgaver tilføjet under aktiviteterne'],
    ['1.2', '2027-02-12', 'BL', 'Informationsmøde for skolerne: deadline flyttet til 11. marts'],
    ['1.3', '2027-03-16', 'AV', 'Aktivitet tilføjet: Forældremøde om forældrecoaching'],
  ];
  changes.forEach(([v, d, who, what], i) => c.row(`A${2 + i}`, [v, { date: d }, who, what]));

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 10).width(4, 40);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Kommentar']);
  const ANS: Record<string, string> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
  const ans: Record<string, [string | null, string | null]> = {
    F1: ['Ja', null],
    F2: ['Ja', null],
    F3: ['Delvist', null],
    F4: ['Ja', null],
    F5: ['Delvist', 'Familieafdelingen mangler'],
    F6: ['Nej', null],
    F7: ['Ja', null],
    L1: ['Ja', null],
    L2: ['Delvist', null],
    L3: ['Delvist', 'Hold 2 i gang'],
    L4: ['Nej', null],
    L5: ['Ja', null],
    L6: ['Nej', null],
    L7: ['Delvist', null],
    L8: [null, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 2 + i;
    const [a, comment] = ans[id]!;
    t.row(`A${row}`, [id, q, a ?? undefined, comment ?? undefined]);
    p.answer(id, a ? ANS[a]! : null, T, `C${row}`, comment ? { v: comment, cell: `D${row}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb']);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number];
  const corps: KR[] = [
    ['HG', 'Mentor', 'mentor', 'Ungdomsskolen', 6, 2],
    ['JK', 'Forældrecoach', 'parent_coach', 'Familie', 8, 3],
    ['LN', 'Mentor', 'mentor', 'Jobcenter', 10, 4],
  ];
  corps.forEach(([ini, role, id, dept, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, dept, h, n]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  return p;
}
