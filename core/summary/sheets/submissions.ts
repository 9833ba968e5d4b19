// The summary sheet "submissions".

import { HEADER_ROW, byName, type Context, type SheetModule } from '../context';
import {
  MISSING,
  OVERVIEW_WORDS as O,
  SHEET_NAMES,
  SUBMISSIONS_WORDS as S,
  TITLES,
  WORDS,
  fill,
} from '../labels';
import type { Label } from '../../spec';
import { municipalityOf } from '../figures';
import { text, num, staticTable, sheet } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';
import { type StoredPlan } from '../../receipt';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const w = (l: Label): string => l[lang];
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: w(S.period), width: 9, fmt: 'text' },
    { header: w(S.used), width: 24, fmt: 'text', wrap: true },
    { header: w(S.id), width: 28, fmt: 'text' },
    { header: w(S.received), width: 16, fmt: 'datetime' },
    { header: w(S.by), width: 18, fmt: 'text' },
    { header: w(S.template), width: 9, fmt: 'text' },
    { header: w(S.sha), width: 20, fmt: 'text' },
    { header: w(S.activities), width: 10, fmt: 'int' },
    { header: w(S.lateWhenSubmitted), width: 11, fmt: 'int' },
    { header: w(S.answered), width: 10, fmt: 'int' },
    { header: w(S.warnings), width: 10, fmt: 'int' },
    {
      header: w(WORDS.coordinatorNote),
      width: 40,
      fmt: 'text',
      wrap: true,
    },
    { header: w(O.latestComment), width: 40, fmt: 'text', wrap: true },
  ];
  // The leaders' newest comment on a submission, whole (the overview shortens it for paper).
  const comments = new Map<string, string>();
  for (const row of ctx.input.round?.rows ?? []) {
    for (const review of [row.answers, row.review]) {
      if (review?.comment) comments.set(review.submissionId, review.comment);
    }
  }
  const receiptRow = (name: string, stored: StoredPlan, used: string, tone?: 'muted'): Row => {
    const r = stored.receipt;
    return {
      ...(tone ? { tone } : {}),
      cells: [
        text(name),
        text(r.period),
        text(used),
        text(r.submissionId),
        { instant: r.receivedAt },
        text(r.submittedBy),
        text(r.templateVersion),
        text(r.sha256),
        num(r.counts.activities),
        num(r.counts.late),
        num(r.counts.checklistAnswered),
        num(r.warnings.length),
        text(r.note),
        text(comments.get(r.submissionId)),
      ],
    };
  };
  const usedText = w(S.usedNewest);
  const supersededText = w(S.superseded);
  const otherPeriodText = w(S.otherPeriod);
  const previousText = fill(S.previous, lang, { period: ctx.prevPeriod });
  const rows: Row[] = [];
  const skippedBy = new Map<string, { stored: StoredPlan; reason: 'superseded' | 'other_period' }[]>();
  for (const s of ctx.selection.skipped) {
    const code = s.stored.plan.municipality.code;
    skippedBy.set(code, [...(skippedBy.get(code) ?? []), s]);
  }
  const listed = new Set<string>();
  const all = [...ctx.entries, ...ctx.prevOnly].sort(byName);
  for (const e of all) {
    listed.add(e.code);
    if (e.stored) rows.push(receiptRow(e.name, e.stored, usedText));
    else if (e.expected) {
      rows.push({
        tone: 'missing',
        cells: [text(e.name), text(ctx.input.period), { s: MISSING[lang], tone: 'alert' }],
      });
    }
    for (const s of skippedBy.get(e.code) ?? []) {
      rows.push(
        receiptRow(e.name, s.stored, s.reason === 'superseded' ? supersededText : otherPeriodText, 'muted'),
      );
    }
    if (e.previous) rows.push(receiptRow(e.name, e.previous.stored, previousText, 'muted'));
  }
  for (const [code, list] of skippedBy) {
    if (listed.has(code)) continue;
    for (const s of list) {
      const m = municipalityOf(code, s.stored.plan.municipality.name, false);
      rows.push(
        receiptRow(m.name, s.stored, s.reason === 'superseded' ? supersededText : otherPeriodText, 'muted'),
      );
    }
  }
  return sheet(ctx, submissions, [staticTable('Indsendelser', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    note: w(S.note),
  });
}

export const submissions: SheetModule = {
  key: 'submissions',
  name: SHEET_NAMES.submissions,
  title: TITLES.submissions,
  build,
};
