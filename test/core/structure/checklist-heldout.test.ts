// Checklist habits of the held-out workbooks p38–p42 (test/accuracy/plans): the coordinators' own
// numbering, layouts and ways of answering, each read as a careful person reads it.

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In, type SheetInput } from './grid-builder';

function answered(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.answer !== null).map((c) => [c.id, c.answer as string]),
  );
}

function checks(r: StructureResult): string[] {
  return r.checks.map((c) => `${c.field}@${c.cell}`);
}

function sheet(rows: readonly (readonly In[])[], name = 'Huskeliste'): SheetInput {
  return { name, rows };
}

describe('numbered by list and question ("1.1"–"1.7", "2.1"–"2.8")', () => {
  it('reads "2.2" as the second question of the second list, not as question 22 or 12', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['1. Inden vi går i gang'],
          ['1.1', 'Behovet er undersøgt', 'x'],
          ['1.2', 'Parterne var med', '', '', 'x'],
          ['1.3', 'Plan for samarbejdspartnere', '', 'x'],
          ['2. Mens vi implementerer'],
          ['2.1', 'Planen', 'x'],
          ['2.2', 'Nedslag', '', 'x'],
          ['2.3', 'Kurser', '', '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', F3: 'partly', L1: 'yes', L2: 'partly', L3: 'no' });
    expect(r.issues.filter((i) => i.code === 'checklist_question_unmatched')).toEqual([]);
  });

  it('takes the lower list number as the preparation list, also when the rows are not in order', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['1.2', 'Se referat', 'x'],
          ['1.1', 'Se referat', '', '', 'x'],
          ['2.2', 'Se referat', '', 'x'],
          ['2.1', 'Se referat', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'yes', L1: 'yes', L2: 'partly' });
  });

  it('reads the numbers at the start of the question text the same way', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          ['1.1 Behovet er undersøgt', 'Ja'],
          ['1.2 Parterne var med', 'Nej'],
          ['2.1 Planen', 'Delvist'],
          ['2.2 Nedslag', 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', L1: 'partly', L2: 'yes' });
  });
});

describe('answered by colour only', () => {
  const GREEN = '00B050';
  const YELLOW = 'FFFF00';
  const RED = 'FF0000';
  const rows = [
    ['Nr.', 'Spørgsmål', 'Status'],
    ['F1', 'Er behovet for indsatsen analyseret?'],
    ['F2', 'Har relevante aktører været involveret i analysen?'],
    ['F3', 'Er der en plan for at involvere og informere samarbejdspartnerne?'],
  ];

  it('reads the colour of an empty answer cell by the legend above the table, certain', () => {
    const r = structure(
      gridOf({
        name: 'Huskeliste',
        rows: [['Farver:', 'Ja', 'Delvist', 'Nej'], [], ...rows],
        fills: { B1: GREEN, C1: YELLOW, D1: RED, C4: GREEN, C5: RED, C6: YELLOW },
      }),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', F3: 'partly' });
    expect(checks(r)).toEqual([]);
  });

  it('follows a legend written as text, whatever it says', () => {
    const r = structure(
      gridOf({
        name: 'Huskeliste',
        rows: [['Rød = Ja, Gul = Delvist, Grøn = Nej'], [], ...rows],
        fills: { C4: GREEN, C5: RED },
      }),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'yes' });
    expect(checks(r)).toEqual([]);
  });

  it('without a legend reads the usual meaning (green Ja, yellow Delvist, red Nej) and asks at each cell', () => {
    const r = structure(gridOf({ name: 'Huskeliste', rows, fills: { C2: GREEN, C3: RED, C4: YELLOW } }));
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', F3: 'partly' });
    expect(checks(r)).toEqual(['checklist.F1@C2', 'checklist.F2@C3', 'checklist.F3@C4']);
  });
});

