// Finding tables and mapping their headers by meaning.

import { structure } from '../../../core/structure';
import type { StructureResult, TableMapping } from '../../../core/draft';
import { date, gridOf } from './grid-builder';

function table(result: StructureResult, key: TableMapping['key']): TableMapping {
  const t = result.tables.find((x) => x.key === key);
  if (!t) throw new Error(`no ${key} table in ${JSON.stringify(result.tables)}`);
  return t;
}

function fieldsOf(t: TableMapping): Record<string, string | null> {
  return Object.fromEntries(t.columns.map((c) => [c.header, c.field]));
}

describe('abbreviated headers', () => {
  it('"Ansv." is the responsible column', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Område', 'Handling', 'Ansv.', 'Dato', 'Status'],
          ['Ledelse', 'Styregruppemøde', 'PM', '15.03.2027', 'I gang'],
        ],
      }),
    );
    expect(fieldsOf(table(result, 'activities'))['Ansv.']).toBe('responsible');
    expect(result.draft.activities[0]?.values.responsible).toBe('PM');
  });
});

describe('milestone headers in other words', () => {
  it.each(['Målepunkt', 'Målepunkter', 'Målbart resultat'])('"%s" is the milestone column', (header) => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status', header],
          ['Ledelse', 'Styregruppemøde', 'PM', '15.03.2027', 'I gang', 'Referat godkendt'],
        ],
      }),
    );
    expect(fieldsOf(table(result, 'activities'))[header]).toBe('milestone');
    expect(result.draft.activities[0]?.values.milestone).toBe('Referat godkendt');
  });
});

describe('deadline headers in other words', () => {
  it.each(['Senest', 'Udføres senest'])('"%s" is the deadline column', (header) => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Temaer', 'Initiativ', 'Ejer', header, 'Hvor langt'],
          ['Ledelse', 'Styregruppemøde', 'PM', '15.03.2027', 'I gang'],
        ],
      }),
    );
    expect(fieldsOf(table(result, 'activities'))[header]).toBe('deadline');
    expect(result.draft.activities[0]?.values.deadline).toBe('2027-03-15');
  });
});

