// The summary sheet "corps".

import { BANDS, showChange } from '../figures';
import type { Shown } from '../../suppression';
import { BAND_LABELS, MISSING, SHEET_NAMES, TITLES } from '../labels';
import {
  CORPS_ROLES,
  FULL_TIME_HOURS,
  ORGANISATIONS,
  PHASES,
  SUPERVISION_MODELS,
  listLabel,
} from '../../spec';
import { HEADER_ROW, L, type Context, type SheetModule } from '../context';
import { changeCell, text, num, shownCell, bandCell, staticTable, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

const CORPS_TOTALS_COL = 13;
const CORPS_DIST_COL = 18;

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const roleLabel = (id: 'mentor' | 'parent_coach' | 'both'): string =>
    CORPS_ROLES.find((r) => r.id === id)?.label[lang] ?? id;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Medlemmer', 'Members'), width: 10, fmt: 'int' },
    { header: roleLabel('mentor'), width: 10, fmt: 'int' },
    { header: roleLabel('parent_coach'), width: 13, fmt: 'int' },
    { header: roleLabel('both'), width: 13, fmt: 'int' },
    { header: L(lang, 'Timer pr. uge', 'Hours per week'), width: 10, fmt: 'dec1' },
    {
      header: L(lang, `Årsværk (timer/${FULL_TIME_HOURS})`, `Full-time posts (hours/${FULL_TIME_HOURS})`),
      width: 11,
      fmt: 'dec1',
    },
    { header: L(lang, 'Aktive forløb', 'Active cases'), width: 10, fmt: 'int' },
    { header: L(lang, 'Deltagere pr. årsværk', 'Participants per full-time post'), width: 12, fmt: 'dec1' },
    {
      header: L(lang, 'Interval (004 Tabel 24)', 'Band (004 Table 24)'),
      width: 12,
      fmt: 'text',
      align: 'center',
    },
    { header: L(lang, 'Supervisionsmodel', 'Supervision model'), width: 34, fmt: 'text', wrap: true },
    {
      header: L(lang, 'Organisatorisk forankring', 'Organisational anchoring'),
      width: 28,
      fmt: 'text',
      wrap: true,
    },
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
    exactRow(
      L(lang, 'Kommuner, der har indsendt', 'Municipalities that submitted'),
      totals.submitted,
      prev.submitted,
      'int',
    ),
    exactRow(L(lang, 'Medlemmer i alt', 'Members in all'), totals.corpsSize, prev.corpsSize, 'int'),
    exactRow(roleLabel('mentor'), totals.byRole.mentor, prev.byRole.mentor, 'int'),
    exactRow(roleLabel('parent_coach'), totals.byRole.parent_coach, prev.byRole.parent_coach, 'int'),
    exactRow(roleLabel('both'), totals.byRole.both, prev.byRole.both, 'int'),
    exactRow(L(lang, 'Årsværk i alt', 'Full-time posts in all'), totals.fte, prev.fte, 'dec1'),
    shownRow(L(lang, 'Aktive forløb i alt', 'Active cases in all'), totals.activeCases, prev.activeCases, 0),
    shownRow(
      L(lang, 'Deltagere pr. årsværk (korpset)', 'Participants per full-time post (corps)'),
      totals.perFte,
      prev.perFte,
      1,
    ),
  ];
  const distRows: Row[] = [];
  const dist = (group: string, label: string, count: number, tone?: 'muted'): void => {
    distRows.push({ cells: [text(group), text(label), num(count)], ...(tone ? { tone } : {}) });
  };
  const bandGroup = L(lang, 'Deltagere pr. årsværk', 'Participants per full-time post');
  for (const b of BANDS) dist(bandGroup, BAND_LABELS[b.id][lang], totals.bands[b.id]);
  dist(
    bandGroup,
    L(lang, `Skjult (${config.marker} forløb)`, `Hidden (${config.marker} cases)`),
    totals.bands.hidden,
    'muted',
  );
  dist(bandGroup, L(lang, 'Ukendt (ingen timer)', 'Unknown (no hours)'), totals.bands.none, 'muted');
  const plans = ctx.submitted.flatMap((e) => (e.stored ? [e.stored.plan] : []));
  const supGroup = L(lang, 'Supervisionsmodel', 'Supervision model');
  for (const m of SUPERVISION_MODELS)
    dist(supGroup, m.label[lang], plans.filter((p) => p.supervisionModel === m.id).length);
  dist(
    supGroup,
    L(lang, 'Ikke angivet', 'Not given'),
    plans.filter((p) => !p.supervisionModel).length,
    'muted',
  );
  const orgGroup = L(lang, 'Organisatorisk forankring', 'Organisational anchoring');
  for (const o of ORGANISATIONS)
    dist(orgGroup, o.label[lang], plans.filter((p) => p.organisation === o.id).length);
  dist(orgGroup, L(lang, 'Ikke angivet', 'Not given'), plans.filter((p) => !p.organisation).length, 'muted');
  const phaseGroup = L(lang, 'Fase', 'Phase');
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
          { header: L(lang, 'Nøgletal', 'Key figure'), width: 30, fmt: 'text' },
          { header: L(lang, 'Korpset', 'The corps'), width: 12, fmt: 'general' },
          {
            header: L(lang, `Forrige periode (${ctx.prevPeriod})`, `Previous period (${ctx.prevPeriod})`),
            width: 12,
            fmt: 'general',
          },
          { header: L(lang, 'Ændring', 'Change'), width: 17, fmt: 'general' },
        ],
        totalRows,
      ),
      staticTable(
        'Korps_Fordeling',
        HEADER_ROW,
        CORPS_DIST_COL,
        [
          { header: L(lang, 'Fordeling', 'Distribution'), width: 22, fmt: 'text' },
          { header: L(lang, 'Værdi', 'Value'), width: 36, fmt: 'text', wrap: true },
          { header: L(lang, 'Kommuner', 'Municipalities'), width: 11, fmt: 'int' },
        ],
        distRows,
      ),
    ],
    {
      freezeCols: 1,
      headerHeight: 48,
      extraWidths: { 12: 3, 17: 3 },
      note: L(
        lang,
        `aktive forløb er tal om borgere: 1–${config.threshold - 1} vises som "${config.marker}"`,
        `active cases are figures about citizens: 1–${config.threshold - 1} are shown as "${config.marker}"`,
      ),
    },
  );
}

export const corps: SheetModule = {
  key: 'corps',
  name: SHEET_NAMES.corps,
  title: TITLES.corps,
  build,
};