describe('a question answered in more than one row', () => {
  it('reads a question split in lettered parts ("8a" Ja, "8b" Nej) as Delvist, and asks', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Svar'],
          [1, 'Er behovet for indsatsen analyseret?', 'Ja'],
          ['8a', 'Er der en implementeringsplan med aktiviteter og mål?', 'Ja'],
          ['8b', 'Har aktiviteterne deadlines og milepæle?', 'Nej'],
          [9, 'Er der planlagt nedslag, hvor vi ser på foreløbige resultater?', 'Nej'],
          [12, 'Er der en plan for kommunikation om metoden?', 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', L1: 'partly', L2: 'no', L5: 'yes' });
    expect(checks(r)).toEqual(['checklist.L1@C3']);
    expect(r.issues.filter((i) => i.code === 'checklist_question_unmatched')).toEqual([]);
  });

  it('keeps lettered parts that agree as their answer, without a check', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Svar'],
          [1, 'Er behovet for indsatsen analyseret?', 'Ja'],
          ['8a', 'Er der en implementeringsplan med aktiviteter og mål?', 'Nej'],
          ['8b', 'Har aktiviteterne deadlines og milepæle?', 'Nej'],
          [9, 'Er der planlagt nedslag, hvor vi ser på foreløbige resultater?', 'Ja'],
          [12, 'Er der en plan for kommunikation om metoden?', 'Nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', L1: 'no', L2: 'yes', L5: 'no' });
    expect(checks(r)).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'checklist_question_unmatched')).toEqual([]);
  });

  it('checks the answer used when the same question is answered twice differently', () => {
    const r = structure(
      gridOf(
        sheet([
          ['ID', 'Spørgsmål', 'Svar'],
          ['F1', 'Er behovet for indsatsen analyseret?', 'Ja'],
          ['L2', 'Er der planlagt nedslag?', 'Ja'],
          ['L2', 'Er der planlagt nedslag?', 'Nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', L2: 'yes' });
    expect(checks(r)).toEqual(['checklist.L2@C3']);
    expect(r.issues.filter((i) => i.code === 'checklist_question_unmatched').map((i) => i.cell)).toEqual([
      'C4',
    ]);
  });
});

describe('a checklist under the plan on the same sheet', () => {
  it("ends the plan at the checklist's title: its questions are no activities", () => {
    const r = structure(
      gridOf(
        sheet(
          [
            ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
            ['Ledelse', 'Styregruppe nedsat', 'Birgitte Holm', '13.02.2026', 'Gennemført'],
            ['Kommunikation', 'Intranetside om korpset', 'Mads Petersen', '29.05.2026', 'I gang'],
            [],
            ['Tjekliste (J = ja, D = delvist, N = nej)'],
            ['a)', 'Er behovet for indsatsen afdækket?', 'J'],
            ['b)', 'Er koordinatoren fundet?', 'N'],
          ],
          'Mentorkorps 2026',
        ),
      ),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppe nedsat',
      'Intranetside om korpset',
    ]);
  });
});

describe('a checklist under its title, with no header row of its own', () => {
  const plan = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Styregruppe nedsat', 'Birgitte Holm', '13.02.2026', 'Gennemført'],
    ['Kommunikation', 'Intranetside om korpset', 'Mads Petersen', '29.05.2026', 'I gang'],
    [],
  ];
  const questions = [
    ['Før opstart', '', 'Svar'],
    ['a)', 'Har kommunen gennemført en analyse af behovet for indsatsen?', 'J'],
    ['b)', 'Har relevante aktører været involveret i analysen af behovet?', 'D (mangler jobcentret)'],
    ['c)', 'Er der valgt en koordinator, som kan drive indsatsen?', 'J – aftalt med chefen 12/3'],
    ['Undervejs', '', 'Svar'],
    ['a)', 'Er der udarbejdet en implementeringsplan med deadlines og milepæle?', 'N'],
    ['b)', 'Er der skabt rammer for, at de uddannede kan arbejde med forløb?', 'D'],
  ];

  it('reads the answers by the codes its title gives (J/D/N), with the remarks after them', () => {
    const r = structure(
      gridOf(sheet([...plan, ['Tjekliste (J = ja, D = delvist, N = nej)'], ...questions], 'Plan')),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F4: 'yes', L1: 'no', L6: 'partly' });
    const comments = Object.fromEntries(
      r.draft.checklist.filter((c) => c.comment !== undefined).map((c) => [c.id, c.comment]),
    );
    expect(comments).toEqual({ F2: 'mangler jobcentret', F4: 'aftalt med chefen 12/3' });
    expect(r.draft.activities).toHaveLength(2);
  });

  it('reads no code the title does not explain: "D" alone is reported at its cell, not guessed', () => {
    const words = questions.map((row) => {
      const [a, b, c] = row;
      return [a, b, c === 'J' ? 'Ja' : c === 'N' ? 'Nej' : c?.startsWith('J') ? 'Ja' : c];
    });
    const r = structure(gridOf(sheet([...plan, ['Tjekliste'], ...words], 'Plan')));
    expect(answered(r)).toEqual({ F1: 'yes', F4: 'yes', L1: 'no' });
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['C8', 'C12']);
  });
});