describe('the plan table', () => {
  it('is found in row 4 under a merged title, with OCR spellings and capitals', () => {
    const result = structure(
      gridOf({
        name: 'Ark1',
        rows: [
          ['Implementeringsplan'],
          [],
          [],
          [
            'TIDSPLAN',
            'INDSATSOMRADE',
            ' AKTIVITETER ',
            'MILEPALE',
            'ANSVARLIG',
            'STATUS',
            'EVALUERING AF RESULTAT',
          ],
          ['marts 2026', 'Ledelse', 'Styregruppemøde', 'Referat', 'Leder', 'I gang', ''],
        ],
        merges: ['A1:G1'],
      }),
    );
    const t = table(result, 'activities');
    expect(t.headerRow).toBe(3);
    expect(t.firstRow).toBe(4);
    expect(fieldsOf(t)).toEqual({
      TIDSPLAN: 'deadline',
      INDSATSOMRADE: 'theme',
      AKTIVITETER: 'activity',
      MILEPALE: 'milestone',
      ANSVARLIG: 'responsible',
      STATUS: 'status',
      'EVALUERING AF RESULTAT': 'evaluation',
    });
    expect(result.draft.activities[0]?.values).toMatchObject({
      activity: 'Styregruppemøde',
      theme: 'leadership',
      deadline: '2026-03-31',
    });
  });

  it('keeps a confidence per column: 1 for the template label and its known names, lower for guesses', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Indsatsområde', 'Indsats', 'Tovholder', 'Status', 'Ansvarlig'],
          ['Ledelse', 'Møde', 'HJ', 'I gang', 'KL'],
        ],
      }),
    );
    const byHeader = Object.fromEntries(table(result, 'activities').columns.map((c) => [c.header, c]));
    expect(byHeader['Indsatsområde']?.confidence).toBe(1);
    expect(byHeader['Status']?.confidence).toBe(1);
    expect(byHeader['Indsats']).toMatchObject({ field: 'activity', confidence: 1 });
    // Two columns name the responsible: the template label wins, the other is not used and its
    // header and values are reported.
    expect(byHeader['Ansvarlig']).toMatchObject({ field: 'responsible', confidence: 1 });
    expect(byHeader['Tovholder']).toMatchObject({ field: null, confidence: 0 });
    expect(result.draft.activities[0]?.values.responsible).toBe('KL');
    expect(result.unmapped).toEqual([
      { sheet: 'Plan', cell: 'C1', value: 'Tovholder' },
      { sheet: 'Plan', cell: 'C2', value: 'HJ' },
    ]);
  });

  it('reads a header split over two rows: a merged "Tidsplan" over Start and Slut, "AF RESULTAT" below', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tidsplan', '', 'Indsatsområde', 'Aktiviteter', 'Ansvarlig', 'Status', 'EVALUERING'],
          ['Start', 'Slut', '', '', '', '', 'AF RESULTAT'],
          ['februar 2026', '30.04.2026', 'Ledelse', 'Ledelsesnetværk', 'Leder', 'I gang', 'Godt i gang'],
        ],
        merges: ['A1:B1'],
      }),
    );
    const t = table(result, 'activities');
    expect(t.headerRow).toBe(0);
    expect(t.firstRow).toBe(2);
    expect(t.columns.map((c) => c.field)).toEqual([
      'start',
      'deadline',
      'theme',
      'activity',
      'responsible',
      'status',
      'evaluation',
    ]);
    expect(t.columns[6]).toMatchObject({ header: 'EVALUERING AF RESULTAT', confidence: 1 });
    expect(result.draft.activities).toHaveLength(1);
    expect(result.draft.activities[0]?.values).toMatchObject({
      start: '2026-02-01',
      deadline: '2026-04-30',
      evaluation: 'Godt i gang',
    });
    expect(result.unmapped).toEqual([]);
  });

  it('reads English headers', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Due date', 'Focus area', 'Activity', 'Milestone', 'Responsible', 'Status'],
          [date('2026-05-01'), 'Communication', 'Newsletter', 'Sent', 'Coordinator', 'Done'],
        ],
      }),
    );
    expect(fieldsOf(table(result, 'activities'))).toEqual({
      'Due date': 'deadline',
      'Focus area': 'theme',
      Activity: 'activity',
      Milestone: 'milestone',
      Responsible: 'responsible',
      Status: 'status',
    });
    expect(result.draft.activities[0]?.values).toEqual({
      deadline: '2026-05-01',
      theme: 'communication',
      activity: 'Newsletter',
      milestone: 'Sent',
      responsible: 'Coordinator',
      status: 'done',
    });
  });

  it('reads "Target date" and "Måldato" as the deadline, not the milestone', () => {
    for (const header of ['Target date', 'Måldato']) {
      const result = structure(
        gridOf({
          name: 'Plan',
          rows: [
            ['Theme', 'Action', 'Lead', header, 'Progress'],
            ['Leadership', 'Steering group approves the plan', 'Per', '31.01.2027', '100%'],
          ],
        }),
      );
      expect(fieldsOf(table(result, 'activities'))[header]).toBe('deadline');
      expect(result.draft.activities[0]?.values.deadline).toBe('2027-01-31');
    }
  });

  it('maps a column nobody recognises to null and reports its header and values', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status', 'Budget'],
          ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang', 5000],
        ],
      }),
    );
    const budget = table(result, 'activities').columns.find((c) => c.header === 'Budget');
    expect(budget).toEqual({ col: 5, header: 'Budget', field: null, confidence: 0 });
    expect(result.unmapped).toEqual([
      { sheet: 'Plan', cell: 'F1', value: 'Budget' },
      { sheet: 'Plan', cell: 'F2', value: '5000' },
    ]);
  });

  it('applies the coordinator’s column corrections before reading rows', () => {
    const grid = gridOf({
      name: 'Plan',
      rows: [
        ['Deadline', 'Tema', 'Aktivitet', 'Tovholder', 'Status', 'Hvad skal vi nå'],
        ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang', 'Kommissorium'],
      ],
    });
    const result = structure(grid, {
      columnOverrides: [
        { sheet: 'Plan', col: 5, field: 'milestone' },
        { sheet: 'Plan', col: 3, field: null },
      ],
    });
    const t = table(result, 'activities');
    expect(t.columns.find((c) => c.col === 5)).toMatchObject({ field: 'milestone', confidence: 1 });
    expect(t.columns.find((c) => c.col === 3)).toMatchObject({ field: null });
    expect(result.draft.activities[0]?.values.milestone).toBe('Kommissorium');
    expect(result.draft.activities[0]?.values.responsible).toBeUndefined();
    expect(result.unmapped).toEqual([
      { sheet: 'Plan', cell: 'D1', value: 'Tovholder' },
      { sheet: 'Plan', cell: 'D2', value: 'Leder' },
    ]);
  });

  it('a correction that names a field another column had takes it from that column', () => {
    const grid = gridOf({
      name: 'Plan',
      rows: [
        ['Deadline', 'Tema', 'Aktivitet', 'Beskrivelse', 'Status'],
        ['31.03.2026', 'Ledelse', 'Møde', 'Møde i styregruppen om opstart', 'I gang'],
      ],
    });
    const before = structure(grid);
    expect(before.draft.activities[0]?.values.activity).toBe('Møde');
    const after = structure(grid, { columnOverrides: [{ sheet: 'Plan', col: 3, field: 'activity' }] });
    expect(after.draft.activities[0]?.values.activity).toBe('Møde i styregruppen om opstart');
    expect(table(after, 'activities').columns.find((c) => c.col === 2)?.field).toBeNull();
  });
});

