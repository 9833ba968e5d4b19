// Helsingør (held out, ninth round): last half-year's plan copied forward and kept by formatting:
// cancelled activities shown by strikethrough alone (the whole row struck out, its old status
// "I gang" still in the cell; or only the activity's text struck, status left empty), or greyed
// with "(aflyst)" after the activity; the old status kept in a cell note on the status cell ("Var:
// Ikke startet (2. halvår 2026)") with the new status typed in the cell; the checklist's remarks kept
// in cell notes on the answer (no comment column). Hand-built package.

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import type { Style } from '../build/model';
import { SEED_QUESTIONS } from './checklist-seed';
import { DMY, HEAD, ITALIC, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p66-helsingoer-overstreget-aflyst-noter-med-gammel-status',
    'hand-built',
    'Helsingør: cancelled activities by strikethrough only (whole row, or the activity text with no status) or greyed with "(aflyst)"; the old status in a cell note on the status cell, the new status typed in it; checklist remarks in cell notes on the answers.',
    [
      'status-cancelled-by-strikethrough-row',
      'status-cancelled-by-strikethrough-text-only',
      'status-cancelled-greyed-aflyst-suffix',
      'old-status-in-cell-note',
      'checklist-comment-in-cell-note',
      'plan-copied-from-last-half-year',
      'corps',
      'corps-member-struck-out',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 30);
  f.set('A1', 'Mentorkorps Helsingør – implementeringsplan', TITLE);
  f.row('A3', ['Kommune', 'Helsingør']);
  f.row('A4', ['Periode', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Sanne Winther']);
  f.row('A7', ['Leder', 'Klaus Bonde']);
  f.set('A9', 'Overstregede aktiviteter er aflyst. Status fra sidste halvår står i noterne.', ITALIC);
  p.fact('municipality', '217', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact('coordinator', 'Sanne Winther', F, 'B6');
  p.fact('leader', 'Klaus Bonde', F, 'B7');

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan 1. halvår 2027 (videreført fra 2. halvår 2026)', TITLE);
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
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
  };
  const STRIKE: Style = { strike: true };
  const GREY: Style = { color: '808080' };
  const cancelled = { v: 'closed', note: 'struck out / "(aflyst)": cancelled' } as const;
  // [theme, activity, responsible, deadline, status, how, old status in a note]
  type How = 'plain' | 'row-struck' | 'text-struck' | 'grey';
  type R = [string, string, string, string, string | null, How, string | null];
  const rows: R[] = [
    ['Ledelse', 'Ledelsesmøde om korpsets økonomi', 'Klaus Bonde', '2027-02-10', 'Gennemført', 'plain', 'Ikke startet (2. halvår 2026)'],
    ['Kommunikation', 'Informationsmøde for skolernes AKT-lærere', 'Sanne Winther', '2027-03-04', 'I gang', 'row-struck', null],
    ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Sanne Winther', '2027-04-30', 'I gang', 'plain', 'Ikke startet (2. halvår 2026)'],
    ['Inddragelse', 'Fokusgruppe med forældre', 'Pia Holm', '2027-03-18', null, 'text-struck', null],
    ['Arbejdsproces og kultur', 'Fælles visitationsmøde hver måned', 'Pia Holm', '2027-06-30', 'I gang', 'plain', 'I gang (2. halvår 2026)'],
    ['Organisering, roller og ansvar', 'Temadag for skoleledere (aflyst)', 'Klaus Bonde', '2027-02-25', 'Ikke startet', 'grey', null],
    ['Opkvalificering', 'LAT-kursus for nye mentorer', 'Sanne Winther', '2027-05-20', 'Ikke startet', 'plain', null],
    ['Opfølgning på dokumentation', 'Kvartalsvis opgørelse af forløb', 'Rasmus Krog', '2027-03-31', 'Gennemført', 'plain', 'I gang (2. halvår 2026)'],
    ['Evaluering og tilpasning', 'Midtvejsevaluering med korpset', 'Rasmus Krog', '2027-06-15', 'Ikke startet', 'plain', null],
    ['Opkvalificering', 'Supervision ved ekstern konsulent', 'Pia Holm', '2027-04-15', 'I gang', 'plain', 'Ikke startet (2. halvår 2026)'],
  ]; // prettier-ignore
  const headerRow = 3;
  const body: TableRow[] = rows.map(([tema, akt, ans, frist, st, how], i) => {
    const all = how === 'row-struck' ? STRIKE : how === 'grey' ? GREY : undefined;
    const aktStyle: Style = { ...WRAP, ...(all ?? {}), ...(how === 'text-struck' ? STRIKE : {}) };
    const activity: Exp =
      how === 'grey'
        ? { v: akt.replace(/\s*\(aflyst\)$/, ''), alt: [akt], note: '"(aflyst)" says cancelled' }
        : akt;
    return {
      cells: {
        tema: all ? { v: tema, s: all } : tema,
        akt: { v: akt, s: aktStyle },
        ans: all ? { v: ans, s: all } : ans,
        frist: { v: { date: frist }, s: { ...DMY, ...(all ?? {}) } },
        status: st === null ? undefined : all ? { v: st, s: all } : st,
      },
      x: {
        theme: TH[tema]!,
        activity,
        status:
          how === 'plain'
            ? ST[st!]!
            : st === null
              ? { ...cancelled, cell: `B${headerRow + 1 + i}` }
              : cancelled,
        deadline: frist,
      },
    };
  });
  p.table({
    sheet: S,
    headerRow,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'frist', status: 'status' },
    rows: body,
  });
  rows.forEach(([, , , , , , old], i) => {
    if (old) s.comments.set(`E${headerRow + 1 + i}`, `Var: ${old}`);
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 12);
  t.set('A1', 'Tjekliste', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Svar'], HEAD);
  const ANS: Record<string, string> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
  const ans: Record<string, [string, string | null]> = {
    F1: ['Ja', null],
    F2: ['Ja', null],
    F3: ['Delvist', 'Plan for skolerne mangler stadig'],
    F4: ['Ja', null],
    F5: ['Ja', null],
    F6: ['Ja', null],
    F7: ['Delvist', null],
    L1: ['Ja', null],
    L2: ['Delvist', 'Nedslag aftalt i april'],
    L3: ['Ja', null],
    L4: ['Nej', 'Afventer nyt kursusforløb'],
    L5: ['Delvist', null],
    L6: ['Ja', null],
    L7: ['Nej', null],
    L8: ['Delvist', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const [a, comment] = ans[id]!;
    t.row(`A${row}`, [id, { v: q, s: WRAP }, a]);
    if (comment) t.comments.set(`C${row}`, comment);
    p.answer(
      id,
      ANS[a]!,
      T,
      `C${row}`,
      comment ? { v: comment, note: "the remark is the answer cell's note" } : undefined,
    );
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 18).width(3, 14).width(4, 12).width(5, 12);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer/uge', 'Forløb'], HEAD);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number];
  const corps: KR[] = [
    ['LM', 'Mentor', 'mentor', 'Skole', 8, 3],
    ['NO', 'Forældrecoach', 'parent_coach', 'Familie', 6, 2],
    ['PQ', 'Mentor', 'mentor', 'Ungeindsats', 10, 4],
    ['RS', 'Begge', 'both', 'Familie', 12, 5],
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
  // A member who left the corps, struck out rather than deleted: no longer in the corps.
  k.row('A6', ['TU', 'Mentor', 'Skole', 8, 0], STRIKE);
  return p;
}
