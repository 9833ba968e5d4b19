// The checks that reading the layout of a plan gives: a value read with less than certainty, at the
// cell it was read from, with why in Danish and English (see ReadCheck in core/schema.ts).

import { a1, type GridSheet } from '../grid';
import { recodedText } from '../mojibake';
import type { ReadCheck } from '../schema';
import { STATUSES, fieldLabel, type Label, type Status, type Theme } from '../spec';
import { lightName, type ColourReading } from './colours';
import { quote } from './messages';
import { themeLabel } from './themes';

function statusLabel(status: Status): string {
  return STATUSES.find((s) => s.id === status)?.label.da ?? status;
}

function statusLabelEn(status: Status): string {
  return STATUSES.find((s) => s.id === status)?.label.en ?? status;
}

/**
 * A status read from a colour (or a colour word) without a legend that says it exactly: no legend,
 * a colour not quite the legend's, or a legend word that names the status only as a judgement.
 */
export function colourCheck(
  sheet: string,
  cell: string,
  reading: ColourReading,
  legendAt?: string,
): ReadCheck {
  // A legend's colour of another kind (grey) is read only when it is the very colour: no check.
  const colour = reading.light ? lightName(reading.light) : { da: 'farven', en: 'the colour' };
  const label = statusLabel(reading.status);
  const word = reading.word;
  const where = legendAt ? ` i ${legendAt}` : '';
  const whereEn = legendAt ? ` in ${legendAt}` : '';
  const reason =
    reading.from === 'legend' && word
      ? {
          da: `Status læst ud fra farven (${colour.da}) og farveforklaringen${where}, hvor farven står ved "${quote(word.text)}": ${word.why?.da ?? `læst som ${label}.`}`,
          en: `Status read from the colour (${colour.en}) and the colour legend${whereEn}, where the colour stands beside "${quote(word.text)}": ${word.why?.en ?? `read as ${statusLabelEn(reading.status)}.`}`,
        }
      : reading.from === 'legend'
        ? {
            da: `Status læst ud fra farven (${colour.da}) og farveforklaringen${legendAt ? ` i ${legendAt}` : ''}; farven er ikke helt den samme som i forklaringen.`,
            en: `Status read from the colour (${colour.en}) and the colour legend${legendAt ? ` in ${legendAt}` : ''}; the colour is not quite the legend's.`,
          }
        : reading.from === 'column'
          ? {
              da: `Status læst ud fra farven (${colour.da}): i samme kolonne står "${label}" ved den farve.`,
              en: `Status read from the colour (${colour.en}): the same column says "${label}" beside that colour.`,
            }
          : {
              da: `Status læst ud fra farven (${colour.da} = ${label.toLowerCase()} er den sædvanlige læsning); der er ingen farveforklaring i projektmappen.`,
              en: `Status read from the colour (${colour.en} = ${label.toLowerCase()} is the usual reading); the workbook has no colour legend.`,
            };
  return {
    sheet,
    cell,
    field: 'activities.status',
    value: `${label} (${colour.da})`,
    confidence: reading.confidence,
    reason,
  };
}

/** A theme matched by meaning: in a theme cell, a heading row or a sheet's name. */
export function themeCheck(
  sheet: string,
  cell: string,
  written: string,
  theme: Theme,
  confidence: number,
  where: 'cell' | 'heading' | 'sheet',
): ReadCheck {
  const label = themeLabel(theme);
  const place =
    where === 'sheet'
      ? { da: `Arkets navn "${written}"`, en: `The sheet name "${written}"` }
      : where === 'heading'
        ? { da: `Overskriften "${written}"`, en: `The heading "${written}"` }
        : { da: `"${written}"`, en: `"${written}"` };
  return {
    sheet,
    cell,
    field: 'activities.theme',
    value: `${written} → ${label}`,
    confidence,
    reason: {
      da: `${place.da} er læst som indsatsområdet "${label}" ud fra ordene, ikke en præcis betegnelse.`,
      en: `${place.en} is read as the focus area "${label}" from its words, not an exact name.`,
    },
  };
}

/** A start or deadline from a Gantt chart whose headers do not name the year. */
export function ganttYearCheck(
  sheet: string,
  cell: string,
  field: 'start' | 'deadline',
  value: string,
  year: number,
  from: string,
): ReadCheck {
  return {
    sheet,
    cell,
    field: `activities.${field}`,
    value,
    confidence: 0.8,
    reason: {
      da: `Læst ud fra markeringen i tidsplanens kolonner; året (${year}) står ikke i kolonneoverskrifterne og er taget fra ${from === 'dates' ? 'arkets øvrige datoer' : from}.`,
      en: `Read from the marks in the timeline columns; the year (${year}) is not in the column headers and was taken from ${from === 'dates' ? "the sheet's other dates" : from}.`,
    },
  };
}

/** A column mapped to a field with less than certainty. */
export function columnCheck(
  sheet: string,
  cell: string,
  header: string,
  table: string,
  field: string,
  confidence: number,
): ReadCheck {
  const name = fieldLabel(`${table}.${field}`);
  return {
    sheet,
    cell,
    field: 'column',
    value: `${header} → ${table}.${field}`,
    confidence,
    reason: {
      da: `Kolonnen "${header}" er læst som "${name.da}" ud fra ${header === '' ? 'indholdet' : 'overskriften eller indholdet'}; overskriften er ikke en kendt betegnelse for feltet.`,
      en: `The column "${header}" is read as "${name.en}" from ${header === '' ? 'its content' : 'its header or content'}; the header is not a known name for the field.`,
    },
  };
}

