// A post handed over during the period, written in one cell: "Anne Holm (til 31/8), herefter Jens
// Lund", "Anne Holm til 31/8 – fra 1/9: Jens Lund", "Anne Holm (til 31/8) → Jens Lund", or with no
// day written, "Anne Holm, herefter Jens Lund". The one named
// last holds the post now (a plan is kept for what comes next); the one before is no part of the
// name. Read for the cover's coordinator and leader and for an activity's responsible, with a check.

/** A person's name as written: up to four words, each starting with a capital. */
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|af|de|van|von)){0,3})`;

/** "til 31/8", "(indtil august)", "frem til 1. sept.", "t.o.m. 31.08.2026", "until 31 Aug". */
const UNTIL = String.raw`\(?\s*(?:til|indtil|frem\s+til|t\.\s?o\.\s?m\.?|until)\s+[^()→]{1,24}?\)?`;

/** "herefter", "derefter", "og derefter", "fra 1/9:", "from 1 Sep", "thereafter", "then". */
const THEN = String.raw`(?:(?:og\s+)?(?:herefter|derefter|dernæst)|(?:fra|from)\s+[^:,;→]{1,20}?\s*:|(?:fra|from)\s+\d[^\s,;:]*|thereafter|then)`;

const HANDED_OVER = new RegExp(
  String.raw`^(.*?\p{L}{2}.*?)\s*[,;]?\s*${UNTIL}\s*[,;:–—-]?\s*${THEN}\s*[:–—-]?\s*${NAME}\s*$`,
  'u',
);

/** "Anne Holm → Jens Lund", "Anne Holm (til 31/8) → Jens Lund (fra 1/9)". */
const ARROW_TO = new RegExp(
  String.raw`^(\p{Lu}.*?\p{L}{2}.*?)\s*(?:→|->|=>|⇒)\s*${NAME}\s*(?:\(\s*(?:fra|from)\s+[^)]{1,24}\))?\s*$`,
  'u',
);

/** "Anne Holm, herefter Bo Jensen": a handover with no day written, marked by "herefter" alone. */
const THEN_ONLY = new RegExp(
  String.raw`^(\p{Lu}[^,;→()]*?\p{L}{2})\s*[,;–—-]\s*(?:og\s+)?(?:herefter|derefter|dernæst|thereafter)\s*[:–—-]?\s*${NAME}\s*$`,
  'u',
);

/**
 * The one who holds a post handed over in the period, and what is written of the one before.
 * Undefined unless a name follows the handover and someone is named before it.
 */
export function handedOver(written: string): { name: string; before: string } | undefined {
  // Cheap first tests, on the text as written (no copy of every responsible cell of a large plan):
  // short enough, and the words or the arrow that mark a handover.
  if (written.length > 120 && written.replace(/\s+/gu, ' ').trim().length > 120) return undefined;
  if (
    !/→|->|=>|⇒|\b(?:til|indtil|until|t\.\s*o\.\s*m|herefter|derefter|dernæst|thereafter)\b/iu.test(written)
  )
    return undefined;
  const text = written.replace(/\s+/gu, ' ').trim();
  if (text.length > 120) return undefined;
  const m = HANDED_OVER.exec(text) ?? ARROW_TO.exec(text) ?? THEN_ONLY.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const before = m[1].replace(/[\s,;:(–—-]+$/u, '').trim();
  if (!/\p{Lu}/u.test(before)) return undefined;
  return { name: m[2].trim(), before };
}
