// Rudersdal (held out, fifteenth round): the plan gathered by two Google Forms linked to one Google
// Sheet, downloaded as .xlsx. Each form writes its answers on a sheet of its own, the newest linked
// form's sheet first ("Formularsvar 2" before "Formularsvar 1"), one row per response, a
// "Tidsstempel" (a date-time number in the Danish locale's format) in column A and each question's
// full wording as the column header.
// - "Formularsvar 1": the tovholdere register their activities, one response per activity: the
//   themes as a checkbox question (two ticked are joined by ", "), the dates as date questions
//   (numbers shown "yyyy-mm-dd"), the state as a choice with an "Andet" option whose free text is
//   the answer ("Venter på IT"). One activity was registered again a month later with its new state:
//   the older response is no activity of its own (the coordinator's remark beside it says so). The
//   coordinator deleted the e-mail column, added a "Koordinators bemærkning" column and filled the
//   finished rows green.
// - "Formularsvar 2": the readiness checklist as a multiple-choice grid: Google writes one column per
//   grid row, headed "Question [row]" ("Forberedelse [Har kommunen …?]"), answered in two responses
//   (March and September): the newest counts. The cover facts are questions of the same form
//   (Kommune, Halvår, Koordinator, Leder, Fase) answered in each response.
// Hand-built package, as Google's download is: no styles but the coordinator's fills, dates as numbers.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { colLetters as colName, excelSerial } from '../build/model';
import type { ChecklistIdKey } from '../expected';
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
const STAMP = { fmt: 'd/m/yyyy h:mm:ss' } as const;
const DAY = { fmt: 'yyyy-mm-dd' } as const;
const DONE_FILL = { fill: { rgb: 'D9EAD3' } } as const;