/** Why a plan table on a sheet was not read as the plan. */
export type SheetNotRead = 'hidden' | 'otherHalf' | 'log' | 'copy' | 'copyEdited' | 'sameSheet';

/** A plan table not read as the plan: on a hidden sheet beside a visible one, or another half-year's sheet. */
export function sheetNotReadCheck(sheet: string, why: SheetNotRead, kept: string): ReadCheck {
  const reason =
    why === 'sameSheet'
      ? {
          da: `Arket "${sheet}" er en kopi af "${kept}" med nøjagtig det samme indhold; det er kun læst én gang, fra "${kept}", så intet tælles to gange. Skal kopien ikke bruges, så slet den.`,
          en: `The sheet "${sheet}" is a copy of "${kept}" with exactly the same content; it was read once, from "${kept}", so nothing counts twice. If the copy is not needed, delete it.`,
        }
      : why === 'copy'
        ? {
            da: `Arket "${sheet}" er en kopi af "${kept}" med de samme aktiviteter; planen er læst fra "${kept}", så hver aktivitet kun tælles én gang. Skal kopien ikke bruges, så slet den.`,
            en: `The sheet "${sheet}" is a copy of "${kept}" with the same activities; the plan is read from "${kept}", so each activity counts once. If the copy is not needed, delete it.`,
          }
        : why === 'copyEdited'
          ? {
              da: `Arket "${sheet}" er en kopi af "${kept}", men aktiviteterne er ikke helt de samme. Planen er læst fra "${kept}"; aktiviteterne på "${sheet}" er ikke læst (cellerne er vist som ikke placeret). Er "${sheet}" den gældende plan, så slet "${kept}" eller giv arkene navne, der siger, hvilket der gælder.`,
              en: `The sheet "${sheet}" is a copy of "${kept}", but its activities are not quite the same. The plan is read from "${kept}"; the activities on "${sheet}" were not read (their cells are listed as not placed). If "${sheet}" is the current plan, delete "${kept}" or name the sheets so that it is clear which one applies.`,
            }
          : why === 'log'
            ? {
                da: `Arket "${sheet}" er en log eller et referat (daterede noter), ikke planen; planen er læst fra "${kept}". Rækkerne på "${sheet}" er ikke læst som aktiviteter (cellerne er vist som ikke placeret). Er der aktiviteter på "${sheet}", så flyt dem over på "${kept}".`,
                en: `The sheet "${sheet}" is a log or minutes (dated notes), not the plan; the plan is read from "${kept}". The rows on "${sheet}" were not read as activities (their cells are listed as not placed). If "${sheet}" holds activities, move them to "${kept}".`,
              }
            : why === 'hidden'
              ? {
                  da: `Arket "${sheet}" er skjult, og planen er læst fra det synlige ark "${kept}". Aktiviteterne på "${sheet}" er ikke læst (cellerne er vist som ikke placeret). Er "${sheet}" den gældende plan, så vis arket og slet eller skjul det gamle.`,
                  en: `The sheet "${sheet}" is hidden, and the plan is read from the visible sheet "${kept}". The activities on "${sheet}" were not read (their cells are listed as not placed). If "${sheet}" is the current plan, unhide it and delete or hide the old one.`,
                }
              : {
                  da: `Arket "${sheet}" er et andet halvårs plan; planen er læst fra "${kept}", halvåret der indberettes (står det ikke i projektmappen, det seneste). Aktiviteterne på "${sheet}" er ikke læst (cellerne er vist som ikke placeret). Hører de med til planen, så flyt dem over på "${kept}".`,
                  en: `The sheet "${sheet}" is another half-year's plan; the plan is read from "${kept}", the half-year being reported (when the workbook does not say, the latest). The activities on "${sheet}" were not read (their cells are listed as not placed). If they belong to the plan, move them to "${kept}".`,
                };
  return { sheet, cell: 'A1', field: 'sheet', value: sheet, confidence: 0.5, reason };
}

/** A plan row that repeats the row above it, cell for cell: read once. */
export function repeatedRowCheck(sheet: string, row: number, above: number): ReadCheck {
  return {
    sheet,
    cell: `A${row}`,
    field: 'sheet',
    value: String(row),
    confidence: 0.6,
    reason: {
      da: `Række ${row} gentager række ${above} celle for celle og er læst som den samme aktivitet, så den kun tælles én gang. Er det to aktiviteter, så skriv, hvad der skiller dem (fx fristen); ellers slet rækken.`,
      en: `Row ${row} repeats row ${above} cell for cell and was read as the same activity, so it counts once. If they are two activities, write what tells them apart (the deadline, say); otherwise delete the row.`,
    },
  };
}

/** A check about a sheet or a part of it (field 'sheet'): what was read there, and why. */
export function sheetCheck(
  sheet: string,
  cell: string,
  value: string,
  da: string,
  en: string,
  confidence = 0.6,
): ReadCheck {
  return { sheet, cell, field: 'sheet', value, confidence, reason: { da, en } };
}

