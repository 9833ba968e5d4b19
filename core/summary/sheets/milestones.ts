// The summary sheet "milestones".

import { HEADER_ROW, cmp, byName, type Context, type SheetModule } from '../context';
import { addDays, daysBetween, isLate, isOpen, type Entry } from '../figures';
import { MILESTONES_WORDS as M, SHEET_NAMES, TITLES, WORDS, fill, formatDay } from '../labels';
import { listLabel, type Label } from '../../spec';
import { text, num, date, table, sheet } from '../cells';
import { type Activity } from '../../schema';
import { type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, today } = ctx;
  const w = (l: Label): string => l[lang];
  const horizon = addDays(today, 90);
  const picked: { e: Entry; a: Activity }[] = [];
  for (const e of ctx.submitted) {
    for (const a of e.stored?.plan.activities ?? []) {
      if (a.deadline && a.deadline <= horizon && isOpen(a.status)) {
        picked.push({ e, a });
      }
    }
  }
  picked.sort(
    (x, y) =>
      cmp(x.a.deadline ?? '', y.a.deadline ?? '') ||
      byName(x.e, y.e) ||
      x.a.source.row - y.a.source.row ||
      (x.a.source.col ?? 0) - (y.a.source.col ?? 0),
  );
  const columns: Column[] = [
    { header: w(WORDS.deadline), width: 11, fmt: 'date' },
    { header: w(M.daysTo), width: 10, fmt: 'daysSigned' },
    { header: w(M.due), width: 13, fmt: 'text' },
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: w(WORDS.focusArea), width: 22, fmt: 'text', wrap: true },
    { header: w(WORDS.milestone), width: 32, fmt: 'text', wrap: true },
    { header: w(WORDS.activity), width: 40, fmt: 'text', wrap: true },
    { header: w(WORDS.responsible), width: 18, fmt: 'text', wrap: true },
    { header: w(WORDS.status), width: 12, fmt: 'text' },
  ];
  const overdue = w(M.overdue);
  const upcoming = w(M.upcoming);
  function* rows(): Iterable<Row> {
    for (const { e, a } of picked) {
      const deadline = a.deadline ?? today;
      const late = isLate(a, today);
      yield {
        ...(late ? { tone: 'late' as const } : {}),
        cells: [
          date(a.deadline),
          num(daysBetween(today, deadline)),
          text(late ? overdue : upcoming),
          text(e.name),
          text(listLabel('theme', a.theme, lang)),
          text(a.milestone ?? a.activity),
          text(a.activity),
          text(a.responsible),
          text(listLabel('status', a.status, lang)),
        ],
      };
    }
  }
  return sheet(ctx, milestones, [table('Milepaele', HEADER_ROW, 0, columns, picked.length, rows)], {
    freezeCols: 0,
    note: fill(M.note, lang, { today: formatDay(ctx.today, lang), horizon: formatDay(horizon, lang) }),
  });
}

export const milestones: SheetModule = {
  key: 'milestones',
  name: SHEET_NAMES.milestones,
  title: TITLES.milestones,
  build,
};
