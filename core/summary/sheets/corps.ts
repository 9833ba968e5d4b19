// The summary sheet "corps".

import { BANDS, showChange } from '../figures';
import type { Shown } from '../../suppression';
import { BAND_LABELS, CORPS_WORDS as C, MISSING, SHEET_NAMES, TITLES, WORDS, fill } from '../labels';
import {
  CORPS_ROLES,
  FULL_TIME_HOURS,
  ORGANISATIONS,
  PHASES,
  SUPERVISION_MODELS,
  listLabel,
  type Label,
} from '../../spec';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { changeCell, text, num, shownCell, bandCell, staticTable, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

const CORPS_TOTALS_COL = 13;
const CORPS_DIST_COL = 18;

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const w = (l: Label): string => l[lang];
  const roleLabel = (id: 'mentor' | 'parent_coach' | 'both'): string =>
    CORPS_ROLES.find((r) => r.id === id)?.label[lang] ?? id;
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: w(C.members), width: 10, fmt: 'int' },
    { header: roleLabel('mentor'), width: 10, fmt: 'int' },
    { header: roleLabel('parent_coach'), width: 13, fmt: 'int' },
    { header: roleLabel('both'), width: 13, fmt: 'int' },
    { header: w(C.hoursPerWeek), width: 10, fmt: 'dec1' },
    {
      header: fill(C.fteOf, lang, { hours: FULL_TIME_HOURS }),
      width: 11,
      fmt: 'dec1',
    },
    { header: w(C.activeCases), width: 10, fmt: 'int' },
    { header: w(WORDS.participantsPerFte), width: 12, fmt: 'dec1' },
    {
      header: w(C.band),
      width: 12,
      fmt: 'text',
      align: 'center',
    },
    { header: w(WORDS.supervisionModel), width: 34, fmt: 'text', wrap: true },
    { header: w(WORDS.organisation), width: 28, fmt: 'text', wrap: true },
  ];
  const rows = ctx.submitted.map((e): Row => {
    const f = e.figures;
    const plan = e.stored?.plan;
    const anchor = anchorOf('corps', e.code);
    if (!f || !plan) return { anchor, cells: [text(e.name)] };
    return {
      anchor,
      cells: [
        text(e.name),
        num(f.corpsSize),
        num(f.byRole.mentor),
        num(f.byRole.parent_coach),
        num(f.byRole.both),
        num(f.hoursPerWeek),
        num(f.fte),
        shownCell(f.activeCases, config, lang),
        shownCell(f.perFte, config, lang, 1),
        bandCell(f.band, config, lang),
        text(plan.supervisionModel ? listLabel('supervisionModel', plan.supervisionModel, lang) : undefined),
        text(plan.organisation ? listLabel('organisation', plan.organisation, lang) : undefined),
      ],
    };
  });
  const prev = ctx.prevTotals;
  const hasPrevious = ctx.prevSelection.used.size > 0;
  const exactRow = (label: string, now: number, before: number, fmt: 'int' | 'dec1'): Row => ({
    cells: [
      text(label),
      num(now, fmt),
      hasPrevious ? num(before, fmt) : null,
      hasPrevious ? num(now - before, fmt === 'int' ? 'intDelta' : 'dec1Delta') : null,
    ],
  });
  const shownRow = (label: string, now: Shown, before: Shown, decimals: number): Row => {
    const change = showChange(now, before, config);
    return {
      cells: [
        text(label),
        shownCell(now, config, lang, decimals),
        hasPrevious ? shownCell(before, config, lang, decimals) : null,
        hasPrevious ? changeCell(change, lang, decimals) : null,
      ],
    };
  };
  const totalRows: Row[] = [
    exactRow(w(C.submitted), totals.submitted, prev.submitted, 'int'),
    exactRow(w(C.membersInAll), totals.corpsSize, prev.corpsSize, 'int'),
    exactRow(roleLabel('mentor'), totals.byRole.mentor, prev.byRole.mentor, 'int'),
    exactRow(roleLabel('parent_coach'), totals.byRole.parent_coach, prev.byRole.parent_coach, 'int'),
    exactRow(roleLabel('both'), totals.byRole.both, prev.byRole.both, 'int'),
    exactRow(w(C.fteInAll), totals.fte, prev.fte, 'dec1'),
    shownRow(w(C.activeCasesInAll), totals.activeCases, prev.activeCases, 0),
    shownRow(w(C.perFteCorps), totals.perFte, prev.perFte, 1),
  ];
  const distRows: Row[] = [];
  const dist = (group: string, label: string, count: number, tone?: 'muted'): void => {
    distRows.push({ cells: [text(group), text(label), num(count)], ...(tone ? { tone } : {}) });
  };
  const bandGroup = w(WORDS.participantsPerFte);
  for (const b of BANDS) dist(bandGroup, BAND_LABELS[b.id][lang], totals.bands[b.id]);
  dist(bandGroup, fill(WORDS.hiddenCases, lang, { marker: config.marker }), totals.bands.hidden, 'muted');
  dist(bandGroup, w(WORDS.unknownNoHours), totals.bands.none, 'muted');
  const plans = ctx.submitted.flatMap((e) => (e.stored ? [e.stored.plan] : []));
  const supGroup = w(WORDS.supervisionModel);
  for (const m of SUPERVISION_MODELS)
    dist(supGroup, m.label[lang], plans.filter((p) => p.supervisionModel === m.id).length);
  dist(supGroup, w(WORDS.notGiven), plans.filter((p) => !p.supervisionModel).length, 'muted');
  const orgGroup = w(WORDS.organisation);
  for (const o of ORGANISATIONS)
    dist(orgGroup, o.label[lang], plans.filter((p) => p.organisation === o.id).length);
  dist(orgGroup, w(WORDS.notGiven), plans.filter((p) => !p.organisation).length, 'muted');
  const phaseGroup = w(WORDS.phase);
  for (const p of PHASES) dist(phaseGroup, p.label[lang], totals.byPhase[p.id]);
  dist(phaseGroup, MISSING[lang], totals.missing, 'muted');

  return sheet(
    ctx,
    corps,
    [
      staticTable('Korps_Kommuner', HEADER_ROW, 0, columns, rows),
      staticTable(
        'Korps_I_alt',
        HEADER_ROW,
        CORPS_TOTALS_COL,
        [
          { header: w(WORDS.keyFigure), width: 30, fmt: 'text' },
          { header: w(C.theCorps), width: 12, fmt: 'general' },
          {
            header: fill(WORDS.previousPeriodOf, lang, { period: ctx.prevPeriod }),
            width: 12,
            fmt: 'general',
          },
          { header: w(WORDS.change), width: 17, fmt: 'general' },
        ],
        totalRows,
      ),
      staticTable(
        'Korps_Fordeling',
        HEADER_ROW,
        CORPS_DIST_COL,
        [
          { header: w(C.distribution), width: 22, fmt: 'text' },
          { header: w(C.value), width: 36, fmt: 'text', wrap: true },
          { header: w(WORDS.municipalities), width: 11, fmt: 'int' },
        ],
        distRows,
      ),
    ],
    {
      freezeCols: 1,
      headerHeight: 48,
      extraWidths: { 12: 3, 17: 3 },
      note: fill(C.note, lang, { below: config.threshold - 1, marker: config.marker }),
    },
  );
}

export const corps: SheetModule = {
  key: 'corps',
  name: SHEET_NAMES.corps,
  title: TITLES.corps,
  build,
};