/**
 * A table that is no plan, passed over (a history of changes, a review's list of what to fix): what
 * it is (`is`: "er en liste over …; den er ikke læst som aktiviteter"), where the plan was read, and
 * what to do if it is not to be submitted.
 */
export function passedOverTableCheck(
  sheet: string,
  cell: string,
  kept: string | undefined,
  is: { readonly da: string; readonly en: string },
): ReadCheck {
  const plan = kept === undefined ? '' : ` Planen er læst fra "${kept}".`;
  const planEn = kept === undefined ? '' : ` The plan was read from "${kept}".`;
  return sheetCheck(
    sheet,
    cell,
    sheet,
    `Tabellen på arket "${sheet}" ${is.da}.${plan} Skal listen ikke indsendes, så slet arket.`,
    `The table on the sheet "${sheet}" ${is.en}.${planEn} If the list is not meant to be submitted, delete the sheet.`,
  );
}

/** A sheet that gathers the plan rows of other sheets (a "Samlet" or "Overblik"): not read. */
/** A sheet holding the same activities as another, where they read better: passed over. */
export function samePlanSheetCheck(sheet: string, cell: string, kept: string): ReadCheck {
  return sheetCheck(
    sheet,
    cell,
    sheet,
    `Arket "${sheet}" har de samme aktiviteter med de samme frister som arket "${kept}" og intet andet (fx rådata og den visning, en formel laver af dem). Planen er læst på "${kept}", hvor tema, ansvarlig og status kan læses; "${sheet}" er ikke læst som plan igen. Er det ikke den samme plan, så ret et af arkene.`,
    `The sheet "${sheet}" holds the same activities with the same deadlines as the sheet "${kept}" and nothing else (raw data and the view a formula makes of it, say). The plan was read on "${kept}", where theme, responsible and status can be read; "${sheet}" was not read as the plan again. If it is not the same plan, correct one of the sheets.`,
  );
}

export function summarySheetCheck(sheet: string, cell: string, parts: readonly string[]): ReadCheck {
  const list = (and: string): string =>
    parts.length < 2
      ? `"${parts[0] ?? ''}"`
      : `${parts
          .slice(0, -1)
          .map((p) => `"${p}"`)
          .join(', ')} ${and} "${parts[parts.length - 1] ?? ''}"`;
  return {
    sheet,
    cell,
    field: 'sheet',
    value: sheet,
    confidence: 0.6,
    reason: {
      da: `Arket "${sheet}" samler aktiviteterne fra arkene ${list('og')} (de samme aktiviteter med de samme frister og intet andet); aktiviteterne er læst på de ark, så hver tælles én gang, og "${sheet}" er ikke læst som plan.`,
      en: `The sheet "${sheet}" gathers the activities of the sheets ${list('and')} (the same activities with the same deadlines and nothing else); the activities were read on those sheets, so each counts once, and "${sheet}" was not read as the plan.`,
    },
  };
}

/** A plan sheet's activity that the summary sheet leaves out: read, to be confirmed. */
export function unsummarisedSheetCheck(
  sheet: string,
  cell: string,
  summary: string,
  parts: readonly string[],
): ReadCheck {
  const list = (and: string): string =>
    parts.length < 2
      ? `"${parts[0] ?? ''}"`
      : `${parts
          .slice(0, -1)
          .map((p) => `"${p}"`)
          .join(', ')} ${and} "${parts[parts.length - 1] ?? ''}"`;
  return {
    sheet,
    cell,
    field: 'activities.activity',
    value: sheet,
    confidence: 0.5,
    reason: {
      da: `Overblikket på arket "${summary}" samler kun arkene ${list('og')}, ikke arket "${sheet}". Aktiviteten er læst med i planen. Hører arket ikke længere med (en afdeling, der er gået ud af indsatsen, et ark, der var skjult), så slet eller skjul det; hører det med, så tag det med i overblikket.`,
      en: `The overview on the sheet "${summary}" gathers only the sheets ${list('and')}, not the sheet "${sheet}". The activity was read into the plan. If the sheet no longer belongs (a department that left the effort, a sheet that was hidden), delete or hide it; if it belongs, add it to the overview.`,
    },
  };
}

/** An activity listed on another sheet too, with the same text and deadline: kept, to be confirmed. */
export function sharedActivityCheck(
  sheet: string,
  cell: string,
  other: { sheet: string; row: number },
): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.activity',
    value: sheet,
    confidence: 0.7,
    reason: {
      da: `Den samme aktivitet med den samme frist står også på arket "${other.sheet}" (række ${other.row}). Den er læst én gang på hvert ark, med arkets egen ansvarlige. Er det én fælles aktivitet, der kun skal tælles én gang, så slet den ene eller skriv på begge, at den er fælles.`,
      en: `The same activity with the same deadline is also on the sheet "${other.sheet}" (row ${other.row}). It was read once on each sheet, with that sheet's own responsible. If it is one joint activity that should count once, delete one or write on both that it is joint.`,
    },
  };
}

/** A plan table that repeats another cell for cell: read once. */
export function repeatedTableCheck(sheet: string, cell: string, kept: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'sheet',
    value: sheet,
    confidence: 0.6,
    reason: {
      da: `Tabellen ved ${cell} er en kopi af planen ved ${kept} med de samme aktiviteter; den er kun læst én gang, så hver aktivitet tælles én gang. Skal kopien ikke bruges, så slet den.`,
      en: `The table at ${cell} is a copy of the plan at ${kept} with the same activities; it was read once, so each activity counts once. If the copy is not needed, delete it.`,
    },
  };
}