describe('several tables on one sheet, and where a table ends', () => {
  it('ends a table at a long blank gap: what follows is reported, not read as activities', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
          [],
          ['30.04.2026', 'Kommunikation', 'Nyhedsbrev', 'Koordinator', 'I gang'],
          [],
          [],
          [],
          ['Husk at opdatere planen før mødet', '', '', 'HJ'],
        ],
      }),
    );
    expect(result.draft.activities.map((a) => a.values.activity)).toEqual(['Møde', 'Nyhedsbrev']);
    expect(table(result, 'activities').lastRow).toBe(3);
    expect(result.unmapped).toEqual([
      { sheet: 'Plan', cell: 'A8', value: 'Husk at opdatere planen før mødet' },
      { sheet: 'Plan', cell: 'D8', value: 'HJ' },
    ]);
  });

  it('keeps reading an Excel table (ListObject) across blank rows to its end', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
          [],
          [],
          [],
          [],
          ['30.04.2026', 'Kommunikation', 'Nyhedsbrev', 'Koordinator', 'I gang'],
        ],
        tables: [{ name: 'Aktiviteter', ref: 'A1:E7' }],
      }),
    );
    expect(result.draft.activities.map((a) => a.values.activity)).toEqual(['Møde', 'Nyhedsbrev']);
  });

  it('finds a plan and, further down, two checklists with their titles', () => {
    const result = structure(
      gridOf({
        name: 'Ark1',
        rows: [
          ['Tidsplan', 'Indsatsområde', 'Aktiviteter', 'Ansvarlig', 'Status'],
          ['Q1 2026', 'Ledelse', 'Styregruppe', 'Leder', 'I gang'],
          [],
          ['Tabel 1: Huskeliste til forberedelse'],
          ['Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          [
            'Er der valgt en koordinator, som kan stå for at drive og understøtte implementering af indsatsen organisatorisk og fagligt?',
            'x',
          ],
          ['Tabel 2: Huskeliste til den løbende implementering'],
          ['Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['Er der gennemført opkvalificering af ledelse og mentorer og forældrecoaches?', '', '', 'x'],
        ],
      }),
    );
    expect(result.tables.map((t) => [t.key, t.headerRow, t.firstRow, t.lastRow])).toEqual([
      ['activities', 0, 1, 1],
      ['checklist', 4, 5, 5],
      ['checklist', 7, 8, 8],
    ]);
    expect(result.draft.activities).toHaveLength(1);
    const answered = result.draft.checklist.filter((c) => c.answer !== null);
    expect(answered.map((c) => [c.id, c.answer])).toEqual([
      ['F4', 'yes'],
      ['L3', 'no'],
    ]);
    expect(result.unmapped).toEqual([]);
  });

  it('reads tables side by side, separated by empty columns', () => {
    const result = structure(
      gridOf({
        name: 'Oversigt',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status', '', '', 'Rolle', 'Navn'],
          ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang', '', '', 'Koordinator', 'Hanne Jensen'],
        ],
      }),
    );
    expect(result.tables.map((t) => t.key)).toEqual(['activities', 'roles']);
    expect(result.draft.activities[0]?.values.activity).toBe('Møde');
    expect(result.draft.roles[0]?.values).toEqual({ role: 'Koordinator', name: 'Hanne Jensen' });
    expect(result.unmapped).toEqual([]);
  });

  it('tells a needs analysis from a checklist by its questions', () => {
    const result = structure(
      gridOf({
        name: 'Spørgsmål',
        rows: [
          ['Spørgsmål', 'Svar'],
          ['Hvilke fordele kan I se ved LAT-metoden?', 'Et fælles sprog på tværs af afdelinger'],
        ],
      }),
    );
    expect(result.tables.map((t) => t.key)).toEqual(['needsAnalysis']);
    expect(result.draft.needsAnalysis).toEqual([
      {
        id: 'B5',
        answer: 'Et fælles sprog på tværs af afdelinger',
        place: { sheet: 'Spørgsmål', cell: 'B2' },
      },
    ]);
  });
});
