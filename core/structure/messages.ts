// The issues structuring reports, each with a Danish and an English message that tells the
// coordinator what to do and quotes the value it is about.

import { issue } from '../codes';
import type { Issue } from '../schema';
import { INDICATORS, LIST_TITLES, PHASES, type ListId, type Phase } from '../spec';
import { listLabels } from '../normalize';
import { maskCprText } from '../validate/cpr';
import { isExcelErrorText } from '../grid';

const MAX_QUOTE = 60;

/**
 * A value quoted in a message: CPR numbers masked (core/validate/cpr; also one that lost its
 * leading zero in a number cell) and long text shortened, so that a message never repeats personal
 * data.
 */
export function quote(value: string): string {
  const masked = maskCprText(value).replace(/\s+/g, ' ').trim();
  return masked.length > MAX_QUOTE ? `${masked.slice(0, MAX_QUOTE - 1)}…` : masked;
}

/**
 * The message for a cell that shows one of Excel's errors ("#VALUE!", "#N/A") where a value should
 * stand: quoting it as a wrong value ("\"#VALUE!\" is not a Danish municipality") tells the
 * coordinator nothing. The usual causes are a formula or a linked data type (Geography, People) that
 * could not be worked out, often because the file was saved by a program that does not know it.
 * `what` names the value ("kommunen" / "the municipality"), `how` says what to write instead.
 */
function shownError(
  cell: string,
  value: string,
  what: { da: string; en: string },
  how: { da: string; en: string },
): { da: string; en: string } | undefined {
  const v = value.trim();
  if (!isExcelErrorText(v)) return undefined;
  return {
    da: `${cell} viser Excel-fejlen ${v} i stedet for ${what.da}: en formel eller en sammenkædet datatype kunne ikke beregnes, ofte fordi filen er gemt i et andet program. ${how.da}`,
    en: `${cell} shows Excel's error ${v} instead of ${what.en}: a formula or a linked data type could not be worked out, often because the file was saved by another program. ${how.en}`,
  };
}

export const DATE_EXAMPLES = {
  da: '15.03.2026, 15-03-2026, uge 12 2026, marts 2026, Q2 2026 eller januar–marts 2026',
  en: '15.03.2026, 15-03-2026, uge 12 2026 (week 12), marts 2026 (March), Q2 2026 or januar–marts 2026',
};

export function dateUnreadable(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  const shown = shownError(
    cell,
    value,
    { da: 'en dato', en: 'a date' },
    {
      da: `Skriv datoen som tekst eller dato, fx ${DATE_EXAMPLES.da}.`,
      en: `Write the date as a date or text, such as ${DATE_EXAMPLES.en}.`,
    },
  );
  if (shown) return issue('date_unreadable', sheet, cell, shown);
  return issue('date_unreadable', sheet, cell, {
    da: `Datoen "${v}" i ${cell} kan ikke læses. Skriv en dato eller periode som fx ${DATE_EXAMPLES.da}.`,
    en: `The date "${v}" in ${cell} cannot be read. Write a date or period such as ${DATE_EXAMPLES.en}.`,
  });
}

export function valueNotInList(sheet: string, cell: string, list: ListId, value: string): Issue {
  const v = quote(value);
  const title = LIST_TITLES[list];
  const shown = shownError(
    cell,
    value,
    { da: `en værdi for ${title.da.toLowerCase()}`, en: `a ${title.en.toLowerCase()}` },
    {
      da: `Vælg en af: ${listLabels(list, 'da').join(', ')}.`,
      en: `Choose one of: ${listLabels(list, 'en').join(', ')}.`,
    },
  );
  if (shown) return issue('value_not_in_list', sheet, cell, shown);
  return issue('value_not_in_list', sheet, cell, {
    da: `"${v}" i ${cell} er ikke en gyldig værdi for ${title.da.toLowerCase()}. Vælg en af: ${listLabels(list, 'da').join(', ')}.`,
    en: `"${v}" in ${cell} is not a valid ${title.en.toLowerCase()}. Choose one of: ${listLabels(list, 'en').join(', ')}.`,
  });
}

