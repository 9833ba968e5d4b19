// Builds the corps summary workbook as pure data (core/summary/sheet.ts) from canonical plans: the
// latest submission of every municipality for a period, the roster, and the previous period's
// plans. Never reads an original workbook.

import type { StoredPlan } from '../receipt';
import type { Roster } from '../roster';
import { expectedMunicipalities } from '../roster';
import { STATE_LABELS, type Round, type StatusRow } from '../rounds';
import type { Activity } from '../schema';
import {
  CHECKLIST,
  CHECKLIST_GROUPS,
  CORPS_ROLES,
  FULL_TIME_HOURS,
  INDICATORS,
  ORGANISATIONS,
  PHASES,
  STATUSES,
  SUPERVISION_MODELS,
  TEMPLATE_VERSION,
  THEMES,
  listLabel,
  type Label,
  type Lang,
  type Phase,
} from '../spec';
import { SUPPRESSION, describeSuppression, type Shown, type SuppressionConfig } from '../suppression';
import {
  BANDS,
  DISTRIBUTION_BINS,
  READINESS_GREEN,
  READINESS_YELLOW,
  addDays,
  computeFigures,
  computeTotals,
  danishDay,
  daysBetween,
  isLate,
  municipalityOf,
  periodEnd,
  previousPeriod,
  selectLatest,
  type CorpsTotals,
  type Entry,
  type Figures,
  type Selection,
  type ShownBand,
} from './figures';
import {
  BAND_LABELS,
  BIN_LABELS,
  MISSING,
  OWN_REASONS,
  SHEET_NAMES,
  SHEET_ORDER,
  TITLES,
  WARNING_TEXTS,
  countText,
  formatDay,
  formatInstant,
  formatNumber,
  type SheetKey,
} from './labels';
import {
  uniqueHeaders,
  type Cell,
  type Chart,
  type Column,
  type Fmt,
  type Row,
  type Sheet,
  type SummaryWorkbook,
  type Table,
  type Tone,
} from './sheet';

export interface SummaryInput {
  /** The reporting period, e.g. "2026-H2". */
  readonly period: string;
  /** Stored submissions; the newest per municipality for `period` is used, the rest listed as not used. */
  readonly plans: readonly StoredPlan[];
  /** The previous period's submissions, for "Udvikling" (change since the previous period). */
  readonly previous?: readonly StoredPlan[];
  /** Municipalities expected to submit; without a roster all 98 are expected. */
  readonly roster?: Roster;
  /** When the summary is made (shown in "Om data"; the default day for lateness). */
  readonly generatedAt: Date;
  readonly lang: Lang;
  /** The day lateness is judged against (YYYY-MM-DD); default the day of `generatedAt` in Denmark. */
  readonly today?: string;
  /** Small-number suppression; default SUPPRESSION (threshold 5). */
  readonly suppression?: SuppressionConfig;
  /** The period's reporting round and its status list, when a round is open (issue 12). */
  readonly round?: {
    readonly round: Pick<Round, 'period' | 'deadline' | 'closed'>;
    readonly rows: readonly StatusRow[];
  };
  /** Which submissions `plans` holds: the latest of each municipality (default) or approved ones only. */
  readonly basis?: 'latest' | 'approved';
}

export interface SummaryModel {
  readonly workbook: SummaryWorkbook;
  readonly entries: readonly Entry[];
  readonly selection: Selection;
  readonly previousPeriod: string;
  readonly previousSelection: Selection;
  readonly totals: CorpsTotals;
  readonly today: string;
}

/** The header row of every table sheet (0-based): title in row 1, a line of context in row 2. */
export const HEADER_ROW = 3;
const FIRST_DATA_ROW = HEADER_ROW + 1;

const PALETTE = {
  navy: '1F4E79',
  blue: '2E75B6',
  sky: '9DC3E6',
  green: '70AD47',
  amber: 'FFC000',
  red: 'C00000',
  grey: 'A5A5A5',
  dark: '595959',
} as const;

function L(lang: Lang, da: string, en: string): string {
  return lang === 'da' ? da : en;
}

// --- Cell helpers ---------------------------------------------------------------------------

const text = (s: string | undefined, tone?: Tone): Cell =>
  s === undefined || s === '' ? null : tone ? { s, tone } : { s };
const num = (n: number | undefined, fmt?: Fmt): Cell =>
  n === undefined || !Number.isFinite(n) ? null : fmt ? { n, fmt } : { n };
const date = (iso: string | undefined): Cell => (iso ? { date: iso } : null);

function shownCell(shown: Shown, config: SuppressionConfig, lang: Lang, decimals = 0): Cell {
  switch (shown.kind) {
    case 'none':
      return null;
    case 'exact':
      return decimals > 0 ? { n: shown.value, fmt: 'dec1' } : { n: shown.value, fmt: 'int' };
    case 'hidden':
      return { s: config.marker, tone: 'hidden' };
    case 'interval':
      return {
        s: `${formatNumber(shown.lo, decimals, lang)}–${formatNumber(shown.hi, decimals, lang)}`,
        tone: 'hidden',
      };
  }
}

function bandCell(band: ShownBand, config: SuppressionConfig, lang: Lang): Cell {
  switch (band.kind) {
    case 'band':
      return { s: BAND_LABELS[band.band][lang] };
    case 'hidden':
      return { s: config.marker, tone: 'hidden' };
    case 'none':
      return null;
  }
}

function table(
  name: string,
  row: number,
  col: number,
  columns: readonly Column[],
  rowCount: number,
  rows: () => Iterable<Row>,
): Table {
  const headers = uniqueHeaders(columns.map((c) => c.header));
  return {
    name,
    row,
    col,
    columns: columns.map((c, i) => ({ ...c, header: headers[i] ?? c.header })),
    rowCount,
    rows,
  };
}

function staticTable(
  name: string,
  row: number,
  col: number,
  columns: readonly Column[],
  rows: readonly Row[],
): Table {
  return table(name, row, col, columns, rows.length, () => rows);
}

// --- Building -------------------------------------------------------------------------------