/** A plan table under a title saying it is an earlier half-year's plan: not read as the plan. */
export function earlierTableCheck(
  sheet: string,
  title: { cell: string; text: string },
  kept: string,
  year?: { readonly title: number; readonly period: number },
): ReadCheck {
  const text = quote(title.text);
  // A whole year's plan is named as one: last year's, or an earlier year's (not a half-year's).
  const which =
    year === undefined
      ? { da: 'et tidligere halvårs plan', en: "an earlier half-year's plan" }
      : year.title === year.period - 1
        ? { da: 'sidste års plan', en: "last year's plan" }
        : { da: 'et tidligere års plan', en: "an earlier year's plan" };
  return {
    sheet,
    cell: title.cell,
    field: 'sheet',
    value: text,
    confidence: 0.6,
    reason: {
      da: `Tabellen under "${text}" er ${which.da}, stående til orientering; planen er læst fra tabellen ved ${kept}. Rækkerne under "${text}" er ikke læst som aktiviteter (cellerne er vist som ikke placeret). Hører de med til planen, så flyt dem op i den.`,
      en: `The table under "${text}" is ${which.en}, kept for reference; the plan is read from the table at ${kept}. The rows under "${text}" were not read as activities (their cells are listed as not placed). If they belong to the plan, move them into it.`,
    },
  };
}

/**
 * A numbered row over the rows numbered under it ("2" over "2.1", "2.2") read as no activity,
 * checked at its text; `reason` says what it was read as, given the row as shown.
 */
export function numberedParentCheck(
  sheet: string,
  cell: string,
  number: string,
  text: string,
  reason: (shown: string) => Label,
): ReadCheck {
  const shown = text === '' ? number : `${number} ${text}`;
  return { sheet, cell, field: 'activities.row', value: shown, confidence: 0.8, reason: reason(shown) };
}

/** A parent row of an outline read as the heading of the rows numbered under it, not an activity. */
export function outlineParentCheck(sheet: string, cell: string, number: string, text: string): ReadCheck {
  return numberedParentCheck(sheet, cell, number, text, (shown) => ({
    da: `Rækken "${shown}" er læst som overskrift for aktiviteterne nummereret ${number}.1, ${number}.2 … under den, ikke som en aktivitet: den har ingen status. Er den selv en aktivitet, så giv den en status.`,
    en: `The row "${shown}" is read as the heading of the activities numbered ${number}.1, ${number}.2 … under it, not as an activity: it has no status. If it is an activity itself, give it a status.`,
  }));
}

/**
 * Checks at cells, the first `max` one by one and the rest in one check (at the sheet of the first
 * left out): a workbook with thousands of such cells gets a list a coordinator can read.
 */
function cappedCellChecks<S extends { readonly name: string }, T>(
  sheets: readonly S[],
  items: (sheet: S) => readonly T[] | undefined,
  one: (sheet: string, item: T) => ReadCheck,
  rest: (sheet: string, count: number) => ReadCheck,
  max: number,
): ReadCheck[] {
  const out: ReadCheck[] = [];
  let left = 0;
  let leftSheet = '';
  for (const sheet of sheets) {
    for (const item of items(sheet) ?? []) {
      if (out.length >= max) {
        if (left++ === 0) leftSheet = sheet.name;
        continue;
      }
      out.push(one(sheet.name, item));
    }
  }
  if (left > 0) out.push(rest(leftSheet, left));
  return out;
}

/** At most this many formula cells are listed one by one; the rest in one check. */
const MAX_UNCALCULATED = 200;

/**
 * Formula cells whose value the file does not hold and that could not be worked out (a workbook
 * saved by a program that does not calculate: GridSheet.uncalculated). Excel would show a value
 * there; the reading shows none (or a result saved before), so each is to be checked.
 */
export function uncalculatedChecks(
  sheets: readonly { readonly name: string; readonly uncalculated?: GridSheet['uncalculated'] }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.uncalculated,
    (sheet, u) => ({
      sheet,
      cell: a1(u.r, u.c),
      field: 'formula',
      value: '',
      confidence: 0,
      reason: u.cached
        ? {
            da: 'Cellen har en formel, og projektmappen beder Excel om at regne den ud igen, når filen åbnes: værdien, der er gemt i filen, er ikke den, Excel viser, og korpsplan kan ikke regne denne formel ud, så cellen er læst som tom. Åbn filen i Excel, gem den, og indlæs den igen – eller skriv værdien i cellen.',
            en: 'The cell holds a formula, and the workbook asks Excel to calculate it again when the file is opened: the value saved in the file is not the one Excel shows, and korpsplan cannot work this formula out, so the cell is read as empty. Open the file in Excel, save it and load it again – or type the value into the cell.',
          }
        : {
            da: 'Cellen har en formel uden beregnet værdi i filen (den er gemt af et program, der ikke regner formler ud), og korpsplan kan ikke regne den ud. Åbn filen i Excel, gem den, og indlæs den igen – eller skriv værdien i cellen.',
            en: 'The cell holds a formula without a calculated value in the file (it was saved by a program that does not calculate formulas), and korpsplan cannot work it out. Open the file in Excel, save it and load it again – or type the value into the cell.',
          },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'formula',
      value: '',
      confidence: 0,
      reason: {
        da: `Yderligere ${count} celler med formler har ingen beregnet værdi i filen. Åbn filen i Excel, gem den, og indlæs den igen.`,
        en: `${count} more cells with formulas have no calculated value in the file. Open the file in Excel, save it and load it again.`,
      },
    }),
    MAX_UNCALCULATED,
  );
}

