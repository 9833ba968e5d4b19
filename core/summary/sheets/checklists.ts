// The summary sheet "checklists".

import { CHECKLIST, checklistRanges } from '../../spec';
import { mixedVersionsNote, NOT_IN_TEMPLATE, questionState, type QuestionState } from '../versions';
import { HEADER_ROW, L, type Context, type SheetModule } from '../context';
import { SHEET_NAMES, TITLES } from '../labels';
import { text, num, staticTable, sheet, anchorOf } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const n = ctx.submitted.length;
  const answerTexts = {
    yes: { s: L(lang, 'Ja', 'Yes'), tone: 'yes' },
    partly: { s: L(lang, 'Delvist', 'Partly'), tone: 'partly' },
    no: { s: L(lang, 'Nej', 'No'), tone: 'no' },
    unanswered: { s: '–', tone: 'unanswered' },
    // A question the plan's template version did not have: not the same as unanswered.
    notInTemplate: { s: NOT_IN_TEMPLATE[lang], tone: 'unanswered' },
  } as const;
  const columns: Column[] = [
    { header: L(lang, 'Nr.', 'No.'), width: 5, fmt: 'text' },
    { header: L(lang, 'Huskeliste', 'Checklist'), width: 14, fmt: 'text', wrap: true },
    { header: L(lang, 'Spørgsmål', 'Question'), width: 60, fmt: 'text', wrap: true },
    { header: L(lang, 'Andel Ja', 'Share Yes'), width: 8, fmt: 'pct' },
    { header: L(lang, 'Andel Delvist', 'Share Partly'), width: 8, fmt: 'pct' },
    { header: L(lang, 'Andel Nej', 'Share No'), width: 8, fmt: 'pct' },
    { header: L(lang, 'Andel ubesvaret', 'Share unanswered'), width: 10, fmt: 'pct' },
    ...ctx.submitted.map((e): Column => ({
      header: e.name,
      anchor: anchorOf('checklists', e.code),
      width: 8,
      fmt: 'text',
      rotate: true,
      align: 'center',
    })),
  ];
  const groupShort: Record<'preparation' | 'ongoing', string> = {
    preparation: L(lang, 'Forberedelse', 'Preparation'),
    ongoing: L(lang, 'Løbende', 'Ongoing'),
  };
  const rows = CHECKLIST.map((q): Row => {
    const answers = ctx.submitted.map((e): QuestionState =>
      e.stored ? questionState(e.stored.plan, q.id) : 'unanswered',
    );
    // Shares of the plans whose template had the question.
    const had = answers.filter((a) => a !== 'notInTemplate').length;
    const share = (a: QuestionState): Cell =>
      had > 0 ? num(answers.filter((x) => x === a).length / had) : null;
    return {
      cells: [
        text(q.id),
        text(groupShort[q.group]),
        text(q.text[lang]),
        share('yes'),
        share('partly'),
        share('no'),
        share('unanswered'),
        ...answers.map((a) => answerTexts[a]),
      ],
    };
  });
  return sheet(ctx, checklists, [staticTable('Tjeklister', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 3,
    headerHeight: 110,
    printFit: false,
    printRepeatCols: 3,
    note: [
      L(
        lang,
        `Forberedelse og løbende implementering (${checklistRanges()}); andele af de ${n} indsendte planer, hvis skabelon havde spørgsmålet`,
        `Preparation and ongoing implementation (${checklistRanges()}); shares of the ${n} submitted plans whose template had the question`,
      ),
      mixedVersionsNote(ctx.submitted.flatMap((e) => (e.stored ? [e.stored.plan] : [])))?.[lang],
    ]
      .filter(Boolean)
      .join('. '),
  });
}

export const checklists: SheetModule = {
  key: 'checklists',
  name: SHEET_NAMES.checklists,
  title: TITLES.checklists,
  build,
};