describe('the lists named in the coordinator’s words', () => {
  it('"Før opstart" and "Undervejs" name the preparation and the ongoing list (F6 against L6)', () => {
    const twin = 'Er der skabt rammer for, at de uddannede kan arbejde med forløb?';
    const r = structure(
      gridOf(sheet([['Spørgsmål', 'Svar'], ['Før opstart'], [twin, 'Nej'], ['Undervejs'], [twin, 'Ja']])),
    );
    expect(answered(r)).toEqual({ F6: 'no', L6: 'yes' });
    expect(checks(r)).toEqual([]);
  });
});

describe('a checklist laid on its side', () => {
  const rows = (answers: readonly In[]): In[][] => [
    ['Skriv 1 = ja, 0,5 = delvist, 0 = nej'],
    [],
    ['', 'Forberedelse', '', '', 'Løbende implementering'],
    ['Spørgsmål', 'Behovsanalyse', 'Koordinator valgt', 'Rammer for forløb', 'Rammer for forløb (løbende)'],
    ['Svar', ...answers],
    ['Bemærkning', '', '', 'Mangler budget'],
  ];

  it("reads the questions across a row, the answers by the legend's codes under them, and the remarks", () => {
    const r = structure(gridOf({ name: 'Tjekliste', rows: rows([1, 0, 0.5, 1]), merges: ['B3:D3'] }));
    expect(answered(r)).toEqual({ F1: 'yes', F4: 'no', F6: 'partly', L6: 'yes' });
    expect(r.draft.checklist.find((c) => c.id === 'F6')?.comment).toBe('Mangler budget');
    expect(r.draft.checklist.find((c) => c.id === 'F6')?.place).toEqual({ sheet: 'Tjekliste', cell: 'D5' });
  });

  it('answered in words, with a "Kommentar" row: the answers\' row is no header and its remarks no answers', () => {
    const r = structure(
      gridOf({
        name: 'Huskeliste',
        rows: [
          [],
          ['Spørgsmål', 'F1. Har kommunen gennemført en analyse af behovet?', 'F2. Har relevante aktører været involveret?', 'F3. Er der en plan for samarbejdspartnere?', 'F4. Er der valgt en koordinator?', 'L1. Er der en implementeringsplan?', 'L2. Er der en plan for nedslag?'],
          ['Svar', 'Ja', 'Ja', 'Delvist', 'Ja', 'Ja', 'Nej'],
          ['Kommentar', '', '', 'Plan for skolerne mangler', '', '', 'Aftales i april'],
        ],
      }),
    ); // prettier-ignore
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', L1: 'yes', L2: 'no' });
    expect(r.draft.checklist.find((c) => c.id === 'F3')?.comment).toBe('Plan for skolerne mangler');
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  it('reports a figure no legend explains at its cell', () => {
    const r = structure(gridOf({ name: 'Tjekliste', rows: rows([1, 0, 2, 1]).slice(2), merges: ['B1:D1'] }));
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toContain('D3');
  });
});

describe("a list's heading row that repeats the answer column's header", () => {
  it('"Før vi går i gang | Svar" and "Undervejs | Svar" name the lists; "Svar" is no answer', () => {
    const r = structure(
      gridOf({
        name: 'Parathed',
        rows: [
          ['Er vi klar? – vores egen tjekliste'],
          [],
          ['Før vi går i gang', 'Svar'],
          ['Har vi lavet en analyse af behovet for indsatsen?', 'Ja'],
          ['Er der udpeget en koordinator?', 'Ja – Sanne Bak'],
          [],
          ['Undervejs', 'Svar'],
          ['Har vi en implementeringsplan med aktiviteter og mål?', 'Ja'],
          ['Er der en plan for læring og opfølgning?', 'Nej'],
        ],
      }),
    );
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
    expect(answered(r)).toMatchObject({ F1: 'yes', L1: 'yes' });
  });
});

describe('a coloured answer column without a legend', () => {
  it('is the column’s style when every empty cell has the same colour (input cells), not answers', () => {
    const r = structure(
      gridOf({
        name: 'Huskeliste',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['F1', 'Er behovet for indsatsen analyseret?'],
          ['F2', 'Har relevante aktører været involveret i analysen?', 'Ja'],
          ['F3', 'Er der en plan for at involvere og informere samarbejdspartnerne?'],
        ],
        fills: { C2: 'FFF2CC', C3: 'FFF2CC', C4: 'FFF2CC' },
      }),
    );
    expect(answered(r)).toEqual({ F2: 'yes' });
    expect(checks(r)).toEqual([]);
  });
});

describe('the coordinator’s own numbering against the text', () => {
  const rows: In[][] = [
    ['Nr.', 'Spørgsmål', 'Svar'],
    [1, 'Er behovet for indsatsen analyseret?', 'Ja'],
    [
      6,
      'Er der skabt rammer for, at de uddannede kan arbejde med forløb? (gælder også under implementeringen)',
      'Delvist',
    ],
    [9, 'Er der planlagt nedslag, hvor vi ser på foreløbige resultater?', 'Nej'],
    [14, 'Er der en plan for, hvad, hvornår og hvordan der kommunikeres?', 'Nej'],
  ];

  it('lets a text that clearly names another question outweigh a plain number, and asks', () => {
    const r = structure(gridOf(sheet(rows)));
    expect(answered(r)).toMatchObject({ F1: 'yes', L2: 'no', L8: 'no' });
    expect(answered(r).L7).toBeUndefined();
    expect(checks(r)).toContain('checklist.L8@C5');
  });

  it('reads a question both lists ask, written once "for both", as the answer to both', () => {
    const r = structure(gridOf(sheet(rows)));
    expect(answered(r)).toMatchObject({ F6: 'partly', L6: 'partly' });
    expect(r.draft.checklist.find((c) => c.id === 'L6')?.place?.cell).toBe('C3');
  });

  it('asks about the other list’s twin at the answer when the question is written once without saying so', () => {
    const plain = rows.map((row) =>
      typeof row[1] === 'string'
        ? [row[0], row[1].replace(' (gælder også under implementeringen)', ''), row[2]]
        : row,
    );
    const r = structure(gridOf(sheet(plain)));
    expect(answered(r).L6).toBeUndefined();
    expect(checks(r)).toContain('checklist.L6@C3');
  });
});

describe('questions lettered a), b), c) …', () => {
  it('reads the letter as the question’s number within its list', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['Forberedelse'],
          ['a)', 'Se referat', 'x'],
          ['b)', 'Se referat', '', '', 'x'],
          ['c)', 'Se referat', '', 'x'],
          ['Løbende implementering'],
          ['a)', 'Se referat', '', '', 'x'],
          ['b)', 'Se referat', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', F3: 'partly', L1: 'no', L2: 'yes' });
  });
});