interface Context {
  readonly input: SummaryInput;
  readonly lang: Lang;
  readonly config: SuppressionConfig;
  readonly today: string;
  readonly entries: readonly Entry[];
  readonly submitted: readonly Entry[];
  readonly totals: CorpsTotals;
  readonly selection: Selection;
  readonly prevPeriod: string;
  readonly prevSelection: Selection;
  readonly prevOnly: readonly Entry[];
  /** Row (0-based, on its sheet) of each municipality's first activity / corps row / indicator row. */
  readonly activityRow: ReadonlyMap<string, number>;
  readonly corpsRow: ReadonlyMap<string, number>;
  readonly indicatorRow: ReadonlyMap<string, number>;
  /** Column (0-based) of each municipality in the checklist table. */
  readonly checklistCol: ReadonlyMap<string, number>;
}

// One collator for Danish order (Æ, Ø, Å last; "Aa" as Å): made once, it sorts fast.
const DANISH = new Intl.Collator('da');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { name: string; code: string }, b: { name: string; code: string }): number =>
  DANISH.compare(a.name, b.name) || cmp(a.code, b.code);

function phaseLabel(phase: Phase, lang: Lang): string {
  return listLabel('phase', phase, lang);
}

function warningsText(figures: Figures, lang: Lang): string {
  return figures.warnings.map((w) => countText(WARNING_TEXTS[w.code], w.count, lang)).join(' · ');
}

function sortedActivities(activities: readonly Activity[]): Activity[] {
  return [...activities].sort(
    (a, b) => cmp(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') || a.source.row - b.source.row,
  );
}

function subtitle(ctx: Context, extra?: string): string {
  const { lang, totals } = ctx;
  const parts = [
    L(lang, `Periode ${ctx.input.period}`, `Period ${ctx.input.period}`),
    L(
      lang,
      `${totals.submitted} af ${totals.expected} forventede kommuner har indsendt, ${totals.missing} mangler`,
      `${totals.submitted} of ${totals.expected} expected municipalities have submitted, ${totals.missing} missing`,
    ),
    L(
      lang,
      `forsinket vurderet pr. ${formatDay(ctx.today, lang)}`,
      `late as of ${formatDay(ctx.today, lang)}`,
    ),
    L(
      lang,
      `dannet ${formatInstant(ctx.input.generatedAt, lang)}`,
      `made ${formatInstant(ctx.input.generatedAt, lang)}`,
    ),
  ];
  if (extra) parts.push(extra);
  return parts.join(' · ');
}

function sheet(
  ctx: Context,
  key: SheetKey,
  tables: Table[],
  options: Partial<
    Pick<
      Sheet,
      | 'freezeCols'
      | 'freezeRows'
      | 'headerHeight'
      | 'conditional'
      | 'charts'
      | 'extraWidths'
      | 'landscape'
      | 'printFit'
      | 'printRepeatCols'
    >
  > & {
    readonly note?: string;
  } = {},
): Sheet {
  return {
    key,
    name: SHEET_NAMES[key][ctx.lang],
    title: `${TITLES[key][ctx.lang]} – ${ctx.input.period}`,
    subtitle: subtitle(ctx, options.note),
    freezeRows: options.freezeRows ?? HEADER_ROW + 1,
    freezeCols: options.freezeCols ?? 1,
    headerHeight: options.headerHeight ?? 45,
    tables,
    conditional: options.conditional ?? [],
    charts: options.charts ?? [],
    landscape: options.landscape ?? true,
    ...(options.printFit === false ? { printFit: false } : {}),
    ...(options.printRepeatCols ? { printRepeatCols: options.printRepeatCols } : {}),
    ...(options.extraWidths ? { extraWidths: options.extraWidths } : {}),
  };
}

// --- Overblik --------------------------------------------------------------------------------------

/** The round's columns on the overview (none without a round): state, on time, reviewed by, when. */
function roundColumns(ctx: Context): Column[] {
  if (!ctx.input.round) return [];
  const { lang } = ctx;
  return [
    { header: L(lang, 'Status i runden', 'State in the round'), width: 14, fmt: 'text' },
    { header: L(lang, 'Til tiden', 'On time'), width: 10, fmt: 'text' },
    { header: L(lang, 'Vurderet af', 'Reviewed by'), width: 18, fmt: 'text' },
    { header: L(lang, 'Vurderet', 'Reviewed'), width: 16, fmt: 'datetime' },
  ];
}

function roundCells(ctx: Context, code: string): Cell[] {
  const round = ctx.input.round;
  if (!round) return [];
  const { lang } = ctx;
  const row = round.rows.find((r) => r.municipality === code);
  if (!row) return [{ s: L(lang, 'ikke i runden', 'not in the round') }, null, null, null];
  const tone: Tone | undefined =
    row.state === 'mangler' || row.state === 'sendt_tilbage'
      ? 'alert'
      : row.state === 'godkendt'
        ? 'yes'
        : undefined;
  return [
    { s: STATE_LABELS[row.state][lang], ...(tone ? { tone } : {}) },
    row.state === 'mangler'
      ? null
      : row.late
        ? { s: L(lang, 'For sent', 'Late'), tone: 'alert' }
        : text(L(lang, 'Ja', 'Yes')),
    row.review ? text(row.review.by.name ?? ROLE_WORDS[row.review.by.role][lang]) : null,
    row.review ? { instant: row.review.at } : null,
  ];
}

const ROLE_WORDS: Record<'coordinator' | 'leader' | 'admin', Record<Lang, string>> = {
  coordinator: { da: 'koordinator', en: 'coordinator' },
  leader: { da: 'ledelse', en: 'leader' },
  admin: { da: 'administrator', en: 'administrator' },
};

function overviewSheet(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 18, fmt: 'text' },
    { header: 'Region', width: 12, fmt: 'text' },
    { header: L(lang, 'Fase', 'Phase'), width: 24, fmt: 'text' },
    { header: L(lang, 'Sidst indsendt', 'Last submitted'), width: 16, fmt: 'datetime' },
    ...roundColumns(ctx),
    { header: L(lang, 'Parathed forberedelse', 'Readiness preparation'), width: 13, fmt: 'pct' },
    { header: L(lang, 'Parathed løbende', 'Readiness ongoing'), width: 13, fmt: 'pct' },
    { header: L(lang, 'Ubesvarede spørgsmål', 'Unanswered questions'), width: 11, fmt: 'int' },
    { header: L(lang, 'Aktiviteter', 'Activities'), width: 11, fmt: 'int' },
    ...STATUSES.map((s): Column => ({ header: s.label[lang], width: 11, fmt: 'int' })),
    { header: L(lang, 'Forsinkede', 'Late'), width: 11, fmt: 'int' },
    { header: L(lang, 'Temaer dækket (af 8)', 'Themes covered (of 8)'), width: 11, fmt: 'themes' },
    { header: L(lang, 'Korps (antal)', 'Corps (number)'), width: 9, fmt: 'int' },
    { header: L(lang, 'Årsværk', 'Full-time posts'), width: 9, fmt: 'dec1' },
    {
      header: L(lang, 'Deltagere pr. årsværk', 'Participants per full-time post'),
      width: 13,
      fmt: 'text',
      align: 'center',
    },
    { header: L(lang, 'Advarsler', 'Warnings'), width: 60, fmt: 'text', wrap: true },
    { header: L(lang, 'Til aktiviteter', 'To activities'), width: 14, fmt: 'text' },
    { header: L(lang, 'Til tjekliste', 'To checklist'), width: 12, fmt: 'text' },
    { header: L(lang, 'Til korps', 'To corps'), width: 10, fmt: 'text' },
    { header: L(lang, 'Til indikatorer', 'To indicators'), width: 13, fmt: 'text' },
  ];
  const blanks = (n: number): Cell[] => Array.from({ length: n }, () => null);
  const shift = roundColumns(ctx).length;
  const rows = ctx.entries.map((e): Row => {
    const f = e.figures;
    const stored = e.stored;
    if (!f || !stored) {
      return {
        tone: 'missing',
        cells: [
          text(e.name),
          text(e.region),
          null,
          { s: MISSING[lang], tone: 'alert' },
          ...roundCells(ctx, e.code),
          ...blanks(columns.length - 4 - shift),
        ],
      };
    }
    const link = (label: string, to: { sheet: SheetKey; row: number; col: number } | undefined): Cell =>
      to ? { link: `${label} ›`, to } : null;
    const aRow = ctx.activityRow.get(e.code);
    const cCol = ctx.checklistCol.get(e.code);
    const kRow = ctx.corpsRow.get(e.code);
    const iRow = ctx.indicatorRow.get(e.code);
    return {
      cells: [
        text(e.name),
        text(e.region),
        text(phaseLabel(f.phase, lang)),
        { instant: stored.receipt.receivedAt },
        ...roundCells(ctx, e.code),
        num(f.readiness.preparation),
        num(f.readiness.ongoing),
        num(f.answers.unanswered),
        num(f.activities),
        ...STATUSES.map((s) => num(f.byStatus[s.id])),
        num(f.late),
        num(f.themesCovered),
        num(f.corpsSize),
        num(f.fte),
        bandCell(f.band, config, lang),
        text(warningsText(f, lang)),
        link(
          L(lang, 'Aktiviteter', 'Activities'),
          aRow === undefined ? undefined : { sheet: 'activities', row: aRow, col: 0 },
        ),
        link(
          L(lang, 'Tjekliste', 'Checklist'),
          cCol === undefined ? undefined : { sheet: 'checklists', row: HEADER_ROW, col: cCol },
        ),
        link(
          L(lang, 'Korps', 'Corps'),
          kRow === undefined ? undefined : { sheet: 'corps', row: kRow, col: 0 },
        ),
        link(
          L(lang, 'Indikatorer', 'Indicators'),
          iRow === undefined ? undefined : { sheet: 'indicators', row: iRow, col: INDICATOR_MATRIX_COL },
        ),
      ],
    };
  });
  const lateCol = 8 + shift + STATUSES.length;
  return sheet(ctx, 'overview', [staticTable('Overblik', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    conditional: [
      { kind: 'traffic', table: 0, column: 4 + shift },
      { kind: 'traffic', table: 0, column: 5 + shift },
      { kind: 'dataBar', table: 0, column: 7 + shift, color: PALETTE.sky },
      { kind: 'positiveBad', table: 0, column: lateCol },
      { kind: 'dataBar', table: 0, column: lateCol + 3, color: PALETTE.sky },
    ],
    note: L(
      lang,
      `parathed: Ja = 1, Delvist = ½, Nej og ubesvaret = 0; grøn fra ${READINESS_GREEN * 100} %, gul fra ${READINESS_YELLOW * 100} %`,
      `readiness: Yes = 1, Partly = ½, No and unanswered = 0; green from ${READINESS_GREEN * 100}%, yellow from ${READINESS_YELLOW * 100}%`,
    ),
  });
}

