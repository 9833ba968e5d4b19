// The summary sheet "checklists".

import { CHECKLIST, checklistRanges, type Label } from '../../spec';
import { mixedVersionsNote, NOT_IN_TEMPLATE, questionState, type QuestionState } from '../versions';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { CHECKLISTS_WORDS as C, NO, SHEET_NAMES, TITLES, WORDS, YES, fill } from '../labels';
import { text, num, staticTable, sheet, anchorOf } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang } = ctx;
  const w = (l: Label): string => l[lang];
  const n = ctx.submitted.length;
  const answerTexts = {
    yes: { s: w(YES), tone: 'yes' },
    partly: { s: w(C.partly), tone: 'partly' },
    no: { s: w(NO), tone: 'no' },
    unanswered: { s: w(C.unanswered), tone: 'unanswered' },
    // A question the plan's template version did not have: not the same as unanswered.
    notInTemplate: { s: NOT_IN_TEMPLATE[lang], tone: 'unanswered' },
  } as const;
  const columns: Column[] = [
    { header: w(C.number), width: 5, fmt: 'text' },
    { header: w(C.checklist), width: 14, fmt: 'text', wrap: true },
    { header: w(C.question), width: 60, fmt: 'text', wrap: true },
    { header: w(C.shareYes), width: 8, fmt: 'pct' },
    { header: w(C.sharePartly), width: 8, fmt: 'pct' },
    { header: w(C.shareNo), width: 8, fmt: 'pct' },
    { header: w(C.shareUnanswered), width: 10, fmt: 'pct' },
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
    preparation: w(WORDS.preparation),
    ongoing: w(WORDS.ongoing),
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
      fill(C.note, lang, { ranges: checklistRanges(), count: n }),
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
