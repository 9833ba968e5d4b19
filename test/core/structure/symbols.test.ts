// Statuses and checklist answers written as symbols (✓ ● ○ ✗ 🟢 🟡 🔴): read by the workbook's own
// legend where it has one, a tick as done without one, a traffic-light emoji as its colour's usual
// reading with a check, and any other symbol without a legend as an issue at its cell, never a guess.

import { structure } from '../../../core/structure';
import { holdsSymbol, symbolOf, symbolPairs } from '../../../core/structure/symbols';
import { gridOf, type In } from './grid-builder';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'];
const plan = (rows: readonly (readonly In[])[], above: readonly (readonly In[])[] = []) =>
  structure(gridOf({ name: 'Plan', rows: [...above, HEADER, ...rows] }));

describe('symbols in a cell and in a legend', () => {
  it('a cell that is one symbol (repeated, or with an emoji selector) is that symbol; text is not', () => {
    expect(symbolOf(' ✓ ')).toBe('✓');
    expect(symbolOf('✔️')).toBe('✔');
    expect(symbolOf('●●')).toBe('●');
    expect(symbolOf('🟢')).toBe('🟢');
    expect(symbolOf('✓ færdig')).toBeUndefined();
    expect(symbolOf('x')).toBeUndefined();
    expect(symbolOf('✓●')).toBeUndefined();
  });

  it('a legend line pairs each symbol with the words after it', () => {
    expect(symbolPairs('Status:  ✓ = Gennemført   ● = I gang   ○ = Ikke startet   ✗ = Lukket')).toEqual([
      { symbol: '✓', words: 'Gennemført' },
      { symbol: '●', words: 'I gang' },
      { symbol: '○', words: 'Ikke startet' },
      { symbol: '✗', words: 'Lukket' },
    ]);
    expect(symbolPairs('Forklaring: 🟢: Ja, 🟡: Delvist, 🔴: Nej').map((p) => p.words)).toEqual([
      'Ja',
      'Delvist',
      'Nej',
    ]);
  });
});

