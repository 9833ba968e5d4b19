// The summary sheet "activities".

import { HEADER_ROW, sortedActivities, type Context, type SheetModule } from '../context';
import { ACTIVITIES_WORDS as A, SHEET_NAMES, TITLES, WORDS, YES, fill } from '../labels';
import { daysBetween, isLate } from '../figures';
import { listLabel, type Label } from '../../spec';
import { sourceText } from '../../draft';
import { text, num, date, table, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, today } = ctx;
  const w = (l: Label): string => l[lang];
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: w(WORDS.focusArea), width: 22, fmt: 'text', wrap: true },
    { header: w(WORDS.activity), width: 40, fmt: 'text', wrap: true },
    { header: w(WORDS.milestone), width: 28, fmt: 'text', wrap: true },
    { header: w(WORDS.start), width: 11, fmt: 'date' },
    { header: w(WORDS.deadline), width: 11, fmt: 'date' },
    { header: w(WORDS.responsible), width: 18, fmt: 'text', wrap: true },
    { header: w(WORDS.status), width: 12, fmt: 'text' },
    { header: w(A.late), width: 9, fmt: 'text' },
    { header: w(A.daysPast), width: 9, fmt: 'int' },
    { header: w(A.anchoring), width: 20, fmt: 'text', wrap: true },
    { header: w(A.evaluation), width: 36, fmt: 'text', wrap: true },
    { header: w(A.source), width: 18, fmt: 'text' },
  ];
  const count = ctx.submitted.reduce((s, e) => s + (e.stored?.plan.activities.length ?? 0), 0);
  const yes = w(YES);
  function* rows(): Iterable<Row> {
    for (const e of ctx.submitted) {
      let first = true;
      for (const a of sortedActivities(e.stored?.plan.activities ?? [])) {
        const late = isLate(a, today);
        yield {
          ...(late ? { tone: 'late' as const } : {}),
          ...(first ? { anchor: anchorOf('activities', e.code) } : {}),
          cells: [
            text(e.name),
            text(listLabel('theme', a.theme, lang)),
            text(a.activity),
            text(a.milestone),
            date(a.start),
            date(a.deadline),
            text(a.responsible),
            text(listLabel('status', a.status, lang)),
            late ? { s: yes, tone: 'late' } : null,
            late && a.deadline ? num(daysBetween(a.deadline, today)) : null,
            text(a.anchoring ? listLabel('anchoring', a.anchoring, lang) : undefined),
            text(a.evaluation),
            text(sourceText(a.source)),
          ],
        };
        first = false;
      }
    }
  }
  return sheet(ctx, activities, [table('Aktiviteter', HEADER_ROW, 0, columns, count, rows)], {
    freezeCols: 1,
    note: fill(A.note, lang, { count }),
  });
}

export const activities: SheetModule = {
  key: 'activities',
  name: SHEET_NAMES.activities,
  title: TITLES.activities,
  build,
};
