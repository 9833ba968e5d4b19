// A survey's answer downloaded as its DATASET with the CODEBOOK beside it (SurveyXact's "Datasæt"
// in Excel, as SPSS and most survey tools export): one sheet with the survey's variable names as
// its header and the answer as one row of CODES under them, and the codebook on two sheets of their
// own: the variables with their labels (the question's text) and the value labels (for each
// variable, each code and what it means).
//
//   Dataset:   respondentid │ kommune │ periode │ f1 │ f2 │ … │ l4_txt
//              48213        │ 615     │ 2       │ 1  │ 2  │ … │ Supervision er ikke aftalt
//   Variabler: Variabel │ Label                       Værdier: Variabel │ Værdi │ Label
//              f1       │ Har kommunen gennemført …            f1       │ 1     │ Ja
//
// A careful reader looks each code up for its variable and reads the question its label asks: the
// dataset is read as the list of questions and answers it stands for, one variable a row (its
// label, then its value's label, or the value itself where the codebook gives none), and an open
// text question that elaborates a closed one ("l4_txt" after "l4") as the comment beside that
// one's answer. Every place is moved back to the variable's cell in the answer's row (the label to
// its header). Only where the workbook has a sheet of value labels (a variable, a value and a
// label column) and the sheet's first row is five or more variable names (no spaces), most of them
// in the codebook, with one row of answers under it.
//
// Several rows of answers are either one respondent's submissions (the same respondent id or e-mail
// on every row: the form answered again) or several respondents (one per partner, per school). A
// plan has one cover and one checklist: of one respondent's submissions the newest is its answer (by
// the submission time where the dataset has one, else the last row, as the tools append them), read
// and checked at the dataset; several respondents' answers are not merged or chosen among: none is
// read, and the dataset is checked, to be cut to the municipality's own row.

import { a1 } from '../grid';
import type { GridCell, GridSheet } from '../grid';
import type { ReadCheck } from '../schema';
import { sheetAsRead } from './moveplaces';
import { displayText } from './sheet';
import type { SheetMover } from './sideways';

/** A workbook's codebook: each variable's label, and each variable's codes and what they mean. */
export interface Codebook {
  readonly labels: ReadonlyMap<string, string>;
  readonly values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The sheets the codebook is kept on (no dataset of their own). */
  readonly sheets: readonly string[];
}

/** A dataset sheet read as its questions and answers. */
export interface CodedSheet extends SheetMover {
  readonly sheet: GridSheet;
  /** The variables read (answered). */
  readonly variables: number;
}

const VARIABLE_HEADER = /^(?:variabel|variable|variabelnavn|variable name|var)$/u;
const VALUE_HEADER = /^(?:værdi|vaerdi|value|kode|code|værdikode)$/u;
const LABEL_HEADER =
  /^(?:label|labels|værdilabel|value label|variabellabel|variable label|tekst|text|spørgsmål|spørgsmålstekst|question|betydning)$/u;
/** A variable's name: a letter first, letters, digits and "_" (no spaces). */
const VARIABLE_NAME = /^[a-z][a-z0-9_.]*$/iu;
/** A variable naming who answered: the respondent's id or e-mail. */
const RESPONDENT_VARIABLE =
  /^(?:resp(?:ondent)?(?:[_.]?id)?|respid|e[_.-]?mail|mail|respondent[_.]?e?mail)$/u;
/**
 * A dataset column naming who answered in other words, as the tools' exports and coordinators name
 * it ("Besvaret af", "Respondent-ID", "Navn", "Skole", "Enhed"): read as the respondent, and allowed
 * in the header though it is no variable name (a space, a hyphen).
 */
const WHO_HEADER =
  /^(?:resp(?:ondent)?[\s_.-]*(?:id|nr|nummer|no)?|besvaret[\s_.-]*af|udfyldt[\s_.-]*af|indsendt[\s_.-]*af|respondentens[\s_.-]*navn|navn|name|skole|school|enhed|unit|institution|afdeling)$/u;
