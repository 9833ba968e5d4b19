// Nordfyns (held out, fourteenth round): a plan kept in Excel 365 by a coordinator and her leader
// who talk in threaded comments ("Ny kommentar", with replies) instead of a remarks column. Excel
// saves each thread in xl/threadedComments with its people in xl/persons, and a legacy copy for older
// programs whose text begins with Excel's notice "[Threaded comment] Your version of Excel allows
// you to read this threaded comment; …" and then "Comment:" and "Reply:" lines. The checklist has
// no comment column: each remark is a thread on the answer's cell, some with a reply. On the plan,
// one thread on a status cell says the activity has happened ("Ja, holdt 4/11 – jeg retter status")
// while the cell still says "I gang". The times mix "uge 34", "1. kvartal 2027", "september",
// "uge 45–47", "4. kvartal" and "efter sommerferien". Hand-built package.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};
const ANS: Record<string, string> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
const LISE = 'Lise Brandt';
const OLE = 'Ole Skov';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p88-nordfyns-traadede-kommentarer-som-bemaerkninger',
    'hand-built',
    'Nordfyns: remarks kept as Excel 365 threaded comments (xl/threadedComments, xl/persons, legacy copies starting "[Threaded comment] Your version of Excel …"), the checklist\'s remarks as threads on the answer cells (some with a reply), a reply on a status cell saying the activity is held while the cell says "I gang"; times mixing "uge 34", "1. kvartal 2027", "september", "uge 45–47", "4. kvartal", "efter sommerferien".',
    [
      'remarks-in-threaded-comments',
      'threaded-comment-legacy-notice',
      'checklist-comment-in-threaded-comment',
      'checklist-comment-thread-with-reply',
      'status-contradicted-by-comment-reply',
      'dates-mixed-weeks-quarters-vague',
      'month-without-year',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachkorps – Nordfyns Kommune', TITLE);
  f.row('A3', ['Kommune', 'Nordfyns Kommune']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', LISE]);
  f.row('A7', ['Leder', OLE]);
  for (const r of [3, 4, 5, 6, 7]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', '480', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', LISE, F, 'B6');
  p.fact('leader', OLE, F, 'B7');

  const S = 'Plan';
  const s = p.sheet(S);
  // [theme, activity, responsible, time, status, reading of the time, thread on the status cell]
  type R = [string, string, string, string, string, { start?: string; deadline: Exp }, [string, string][]?];
  const rows: R[] = [
    ['Ledelse', 'Opstartsmøde i styregruppen efter sommerferien', OLE, 'uge 34', 'Gennemført', { deadline: '2026-08-23' }],
    ['Kommunikation', 'Informationsbrev til skolernes ledere', LISE, 'september', 'Gennemført', { deadline: '2026-09-30' }, [[LISE, 'Sendt 28/9 til alle 11 skoler.']]],
    ['Inddragelse', 'Forældrecafé om forældrecoaching', LISE, 'efter sommerferien', 'I gang', { deadline: unsure(null, '"efter sommerferien": after the summer holiday, no day to hold it to') }, [[OLE, 'Hvornår ligger caféen?'], [LISE, 'Vi mangler lokale – finder dato i januar.']]],
    ['Opkvalificering', 'Opfølgningsdag for mentorer med nationalt center', 'Nationalt center', 'uge 45–47', 'I gang', { start: '2026-11-02', deadline: '2026-11-22' }, [[OLE, 'Er den holdt?'], [LISE, 'Ja, holdt 4/11 – jeg retter status.']]],
    ['Arbejdsproces og kultur', 'Faste sparringsmøder for forældrecoaches', LISE, '4. kvartal', 'I gang', { deadline: '2026-12-31' }],
    ['Opfølgning på dokumentation', 'Fælles forløbsskema i fagsystemet', LISE, '1. kvartal 2027', 'Ikke startet', { deadline: '2027-03-31' }, [[LISE, 'Afventer ny version af fagsystemet.']]],
    ['Evaluering og tilpasning', 'Halvårsstatus til udvalget', OLE, 'uge 50', 'Ikke startet', { deadline: '2026-12-13' }],
  ]; // prettier-ignore
  const header = 1;
  const body: TableRow[] = rows.map(([tema, akt, ans, when, st, t]) => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, when, st },
    x: {
      theme: TH[tema]!,
      status: akt.startsWith('Opfølgningsdag')
        ? {
            v: 'done',
            flag: true,
            alt: ['in_progress'],
            note: 'the cell says "I gang", the reply in its thread says it was held on 4/11 and the status will be corrected',
          }
        : ST[st]!,
      start: t.start ?? null,
      deadline: t.deadline,
    },
  }));
  p.table({
    sheet: S,
    headerRow: header,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'when', header: 'Tidspunkt', width: 18 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', when: 'when', status: 'st' },
    rows: body,
  });
  rows.forEach((r, i) => {
    const thread = r[6];
    if (thread)
      s.threads.set(
        `E${header + 1 + i}`,
        thread.map(([author, text]) => ({ author, text })),
      );
  });

  // --- The checklist: answers only, remarks as threads on the answer cells --------------------------
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.width(1, 6).width(2, 90).width(3, 10);
  h.row('A1', ['Nr.', 'Spørgsmål', 'Svar'], HEAD);
  const answers: Record<ChecklistIdKey, [string, [string, string][]?]> = {
    F1: ['Ja'],
    F2: ['Ja', [[LISE, 'Skoler, PPR og familieafdelingen var med i analysen.']]],
    F3: [
      'Delvist',
      [
        [OLE, 'Mangler vi ikke jobcentret?'],
        [LISE, 'Jo – de kommer med i planen i januar.'],
      ],
    ],
    F4: ['Ja'],
    F5: ['Ja'],
    F6: ['Delvist', [[LISE, 'Frikøb aftalt for mentorer, ikke for forældrecoaches endnu.']]],
    F7: ['Ja'],
    L1: ['Ja'],
    L2: [
      'Delvist',
      [
        [LISE, 'Nedslag aftalt i marts og september.'],
        [OLE, 'Godt – husk ledergruppen.'],
      ],
    ],
    L3: ['Ja'],
    L4: ['Nej', [[LISE, 'Kommer efter opfølgningsdagen.']]],
    L5: ['Delvist'],
    L6: ['Ja'],
    L7: ['Nej'],
    L8: ['Delvist', [[OLE, 'Kommunikationsplanen skal opdateres.']]],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [a, thread] = answers[id];
    h.row(`A${r}`, [id, q, a]);
    h.set(`B${r}`, q, WRAP);
    let comment: Exp | undefined;
    if (thread) {
      h.threads.set(
        `C${r}`,
        thread.map(([author, text]) => ({ author, text })),
      );
      const all = thread.map(([, t]) => t);
      comment = {
        v: all[0]!,
        ...(all.length > 1 ? { alt: [all.join(' '), all.join(' – '), all.join(' / ')] } : {}),
        note:
          all.length > 1
            ? 'the comment and its reply: the first, or both'
            : 'the threaded comment on the answer',
      };
    }
    p.answer(id, ANS[a]!, H, `C${r}`, comment);
  });
  return p;
}