// --- Diagrammer ------------------------------------------------------------------------------------

const CHART_COL = 9;
const CHART_COLS = 11;

function chartsSheet(ctx: Context): Sheet {
  const { lang, totals, config } = ctx;
  const tables: Table[] = [];
  const charts: Chart[] = [];
  let row = HEADER_ROW;
  const place = (t: (row: number) => Table, chart: (index: number, row: number) => Chart): void => {
    const tbl = t(row);
    tables.push(tbl);
    const c = chart(tables.length - 1, row);
    charts.push(c);
    row += Math.max(tbl.rowCount + 3, c.anchor.rows + 2);
  };

  // 1. Phases
  const phaseRows: Row[] = [
    ...PHASES.map((p): Row => ({ cells: [text(p.label[lang]), num(totals.byPhase[p.id])] })),
    { cells: [text(L(lang, 'Mangler', 'Missing')), num(totals.missing)], tone: 'muted' },
  ];
  place(
    (r) =>
      staticTable(
        'Diagram_Faser',
        r,
        0,
        [
          { header: L(lang, 'Fase', 'Phase'), width: 30, fmt: 'text' },
          { header: L(lang, 'Kommuner', 'Municipalities'), width: 12, fmt: 'int' },
        ],
        phaseRows,
      ),
    (i, r) => ({
      kind: 'column',
      stacked: false,
      title: L(lang, 'Kommuner pr. fase', 'Municipalities by phase'),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      colors: [PALETTE.navy],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 16 },
    }),
  );

  // 2. Activity status per theme
  const statusRows = THEMES.map((th): Row => {
    const s = totals.statusByTheme[th.id];
    return { cells: [text(th.label[lang]), ...STATUSES.map((st) => num(s[st.id])), num(s.late)] };
  });
  place(
    (r) =>
      staticTable(
        'Diagram_Status',
        r,
        0,
        [
          { header: L(lang, 'Indsatsområde', 'Focus area'), width: 30, fmt: 'text' },
          ...STATUSES.map((st): Column => ({ header: st.label[lang], width: 12, fmt: 'int' })),
          { header: L(lang, 'Heraf forsinkede', 'Of which late'), width: 12, fmt: 'int' },
        ],
        statusRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: true,
      title: L(lang, 'Aktiviteternes status pr. indsatsområde', 'Activity status by focus area'),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1, 2, 3, 4, 5],
      colors: [PALETTE.grey, PALETTE.blue, PALETTE.green, PALETTE.amber, PALETTE.dark],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 20 },
    }),
  );

  // 3. Participants per full-time post
  const bandRows: Row[] = [
    ...BANDS.map((b): Row => ({ cells: [text(BAND_LABELS[b.id][lang]), num(totals.bands[b.id])] })),
    {
      cells: [
        text(L(lang, `Skjult (${config.marker} forløb)`, `Hidden (${config.marker} cases)`)),
        num(totals.bands.hidden),
      ],
      tone: 'muted',
    },
    {
      cells: [text(L(lang, 'Ukendt (ingen timer)', 'Unknown (no hours)')), num(totals.bands.none)],
      tone: 'muted',
    },
  ];
  place(
    (r) =>
      staticTable(
        'Diagram_Deltagere',
        r,
        0,
        [
          {
            header: L(lang, 'Deltagere pr. årsværk', 'Participants per full-time post'),
            width: 30,
            fmt: 'text',
          },
          { header: L(lang, 'Kommuner', 'Municipalities'), width: 12, fmt: 'int' },
        ],
        bandRows,
      ),
    (i, r) => ({
      kind: 'column',
      stacked: false,
      title: L(
        lang,
        'Kommuner efter deltagere pr. årsværk (004 Tabel 24)',
        'Municipalities by participants per full-time post',
      ),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      rowLimit: BANDS.length,
      colors: [PALETTE.blue],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 16 },
    }),
  );

  // 4. Indicator totals: only exactly shown values are plotted; hidden ones are named in the label.
  const indicatorRows = INDICATORS.map((ind, k): Row => {
    const tot = totals.indicators[k];
    const hidden = tot?.hidden ?? 0;
    const label =
      hidden > 0
        ? L(
            lang,
            `${ind.label.da} (+${hidden} × ${config.marker})`,
            `${ind.label.en} (+${hidden} × ${config.marker})`,
          )
        : ind.label[lang];
    return { cells: [text(label), num(tot && tot.reporting > 0 ? tot.shownSum : undefined)] };
  });
  place(
    (r) =>
      staticTable(
        'Diagram_Indikatorer',
        r,
        0,
        [
          { header: L(lang, 'Indikator', 'Indicator'), width: 30, fmt: 'text', wrap: true },
          { header: L(lang, 'Sum af viste tal', 'Sum of shown figures'), width: 12, fmt: 'int' },
        ],
        indicatorRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: false,
      title: L(
        lang,
        'Indikatorer i alt (kun viste tal; skjulte <5 indgår ikke)',
        'Indicator totals (shown figures only; hidden <5 left out)',
      ),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      colors: [PALETTE.navy],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 20 },
    }),
  );

  // 5. Readiness per municipality (the tallest, last)
  const readinessRows = ctx.submitted.map((e): Row => ({
    cells: [text(e.name), num(e.figures?.readiness.preparation), num(e.figures?.readiness.ongoing)],
  }));
  place(
    (r) =>
      staticTable(
        'Diagram_Parathed',
        r,
        0,
        [
          { header: L(lang, 'Kommune', 'Municipality'), width: 30, fmt: 'text' },
          { header: L(lang, 'Forberedelse', 'Preparation'), width: 12, fmt: 'pct' },
          { header: L(lang, 'Løbende', 'Ongoing'), width: 12, fmt: 'pct' },
        ],
        readinessRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: false,
      title: L(lang, 'Parathed pr. kommune (huskelisterne)', 'Readiness per municipality (the checklists)'),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1, 2],
      colors: [PALETTE.navy, PALETTE.sky],
      percent: true,
      anchor: {
        col: CHART_COL,
        row: r,
        cols: CHART_COLS,
        rows: Math.max(18, Math.ceil(readinessRows.length * 1.1) + 4),
      },
    }),
  );

  return sheet(ctx, 'charts', tables, {
    freezeRows: HEADER_ROW,
    freezeCols: 0,
    headerHeight: 30,
    charts,
    landscape: false,
    extraWidths: Object.fromEntries(Array.from({ length: 2 }, (_, i) => [7 + i, 3])),
  });
}