/** A variable holding when the answer was submitted (SurveyXact's "closetime", Forms' completion time). */
const TIME_VARIABLE =
  /^(?:close[_.]?time|closetime|end[_.]?time|sluttid|submit(?:ted)?(?:[_.]?(?:date|time))?|indsendt|completed|completion[_.]?time|timestamp|tidsstempel|last[_.]?(?:edit|modified)(?:[_.]?time)?)$/u;
/** At most so many rows of answers are looked at as submissions (a larger dataset is a survey's). */
const MAX_SUBMISSIONS = 50;
/** An open question's suffix after the closed one it elaborates ("l4_txt", "f3_kommentar"). */
const COMMENT_SUFFIX = /^(.+?)[_.](?:txt|tekst|text|kommentar|komm|comment|uddyb|other|andet|a)$/iu;

const key = (text: string): string => text.trim().toLowerCase();
const textOf = (cell: GridCell | undefined, date1904: boolean): string =>
  cell ? displayText(cell, date1904).trim() : '';

/**
 * The texts of a sheet's first row that holds anything, and that row. Cheap on a long sheet: its
 * columns of numbers, when it has them.
 */
function firstRowTexts(sheet: GridSheet): {
  row: number;
  texts: { readonly c: number; readonly v: string }[];
} {
  const out: { c: number; v: string }[] = [];
  const cols = sheet.columns;
  if (cols) {
    const row = cols.length > 0 ? (cols.r[0] as number) : 0;
    for (let i = 0; i < cols.length; i++) {
      if ((cols.r[i] as number) > row) break;
      const v = cols.type(i) === 's' ? cols.textOf(i) : undefined;
      if (v !== undefined) out.push({ c: cols.c[i] as number, v });
    }
    return { row, texts: out };
  }
  const row = sheet.cells[0]?.r ?? 0;
  for (const cell of sheet.cells) {
    if (cell.r > row) break;
    if (typeof cell.v === 'string') out.push({ c: cell.c, v: cell.v });
  }
  return { row, texts: out };
}

/** The columns of a sheet's first row whose header matches: the first of each. */
function headerColumns(sheet: GridSheet): { row: number; cols: Map<'variable' | 'value' | 'label', number> } {
  const out = new Map<'variable' | 'value' | 'label', number>();
  const first = firstRowTexts(sheet);
  for (const cell of first.texts) {
    const h = key(cell.v);
    const kind = VARIABLE_HEADER.test(h)
      ? 'variable'
      : VALUE_HEADER.test(h)
        ? 'value'
        : LABEL_HEADER.test(h)
          ? 'label'
          : undefined;
    if (kind && !out.has(kind)) out.set(kind, cell.c);
  }
  return { row: first.row, cols: out };
}

/**
 * The workbook's codebook: a sheet of value labels (variable, value and label columns in its first
 * row) and, if there is one, a sheet of variable labels (variable and label columns, no value
 * column). Undefined without value labels. Cheap first test: each sheet's first row alone.
 */
export function surveyCodebook(sheets: readonly GridSheet[], date1904: boolean): Codebook | undefined {
  const labels = new Map<string, string>();
  const values = new Map<string, Map<string, string>>();
  const on: string[] = [];
  for (const sheet of sheets) {
    const { row: headerRow, cols } = headerColumns(sheet);
    const v = cols.get('variable');
    const l = cols.get('label');
    if (v === undefined || l === undefined) continue;
    const code = cols.get('value');
    on.push(sheet.name);
    const rows = new Map<number, Map<number, GridCell>>();
    for (const cell of sheet.cells) {
      if (cell.r <= headerRow) continue;
      let row = rows.get(cell.r);
      if (!row) rows.set(cell.r, (row = new Map<number, GridCell>()));
      row.set(cell.c, cell);
    }
    for (const row of rows.values()) {
      const name = textOf(row.get(v), date1904);
      const label = textOf(row.get(l), date1904);
      if (!VARIABLE_NAME.test(name) || label === '') continue;
      if (code === undefined) labels.set(key(name), label);
      else {
        const c = textOf(row.get(code), date1904);
        if (c === '') continue;
        let m = values.get(key(name));
        if (!m) values.set(key(name), (m = new Map<string, string>()));
        m.set(c, label);
      }
    }
  }
  return values.size === 0 ? undefined : { labels, values, sheets: on };
}

