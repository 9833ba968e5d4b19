// Cover facts from labels in the words coordinators use, in one cell or beside, above or below the
// value; municipalities written short or misspelt; every guess with a check at its cell, certain
// values with none.

import { structure } from '../../../core/structure';
import { matchMunicipality } from '../../../core/structure/similarity';
import { seasonPeriod } from '../../../core/structure/cover';
import { coverLabelMatch } from '../../../core/structure/vocab';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In, type SheetInput } from './grid-builder';

const PLAN: readonly (readonly In[])[] = [
  ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
];

function read(rows: readonly (readonly In[])[], extra: Partial<SheetInput> = {}): StructureResult {
  return structure(gridOf({ name: 'Forside', rows, ...extra }, { name: 'Plan', rows: PLAN }));
}

function cover(r: StructureResult) {
  const d = r.draft;
  return {
    municipality: d.municipality?.name,
    period: d.period,
    phase: d.phase,
    coordinator: d.coordinator,
    leader: d.leader,
    organisation: d.organisation,
    supervisionModel: d.supervisionModel,
  };
}

function checks(r: StructureResult): string[] {
  return r.checks.map((c) => `${c.field}@${c.sheet}!${c.cell}`);
}

describe('labels in any wording', () => {
  it('a "Stamdata" block in the coordinator’s words: Nærmeste leder, Organisering, a supervision model described', () => {
    const r = read([
      ['Stamdata'],
      [],
      ['Kommune', 'Kolding'],
      ['Koordinator', 'Henrik Dahl'],
      ['Nærmeste leder', 'Trine Mikkelsen'],
      ['Supervisionsmodel', 'Koordinatoren superviserer mentorerne'],
      ['Organisering', 'Socialområdet'],
    ]);
    expect(cover(r)).toMatchObject({
      municipality: 'Kolding',
      leader: { name: 'Trine Mikkelsen' },
      organisation: 'social',
      supervisionModel: 'leader_or_coordinator',
    });
    // The labels are certain; the supervision model is read from words among others: checked.
    expect(checks(r)).toEqual(['cover.supervisionModel@Forside!B6']);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A1']);
  });

  it('English labels with the value in the same cell', () => {
    const r = read([
      ['Programme coordinator: Sofie Lund'],
      ['Municipality: Aarhus'],
      ['Reporting period: H2 2026'],
      ['Phase: Readiness'],
      ['Responsible manager: Ole Dam'],
    ]);
    expect(cover(r)).toMatchObject({
      municipality: 'Aarhus',
      period: '2026-H2',
      phase: 'readiness',
      coordinator: { name: 'Sofie Lund' },
      leader: { name: 'Ole Dam' },
    });
    expect(r.checks).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('Danish labels in other words, beside the value', () => {
    const r = read([
      ['Kommunens navn', 'Vejle'],
      ['Halvår:', '2026 H2'],
      ['Fase', 'Fase 3 – indledende implementering'],
      ['Leder af indsatsen', 'Per Ravn'],
      ['Lokal koordinator:', 'Mette Hansen'],
    ]);
    expect(cover(r)).toMatchObject({
      municipality: 'Vejle',
      period: '2026-H2',
      phase: 'initial',
      coordinator: { name: 'Mette Hansen' },
      leader: { name: 'Per Ravn' },
    });
    expect(r.checks).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('label words of real cover sheets the template does not use', () => {
    const r = read([
      ['Projektkoordinator', 'Mette Hansen'],
      ['Afdelingsleder', 'Per Ravn'],
      ['Organisatorisk placering', 'Beskæftigelsesforvaltningen'],
      ['Supervisionsform', 'Intern supervisor'],
    ]);
    expect(cover(r)).toMatchObject({
      coordinator: { name: 'Mette Hansen' },
      leader: { name: 'Per Ravn' },
      organisation: 'employment',
      supervisionModel: 'internal',
    });
    expect(r.checks).toEqual([]);
  });

  it('a label read by its words only, after a colon, is a guess with a check', () => {
    const r = read([['Kommune', 'Vejle'], ['Koordinator og kontakt til korpset: Mette Hansen']]);
    expect(r.draft.coordinator).toEqual({ name: 'Mette Hansen' });
    expect(checks(r)).toEqual(['cover.coordinator@Forside!A2']);
  });

  it('a row of labels over a row of values (an "E-mail" label is a label, not a value)', () => {
    const r = read([
      ['Kommune', 'Periode', 'Fase'],
      ['Odense', '2026-H1', 'Forberedelse'],
      [],
      ['Koordinator', 'E-mail'],
      ['Sofie Lund', 'sl@odense.dk'],
    ]);
    expect(cover(r)).toMatchObject({
      municipality: 'Odense',
      period: '2026-H1',
      phase: 'preparation',
      coordinator: { name: 'Sofie Lund', email: 'sl@odense.dk' },
    });
    expect(r.unmapped).toEqual([]);
  });

  it('an e-mail address after the name or in the cell beside it is the person’s', () => {
    const r = read([
      ['Koordinator: Mette Hansen, meha@vejle.dk'],
      ['Leder', 'Per Ravn <pera@vejle.dk>'],
      [],
      ['Kommune', 'Vejle'],
    ]);
    expect(r.draft.coordinator).toEqual({ name: 'Mette Hansen', email: 'meha@vejle.dk' });
    expect(r.draft.leader).toEqual({ name: 'Per Ravn', email: 'pera@vejle.dk' });
    const beside = read([['Koordinator', 'Anne Lund', 'anlu@vejle.dk']]);
    expect(beside.draft.coordinator).toEqual({ name: 'Anne Lund', email: 'anlu@vejle.dk' });
    expect(beside.draft.places.coordinatorEmail).toEqual({ sheet: 'Forside', cell: 'C1' });
    expect(beside.unmapped).toEqual([]);
  });

  it('labels in a two-column table, values in merged cells', () => {
    const r = read(
      [
        ['Felt', 'Værdi'],
        ['Kommune', 'Vejle'],
        ['Koordinator', 'Anne Lund (anlu@vejle.dk)'],
        ['Supervision', 'Ekstern supervisor'],
      ],
      { merges: ['B2:D2', 'B3:D3'] },
    );
    expect(cover(r)).toMatchObject({
      municipality: 'Vejle',
      coordinator: { name: 'Anne Lund', email: 'anlu@vejle.dk' },
      supervisionModel: 'external',
    });
    expect(r.checks).toEqual([]);
  });

  it('matches label words', () => {
    expect(coverLabelMatch('Programme coordinator')).toEqual({ key: 'coordinatorName', confidence: 1 });
    expect(coverLabelMatch('Leder af indsatsen')).toEqual({ key: 'leaderName', confidence: 1 });
    expect(coverLabelMatch('Kommune nr.')).toEqual({ key: 'municipality', confidence: 1 });
    expect(coverLabelMatch('Møde med leder')).toBeUndefined();
    expect(coverLabelMatch('Møde med leder', true)?.confidence).toBeLessThan(1);
  });
});

describe('values read with less than certainty carry a check at their cell', () => {
  it('a municipality written short or misspelt; exact spellings are certain', () => {
    const r = read([
      ['Kommune', 'Kbh'],
      ['Periode', '2026-H2'],
    ]);
    expect(r.draft.municipality).toEqual({ code: '101', name: 'København' });
    expect(r.checks).toEqual([
      expect.objectContaining({ sheet: 'Forside', cell: 'B1', field: 'cover.municipality', value: 'Kbh' }),
    ]);
    expect(r.checks[0]?.confidence).toBeLessThan(1);
    expect(r.checks[0]?.reason.da).toContain('København');

    const misspelt = read([['Kommune', 'Silkebrog']]);
    expect(misspelt.draft.municipality?.name).toBe('Silkeborg');
    expect(checks(misspelt)).toEqual(['cover.municipality@Forside!B1']);
    expect(misspelt.issues).toEqual([]);

    for (const [text, name] of [
      ['Københavns kommune', 'København'],
      ['Århus', 'Aarhus'],
      ['Aarhus Kommune', 'Aarhus'],
      ['Høje Taastrup', 'Høje-Taastrup'],
      ['Vesthimmerland', 'Vesthimmerlands'],
      ['Københavns Komune', 'København'],
    ]) {
      const exact = read([['Kommune', text]]);
      expect([text, exact.draft.municipality?.name, exact.checks]).toEqual([text, name, []]);
    }
  });

  it('a municipality that fits none or two equally is an issue, not a guess', () => {
    expect(matchMunicipality('Springfield')).toBeUndefined();
    expect(matchMunicipality('Lyngby')).toEqual({ code: '173', confidence: 0.8, how: 'part' });
    // One letter from both Vejle and Vejen: no single nearest name, so no guess.
    expect(matchMunicipality('Vejln')).toBeUndefined();
    expect(matchMunicipality('Vejlle')).toEqual({ code: '630', confidence: 0.85, how: 'spelling' });
    const r = read([['Kommune', 'Springfield']]);
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['municipality_unknown@B1']);
  });

  it('a municipality written with its own title or the department after it is read, certain', () => {
    for (const [text, name] of [
      ['Bornholms Regionskommune', 'Bornholm'],
      ['Randers Kommune, Familieafdelingen', 'Randers'],
      ['Odense Kommune – Børn og Unge', 'Odense'],
      ['Viborg; Børn og Familie', 'Viborg'],
      // A spaced dash inside a name is not a department: the whole name is read.
      ['Ringkøbing - Skjern', 'Ringkøbing-Skjern'],
    ]) {
      const r = read([['Kommune', text]]);
      expect([text, r.draft.municipality?.name, r.checks, r.issues]).toEqual([text, name, [], []]);
    }
  });

  it('a value that is no municipality but names one is read from the text, with a check and no issue', () => {
    const r = read([['Kommune', 'Randers Kommunes plan for mentorindsatsen']]);
    expect(r.draft.municipality?.name).toBe('Randers');
    expect(checks(r)).toEqual(['cover.municipality@Forside!B1']);
    expect(r.issues).toEqual([]);
  });

  it('a half-year told by a season is a guess', () => {
    expect(seasonPeriod('Efterår 2026')).toBe('2026-H2');
    expect(seasonPeriod('foråret 2027')).toBe('2027-H1');
    expect(seasonPeriod('Autumn 2026')).toBe('2026-H2');
    expect(seasonPeriod('Sommer 2026')).toBeUndefined();
    const r = read([
      ['Kommune', 'Vejle'],
      ['Periode', 'Efterår 2026'],
    ]);
    expect(r.draft.period).toBe('2026-H2');
    expect(checks(r)).toEqual(['cover.period@Forside!B2']);
  });

  it('a list value read from the first part of a longer text is a guess', () => {
    const r = read([
      ['Kommune', 'Vejle'],
      ['Forankring', 'Socialforvaltningen, Børn og Unge'],
      ['Supervisionsmodel', 'Ekstern supervisor'],
    ]);
    expect(cover(r)).toMatchObject({ organisation: 'social', supervisionModel: 'external' });
    expect(checks(r)).toEqual(['cover.organisation@Forside!B2']);
  });

  it('a municipality and period from a title carry a check at the title', () => {
    const r = structure(
      gridOf({ name: 'Ark1', rows: [['Handleplan for Vejle Kommune 2026, 2. halvår'], [], ...PLAN] }),
    );
    expect(r.draft.municipality?.name).toBe('Vejle');
    expect(r.draft.period).toBe('2026-H2');
    expect(checks(r)).toEqual(['cover.municipality@Ark1!A1', 'cover.period@Ark1!A1']);
  });

  it('a municipality from the sheet name carries a check', () => {
    const r = structure(gridOf({ name: 'Plan Silkeborg', rows: PLAN }));
    expect(r.draft.municipality?.name).toBe('Silkeborg');
    expect(checks(r)).toEqual(['cover.municipality@Plan Silkeborg!A1']);
  });
});

describe('a period cell in the coordinators’ own forms', () => {
  it.each([
    ['H1-27', '2027-H1'],
    ["H2 '26", '2026-H2'],
    ['27-H1', '2027-H1'],
    ['2. halvdel 2027', '2027-H2'],
    ['1. halvår (2027)', '2027-H1'],
    ['2027 (2. halvår)', '2027-H2'],
  ])('"%s" under "Periode" is %s', (written, period) => {
    expect(cover(read([['Periode', written]])).period).toBe(period);
  });

  it('two digits alone, or a duration, are no half-year', () => {
    for (const written of ['27', 'H3-27', '1h30'])
      expect([written, cover(read([['Periode', written]])).period]).toEqual([written, undefined]);
  });
});

describe('texts that are no labels', () => {
  it('a note or a title that holds a label word is not taken for a label', () => {
    for (const text of ['Plan for kommunen', 'Møde med leder', 'Koordinatorens opgaver i efteråret']) {
      expect([text, coverLabelMatch(text)]).toEqual([text, undefined]);
    }
  });
});

describe('a phase written in other words than the list’s', () => {
  const phaseOf = (value: In, label: In = 'Fase') => {
    const r = read([[label, value]]);
    const check = r.checks.find((c) => c.field === 'cover.phase');
    return {
      phase: r.draft.phase ?? null,
      check: check ? `${check.cell} ${check.value}` : null,
      issues: r.issues.filter((i) => i.code !== 'milestone_missing').map((i) => `${i.code}@${i.cell}`),
    };
  };

  it('a value that is also a label of the phase ("Fase | Implementeringsfase") is the phase, with a check', () => {
    expect(phaseOf('Implementeringsfase')).toEqual({
      phase: 'initial',
      check: 'B1 Implementeringsfase',
      issues: [],
    });
    // Below its label as well.
    const r = read([
      ['Kommune', 'Fase'],
      ['Aarhus', 'Implementeringsfase'],
    ]);
    expect(r.draft.phase).toBe('initial');
    expect(r.unmapped).toEqual([]);
    // A text ending in a colon stays a label: nothing is read from it.
    expect(phaseOf('Implementeringsfase:').phase).toBeNull();
  });

  it('"Driftsfase", "Opstartsfase", "Forankringsfase" are read as a careful person reads them, with a check', () => {
    expect(phaseOf('Driftsfase')).toEqual({ phase: 'full', check: 'B1 Driftsfase', issues: [] });
    expect(phaseOf('Opstartsfase')).toEqual({ phase: 'initial', check: 'B1 Opstartsfase', issues: [] });
    expect(phaseOf('Forankringsfase')).toEqual({ phase: 'full', check: 'B1 Forankringsfase', issues: [] });
    const r = read([['Fase: Forankringsfase']]);
    const check = r.checks.find((c) => c.field === 'cover.phase');
    expect(check?.cell).toBe('A1');
    expect(check?.confidence).toBeLessThan(1);
    expect(check?.reason.da).toBe(
      'Fase: Forankring er læst som Fuld implementering (indsatsen er en fast del af driften). Tjek at det er rigtigt.',
    );
    expect(check?.reason.en).toBe(
      'Phase: Anchoring was read as Full implementation (the effort is part of everyday operation). Check that it is right.',
    );
  });

  it('the list’s own words, also as a compound or with the phase’s number, are certain', () => {
    expect(phaseOf('Klargøringsfasen')).toEqual({ phase: 'readiness', check: null, issues: [] });
    expect(phaseOf('Fase 1: Forberedelse')).toEqual({ phase: 'preparation', check: null, issues: [] });
    // Words that are part of the numbered phase's name agree with the number.
    expect(phaseOf('Fase 4 – implementering')).toEqual({ phase: 'full', check: null, issues: [] });
  });

  it('a number and words naming different phases ("Fase 2 – implementering") read no phase, with an issue', () => {
    const r = read([['Fase', 'Fase 2 – implementering']]);
    expect(r.draft.phase).toBeUndefined();
    const issue = r.issues.find((i) => i.cell === 'B1');
    expect(issue?.code).toBe('value_not_in_list');
    expect(issue?.message.da).toBe(
      '"Fase 2 – implementering" i B1 nævner både fase 2 (Klargøring) og ordene for Indledende implementering, så ingen fase er læst. Vælg én af: Forberedelse, Klargøring, Indledende implementering, Fuld implementering.',
    );
    expect(issue?.message.en).toContain('names both phase 2 (Readiness)');
  });
});

describe('the leader as the one responsible for the management', () => {
  it('"Ledelsesansvarlig: name" in one cell gives the leader', () => {
    const r = read([['Kommune: Sorø'], ['Koordinator: Lars Holt'], ['Ledelsesansvarlig: Birgitte Winther']]);
    expect(cover(r).leader?.name).toBe('Birgitte Winther');
    expect(cover(r).coordinator?.name).toBe('Lars Holt');
  });
});
