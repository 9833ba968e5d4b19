// The summary sheet "about": where the figures come from, in sentences, then the settings in a
// small technical section at its end. Every word is in core/summary/labels/about.ts.

import { checklistRanges, FULL_TIME_HOURS, TEMPLATE_VERSION, THEMES, type Label } from '../../spec';
import { mixedVersionsNote, versionsMergedText } from '../versions';
import { HEADER_ROW, prevLateDay, type Context, type SheetModule } from '../context';
import { READINESS_GREEN, READINESS_YELLOW } from '../figures';
import { describeSuppression } from '../../suppression';
import { ABOUT_WORDS as A, SHEET_NAMES, TITLES, fill, formatDay, formatInstant } from '../labels';
import { text, staticTable, sheet } from '../cells';
import { type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const w = (l: Label, vars?: Record<string, string | number>): string => fill(l, lang, vars);
  const plans = ctx.submitted.flatMap((e) => (e.stored ? [e.stored.plan] : []));
  const mixed = mixedVersionsNote(plans);
  const rows: Row[] = [];
  // Lines on the same topic in a row become one paragraph each in the topic's cell.
  let last: { topic: string; lines: string[] } | undefined;
  const add = (topic: string, explanation: string): void => {
    if (last?.topic === topic) {
      last.lines.push(explanation);
      rows[rows.length - 1] = { cells: [text(topic), text(last.lines.join('\n'))] };
      return;
    }
    last = { topic, lines: [explanation] };
    rows.push({ cells: [text(topic), text(explanation)] });
  };
  const counts = { submitted: totals.submitted, expected: totals.expected, missing: totals.missing };
  add(
    w(A.inShort),
    w(A.inShortText, {
      period: ctx.input.period,
      made: formatInstant(ctx.input.generatedAt, lang),
      ...counts,
    }),
  );
  add(w(A.whenLate), w(A.whenLateText, { day: formatDay(ctx.today, lang) }));
  add(
    w(A.source),
    w(ctx.input.basis === 'approved' ? A.sourceApproved : A.sourceLatest, { plans: totals.submitted }),
  );
  const round = ctx.input.round;
  if (round) {
    add(
      w(A.round),
      w(A.roundText, {
        period: round.round.period,
        deadline: formatDay(round.round.deadline, lang),
        closed: round.round.closed ? w(A.roundClosed) : '',
      }),
    );
  }
  add(w(A.expected), w(ctx.input.roster ? A.expectedRoster : A.expectedAll, counts));
  add(
    w(A.previous),
    ctx.prevSelection.used.size > 0
      ? w(A.previousText, {
          period: ctx.prevPeriod,
          plans: ctx.prevSelection.used.size,
          day: formatDay(prevLateDay(ctx), lang),
        })
      : w(A.previousNone),
  );
  add(
    w(A.readiness),
    w(A.readinessText, {
      ranges: checklistRanges(),
      green: READINESS_GREEN * 100,
      yellow: READINESS_YELLOW * 100,
    }) + (mixed ? ` ${mixed[lang]}` : ''),
  );
  add(w(A.themes), w(A.themesText, { themes: THEMES.length }));
  add(w(A.fte), w(A.fteText, { hours: FULL_TIME_HOURS }));
  add(w(A.indicators), w(A.indicatorsText));
  // The suppression rule in sentences: what the marker means, then why some totals are intervals.
  const rule = describeSuppression(config, lang);
  const smallTopic = w(A.marker, { marker: config.marker });
  const intervalTopic = w(A.intervals);
  rule.forEach((line, i) => add(i < 4 ? smallTopic : intervalTopic, line));
  add(intervalTopic, w(A.outward));
  add(w(A.change), w(A.changeText));
  add(w(A.text), w(A.textText));
  // The technical section, last: the settings themselves, for whoever checks the figures.
  rows.push({ tone: 'strong', cells: [text(w(A.technical)), null] });
  last = undefined;
  add(
    w(A.settings),
    w(A.settingsText, {
      threshold: config.threshold,
      marker: config.marker,
      zeros: config.zeros,
      totals: config.totals,
      percent: String(config.percentWithoutCases),
    }),
  );
  add(w(A.period), ctx.input.period);
  add(w(A.made), ctx.input.generatedAt.toISOString());
  add(w(A.lateAsOf), ctx.today);
  add(
    w(A.submissions),
    w(A.submissionsText, {
      used: ctx.selection.used.size,
      skipped: ctx.selection.skipped.length,
      period: ctx.prevPeriod,
      previous: ctx.prevSelection.used.size,
    }),
  );
  add(w(A.versions), versionsMergedText(plans)[lang] || TEMPLATE_VERSION);
  return sheet(
    ctx,
    about,
    [
      staticTable(
        'Om_data',
        HEADER_ROW,
        0,
        [
          { header: w(A.topic), width: 30, fmt: 'text', wrap: true },
          { header: w(A.explanation), width: 110, fmt: 'text', wrap: true },
        ],
        rows,
      ),
    ],
    { freezeCols: 0, headerHeight: 20, landscape: true },
  );
}

export const about: SheetModule = {
  key: 'about',
  name: SHEET_NAMES.about,
  title: TITLES.about,
  build,
};
