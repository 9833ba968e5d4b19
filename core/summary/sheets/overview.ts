// The summary sheet "overview": one row per municipality. On paper it prints in column sections
// that share a page while they fit, the municipality repeated at the left of each; the long texts
// (notes and comments) are shortened so that no row grows taller than a few lines.

import { phaseLabel, warningsText, HEADER_ROW, type Context, type SheetModule } from '../context';
import { MISSING, OVERVIEW_WORDS as O, SHEET_NAMES, TITLES, WORDS, YES, fill } from '../labels';
import { PALETTE } from '../../document/palette';
import { READINESS_GREEN, READINESS_YELLOW } from '../figures';
import { STATE_LABELS } from '../../rounds';
import { STATUSES, THEMES, type Label } from '../../spec';
import { anchorOf, text, num, link, bandCell, staticTable, sheet, clip } from '../cells';
import { type Cell, type Column, type Row, type Tone, type Sheet } from '../sheet';

/** The longest note or comment shown on the overview (about four lines of its column). */
export const OVERVIEW_NOTE_CHARS = 150;

/** The round's columns on the overview (none without a round): state, on time, reviewed by, when. */
function roundColumns(ctx: Context): Column[] {
  if (!ctx.input.round) return [];
  const w = (l: Label): string => l[ctx.lang];
  return [
    { header: w(O.stateInRound), width: 14, fmt: 'text' },
    { header: w(O.onTime), width: 10, fmt: 'text' },
    { header: w(O.reviewedBy), width: 18, fmt: 'text' },
    { header: w(O.reviewed), width: 16, fmt: 'datetime' },
  ];
}

const ROLE_WORDS: Record<'coordinator' | 'leader' | 'admin', Label> = {
  coordinator: O.roleCoordinator,
  leader: O.roleLeader,
  admin: O.roleAdmin,
};

function roundCells(ctx: Context, code: string): Cell[] {
  const round = ctx.input.round;
  if (!round) return [];
  const { lang } = ctx;
  const row = round.rows.find((r) => r.municipality === code);
  if (!row) return [{ s: O.notInRound[lang] }, null, null, null];
  const tone: Tone | undefined =
    row.state === 'mangler' || row.state === 'sendt_tilbage'
      ? 'alert'
      : row.state === 'godkendt'
        ? 'yes'
        : undefined;
  return [
    { s: STATE_LABELS[row.state][lang], ...(tone ? { tone } : {}) },
    row.state === 'mangler' ? null : row.late ? { s: O.tooLate[lang], tone: 'alert' } : text(YES[lang]),
    row.review ? text(row.review.by.name ?? ROLE_WORDS[row.review.by.role][lang]) : null,
    row.review ? { instant: row.review.at } : null,
  ];
}

/**
 * The coordinator's note and the leaders' newest comment: from the round's status list when there
 * is one (its latest submission), else the note of the submission used; shortened for paper.
 */
function notes(ctx: Context, code: string, usedNote: string | undefined): [Cell, Cell] {
  const row = ctx.input.round?.rows.find((r) => r.municipality === code);
  const note = row ? (row.note ?? usedNote) : usedNote;
  const review = row?.review ?? row?.answers;
  return [text(clip(note, OVERVIEW_NOTE_CHARS)), text(clip(review?.comment, OVERVIEW_NOTE_CHARS))];
}

function build(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const w = (l: Label): string => l[lang];
  // The columns in sections, each printed whole on a page: who and when; the round; readiness;
  // activities by status; the corps; notes and comments; the warnings and the links. Their widths
  // let two sections share a landscape page at 80 %: who with readiness, the corps with the notes.
  const sections: Column[][] = [
    [
      { header: w(WORDS.region), width: 12, fmt: 'text' },
      { header: w(WORDS.phase), width: 24, fmt: 'text' },
      { header: w(O.lastSubmitted), width: 16, fmt: 'datetime' },
    ],
    roundColumns(ctx),
    [
      { header: w(O.readinessPreparation), width: 13, fmt: 'pct' },
      { header: w(O.readinessOngoing), width: 13, fmt: 'pct' },
      { header: w(O.unanswered), width: 11, fmt: 'int' },
      { header: w(O.activities), width: 11, fmt: 'int' },
    ],
    [
      ...STATUSES.map((s): Column => ({ header: s.label[lang], width: 11, fmt: 'int' })),
      { header: w(WORDS.late), width: 11, fmt: 'int' },
      { header: fill(O.themesCovered, lang, { themes: THEMES.length }), width: 11, fmt: 'themes' },
    ],
    [
      { header: w(O.corpsNumber), width: 9, fmt: 'int' },
      { header: w(O.fte), width: 9, fmt: 'dec1' },
      { header: w(WORDS.participantsPerFte), width: 13, fmt: 'text', align: 'center' },
    ],
    [
      { header: w(WORDS.coordinatorNote), width: 36, fmt: 'text', wrap: true },
      { header: w(O.latestComment), width: 36, fmt: 'text', wrap: true },
    ],
    [
      { header: w(O.warnings), width: 60, fmt: 'text', wrap: true },
      { header: w(O.toActivities), width: 14, fmt: 'text' },
      { header: w(O.toChecklist), width: 12, fmt: 'text' },
      { header: w(O.toCorps), width: 10, fmt: 'text' },
      { header: w(O.toIndicators), width: 13, fmt: 'text' },
    ],
  ];
  const columns: Column[] = [{ header: w(WORDS.municipality), width: 18, fmt: 'text' }, ...sections.flat()];
  const starts: number[] = [];
  let at = 1;
  for (const s of sections) {
    if (s.length > 0) starts.push(at);
    at += s.length;
  }
  const shift = roundColumns(ctx).length;
  const blanks = (n: number): Cell[] => Array.from({ length: n }, () => null);
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
          ...blanks(4 + STATUSES.length + 2 + 3),
          ...notes(ctx, e.code, undefined),
        ],
      };
    }
    const to = (label: Label, sheetKey: string): Cell => link(w(label), anchorOf(sheetKey, e.code));
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
        ...notes(ctx, e.code, stored.receipt.note),
        text(warningsText(f, lang)),
        f.activities > 0 ? to(O.linkActivities, 'activities') : null,
        to(O.linkChecklist, 'checklists'),
        to(O.linkCorps, 'corps'),
        to(O.linkIndicators, 'indicatorsByMunicipality'),
      ],
    };
  });
  const readinessCol = 4 + shift;
  const lateCol = readinessCol + 4 + STATUSES.length;
  return sheet(ctx, overview, [staticTable('Overblik', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    headerHeight: 48,
    printGroups: starts,
    printRepeatCols: 1,
    conditional: [
      { kind: 'traffic', table: 0, column: readinessCol },
      { kind: 'traffic', table: 0, column: readinessCol + 1 },
      { kind: 'dataBar', table: 0, column: readinessCol + 3, color: PALETTE.sky },
      { kind: 'positiveBad', table: 0, column: lateCol },
      { kind: 'dataBar', table: 0, column: lateCol + 3, color: PALETTE.sky },
    ],
    note: [
      fill(O.note, lang, { green: READINESS_GREEN * 100, yellow: READINESS_YELLOW * 100 }),
      fill(O.clipped, lang, { chars: OVERVIEW_NOTE_CHARS }),
    ].join(' · '),
  });
}

export const overview: SheetModule = {
  key: 'overview',
  name: SHEET_NAMES.overview,
  title: TITLES.overview,
  build,
};
