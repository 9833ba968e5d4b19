// Text saved in one character set and read in another. A list exported as UTF-8 CSV (SharePoint,
// an ESDH system, a web tool) and opened in Danish Excel is read as Windows-1252: every æ becomes
// "Ã¦", ø "Ã¸", å "Ã¥", Æ/Ø/Å "Ã†"/"Ã˜"/"Ã…", é "Ã©", an en dash "â€“", a no-break space "Â "
// — and saved as .xlsx, the workbook keeps those letters as its text. A reader sees at once that
// "SÃ¸ren KjÃ¦r" is "Søren Kjær", and the repair is exact: the text's characters are the
// Windows-1252 bytes of the UTF-8 text that was meant. It is made only when the WHOLE text turns
// back so (every character a Windows-1252 byte, the bytes valid UTF-8 throughout) and what comes out
// is plainer text: fewer characters, letters and the punctuation a plan uses, nothing that shows
// as a control character. A text with one real "ø" in it, or a French "â" before a plain letter,
// stays as written.
//
// The other way round, a Windows-1252 file read as UTF-8, loses the letter: each æ, ø, å becomes
// U+FFFD (the replacement character, shown as "�"). That cannot be undone; such a text is kept as
// written and checked at its cell, and a list value is read from it only where one value alone fits
// with each lost letter any letter a Danish text has above ASCII (normalize.ts).

/** Windows-1252's characters for the bytes 0x80–0x9F (the five bytes it leaves undefined excepted). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178,
]; // prettier-ignore

/** Character → Windows-1252 byte for the characters above U+00FF and for 0x80–0x9F. */
const BYTE_OF = new Map<number, number>();
CP1252_HIGH.forEach((ch, i) => {
  // An undefined byte reaches the text as its C1 control (as Excel shows it): U+0081 is byte 0x81.
  BYTE_OF.set(ch === -1 ? 0x80 + i : ch, 0x80 + i);
});

/** The UTF-8 decoder that refuses what is not UTF-8 (one, made once). */
let strictUtf8: TextDecoder | undefined;

/**
 * Whether a text may be UTF-8 read as Windows-1252: it holds a UTF-8 lead byte read as a letter
 * (U+00C2–U+00F4: "Ã" before Danish letters, "Â" before a no-break space, "â" before a dash, "ð"
 * before an emoji) followed by a character that is a byte 0x80–0xBF in Windows-1252.
 */
export function mayBeMojibake(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc2 || c > 0xf4) continue;
    if (isCp1252Trail(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * Whether a character is a byte 0x80–0xBF read in Windows-1252 or in ISO-8859-1 (a C1 control): what
 * follows a lead byte read as a letter.
 */
export function isCp1252Trail(code: number): boolean {
  return (code >= 0x80 && code <= 0xbf) || (BYTE_OF.get(code) ?? 0) >= 0x80;
}

/** What a repair must not bring: a C1 control character (the ASCII ones stay as they were). */
const NOT_PLAIN = /[\u0080-\u009f]/;

/**
 * The text as it was meant, where it is UTF-8 read as Windows-1252 and turns back exactly (see the
 * file's head); undefined where it is not, or the repair is not plainly better.
 */
export function recodedText(text: string): string | undefined {
  // Saved and opened so twice (an export of an export): turned back as often, at most three times.
  let out = recodedOnce(text);
  for (let k = 0; k < 2 && out !== undefined; k++) {
    const again = recodedOnce(out);
    if (again === undefined) break;
    out = again;
  }
  return out;
}

/**
 * No-break spaces a text holds of its own (not the "Â" + no-break space that UTF-8's no-break space
 * reads as): typed or pasted after the damage, they separate the words, which are turned back each.
 */
const OWN_NO_BREAK_SPACES = /((?<!\u00c2)[\u00a0\u202f]+)/u;

function recodedOnce(text: string): string | undefined {
  if (!mayBeMojibake(text)) return undefined;
  if (!OWN_NO_BREAK_SPACES.test(text)) return recodedWhole(text);
  // Every word between them turns back, or holds nothing above ASCII: the one damage throughout.
  const parts = text.split(OWN_NO_BREAK_SPACES);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1 || !/[^\u0000-\u007f]/u.test(part)) out += part;
    else {
      const back = recodedWhole(part);
      if (back === undefined) return undefined;
      out += back;
    }
  }
  return out;
}

function recodedWhole(text: string): string | undefined {
  if (!mayBeMojibake(text)) return undefined;
  const bytes = new Uint8Array(text.length);
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ISO-8859-1 (Latin-1) reads the bytes 0x80–0x9F as the C1 controls of the same numbers, where
    // Windows-1252 has "€", "–", "“": a text read so ("FrikÃ¸b", "Jo â\u0080\u0093 de …", as a
    // program that decodes bytes one to one wrote it) turns back the same way.
    if (c <= 0xff) bytes[i] = c;
    else {
      const b = BYTE_OF.get(c);
      if (b === undefined) return undefined;
      bytes[i] = b;
    }
    if (bytes[i]! >= 0x80) high++;
  }
  strictUtf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let out: string;
  try {
    out = strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
  // Fewer characters (each repaired letter was two or three), and nothing a plan's text never holds.
  if (out.length >= text.length || high === 0 || NOT_PLAIN.test(out)) return undefined;
  return out;
}

/** Whether a text lost letters on its way (U+FFFD, the replacement character). */
export function hasLostLetters(text: string): boolean {
  return text.indexOf('\ufffd') !== -1;
}

/** The letters above ASCII a Danish text in Windows-1252 most often holds: what a lost letter was. */
export const LOST_LETTER_GUESSES: readonly string[] = ['æ', 'ø', 'å', 'é'];
