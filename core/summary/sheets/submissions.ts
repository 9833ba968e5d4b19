// The summary sheet "submissions".

import { HEADER_ROW, L, byName, type Context, type SheetModule } from '../context';
import { MISSING, SHEET_NAMES, TITLES } from '../labels';
import { municipalityOf } from '../figures';
import { text, num, staticTable, sheet } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';
import { type StoredPlan } from '../../receipt';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Periode', 'Period'), width: 9, fmt: 'text' },
    { header: L(lang, 'Brugt i oversigten', 'Used in the summary'), width: 24, fmt: 'text', wrap: true },
    { header: L(lang, 'Indsendelses-id', 'Submission id'), width: 28, fmt: 'text' },
    { header: L(lang, 'Modtaget', 'Received'), width: 16, fmt: 'datetime' },
    { header: L(lang, 'Indsendt af', 'Submitted by'), width: 18, fmt: 'text' },
    { header: L(lang, 'Skabelon', 'Template'), width: 9, fmt: 'text' },
    { header: 'SHA-256', width: 20, fmt: 'text' },
    { header: L(lang, 'Aktiviteter', 'Activities'), width: 10, fmt: 'int' },
    { header: L(lang, 'Forsinkede ved indsendelse', 'Late when submitted'), width: 11, fmt: 'int' },
    { header: L(lang, 'Besvarede spørgsmål', 'Questions answered'), width: 10, fmt: 'int' },
    { header: L(lang, 'Advarsler ved indsendelse', 'Warnings when submitted'), width: 10, fmt: 'int' },
    {
      header: L(lang, 'Koordinatorens bemærkning', "Coordinator's note"),
      width: 40,
      fmt: 'text',
      wrap: true,
    },
  ];
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
      ],
    };
  };
  const usedText = L(lang, 'Ja – nyeste indsendelse', 'Yes – the newest submission');
  const supersededText = L(lang, 'Nej – der findes en nyere', 'No – a newer one exists');
  const otherPeriodText = L(lang, 'Nej – en anden periode', 'No – another period');
  const previousText = L(lang, `Til sammenligning (${ctx.prevPeriod})`, `For comparison (${ctx.prevPeriod})`);
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
    note: L(
      lang,
      'tallene bygger på de kanoniske planer, aldrig på de oprindelige arbejdsbøger',
      'the figures come from the canonical plans, never from the original workbooks',
    ),
  });
}

export const submissions: SheetModule = {
  key: 'submissions',
  name: SHEET_NAMES.submissions,
  title: TITLES.submissions,
  build,
};
