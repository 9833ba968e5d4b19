// Corps and indicator habits of the held-out workbooks p38–p42 (test/accuracy/plans), each read as a
// careful person reads it.

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In } from './grid-builder';

function corpsHours(r: StructureResult): (number | undefined)[] {
  return r.draft.corps.map((c) => c.values.hoursPerWeek);
}

function checksAt(r: StructureResult, field: string): string[] {
  return r.checks.filter((c) => c.field === field).map((c) => `${c.sheet}!${c.cell}`);
}

function corpsSheet(header: string, values: readonly In[]): StructureResult {
  return structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', header, 'Aktive forløb'],
        ...values.map((v, i) => [`M${i + 1}`, 'Mentor', v, 3]),
      ],
    }),
  );
}

describe('corps time as a share of a full-time post', () => {
  it('turns "Årsværk" 0,5 / 1 / 0,25 into hours a week, 37 hours being one post', () => {
    const r = corpsSheet('Årsværk', [0.5, 1, 0.25]);
    expect(corpsHours(r)).toEqual([18.5, 37, 9.25]);
    expect(checksAt(r, 'corps.hoursPerWeek')).toEqual([]);
  });

  it('reads "50 %" and a percent-formatted 0,2 under "Andel af fuld tid" as that share of 37 hours', () => {
    const r = corpsSheet('Andel af fuld tid', ['50 %', { v: 0.2, fmt: '0%' }]);
    expect(corpsHours(r)).toEqual([18.5, 7.4]);
  });

  it('reads a share above 1,5 without "%" as a percentage, and asks', () => {
    const r = corpsSheet('Årsværk', [50]);
    expect(corpsHours(r)).toEqual([18.5]);
    expect(checksAt(r, 'corps.hoursPerWeek')).toEqual(['Korps!C2']);
  });

  it('leaves hours under an hours header as hours', () => {
    const r = corpsSheet('Timer pr. uge', [0.5, 20]);
    expect(corpsHours(r)).toEqual([0.5, 20]);
  });
});

describe('indicators with a column per half-year', () => {
  const indicators = {
    name: 'Indikatorer',
    rows: [
      ['Indikator', 'Enhed', 'Mål', '1. halvår 2026', '2. halvår 2026'],
      ['Aktive mentorforløb', 'antal', 15, 9, 13],
      ['Unge startet i uddannelse', '%', 50, 40],
    ],
  };
  const results = (r: StructureResult): (number | undefined)[] =>
    r.draft.indicators.map((i) => i.values.result);

  it("reads the result from the column of the plan's period, and none where that column is empty", () => {
    const r = structure(gridOf({ name: 'Forside', rows: [['Periode: 2. halvår 2026']] }, indicators));
    expect(results(r)).toEqual([13, undefined]);
    expect(checksAt(r, 'indicators.result')).toEqual([]);
  });

  it('takes the first half-year when that is the period', () => {
    const r = structure(gridOf({ name: 'Forside', rows: [['Periode: 1. halvår 2026']] }, indicators));
    expect(results(r)).toEqual([9, 40]);
  });

  it('without a period takes the latest half-year, and asks', () => {
    const r = structure(gridOf(indicators));
    expect(results(r)).toEqual([13, undefined]);
    expect(checksAt(r, 'indicators.result')).toEqual(['Indikatorer!E2']);
  });
});

describe('key figures written as lines of text', () => {
  const lines = (r: StructureResult) =>
    r.draft.indicators.map((i) => [i.values.name, i.values.unit, i.values.result, i.cells.result]);

  it('reads "Name: figure" lines on a key-figures sheet as indicators with that result', () => {
    const r = structure(
      gridOf({
        name: 'Nøgletal',
        rows: [
          ['Nøgletal 1. halvår 2026'],
          [],
          ['Antal unge i mentorforløb: 14'],
          ['Andel i uddannelse efter 6 mdr. = 45 %'],
          ['Tallene er trukket fra platformen 15/6.'],
        ],
      }),
    );
    expect(lines(r)).toEqual([
      ['Antal unge i mentorforløb', 'count', 14, 'A3'],
      ['Andel i uddannelse efter 6 mdr.', 'percent', 45, 'A4'],
    ]);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A5']);
  });

  it('leaves such lines alone on a sheet that is not about indicators', () => {
    const r = structure(gridOf({ name: 'Noter', rows: [['Antal møder: 4']] }));
    expect(r.draft.indicators).toEqual([]);
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A1']);
  });
});
