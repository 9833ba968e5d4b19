// The years a plan is about, from its titles, sheet names and period (core/structure/years.ts).

import { yearsIn, yearContext, yearsFor } from '../../../core/structure/years';
import { SheetView } from '../../../core/structure/sheet';
import { detectTables } from '../../../core/structure/detect';
import { gridOf, type SheetInput } from './grid-builder';

describe('yearsIn', () => {
  it.each<[string, { from: number; to: number } | undefined]>([
    ['Handleplan 2027', { from: 2027, to: 2027 }],
    ['Implementeringsplan 2026-2027', { from: 2026, to: 2027 }],
    ['Implementeringsplan 2026–27', { from: 2026, to: 2027 }],
    ['Plan for 2026/2027', { from: 2026, to: 2027 }],
    ['Implementeringsplan – 2. halvår 2026', { from: 2026, to: 2026 }],
    ['Handleplan for Vejle Kommune 2026', { from: 2026, to: 2026 }],
    ['Opdateret 15.03.2026', undefined],
    ['Handleplan, senest opdateret 2026', undefined],
    ['Møde 15. marts 2026', undefined],
    ['Handleplan', undefined],
    ['Strategi 2020-2030', undefined],
  ])('%j → %j', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});

describe('yearContext', () => {
  const context = (options: { period?: string }, ...sheets: SheetInput[]) => {
    const grid = gridOf(...sheets);
    const views = grid.sheets.map((s) => new SheetView(s, false));
    const tables = views.flatMap((v) => detectTables(v, { listObjects: [] }));
    return yearContext(views, tables, options);
  };
  const planRows = [
    ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'],
    ['15.03.2026', 'Ledelse', 'Møde 2030', 'Leder', 'I gang'],
  ];

  it('takes a title on the table’s own sheet first, and never a year inside the table', () => {
    const c = context(
      {},
      { name: 'Forside', rows: [['Handleplan 2025']] },
      { name: 'Plan', rows: [['Handleplan 2027'], [], ...planRows] },
    );
    expect(yearsFor(c, 'Plan')).toMatchObject({ from: 2027, kind: 'title', sheet: 'Plan', cell: 'A1' });
    expect(yearsFor(c, 'Forside')).toMatchObject({ from: 2025 });
    expect(c.sources.some((s) => s.from === 2030)).toBe(false);
  });

  it('a sheet name, then the period option, then a half-year below the titles', () => {
    expect(
      yearsFor(context({}, { name: 'Handleplan 2028', rows: planRows }), 'Handleplan 2028'),
    ).toMatchObject({
      from: 2028,
      kind: 'sheetName',
    });
    expect(yearsFor(context({ period: '2026-H2' }, { name: 'Plan', rows: planRows }), 'Plan')).toMatchObject({
      from: 2026,
      kind: 'option',
    });
    const cover: SheetInput = {
      name: 'Forside',
      rows: [['Mentorkorpset'], [], [], [], [], [], [], ['Periode', '1. halvår 2029']],
    };
    expect(yearsFor(context({}, cover, { name: 'Plan', rows: planRows }), 'Plan')).toMatchObject({
      from: 2029,
      kind: 'period',
      cell: 'B8',
    });
  });

  it('a year in a note below the titles is not the plan’s year', () => {
    const notes: SheetInput = {
      name: 'Noter',
      rows: [['Noter'], [], [], [], [], [], [], ['Budget 2024 er brugt']],
    };
    expect(context({}, notes).sources).toEqual([]);
  });
});