/** At most this many cells with a date written as text are listed one by one; the rest in one check. */
const MAX_TEXT_DATES = 200;

/**
 * Number cells whose date the file writes as text where Excel expects a serial number
 * (GridSheet.textDates: R's openxlsx saves a date cell so). The day is plain and read, but a
 * spreadsheet program need not show it (LibreOffice shows the year as a date in 1905), so what the
 * coordinator sees may differ from what was read: each is to be checked.
 */
export function textDateChecks(
  sheets: readonly { readonly name: string; readonly textDates?: GridSheet['textDates'] }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.textDates,
    (sheet, d) => ({
      sheet,
      cell: a1(d.r, d.c),
      field: 'textDate',
      value: d.day,
      confidence: 0.5,
      reason: {
        da: `Cellens dato er gemt som tekst (${d.day}) i en talcelle, sådan som et andet program (fx R's openxlsx) gemmer en datocelle. korpsplan har læst datoen, men en talcelle må kun rumme et tal: Excel kan vise cellen anderledes eller kalde filen beskadiget, og LibreOffice viser årstallet som en dato i 1905. Tjek datoen, og skriv den ind igen i Excel.`,
        en: `The cell's date is stored as text (${d.day}) in a number cell, as another program (such as R's openxlsx) saves a date cell. korpsplan has read the date, but a number cell may hold only a number: Excel may show the cell otherwise or call the file damaged, and LibreOffice shows the year as a date in 1905. Check the date, and type it in again in Excel.`,
      },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'textDate',
      value: '',
      confidence: 0.5,
      reason: {
        da: `Yderligere ${count} celler har en dato gemt som tekst i en talcelle. Åbn filen i Excel, skriv datoerne ind igen, og gem den.`,
        en: `${count} more cells have a date stored as text in a number cell. Open the file in Excel, type the dates in again, and save it.`,
      },
    }),
    MAX_TEXT_DATES,
  );
}

/**
 * Text cells whose text began with the XML attribute of the element that held it (GridSheet.markupTexts:
 * R's openxlsx writes an inline text's <t xml:space="preserve"> so), or held a control character's
 * escape written out as text (`_x000B_`: LibreOffice and XlsxWriter write PowerPoint's line break so). Read without it, but the
 * coordinator's program shows it in the cell: each is to be checked, the first 200 one by one.
 */
export function markupTextChecks(
  sheets: readonly { readonly name: string; readonly markupTexts?: GridSheet['markupTexts'] }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.markupTexts,
    (sheet, m) => ({
      sheet,
      cell: a1(m.r, m.c),
      field: 'markupText',
      value: m.markup,
      confidence: 0.5,
      reason: m.markup.startsWith('_x')
        ? {
            da: `Cellens tekst indeholder ${m.markup}, koden for et usynligt tegn (fx et linjeskift fra PowerPoint), som et andet program (fx LibreOffice) har skrevet ind i teksten som bogstaver. korpsplan har læst koden som tegnet (et linjeskift), men koden står stadig i cellen. Erstat ${m.markup} med et mellemrum eller et linjeskift (Alt+Enter) i cellen i Excel.`,
            en: `The cell's text holds ${m.markup}, the code of an invisible character (such as a line break from PowerPoint) that another program (such as LibreOffice) wrote into the text as letters. korpsplan has read the code as the character (a line break), but the code is still in the cell. Replace ${m.markup} with a space or a line break (Alt+Enter) in the cell in Excel.`,
          }
        : {
            da: `Cellens tekst begynder med ${m.markup}, en rest af filens XML, som et andet program (fx R's openxlsx) har skrevet ind i teksten. korpsplan har læst teksten uden den, men den står stadig i cellen. Slet ${m.markup} i cellen i Excel.`,
            en: `The cell's text begins with ${m.markup}, a remnant of the file's XML that another program (such as R's openxlsx) wrote into the text. korpsplan has read the text without it, but it is still in the cell. Delete ${m.markup} from the cell in Excel.`,
          },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'markupText',
      value: '',
      confidence: 0.5,
      reason: {
        da: `Yderligere ${count} celler har tekst med en rest af filens XML (xml:space="preserve"> eller en kode som _x000B_). Ret cellerne i Excel, og gem filen.`,
        en: `${count} more cells have text holding a remnant of the file's XML (xml:space="preserve"> or a code such as _x000B_). Correct the cells in Excel, and save the file.`,
      },
    }),
    MAX_TEXT_DATES,
  );
}

/**
 * Cells the file writes twice (GridSheet.cellsGivenTwice: no program does; a broken or crafted
 * file). The last value is read; an earlier one is lost without the coordinator seeing it, so each
 * is to be checked, the first 200 one by one.
 */
