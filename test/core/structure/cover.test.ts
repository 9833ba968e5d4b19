// Cover fields: label/value pairs anywhere, titles, sheet names, options; and where each field is.

import { structure } from '../../../core/structure';
import { FRONT_SHEET } from '../../../core/spec';
import { gridOf, type In, type SheetInput } from './grid-builder';

const PLAN: readonly (readonly In[])[] = [
  ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
];

function withPlan(...sheets: SheetInput[]): ReturnType<typeof gridOf> {
  return gridOf(...sheets, { name: 'Plan', rows: PLAN });
}

describe('label/value pairs', () => {
  it('finds values right of their label, across blank and merged cells, and below', () => {
    const result = structure(
      withPlan({
        name: 'Forside',
        rows: [
          ['Kommune:', '', 'Aarhus'],
          ['Periode', 'H2 2026'],
          ['Fase', '', '', 'Klargøring'],
          [],
          ['Koordinator', '', 'Leder'],
          ['Sofie Holm', '', 'Peter Juhl'],
          ['Organisatorisk forankring', 'Tværfagligt'],
          ['Supervisionsmodel: Ekstern supervisor'],
        ],
        merges: ['A1:B1', 'B3:C3'],
      }),
    );
    const d = result.draft;
    expect(d.municipality).toEqual({ code: '751', name: 'Aarhus' });
    expect(d.period).toBe('2026-H2');
    expect(d.phase).toBe('readiness');
    expect(d.coordinator).toEqual({ name: 'Sofie Holm' });
    expect(d.leader).toEqual({ name: 'Peter Juhl' });
    expect(d.organisation).toBe('cross');
    expect(d.supervisionModel).toBe('external');
    expect(d.places).toMatchObject({
      municipality: { sheet: 'Forside', cell: 'C1' },
      period: { sheet: 'Forside', cell: 'B2' },
      phase: { sheet: 'Forside', cell: 'D3' },
      coordinatorName: { sheet: 'Forside', cell: 'A6' },
      leaderName: { sheet: 'Forside', cell: 'C6' },
      supervisionModel: { sheet: 'Forside', cell: 'A8' },
    });
    expect(result.unmapped).toEqual([]);
  });

  it('one cell holding several "Label: value" parts, by line breaks or " · ", gives each fact', () => {
    const result = structure(
      withPlan({
        name: 'Info',
        rows: [
          ['Kommune: Rødovre\nKoordinator: Louise Dam'],
          ['Leder: Martin Lund · Periode: 1. halvår 2027'],
        ],
      }),
    );
    const d = result.draft;
    expect(d.municipality).toEqual({ code: '175', name: 'Rødovre' });
    expect(d.coordinator).toEqual({ name: 'Louise Dam' });
    expect(d.leader).toEqual({ name: 'Martin Lund' });
    expect(d.period).toBe('2027-H1');
    expect(d.places).toMatchObject({
      municipality: { sheet: 'Info', cell: 'A1' },
      coordinatorName: { sheet: 'Info', cell: 'A1' },
      period: { sheet: 'Info', cell: 'A2' },
    });
    // One fact with a line break inside its value stays one fact.
    const one = structure(
      withPlan({ name: 'Info', rows: [['Koordinator: Louise Dam\n(barsel til marts)']] }),
    );
    expect(one.draft.coordinator?.name).toMatch(/^Louise Dam/);
  });

  it('a banner of parts set apart by " · " or " | " gives its labelled parts, and its title words the rest', () => {
    for (const banner of [
      'Hjørring Kommune · 1. halvår 2027 · Fase: Klargøring',
      'Implementeringsplan | Hjørring Kommune | 1. halvår 2027 | Fase: Klargøring',
    ]) {
      const result = structure(withPlan({ name: 'Info', rows: [[banner]] }));
      const d = result.draft;
      expect(d.phase).toBe('readiness');
      expect(d.municipality).toEqual({ code: '860', name: 'Hjørring' });
      expect(d.period).toBe('2027-H1');
      expect(d.places).toMatchObject({ phase: { sheet: 'Info', cell: 'A1' } });
      // What came from the title's words is checked; the labelled phase is not.
      expect(result.checks.map((c) => c.field).sort()).toEqual(['cover.municipality', 'cover.period']);
    }
  });

  it('reads English labels and e-mail addresses, also from a mailto link', () => {
    const result = structure(
      withPlan({
        name: 'Info',
        rows: [
          ['Municipality', 'Odense'],
          ['Coordinator', 'Jane Holm'],
          ['Coordinator email', { v: 'Skriv til Jane', link: 'mailto:jane@odense.dk' }],
          ["Leader's name", 'Ole Dam'],
          ['Leader email', 'ole@odense.dk'],
        ],
      }),
    );
    expect(result.draft.coordinator).toEqual({ name: 'Jane Holm', email: 'jane@odense.dk' });
    expect(result.draft.leader).toEqual({ name: 'Ole Dam', email: 'ole@odense.dk' });
  });

  it('reports a municipality, a period and a phase it cannot read', () => {
    const result = structure(
      withPlan({
        name: 'Forside',
        rows: [
          ['Kommune', 'Springfield'],
          ['Periode', 'efteråret'],
          ['Fase', 'Fase 7'],
        ],
      }),
    );
    expect(result.draft.municipality).toBeUndefined();
    expect(result.draft.period).toBeUndefined();
    expect(result.draft.phase).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ['municipality_unknown', 'B1'],
      ['period_malformed', 'B2'],
      ['value_not_in_list', 'B3'],
    ]);
    expect(result.issues[0]?.message.da).toContain('"Springfield"');
    expect(result.issues[0]?.message.en).toContain('"Springfield"');
    expect(result.issues[1]?.message.da).toContain('2026-H2');
    expect(result.unmapped.map((u) => u.value)).toEqual(['Springfield', 'efteråret', 'Fase 7']);
  });

  it('does not take a table’s header or values for cover labels', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Tovholder', 'Status'],
          ['31.03.2026', 'Ledelse', 'Møde', 'Karen Bæk', 'I gang'],
        ],
      }),
    );
    expect(result.draft.coordinator).toBeUndefined();
    expect(result.draft.activities[0]?.values.responsible).toBe('Karen Bæk');
  });
});