// --- Tjeklister --------------------------------------------------------------------------------------

const CHECKLIST_FIXED = 7;

function checklistsSheet(ctx: Context): Sheet {
  const { lang } = ctx;
  const n = ctx.submitted.length;
  const answerTexts = {
    yes: { s: L(lang, 'Ja', 'Yes'), tone: 'yes' },
    partly: { s: L(lang, 'Delvist', 'Partly'), tone: 'partly' },
    no: { s: L(lang, 'Nej', 'No'), tone: 'no' },
    unanswered: { s: '–', tone: 'unanswered' },
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
    const answers = ctx.submitted.map(
      (e) => e.stored?.plan.checklist.find((c) => c.id === q.id)?.answer ?? 'unanswered',
    );
    const share = (a: string): Cell => (n > 0 ? num(answers.filter((x) => x === a).length / n) : null);
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
  return sheet(ctx, 'checklists', [staticTable('Tjeklister', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 3,
    headerHeight: 110,
    printFit: false,
    printRepeatCols: 3,
    note: L(
      lang,
      `${CHECKLIST_GROUPS.preparation.da} (F1–F7) og ${CHECKLIST_GROUPS.ongoing.da.toLowerCase()} (L1–L8); andele af ${n} indsendte planer`,
      `${CHECKLIST_GROUPS.preparation.en} (F1–F7) and ${CHECKLIST_GROUPS.ongoing.en.toLowerCase()} (L1–L8); shares of ${n} submitted plans`,
    ),
  });
}

// --- Aktiviteter -------------------------------------------------------------------------------------

function activitiesSheet(ctx: Context): Sheet {
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
      for (const a of sortedActivities(e.stored?.plan.activities ?? [])) {
        const late = isLate(a, today);
        yield {
          ...(late ? { tone: 'late' as const } : {}),
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
      }
    }
  }
  return sheet(ctx, 'activities', [table('Aktiviteter', HEADER_ROW, 0, columns, count, rows)], {
    freezeCols: 1,
    note: L(
      lang,
      `${count} aktiviteter; forsinkede er markeret med rødt`,
      `${count} activities; late ones are marked red`,
    ),
  });
}

// --- Milepæle ------------------------------------------------------------------------------------------

function milestonesSheet(ctx: Context): Sheet {
  const { lang, today } = ctx;
  const horizon = addDays(today, 90);
  const picked: { e: Entry; a: Activity }[] = [];
  for (const e of ctx.submitted) {
    for (const a of e.stored?.plan.activities ?? []) {
      if (a.deadline && a.deadline <= horizon && (a.status === 'not_started' || a.status === 'in_progress')) {
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
      const late = deadline < today;
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
  return sheet(ctx, 'milestones', [table('Milepaele', HEADER_ROW, 0, columns, picked.length, rows)], {
    freezeCols: 0,
    note: L(
      lang,
      `ikke afsluttede aktiviteter med deadline før ${formatDay(ctx.today, lang)} (overskredet) eller senest ${formatDay(horizon, lang)}; uden milepæl vises aktiviteten`,
      `open activities with a deadline before ${formatDay(ctx.today, lang)} (overdue) or by ${formatDay(horizon, lang)}; without a milestone the activity is shown`,
    ),
  });
}

// --- Indikatorer -----------------------------------------------------------------------------------------

const INDICATOR_MATRIX_COL = 13;

function indicatorsSheet(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const corpsColumns: Column[] = [
    { header: L(lang, 'Kode', 'Code'), width: 22, fmt: 'text' },
    { header: L(lang, 'Indikator', 'Indicator'), width: 40, fmt: 'text', wrap: true },
    { header: L(lang, 'Om borgere', 'About citizens'), width: 9, fmt: 'text' },
    { header: L(lang, 'Kommuner med tal', 'Municipalities reporting'), width: 11, fmt: 'int' },
    { header: L(lang, `Heraf ${config.marker}`, `Of which ${config.marker}`), width: 9, fmt: 'int' },
    { header: L(lang, 'Korpset i alt', 'Corps total'), width: 12, fmt: 'int' },
    ...DISTRIBUTION_BINS.map((b): Column => ({
      header: L(lang, `Kommuner med ${BIN_LABELS[b].da}`, `Municipalities with ${BIN_LABELS[b].en}`),
      width: 10,
      fmt: 'int',
    })),
  ];
  const corpsRows = INDICATORS.map((ind, k): Row => {
    const tot = totals.indicators[k];
    return {
      cells: [
        text(ind.code),
        text(ind.label[lang]),
        text(ind.personal ? L(lang, 'Ja', 'Yes') : L(lang, 'Nej', 'No')),
        num(tot?.reporting),
        num(tot?.hidden),
        tot ? shownCell(tot.total, config, lang) : null,
        ...DISTRIBUTION_BINS.map((b) => num(tot?.distribution[b])),
      ],
    };
  });
  const matrixColumns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    ...INDICATORS.map((ind): Column => ({ header: ind.label[lang], width: 13, fmt: 'int', wrap: true })),
  ];
  const matrixRows = ctx.submitted.map((e): Row => ({
    cells: [text(e.name), ...(e.figures?.indicators ?? []).map((v) => shownCell(v.shown, config, lang))],
  }));
  return sheet(
    ctx,
    'indicators',
    [
      staticTable('Indikatorer_Korps', HEADER_ROW, 0, corpsColumns, corpsRows),
      staticTable('Indikatorer_Kommuner', HEADER_ROW, INDICATOR_MATRIX_COL, matrixColumns, matrixRows),
    ],
    {
      freezeCols: 0,
      headerHeight: 75,
      extraWidths: { 12: 3 },
      note: L(
        lang,
        `tal om borgere fra 1 til ${config.threshold - 1} vises som "${config.marker}", og summer over dem som interval (se Om data)`,
        `figures about citizens from 1 to ${config.threshold - 1} are shown as "${config.marker}", and totals over them as ranges (see About the data)`,
      ),
    },
  );
}

function ownIndicatorsSheet(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Indikator', 'Indicator'), width: 34, fmt: 'text', wrap: true },
    { header: L(lang, 'Kode', 'Code'), width: 16, fmt: 'text' },
    { header: L(lang, 'Enhed', 'Unit'), width: 9, fmt: 'text' },
    { header: L(lang, 'Udgangspunkt', 'Baseline'), width: 12, fmt: 'general' },
    { header: L(lang, 'Mål', 'Target'), width: 10, fmt: 'general' },
    { header: L(lang, 'Resultat', 'Result'), width: 10, fmt: 'general' },
    { header: L(lang, 'Antal forløb (n)', 'Number of cases (n)'), width: 10, fmt: 'int' },
    { header: L(lang, 'Målt den', 'Measured on'), width: 11, fmt: 'date' },
    { header: L(lang, 'Bemærkning', 'Note'), width: 34, fmt: 'text', wrap: true },
  ];
  const generalCell = (s: Shown): Cell => {
    const c = shownCell(s, config, lang);
    return c && 'n' in c ? { n: c.n } : c;
  };
  const rows: Row[] = [];
  for (const e of ctx.submitted) {
    for (const o of e.figures?.ownIndicators ?? []) {
      rows.push({
        cells: [
          text(e.name),
          text(o.name),
          text(o.code),
          text(listLabel('unit', o.unit, lang)),
          generalCell(o.baseline),
          num(o.target),
          generalCell(o.result),
          shownCell(o.cases, config, lang),
          date(o.measuredOn),
          text(o.reason ? OWN_REASONS[o.reason][lang] : undefined),
        ],
      });
    }
  }
  return sheet(ctx, 'ownIndicators', [staticTable('Egne_Indikatorer', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    note: L(
      lang,
      `indikatorer uden katalogkode behandles som tal om borgere: 1–${config.threshold - 1} vises som "${config.marker}"`,
      `indicators without a catalogue code are treated as figures about citizens: 1–${config.threshold - 1} are shown as "${config.marker}"`,
    ),
  });
}

// --- Korps ----------------------------------------------------------------------------------------------

const CORPS_TOTALS_COL = 13;
const CORPS_DIST_COL = 16;

function corpsSheet(ctx: Context): Sheet {
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
    if (!f || !plan) return { cells: [text(e.name)] };
    return {
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
  const totalRows: Row[] = [
    {
      cells: [
        text(L(lang, 'Kommuner, der har indsendt', 'Municipalities that submitted')),
        num(totals.submitted, 'int'),
      ],
    },
    { cells: [text(L(lang, 'Medlemmer i alt', 'Members in all')), num(totals.corpsSize, 'int')] },
    { cells: [text(roleLabel('mentor')), num(totals.byRole.mentor, 'int')] },
    { cells: [text(roleLabel('parent_coach')), num(totals.byRole.parent_coach, 'int')] },
    { cells: [text(roleLabel('both')), num(totals.byRole.both, 'int')] },
    { cells: [text(L(lang, 'Årsværk i alt', 'Full-time posts in all')), num(totals.fte, 'dec1')] },
    {
      cells: [
        text(L(lang, 'Aktive forløb i alt', 'Active cases in all')),
        shownCell(totals.activeCases, config, lang),
      ],
    },
    {
      cells: [
        text(L(lang, 'Deltagere pr. årsværk (korpset)', 'Participants per full-time post (corps)')),
        shownCell(totals.perFte, config, lang, 1),
      ],
    },
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
    'corps',
    [
      staticTable('Korps_Kommuner', HEADER_ROW, 0, columns, rows),
      staticTable(
        'Korps_I_alt',
        HEADER_ROW,
        CORPS_TOTALS_COL,
        [
          { header: L(lang, 'Nøgletal', 'Key figure'), width: 30, fmt: 'text' },
          { header: L(lang, 'Korpset', 'The corps'), width: 12, fmt: 'general' },
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
      extraWidths: { 12: 3, 15: 3 },
      note: L(
        lang,
        `aktive forløb er tal om borgere: 1–${config.threshold - 1} vises som "${config.marker}"`,
        `active cases are figures about citizens: 1–${config.threshold - 1} are shown as "${config.marker}"`,
      ),
    },
  );
}

// --- Udvikling -----------------------------------------------------------------------------------------

function changeSheet(ctx: Context): Sheet {
  const { lang } = ctx;
  const prev = L(lang, 'forrige', 'previous');
  const now = L(lang, 'nu', 'now');
  const change = L(lang, 'ændring', 'change');
  const trio = (label: string, fmt: 'pct' | 'int', delta: 'pctDelta' | 'intDelta'): Column[] => [
    { header: `${label} (${prev})`, width: 11, fmt },
    { header: `${label} (${now})`, width: 11, fmt },
    { header: `${label} (${change})`, width: 11, fmt: delta },
  ];
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, `Fase (${prev})`, `Phase (${prev})`), width: 22, fmt: 'text' },
    { header: L(lang, `Fase (${now})`, `Phase (${now})`), width: 22, fmt: 'text' },
    { header: L(lang, 'Faseskift', 'Phase change'), width: 12, fmt: 'text' },
    ...trio(L(lang, 'Forberedelse', 'Preparation'), 'pct', 'pctDelta'),
    ...trio(L(lang, 'Løbende', 'Ongoing'), 'pct', 'pctDelta'),
    ...trio(L(lang, 'Forsinkede', 'Late'), 'int', 'intDelta'),
    ...trio(L(lang, 'Gennemførte', 'Done'), 'int', 'intDelta'),
  ];
  const phaseIndex = (p: Phase): number => PHASES.findIndex((x) => x.id === p);
  const all = [...ctx.entries, ...ctx.prevOnly].sort(byName);
  const rows = all.map((e): Row => {
    const cur = e.figures;
    const old = e.previous?.figures;
    const delta = (a: number | undefined, b: number | undefined): Cell =>
      a === undefined || b === undefined ? null : num(b - a);
    // Readiness changes in percentage points.
    const points = (a: number | undefined, b: number | undefined): Cell =>
      a === undefined || b === undefined ? null : num(Math.round((b - a) * 1000) / 10);
    let shift: string;
    if (!cur) shift = MISSING[lang];
    else if (!old) shift = L(lang, 'ny', 'new');
    else {
      const d = phaseIndex(cur.phase) - phaseIndex(old.phase);
      shift =
        d > 0
          ? L(lang, '↑ frem', '↑ forward')
          : d < 0
            ? L(lang, '↓ tilbage', '↓ back')
            : L(lang, 'uændret', 'unchanged');
    }
    return {
      ...(cur ? {} : { tone: 'missing' as const }),
      cells: [
        text(e.name),
        text(old ? phaseLabel(old.phase, lang) : undefined),
        text(cur ? phaseLabel(cur.phase, lang) : undefined),
        text(shift),
        num(old?.readiness.preparation),
        num(cur?.readiness.preparation),
        points(old?.readiness.preparation, cur?.readiness.preparation),
        num(old?.readiness.ongoing),
        num(cur?.readiness.ongoing),
        points(old?.readiness.ongoing, cur?.readiness.ongoing),
        num(old?.late),
        num(cur?.late),
        delta(old?.late, cur?.late),
        num(old?.done),
        num(cur?.done),
        delta(old?.done, cur?.done),
      ],
    };
  });
  const prevDay = prevLateDay(ctx);
  const hasPrevious = ctx.prevSelection.used.size > 0;
  return sheet(ctx, 'change', [staticTable('Udvikling', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    conditional: [
      { kind: 'signed', table: 0, column: 6, good: true },
      { kind: 'signed', table: 0, column: 9, good: true },
      { kind: 'signed', table: 0, column: 12, good: false },
      { kind: 'signed', table: 0, column: 15, good: true },
    ],
    note: hasPrevious
      ? L(
          lang,
          `forrige periode ${ctx.prevPeriod}; dens forsinkede er vurderet pr. ${formatDay(prevDay, lang)}`,
          `previous period ${ctx.prevPeriod}; its late activities judged as of ${formatDay(prevDay, lang)}`,
        )
      : L(lang, 'ingen planer fra forrige periode er givet', 'no plans from the previous period were given'),
  });
}

function prevLateDay(ctx: Pick<Context, 'prevPeriod' | 'today'>): string {
  const end = periodEnd(ctx.prevPeriod);
  return end < ctx.today ? end : ctx.today;
}

// --- Indsendelser ----------------------------------------------------------------------------------------

function submissionsSheet(ctx: Context): Sheet {
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
  return sheet(ctx, 'submissions', [staticTable('Indsendelser', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    note: L(
      lang,
      'tallene bygger på de kanoniske planer, aldrig på de oprindelige arbejdsbøger',
      'the figures come from the canonical plans, never from the original workbooks',
    ),
  });
}

// --- Om data ------------------------------------------------------------------------------------------

function aboutSheet(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const rows: Row[] = [];
  const add = (topic: string, explanation: string): void => {
    rows.push({ cells: [text(topic), text(explanation)] });
  };
  add(L(lang, 'Periode', 'Period'), ctx.input.period);
  add(L(lang, 'Dannet', 'Made'), formatInstant(ctx.input.generatedAt, lang));
  add(
    L(lang, 'Forsinket vurderet pr.', 'Late judged as of'),
    L(
      lang,
      `${formatDay(ctx.today, lang)}. En aktivitet er forsinket, når dens deadline ligger før denne dag, og den hverken er gennemført, ændret eller lukket.`,
      `${formatDay(ctx.today, lang)}. An activity is late when its deadline is before this day and it is neither done, changed nor closed.`,
    ),
  );
  add(
    L(lang, 'Kilde', 'Source'),
    ctx.input.basis === 'approved'
      ? L(
          lang,
          `Kun godkendte indsendelser: den nyeste indsendelse, som ledelsen har godkendt, fra hver kommune for perioden (${totals.submitted} planer), læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. En kommune uden en godkendt plan står som "mangler". Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.`,
          `Approved submissions only: the newest submission the leaders approved, of each municipality for the period (${totals.submitted} plans), read as canonical plans – never the original workbooks. A municipality without an approved plan is shown as "missing". The sheet Submissions shows which submission each figure comes from.`,
        )
      : L(
          lang,
          `Den nyeste gyldige indsendelse fra hver kommune for perioden (${totals.submitted} planer), godkendt eller ej, læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.`,
          `The newest valid submission of each municipality for the period (${totals.submitted} plans), approved or not, read as canonical plans – never the original workbooks. The sheet Submissions shows which submission each figure comes from.`,
        ),
  );
  const round = ctx.input.round;
  if (round) {
    add(
      L(lang, 'Indberetningsrunde', 'Reporting round'),
      L(
        lang,
        `${round.round.period} med frist ${formatDay(round.round.deadline, lang)} (dansk tid)${round.round.closed ? ', lukket' : ''}. En kommune er for sent på den, når dens første indsendelse i perioden kom efter fristen. Status i runden (mangler, indsendt, sendt tilbage, godkendt) og hvem der har vurderet planen står på arket Overblik.`,
        `${round.round.period} with the deadline ${formatDay(round.round.deadline, lang)} (Danish time)${round.round.closed ? ', closed' : ''}. A municipality is late when its first submission of the period came after the deadline. The state in the round (missing, submitted, sent back, approved) and who reviewed the plan are on the sheet Overview.`,
      ),
    );
  }
  add(
    L(lang, 'Forventede kommuner', 'Expected municipalities'),
    ctx.input.roster
      ? L(
          lang,
          `${totals.expected} ifølge rosteret; ${totals.missing} har ikke indsendt og står som "mangler".`,
          `${totals.expected} according to the roster; ${totals.missing} have not submitted and are shown as "missing".`,
        )
      : L(
          lang,
          `Alle 98 kommuner (intet roster givet); ${totals.missing} har ikke indsendt og står som "mangler".`,
          `All 98 municipalities (no roster given); ${totals.missing} have not submitted and are shown as "missing".`,
        ),
  );
  add(
    L(lang, 'Forrige periode', 'Previous period'),
    ctx.prevSelection.used.size > 0
      ? L(
          lang,
          `${ctx.prevPeriod}: ${ctx.prevSelection.used.size} planer; dens forsinkede er vurderet pr. ${formatDay(prevLateDay(ctx), lang)}.`,
          `${ctx.prevPeriod}: ${ctx.prevSelection.used.size} plans; its late activities are judged as of ${formatDay(prevLateDay(ctx), lang)}.`,
        )
      : L(
          lang,
          'Ingen planer fra forrige periode er givet.',
          'No plans from the previous period were given.',
        ),
  );
  add(
    L(lang, 'Parathed', 'Readiness'),
    L(
      lang,
      `Pr. huskeliste (forberedelse F1–F7, løbende L1–L8): Ja = 1, Delvist = ½, Nej = 0; et ubesvaret spørgsmål tæller som 0, ligesom Nej, og antallet af ubesvarede står i sin egen kolonne. Trafiklys: grøn fra ${READINESS_GREEN * 100} %, gul fra ${READINESS_YELLOW * 100} %, ellers rød. På arket Udvikling er ændringer i parathed i procentpoint (pp).`,
      `Per checklist (preparation F1–F7, ongoing L1–L8): Yes = 1, Partly = ½, No = 0; an unanswered question counts as 0, like No, and the number unanswered has its own column. Traffic light: green from ${READINESS_GREEN * 100}%, yellow from ${READINESS_YELLOW * 100}%, else red. On the sheet Change, changes in readiness are in percentage points (pp).`,
    ),
  );
  add(
    L(lang, 'Temaer dækket', 'Themes covered'),
    L(
      lang,
      `Antal af de ${THEMES.length} indsatsområder med mindst én aktivitet.`,
      `How many of the ${THEMES.length} focus areas have at least one activity.`,
    ),
  );
  add(
    L(lang, 'Årsværk og deltagere', 'Full-time posts and participants'),
    L(
      lang,
      `Årsværk = korpsets timer pr. uge / ${FULL_TIME_HOURS}. Deltagere pr. årsværk = aktive forløb / årsværk, for mentorer og forældrecoaches under ét, i intervallerne fra 004 Tabel 24: under 10, 10–14, 15–19, 20+ (fx 14,6 hører til 10–14).`,
      `Full-time posts = the corps' hours per week / ${FULL_TIME_HOURS}. Participants per full-time post = active cases / full-time posts, mentors and parent coaches together, in the bands of 004 Table 24: under 10, 10–14, 15–19, 20+ (e.g. 14.6 belongs to 10–14).`,
    ),
  );
  add(
    L(lang, 'Indikatorer', 'Indicators'),
    L(
      lang,
      'Indikatorer med en kode fra kataloget lægges sammen på tværs af korpset. Har en plan flere rækker med samme kode, bruges den senest målte; en kode med forkert enhed lægges ikke sammen. Indikatorer uden kode står på arket Egne indikatorer.',
      'Indicators with a catalogue code are added up across the corps. Where a plan has several rows with the same code, the latest measured is used; a code with the wrong unit is not added up. Indicators without a code are on the sheet Own indicators.',
    ),
  );
  for (const line of describeSuppression(config, lang))
    add(L(lang, 'Diskretionering', 'Small-number suppression'), line);
  add(
    L(lang, 'Diskretionering – indstilling', 'Small-number suppression – settings'),
    `threshold=${config.threshold}; marker="${config.marker}"; zeros=${config.zeros}; totals=${config.totals}; percentWithoutCases=${config.percentWithoutCases}`,
  );
  add(
    L(lang, 'Tekst fra kommunerne', "The municipalities' text"),
    L(
      lang,
      'Al tekst fra planerne står som almindelig tekst – aldrig som formel eller link. Tekst, der begynder som en formel (=, +, -, @, tabulator eller linjeskift, også i fuld bredde), får et ’ foran. Tegn, som ikke må stå i en regnearksfil, fjernes, og meget lang tekst afkortes til 32.767 tegn med "…". Alle links i oversigten peger kun ind i den selv.',
      'All text from the plans is plain text – never a formula or a link. Text that starts like a formula (=, +, -, @, tab or line break, also full-width) gets a ’ in front. Characters a workbook file cannot hold are removed, and very long text is cut to 32,767 characters with "…". Every link in the summary points inside it.',
    ),
  );
  add(L(lang, 'Skabelonversion', 'Template version'), TEMPLATE_VERSION);
  return sheet(
    ctx,
    'about',
    [
      staticTable(
        'Om_data',
        HEADER_ROW,
        0,
        [
          { header: L(lang, 'Emne', 'Topic'), width: 30, fmt: 'text', wrap: true },
          { header: L(lang, 'Forklaring', 'Explanation'), width: 110, fmt: 'text', wrap: true },
        ],
        rows,
      ),
    ],
    { freezeCols: 0, headerHeight: 20, landscape: true },
  );
}

// --- Putting it together -------------------------------------------------------------------------------

export function summaryModel(input: SummaryInput): SummaryModel {
  const config = input.suppression ?? SUPPRESSION;
  const today = input.today ?? danishDay(input.generatedAt);
  const lang = input.lang;
  const selection = selectLatest(input.plans, input.period);

  const previousPlans = input.previous ?? [];
  const earlier = previousPlans
    .map((p) => p.plan.period)
    .filter((p) => p < input.period)
    .sort();
  const prevPeriod = earlier[earlier.length - 1] ?? previousPeriod(input.period);
  const prevSelection = selectLatest(previousPlans, prevPeriod);
  const prevDay = prevLateDay({ prevPeriod, today });

  const expected = new Set(expectedMunicipalities(input.roster));
  const codes = new Set<string>([...expected, ...selection.used.keys()]);
  const previousOf = (code: string): Entry['previous'] => {
    const stored = prevSelection.used.get(code);
    return stored
      ? { stored, figures: computeFigures(stored.plan, prevDay, expected.has(code), config) }
      : undefined;
  };
  const entries: Entry[] = [...codes]
    .map((code): Entry => {
      const stored = selection.used.get(code);
      const m = municipalityOf(code, stored?.plan.municipality.name ?? code, expected.has(code));
      const previous = previousOf(code);
      return {
        ...m,
        ...(stored ? { stored, figures: computeFigures(stored.plan, today, m.expected, config) } : {}),
        ...(previous ? { previous } : {}),
      };
    })
    .sort(byName);
  const prevOnly: Entry[] = [...prevSelection.used.keys()]
    .filter((code) => !codes.has(code))
    .map((code): Entry => {
      const stored = prevSelection.used.get(code);
      const m = municipalityOf(code, stored?.plan.municipality.name ?? code, false);
      const previous = previousOf(code);
      return { ...m, ...(previous ? { previous } : {}) };
    });
  const submitted = entries.filter((e) => e.figures);
  const totals = computeTotals(entries, today, config);

  const activityRow = new Map<string, number>();
  const corpsRow = new Map<string, number>();
  const indicatorRow = new Map<string, number>();
  const checklistCol = new Map<string, number>();
  let next = FIRST_DATA_ROW;
  submitted.forEach((e, i) => {
    const count = e.stored?.plan.activities.length ?? 0;
    if (count > 0) activityRow.set(e.code, next);
    next += count;
    corpsRow.set(e.code, FIRST_DATA_ROW + i);
    indicatorRow.set(e.code, FIRST_DATA_ROW + i);
    checklistCol.set(e.code, CHECKLIST_FIXED + i);
  });

  const ctx: Context = {
    input,
    lang,
    config,
    today,
    entries,
    submitted,
    totals,
    selection,
    prevPeriod,
    prevSelection,
    prevOnly,
    activityRow,
    corpsRow,
    indicatorRow,
    checklistCol,
  };
  const builders: Record<SheetKey, (c: Context) => Sheet> = {
    overview: overviewSheet,
    charts: chartsSheet,
    checklists: checklistsSheet,
    activities: activitiesSheet,
    milestones: milestonesSheet,
    indicators: indicatorsSheet,
    ownIndicators: ownIndicatorsSheet,
    corps: corpsSheet,
    change: changeSheet,
    submissions: submissionsSheet,
    about: aboutSheet,
  };
  const titleLabel: Label = {
    da: `Korpsoversigt ${input.period}`,
    en: `Corps summary ${input.period}`,
  };
  return {
    workbook: {
      lang,
      title: titleLabel[lang],
      subject: L(
        lang,
        'Mentor- og forældrecoachkorpset: implementeringsplaner',
        'The mentor and parent-coach corps: implementation plans',
      ),
      created: input.generatedAt,
      sheets: SHEET_ORDER.map((key) => builders[key](ctx)),
    },
    entries,
    selection,
    previousPeriod: prevPeriod,
    previousSelection: prevSelection,
    totals,
    today,
  };
}