export function givenTwiceChecks(
  sheets: readonly { readonly name: string; readonly cellsGivenTwice?: GridSheet['cellsGivenTwice'] }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.cellsGivenTwice,
    (sheet, d) => ({
      sheet,
      cell: a1(d.r, d.c),
      field: 'cellGivenTwice',
      value: '',
      confidence: 0.5,
      reason: {
        da: 'Cellen står to gange i filen med hver sin værdi – det skriver Excel aldrig, så filen kan være beskadiget. korpsplan har læst den sidste værdi; den første er gået tabt. Tjek cellens værdi i Excel, skriv den ind igen, og gem.',
        en: "The cell is written twice in the file, each time with a value – Excel never writes that, so the file may be damaged. korpsplan has read the last value; the first is lost. Check the cell's value in Excel, type it in again, and save.",
      },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'cellGivenTwice',
      value: '',
      confidence: 0.5,
      reason: {
        da: `Yderligere ${count} celler står to gange i filen; for hver er den sidste værdi læst. Tjek cellerne i Excel, og gem filen igen.`,
        en: `${count} more cells are written twice in the file; the last value of each was read. Check the cells in Excel, and save the file again.`,
      },
    }),
    MAX_TEXT_DATES,
  );
}

/**
 * Cells holding a value under a merged range other than its top-left one (GridSheet.cellsUnderMerges):
 * Excel shows the top-left value alone, so the value was read from a cell no one sees. Each is to be
 * checked, the first 200 one by one.
 */
export function underMergeChecks(
  sheets: readonly { readonly name: string; readonly cellsUnderMerges?: GridSheet['cellsUnderMerges'] }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.cellsUnderMerges,
    (sheet, d) => ({
      sheet,
      cell: a1(d.r, d.c),
      field: 'cellUnderMerge',
      value: '',
      confidence: 0.5,
      reason: {
        da: 'Cellen ligger under en fletning, men er ikke dens øverste venstre celle, og har alligevel en værdi i filen – Excel viser den ikke. korpsplan har læst den. Tjek i Excel (ophæv fletningen) om værdien skal med, og gem.',
        en: 'The cell lies under a merged range but is not its top-left cell, and still holds a value in the file – Excel does not show it. korpsplan has read it. Check in Excel (unmerge the range) whether the value belongs, and save.',
      },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'cellUnderMerge',
      value: '',
      confidence: 0.5,
      reason: {
        da: `Yderligere ${count} celler under fletninger har en værdi, som Excel ikke viser. Tjek cellerne i Excel, og gem filen igen.`,
        en: `${count} more cells under merged ranges hold a value Excel does not show. Check the cells in Excel, and save the file again.`,
      },
    }),
    MAX_TEXT_DATES,
  );
}

/**
 * Cells written with both a value and an inline text (GridSheet.cellsWithUnreadValue): read as Excel
 * reads them, the other text shown by no one. Each is to be checked, the first 200 one by one.
 */
export function unreadValueChecks(
  sheets: readonly {
    readonly name: string;
    readonly cellsWithUnreadValue?: GridSheet['cellsWithUnreadValue'];
  }[],
): ReadCheck[] {
  return cappedCellChecks(
    sheets,
    (sheet) => sheet.cellsWithUnreadValue,
    (sheet, d) => ({
      sheet,
      cell: a1(d.r, d.c),
      field: 'valueNotRead',
      value: '',
      confidence: 0.5,
      reason: {
        da: 'Cellen har i filen både en værdi og en tekst, hver sin – det skriver Excel aldrig. korpsplan har læst den, Excel viser (cellens type afgør); den anden vises ingen steder. Tjek cellens værdi i Excel, skriv den ind igen, og gem.',
        en: "The cell holds both a value and a text in the file, each its own – Excel never writes that. korpsplan has read the one Excel shows (the cell's type decides); the other is shown nowhere. Check the cell's value in Excel, type it in again, and save.",
      },
    }),
    (sheet, count) => ({
      sheet,
      cell: '',
      field: 'valueNotRead',
      value: '',
      confidence: 0.5,
      reason: {
        da: `Yderligere ${count} celler har både en værdi og en tekst; for hver er den læst, Excel viser. Tjek cellerne i Excel, og gem filen igen.`,
        en: `${count} more cells hold both a value and a text; for each the one Excel shows was read. Check the cells in Excel, and save the file again.`,
      },
    }),
    MAX_TEXT_DATES,
  );
}

/** A picture this big or bigger (columns × rows it touches) may be a picture of a table: a logo is smaller. */
const PICTURE_MIN_COLS = 3;
const PICTURE_MIN_ROWS = 4;

/**
 * Pictures on a sheet (a pasted screenshot of a plan or of a checklist's answers): korpsplan reads
 * no picture, and what one shows cannot be checked or submitted. A careful reader reads the cells
 * and says so: from the file (GridSheet.pictures), a check at each picture big enough to show a
 * table (3 columns and 4 rows or more; a logo is smaller), at its anchor cell, naming the picture
 * and the cells it lies over (cells under it are read as they are). In the add-in's grid
 * (Office.js gives a picture's place only in points: no `pictures`, only `drawings`), where the
 * reading has a gap (`gap`: no activity, a status or an answer missing), one check a sheet at A1
 * naming its pictures.
 */