describe('titles and sheet names', () => {
  it('take the municipality and the period from a title; the title counts as used', () => {
    const result = structure(
      gridOf({
        name: 'Ark1',
        rows: [['Implementeringsplan for Københavns Kommune – 1. halvår 2026'], [], ...PLAN],
        merges: ['A1:E1'],
      }),
    );
    expect(result.draft.municipality).toEqual({ code: '101', name: 'København' });
    expect(result.draft.period).toBe('2026-H1');
    expect(result.draft.places.municipality).toEqual({ sheet: 'Ark1', cell: 'A1' });
    expect(result.unmapped).toEqual([]);
  });

  it('a title that gives nothing is unmapped', () => {
    const result = structure(
      gridOf({ name: 'Ark1', rows: [['Vores plan for mentorindsatsen'], [], ...PLAN] }),
    );
    expect(result.unmapped).toEqual([{ sheet: 'Ark1', cell: 'A1', value: 'Vores plan for mentorindsatsen' }]);
  });

  it('a half-year outside the template years in a title is period_malformed', () => {
    const result = structure(
      gridOf({ name: 'Ark1', rows: [['Aarhus Kommune, 2. halvår 2019'], [], ...PLAN] }),
    );
    expect(result.draft.period).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['period_malformed', 'A1']]);
    // It gave the municipality, so it is used; its period is reported by the issue.
    expect(result.draft.municipality?.code).toBe('751');
    expect(result.unmapped).toEqual([]);
    const only = structure(gridOf({ name: 'Ark1', rows: [['Plan for 2. halvår 2019'], [], ...PLAN] }));
    expect(only.unmapped).toEqual([{ sheet: 'Ark1', cell: 'A1', value: 'Plan for 2. halvår 2019' }]);
  });

  it('a cover field wins over the title', () => {
    const result = structure(
      gridOf({ name: 'Ark1', rows: [['Plan for Vejle Kommune'], ['Kommune', 'Horsens'], [], ...PLAN] }),
    );
    expect(result.draft.municipality?.code).toBe('615');
    // The title names another municipality: it is reported rather than silently agreed with.
    expect(result.unmapped).toEqual([{ sheet: 'Ark1', cell: 'A1', value: 'Plan for Vejle Kommune' }]);
  });

  it('falls back to the sheet name', () => {
    const result = structure(gridOf({ name: 'Plan Silkeborg', rows: PLAN }));
    expect(result.draft.municipality).toEqual({ code: '740', name: 'Silkeborg' });
  });
});

