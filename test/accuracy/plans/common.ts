// Styles and colours the corpus plans share: what coordinators use in Excel and LibreOffice.

import type { Style } from '../build/model';

export const BOLD: Style = { bold: true };
export const TITLE: Style = { bold: true, size: 14 };
export const HEAD: Style = { bold: true, wrap: true, fill: { rgb: 'D9E1F2' } };
export const HEAD_GREY: Style = { bold: true, wrap: true, fill: { rgb: 'D9D9D9' } };
export const WRAP: Style = { wrap: true };
export const ITALIC: Style = { italic: true };

/** Traffic-light fills as RGB (Excel's standard colours). */
export const GREEN: Style = { fill: { rgb: '00B050' } };
export const LIGHT_GREEN: Style = { fill: { rgb: '92D050' } };
export const YELLOW: Style = { fill: { rgb: 'FFFF00' } };
export const AMBER: Style = { fill: { rgb: 'FFC000' } };
export const RED: Style = { fill: { rgb: 'FF0000' } };

/** A date cell shown the Danish way. */
export const DMY: Style = { fmt: 'dd-mm-yyyy' };
export const DMY_DOT: Style = { fmt: 'dd.mm.yyyy' };