/** A phase written with a number and words naming another phase ("Fase 2 – implementering"). */
export function phaseConflict(
  sheet: string,
  cell: string,
  value: string,
  byNumber: Phase,
  byWords: Phase,
): Issue {
  const v = quote(value);
  const n = PHASES.findIndex((p) => p.id === byNumber) + 1;
  const label = (id: Phase, lang: 'da' | 'en'): string => PHASES.find((p) => p.id === id)?.label[lang] ?? id;
  return issue('value_not_in_list', sheet, cell, {
    da: `"${v}" i ${cell} nævner både fase ${n} (${label(byNumber, 'da')}) og ordene for ${label(byWords, 'da')}, så ingen fase er læst. Vælg én af: ${listLabels('phase', 'da').join(', ')}.`,
    en: `"${v}" in ${cell} names both phase ${n} (${label(byNumber, 'en')}) and the words of ${label(byWords, 'en')}, so no phase was read. Choose one of: ${listLabels('phase', 'en').join(', ')}.`,
  });
}

/** An activity marked under two or more status columns ("Ikke startet | I gang | Gennemført"). */
export function statusMarkedTwice(sheet: string, cell: string, labels: readonly string[]): Issue {
  const names = labels.map((l) => quote(l));
  return issue('value_not_in_list', sheet, cell, {
    da: `Aktiviteten i ${cell} har kryds ved flere statusser (${names.join(', ')}). Sæt kun ét kryds: status er én af dem.`,
    en: `The activity in ${cell} is marked under more than one status (${names.join(', ')}). Mark only one: the status is one of them.`,
  });
}

export function indicatorCodeUnknown(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  const codes = INDICATORS.map((i) => i.code).join(', ');
  return issue('value_not_in_list', sheet, cell, {
    da: `"${v}" i ${cell} er ikke en kode fra indikatorkataloget. Vælg en af: ${codes} – eller lad koden være tom og skriv jeres egen indikator i kolonnen Indikator.`,
    en: `"${v}" in ${cell} is not a code from the indicator catalogue. Choose one of: ${codes} – or leave the code blank and write your own indicator in the Indicator column.`,
  });
}

export function numberInvalid(sheet: string, cell: string, value: string, integer: boolean): Issue {
  const v = quote(value);
  return issue('number_invalid', sheet, cell, {
    da: integer
      ? `"${v}" i ${cell} er ikke et helt tal. Skriv et helt tal, 0 eller derover, fx 4.`
      : `"${v}" i ${cell} er ikke et tal. Skriv et tal, 0 eller derover, fx 7,5.`,
    en: integer
      ? `"${v}" in ${cell} is not a whole number. Write a whole number, 0 or more, e.g. 4.`
      : `"${v}" in ${cell} is not a number. Write a number, 0 or more, e.g. 7.5.`,
  });
}

/** A range ("6-8") where one figure belongs: no figure is guessed. */
export function numberRange(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  return issue('number_invalid', sheet, cell, {
    da: `"${v}" i ${cell} er et spænd, ikke ét tal, så intet tal er læst. Skriv ét tal, fx det laveste eller det I sigter efter.`,
    en: `"${v}" in ${cell} is a range, not one figure, so no figure was read. Write one figure, e.g. the lowest or the one you aim for.`,
  });
}

/** Why a figure written "ca. 6", "6+", "6 (+1 på venteliste)" or "6 af 20" is read as 6 with a check. */
export function figureApproximate(
  cell: string,
  value: string,
  figure: number,
  kind: 'about' | 'atLeast' | 'remark' | 'partOf' | 'signed' | 'plus' | 'letters' | 'unit',
): { da: string; en: string } {
  const v = quote(value);
  const da = String(figure).replace('.', ',');
  if (kind === 'unit')
    return {
      da: `"${v}" i ${cell} er et tal med en enhed, der ser ud til at være stavet forkert, så ${da} er læst. Ret tallet, hvis det er forkert.`,
      en: `"${v}" in ${cell} is a figure with a unit that looks misspelt, so ${figure} was read. Correct the figure if it is wrong.`,
    };
  if (kind === 'letters')
    return {
      da: `"${v}" i ${cell} har et bogstav, hvor der skulle stå et tal (O for 0, l for 1), så ${da} er læst. Ret tallet, hvis det er forkert.`,
      en: `"${v}" in ${cell} has a letter where a digit belongs (O for 0, l for 1), so ${figure} was read. Correct the figure if it is wrong.`,
    };
  if (kind === 'plus')
    return {
      da: `"${v}" i ${cell} er et tal med flere af noget andet lagt til, så ${da} er læst. Ret tallet, hvis de andre skal tælles med.`,
      en: `"${v}" in ${cell} is a figure with more of something else added, so ${figure} was read. Correct the figure if the others count too.`,
    };
  if (kind === 'signed')
    return {
      da: `"${v}" i ${cell} er skrevet med fortegn, som en ændring skrives, så ${da} er læst. Er det en ændring siden sidst, så skriv selve tallet.`,
      en: `"${v}" in ${cell} is written with a sign, as a change is written, so ${figure} was read. If it is a change since last time, write the figure itself.`,
    };
  if (kind === 'partOf')
    return {
      da: `"${v}" i ${cell} er et antal ud af et helt, så antallet ${da} er læst. Er tallet en andel, så skriv den i procent.`,
      en: `"${v}" in ${cell} is a count out of a whole, so the count ${figure} was read. If the figure is a share, write it as a percentage.`,
    };
  if (kind === 'remark')
    return {
      da: `"${v}" i ${cell} er et tal med en bemærkning i parentes, så ${da} er læst. Ret tallet, hvis bemærkningen ændrer det.`,
      en: `"${v}" in ${cell} is a figure with a remark in brackets, so ${figure} was read. Correct the figure if the remark changes it.`,
    };
  return kind === 'about'
    ? {
        da: `"${v}" i ${cell} er et omtrentligt tal, så ${da} er læst. Skriv det præcise tal, hvis I kender det.`,
        en: `"${v}" in ${cell} is an approximate figure, so ${figure} was read. Write the exact figure if you know it.`,
      }
    : {
        da: `"${v}" i ${cell} betyder mindst ${da}, så ${da} er læst. Skriv det præcise tal, hvis I kender det.`,
        en: `"${v}" in ${cell} means at least ${figure}, so ${figure} was read. Write the exact figure if you know it.`,
      };
}

