// The summary sheet "change".

import { HEADER_ROW, L, byName, phaseLabel, prevLateDay, type Context, type SheetModule } from '../context';
import { MISSING, SHEET_NAMES, TITLES, formatDay } from '../labels';
import { PHASES, type Phase } from '../../spec';
import { text, num, staticTable, sheet } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const prev = L(lang, 'forrige', 'previous');
  const now = L(lang, 'nu', 'now');
  const changed = L(lang, 'ændring', 'change');
  const trio = (label: string, fmt: 'pct' | 'int', delta: 'pctDelta' | 'intDelta'): Column[] => [
    { header: `${label} (${prev})`, width: 11, fmt },
    { header: `${label} (${now})`, width: 11, fmt },
    { header: `${label} (${changed})`, width: 11, fmt: delta },
  ];
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, `Fase (${prev})`, `Phase (${prev})`), width: 22, fmt: 'text' },
    { header: L(lang, `Fase (${now})`, `Phase (${now})`), width: 22, fmt: 'text' },
    { header: L(lang, 'Faseskift', 'Phase change'), width: 12, fmt: 'text' },
    ...trio(L(lang, 'Forberedelse', 'Preparation'), 'pct', 'pctDelta'),
    ...trio(L(lang, 'Løbende', 'Ongoing'), 'pct', 'pctDelta'),
    ...trio(L(lang, 'Forsinkede', 'Late'), 'int', 'intDelta'),
    ...trio(L(lang, 'Gennemførte', 'Done'), 'int', 'intDelta'),
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
    else if (!old) shift = L(lang, 'ny', 'new');
    else {
      const d = phaseIndex(cur.phase) - phaseIndex(old.phase);
      shift =
        d > 0
          ? L(lang, '↑ frem', '↑ forward')
          : d < 0
            ? L(lang, '↓ tilbage', '↓ back')
            : L(lang, 'uændret', 'unchanged');
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
      ? L(
          lang,
          `forrige periode ${ctx.prevPeriod}; dens forsinkede er vurderet pr. ${formatDay(prevDay, lang)}`,
          `previous period ${ctx.prevPeriod}; its late activities judged as of ${formatDay(prevDay, lang)}`,
        )
      : L(lang, 'ingen planer fra forrige periode er givet', 'no plans from the previous period were given'),
  });
}

export const change: SheetModule = {
  key: 'change',
  name: SHEET_NAMES.change,
  title: TITLES.change,
  build,
};