/** A submission time as a number to order by: a date cell's serial, or a date (and time) as text. */
function timeOf(cell: GridCell | undefined): number | undefined {
  if (!cell) return undefined;
  if (typeof cell.v === 'number') return cell.v;
  if (typeof cell.v !== 'string') return undefined;
  const m = /^(\d{1,4})[-./](\d{1,2})[-./](\d{1,4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?/u.exec(
    cell.v.trim(),
  );
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, mo, d] = a > 31 ? [a, b, c] : [c < 100 ? 2000 + c : c, b, a];
  return Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) / 86_400_000;
}

/** A dataset's header (variable names, most in the codebook) and its rows of answers. */
interface Dataset {
  readonly r0: number;
  readonly header: GridCell[];
  readonly rows: { readonly r: number; readonly cells: Map<number, GridCell> }[];
}

/** The sheet as a dataset, or undefined when its first row is no variable names in the codebook. */
function datasetOf(sheet: GridSheet, book: Codebook): Dataset | undefined {
  const header: GridCell[] = [];
  const rows: { r: number; cells: Map<number, GridCell> }[] = [];
  // The first row that holds anything, and the rows under it (an empty row between them allowed).
  const r0 = sheet.cells[0]?.r ?? 0;
  for (const cell of sheet.cells) {
    if (cell.r === r0) {
      if (typeof cell.v !== 'string' || !(VARIABLE_NAME.test(cell.v.trim()) || WHO_HEADER.test(key(cell.v))))
        return undefined;
      header.push(cell);
      continue;
    }
    let row = rows[rows.length - 1];
    if (row?.r !== cell.r) {
      if (rows.length >= MAX_SUBMISSIONS) return undefined;
      rows.push((row = { r: cell.r, cells: new Map<number, GridCell>() }));
    }
    row.cells.set(cell.c, cell);
  }
  if (header.length < 5 || rows.length === 0) return undefined;
  const known = header.filter((h) => {
    const k = key(h.v as string);
    return book.labels.has(k) || book.values.has(k);
  });
  if (known.length < header.length * 0.8) return undefined;
  return { r0, header, rows };
}

/** How a dataset of several rows of answers was read: the newest of one respondent's, or none. */
export interface Submissions {
  /** The header's first cell. */
  readonly cell: string;
  readonly rows: number;
  /** The row read (0-based): one respondent's newest submission; undefined: several respondents. */
  readonly read?: number;
  /** The variable the newest was told by ("closetime"), if any. */
  readonly by?: string;
}

/**
 * Of several rows of answers, the row that is the plan's answer: the newest of one respondent's
 * submissions (the same id or e-mail on every row), or undefined when they are several respondents'
 * (or who answered cannot be told).
 */
function newestSubmission(data: Dataset, date1904: boolean): { row: number; by?: string } | undefined {
  const who =
    data.header.find((h) => RESPONDENT_VARIABLE.test(key(h.v as string))) ??
    data.header.find((h) => WHO_HEADER.test(key(h.v as string)));
  if (who === undefined) return undefined;
  const ids = new Set(data.rows.map((x) => textOf(x.cells.get(who.c), date1904)));
  if (ids.size !== 1 || ids.has('')) return undefined;
  const when = data.header.find((h) => TIME_VARIABLE.test(key(h.v as string)));
  const times = when === undefined ? [] : data.rows.map((x) => timeOf(x.cells.get(when.c)));
  if (when !== undefined && times.every((t) => t !== undefined)) {
    let best = 0;
    let latest = -Infinity;
    times.forEach((t, i) => {
      if (t !== undefined && t >= latest) [best, latest] = [i, t];
    });
    return { row: (data.rows[best] as { r: number }).r, by: when.v as string };
  }
  return { row: (data.rows[data.rows.length - 1] as { r: number }).r };
}