export function checklistAmbiguous(
  sheet: string,
  cell: string,
  id: string,
  question: string,
  answers: readonly string[],
): Issue {
  const q = quote(question);
  const da = answers.map((a) => ({ yes: 'Ja', partly: 'Delvist', no: 'Nej' })[a] ?? a).join(' og ');
  const en = answers.map((a) => ({ yes: 'Yes', partly: 'Partly', no: 'No' })[a] ?? a).join(' and ');
  return issue('checklist_answer_ambiguous', sheet, cell, {
    da: `Spørgsmål ${id} ("${q}") er besvaret med både ${da}. Sæt kun ét kryds: Ja, Delvist eller Nej.`,
    en: `Question ${id} ("${q}") is answered with both ${en}. Mark only one answer: Yes, Partly or No.`,
  });
}

export function municipalityUnknown(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  const shown = shownError(
    cell,
    value,
    { da: 'kommunen', en: 'the municipality' },
    {
      da: 'Skriv kommunens navn eller kommunekode som tekst, fx "Aarhus" eller "751".',
      en: 'Write the municipality\'s name or code as text, e.g. "Aarhus" or "751".',
    },
  );
  if (shown) return issue('municipality_unknown', sheet, cell, shown);
  return issue('municipality_unknown', sheet, cell, {
    da: `"${v}" er ikke en dansk kommune. Skriv kommunens navn eller kommunekode, fx "Aarhus" eller "751".`,
    en: `"${v}" is not a Danish municipality. Write the municipality's name or code, e.g. "Aarhus" or "751".`,
  });
}

export function periodMalformed(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  const shown = shownError(
    cell,
    value,
    { da: 'perioden', en: 'the period' },
    {
      da: 'Skriv halvåret som 2026-H1 eller 2026-H2 (eller "2. halvår 2026").',
      en: 'Write the half-year as 2026-H1 or 2026-H2 (or "2. halvår 2026").',
    },
  );
  if (shown) return issue('period_malformed', sheet, cell, shown);
  return issue('period_malformed', sheet, cell, {
    da: `Perioden "${v}" kan ikke læses som et halvår fra 2024 til 2032. Skriv halvåret som 2026-H1 eller 2026-H2 (eller "2. halvår 2026").`,
    en: `The period "${v}" cannot be read as a half-year from 2024 to 2032. Write the half-year as 2026-H1 or 2026-H2 (or "2. halvår 2026").`,
  });
}

export function planTableMissing(sheet: string, cell: string): Issue {
  return issue('plan_table_missing', sheet, cell, {
    da: 'Der blev ikke fundet nogen implementeringsplan: en tabel med overskrifter som Tidsplan, Indsatsområde, Aktiviteter, Milepæle, Ansvarlig og Status. Skriv overskrifterne i rækken over jeres aktiviteter, eller kopier aktiviteterne ind i skabelonen.',
    en: 'No implementation plan was found: a table with headers such as Deadline, Focus area, Activity, Milestone, Responsible and Status. Write the headers in the row above your activities, or copy the activities into the template.',
  });
}
