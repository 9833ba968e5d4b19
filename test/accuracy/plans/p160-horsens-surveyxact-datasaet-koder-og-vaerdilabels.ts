// Horsens (held out, thirty-ninth round: plans that came out of another program a municipality
// uses). The corps asks for the half-yearly status in a SurveyXact survey, and the coordinator
// answered it and downloaded her answer as SurveyXact's dataset ("Datasæt", Excel) to keep beside
// her own plan, which she then sends as the plan workbook. SurveyXact's dataset: the sheet
// "Dataset" with the survey's variable names as the header ("respondentid", "kommune", "periode",
// "fase", "koord", "leder", "f1" … "f7", "l1" … "l8", "l4_txt", "statoverall_4", "closetime") and
// one row, her answer, with every closed question as its CODE: the municipality as its code (615),
// the period as 2, the phase as 3, the checklist answers as 1, 2, 3 and 9; the two text questions
// (names) as typed. The export's two other sheets are its codebook: "Variabler" (the variable and
// its label: the question's text) and "Værdier" (the variable, the value and the value's label:
// "1 Ja", "2 Delvist", "3 Nej", "9 Ved ikke"; "2 2. halvår 2026"; "615 Horsens"). One question was
// answered "Ved ikke" (9), one was skipped (empty). The plan itself is on "Handleplan", her own
// table. SheetJS (as SurveyXact writes its .xlsx: no styles).
//
// A careful reader looks each code up in "Værdier" for its variable: kommune 615 is Horsens, periode
// 2 the second half of 2026, fase 3 initial implementation, f1 = 1 is "Ja"; "Ved ikke" is no answer
// (the question is unanswered, to be asked); the question a variable stands for is its label in
// "Variabler" (f1 … l8 are the checklist's F1 … L8 by their text). "statoverall_4" (SurveyXact's
// status of the response: 4 = completed), "respondentid" and "closetime" are the system's.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { colLetters } from '../build/model';
import { SEED_QUESTIONS } from './checklist-seed';

const CODE = { Ja: 1, Delvist: 2, Nej: 3, 'Ved ikke': 9 } as const;
type Ans = keyof typeof CODE | null;

const ANSWERS: Readonly<Record<string, Ans>> = {
  F1: 'Ja', F2: 'Ja', F3: 'Delvist', F4: 'Ja', F5: 'Delvist', F6: 'Ja', F7: 'Nej',
  L1: 'Ja', L2: 'Delvist', L3: 'Ja', L4: 'Nej', L5: 'Ved ikke', L6: 'Delvist', L7: null, L8: 'Delvist',
}; // prettier-ignore

