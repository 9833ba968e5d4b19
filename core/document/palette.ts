// The one palette of everything korpsplan writes: the template, the structured workbook and the
// corps summary, in Node (exceljs) and in the add-in (Office.js). Hex RGB without '#'.
// Pure TypeScript. No renderer defines a colour of its own (test/architecture/palette.test.ts).

import type { CellRole, Mark } from './model';

export const PALETTE = {
  /** Headers, titles and the main chart series. */
  navy: '1F4E79',
  blue: '2E75B6',
  sky: '9DC3E6',
  green: '70AD47',
  amber: 'FFC000',
  red: 'C00000',
  grey: 'A5A5A5',
  dark: '595959',
  white: 'FFFFFF',
  /** Muted text (missing rows, notes). */
  muted: '7F7F7F',
  link: '0563C1',
  rule: 'D9D9D9',
  /** Chart points that stand aside (e.g. "Mangler"). */
  aside: 'BFBFBF',
  /** Fill and text pairs for the traffic light and late rows (Excel's "good / neutral / bad"). */
  goodFill: 'C6EFCE',
  goodText: '006100',
  neutralFill: 'FFEB9C',
  neutralText: '9C5700',
  badFill: 'FFC7CE',
  badText: '9C0006',
  lateFill: 'FDE2E1',
  /** The fields a coordinator fills in (the template's cover sheet). */
  input: 'FFF8E1',
} as const;

export type PaletteColor = keyof typeof PALETTE;

/** ARGB (opaque) as exceljs and OOXML styles want it. */
export function argb(color: PaletteColor): string {
  return `FF${PALETTE[color]}`;
}

/** '#RRGGBB' as Office.js wants it. */
export function cssColor(color: PaletteColor): string {
  return `#${PALETTE[color]}`;
}

/** How a cell looks, in palette colours: what every renderer (exceljs, Office.js, OOXML) applies. */
export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (default the workbook's). */
  readonly size?: number;
  readonly color?: PaletteColor;
  readonly fill?: PaletteColor;
}

/** The looks of positioned cells by their role (core/document/model.ts PlacedCell.style). */
export const ROLE_LOOKS: Readonly<Record<CellRole, Look>> = {
  title: { bold: true, size: 16, color: 'navy' },
  intro: { italic: true, color: 'dark' },
  label: { bold: true },
  input: { fill: 'input' },
  note: {},
};

/** The header row of a table on a template sheet. */
export const TABLE_HEADER_LOOK: Look = { bold: true, color: 'white', fill: 'navy' };

/** The looks a conditional format by formula gives the cells it marks (FormulaConditional.style). */
export const MARK_LOOKS: Readonly<Record<Mark, Look>> = {
  late: { bold: true, color: 'badText', fill: 'lateFill' },
};
