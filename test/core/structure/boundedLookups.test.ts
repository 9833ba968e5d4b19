// Look-ups that run once per cell (issue 10 §4) stay bounded: the municipality, period and label
// look-ups of the cover, and the question matching of checklists, remember their answers by value
// and stop after a bounded number of candidates, while what a coordinator writes is still found.

import * as normalize from '../../../core/normalize';
import { CHECKLIST } from '../../../core/spec';
import { structure } from '../../../core/structure';
import { FUZZY_LABELS, TITLE_CANDIDATES } from '../../../core/structure/cover';
import { scoreChecklist } from '../../../core/structure/similarity';
import * as vocab from '../../../core/structure/vocab';
import { gridOf, type In } from './grid-builder';

const PLAN: readonly (readonly In[])[] = [
  ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
];

afterEach(() => jest.restoreAllMocks());

/** `n` rows of notes outside any table: one text in each, in one column. */
function notes(n: number, text: (i: number) => string): In[][] {
  return Array.from({ length: n }, (_, i) => [text(i)]);
}

test('one text repeated in 20,000 cells is looked up once, not 20,000 times', () => {
  const municipalities = jest.spyOn(normalize, 'findMunicipalities');
  const periods = jest.spyOn(normalize, 'findPeriod');
  const labels = jest.spyOn(vocab, 'coverLabel');
  const result = structure(
    gridOf(
      {
        name: 'Forside',
        rows: [['Kommune', 'Aarhus'], ['Periode', '2026-H2'], ...notes(20_000, () => 'Se bemærkningen')],
      },
      { name: 'Plan', rows: PLAN },
    ),
  );
  expect(result.draft.municipality).toEqual({ code: '751', name: 'Aarhus' });
  expect(municipalities.mock.calls.length).toBeLessThan(20);
  expect(periods.mock.calls.length).toBeLessThan(20);
  expect(labels.mock.calls.length).toBeLessThan(20);
});

test(`only the first ${TITLE_CANDIDATES} texts are searched for a title; a title above them is found`, () => {
  const municipalities = jest.spyOn(normalize, 'findMunicipalities');
  const result = structure(
    gridOf(
      {
        name: 'Noter',
        rows: [
          ['Implementeringsplan for Aarhus Kommune, 2. halvår 2026'],
          ...notes(6_000, (i) => `Note nr. ${i}`),
        ],
      },
      { name: 'Plan', rows: PLAN },
    ),
  );
  expect(result.draft.municipality?.code).toBe('751');
  expect(result.draft.period).toBe('2026-H2');
  // Distinct texts, each at most once, and no more of them than the candidates (plus sheet names).
  expect(municipalities.mock.calls.length).toBeLessThanOrEqual(TITLE_CANDIDATES + 2);
});

test(`after ${FUZZY_LABELS} distinct texts, labels are still found as written, without the costly misspelling match`, () => {
  const fuzzy = jest.spyOn(vocab, 'coverLabel');
  const exact = jest.spyOn(vocab, 'coverLabelExact');
  const result = structure(
    gridOf(
      {
        name: 'Forside',
        rows: [...notes(5_000, (i) => `Bemærkning ${i}`), ['Kommune', 'Odense'], ['Periode', '2026-H1']],
      },
      { name: 'Plan', rows: PLAN },
    ),
  );
  expect(result.draft.municipality?.code).toBe('461');
  expect(result.draft.period).toBe('2026-H1');
  expect(fuzzy.mock.calls.length).toBeLessThanOrEqual(FUZZY_LABELS + 2);
  expect(exact.mock.calls.length).toBeGreaterThan(0);
});

test('a question text repeated at every row of a checklist is folded once, and a long one only in part', () => {
  scoreChecklist('Ja'); // the questions' own trigrams, prepared once
  const fold = jest.spyOn(normalize, 'foldText');
  const question = CHECKLIST[0]!.text.da;
  for (let i = 0; i < 2_000; i++) scoreChecklist(question);
  expect(fold.mock.calls.length).toBeLessThanOrEqual(1);
  const long = `${question} ${'Uddybning af svaret. '.repeat(2_000)}`;
  fold.mockClear();
  scoreChecklist(long);
  expect(fold.mock.calls[0]?.[0].length).toBeLessThanOrEqual(1_000);
  // What is matched is unchanged for questions as coordinators write them.
  expect(scoreChecklist(question)[0]).toEqual({ id: CHECKLIST[0]!.id, score: 1 });
});
