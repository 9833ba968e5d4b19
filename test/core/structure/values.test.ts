import { markOf, parseNumberText } from '../../../core/structure/values';

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
  ])('%j → %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each(['mange', '8-10', 'efter behov', '', '10 timer og 5 min'])('%j is no number', (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false });
  });
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
