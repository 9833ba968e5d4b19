// Status as a colour: a status column (or the activity cell, or the row) coloured as traffic lights,
// read by the workbook's legend when it has one, else by the usual reading with a check; the text
// wins over the colour; banding and header fills are no statuses.

import { structure } from '../../../core/structure';
import { lightOf, textEntries } from '../../../core/structure/colours';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type SheetInput } from './grid-builder';

const HEADER = ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'];
const ROWS = [
  ['31.03.2026', 'Ledelse', 'Kick-off med ledergruppen', 'Mette', ''],
  ['30.04.2026', 'Kommunikation', 'Nyhedsbrev til mentorer', 'Lars', ''],
  ['31.05.2026', 'Opkvalificering', 'Uddannelse af fire mentorer', 'Sofie', ''],
];
/** Excel's standard green, yellow and red, and its "Good/Neutral/Bad" pastels. */
const LIGHTS = { E2: '00B050', E3: 'FFC000', E4: 'FF0000' };
const PASTELS = { E2: 'C6EFCE', E3: 'FFEB9C', E4: 'FFC7CE' };

function read(...sheets: SheetInput[]): StructureResult {
  return structure(gridOf(...sheets));
}

function statuses(r: StructureResult): (string | undefined)[] {
  return r.draft.activities.map((a) => a.values.status);
}

function statusChecks(r: StructureResult) {
  return r.checks.filter((c) => c.field === 'activities.status');
}