export function pictureChecks(sheets: readonly GridSheet[], gap: boolean): ReadCheck[] {
  const out: ReadCheck[] = [];
  for (const sheet of sheets) {
    if (sheet.state !== 'visible') continue;
    if (sheet.pictures === undefined) {
      const images = sheet.drawings.filter((d) => d.kind === 'image');
      if (!gap || images.length === 0) continue;
      const names = images.map((d) => (d.name ? quote(d.name) : 'et billede')).join(', ');
      const namesEn = images.map((d) => (d.name ? quote(d.name) : 'a picture')).join(', ');
      out.push({
        sheet: sheet.name,
        cell: 'A1',
        field: 'picture',
        value: `${images.length}`,
        confidence: 0.5,
        reason: {
          da: `Arket "${sheet.name}" har billeder (${names}). korpsplan læser ikke billeder: viser et af dem aktiviteter eller svar, som mangler, så skriv dem i cellerne.`,
          en: `The sheet "${sheet.name}" has pictures (${namesEn}). korpsplan reads no picture: if one of them shows activities or answers that are missing, type them into the cells.`,
        },
      });
      continue;
    }
    for (const p of sheet.pictures) {
      if (p.c2 - p.c + 1 < PICTURE_MIN_COLS || p.r2 - p.r + 1 < PICTURE_MIN_ROWS) continue;
      const at = a1(p.r, p.c);
      const range = `${at}:${a1(p.r2, p.c2)}`;
      const name = p.name === undefined ? 'Et billede' : `Billedet ${quote(p.name)}`;
      const nameEn = p.name === undefined ? 'A picture' : `The picture ${quote(p.name)}`;
      out.push({
        sheet: sheet.name,
        cell: at,
        field: 'picture',
        value: p.name ?? '',
        confidence: 0.5,
        reason: {
          da: `${name} på arket "${sheet.name}" ligger over cellerne ${range} (forankret i ${at}). korpsplan læser ikke billeder: viser det en del af planen (aktiviteter, svar på tjeklisten), er den ikke læst, og den kan ikke indsendes. Skriv det, der gælder, i cellerne. Cellerne under billedet er læst, som de står.`,
          en: `${nameEn} on the sheet "${sheet.name}" lies over the cells ${range} (anchored at ${at}). korpsplan reads no picture: if it shows part of the plan (activities, checklist answers), that is not read and cannot be submitted. Type what holds into the cells. The cells under the picture are read as they stand.`,
        },
      });
    }
  }
  return out;
}

/**
 * Texts saved as UTF-8 and read as Windows-1252 (GridSheet.recodedTexts: a UTF-8 CSV opened in Excel,
 * "SÃ¸ren KjÃ¦r"), read as they were meant: one check a sheet, at its first such cell, saying how
 * many and showing one, since the cells still hold the damaged text. Texts that lost letters
 * (GridSheet.lostLetters, "F�rdig"): a check at each, the first 200 one by one, since the letter
 * cannot be known and a value read from such a text is a guess to be confirmed.
 */
export function recodedTextChecks(
  sheets: readonly {
    readonly name: string;
    readonly recodedTexts?: GridSheet['recodedTexts'];
    readonly lostLetters?: GridSheet['lostLetters'];
    readonly recodedComments?: GridSheet['recodedComments'];
  }[],
): ReadCheck[] {
  const out: ReadCheck[] = [];
  for (const sheet of sheets) {
    // Comments turned back (a program that wrote the workbook again double-encoded them): one check
    // a sheet, at the first one's cell, as for cells.
    const comment = sheet.recodedComments?.[0];
    if (comment !== undefined) {
      const meant = recodedText(comment.was) ?? comment.was;
      const n = sheet.recodedComments?.length ?? 0;
      out.push({
        sheet: sheet.name,
        cell: a1(comment.r, comment.c),
        field: 'recodedText',
        value: comment.was,
        confidence: 0.9,
        reason: {
          da: `${n === 1 ? 'En kommentar' : `${n} kommentarer`} på arket er gemt som UTF-8 og læst i et andet tegnsæt (fx af et program, der har gemt projektmappen igen): "${quote(comment.was)}" står for "${quote(meant)}". korpsplan har læst ${n === 1 ? 'kommentaren' : 'kommentarerne'}, som ${n === 1 ? 'den' : 'de'} var skrevet, men Excel viser stadig de forkerte tegn. Ret ${n === 1 ? 'kommentaren' : 'kommentarerne'} i Excel.`,
          en: `${n === 1 ? 'A comment' : `${n} comments`} on the sheet ${n === 1 ? 'was' : 'were'} saved as UTF-8 and read in another character set (such as by a program that saved the workbook again): "${quote(comment.was)}" stands for "${quote(meant)}". korpsplan has read ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it was' : 'they were'} written, but Excel still shows the wrong characters. Correct ${n === 1 ? 'the comment' : 'the comments'} in Excel.`,
        },
      });
    }
    const recoded = sheet.recodedTexts ?? [];
    const first = recoded[0];
    if (first !== undefined) {
      const meant = recodedText(first.was) ?? first.was;
      const n = recoded.length;
      out.push({
        sheet: sheet.name,
        cell: a1(first.r, first.c),
        field: 'recodedText',
        value: first.was,
        confidence: 0.9,
        reason: {
          da: `${n === 1 ? 'En tekst' : `${n} tekster`} på arket er gemt som UTF-8 og åbnet som Windows-1252 (fx en CSV-fil fra SharePoint eller et ESDH-system åbnet i Excel): ${quote(first.was)} står for ${quote(meant)}. korpsplan har læst ${n === 1 ? 'teksten' : 'teksterne'}, som ${n === 1 ? 'den' : 'de'} var skrevet, men cellerne viser stadig de forkerte tegn. Importér filen igen i Excel med Data › Fra tekst/CSV og filoprindelse 65001: Unicode (UTF-8), eller ret cellerne.`,
          en: `${n === 1 ? 'A text' : `${n} texts`} on the sheet ${n === 1 ? 'was' : 'were'} saved as UTF-8 and opened as Windows-1252 (such as a CSV file from SharePoint or a case system opened in Excel): ${quote(first.was)} stands for ${quote(meant)}. korpsplan has read ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it was' : 'they were'} written, but the cells still show the wrong characters. Import the file again in Excel with Data › From Text/CSV and file origin 65001: Unicode (UTF-8), or correct the cells.`,
        },
      });
    }
  }
  return [
    ...out,
    ...cappedCellChecks(
      sheets,
      (sheet) => sheet.lostLetters,
      (sheet, m) => ({
        sheet,
        cell: a1(m.r, m.c),
        field: 'lostLetters',
        value: '',
        confidence: 0.5,
        reason: {
          da: 'Teksten i cellen har mistet bogstaver (vist som �): den har været gemt i ét tegnsæt og åbnet i et andet (fx en CSV-fil fra et ældre program), og æ, ø og å er gået tabt. korpsplan kan ikke vide, hvilket bogstav der stod; teksten er læst, som den står, og en værdi fra en liste kun, hvor én passer. Skriv de manglende bogstaver i cellen i Excel.',
          en: 'The text in the cell has lost letters (shown as �): it was saved in one character set and opened in another (such as a CSV file from an older program), and æ, ø and å were lost. korpsplan cannot know which letter stood there; the text is read as it stands, and a value from a list only where one fits. Type the missing letters in the cell in Excel.',
        },
      }),
      (sheet, count) => ({
        sheet,
        cell: '',
        field: 'lostLetters',
        value: '',
        confidence: 0.5,
        reason: {
          da: `Yderligere ${count} celler har tekst, der har mistet bogstaver (vist som �). Ret cellerne i Excel, og gem filen.`,
          en: `${count} more cells have text that lost letters (shown as �). Correct the cells in Excel, and save the file.`,
        },
      }),
      MAX_TEXT_DATES,
    ),
  ];
}

