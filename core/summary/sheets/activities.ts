// The summary sheet "activities".

import { HEADER_ROW, L, sortedActivities, type Context, type SheetModule } from '../context';
import { SHEET_NAMES, TITLES } from '../labels';
import { daysBetween, isLate } from '../figures';
import { listLabel } from '../../spec';
import { text, num, date, table, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, today } = ctx;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Indsatsområde', 'Focus area'), width: 22, fmt: 'text', wrap: true },
    { header: L(lang, 'Aktivitet', 'Activity'), width: 40, fmt: 'text', wrap: true },
    { header: L(lang, 'Milepæl', 'Milestone'), width: 28, fmt: 'text', wrap: true },
    { header: 'Start', width: 11, fmt: 'date' },
    { header: 'Deadline', width: 11, fmt: 'date' },
    { header: L(lang, 'Ansvarlig', 'Responsible'), width: 18, fmt: 'text', wrap: true },
    { header: 'Status', width: 12, fmt: 'text' },
    { header: L(lang, 'Forsinket', 'Late'), width: 9, fmt: 'text' },
    { header: L(lang, 'Dage over deadline', 'Days past deadline'), width: 9, fmt: 'int' },
    { header: L(lang, 'Forankring', 'Anchoring'), width: 20, fmt: 'text', wrap: true },
    { header: L(lang, 'Evaluering af resultat', 'Evaluation of result'), width: 36, fmt: 'text', wrap: true },
    { header: L(lang, 'Kilde i planen', 'Source in the plan'), width: 18, fmt: 'text' },
  ];
  const count = ctx.submitted.reduce((s, e) => s + (e.stored?.plan.activities.length ?? 0), 0);
  const yes = L(lang, 'Ja', 'Yes');
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
            text(`${a.source.sheet}!${a.source.row}`),
          ],
        };
        first = false;
      }
    }
  }
  return sheet(ctx, activities, [table('Aktiviteter', HEADER_ROW, 0, columns, count, rows)], {
    freezeCols: 1,
    note: L(
      lang,
      `${count} aktiviteter; forsinkede er markeret med rødt`,
      `${count} activities; late ones are marked red`,
    ),
  });
}

export const activities: SheetModule = {
  key: 'activities',
  name: SHEET_NAMES.activities,
  title: TITLES.activities,
  build,
};
