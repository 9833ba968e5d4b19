// Themes by meaning. Coordinators name the eight themes of the guide in their own words and orders:
// "Arbejdsproces & kultur", "Kultur og arbejdsproces", "Organisering/roller/ansvar", "Dokumentation
// og opfølgning", "Inddragelse af medarbejdere", "Kompetenceudvikling", "Leadership & governance".
// A text is matched to a theme by the words it shares with the theme's key words (stems, parts of
// compounds, Danish and English), never by exact text alone; the result carries a confidence, 1 only
// for the list's own label or synonym.

import { THEMES, type Theme } from '../spec';
import { foldText, matchListValue, normalizeText, stripParentheses } from '../normalize';
import { a1 } from '../grid';
import { displayText, type SheetView } from './sheet';

/** Key words of each theme (folded as foldText folds them when compared). */
const KEYS: Readonly<Record<Theme, readonly string[]>> = {
  leadership: ['ledelse', 'leder', 'ledelsesforankring', 'styregruppe', 'leadership', 'management', 'governance', 'steering'],
  communication: ['kommunikation', 'kommunikere', 'formidling', 'information', 'informere', 'communication', 'communications', 'comms', 'outreach'],
  involvement: ['inddragelse', 'inddrage', 'involvering', 'involvere', 'medinddragelse', 'involvement', 'engagement', 'participation', 'ejerskab', 'codesign', 'cocreation', 'samskabelse', 'medskabelse'],
  process_culture: ['arbejdsproces', 'arbejdsprocesser', 'proces', 'processer', 'arbejdsgang', 'arbejdsgange', 'kultur', 'praksis', 'process', 'processes', 'culture', 'workflow', 'workflows'],
  organisation_roles: ['organisering', 'organisation', 'organization', 'roller', 'rolle', 'ansvar', 'ansvarsfordeling', 'struktur', 'roles', 'role', 'responsibilities', 'responsibility', 'accountabilities', 'accountability'],
  upskilling: ['opkvalificering', 'kompetenceudvikling', 'kompetencer', 'kompetence', 'uddannelse', 'efteruddannelse', 'træning', 'kursus', 'kurser', 'upskilling', 'training', 'competence', 'competences', 'skills', 'capability', 'capabilities'],
  documentation: ['dokumentation', 'dokumentere', 'opfølgning', 'registrering', 'data', 'documentation', 'follow', 'monitoring', 'followup'],
  evaluation: ['evaluering', 'evaluere', 'tilpasning', 'justering', 'evaluation', 'adjustment', 'adaptation', 'review'],
}; // prettier-ignore

/** Words that say nothing about which theme ("af", "medarbejdere", "indsatsen", "plan"). */
const NEUTRAL = new Set(
  [
    'af', 'og', 'i', 'på', 'for', 'til', 'med', 'om', 'samt', 'the', 'of', 'and', 'for', 'to', 'in', 'on', 'up',
    'medarbejdere', 'medarbejder', 'medarbejderne', 'staff', 'employees', 'indsatsen', 'indsats', 'tema',
    'theme', 'område', 'area', 'plan', 'korpset', 'korps', 'mentorer', 'mentor', 'forældrecoaches', 'alle',
    'vores', 'our', 'nye', 'new', 'løbende', 'ongoing', 'arbejde', 'work',
    // Whom a theme concerns ("Inddragelse af forældre og unge"): the people, not the theme.
    'forældre', 'forældrene', 'unge', 'børn', 'familier', 'borgere', 'parents', 'families', 'young', 'people',
  ].map(foldText),
); // prettier-ignore

interface PreparedKey {
  readonly theme: Theme;
  readonly key: string;
}

const PREPARED: readonly PreparedKey[] = (Object.entries(KEYS) as [Theme, readonly string[]][]).flatMap(
  ([theme, keys]) => keys.map((k) => ({ theme, key: foldText(k) })),
);

export interface ThemeMatch {
  readonly theme: Theme;
  /** 1 for the list's own label or synonym; below 1 when matched by meaning. */
  readonly confidence: number;
}

/** The theme a word stands for: a key word, its plural or definite form, or a compound ending in it. */
function themeOfWord(word: string): Theme | undefined {
  let best: { theme: Theme; len: number } | undefined;
  for (const { theme, key } of PREPARED) {
    const hit =
      word === key ||
      (key.length >= 4 && word.startsWith(key) && word.length - key.length <= 4) ||
      (key.length >= 6 && word.endsWith(key)) ||
      (word.length >= 6 && key.startsWith(word) && key.length - word.length <= 3);
    if (hit && key.length > (best?.len ?? 0)) best = { theme, len: key.length };
  }
  return best?.theme;
}

const cache = new Map<string, ThemeMatch | undefined>();

/**
 * The theme a text names, by its label or synonym (confidence 1) or by meaning: every word that says
 * something names the same theme (0.9), or most of them do and no other theme is named as often
 * (0.7). Undefined when the text names no theme, or two themes equally ("Opfølgning og evaluering").
 */