/**
 * Parts of the file whose XML holds an ampersand that starts no reference (Grid.bareAmpersands: R's
 * openxlsx writes a sheet name "Arbejdsproces & kultur" so). Read as the character &, as its writer
 * meant, but the file is not well-formed: other programs may refuse it (LibreOffice opens none),
 * so the coordinator is told once per part.
 */
export function bareAmpersandChecks(parts: readonly string[] | undefined): ReadCheck[] {
  return (parts ?? []).map((part) => ({
    sheet: '',
    cell: '',
    field: 'fileSyntax',
    value: '',
    confidence: 0.5,
    reason: {
      da: `Filen er ikke helt gyldig: delen ${part} har et &-tegn, der ikke er skrevet, som filformatet kræver (sådan gemmer fx R's openxlsx et arknavn med &). korpsplan har læst det som &, men andre programmer kan afvise filen – LibreOffice åbner den ikke. Gem filen igen fra det program, der lavede den, og skriv "og" i stedet for & i arkenes navne.`,
      en: `The file is not quite valid: its part ${part} has an & that is not written as the file format requires (R's openxlsx saves a sheet name with & so). korpsplan has read it as &, but other programs may refuse the file – LibreOffice does not open it. Save the file again from the program that made it, with "og" (and) in place of & in the sheet names.`,
    },
  }));
}

/** A checklist on a hidden sheet, beside one on a visible sheet: an old copy, not read. */
export function hiddenChecklistCheck(sheet: string, kept: string): ReadCheck {
  return sheetCheck(
    sheet,
    'A1',
    sheet,
    `Arket "${sheet}" er skjult og rummer en huskeliste; svarene er læst fra den synlige huskeliste på "${kept}". Svarene på "${sheet}" er ikke læst (cellerne er vist som ikke placeret). Er "${sheet}" den gældende huskeliste, så vis arket og slet eller skjul den gamle.`,
    `The sheet "${sheet}" is hidden and holds a checklist; the answers are read from the visible checklist on "${kept}". The answers on "${sheet}" were not read (their cells are listed as not placed). If "${sheet}" is the current checklist, unhide it and delete or hide the old one.`,
    0.5,
  );
}

/**
 * A PivotTable's report read as no table of the plan: it counts or sums other data (the plan's own
 * rows, read where they stand), so reading its rows would count them again.
 */
export function pivotCheck(sheet: string, name: string, range: string, read: string): ReadCheck {
  const named = name === '' ? 'En pivottabel' : `Pivottabellen "${name}"`;
  const namedEn = name === '' ? 'A PivotTable' : `The PivotTable "${name}"`;
  return {
    sheet,
    cell: range.split(':')[0] ?? range,
    field: 'sheet',
    value: range,
    confidence: 0.9,
    reason: {
      da: `${named} i ${range} er et overblik over andre data, ikke en del af planen; den er ikke læst (planen er læst fra ${read}).`,
      en: `${namedEn} in ${range} is a summary of other data, not part of the plan; it was not read (the plan was read from ${read}).`,
    },
  };
}
