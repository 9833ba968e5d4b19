// Marks that a table pasted from another Office program leaves in its cells (Word, Outlook,
// PowerPoint, OneNote), read as the coordinator meant them.

import type { ReadCheck } from '../schema';
import { quote } from './messages';

/** A bullet at a line's start, as Word, Outlook and PowerPoint write a list's items in a cell. */
const BULLET_LINE = /^[•·▪◦‣∙●○■□➢►\-–—*]\s*(?=\S)/u;

/**
 * A cell of two or more lines that are every one a bullet list's item ("• Infomøde for skolerne⏎•
 * Infomøde for sundhedsplejen"): several activities written in one row under one responsible,
 * deadline and status. Their texts joined by "; ", or undefined for any other text (a cell of one
 * line: the cheap first test).
 */
export function bulletList(text: string): { items: readonly string[]; joined: string } | undefined {
  if (text.indexOf('\n') === -1) return undefined;
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2 || !lines.every((l) => BULLET_LINE.test(l))) return undefined;
  const items = lines.map((l) => l.replace(BULLET_LINE, '').trim());
  return { items, joined: items.join('; ') };
}

/** The check for several activities read from one cell's bullet list. */
export function bulletListCheck(sheet: string, cell: string, items: readonly string[]): ReadCheck {
  const list = quote(items.join('; '));
  return {
    sheet,
    cell,
    field: 'activities.activity',
    value: list,
    confidence: 0.8,
    reason: {
      da: `Cellen rummer ${items.length} aktiviteter som punktliste ("${list}"), med én ansvarlig, frist og status: de er læst som én aktivitet. Skriv dem i hver sin række, hvis de skal følges hver for sig.`,
      en: `The cell holds ${items.length} activities as a bullet list ("${list}") under one responsible, deadline and status: they were read as one activity. Write them in rows of their own if they are to be followed one by one.`,
    },
  };
}