export function themeByMeaning(text: string): ThemeMatch | undefined {
  if (text.length > 80) return undefined;
  const hit = cache.get(text);
  if (hit !== undefined || cache.has(text)) return hit;
  const result = match(text);
  if (cache.size > 20000) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * Phrases whose words say nothing one by one ("ways of working" is how the work is done: a process),
 * folded as foldText folds, each read as one key word.
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bways? of (?:working|work)\b/gu, 'workflow'],
  [/\bworking (?:methods?|practices?)\b/gu, 'workflow'],
  [/\bmaden vi arbejder pa\b/gu, 'arbejdsgang'],
  [/\bfollow[ -]up\b/gu, 'followup'],
  // A consultant's "Comms & engagement" workstream engages partners by telling them: communication.
  [/\b(?:comms|communications?)(?: and)? engagement\b/gu, 'communication'],
];

function match(text: string): ThemeMatch | undefined {
  const exact = (matchListValue('theme', text) ?? matchListValue('theme', stripParentheses(text))) as
    Theme | undefined;
  if (exact) return { theme: exact, confidence: 1 };
  let folded = foldText(stripParentheses(normalizeText(text)).replace(/[&/+|,]/g, ' '));
  for (const [phrase, key] of PHRASES) folded = folded.replace(phrase, key);
  const words = folded.split(' ').filter((w) => w.length > 1 && !/^\d+$/.test(w) && !NEUTRAL.has(w));
  if (words.length === 0 || words.length > 6) return undefined;
  const counts = new Map<Theme, number>();
  let unknown = 0;
  for (const w of words) {
    const theme = themeOfWord(w);
    if (theme) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    else unknown++;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  if (second && second[1] === first[1]) return undefined;
  const share = first[1] / words.length;
  if (unknown === 0 && !second) return { theme: first[0], confidence: 0.9 };
  if (share >= 0.5) return { theme: first[0], confidence: 0.7 };
  return undefined;
}

/** The theme's Danish label, for messages and checks. */
export function themeLabel(theme: Theme): string {
  return THEMES.find((t) => t.id === theme)?.label.da ?? theme;
}

/** A short code a theme may be written as: "T1", "T 2", "A-3", "Tema 4", "5". */
const THEME_CODE = /^(?:[a-zæøå]{1,4}\s?[-.]?\s?)?\d{1,2}\.?$/u;

/** One code of a theme-code legend, and where its explanation is written. */
export interface ThemeCode {
  readonly theme: Theme;
  /** 1 when the legend names the theme by its label or synonym; below 1 when by its words. */
  readonly confidence: number;
  /** The legend's wording of the theme. */
  readonly written: string;
  readonly sheet: string;
  /** A1 cells of the code and of the theme's name. */
  readonly cells: readonly [string, string];
}

/**
 * The theme codes a workbook explains: a short code ("T1", "3") with a theme right beside it ("T1 |
 * Ledelse", or one empty column apart), anywhere in the workbook: by the theme's own name, or in the coordinator's words ("4 |
 * Inddragelse af medarbejdere og unge", read by meaning, with a lower confidence). A code explained
 * as two different themes is left out, unless one names its theme exactly and the others only by
 * their words (a numbered list beside the legend). Keys are the codes normalised (lower case, no
 * spaces). Looked for only when a theme cell holds something that is no theme.
 */
export function findThemeCodes(
  views: readonly SheetView[],
  themeOf: (text: string) => ThemeMatch | undefined,
  inPlan: (sheet: string, r: number, c: number) => boolean,
): Map<string, ThemeCode> {
  const out = new Map<string, ThemeCode>();
  const clash = new Set<string>();
  // Codes explained as two themes, each only by its words.
  const weak = new Set<string>();
  for (const view of views) {
    const text = (cell: Parameters<typeof displayText>[0]): string => displayText(cell, view.date1904);
    for (const r of view.rows) {
      const cells = view.rowCells(r);
      for (let i = 0; i + 1 < cells.length; i++) {
        const cell = cells[i]!;
        const next = cells[i + 1]!;
        // Beside it, or one empty column apart (room left between the code and its theme).
        if (next.c > cell.c + 2 || inPlan(view.name, cell.r, cell.c)) continue;
        const code = codeKey(text(cell));
        if (code === undefined) continue;
        const written = text(next);
        const found = themeOf(written);
        if (found === undefined) continue;
        const known = out.get(code);
        const entry: ThemeCode = {
          theme: found.theme,
          confidence: found.confidence,
          written,
          sheet: view.name,
          cells: [a1(cell.r, cell.c), a1(next.r, next.c)],
        };
        if (!known) out.set(code, entry);
        else if (known.theme === found.theme) {
          if (found.confidence > known.confidence) out.set(code, entry);
        } else if (known.confidence === 1 && found.confidence < 1) continue;
        else if (found.confidence === 1 && known.confidence < 1) {
          out.set(code, entry);
          weak.delete(code);
        } else if (known.confidence === 1) clash.add(code);
        else weak.add(code);
      }
    }
  }
  for (const code of weak) if ((out.get(code)?.confidence ?? 1) < 1) out.delete(code);
  for (const code of clash) out.delete(code);
  return out;
}

/** A text as a theme code's key ("T 1" → "t1"), or undefined when it is no code. */
export function codeKey(text: string): string | undefined {
  const n = normalizeText(text);
  if (n.length > 8 || !THEME_CODE.test(n)) return undefined;
  return n.replace(/[\s.-]/g, '');
}