/** A response's time stamp: the day's serial number and the time of day as a fraction. */
function stamp(iso: string, hms: string): number {
  const [h, m, s] = hms.split(':').map(Number) as [number, number, number];
  return excelSerial(iso) + Math.round(((h * 3600 + m * 60 + s) / 86400) * 1e8) / 1e8;
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p89-rudersdal-google-formularsvar-gitterspoergsmaal',
    'hand-built',
    'Rudersdal: two Google Forms response sheets downloaded as .xlsx ("Formularsvar 2" first): activities registered one response per row under the questions\' wording with a Tidsstempel, themes as a checkbox question ("Inddragelse, Kommunikation"), an "Andet" free-text state, one activity registered again later (the newer response counts); the checklist as a multiple-choice grid ("Forberedelse [question]" columns) answered in two responses (the newest counts), the cover facts as questions of the same form.',
    [
      'google-forms-responses',
      'form-response-sheets-newest-first',
      'timestamp-column',
      'question-wording-as-headers',
      'checkbox-question-two-themes',
      'form-other-option-free-text-status',
      'activity-registered-twice-newest-counts',
      'checklist-multiple-choice-grid-columns',
      'checklist-several-responses-newest-counts',
      'cover-facts-as-form-answers',
      'coordinator-added-remark-column',
      'done-rows-filled',
    ],
  );

  // --- Formularsvar 2: the checklist form (Google put the newer form's sheet first) ------------------
  const T = 'Formularsvar 2';
  const t = p.sheet(T);
  const coverQs = [
    'Kommune',
    'Hvilket halvår gælder besvarelsen?',
    'Koordinator',
    'Ansvarlig leder',
    'Hvilken fase er I i?',
  ];
  const head: string[] = ['Tidsstempel', ...coverQs];
  for (const [id, q] of SEED_QUESTIONS)
    head.push(`${id.startsWith('F') ? 'Forberedelse' : 'Løbende implementering'} [${q}]`);
  head.push('Evt. bemærkninger');
  t.row('A1', head);
  t.width(1, 18);
  for (let c = 2; c <= head.length; c++) t.width(c, 22);
  type A = 'Ja' | 'Delvist' | 'Nej' | '';
  // [March response, September response]
  const answers: Record<ChecklistIdKey, [A, A]> = {
    F1: ['Delvist', 'Ja'],
    F2: ['Ja', 'Ja'],
    F3: ['Nej', 'Delvist'],
    F4: ['Ja', 'Ja'],
    F5: ['Delvist', 'Ja'],
    F6: ['Nej', 'Delvist'],
    F7: ['Delvist', 'Ja'],
    L1: ['Nej', 'Ja'],
    L2: ['Nej', 'Delvist'],
    L3: ['Nej', 'Ja'],
    L4: ['Nej', 'Nej'],
    L5: ['Nej', 'Delvist'],
    L6: ['Delvist', 'Ja'],
    L7: ['Nej', 'Nej'],
    L8: ['Delvist', ''],
  };
  const older = ['Rudersdal', '1. halvår 2026', 'Anne Holm', 'Peter Vang', 'Klargøring'];
  const newer = ['Rudersdal', '2. halvår 2026', 'Anne Holm', 'Peter Vang', 'Indledende implementering'];
  t.set('A2', stamp('2026-03-18', '14:02:51'), STAMP);
  t.set('A3', stamp('2026-09-22', '10:47:09'), STAMP);
  t.row('B2', older);
  t.row('B3', newer);
  SEED_QUESTIONS.forEach(([id], i) => {
    const col = 7 + i;
    const [a, b] = answers[id];
    if (a) t.set(`${colName(col)}2`, a);
    if (b) t.set(`${colName(col)}3`, b);
    const READ = { Ja: 'yes', Delvist: 'partly', Nej: 'no' } as const;
    const reading: Exp =
      b !== ''
        ? { v: READ[b], note: 'the newest response (22/9-2026) counts' }
        : unsure(null, 'left blank in the newest response (Delvist in March): to be asked');
    p.answer(id, reading, T, `${colName(col)}3`);
  });
  t.set(`${colName(head.length)}2`, 'Første besvarelse – vi er kun lige startet');
  t.set(`${colName(head.length)}3`, 'L4 afventer aftale med skolerne');
  p.fact('municipality', { v: '230', note: 'the newest response' }, T, 'B3');
  p.fact('period', { v: '2026-H2', note: 'the newest response; March said 1. halvår' }, T, 'C3');
  p.fact('coordinator', 'Anne Holm', T, 'D3');
  p.fact('leader', 'Peter Vang', T, 'E3');
  p.fact('phase', { v: 'initial', note: 'the newest response; March said Klargøring' }, T, 'F3');

  // --- Formularsvar 1: one response per activity -------------------------------------------------------
  const S = 'Formularsvar 1';
  type R = [
    string, // day of the response
    string, // time of the response
    string, // themes ticked
    string, // activity
    string, // tovholder
    string | null, // start
    string, // deadline
    string, // state
    string | null, // coordinator's remark
  ];
  const rows: R[] = [
    ['2026-08-12', '09:14:05', 'Ledelse', 'Ledelsen godkender kommissorium for korpset', 'Peter Vang', '2026-08-15', '2026-09-15', 'Færdig', null],
    ['2026-08-12', '13:40:22', 'Kommunikation', 'Artikel om forældrecoaching i Rudersdal Nyt', 'Bo Lind', null, '2026-10-30', 'I gang', 'Se opdatering 5/10'],
    ['2026-08-20', '11:02:40', 'Inddragelse, Kommunikation', 'Fokusgruppe med forældre om coaching', 'Mette Krogh', '2026-09-01', '2026-11-20', 'I gang', null],
    ['2026-08-25', '08:55:13', 'Opkvalificering', 'LAT-grundkursus for fire nye mentorer', 'Anne Holm', '2026-09-07', '2026-10-02', 'Færdig', null],
    ['2026-09-02', '15:31:47', 'Arbejdsproces og kultur', 'Månedlig sparring for mentorer', 'Mette Krogh', '2026-09-01', '2026-12-31', 'I gang', null],
    ['2026-09-10', '10:20:02', 'Opfølgning på dokumentation', 'Fælles skabelon til forløbsnotater', 'Bo Lind', null, '2026-11-30', 'Venter på IT', 'Rykket hos IT 3/11'],
    ['2026-10-05', '09:03:36', 'Kommunikation', 'Artikel om forældrecoaching i Rudersdal Nyt', 'Bo Lind', null, '2026-10-30', 'Færdig', null],
    ['2026-10-19', '12:44:58', 'Evaluering og tilpasning', 'Midtvejsevaluering med styregruppen', 'Anne Holm', null, '2026-12-10', 'Ikke i gang endnu', null],
    ['2026-11-02', '14:09:31', 'Organisering, roller og ansvar', 'Aftale om visitation via familieafdelingen', 'Mette Krogh', '2026-11-02', '2027-01-31', 'I gang', null],
  ]; // prettier-ignore
  const STATE: Record<string, Exp> = {
    Færdig: 'done',
    'I gang': 'in_progress',
    'Ikke i gang endnu': 'not_started',
    'Venter på IT': unsure('in_progress', '"Andet": waiting for IT, begun but held up; not on the list'),
  };
  const body: TableRow[] = rows.map(([day, time, themes, akt, who, start, dl, state, note], i) => {
    const cells = {
      ts: { v: stamp(day, time), s: STAMP },
      tema: themes,
      akt,
      who,
      start: start ? { v: { date: start }, s: DAY } : undefined,
      dl: { v: { date: dl }, s: DAY },
      state,
      note: note ?? undefined,
    };
    const style = state === 'Færdig' ? DONE_FILL : undefined;
    // The first registration of the article was answered again on 5/10: the newer response counts.
    if (i === 1)
      return { not: 'registered again on 5/10-2026 (row 8): the newer response counts', cells, ...(style ? { style } : {}) };
    // Google joins ticked boxes with ", " (a theme's own comma is part of its name).
    const themeList = TH[themes] ? [themes] : themes.split(', ');
    const theme: Exp =
      themeList.length > 1
        ? { v: TH[themeList[0]!]!, flag: true, alt: themeList.slice(1).map((x) => TH[x]!), note: 'two themes ticked: one of them, to be asked' }
        : TH[themes]!;
    return { cells, x: { theme, status: STATE[state]!, start, deadline: dl }, ...(style ? { style } : {}) };
  }); // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 1,
    columns: [
      { key: 'ts', header: 'Tidsstempel', width: 18 },
      { key: 'tema', header: 'Hvilket tema hører aktiviteten til? (sæt gerne flere kryds)', width: 28 },
      { key: 'akt', header: 'Beskriv aktiviteten kort', width: 44 },
      { key: 'who', header: 'Hvem er tovholder?', width: 16 },
      { key: 'start', header: 'Hvornår starter aktiviteten?', width: 14 },
      { key: 'dl', header: 'Hvornår skal aktiviteten være gennemført?', width: 14 },
      { key: 'state', header: 'Hvor langt er aktiviteten?', width: 18 },
      { key: 'note', header: 'Koordinators bemærkning', width: 24 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'who',
      start: 'start',
      deadline: 'dl',
      status: 'state',
    },
    rows: body,
  });
  return p;
}
