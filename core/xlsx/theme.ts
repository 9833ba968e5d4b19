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

/**
 * DrawingML's scheme colours (schemeClr) by the index cells use for the same colour among the
 * theme's: the light and dark pairs under both their names, then the accents and links.
 */
export const SCHEME_INDEX: Readonly<Record<string, number>> = {
  lt1: 0,
  bg1: 0,
  dk1: 1,
  tx1: 1,
  lt2: 2,
  bg2: 2,
  dk2: 3,
  tx2: 3,
  accent1: 4,
  accent2: 5,
  accent3: 6,
  accent4: 7,
  accent5: 8,
  accent6: 9,
  hlink: 10,
  folHlink: 11,
};

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

// --- Colours as the eye tells them apart -------------------------------------------------------------

/**
 * How far apart two colours may be (CIE76 ΔE, in CIELAB) and still read as one: text this close to
 * what it is drawn on is not read. 5 is about five steps in a hundred of lightness: FEFEFE, F8F8F8
 * and F2F2F2 (Excel's "White, Background 1, Darker 5 %") on white, 0D0D0D on black; D9D9D9 (Darker
 * 15 %) on white (13) and one tint of a theme colour on the next (≥ 6) are seen.
 */
export const ALIKE_DELTA_E = 5;
/**
 * Text is read by its lightness against what it is drawn on: below this contrast (WCAG's ratio of
 * relative luminance; 1 for one lightness) a pale colour on another pale colour or on white is not
 * read (white on a note's light yellow FFFFE1 or FFFFC0, FFFFCC on white), unless its colour itself
 * catches the eye (ALIKE_CHROMA: yellow FFFF00 on white, red on a grey of its lightness, are seen).
 */
export const ALIKE_CONTRAST = 1.1;
/** The difference in colour (a*, b* in CIELAB) that is seen without lightness to read it by. */
export const ALIKE_CHROMA = 40;

const labCache = new Map<string, readonly [number, number, number, number]>();

/** "RRGGBB" → CIELAB (D65) and relative luminance (Y), as sRGB is defined. */
function lab(hex: string): readonly [number, number, number, number] {
  let out = labCache.get(hex);
  if (out !== undefined) return out;
  const lin = (k: number): number => {
    const c = parseInt(hex.slice(2 * k, 2 * k + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [lin(0), lin(1), lin(2)];
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(luminance);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  out = [116 * y - 16, 500 * (x - y), 200 * (y - z), luminance] as const;
  if (labCache.size >= 4096) labCache.clear();
  labCache.set(hex, out);
  return out;
}

/**
 * Whether text in one colour ("RRGGBB") on the other is not read: the two are alike to the eye
 * (ΔE below ALIKE_DELTA_E), or of one lightness (contrast below ALIKE_CONTRAST) and near in colour
 * (below ALIKE_CHROMA). Equal colours are alike without any arithmetic.
 */
export function looksAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (!/^[0-9A-F]{6}$/.test(a) || !/^[0-9A-F]{6}$/.test(b)) return false;
  const [l1, a1, b1, y1] = lab(a);
  const [l2, a2, b2, y2] = lab(b);
  if (Math.hypot(l1 - l2, a1 - a2, b1 - b2) < ALIKE_DELTA_E) return true;
  const contrast = (Math.max(y1, y2) + 0.05) / (Math.min(y1, y2) + 0.05);
  return contrast < ALIKE_CONTRAST && Math.hypot(a1 - a2, b1 - b2) < ALIKE_CHROMA;
}

/**
 * A DrawingML colour modifier applied to a colour (ECMA-376 Part 1, 20.1.2.3): lumMod and lumOff
 * scale and shift the lightness in HSL (Excel's "Lighter 80 %" is lumMod 20 % and lumOff 80 %),
 * satMod/satOff and hueMod/hueOff scale or shift the saturation and the hue in HSL (round 21), tint
 * and shade move the colour toward white or black in linear light, as Office draws them.
 * `val` in thousandths of a percent (20000 is 20 %); other modifiers leave the colour as it is.
 */
export function modifyColour(hex: string, modifier: string, val: string | undefined): string {
  const v = Number(val ?? '');
  if (!Number.isFinite(v)) return hex;
  const p = v / 100000;
  switch (modifier) {
    case 'lumMod':
    case 'lumOff': {
      const [h, l, s] = rgbToHls(hex);
      const lightness = modifier === 'lumMod' ? l * p : l + p;
      return hlsToRgb(h, Math.max(0, Math.min(1, lightness)), s);
    }
    case 'satMod':
    case 'satOff': {
      // The saturation scaled or moved (round 21: a red with satMod 0 is the grey of its lightness).
      const [h, l, s] = rgbToHls(hex);
      const saturation = modifier === 'satMod' ? s * p : s + p;
      return hlsToRgb(h, l, Math.max(0, Math.min(1, saturation)));
    }
    case 'hueMod':
    case 'hueOff': {
      // The hue scaled, or turned by an angle (hueOff in 60000ths of a degree), round the circle.
      const [h, l, s] = rgbToHls(hex);
      const turned = modifier === 'hueMod' ? h * p : h + v / 60000 / 360;
      return hlsToRgb(((turned % 1) + 1) % 1, l, s);
    }
    case 'tint':
    case 'shade': {
      const t = Math.max(0, Math.min(1, p));
      let out = '';
      for (let k = 0; k < 3; k++) {
        const c = parseInt(hex.slice(2 * k, 2 * k + 2), 16) / 255;
        const linear = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        const moved = modifier === 'tint' ? 1 - (1 - linear) * t : linear * t;
        out += byte(moved <= 0.0031308 ? moved * 12.92 : 1.055 * moved ** (1 / 2.4) - 0.055);
      }
      return out;
    }
    default:
      return hex;
  }
}

/** The colour names a number format may open a section with ([Red], [White] ...), as Excel draws them. */
const FORMAT_COLOURS: Readonly<Record<string, string>> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '00FF00',
  blue: '0000FF',
  yellow: 'FFFF00',
  magenta: 'FF00FF',
  cyan: '00FFFF',
};

/**
 * The colour of a number format section's [Colour] or [ColorN] ("Red", "Color2"), as "RRGGBB":
 * [ColorN] is the palette's colour N + 7 (Color1 black, Color2 white), the workbook's own palette
 * when it has one. Undefined for anything else (a condition, a locale).
 */
export function formatColour(name: string, indexed: readonly string[]): string | undefined {
  const n = name.toLowerCase();
  const named = FORMAT_COLOURS[n];
  if (named !== undefined) return named;
  const m = /^colou?r\s*(\d{1,2})$/.exec(n);
  if (m === null) return undefined;
  const k = Number(m[1]);
  return k >= 1 && k <= 56 ? indexed[k + 7] : undefined;
}

/**
 * A header's or footer's colour code (&KRRGGBB, or &KTTSNNN: theme colour TT with a tint of S NNN
 * per cent, &K00+000 the theme's first colour, white), as "RRGGBB"; undefined when it names none.
 */
export function headerFooterColour(code: string, theme: readonly string[]): string | undefined {
  const m = /^&K(?:([0-9A-Fa-f]{6})|(\d\d)([+-]\d{3}))$/.exec(code);
  if (m === null) return undefined;
  if (m[1] !== undefined) return m[1].toUpperCase();
  const base = theme[Number(m[2])];
  if (base === undefined) return undefined;
  const tint = Number(m[3]) / 100;
  return tint === 0 ? base : applyTint(base, tint);
}
