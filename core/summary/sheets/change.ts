// The summary sheet "change".

import { HEADER_ROW, byName, phaseLabel, prevLateDay, type Context, type SheetModule } from '../context';
import { CHANGE_WORDS as C, MISSING, SHEET_NAMES, TITLES, WORDS, fill, formatDay } from '../labels';
import { PHASES, type Label, type Phase } from '../../spec';
import { text, num, staticTable, sheet } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const w = (l: Label): string => l[lang];
  const trio = (label: Label, fmt: 'pct' | 'int', delta: 'pctDelta' | 'intDelta'): Column[] => [
    { header: fill(C.previous, lang, { figure: w(label) }), width: 11, fmt },
    { header: fill(C.now, lang, { figure: w(label) }), width: 11, fmt },
    { header: fill(C.changed, lang, { figure: w(label) }), width: 11, fmt: delta },
  ];
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: fill(C.previous, lang, { figure: w(WORDS.phase) }), width: 22, fmt: 'text' },
    { header: fill(C.now, lang, { figure: w(WORDS.phase) }), width: 22, fmt: 'text' },
    { header: w(C.phaseChange), width: 12, fmt: 'text' },
    ...trio(WORDS.preparation, 'pct', 'pctDelta'),
    ...trio(WORDS.ongoing, 'pct', 'pctDelta'),
    ...trio(WORDS.late, 'int', 'intDelta'),
    ...trio(C.done, 'int', 'intDelta'),
  ];
  const phaseIndex = (p: Phase): number => PHASES.findIndex((x) => x.id === p);
  const all = [...ctx.entries, ...ctx.prevOnly].sort(byName);
  const rows = all.map((e): Row => {
    const cur = e.figures;
    const old = e.previous?.figures;
    const delta = (a: number | undefined, b: number | undefined): Cell =>
      a === undefined || b === undefined ? null : num(b - a);
    // Readiness changes in percentage points.
    const points = (a: number | undefined, b: number | undefined): Cell =>
      a === undefined || b === undefined ? null : num(Math.round((b - a) * 1000) / 10);
    let shift: string;
    if (!cur) shift = MISSING[lang];
    else if (!old) shift = w(C.new);
    else {
      const d = phaseIndex(cur.phase) - phaseIndex(old.phase);
      shift = w(d > 0 ? C.forward : d < 0 ? C.back : C.unchanged);
    }
    return {
      ...(cur ? {} : { tone: 'missing' as const }),
      cells: [
        text(e.name),
        text(old ? phaseLabel(old.phase, lang) : undefined),
        text(cur ? phaseLabel(cur.phase, lang) : undefined),
        text(shift),
        num(old?.readiness.preparation),
        num(cur?.readiness.preparation),
        points(old?.readiness.preparation, cur?.readiness.preparation),
        num(old?.readiness.ongoing),
        num(cur?.readiness.ongoing),
        points(old?.readiness.ongoing, cur?.readiness.ongoing),
        num(old?.late),
        num(cur?.late),
        delta(old?.late, cur?.late),
        num(old?.done),
        num(cur?.done),
        delta(old?.done, cur?.done),
      ],
    };
  });
  const prevDay = prevLateDay(ctx);
  const hasPrevious = ctx.prevSelection.used.size > 0;
  return sheet(ctx, change, [staticTable('Udvikling', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    conditional: [
      { kind: 'signed', table: 0, column: 6, good: true },
      { kind: 'signed', table: 0, column: 9, good: true },
      { kind: 'signed', table: 0, column: 12, good: false },
      { kind: 'signed', table: 0, column: 15, good: true },
    ],
    note: hasPrevious
      ? fill(C.note, lang, { period: ctx.prevPeriod, day: formatDay(prevDay, lang) })
      : w(C.noPrevious),
  });
}

export const change: SheetModule = {
  key: 'change',
  name: SHEET_NAMES.change,
  title: TITLES.change,
  build,
};