/** Where a dataset holds several rows of answers: how they were read (see above), else undefined. */
export function submissionsOf(sheet: GridSheet, book: Codebook, date1904: boolean): Submissions | undefined {
  const data = datasetOf(sheet, book);
  if (!data || data.rows.length < 2) return undefined;
  const newest = newestSubmission(data, date1904);
  return {
    cell: a1(data.r0, (data.header[0] as GridCell).c),
    rows: data.rows.length,
    ...(newest ? { read: newest.row } : {}),
    ...(newest?.by !== undefined ? { by: newest.by } : {}),
  };
}

/** The dataset sheet read as its questions and answers, or undefined when it is none (see above). */
export function codedSheet(sheet: GridSheet, book: Codebook, date1904: boolean): CodedSheet | undefined {
  const data = datasetOf(sheet, book);
  if (!data) return undefined;
  const { r0, header } = data;
  const newest =
    data.rows.length === 1 ? { row: (data.rows[0] as { r: number }).r } : newestSubmission(data, date1904);
  if (newest === undefined) return undefined;
  const r1 = newest.row;
  const answer = (data.rows.find((x) => x.r === r1) as { cells: Map<number, GridCell> }).cells;
  const colOf = new Map<string, number>(header.map((h) => [key(h.v as string), h.c]));
  // Open questions elaborating a closed one: the closed one's column → the open one's.
  const commentOf = new Map<number, number>();
  const comments = new Set<number>();
  for (const h of header) {
    const m = COMMENT_SUFFIX.exec(key(h.v as string));
    const base = m?.[1] === undefined ? undefined : colOf.get(m[1]);
    if (base === undefined || !book.values.has(m?.[1] ?? '') || book.values.has(key(h.v as string))) continue;
    commentOf.set(base, h.c);
    comments.add(h.c);
  }
  // A battery: three or more variables in a row with the same value labels (a grid of questions
  // answered on one scale, "Ja | Delvist | Nej | Ved ikke"), laid as a table of its own under a
  // header "Spørgsmål | Svar | Bemærkning"; the other variables as "label | value" pairs.
  const closed = header.filter((h) => !comments.has(h.c));
  const scale = (h: GridCell): string => {
    const m = book.values.get(key(h.v as string));
    return m ? [...m].map(([c, l]) => `${c}=${l}`).join('|') : '';
  };
  const inBattery = new Set<number>();
  for (let i = 0; i < closed.length;) {
    const s = scale(closed[i] as GridCell);
    let j = i + 1;
    while (j < closed.length && s !== '' && scale(closed[j] as GridCell) === s) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) inBattery.add((closed[k] as GridCell).c);
    i = j;
  }
  const cells: GridCell[] = [];
  const places = new Map<string, string>();
  const sources: { row: number; col: number }[] = [];
  const first = a1(r0, (header[0] as GridCell).c);
  let r = 0;
  let variables = 0;
  let battery = false;
  const skip = (): void => {
    sources.push({ row: r0 + 1, col: 1 });
    r++;
  };
  for (const h of closed) {
    const name = key(h.v as string);
    const starts =
      inBattery.has(h.c) && (!battery || scale(h) !== scale(closed[closed.indexOf(h) - 1] as GridCell));
    if (starts || (battery && !inBattery.has(h.c))) {
      if (r > 0) skip();
      battery = inBattery.has(h.c);
      if (battery) {
        ['Spørgsmål', 'Svar', 'Bemærkning'].forEach((v, c) => cells.push({ r, c, v, t: 's' }));
        for (let c = 0; c < 3; c++) places.set(a1(r, c), a1(r0, h.c));
        skip();
      }
    }
    const given = answer.get(h.c);
    const value = textOf(given, date1904);
    const label = book.labels.get(name) ?? (h.v as string);
    cells.push({ r, c: 0, v: label, t: 's' });
    places.set(a1(r, 0), a1(r0, h.c));
    const meant = value === '' ? undefined : book.values.get(name)?.get(value);
    if (given && value !== '')
      cells.push(meant === undefined ? { ...given, r, c: 1 } : { r, c: 1, v: meant, t: 's' });
    places.set(a1(r, 1), a1(r1, h.c));
    const open = commentOf.get(h.c);
    const comment = open === undefined ? undefined : answer.get(open);
    if (open !== undefined && comment && textOf(comment, date1904) !== '') {
      cells.push({ ...comment, r, c: 2 });
      places.set(a1(r, 2), a1(r1, open));
    }
    sources.push({ row: r1 + 1, col: h.c + 1 });
    r++;
    variables++;
  }
  return {
    sheet: sheetAsRead(sheet, cells),
    variables,
    outside: [],
    back: (cell) => places.get(cell) ?? first,
    source: (row) => sources[row - 1] ?? { row: r1 + 1, col: 1 },
  };
}

