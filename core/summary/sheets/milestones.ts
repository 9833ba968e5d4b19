// The summary sheet "milestones".

import { HEADER_ROW, L, cmp, byName, type Context, type SheetModule } from '../context';
import { addDays, daysBetween, isLate, isOpen, type Entry } from '../figures';
import { SHEET_NAMES, TITLES, formatDay } from '../labels';
import { listLabel } from '../../spec';
import { text, num, date, table, sheet } from '../cells';
import { type Activity } from '../../schema';
import { type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, today } = ctx;
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
      cmp(x.a.deadline ?? '', y.a.deadline ?? '') || byName(x.e, y.e) || x.a.source.row - y.a.source.row,
  );
  const columns: Column[] = [
    { header: 'Deadline', width: 11, fmt: 'date' },
    { header: L(lang, 'Dage til deadline', 'Days to deadline'), width: 10, fmt: 'daysSigned' },
    { header: L(lang, 'Frist', 'Due'), width: 13, fmt: 'text' },
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Indsatsområde', 'Focus area'), width: 22, fmt: 'text', wrap: true },
    { header: L(lang, 'Milepæl', 'Milestone'), width: 32, fmt: 'text', wrap: true },
    { header: L(lang, 'Aktivitet', 'Activity'), width: 40, fmt: 'text', wrap: true },
    { header: L(lang, 'Ansvarlig', 'Responsible'), width: 18, fmt: 'text', wrap: true },
    { header: 'Status', width: 12, fmt: 'text' },
  ];
  const overdue = L(lang, 'Overskredet', 'Overdue');
  const upcoming = L(lang, 'Kommende', 'Upcoming');
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
    note: L(
      lang,
      `ikke afsluttede aktiviteter med deadline før ${formatDay(ctx.today, lang)} (overskredet) eller senest ${formatDay(horizon, lang)}; uden milepæl vises aktiviteten`,
      `open activities with a deadline before ${formatDay(ctx.today, lang)} (overdue) or by ${formatDay(horizon, lang)}; without a milestone the activity is shown`,
    ),
  });
}

export const milestones: SheetModule = {
  key: 'milestones',
  name: SHEET_NAMES.milestones,
  title: TITLES.milestones,
  build,
};
