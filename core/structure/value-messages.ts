// The issues about values that cannot be read as a careful person would read them: a vague time, a
// date without a year in a plan that names none, a day and month that cannot be told apart. Each
// quotes the value, says why, and what to write instead (Danish and English). They share the code
// of an unreadable date (an error: an activity needs a deadline a leader can follow).

import { issue } from '../codes';
import { formatDanishDate as dk, formatEnglishDate as en } from '../dates';
import type { Issue } from '../schema';
import type { Label } from '../spec';
import { DATE_EXAMPLES, quote } from './messages';

/** Words that say when without saying a date: the text is kept and the coordinator asked. */
const VAGUE =
  /(?<![\p{L}])(?:løbende|fortløbende|kontinuerligt?|hele\s+(?:perioden|tiden|forløbet)|efter\s+behov|ved\s+behov|når\s|tbd|tba|n\/a|snarest|asap|forår|foråret|sommer|sommeren|sommerferien|efterår|efteråret|vinter|vinteren|jul|julen|påske|påsken|ongoing|continuous|as\s+needed|spring|summer|autumn|fall|winter|later|senere|ikke\s+fastlagt|uafklaret|afventer)(?![\p{L}])/iu;

/** Whether a time text is vague rather than wrong ("Løbende", "efterår 2026", "efter behov"). */
export function isVagueTime(text: string): boolean {
  return VAGUE.test(text) || /^\s*\?+\s*$/u.test(text);
}

export function dateVague(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  return issue('date_unreadable', sheet, cell, {
    da: `"${v}" i ${cell} siger ikke hvornår aktiviteten skal være færdig, så teksten er gemt, men der er ingen deadline. Skriv en dato eller periode som fx ${DATE_EXAMPLES.da} – for en løbende aktivitet fx slutningen af planperioden.`,
    en: `"${v}" in ${cell} does not say when the activity is due, so the text was kept, but there is no deadline. Write a date or period such as ${DATE_EXAMPLES.en} – for a continuous activity, e.g. the end of the plan's period.`,
  });
}

export function dateWithoutYear(sheet: string, cell: string, value: string): Issue {
  const v = quote(value);
  return issue('date_unreadable', sheet, cell, {
    da: `Datoen "${v}" i ${cell} har intet år, og hverken titlen, perioden eller datoerne omkring den viser året. Skriv året med, fx "${v} 2026".`,
    en: `The date "${v}" in ${cell} has no year, and neither the title, the period nor the dates around it show the year. Add the year, e.g. "${v} 2026".`,
  });
}

/**
 * A date without a year whose week or day the plan's year does not have ("uge 53" in a plan for 2027,
 * a year of 52 ISO weeks; "29.02" in a plan for 2027): it is the year that lacks it, not the cell
 * that lacks a year. Names the nearest year that has it, where one is near.
 */
export function dateNotInPlanYears(
  sheet: string,
  cell: string,
  value: string,
  o: {
    lacking: 'week53' | 'leapDay';
    from: number;
    to: number;
    nearest?: number;
    first?: string;
    last?: string;
  },
): Issue {
  const v = quote(value);
  const years = o.from === o.to ? `${o.from}` : `${o.from}–${o.to}`;
  const what =
    o.lacking === 'week53'
      ? {
          da: `planens år ${years} har ingen uge 53 (${o.from === o.to ? 'året har' : 'årene har'} 52 uger)`,
          en: `the plan's ${o.from === o.to ? 'year' : 'years'} ${years} ${o.from === o.to ? 'has' : 'have'} no week 53 (52 weeks)`,
        }
      : {
          da: `planens år ${years} har ingen 29. februar (det er ikke skudår)`,
          en: `the plan's ${o.from === o.to ? 'year' : 'years'} ${years} ${o.from === o.to ? 'has' : 'have'} no 29 February (no leap year)`,
        };
  const days =
    o.first === undefined || o.last === undefined
      ? undefined
      : o.first === o.last
        ? { da: dk(o.first), en: en(o.first) }
        : { da: `${dk(o.first)}–${dk(o.last)}`, en: `${en(o.first)} – ${en(o.last)}` };
  const hint =
    o.nearest !== undefined && days
      ? {
          da: ` Menes ${o.nearest} (${days.da}), så skriv året med, fx "${v} ${o.nearest}"; ellers ret datoen.`,
          en: ` If ${o.nearest} is meant (${days.en}), add the year, e.g. "${v} ${o.nearest}"; otherwise correct the date.`,
        }
      : { da: ' Ret datoen, eller skriv året med.', en: ' Correct the date, or add the year.' };
  return issue('date_unreadable', sheet, cell, {
    da: `Datoen "${v}" i ${cell} har intet år, og ${what.da}, så den er ikke læst.${hint.da}`,
    en: `The date "${v}" in ${cell} has no year, and ${what.en}, so it was not read.${hint.en}`,
  });
}

export function dateOrderUndecidable(
  sheet: string,
  cell: string,
  value: string,
  dayFirst: Label,
  monthFirst: Label,
): Issue {
  const v = quote(value);
  return issue('date_unreadable', sheet, cell, {
    da: `Datoen "${v}" i ${cell} kan være både ${dayFirst.da} og ${monthFirst.da}, og kolonnen har datoer skrevet både med dagen først og med måneden først. Skriv datoen som dd.mm.åååå, fx 15.03.2026.`,
    en: `The date "${v}" in ${cell} may be ${dayFirst.en} or ${monthFirst.en}, and the column has dates written both day first and month first. Write the date as dd.mm.yyyy, e.g. 15.03.2026.`,
  });
}

/** A slashed date that reads both ways in a column where nothing shows the order: not guessed. */
export function dateOrderUnknown(
  sheet: string,
  cell: string,
  value: string,
  dayFirst: Label,
  monthFirst: Label,
): Issue {
  const v = quote(value);
  return issue('date_unreadable', sheet, cell, {
    da: `Datoen "${v}" i ${cell} kan være både ${dayFirst.da} (dagen først) og ${monthFirst.da} (måneden først), og ingen dato i kolonnen viser rækkefølgen, så den er ikke gættet. Skriv datoen som dd.mm.åååå, fx 15.03.2026.`,
    en: `The date "${v}" in ${cell} may be ${dayFirst.en} (day first) or ${monthFirst.en} (month first), and no date in the column shows the order, so it was not guessed. Write the date as dd.mm.yyyy, e.g. 15.03.2026.`,
  });
}