/** The check at the dataset's first variable that says how it was read. */
export function codedSheetCheck(name: string, s: CodedSheet, codebook: Codebook): ReadCheck {
  const book = codebook.sheets.map((n) => `"${n}"`).join(' og ');
  return {
    sheet: name,
    cell: 'A1',
    field: 'column',
    value: `codebook: ${s.variables}`,
    confidence: 0.85,
    reason: {
      da: `Arket er et datasæt fra et spørgeskema (variabelnavne i første række, svaret som koder i rækken under): hver kode er slået op i kodebogen på ${book}, og hver variabel er læst som det spørgsmål, dens label stiller (${s.variables} i alt). Ret de felter, der er læst forkert.`,
      en: `The sheet is a survey's dataset (variable names in the first row, the answer as codes in the row under it): each code was looked up in the codebook on ${book}, and each variable read as the question its label asks (${s.variables} in all). Correct any field read wrongly.`,
    },
  };
}

/** The check at a dataset of several rows of answers: the newest submission read, or none (several respondents). */
export function submissionsCheck(name: string, s: Submissions): ReadCheck {
  if (s.read !== undefined) {
    const by = s.by === undefined ? 'den sidste række' : `den seneste efter "${s.by}"`;
    const byEn = s.by === undefined ? 'the last row' : `the latest by "${s.by}"`;
    return {
      sheet: name,
      cell: s.cell,
      field: 'column',
      value: `codebook: row ${s.read + 1}`,
      confidence: 0.7,
      reason: {
        da: `Datasættet har ${s.rows} besvarelser fra samme respondent (skemaet er udfyldt igen): den nyeste, række ${s.read + 1} (${by}), er læst; de øvrige ikke. Slet de ældre rækker, eller ret, hvis en anden er den gældende.`,
        en: `The dataset holds ${s.rows} submissions from the same respondent (the form answered again): the newest, row ${s.read + 1} (${byEn}), was read; the others were not. Delete the older rows, or correct it if another is the one that holds.`,
      },
    };
  }
  return {
    sheet: name,
    cell: s.cell,
    field: 'column',
    value: `codebook: ${s.rows} respondents`,
    confidence: 0.5,
    reason: {
      da: `Arket er et datasæt fra et spørgeskema med ${s.rows} rækker svar fra hver sin respondent (fx én pr. samarbejdspartner eller skole). En plan har én forside og én huskeliste, så ingen af dem er læst. Behold kun kommunens egen besvarelse, eller skriv svarene ind i planen.`,
      en: `The sheet is a survey's dataset with ${s.rows} rows of answers, each from its own respondent (one per partner or school, say). A plan has one cover and one checklist, so none of them was read. Keep only the municipality's own answer, or type the answers into the plan.`,
    },
  };
}
