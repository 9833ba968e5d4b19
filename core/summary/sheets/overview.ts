// The summary sheet "overview".

import { HEADER_ROW, L, phaseLabel, warningsText, type Context, type SheetModule } from '../context';
import { MISSING, SHEET_NAMES, TITLES } from '../labels';
import { PALETTE } from '../../document/palette';
import { READINESS_GREEN, READINESS_YELLOW } from '../figures';
import { STATE_LABELS } from '../../rounds';
import { STATUSES, type Lang } from '../../spec';
import { anchorOf, text, num, link, bandCell, staticTable, sheet } from '../cells';
import { type Cell, type Column, type Row, type Tone, type Sheet } from '../sheet';

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

/**
 * The coordinator's note and the leaders' newest comment: from the round's status list when there
 * is one (its latest submission), else the note of the submission used.
 */
function notes(ctx: Context, code: string, usedNote: string | undefined): [Cell, Cell] {
  const row = ctx.input.round?.rows.find((r) => r.municipality === code);
  const note = row ? (row.note ?? usedNote) : usedNote;
  const review = row?.review ?? row?.answers;
  return [text(note), text(review?.comment)];
}

const ROLE_WORDS: Record<'coordinator' | 'leader' | 'admin', Record<Lang, string>> = {
  coordinator: { da: 'koordinator', en: 'coordinator' },
  leader: { da: 'ledelse', en: 'leader' },
  admin: { da: 'administrator', en: 'administrator' },
};

function build(ctx: Context): Sheet {
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
    { header: L(lang, 'Advarsler', 'Warnings'), width: 40, fmt: 'text', wrap: true },
    {
      header: L(lang, 'Koordinatorens bemærkning', "Coordinator's note"),
      width: 36,
      fmt: 'text',
      wrap: true,
    },
    {
      header: L(lang, 'Seneste kommentar fra ledelsen', "The leaders' latest comment"),
      width: 40,
      fmt: 'text',
      wrap: true,
    },
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
          ...blanks(columns.length - 4 - shift - 6),
          ...notes(ctx, e.code, undefined),
          ...blanks(4),
        ],
      };
    }
    const to = (label: string, sheetKey: string): Cell => link(`${label} ›`, anchorOf(sheetKey, e.code));
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
        ...notes(ctx, e.code, stored.receipt.note),
        f.activities > 0 ? to(L(lang, 'Aktiviteter', 'Activities'), 'activities') : null,
        to(L(lang, 'Tjekliste', 'Checklist'), 'checklists'),
        to(L(lang, 'Korps', 'Corps'), 'corps'),
        to(L(lang, 'Indikatorer', 'Indicators'), 'indicators'),
      ],
    };
  });
  const lateCol = 8 + shift + STATUSES.length;
  // Printed in column groups, the municipality repeated at the left of each: who and when;
  // readiness; activities by status; the corps and warnings; notes and comments; the links.
  const readinessCol = 4 + shift;
  const statusCol = 8 + shift;
  const corpsCol = lateCol + 2;
  const noteCol = corpsCol + 4;
  const linksCol = columns.length - 4;
  return sheet(ctx, overview, [staticTable('Overblik', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    printGroups: [readinessCol, statusCol, corpsCol, noteCol, linksCol],
    printRepeatCols: 1,
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

export const overview: SheetModule = {
  key: 'overview',
  name: SHEET_NAMES.overview,
  title: TITLES.overview,
  build,
};