describe('a legend in the workbook says what the colours mean', () => {
  test('a text legend under the table ("Grøn = gennemført, Gul = i gang, Rød = ikke startet") is read exactly', () => {
    const r = read({
      name: 'Plan',
      rows: [HEADER, ...ROWS, [], ['Farvekode: Grøn = gennemført, Gul = i gang, Rød = ikke startet']],
      fills: LIGHTS,
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    expect(statusChecks(r)).toEqual([]);
    expect(r.draft.activities[0]?.cells.status).toBe('E2');
    // The legend is no activity; it stays in the list of what was not placed.
    expect(r.draft.activities).toHaveLength(3);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A6']);
  });

  test('a legend word that names a status only as a judgement ("Grøn = OK") is read, and its colours checked', () => {
    const r = read({
      name: 'Plan',
      rows: [HEADER, ...ROWS, [], ['Farvekode: Grøn = OK, Gul = i gang, Rød = ikke startet']],
      fills: LIGHTS,
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    // Only the green cell, read by the word "OK", is checked; the legend's certain words are not.
    expect(statusChecks(r).map((c) => [c.cell, c.confidence < 1])).toEqual([['E2', true]]);
    expect(statusChecks(r)[0]?.reason.da).toContain('farveforklaringen i Plan!A6, hvor farven står ved "ok"');
    expect(statusChecks(r)[0]?.reason.en).toContain('If it means "going well"');
  });

  test('a legend that says otherwise than the usual reading wins (red = in progress, late)', () => {
    const r = read({
      name: 'Plan',
      rows: [HEADER, ...ROWS, [], ['Grøn: færdig'], ['Gul: ikke startet'], ['Rød: i gang']],
      fills: LIGHTS,
    });
    expect(statuses(r)).toEqual(['done', 'not_started', 'in_progress']);
    expect(statusChecks(r)).toEqual([]);
  });

  test('a legend of coloured cells beside words, on another sheet: certain where the colour is the legend’s', () => {
    const r = read(
      { name: 'Plan', rows: [HEADER, ...ROWS], fills: { E2: '00B050', E3: 'FFC000', E4: 'FF6666' } },
      {
        name: 'Forklaring',
        rows: [
          ['', 'Gennemført'],
          ['', 'I gang'],
          ['', 'Ikke startet'],
        ],
        fills: { A1: '00B050', A2: 'FFC000', A3: 'FF0000' },
      },
    );
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    // E4 is a lighter red than the legend's: read by the legend, and checked.
    expect(statusChecks(r)).toEqual([
      expect.objectContaining({ sheet: 'Plan', cell: 'E4', confidence: 0.9, value: 'Ikke startet (rød)' }),
    ]);
  });

  test('legend lines inside the table, in the activity column, are no activities', () => {
    const r = read({
      name: 'Plan',
      rows: [
        HEADER,
        ...ROWS,
        ['', '', 'Grøn: færdig'],
        ['', '', 'Gul: i gang'],
        ['', '', 'Rød: ikke startet'],
      ],
      fills: LIGHTS,
    });
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual(ROWS.map((row) => row[2]));
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['C5', 'C6', 'C7']);
  });

  test('a legend of swatches beside the table shares its rows: those rows stay activities, a grey swatch (Aflyst) is read too', () => {
    const r = read({
      name: 'Plan',
      rows: [
        ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', '', 'Forklaring'],
        ['31.03.2026', 'Ledelse', 'Kick-off med ledergruppen', 'Mette', '', '', 'Gennemført'],
        ['30.04.2026', 'Kommunikation', 'Artikel i medarbejderbladet', 'Lars', '', '', 'I gang'],
        ['31.05.2026', 'Opkvalificering', 'Uddannelse af fire mentorer', 'Sofie', '', '', 'Ikke startet'],
        ['30.06.2026', 'Inddragelse', 'Netværksmøde', 'Sofie', '', '', 'Aflyst'],
        ['31.08.2026', 'Evaluering', 'Midtvejsevaluering', 'Mette'],
      ],
      // Excel's palette colours (as indexed fills resolve): the swatches in F, the statuses on C.
      fills: {
        F2: '008000',
        F3: 'FFFF00',
        F4: 'FF0000',
        F5: 'C0C0C0',
        C2: 'FF0000',
        C3: 'C0C0C0',
        C4: '008000',
        C5: 'FFFF00',
        C6: '008000',
      },
    });
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Kick-off med ledergruppen',
      'Artikel i medarbejderbladet',
      'Uddannelse af fire mentorer',
      'Netværksmøde',
      'Midtvejsevaluering',
    ]);
    expect(statuses(r)).toEqual(['not_started', 'closed', 'done', 'in_progress', 'done']);
    expect(r.draft.activities.map((a) => a.cells.status)).toEqual(['C2', 'C3', 'C4', 'C5', 'C6']);
    expect(statusChecks(r)).toEqual([]);
  });

  test('a legend sheet in other words ("Færdig", "Ikke påbegyndt", "Udgået" on grey) is read exactly', () => {
    const r = read(
      {
        name: 'Plan',
        rows: [...[HEADER, ...ROWS], ['30.06.2026', 'Inddragelse', 'Netværksmøde', 'Sofie', '']],
        fills: { E2: 'C6EFCE', E3: 'FFEB9C', E4: 'FFC7CE', E5: 'D9D9D9' },
      },
      {
        name: 'Forklaring',
        rows: [
          ['Forklaring til statusfarver'],
          [],
          ['', 'Færdig'],
          ['', 'I gang'],
          ['', 'Ikke påbegyndt'],
          ['', 'Udgået'],
        ],
        fills: { A3: 'C6EFCE', A4: 'FFEB9C', A5: 'FFC7CE', A6: 'D9D9D9' },
      },
    );
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started', 'closed']);
    expect(statusChecks(r)).toEqual([]);
  });

  test('colours named in words in the status column are read by the legend too', () => {
    const r = read({
      name: 'Plan',
      rows: [
        HEADER,
        ...ROWS.map((row, i) => [...row.slice(0, 4), ['Grøn', 'Gul', 'Rød'][i] ?? '']),
        [],
        ['Grøn = gennemført, gul = i gang, rød = ikke startet'],
      ],
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    expect(statusChecks(r)).toEqual([]);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A6']);
  });
});

describe('without a legend', () => {
  test('the usual reading is proposed with a low confidence and a check at each cell', () => {
    const r = read({ name: 'Plan', rows: [HEADER, ...ROWS], fills: PASTELS });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    expect(statusChecks(r).map((c) => [c.cell, c.value, c.confidence])).toEqual([
      ['E2', 'Gennemført (grøn)', 0.5],
      ['E3', 'I gang (gul)', 0.5],
      ['E4', 'Ikke startet (rød)', 0.5],
    ]);
    expect(statusChecks(r)[0]?.reason.da).toContain('læst ud fra farven');
    expect(statusChecks(r)[0]?.reason.en).toContain('read from the colour');
  });

  test('what the same column says in words beside a colour is how its other cells of that colour read', () => {
    const rows = [
      ...ROWS,
      ['30.06.2026', 'Evaluering og tilpasning', 'Midtvejsevaluering', 'Mette', 'Ikke startet'],
    ];
    // Red stands beside "Ikke startet"... and yellow beside nothing: the usual reading for yellow.
    const r = read({
      name: 'Plan',
      rows: [HEADER, ...rows],
      fills: { ...LIGHTS, E4: 'FF0000', E5: 'FF0000' },
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started', 'not_started']);
    expect(statusChecks(r).map((c) => [c.cell, c.confidence])).toEqual([
      ['E2', 0.5],
      ['E3', 0.5],
      ['E4', 0.8],
    ]);
  });

  test('a coloured cell with a status in words: the words win and nothing is asked', () => {
    const rows = ROWS.map((row, i) => [...row.slice(0, 4), ['I gang', 'Færdig', 'Ikke påbegyndt'][i] ?? '']);
    const r = read({ name: 'Plan', rows: [HEADER, ...rows], fills: LIGHTS });
    expect(statuses(r)).toEqual(['in_progress', 'done', 'not_started']);
    expect(statusChecks(r)).toEqual([]);
  });

  test('activity cells coloured as traffic lights, when the plan has no status column', () => {
    const r = read({
      name: 'Plan',
      rows: [HEADER.slice(0, 4), ...ROWS.map((row) => row.slice(0, 4))],
      fills: { C2: '92D050', C3: 'FFFF00', C4: 'C00000' },
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
    expect(statusChecks(r).map((c) => c.cell)).toEqual(['C2', 'C3', 'C4']);
  });

  test('whole rows coloured by their status', () => {
    const fills: Record<string, string> = {};
    ['A', 'B', 'C', 'D'].forEach((c) => {
      fills[`${c}2`] = 'C6EFCE';
      fills[`${c}3`] = 'FFEB9C';
      fills[`${c}4`] = 'FFC7CE';
    });
    const r = read({
      name: 'Plan',
      rows: [HEADER.slice(0, 4), ...ROWS.map((row) => row.slice(0, 4))],
      fills,
    });
    expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
  });
});

describe('fills that are no statuses', () => {
  test('alternating row banding and a filled, bold header are not read as statuses', () => {
    const fills: Record<string, string> = {};
    for (const c of ['A', 'B', 'C', 'D', 'E']) {
      fills[`${c}1`] = '4472C4';
      fills[`${c}3`] = 'D9E1F2';
    }
    const r = read({ name: 'Plan', rows: [HEADER, ...ROWS], fills, bold: ['A1', 'B1', 'C1', 'D1', 'E1'] });
    expect(statuses(r)).toEqual([undefined, undefined, undefined]);
    expect(statusChecks(r)).toEqual([]);
  });

  test('banding in a light green across the status column too is no status', () => {
    const fills: Record<string, string> = {};
    for (const c of ['A', 'B', 'C', 'D', 'E']) {
      fills[`${c}2`] = 'E2F0D9';
      fills[`${c}4`] = 'C6EFCE';
    }
    const r = read({ name: 'Plan', rows: [HEADER, ...ROWS], fills });
    expect(statuses(r)).toEqual([undefined, undefined, undefined]);
    expect(statusChecks(r)).toEqual([]);
  });

  test('banding in a light green is no status either (one colour, the whole row)', () => {
    const fills: Record<string, string> = {};
    for (const c of ['A', 'B', 'C', 'D']) {
      fills[`${c}2`] = 'C6EFCE';
      fills[`${c}4`] = 'C6EFCE';
    }
    const r = read({
      name: 'Plan',
      rows: [HEADER.slice(0, 4), ...ROWS.map((row) => row.slice(0, 4))],
      fills,
    });
    expect(statuses(r)).toEqual([undefined, undefined, undefined]);
  });
});

test('hues are told apart robustly, not by exact RGB', () => {
  const green = ['00B050', '92D050', 'C6EFCE', '70AD47', 'A9D08E', '006100', '548235'];
  const amber = ['FFC000', 'FFFF00', 'FFEB9C', 'FFD966', 'ED7D31', 'F4B084', 'FFE699'];
  const red = ['FF0000', 'C00000', 'FFC7CE', '9C0006', 'FF6666'];
  const none = ['FFFFFF', 'F2F2F2', 'D9D9D9', 'D9E1F2', '4472C4', '5B9BD5', '000000', 'E7E6E6'];
  expect(green.map(lightOf)).toEqual(green.map(() => 'green'));
  expect(amber.map(lightOf)).toEqual(amber.map(() => 'amber'));
  expect(red.map(lightOf)).toEqual(red.map(() => 'red'));
  expect(none.map(lightOf)).toEqual(none.map(() => undefined));
});

test('legends written in many ways', () => {
  const expected = [
    { light: 'green', status: 'done' },
    { light: 'amber', status: 'in_progress' },
    { light: 'red', status: 'not_started' },
  ];
  expect(textEntries('Grøn = gennemført, Gul = i gang, Rød = ikke startet')).toEqual(expected);
  expect(textEntries('Farvekode: grøn: færdig; gul: i proces; rød: ikke påbegyndt')).toEqual(expected);
  expect(textEntries('Grøn = Gennemført\nGul = I gang\nRød = Ikke startet')).toEqual(expected);
  expect(textEntries('Green = Complete, Amber = In progress, Red = Not started')).toEqual(expected);
  expect(textEntries('Grønne aktiviteter er vigtige')).toEqual([]);
});
