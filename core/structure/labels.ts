// The first look for a colour legend's label ("Farvekode:", "Signaturforklaring", "Legend"), on its
// own so that both the legend's search (colours.ts) and SheetView (which reads every text of a sheet
// once anyway) can take it.

/** A cheap first look for a legend's label (colours.ts LEGEND_LABEL). */
const MAY_BE_LABEL = /^\W*(?:farve|forklaring|signatur|legend|colou?r|key)/iu;

/**
 * MAY_BE_LABEL.test(text), answered without the pattern for the usual text (hot: every text cell of
 * a plan): the pattern's words start with f, s, l, c or k, after nothing but non-word characters, so
 * a text whose first ASCII word character is another one cannot match. A non-ASCII character
 * before it is left to the pattern (case folding under /iu reaches beyond ASCII).
 */
export function mayBeLabel(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (lower !== 102 && lower !== 115 && lower !== 108 && lower !== 99 && lower !== 107) return false;
      break;
    }
    if ((c >= 48 && c <= 57) || c === 95) return false;
  }
  return MAY_BE_LABEL.test(text);
}
