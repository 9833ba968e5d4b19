// No silent misreads in checklists: across many checklists laid out the ways coordinators lay them
// out — the seed's texts (Danish or English), shortened and paraphrased questions, in the seed's
// order or shuffled, numbered F1–L8, 1–15, 1–7/1–8 or not at all, with or without headings, with a
// question left out and rows that are no checklist question — every answer either lands on its
// question at its own cell, or an issue or a check stands at its cell.

import { structure } from '../../../core/structure';
import { a1 } from '../../../core/grid';
import { CHECKLIST, type ChecklistId } from '../../../core/spec';
import { gridOf, type In } from './grid-builder';

/** How coordinators have shortened or retold each question (not the phrases korpsplan knows). */
const RETOLD: Record<ChecklistId, readonly string[]> = {
  F1: ['Behovsanalyse gennemført?', 'Er der lavet behovsanalyse', 'Needs analysis done'],
  F2: [
    'Relevante aktører inddraget i analysen',
    'Har relevante aktører været med i analysen',
    'Were relevant actors involved?',
  ],
  F3: ['Plan for involvering af samarbejdspartnere', 'Er partnerne orienteret om LAT-metoden?'],
  F4: ['Koordinator valgt?', 'Er der fundet en tovholder?', 'Coordinator appointed'],
  F5: ['Besluttet hvilke områder mentorerne kommer fra', 'Ved vi hvorfor mentorerne er udvalgt?'],
  F6: ['Rammer for at mentorer kan arbejde med forløb', 'Er rammerne på plads?'],
  F7: ['Rolle- og ansvarsfordeling', 'Er ansvar og roller fordelt?', 'Roles and responsibilities clear'],
  L1: ['Implementeringsplan med milepæle og deadlines', 'Foreligger der en implementeringsplan?'],
  L2: ['Plan for nedslag og foreløbige resultater', 'Planlagte nedslag undervejs', 'Plan for checkpoints'],
  L3: ['Opkvalificering gennemført', 'Er ledelsen og mentorerne opkvalificeret?', 'Upskilling done'],
  L4: ['Fastholdelse af kompetencer efter kurser', 'Action learning plan'],
  L5: ['Kommunikationsplan om metoden', 'Spredning af budskabet om metoden'],
  L6: ['Rammer for at mentorer kan arbejde med forløb', 'Conditions for working with cases'],
  L7: ['Plan for hvem der informeres', 'Målgrupper for information', 'Who is informed about the effort?'],
  L8: ['Hvad, hvornår og hvordan kommunikeres', 'What, when and how to communicate'],
  L9: ['Halvårlig opfølgning i ledelsesgruppen', 'Følger ledelsesgruppen op hvert halve år?'],
};

const OTHER_ROWS = ['Har vi husket kaffe til mødet?', 'Budget for 2026 godkendt?', 'Er der styr på GDPR?'];
const ANSWERS = ['yes', 'partly', 'no'] as const;

/** A small deterministic generator (the same checklists every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

interface Expected {
  readonly id: ChecklistId | null;
  readonly answer: string;
  readonly cell: string;
}

function checklistOf(rnd: () => number): { rows: In[][]; expected: Expected[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const groups = rnd() < 0.5 ? ['F', 'L'] : [pick(['F', 'L'])];
  const numbering = pick(['none', 'ids', 'over both', 'per list'] as const);
  const shuffled = rnd() < 0.5;
  const headings = rnd() < 0.5;
  const wording = pick(['seed', 'retold', 'mixed'] as const);
  const rows: In[][] = [];
  const expected: Expected[] = [];
  for (const g of groups) {
    let ids = CHECKLIST.filter((q) => q.id.startsWith(g)).map((q) => q.id);
    if (rnd() < 0.3) ids.splice(Math.floor(rnd() * ids.length), 1);
    if (shuffled) ids = [...ids].sort(() => rnd() - 0.5);
    if (headings)
      rows.push([
        '',
        g === 'F' ? 'Huskeliste til forberedelse' : 'Huskeliste til den løbende implementering',
      ]);
    if (rows.length === 0 || headings) rows.push(['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej']);
    const items: (ChecklistId | null)[] = [...ids];
    if (rnd() < 0.4) items.splice(Math.floor(rnd() * items.length), 0, null);
    for (const id of items) {
      const question = id ? CHECKLIST.find((q) => q.id === id) : undefined;
      const text =
        !id || !question
          ? pick(OTHER_ROWS)
          : wording === 'seed' || (wording === 'mixed' && rnd() < 0.5)
            ? question.text[rnd() < 0.8 ? 'da' : 'en']
            : pick(RETOLD[id]);
      const number =
        id === null
          ? ''
          : numbering === 'ids'
            ? id
            : numbering === 'over both'
              ? CHECKLIST.findIndex((q) => q.id === id) + 1
              : numbering === 'per list'
                ? Number(id.slice(1))
                : '';
      const answer = pick(ANSWERS);
      const col = 2 + ANSWERS.indexOf(answer);
      const row: In[] = [number, text, '', '', ''];
      row[col] = 'x';
      expected.push({ id, answer, cell: a1(rows.length, col) });
      rows.push(row);
    }
    rows.push([]);
  }
  return { rows, expected };
}

test('150 checklists of every layout: no answer is misread without an issue or a check at its cell', () => {
  const rnd = random(20260101);
  let right = 0;
  let total = 0;
  const silent: string[] = [];
  for (let n = 0; n < 150; n++) {
    const { rows, expected } = checklistOf(rnd);
    const r = structure(gridOf({ name: 'Huskeliste', rows }));
    const flagged = new Set([...r.issues.map((i) => i.cell), ...r.checks.map((c) => c.cell)]);
    for (const e of expected) {
      total++;
      const got = e.id ? r.draft.checklist.find((c) => c.id === e.id) : undefined;
      const landed = got?.answer === e.answer && got.place?.cell === e.cell;
      if (flagged.has(e.cell)) continue;
      if (landed) right++;
      else silent.push(`checklist ${n}, ${e.id ?? 'no question'} at ${e.cell}`);
    }
  }
  expect(silent).toEqual([]);
  // Most answers land on their question without the coordinator having to look.
  expect(right / total).toBeGreaterThan(0.8);
});