const READ: Readonly<Record<keyof typeof CODE, Exp>> = {
  Ja: 'yes',
  Delvist: 'partly',
  Nej: 'no',
  'Ved ikke': unsure(null, '"Ved ikke" (9) is no answer: the question is unanswered, to be asked'),
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p160-horsens-surveyxact-datasaet-koder-og-vaerdilabels',
    'sheetjs',
    'Horsens: the corps\' half-yearly status survey answered in SurveyXact and downloaded as its dataset: "Dataset" with variable names as the header and one row of codes (kommune 615, periode 2, fase 3, checklist f1–l8 as 1/2/3/9, one skipped), the codebook on "Variabler" (variable → question text) and "Værdier" (variable, value, label: 1 Ja, 2 Delvist, 3 Nej, 9 Ved ikke), system variables (respondentid, statoverall_4, closetime); the plan on the coordinator\'s own "Handleplan".',
    [
      'surveyxact-dataset-export',
      'cover-facts-as-codes',
      'checklist-answers-as-codes',
      'codebook-variables-sheet',
      'codebook-value-labels-sheet',
      'variable-names-as-header',
      'dont-know-code-9',
      'skipped-question',
      'survey-system-variables',
    ],
  );

  // --- SurveyXact's dataset ------------------------------------------------------------------------
  const D = 'Dataset';
  const d = p.sheet(D);
  const vars = [
    'respondentid', 'kommune', 'periode', 'fase', 'koord', 'leder',
    ...SEED_QUESTIONS.map(([id]) => id.toLowerCase()),
    'l4_txt', 'statoverall_4', 'closetime',
  ]; // prettier-ignore
  d.row('A1', vars);
  const col = (v: string): string => {
    const i = vars.indexOf(v);
    if (i < 0) throw new Error(v);
    return colLetters(i + 1);
  };
  const values: (string | number | undefined)[] = [
    48213, 615, 2, 3, 'Jonas Krogh', 'Birgitte Lund',
    ...SEED_QUESTIONS.map(([id]) => { const a = ANSWERS[id]; return a ? CODE[a] : undefined; }),
    'Supervision er ikke aftalt endnu – tages op i styregruppen i januar', 1, '2026-11-20 14:03:51',
  ]; // prettier-ignore
  d.row('A2', values);
  p.fact('municipality', '615', D, `${col('kommune')}2`);
  p.fact('period', '2026-H2', D, `${col('periode')}2`);
  p.fact('phase', 'initial', D, `${col('fase')}2`);
  p.fact('coordinator', 'Jonas Krogh', D, `${col('koord')}2`);
  p.fact('leader', 'Birgitte Lund', D, `${col('leder')}2`);
  p.notActivity(D, 2, 'the survey response (cover facts and checklist answers as codes), no activity');
  for (const [id] of SEED_QUESTIONS) {
    const a = ANSWERS[id];
    const cell = `${col(id.toLowerCase())}2`;
    const answer: Exp = a === null || a === undefined ? null : READ[a];
    const comment: Exp | undefined =
      id === 'L4'
        ? {
            v: 'Supervision er ikke aftalt endnu – tages op i styregruppen i januar',
            cell: `${col('l4_txt')}2`,
          }
        : undefined;
    p.answer(id, answer, D, cell, comment);
  }

  // --- The codebook: variables ------------------------------------------------------------------------
  const V = 'Variabler';
  const v = p.sheet(V);
  v.width(1, 14).width(2, 90);
  v.row('A1', ['Variabel', 'Label']);
  const labels: readonly (readonly [string, string])[] = [
    ['respondentid', 'Respondent-id'],
    ['kommune', 'Hvilken kommune besvarer du for?'],
    ['periode', 'Hvilket halvår gælder besvarelsen?'],
    ['fase', 'Hvilken fase er kommunen i?'],
    ['koord', 'Koordinatorens navn'],
    ['leder', 'Ansvarlig leders navn'],
    ...SEED_QUESTIONS.map(([id, q]) => [id.toLowerCase(), q] as const),
    ['l4_txt', 'Uddyb gerne dit svar'],
    ['statoverall_4', 'Status: Gennemført'],
    ['closetime', 'Besvarelsen afsluttet'],
  ];
  labels.forEach(([name, label], i) => v.row(`A${i + 2}`, [name, label]));

  // --- The codebook: value labels ---------------------------------------------------------------------
  const W = 'Værdier';
  const w = p.sheet(W);
  w.row('A1', ['Variabel', 'Værdi', 'Label']);
  const vl: (readonly [string, number, string])[] = [
    ['kommune', 615, 'Horsens'],
    ['periode', 1, '1. halvår 2026'],
    ['periode', 2, '2. halvår 2026'],
    ['fase', 1, 'Forberedelse'],
    ['fase', 2, 'Klargøring'],
    ['fase', 3, 'Indledende implementering'],
    ['fase', 4, 'Fuld implementering'],
  ];
  for (const [id] of SEED_QUESTIONS)
    for (const [label, code] of Object.entries(CODE)) vl.push([id.toLowerCase(), code, label]);
  vl.push(['statoverall_4', 0, 'Nej'], ['statoverall_4', 1, 'Ja']);
  vl.forEach((row, i) => w.row(`A${i + 2}`, [...row]));

  // --- Her own plan ---------------------------------------------------------------------------------------
  const rows: TableRow[] = [];
  const act = (
    tema: string,
    theme: string,
    akt: string,
    ans: string,
    start: string | null,
    frist: string,
    status: string,
    xs: string,
  ): TableRow => ({
    cells: {
      A: tema,
      B: akt,
      C: ans,
      D: start ? { date: start } : undefined,
      E: { date: frist },
      F: status,
    },
    x: { theme, status: xs, start, deadline: frist },
  });
  rows.push(
    act('Ledelse', 'leadership', 'Styregruppemøde om korpsets mål', 'Birgitte Lund', null, '2026-08-28', 'Gennemført', 'done'),
    act('Kommunikation', 'communication', 'Informationsmøde for skolernes ledere', 'Jonas Krogh', '2026-08-17', '2026-09-04', 'Gennemført', 'done'),
    act('Inddragelse', 'involvement', 'Forældrepanel om forløbenes indhold', 'Jonas Krogh', '2026-09-14', '2026-11-30', 'I gang', 'in_progress'),
    act('Opkvalificering', 'upskilling', 'LAT-kursus for nye mentorer', 'Sofie Dahl', '2026-09-01', '2026-10-23', 'Gennemført', 'done'),
    act('Organisering, roller og ansvar', 'organisation_roles', 'Aftale om supervision af korpset', 'Birgitte Lund', null, '2027-01-29', 'Ikke startet', 'not_started'),
    act('Opfølgning på dokumentation', 'documentation', 'Registrering af forløb i dokumentationsplatformen', 'Sofie Dahl', '2026-08-03', '2026-12-18', 'I gang', 'in_progress'),
    act('Evaluering og tilpasning', 'evaluation', 'Halvårsstatus til korpset (SurveyXact)', 'Jonas Krogh', null, '2026-11-20', 'Gennemført', 'done'),
  ); // prettier-ignore
  p.table({
    sheet: 'Handleplan',
    headerRow: 1,
    columns: [
      { key: 'A', header: 'Tema', width: 28 },
      { key: 'B', header: 'Aktivitet', width: 50 },
      { key: 'C', header: 'Ansvarlig', width: 16 },
      { key: 'D', header: 'Start', width: 12 },
      { key: 'E', header: 'Frist', width: 12 },
      { key: 'F', header: 'Status', width: 14 },
    ],
    fields: { theme: 'A', activity: 'B', responsible: 'C', start: 'D', deadline: 'E', status: 'F' },
    rows,
  });
  return p;
}
