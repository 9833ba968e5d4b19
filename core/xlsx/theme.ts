// Colours as a workbook writes them, resolved to "RRGGBB": an ARGB value (rgb="FF00B050"), a theme
// colour with an optional tint (theme="9" tint="0.39997"), or an index into the legacy palette
// (indexed="10", which <indexedColors> in the styles may redefine). The theme's colour scheme comes
// from xl/theme/theme1.xml. Written here because no small, browser-safe library resolves theme and
// tint exactly as ECMA-376 describes it; the rules are short (Part 1, 18.8.3, 18.8.27, 18.3.1.15).

import type { XmlHandler, XmlScanner } from './xml';

/** The default legacy palette (ECMA-376 Part 1, 18.8.27); 64 and 65 are the system colours. */
export const DEFAULT_INDEXED: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
]; // prettier-ignore

/** The Office 2013+ default theme, used when a workbook carries no theme part. */
const DEFAULT_SCHEME: Readonly<Record<string, string>> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};

/** Theme colour index (as cells use it) → scheme element. Light 1 and dark 1 come first, swapped. */
const THEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const;

const SCHEME_SLOTS = new Set<string>(THEME_ORDER);

/** Reads the colour scheme of xl/theme/theme1.xml (a:clrScheme). */
export class ThemeHandler implements XmlHandler {
  private readonly found = new Map<string, string>();
  private inScheme = false;
  private slot: string | undefined;

  open(name: string, x: XmlScanner): void {
    if (name === 'clrScheme') {
      this.inScheme = true;
      return;
    }
    if (!this.inScheme) return;
    if (SCHEME_SLOTS.has(name)) {
      this.slot = name;
      return;
    }
    if (this.slot === undefined) return;
    if (name === 'srgbClr') this.set(x.attr('val'));
    else if (name === 'sysClr') this.set(x.attr('lastClr'));
  }

  close(name: string): void {
    if (name === 'clrScheme') this.inScheme = false;
    else if (name === this.slot) this.slot = undefined;
  }

  text(): void {}

  private set(hex: string | undefined): void {
    const h = hexColour(hex);
    if (this.slot !== undefined && h !== undefined && !this.found.has(this.slot))
      this.found.set(this.slot, h);
  }

  /** The scheme's colours in the order cells index them (theme="0" is light 1). */
  colours(): string[] {
    return THEME_ORDER.map((slot) => this.found.get(slot) ?? (DEFAULT_SCHEME[slot] as string));
  }
}

/** The default theme's colours in cell order, for workbooks without a theme part. */
export function defaultThemeColours(): string[] {
  return THEME_ORDER.map((slot) => DEFAULT_SCHEME[slot] as string);
}

/** "FF00B050" or "00B050" → "00B050"; undefined when not a hex colour. */
export function hexColour(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().replace(/^#/, '');
  if (/^[0-9A-Fa-f]{8}$/.test(v)) return v.slice(2).toUpperCase();
  if (/^[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
  return undefined;
}

/** The attributes of a <color>, <fgColor> or <bgColor> element. */
export interface ColourRef {
  readonly rgb?: string;
  readonly theme?: number;
  readonly indexed?: number;
  readonly tint?: number;
  readonly auto?: boolean;
}

export function colourRefOf(x: XmlScanner): ColourRef {
  const num = (name: string): number | undefined => {
    const v = x.attr(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const out: { -readonly [K in keyof ColourRef]: ColourRef[K] } = {};
  const rgb = x.attr('rgb');
  if (rgb !== undefined) out.rgb = rgb;
  const theme = num('theme');
  if (theme !== undefined) out.theme = theme;
  const indexed = num('indexed');
  if (indexed !== undefined) out.indexed = indexed;
  const tint = num('tint');
  if (tint !== undefined) out.tint = tint;
  const auto = x.attr('auto');
  if (auto === '1' || auto === 'true') out.auto = true;
  return out;
}

/**
 * A colour reference resolved to "RRGGBB", or undefined when it names no colour (automatic, a system
 * colour, an index or theme slot that does not exist).
 */
export function resolveColour(
  ref: ColourRef,
  theme: readonly string[],
  indexed: readonly string[],
): string | undefined {
  if (ref.auto) return undefined;
  let base: string | undefined;
  if (ref.rgb !== undefined) base = hexColour(ref.rgb);
  else if (ref.theme !== undefined && Number.isInteger(ref.theme)) base = theme[ref.theme];
  else if (ref.indexed !== undefined && Number.isInteger(ref.indexed)) base = indexed[ref.indexed];
  if (base === undefined) return undefined;
  return ref.tint !== undefined && ref.tint !== 0 ? applyTint(base, ref.tint) : base;
}

/**
 * A tint lightens (tint > 0) or darkens (tint < 0) a colour in HLS space (ECMA-376 Part 1,
 * 18.3.1.15): L' = L·(1 + tint) when darkening, L' = L·(1 − tint) + (1 − (1 − tint)) when lightening.
 */
export function applyTint(hex: string, tint: number): string {
  const t = Math.max(-1, Math.min(1, tint));
  const [h, l, s] = rgbToHls(hex);
  const lightness = t < 0 ? l * (1 + t) : l * (1 - t) + t;
  return hlsToRgb(h, Math.max(0, Math.min(1, lightness)), s);
}

/**
 * DrawingML's luminance modulation and offset (a:lumMod, a:lumOff: "Lighter 40 %" is 60 % and
 * 40 %): L' = L·mod + off in HSL space.
 */
export function applyLuminance(hex: string, mod: number, off: number): string {
  const [h, l, s] = rgbToHls(hex);
  return hlsToRgb(h, Math.max(0, Math.min(1, l * mod + off)), s);
}

/** "RRGGBB" → [hue 0..1, lightness 0..1, saturation 0..1]. */
export function rgbToHls(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, l, s];
}

function hlsToRgb(h: number, l: number, s: number): string {
  if (s === 0) return byte(l).repeat(3);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return byte(hue(p, q, h + 1 / 3)) + byte(hue(p, q, h)) + byte(hue(p, q, h - 1 / 3));
}

function hue(p: number, q: number, t0: number): number {
  const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
  if (t < 1 / 6) return p + (q - p) * 6 * t;
  if (t < 1 / 2) return q;
  if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
  return p;
}

function byte(x: number): string {
  return Math.round(Math.max(0, Math.min(1, x)) * 255)
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();
}