describe('the first look for a symbol in every text', () => {
  it('finds every symbol character the full test finds, and no other, in every plane', () => {
    // Every code point of the Basic Multilingual Plane and of the emoji and symbol blocks beyond it,
    // alone and inside a Danish sentence: the cheap look must pass over no symbol.
    const symbol = /^[\p{So}√•]$/u;
    const missed: string[] = [];
    const wrong: string[] = [];
    const ranges: [number, number][] = [
      [0x0000, 0xd7ff],
      [0xe000, 0xffff],
      [0x1f000, 0x1faff],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        const is = symbol.test(ch);
        if (holdsSymbol(`Møde med forældre – ${ch} i uge 12`) !== is) (is ? missed : wrong).push(ch);
      }
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

describe('status symbols in a plan', () => {
  const ROWS = [
    ['Ledelse', 'a', 'PM', '15.03.2027', '✓'],
    ['Ledelse', 'b', 'PM', '15.03.2027', '●'],
    ['Ledelse', 'c', 'PM', '15.03.2027', '○'],
    ['Ledelse', 'd', 'PM', '15.03.2027', '✗'],
  ];

  it('are read by the legend above the table, certain', () => {
    const r = plan(ROWS, [['Status: ✓ = Gennemført  ● = I gang  ○ = Ikke startet  ✗ = Lukket'], []]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'done',
      'in_progress',
      'not_started',
      'closed',
    ]);
    expect(r.checks.filter((c) => c.field === 'activities.status')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  it('a legend that explains a symbol by a judged word ("● = OK") reads it as that word is: with a check', () => {
    const r = plan(ROWS, [['Status: ✓ = Gennemført  ● = OK  ○ = Afventer  ✗ = Lukket'], []]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', 'done', 'not_started', 'closed']);
    const checks = r.checks.filter((c) => c.field === 'activities.status');
    expect(checks.map((c) => [c.cell, c.value, c.confidence < 1])).toEqual([
      ['E5', '●', true],
      ['E6', '○', true],
    ]);
    expect(checks[0]?.reason.da).toContain('siger ● = "OK"');
    expect(checks[1]?.reason.en).toContain('Waiting was read as Not started');
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  it('are read by a legend on another sheet of the workbook', () => {
    const r = structure(
      gridOf(
        { name: 'Plan', rows: [HEADER, ...ROWS] },
        { name: 'Forklaring', rows: [['✓ = Gennemført'], ['● = I gang, ○ = Ikke startet, ✗ = Lukket']] },
      ),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'done',
      'in_progress',
      'not_started',
      'closed',
    ]);
  });

  it('without a legend: a tick is done, every other symbol is an issue at its cell', () => {
    const r = plan(ROWS);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', undefined, undefined, undefined]);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual([
      'E3',
      'E4',
      'E5',
    ]);
  });

  it('a symbol a legend gives two meanings has none', () => {
    const r = plan(
      [['Ledelse', 'a', 'PM', '15.03.2027', '●']],
      [['● = I gang, ○ = Ikke startet'], ['● = Gennemført, ○ = Ikke startet'], []],
    );
    expect(r.draft.activities[0]?.values.status).toBeUndefined();
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['E5']);
  });

  it('traffic-light emoji without a legend: the usual reading, each a check at its cell', () => {
    const r = plan([
      ['Ledelse', 'a', 'PM', '15.03.2027', '🟢'],
      ['Ledelse', 'b', 'PM', '15.03.2027', '🟡'],
      ['Ledelse', 'c', 'PM', '15.03.2027', '🔴'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', 'in_progress', 'not_started']);
    expect(r.checks.filter((c) => c.field === 'activities.status').map((c) => c.cell)).toEqual([
      'E2',
      'E3',
      'E4',
    ]);
  });

  it('traffic-light emoji with a legend are read by it, without a check', () => {
    const r = plan(
      [
        ['Ledelse', 'a', 'PM', '15.03.2027', '🟢'],
        ['Ledelse', 'b', 'PM', '15.03.2027', '🔴'],
      ],
      [['🟢 = I gang  🟡 = Ændret  🔴 = Lukket'], []],
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['in_progress', 'closed']);
    expect(r.checks.filter((c) => c.field === 'activities.status')).toEqual([]);
  });
});

describe('a column ticked when the activity is done', () => {
  it('"Udført" is the status column: a tick or an x is done, a blank is a missing status at its cell', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Udført'],
          ['Ledelse', 'a', 'PM', '15.03.2027', '✔'],
          ['Ledelse', 'b', 'PM', '15.03.2027', 'x'],
          ['Ledelse', 'c', 'PM', '15.03.2027'],
          ['Ledelse', 'd', 'PM', '15.03.2027', 'Nej'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', 'done', undefined, undefined]);
    expect(r.draft.activities.map((a) => a.cells.status)).toEqual(['E2', 'E3', 'E4', 'E5']);
    // "Nej" says only "not done": not started or under way cannot be told.
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['E5']);
  });

  it('a task list\'s sections ("Section/Column") that name a theme are read as the theme', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Section/Column', 'Name', 'Assignee', 'Due Date', 'Status'],
          ['Ledelse og forankring', 'a', 'PM', '2027-03-15', 'I gang'],
          ['Opkvalificering', 'b', 'PM', '2027-03-15', 'I gang'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual(['leadership', 'upskilling']);
  });

  it('a section that names no theme is a value outside the list at its cell, never a theme', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Section/Column', 'Name', 'Assignee', 'Due Date', 'Completed At'],
          ['To do', 'a', 'PM', '2027-03-15'],
        ],
      }),
    );
    expect(r.draft.activities[0]?.values.theme).toBeUndefined();
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['A2']);
  });

  it('an x in an ordinary status column is still no status', () => {
    const r = plan([['Ledelse', 'a', 'PM', '15.03.2027', 'x']]);
    expect(r.draft.activities[0]?.values.status).toBeUndefined();
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['E2']);
  });
});
