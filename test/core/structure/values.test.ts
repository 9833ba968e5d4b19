import {
  dayMonthReadings,
  decideDayMonthOrder,
  markOf,
  parseNumberText,
} from '../../../core/structure/values';
import type { GridCell } from '../../../core/grid';

describe('numbers written as text', () => {
  it.each([
    ['10 timer', 10],
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['ca. 12', 12],
    ['12 t/uge', 12],
    ['37 timer pr. uge', 37],
    ['45 %', 45],
    ['1.000', 1000],
    ['1.234,5', 1234.5],
    ['3 forløb', 3],
    ['50 pct.', 50],
    ['45 procent', 45],
    ['3 familier', 3],
    ['7½', 7.5],
    ['7 ½ timer', 7.5],
    ['½', 0.5],
    ['2¾ t/uge', 2.75],
  ])('%j → %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each(['mange', '8-10', 'efter behov', '', '10 timer og 5 min', '½½', 'ingen'])(
    '%j is no number',
    (text) => {
      expect(parseNumberText(text)).toEqual({ ok: false });
    },
  );
});

describe('checklist marks', () => {
  const cell = (v: string | number | boolean) => ({
    r: 0,
    c: 0,
    v,
    t: typeof v === 'number' ? ('n' as const) : typeof v === 'boolean' ? ('b' as const) : ('s' as const),
  });

  it.each(['x', 'X', ' x ', '✓', '✔', 'ja', 'Ja', 'x.'])('%j is a mark', (v) => {
    expect(markOf(cell(v))).toBe('mark');
  });

  it('1 and TRUE are marks, 0, FALSE and a dash are not', () => {
    expect(markOf(cell(1))).toBe('mark');
    expect(markOf(cell(true))).toBe('mark');
    expect(markOf(cell(0))).toBe('empty');
    expect(markOf(cell(false))).toBe('empty');
    expect(markOf(cell('-'))).toBe('empty');
  });

  it('other text is neither', () => {
    expect(markOf(cell('se note'))).toBe('other');
    expect(markOf(cell(2))).toBe('other');
  });
});

describe('the order of day and month in a column', () => {
  const cells = (...texts: (string | number)[]): GridCell[] =>
    texts.map((v, r) =>
      typeof v === 'number' ? { r, c: 0, t: 'n', v, fmt: 'dd-mm-yyyy' } : { r, c: 0, t: 's', v },
    );

  it('tells how one text can be read', () => {
    expect(dayMonthReadings('09/30/2026')).toBe('mdy');
    expect(dayMonthReadings('30/09/2026')).toBe('dmy');
    expect(dayMonthReadings('03/04/2026')).toBe('either');
    expect(dayMonthReadings('03/04')).toBe('either');
    expect(dayMonthReadings('07/07/2026')).toBeUndefined();
    expect(dayMonthReadings('2026-03-04')).toBeUndefined();
    expect(dayMonthReadings('marts 2026')).toBeUndefined();
  });

  it('month first when only month-first values decide it', () => {
    const cs = cells('03/04/2026', '09/30/2026', 46000);
    expect(decideDayMonthOrder(cs)).toEqual({
      order: 'mdy',
      decided: true,
      conflict: false,
      evidence: cs[1],
    });
  });

  it('day first when day-first values decide it, or (undecided) when nothing does', () => {
    expect(decideDayMonthOrder(cells('03/04/2026', '30/09/2026'))).toMatchObject({
      order: 'dmy',
      decided: true,
    });
    expect(decideDayMonthOrder(cells('03/04/2026', '05/06/2026'))).toEqual({
      order: 'dmy',
      decided: false,
      conflict: false,
    });
  });

  it('a column with both is a conflict, never one order', () => {
    expect(decideDayMonthOrder(cells('30/09/2026', '09/30/2026'))).toMatchObject({
      decided: false,
      conflict: true,
    });
  });
});