describe('options and places', () => {
  it('options.municipality and options.period override what the workbook says', () => {
    const grid = withPlan({
      name: 'Forside',
      rows: [
        ['Kommune', 'Aarhus'],
        ['Periode', '2026-H1'],
      ],
    });
    const result = structure(grid, { municipality: '461', period: '2026-H2' });
    expect(result.draft.municipality).toEqual({ code: '461', name: 'Odense' });
    expect(result.draft.period).toBe('2026-H2');
    const bad = structure(grid, { municipality: 'Gotham', period: '2026' });
    expect(bad.draft.municipality).toBeUndefined();
    expect(bad.issues.map((i) => i.code)).toEqual(['municipality_unknown', 'period_malformed']);
  });

  it('a field not found is placed where the template keeps it: Forside, column B, from row 3', () => {
    const result = structure(gridOf({ name: 'Plan', rows: PLAN }));
    FRONT_SHEET.fields.forEach((f, i) => {
      expect(result.draft.places[f.key]).toEqual({ sheet: 'Forside', cell: `B${3 + i}` });
    });
  });

  it('in an English workbook the template place is on the Cover sheet', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Due date', 'Focus area', 'Activity', 'Responsible', 'Status'],
          ['31.03.2026', 'Leadership', 'Meeting', 'Leader', 'Done'],
        ],
      }),
    );
    expect(result.draft.places.municipality).toEqual({ sheet: 'Cover', cell: 'B3' });
  });
});

describe('a bare "E-mail" label', () => {
  it('belongs to the person named just above it, or left of it on the same row', () => {
    const result = structure(
      withPlan({
        name: 'Oversigt',
        rows: [
          ['Kommune:', 'Esbjerg Kommune'],
          ['Koordinator:', 'Hanne Friis'],
          ['E-mail:', 'hafr@esbjerg.dk'],
          ['Leder', 'Ole Bak', 'Mail', 'olba@esbjerg.dk'],
        ],
      }),
    );
    expect(result.draft.coordinator).toEqual({ name: 'Hanne Friis', email: 'hafr@esbjerg.dk' });
    expect(result.draft.leader).toEqual({ name: 'Ole Bak', email: 'olba@esbjerg.dk' });
    expect(result.unmapped.filter((u) => u.sheet === 'Oversigt')).toEqual([]);
  });

  it('with no person next to it stays unmapped', () => {
    const result = structure(
      withPlan({ name: 'Oversigt', rows: [['Kommune', 'Esbjerg'], [], [], ['E-mail', 'x@esbjerg.dk']] }),
    );
    expect(result.draft.coordinator).toBeUndefined();
    expect(result.unmapped.map((u) => u.value)).toEqual(expect.arrayContaining(['E-mail', 'x@esbjerg.dk']));
  });
});

describe('a phone number after a name', () => {
  it("is no part of the name; an e-mail address after it still is the person's", () => {
    const result = structure(
      withPlan({
        name: 'Forside',
        rows: [
          ['Kommune:', 'Vordingborg'],
          ['Koordinator:', 'Pia Mortensen, tlf. 55 36 36 36, pimo@vordingborg.dk'],
          ['Leder:', 'Ole Bach (mobil: +45 21 43 65 87)'],
        ],
      }),
    );
    expect(result.draft.coordinator).toEqual({ name: 'Pia Mortensen', email: 'pimo@vordingborg.dk' });
    expect(result.draft.leader).toEqual({ name: 'Ole Bach' });
  });
});

describe('a label with nothing right of it, over another label', () => {
  // Found by the metamorphic explorer on round 19's plans (p106 with its cover's columns swapped,
  // each value left of its label): "Koordinator:" over "E-mial:", a typo for E-mail, read the
  // label below as the coordinator's name, silently.
  it('takes no label below it as its value, one a typo keeps unknown included: the field is left empty', () => {
    const result = structure(
      withPlan({
        name: 'Forside',
        rows: [
          ['Aarhus', 'Kommune:'],
          ['Lærke Søndergaard', 'Koordinator:'],
          ['laerke@aarhus.dk', 'E-mial:'],
          ['Ole Frederiksen', 'Leder:'],
        ],
      }),
    );
    expect(result.draft.coordinator).toBeUndefined();
    expect(result.unmapped.map((u) => u.value)).toEqual(expect.arrayContaining(['E-mial:']));
  });

  it('still takes the value below a label (a row of labels over a row of values)', () => {
    const result = structure(
      withPlan({
        name: 'Forside',
        rows: [
          ['Kommune:', 'Koordinator:'],
          ['Aarhus', 'Sofie Holm'],
        ],
      }),
    );
    expect(result.draft.municipality).toEqual({ code: '751', name: 'Aarhus' });
    expect(result.draft.coordinator).toEqual({ name: 'Sofie Holm' });
  });
});
