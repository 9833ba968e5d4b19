// The readiness checklists (000 Tabel 1 and 2): rows matched to F1–F7 and L1–L8 the way a careful
// person would, by combining what each row offers:
//
//   its number   "F3" / "L2" (an ID column or the start of the question), or a plain number read
//                by the table's numbering: 1–15 over both lists, or 1–7 and 1–8 under two headings
//                (or two runs of numbers, the first the preparation list);
//   its text     copied, OCR'd, shortened or paraphrased, Danish or English (similarity.ts);
//   its place    in a list kept in the seed's order, the n-th question row is the n-th question
//                (a monotone alignment of rows to questions, used only when the rows that are
//                clearly matched by text are themselves in order);
//   its list     a heading ("Huskeliste til forberedelse", "Tabel 2"), a group column, the sheet
//                name, or the other questions around it — which decides F6 against L6, the one
//                question text both lists have.
//
// Evidence that agrees makes a value certain; a value placed on weaker or contradicting evidence is
// placed with a check at its cell (ReadCheck), and an answered row that fits no question is reported
// at its answer cell — an answer is never dropped silently. Answers are marks (x, X, ✓, ✔, •, 1, Ja)
// in Ja / Delvist / Nej columns in any order, or words in one answer column, in Danish or English,
// with a comment allowed after the word ("Nej – afventer budget"). Two answers in one row, or a mark
// with a word naming another answer, is an issue at that cell.

import { spokenPunctuation } from './spoken';
import type { DraftChecklistAnswer, Place } from '../draft';
import { a1, type GridCell } from '../grid';
import type { Issue } from '../schema';
import { issue } from '../codes';
import {
  CHECKLIST,
  CHECKLIST_IDS,
  checklistRanges,
  type Answer,
  type ChecklistGroup,
  type ChecklistId,
} from '../spec';
import {
  besideOnKeyboard,
  foldText,
  joinWrapped,
  matchListValue,
  oneLine,
  swappedNeighbours,
} from '../normalize';
import { displayText } from './sheet';
import { TABLE_GAP, halfYearOfHeader, namesChecklist, type DetectedTable } from './detect';
import { headingAnswer } from './answerheadings';
import { allStruck, unstruckText } from './struckwords';
import type { SheetView } from './sheet';
import { addCheck, fieldColumns, forgetWhere, valueCell, type Ctx } from './context';
import { formResponses, isPageFurniture, type FormResponses } from './rows';
import { rowLevels, type RowLevels } from './outlinegroups';
import { checklistAmbiguous, quote, valueNotInList } from './messages';
import { isTemplatePrompt, listSlip, markOf, namesNothing } from './values';
import { EMOJI_LIGHTS, TICKS, symbolMeaning, symbolOf } from './symbols';
import { CHECKLIST_MARK_FIELDS, isMarkField } from './vocab';
import { iconLight, lightName, lightOf, lightWord, type Light } from './colours';
import {
  QUESTION_THRESHOLD,
  groupOfQuestion,
  isTwin,
  matchChecklist,
  scoreChecklist,
  type ChecklistMatch,
} from './similarity';

/** The checklist group a heading names, if any. */
export function groupFromText(text: string): ChecklistGroup | undefined {
  if (text.length > 120) return undefined;
  const f = foldText(text);
  const preparation =
    /\bforbered|\bpreparation|\btabel 1\b|\btable 1\b|\bfor opstart|\binden opstart|\bfor (?:vi |i )?(?:gar|kommer) i gang\b|\bfor (?:vi )?(?:starter|begynder)\b|\bbefore (?:we )?(?:start|begin)/.test(
      f,
    );
  const ongoing =
    /\blobende|\blgbende|\bongoing|\btabel 2\b|\btable 2\b|\blaufende|\btabel 1 og 2\b|\btables? 1 and 2\b|\bundervejs\b|\bunder implementeringen\b/.test(
      f,
    );
  // A heading naming both lists ("Tabel 1 og 2") names neither.
  if (preparation === ongoing) return undefined;
  return preparation ? 'preparation' : 'ongoing';
}

// --- Reading one answer cell ------------------------------------------------------------------------

const ANSWER_LABELS: Readonly<Record<Answer, { da: string; en: string }>> = {
  yes: { da: 'Ja', en: 'Yes' },
  partly: { da: 'Delvist', en: 'Partly' },
  no: { da: 'Nej', en: 'No' },
};

/** Words that may start an answer followed by a comment (not the one-letter synonyms). */
const LEADING_ANSWER = /^(ja|nej|delvist|delvis|yes|no|partly|partially|partial)$/;

/** Words after a Ja that say it is not a full yes. */
const YES_HELD_BACK =
  /(?<![\p{L}])(?:men|dog|næsten|ikke\s+helt|ikke\s+fuldt|ikke\s+færdig|mangler|på\s+vej|i\s+gang|igang|delvis|delvist|til\s+dels|endnu\s+ikke|ikke\s+endnu|but|almost|not\s+yet|not\s+fully|partly|partially|missing|in\s+progress)(?![\p{L}])/iu;

export interface AnswerText {
  /** The answer the text names, when it names exactly one. */
  readonly answer?: Answer;
  /** What follows the answer word ("Nej – afventer budget" → "afventer budget"). */
  readonly comment?: string;
  /** The text names two different answers ("Ja – nej", "Nej, delvist"). */
  readonly conflict?: readonly Answer[];
  /** The answer is the usual reading of other words ("Ikke endnu" → Nej): shown for a check. */
  readonly guessed?: true;
}

/** Words that are not Ja / Delvist / Nej but are usually meant as one of them (folded form). */
const ANSWER_READINGS: Readonly<Record<string, Answer>> = {
  'ikke endnu': 'no',
  'endnu ikke': 'no',
  'not yet': 'no',
  mangler: 'no',
  afventer: 'no',
  'i gang': 'partly',
  igang: 'partly',
  igangsat: 'partly',
  pabegyndt: 'partly',
  startet: 'partly',
  nasten: 'partly',
  'nasten pa plads': 'partly',
  'in progress': 'partly',
  'er i gang': 'partly',
  'i proces': 'partly',
  'er i proces': 'partly',
  undervejs: 'partly',
  'er undervejs': 'partly',
  'ikke helt': 'partly',
  'ikke helt pa plads': 'partly',
  'ikke fuldt ud': 'partly',
  'not fully': 'partly',
  started: 'partly',
  almost: 'partly',
  'under udarbejdelse': 'partly',
  'pa vej': 'partly',
  // Between yes and no: "Både og", "Mest ja", "Overvejende ja", "For det meste".
  'bade og': 'partly',
  'bade ja og nej': 'partly',
  'mest ja': 'partly',
  'overvejende ja': 'partly',
  'for det meste': 'partly',
  'mest nej': 'partly',
  'overvejende nej': 'partly',
  'mostly yes': 'partly',
  mostly: 'partly',
  jo: 'yes',
  ok: 'yes',
  okay: 'yes',
  fint: 'yes',
  'i orden': 'yes',
  'pa plads': 'yes',
  done: 'yes',
  // A status word written in the answer cell: done is yes.
  afsluttet: 'yes',
  gennemfort: 'yes',
  fardig: 'yes',
};

/**
 * A four-step scale instead of Ja / Delvist / Nej (folded form): "I høj grad" is Ja, "I nogen grad"
 * Delvist, "Slet ikke" Nej; "I mindre grad" lies between Delvist and Nej: Delvist, to be checked.
 */
const SCALE_READINGS: Readonly<Record<string, AnswerText>> = {
  'i hoj grad': { answer: 'yes' },
  'i meget hoj grad': { answer: 'yes' },
  'i hoj eller meget hoj grad': { answer: 'yes' },
  'to a high degree': { answer: 'yes' },
  'to a great extent': { answer: 'yes' },
  'i nogen grad': { answer: 'partly' },
  'i nogen eller hoj grad': { answer: 'partly', guessed: true },
  'to some degree': { answer: 'partly' },
  'to some extent': { answer: 'partly' },
  'i mindre grad': { answer: 'partly', guessed: true },
  'i ringe grad': { answer: 'partly', guessed: true },
  'i lav grad': { answer: 'partly', guessed: true },
  'to a small degree': { answer: 'partly', guessed: true },
  'to a small extent': { answer: 'partly', guessed: true },
  'slet ikke': { answer: 'no' },
  'not at all': { answer: 'no' },
};

/** A form's box: ticked (☒ ☑ ■ [x] [✓]) or empty (☐ □ [ ]). */
const BOX = String.raw`(?:[☒☑☐□■]|\[\s*[xX✓✔]?\s*\])`;
const WORD_THEN_BOX = new RegExp(String.raw`(\p{L}+)\s*(${BOX})`, 'gu');
const BOX_THEN_WORD = new RegExp(String.raw`(${BOX})\s*(\p{L}+)`, 'gu');
const TICKED_BOX = /^(?:[☒☑■]|\[\s*[xX✓✔]\s*\])$/u;

/**
 * All of a form's options written in one cell, each with its box, the chosen one ticked: "Ja ☐
 * Delvist ☒  Nej ☐", "Ja [x]  Delvist [ ]  Nej [ ]", "☒ Ja ☐ Nej". The ticked option's answer;
 * none when no box is ticked; both (a conflict) when two are. Undefined unless the cell is nothing
 * but two or more answer options with their boxes.
 */
function boxedOptions(text: string): AnswerText | undefined {
  if (!/[☒☑☐□■[]/u.test(text)) return undefined;
  for (const [re, word, box] of [
    [WORD_THEN_BOX, 1, 2],
    [BOX_THEN_WORD, 2, 1],
  ] as const) {
    const found = [...text.matchAll(re)];
    if (found.length < 2) continue;
    const rest = text.replace(re, '').replace(/[\s,;/|·-]+/gu, '');
    if (rest !== '') continue;
    const options = found.map((m) => ({
      answer: matchListValue('answer', m[word] ?? '') as Answer | undefined,
      ticked: TICKED_BOX.test(m[box] ?? ''),
    }));
    if (options.some((o) => o.answer === undefined)) continue;
    const chosen = [...new Set(options.filter((o) => o.ticked).map((o) => o.answer as Answer))];
    if (chosen.length === 0) return {};
    if (chosen.length === 1) return { answer: chosen[0] };
    return { answer: chosen[0], conflict: chosen };
  }
  return undefined;
}

/** First letters of the answer words (Ja, Delvist, Nej, Yes, Partly, No): a letter that may be one. */
const ANSWER_INITIALS = new Set(['j', 'd', 'n', 'y', 'p']);

/**
 * A tick typed with the key beside x ("c", "z", "s") in an answer column: one letter, no answer's
 * initial ("d" under Ja may mean Delvist).
 */
function strayTick(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t.length === 1 && !ANSWER_INITIALS.has(t) && besideOnKeyboard(t, 'x');
}

/** The answer words short enough that a slip in them needs a rule of its own. */
const SHORT_ANSWERS: readonly (readonly [string, Answer])[] = [
  ['ja', 'yes'],
  ['nej', 'no'],
  ['yes', 'yes'],
  ['no', 'no'],
];

/**
 * The answer a word typed in haste stands for, when one answer is one slip away: in a word of five
 * letters or more any one slip ("Delvsit", "Deltvist", "Dekvist"; listSlip); in a short one only
 * the slips of fast typing that leave it no other word — two neighbouring letters swapped ("Nje"),
 * one letter of a three-letter word hit on the key beside it ("Nek", "Mej"; in "Ka" the two letters
 * may be another word: not read), or the last letter left out ("Ne").
 * "Nja" (a hesitant word, neither) is none of these. Undefined when no answer, or two, are that near.
 */
function answerSlip(folded: string): Answer | undefined {
  if (folded === '' || folded.includes(' ') || folded.length > 12 || !/^\p{L}+$/u.test(folded))
    return undefined;
  if (folded.length >= 5) return listSlip('answer', folded)?.id as Answer | undefined;
  let found: Answer | undefined;
  for (const [word, answer] of SHORT_ANSWERS) {
    if (!shortSlip(folded, word)) continue;
    if (found !== undefined && found !== answer) return undefined;
    found = answer;
  }
  return found;
}

function shortSlip(typed: string, word: string): boolean {
  if (typed === word) return false;
  if (word.length >= 3 && typed === word.slice(0, -1)) return true;
  if (typed.length !== word.length) return false;
  if (swappedNeighbours(typed, word)) return true;
  let differ = -1;
  for (let i = 0; i < word.length; i++) {
    if (typed[i] === word[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  // Two letters, one of them changed, are as often another word ("Na" is N/A, "Nå" a sigh): three or more.
  return word.length >= 3 && differ >= 0 && besideOnKeyboard(typed[differ] as string, word[differ] as string);
}

/** "(✓)" (a tick in brackets) or "÷" (the Danish minus: no), with a comment after a dash or colon. */
const HAND_MARK = /^(?:(\(\s*[✓✔√]\s*\))|(÷))(?:\s*[-–—:,]\s*(.+))?$/u;

/**
 * A remark that only points at the remark written elsewhere ("Ja (se kommentar)", "Nej – se
 * bemærkning", "Yes (see comment)"): beside a remark in the remark column it carries nothing of its
 * own (alone it is kept: it tells the reader to look).
 */
const POINTER_REMARK =
  /^(?:se|jf\.?|jævnfør|see|cf\.?)\s+(?:kommentar(?:en|er)?|bemærkning(?:en|er)?|note(?:n|r)?|nedenfor|herunder|forneden|kolonne\s+\p{L}|comments?|remarks?|notes?|below)\s*[.!]?$/iu;

/** A yes whose remark holds it back to partly in so many words ("Ja, men kun delvist"). */
const YES_ONLY_PARTLY =
  /^(?:(?:men|but)\s+)?(?:(?:kun|dog|only)\s+)?(?:delvis|delvist|til\s+dels|partly|partially)\s*[.!]?$/iu;

/** A share written after the answer ("Afsluttet 100%", "Ja 100 %"): all of it. */
const WHOLE_SHARE = /^(.+?)\s*[-–—:,]?\s*100\s*%$/u;

/**
 * An answer written as a word, as coordinators write it: "Ja", "delvis", "Partially", "Nej –
 * afventer budget", "Delvist, mangler supervision", "No (not yet)". Undefined answer when the
 * text names none ("Måske", "?"). "Ja, men kun delvist" is Delvist; a yes written with "100 %"
 * after it ("Afsluttet 100%") is the yes.
 */
export function readAnswerText(written: string): AnswerText {
  // "delvist komma mangler aftale": an answer dictated with its punctuation spoken (spoken.ts).
  const text = spokenPunctuation(written) ?? written;
  const read = answerWords(text);
  if (read.answer === undefined) {
    const whole = WHOLE_SHARE.exec(text.trim());
    const head = whole?.[1] ? answerWords(whole[1]) : undefined;
    if (head?.answer === 'yes' && !head.conflict && !head.comment) return head;
    return read;
  }
  const comment = read.comment?.trim();
  if (comment === undefined || read.conflict) return read;
  if (read.answer === 'yes' && YES_ONLY_PARTLY.test(comment)) return { answer: 'partly' };
  return read;
}

function answerWords(text: string): AnswerText {
  const t = text.trim();
  if (t === '') return {};
  // A form's options in one cell, the chosen one's box ticked ("Ja ☐  Delvist ☒  Nej ☐").
  const boxed = boxedOptions(t);
  if (boxed) return boxed;
  // Marks written by hand, the Danish way: "÷" is no; a tick in brackets "(✓)" a yes held back,
  // partly (checked: a convention, not a word).
  const mark = HAND_MARK.exec(t);
  if (mark) {
    const comment = mark[3]?.trim();
    const base: AnswerText = mark[1] !== undefined ? { answer: 'partly', guessed: true } : { answer: 'no' };
    return comment ? { ...base, comment } : base;
  }
  // "No (not yet)": the answer, and the comment in brackets.
  const bracketed = /^([^()]+?)\s*\(([^()]*)\)\s*$/u.exec(t);
  if (bracketed?.[1] && bracketed[2]?.trim()) {
    // "Ja (delvist)" is read as "Ja, delvist" is: the words together name one answer.
    const together = matchListValue('answer', `${bracketed[1].trim()}, ${bracketed[2].trim()}`) as
      Answer | undefined;
    if (together) return { answer: together };
    const inner = readAnswerText(bracketed[1]);
    if (inner.answer && !inner.comment && !inner.conflict) {
      const comment = bracketed[2].trim();
      // "Yes (partly)" is a yes held back to Delvist; "Ja (nej)", "Nej (delvist)": the brackets
      // name another answer, as "Ja – nej" does.
      const other = matchListValue('answer', comment) as Answer | undefined;
      if (inner.answer === 'yes' && other === 'partly') return { answer: 'partly' };
      if (other !== undefined && other !== inner.answer)
        return { answer: inner.answer, conflict: [inner.answer, other] };
      return inner.answer === 'yes' && YES_HELD_BACK.test(comment)
        ? { answer: inner.answer, comment, guessed: true }
        : { answer: inner.answer, comment, ...(inner.guessed ? { guessed: true as const } : {}) };
    }
  }
  const whole = matchListValue('answer', t) as Answer | undefined;
  // "Ja?": the coordinator was not sure either.
  if (whole) return /\?/u.test(t) ? { answer: whole, guessed: true } : { answer: whole };
  const folded = foldText(t);
  const reading = ANSWER_READINGS[folded];
  if (reading) return { answer: reading, guessed: true };
  const scale = SCALE_READINGS[folded];
  if (scale) return scale;
  // A word typed in haste ("Delvsit", "Nje", "Nek"): the answer it is one slip from, checked.
  const slip = answerSlip(folded);
  if (slip) return { answer: slip, guessed: true };
  // "Ja, delvist – lederne mangler": an answer of more than one word before a dash, then the
  // comment (a comment that starts with another answer word is left to the reading below).
  const dashed = /^(.+?)\s+[-–—]\s+(\S[\s\S]*)$/u.exec(t);
  if (dashed?.[1] && dashed[2] && /\s|,/u.test(dashed[1].trim())) {
    const head = readAnswerText(dashed[1]);
    const first = /^[\p{L}]+/u.exec(dashed[2])?.[0]?.toLowerCase() ?? '';
    if (head.answer && !head.comment && !head.conflict && !LEADING_ANSWER.test(first)) {
      const comment = dashed[2].trim();
      const held = head.answer === 'yes' && YES_HELD_BACK.test(comment);
      return { answer: head.answer, comment, ...(head.guessed || held ? { guessed: true as const } : {}) };
    }
  }
  // A leading answer word, then a separator or a space, then the comment.
  const m = /^([\p{L}]+)(?:\s*[-–—:;,.!/]+\s*|\s*\(\s*|\s+)([\s\S]+)$/u.exec(t);
  if (!m?.[1] || !m[2]) return {};
  const lead = m[1];
  if (!LEADING_ANSWER.test(lead.toLowerCase())) return {};
  const answer = matchListValue('answer', lead) as Answer | undefined;
  if (!answer) return {};
  const comment = m[2].replace(/\)\s*$/, '').trim();
  // "Ja – nej", "Ja og nej": a second answer, straight after or joined by "og" / "eller".
  const next = /^(?:(?:og|eller|and|or)\s+)?([\p{L}]+)/iu.exec(comment)?.[1];
  const other = next && LEADING_ANSWER.test(next.toLowerCase()) ? matchListValue('answer', next) : undefined;
  if (other && other !== answer) return { answer, conflict: [answer, other as Answer] };
  if (comment === '') return { answer };
  // "Ja, men ikke helt", "Ja – næsten", "Ja, mangler budget": words that hold the yes back. The yes
  // is kept, to be checked (it may be Delvist).
  return answer === 'yes' && YES_HELD_BACK.test(comment)
    ? { answer, comment, guessed: true }
    : { answer, comment };
}

/** "100 %", "50%", "0 %": how ready the municipality is, as a share. */
const PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/u;

/**
 * An answer given as a percentage of readiness ("Parathed: 100 %"): all of it is Ja, none of it
 * Nej, anything between Delvist. Over 100 % names no answer.
 */
export function answerByPercent(cell: GridCell, text: string): AnswerText {
  let share: number;
  if (typeof cell.v === 'number') {
    // A number is a share only when the cell is formatted as a percentage (1 is 100 %).
    if (cell.fmt === undefined || !cell.fmt.includes('%')) return {};
    share = Math.round(cell.v * 10_000) / 100;
  } else {
    const m = PERCENT.exec(text.trim());
    if (!m?.[1]) return {};
    share = Number(m[1].replace(',', '.'));
  }
  if (!(share >= 0 && share <= 100)) return {};
  return { answer: share === 100 ? 'yes' : share === 0 ? 'no' : 'partly' };
}

/** The usual answer of a traffic-light emoji, without a legend: a judgement, to be checked. */
const EMOJI_ANSWER = { green: 'yes', amber: 'partly', red: 'no' } as const satisfies Record<string, Answer>;

/**
 * An answer written as a symbol in a column of answers (in a Ja / Delvist / Nej column a tick is a
 * mark), without a legend in the workbook (with one, the legend is read first): a tick is Ja; a traffic-light emoji is its usual reading (green Ja, yellow Delvist, red
 * Nej), to be checked; any other symbol names no answer.
 */
function answerBySymbol(symbol: string): AnswerText {
  if (TICKS.has(symbol)) return { answer: 'yes' };
  const light = EMOJI_LIGHTS.get(symbol);
  return light === undefined ? {} : { answer: EMOJI_ANSWER[light], guessed: true };
}

/**
 * "J = ja", "D: delvist", "N = nej", "Grøn = ja": a short code (or a traffic light's colour word)
 * and the answer it stands for.
 */
const LETTER_ENTRY = /(?<![\p{L}\d.,])(\p{L}{1,8}|\d{1,3}(?:[.,]\d{1,2})?)\s*[=:]\s*(\p{L}+)/gu;

/** A legend's code: up to three letters or a number, or a colour word ("Grøn", "Amber"). */
function isCode(code: string): boolean {
  return code.length <= 3 || /^\d/u.test(code) || lightWord(code) !== undefined;
}

/** A code as looked up: lower case, a decimal comma as a point ("0,5" → "0.5"). */
function codeKey(code: string): string {
  return code.toLowerCase().replace(',', '.');
}

/** The codes a legend near a checklist gives its answers ("(J = ja, D = delvist, N = nej)"). */
export function answerCodes(texts: readonly string[]): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const text of texts) {
    if (text.length > 200) continue;
    for (const m of text.matchAll(LETTER_ENTRY)) {
      const code = m[1] === undefined ? undefined : codeKey(m[1]);
      const word = m[2] ?? '';
      const answer = LEADING_ANSWER.test(foldText(word))
        ? (matchListValue('answer', word) as Answer)
        : undefined;
      if (code && answer && isCode(code) && !LEADING_ANSWER.test(code)) out.set(code, answer);
    }
  }
  return out.size >= 2 ? out : new Map<string, Answer>();
}

/** An answer written as a legend's code, alone or with a comment ("D (mangler jobcentret)"). */
function answerByCode(text: string, codes: ReadonlyMap<string, Answer>): AnswerText {
  if (codes.size === 0) return {};
  const m = /^(\p{L}{1,8}|\d{1,3}(?:[.,]\d{1,2})?)(?:\s*[-–—:;!/]+\s*|\s*\(\s*|\s+|$)([\s\S]*)$/u.exec(
    text.trim(),
  );
  const answer = m?.[1] ? codes.get(codeKey(m[1])) : undefined;
  if (!answer) return {};
  const comment = (m?.[2] ?? '').replace(/\)\s*$/, '').trim();
  if (comment === '') return { answer };
  // "Gul/grøn": between two of the legend's answers: the first, to be checked, and no comment.
  const other = codes.get(codeKey(comment));
  if (other !== undefined && other !== answer) return { answer, guessed: true };
  return { answer, comment };
}

/** The answers a header names ("Ja/Delvist/Nej (sæt x)" → yes, partly, no). */
function answersNamedBy(header: string): Answer[] {
  const out: Answer[] = [];
  for (const part of header.replace(/\([^)]*\)/g, ' ').split(/[/|,;]|\s+/)) {
    const a = part.trim() === '' ? undefined : (matchListValue('answer', part) as Answer | undefined);
    if (a && !out.includes(a) && LEADING_ANSWER.test(foldText(part))) out.push(a);
  }
  return out;
}

/**
 * The header of a later answer column: "Nyt svar", "Svar juni", "Svar (Q2)", "Seneste vurdering",
 * "Status 2. halvår".
 */
const LATER_ANSWER =
  /^(?:(?:ny|nyt|nye|nyeste|seneste|opdateret|revideret|new|latest|updated)\s+)?(?:svar|besvarelse|vurdering|answer|status)(?![\p{L}])/iu;
const NOT_LATER_ANSWER = /kommentar|bemærk|note|forrige|tidligere|oprindelig|previous|original|comment/iu;

/** The labels of a checklist laid on its side: the questions' row, the answers', the remarks'. */
const SIDE_QUESTION = /^(?:spørgsmål|sporgsmal|spm\.?|questions?)$/iu;
const SIDE_ANSWER = /^(?:svar|besvarelse|vurdering|status|answers?)$/iu;
const SIDE_COMMENT = /^(?:bemærkning(?:er)?|kommentar(?:er)?|noter?|comments?|remarks?)$/iu;

/** A text of this many words is a question written out (a keyword alone cannot outweigh a number). */
const QUESTION_WORDS = 5;

/** A question's note that it stands for both lists ("gælder også under implementeringen", "F6/L6"). */
const BOTH_LISTS =
  /\bg(?:a|ae)lder (?:ogsa|for begge|begge|bade)\b|\bogsa under implementeringen\b|\bbegge (?:lister|huskelister|tjeklister)\b|\bboth (?:lists|checklists)\b|\bapplies to both\b|\bf6\s*(?:\/|og|&|\+|,)?\s*l6\b|\bl6\s*(?:\/|og|&|\+|,)?\s*f6\b/;

/** A typed form's three answers with no box ticked: "Ja [ ] Delvist [ ] Nej [ ]", "☐ Ja ☐ Delvist ☐ Nej". */
const NO_BOX_TICKED =
  /^(?:\s*(?:(?:\[\s*\]|\(\s*\)|[☐□])\s*(?:ja|delvist|delvis|nej|yes|partly|no)|(?:ja|delvist|delvis|nej|yes|partly|no)\s*(?:\[\s*\]|\(\s*\)|[☐□]))\s*[,;/|]?){2,3}\s*$/iu;

/** The header of an answer column repeated in a heading row ("Før opstart | | Svar"). */
const ANSWER_HEADER = /^(?:svar|besvarelse|vurdering|answer|status)$/iu;

/** Unmapped answer columns to the right of a checklist's answer column, left to right. */
function laterAnswerColumns(t: DetectedTable, answerCol: number): number[] {
  const out: number[] = [];
  /** One header merged over the answer column and this one ("Svar" over a row's buttons): one field. */
  const sameHeader = (col: number): boolean => {
    for (let r = t.headerTop; r <= t.headerBottom; r++) {
      const m = t.view.mergeAt(r, answerCol);
      if (m && m.s.c <= col && col <= m.e.c) return true;
    }
    return false;
  };
  for (const m of t.columns) {
    if (m.field !== null || m.col <= answerCol || sameHeader(m.col)) continue;
    const h = oneLine(m.header);
    if (!LATER_ANSWER.test(h) || NOT_LATER_ANSWER.test(h)) continue;
    out.push(m.col);
    for (let r = t.headerTop; r <= t.headerBottom; r++) t.view.useCell(t.view.cell(r, m.col));
  }
  return out.sort((a, b) => a - b);
}

/**
 * A checklist answered in one column per half-year, headed by the half-year alone: the columns
 * from the oldest half-year to the newest, whatever their order on the sheet (a matrix may keep the
 * newest first). Undefined unless the answer column and at least one more are so headed.
 */
function halfYearAnswerColumns(t: DetectedTable, answerCol: number): number[] | undefined {
  const cols = t.columns
    .filter((m) => m.col === answerCol || m.field === null)
    .map((m) => ({ col: m.col, when: halfYearOfHeader(m.header) }))
    .filter((x): x is { col: number; when: number } => x.when !== undefined);
  if (cols.length < 2 || !cols.some((x) => x.col === answerCol)) return undefined;
  for (const x of cols)
    for (let r = t.headerTop; r <= t.headerBottom; r++) t.view.useCell(t.view.cell(r, x.col));
  return cols.sort((a, b) => a.when - b.when).map((x) => x.col);
}

/** The usual answer of a traffic-light colour without a legend: a judgement, to be checked. */
const LIGHT_ANSWER = { green: 'yes', amber: 'partly', red: 'no' } as const satisfies Record<Light, Answer>;

/** Rows above a checklist's header where a legend of its colours may stand. */
const LEGEND_ABOVE = 10;

/**
 * What the colours of a checklist's answer cells mean, where the sheet says so near the table: an
 * answer word in a cell of that colour ("Ja" on green), or text pairing colours with answers
 * ("Grøn = Ja, Gul = Delvist, Rød = Nej"). A colour given two meanings means none; a legend names
 * at least two colours. Its cells are used.
 */
function answerLegend(t: DetectedTable, date1904: boolean): Map<Light, Answer> {
  const view = t.view;
  const found = new Map<Light, Set<Answer>>();
  const cells: GridCell[] = [];
  const add = (light: Light | undefined, answer: Answer | undefined, cell: GridCell): void => {
    if (!light || !answer) return;
    found.set(light, (found.get(light) ?? new Set()).add(answer));
    cells.push(cell);
  };
  for (const r of view.rowsBetween(Math.max(0, t.headerTop - LEGEND_ABOVE), t.headerTop - 1)) {
    for (const cell of view.rowCells(r)) {
      const text = displayText(cell, date1904);
      if (text === '' || text.length > 120) continue;
      if (LEADING_ANSWER.test(foldText(text)))
        add(lightOf(cell.fill), matchListValue('answer', text) as Answer | undefined, cell);
      for (const part of text.split(/[,;]|\s{2,}/)) {
        const m = /^\s*([\p{L}]+)\s*(?:=|:|–|—|-)\s*([\p{L}]+)\s*$/u.exec(part);
        if (m?.[1] && m[2] && LEADING_ANSWER.test(foldText(m[2])))
          add(lightWord(m[1]), matchListValue('answer', m[2]) as Answer | undefined, cell);
      }
    }
  }
  const out = new Map<Light, Answer>();
  for (const [light, answers] of found) {
    const [only] = [...answers];
    if (answers.size === 1 && only) out.set(light, only);
  }
  if (out.size < 2) return new Map<Light, Answer>();
  for (const cell of cells) view.useCell(cell);
  return out;
}

/** How many different traffic lights the empty cells of a table's column are filled with. */
function columnLights(t: DetectedTable, col: number): number {
  const seen = new Set<Light>();
  for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
    const cell = t.view.cell(r, col);
    if (cell && markOf(cell) !== 'empty') continue;
    const light = lightOf(t.view.fillAt(r, col));
    if (light) seen.add(light);
  }
  return seen.size;
}

// --- The rows of a checklist table ------------------------------------------------------------------

interface QuestionRow {
  readonly table: DetectedTable;
  readonly r: number;
  readonly text: string;
  readonly questionCell?: GridCell;
  readonly idCell?: GridCell;
  readonly groupCell?: GridCell;
  /** "F3" in the ID column or at the start of the question. */
  readonly explicitId?: ChecklistId;
  /** A plain number in the ID column or at the start of the question. */
  readonly num?: number;
  /** The list number before it ("2.3": list 2), in the coordinator's own numbering. */
  readonly part?: number;
  /** The letter of a part of a question split over several rows ("8a", "8b"). */
  readonly letter?: string;
  /** The group the row's own group column names. */
  readonly rowGroup?: ChecklistGroup;
  readonly answers: readonly { answer: Answer; cell: GridCell }[];
  /** A cell that names two different answers by itself (a mark with a word naming another). */
  readonly conflictCell?: GridCell;
  /** Cells read as "not marked" (0, -, FALSE): recognised, carry nothing. */
  readonly blanks: readonly GridCell[];
  /** An answer read as the usual meaning of other words ("Ikke endnu"). */
  readonly guessedAnswer?: { readonly cell: GridCell; readonly text: string };
  /** The answer read from the remark beside an empty answer cell ("Delvist – mangler …"). */
  readonly commentAnswer?: { readonly cell: GridCell; readonly text: string };
  /** An answer read from the answer cell's colour alone, by its usual meaning (no legend). */
  readonly colourAnswer?: { readonly cell: GridCell; readonly light: Light };
  /** The answer its sub-points give, the question's own answer cell left empty (subPoints). */
  readonly subPointAnswer?: { readonly cell: GridCell; readonly parts: readonly Answer[] };
  /**
   * An answer read from an earlier follow-up's column because the latest one ("Svar juni") is
   * empty in the row: the latest column's header and the empty cell there.
   */
  readonly earlierAnswer?: { readonly cell: GridCell; readonly header: string; readonly latest: string };
  /** Answers in earlier follow-ups' columns that a later one replaces: read, and set aside. */
  readonly superseded: readonly GridCell[];
  readonly comment?: string;
  readonly commentCell?: GridCell;
  /** Where an answer is or would be written. */
  readonly place?: Place;
  readonly match: ChecklistMatch;
  /** Rows under one heading (or one run of numbers) of one table share a section. */
  section: Section;
  declared?: { id: ChecklistId; how: 'id' | 'number'; confidence: number };
  position?: ChecklistId;
  /** How far the row's place can be trusted (the list's order is confirmed by more rows). */
  positionConfidence?: number;
  /** For the F6/L6 text: which of the two, and how sure. */
  twin?: { id: ChecklistId; confidence: number };
}

interface Section {
  /** Its numbers go 1, 2, 3 … upwards (a numbered run, not a shuffled list). */
  run?: boolean;
  /** The list number its rows carry ("1.1"–"1.7": 1). */
  part?: number;
  /** The group a heading, the sheet name or the numbering names. */
  explicit?: ChecklistGroup;
  /** The group the clearly matched questions of the section belong to, and how clearly. */
  inferred?: { group: ChecklistGroup; confidence: number };
  readonly rows: QuestionRow[];
}

/** The explicit id or plain number at the start of a question text ("F3.", "L 2)", "3.", "12)"). */
const LEADING_NUMBER =
  /^\s*\(?\s*(?:(?:spm|spørgsmål|sporgsmal|nr|no|q)\.?\s*)?(?:([FLfl])\s*[.-]?\s*(\d)\b|(\d{1,2})(?:\s*[.):]|\s+(?=\p{Lu})))\s*(?:[-–—:.]\s*)?/u;

// The sizes of the lists, from the spec: the preparation list (F1–F7), the ongoing list (L1–L8 in
// template 1.0, L1–L9 since 1.1) and both under one numbering (1–7 preparation, then the ongoing).
const PREPARATION_COUNT = CHECKLIST.filter((q) => q.group === 'preparation').length;
const LONGEST_LIST = Math.max(PREPARATION_COUNT, CHECKLIST.length - PREPARATION_COUNT);
const KNOWN_IDS: ReadonlySet<string> = new Set(CHECKLIST_IDS);

function knownId(id: string): ChecklistId | undefined {
  return KNOWN_IDS.has(id) ? (id as ChecklistId) : undefined;
}

/**
 * A number with a list number before it ("1.3", "2.1", "2,4"): the question's number within its
 * list, and the list's number (the coordinator's own numbering of the two checklists).
 */
const SUB_NUMBER = /^\s*(\d)\s*[.,]\s*(\d{1,2})\s*[.):]?\s*$/;

function subNumber(text: string): { num: number; part: number } | undefined {
  const m = SUB_NUMBER.exec(text);
  if (!m) return undefined;
  const num = Number(m[2]);
  return num >= 1 && num <= LONGEST_LIST ? { num, part: Number(m[1]) } : undefined;
}

/** A question split in parts, numbered "8a", "8 b)", "8b.": the number and the part's letter. */
const LETTERED = /^\s*(\d{1,2})\s*([a-h])\s*[.)]?\s*$/i;

function idFromText(text: string): { id?: ChecklistId; num?: number; part?: number; letter?: string } {
  const sub = subNumber(text);
  if (sub) return sub;
  // Questions lettered "a)", "b.", "c" in their own column: the letter is the question's number.
  const letter = /^\s*\(?([a-h])\s*[.)]?\s*$/i.exec(text)?.[1];
  if (letter) return { num: letter.toLowerCase().charCodeAt(0) - 96 };
  const lettered = LETTERED.exec(text);
  if (lettered?.[1] && lettered[2]) {
    const n = Number(lettered[1]);
    return n >= 1 && n <= CHECKLIST_IDS.length ? { num: n, letter: lettered[2].toLowerCase() } : {};
  }
  const compact = text
    .toUpperCase()
    .replace(/^(?:SPM|SPØRGSMÅL|NR|NO|Q)\.?\s*/, '')
    .replace(/[\s.\-)(:]/g, '');
  const id = knownId(compact);
  if (id) return { id };
  if (/^\d{1,2}$/.test(compact)) {
    const n = Number(compact);
    if (n >= 1 && n <= CHECKLIST_IDS.length) return { num: n };
  }
  return {};
}

/** The id or number a question text starts with, and the text after it. */
function leadingNumber(text: string): { id?: ChecklistId; num?: number; part?: number; rest: string } {
  const lead = /^\s*(\d\s*[.,]\s*\d{1,2})(?:\s*[.):])?\s+(?=\S)/u.exec(text);
  const sub = lead?.[1] ? subNumber(lead[1]) : undefined;
  if (lead && sub) return { ...sub, rest: text.slice(lead[0].length) };
  const m = LEADING_NUMBER.exec(text);
  if (!m) return { rest: text };
  const rest = text.slice(m[0].length);
  if (m[1] && m[2]) {
    const id = knownId(`${m[1].toUpperCase()}${m[2]}`);
    return id ? { id, rest } : { rest: text };
  }
  const n = Number(m[3]);
  return n >= 1 && n <= CHECKLIST_IDS.length ? { num: n, rest } : { rest: text };
}

// --- Evidence -------------------------------------------------------------------------------------

/** Text matched at least this well (by meaning) may place an answer on its own. */
const TEXT_ACCEPT = 0.45;
/** With the row's place in an ordered list, a weaker text will do. */
const TEXT_WITH_POSITION = 0.35;
/** Below this confidence a value is shown to the coordinator for a check. */
const CERTAIN = 0.95;

function sameQuestion(a: ChecklistId, b: ChecklistId): boolean {
  return a === b || (isTwin(a) && isTwin(b));
}

function textScore(m: ChecklistMatch, id: ChecklistId): number {
  return m.ranked.find((x) => x.id === id)?.score ?? 0;
}

/** Rows that are the lettered parts of one question ("8a", "8b"): the same number, each a letter. */
function splitParts(row: QuestionRow | undefined, more: readonly QuestionRow[] | undefined): boolean {
  if (!row || !more || more.length === 0 || row.letter === undefined || row.num === undefined) return false;
  return more.every((x) => x.letter !== undefined && x.num === row.num && x.letter !== row.letter);
}

/** The best question by text and how far ahead of the next different question it is. */
function textTop(m: ChecklistMatch): { id: ChecklistId; score: number; margin: number } | undefined {
  const top = m.ranked[0];
  if (!top) return undefined;
  const next = m.ranked.find((x) => !sameQuestion(x.id, top.id));
  return { id: top.id, score: top.score, margin: top.score - (next?.score ?? 0) };
}

/** How strongly the text alone says the row is question `id` (0..0.97). */
function textEvidence(m: ChecklistMatch, id: ChecklistId): number {
  const top = textTop(m);
  if (!top || !sameQuestion(top.id, id)) return 0;
  // A copied (or OCR'd) question: close to one question's whole text, well ahead of any other's.
  const copied =
    m.diceId !== undefined && sameQuestion(m.diceId, id) && m.dice >= 0.55 && m.diceMargin >= 0.15;
  if (copied || (top.score >= 0.9 && top.margin >= 0.3)) return 0.97;
  if (top.score >= 0.55 && top.margin >= 0.15) return 0.8;
  if (top.score >= TEXT_ACCEPT) return top.margin >= 0.05 ? 0.6 : 0.4;
  return top.score >= TEXT_WITH_POSITION ? 0.3 : 0;
}

function idsOf(group: ChecklistGroup): ChecklistId[] {
  return CHECKLIST.filter((q) => q.group === group).map((q) => q.id);
}

/** Length of the longest strictly increasing subsequence. */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

// --- Messages -------------------------------------------------------------------------------------

function unmatchedIssue(sheet: string, cell: string, text: string, taken?: ChecklistId): Issue {
  const q = quote(text);
  if (taken) {
    return issue('checklist_question_unmatched', sheet, cell, {
      da: `Svaret i ${cell} hører til "${q}", men spørgsmål ${taken} er allerede besvaret et andet sted i huskelisten. Svaret her er ikke brugt; slet den ene række eller ret nummeret.`,
      en: `The answer in ${cell} belongs to "${q}", but question ${taken} is already answered elsewhere in the checklist. This answer was not used; delete one of the rows or correct its number.`,
    });
  }
  if (q === '') {
    return issue('checklist_question_unmatched', sheet, cell, {
      da: `Svaret i ${cell} står i en række uden spørgsmål. Svaret er ikke brugt; skriv spørgsmålet eller dets nummer (${checklistRanges()}) i rækken.`,
      en: `The answer in ${cell} is in a row without a question. The answer was not used; write the question or its number (${checklistRanges()}) in the row.`,
    });
  }
  return issue('checklist_question_unmatched', sheet, cell, {
    da: `Svaret i ${cell} står ud for "${q}", som ikke ligner nogen af huskelistens ${CHECKLIST_IDS.length} spørgsmål. Svaret er ikke brugt; skriv spørgsmålets nummer (${checklistRanges()}) ud for det, eller flyt svaret til det rigtige spørgsmål.`,
    en: `The answer in ${cell} is next to "${q}", which does not look like any of the checklist's ${CHECKLIST_IDS.length} questions. The answer was not used; write the question's number (${checklistRanges()}) next to it, or move the answer to the right question.`,
  });
}

interface Why {
  readonly da: string;
  readonly en: string;
}

function matchReason(id: ChecklistId, row: QuestionRow, why: Why): { da: string; en: string } {
  const q = CHECKLIST.find((x) => x.id === id);
  const own = row.text === '' ? '' : `"${quote(row.text)}" `;
  return {
    da: `${own}er læst som spørgsmål ${id} ("${quote(q?.text.da ?? '')}"): ${why.da}. Tjek at svaret hører til ${id}.`,
    en: `${own}was read as question ${id} ("${quote(q?.text.en ?? '')}"): ${why.en}. Check that the answer belongs to ${id}.`,
  };
}

// --- The reader -----------------------------------------------------------------------------------

/** Collects the rows of every checklist table of a workbook, then resolves them to the spec's ids. */
/** Who answered a form: the cover's coordinator, by name or mail. */
export interface Respondent {
  readonly name: string;
  readonly email?: string;
}

/** The people who answered a form, by name (else mail), folded; "anonymous" is no one. */
function respondents(view: SheetView, f: FormResponses, date1904: boolean): Set<string> {
  const out = new Set<string>();
  const col = f.nameCol ?? f.mailCol;
  if (col === undefined) return out;
  for (const { r } of f.rows) {
    const cell = view.cell(r, col);
    const who = cell ? foldText(displayText(cell, date1904)) : '';
    if (who !== '' && who !== 'anonymous' && who !== 'anonym') out.add(who);
  }
  return out;
}

/** The responses the coordinator sent: her name, or her mail, in the response's row. */
function ownResponses(
  view: SheetView,
  f: FormResponses,
  me: Respondent,
  date1904: boolean,
): { r: number; at: number }[] {
  const name = foldText(me.name);
  const mail = me.email === undefined ? undefined : foldText(me.email);
  const text = (r: number, c: number | undefined): string => {
    const cell = c === undefined ? undefined : view.cell(r, c);
    return cell ? foldText(displayText(cell, date1904)) : '';
  };
  return f.rows.filter(
    ({ r }) =>
      (name !== '' && text(r, f.nameCol) === name) || (mail !== undefined && text(r, f.mailCol) === mail),
  );
}

function newestOf(rows: readonly { r: number; at: number }[]): number {
  let best = rows[0] as { r: number; at: number };
  for (const x of rows) if (x.at >= best.at) best = x;
  return best.r;
}

export class ChecklistReader {
  private readonly all: QuestionRow[] = [];
  /** The comment column each checklist read so far names in its header, by sheet (see inheritedComment). */
  private readonly commentColumns: {
    readonly view: SheetView;
    readonly below: number;
    readonly col: number;
  }[] = [];
  /** Form response sheets that wait for the cover's coordinator (readResponses). */
  private readonly waiting: SheetView[] = [];

  constructor(private readonly ctx: Ctx) {}

  read(t: DetectedTable): void {
    const sections = this.rows(t);
    const numbered = sections.flatMap((s) => s.rows).filter((r) => r.num !== undefined);
    // Numbers above the longest list can only be one numbering over both lists (1–7 preparation,
    // the ongoing from 8).
    const over = numbered.some((r) => (r.num ?? 0) > LONGEST_LIST);
    // Two runs of numbers (1–7, 1–8) and no headings: the seed's order, preparation first.
    if (!over && sections.length === 2 && sections.every((x) => !x.explicit && x.run)) {
      sections.forEach((x, i) => (x.explicit = i === 0 ? 'preparation' : 'ongoing'));
    }
    // Two lists numbered by list and question ("1.1"–"1.7", "2.1"–"2.8"), without headings naming
    // them: the seed's order, the lower list number the preparation list.
    const parts = [...new Set(sections.map((x) => x.part))];
    const [lo, hi] = parts;
    if (parts.length === 2 && lo !== undefined && hi !== undefined && lo < hi) {
      for (const x of sections) x.explicit ??= x.part === lo ? 'preparation' : 'ongoing';
    }
    for (const s of sections) {
      s.inferred = this.inferGroup(s);
      for (const row of s.rows) {
        if (row.explicitId) row.declared = { id: row.explicitId, how: 'id', confidence: 0.95 };
        else if (row.num !== undefined) {
          const sure = over
            ? row.num <= PREPARATION_COUNT
              ? 'preparation'
              : 'ongoing'
            : (row.rowGroup ?? s.explicit);
          const guessed =
            row.num > PREPARATION_COUNT
              ? 'ongoing'
              : s.inferred && s.inferred.confidence >= 0.9
                ? s.inferred.group
                : undefined;
          const group = sure ?? guessed;
          const n = over && row.num > PREPARATION_COUNT ? row.num - PREPARATION_COUNT : row.num;
          const id = group ? idsOf(group)[n - 1] : undefined;
          if (id) row.declared = { id, how: 'number', confidence: sure ? 0.95 : 0.85 };
        }
      }
      this.align(s);
      this.twins(s);
      this.all.push(...s.rows);
    }
  }

  /**
   * A checklist laid on its side: the questions across a row labelled "Spørgsmål", the answers in
   * the row labelled "Svar" under it (and remarks in a row labelled "Bemærkning"), each column one
   * question; a heading over the columns ("Forberedelse", merged over its questions) names the
   * list. Answers are words, or the codes a legend above gives ("1 = ja, 0,5 = delvist, 0 = nej").
   */
  /**
   * An answer cell whose text is no answer: a placeholder or a form's prompt left standing ("Vælg…",
   * "N/A", "Ved ikke"), or the three boxes of a typed form with none ticked ("Ja [ ] Delvist [ ] Nej
   * [ ]"), is unanswered, with a check that says why (as a list cell's placeholder is); anything else
   * is a value outside the list, at its cell.
   */
  private notAnAnswer(sheet: string, cell: GridCell, text: string, blanks: GridCell[]): void {
    if (namesNothing(text) || NO_BOX_TICKED.test(text)) {
      blanks.push(cell);
      addCheck(this.ctx, {
        sheet,
        cell: a1(cell.r, cell.c),
        field: 'checklist.answer',
        value: quote(text),
        confidence: 0.9,
        reason: {
          da: `"${quote(text)}" er intet svar: spørgsmålet er læst som ubesvaret. Vælg Ja, Delvist eller Nej.`,
          en: `"${quote(text)}" is no answer: the question was read as unanswered. Choose Yes, Partly or No.`,
        },
      });
      return;
    }
    this.ctx.issues.push(valueNotInList(sheet, a1(cell.r, cell.c), 'answer', text));
  }

  /**
   * An answer struck through with nothing beside it: taken back. With an earlier half-year's answer
   * standing, that one is read; else the question is unanswered. Checked at the struck answer.
   */
  private withdrawnAnswerCheck(sheet: string, cell: GridCell, read: GridCell | undefined): void {
    const text = quote(displayText(cell, this.ctx.date1904));
    const at = read ? a1(read.r, read.c) : undefined;
    addCheck(this.ctx, {
      sheet,
      cell: a1(cell.r, cell.c),
      field: 'checklist.answer',
      value: text,
      confidence: 0.6,
      reason: at
        ? {
            da: `Svaret "${text}" er streget over uden et nyt ved siden af: det er læst som trukket tilbage, og svaret i ${at} (et tidligere halvår) er læst. Skriv det nye svar, eller fjern overstregningen, hvis svaret stadig gælder.`,
            en: `The answer "${text}" is struck through with no new one beside it: it was read as withdrawn and the answer in ${at} (an earlier half-year) was read. Write the new answer, or remove the strikethrough if the answer still stands.`,
          }
        : {
            da: `Svaret "${text}" er streget over uden et nyt ved siden af: det er læst som trukket tilbage, og spørgsmålet som ubesvaret. Skriv det nye svar, eller fjern overstregningen, hvis svaret stadig gælder.`,
            en: `The answer "${text}" is struck through with no new one beside it: it was read as withdrawn and the question as unanswered. Write the new answer, or remove the strikethrough if the answer still stands.`,
          },
    });
  }

  /** Drops the question rows read from a table and the issues and checks reading them gave. */
  private forgetTable(t: DetectedTable): void {
    for (let i = this.all.length - 1; i >= 0; i--) if (this.all[i]?.table === t) this.all.splice(i, 1);
    forgetWhere(
      this.ctx,
      t.view.name,
      (r, c) => r >= t.headerTop && r <= t.lastRow && c >= t.c0 && c <= t.c1,
    );
  }

  readTransposed(view: SheetView, tables: readonly DetectedTable[]): void {
    const d = this.ctx.date1904;
    for (const r of view.rows) {
      const row = view.rowCells(r);
      const label = row[0];
      if (!label || row.length < 4 || typeof label.v !== 'string') continue;
      if (!SIDE_QUESTION.test(label.v.trim().replace(/:$/u, ''))) continue;
      if (tables.some((t) => t.view === view && r >= t.headerTop && r <= t.lastRow)) continue;
      let answerRow: number | undefined;
      let commentRow: number | undefined;
      for (const x of view.rowsBetween(r + 1, r + 3)) {
        const l = view.cell(x, label.c);
        const text = l ? displayText(l, d).replace(/:$/u, '') : '';
        if (answerRow === undefined && SIDE_ANSWER.test(text)) answerRow = x;
        else if (commentRow === undefined && SIDE_COMMENT.test(text)) commentRow = x;
        if (l && (SIDE_ANSWER.test(text) || SIDE_COMMENT.test(text))) view.useCell(l);
      }
      if (answerRow === undefined) continue;
      view.useCell(label);
      // The answers' row read before as the header of a table ("Svar | Ja | Ja | Delvist …" taken for
      // answer columns): that table was this checklist misread, its rows no questions and what its
      // reading said ("Kommentar" is no answer) about nothing.
      const lastSide = Math.max(answerRow, commentRow ?? answerRow);
      for (const t of tables) {
        if (t.key !== 'checklist' || t.view !== view || t.headerTop <= r || t.headerTop > lastSide) continue;
        this.forgetTable(t);
      }
      const last = row[row.length - 1] as GridCell;
      const table: DetectedTable = {
        key: 'checklist',
        view,
        headerTop: r,
        headerBottom: r,
        c0: label.c,
        c1: last.c,
        columns: [],
        info: [],
        score: 0,
        alternatives: [],
        firstRow: answerRow,
        lastRow: Math.max(answerRow, commentRow ?? answerRow),
        preamble: [],
      };
      const codes = answerCodes(
        view
          .rowsBetween(Math.max(0, r - LEGEND_ABOVE), r - 1)
          .flatMap((x) => view.rowCells(x).map((c) => displayText(c, d))),
      );
      // The list each column is under: a heading in the rows above, merged over its columns or not.
      const groupAt = (c: number): { group?: ChecklistGroup; key: number } => {
        for (const x of view.rowsBetween(Math.max(0, r - 2), r - 1).reverse()) {
          const m = view.mergeAt(x, c);
          const cell = m ? view.cell(m.s.r, m.s.c) : view.cell(x, c);
          const g = cell ? groupFromText(displayText(cell, d)) : undefined;
          if (cell && g) {
            view.useCell(cell);
            return { group: g, key: cell.r * 20_000 + cell.c };
          }
        }
        return { key: -1 };
      };
      const sections: Section[] = [];
      let sectionKey: number | undefined;
      for (const q of row.slice(1)) {
        const text = displayText(q, d);
        if (text === '') continue;
        const g = groupAt(q.c);
        if (sectionKey !== g.key || sections.length === 0) {
          sections.push({ ...(g.group ? { explicit: g.group } : {}), rows: [] });
          sectionKey = g.key;
        }
        const section = sections[sections.length - 1] as Section;
        const answerCell = view.cell(answerRow, q.c);
        const answers: { answer: Answer; cell: GridCell }[] = [];
        const blanks: GridCell[] = [];
        let comment = '';
        if (answerCell) {
          const t = displayText(answerCell, d);
          const word = readAnswerText(t).answer ? readAnswerText(t) : answerByCode(t, codes);
          if (word.answer) {
            answers.push({ answer: word.answer, cell: answerCell });
            if (word.comment) comment = word.comment;
          } else if (markOf(answerCell) === 'empty') blanks.push(answerCell);
          else this.notAnAnswer(view.name, answerCell, t, blanks);
        }
        const commentCell = commentRow === undefined ? undefined : view.cell(commentRow, q.c);
        const columnComment = commentCell ? remarkText(displayText(commentCell, d)) : '';
        const all = [comment, columnComment].filter((x) => x !== '').join('; ');
        const lead = leadingNumber(text);
        section.rows.push({
          table,
          r: q.c,
          text,
          questionCell: q,
          ...(lead.id ? { explicitId: lead.id } : {}),
          answers,
          blanks,
          superseded: [],
          ...(all !== '' ? { comment: all } : {}),
          ...(commentCell && columnComment !== '' ? { commentCell } : {}),
          place: { sheet: view.name, cell: a1(answerRow, q.c) },
          match: matchChecklist(lead.rest),
          section,
        });
      }
      for (const sec of sections) {
        sec.inferred = this.inferGroup(sec);
        for (const x of sec.rows)
          if (x.explicitId) x.declared = { id: x.explicitId, how: 'id', confidence: 0.95 };
        this.align(sec);
        this.twins(sec);
        this.all.push(...sec.rows);
      }
    }
  }

  /**
   * A checklist answered as a form (Google Forms, Microsoft Forms), on the form's response sheet:
   * one column per question under a response stamp ("Tidsstempel"), one row per response. A grid
   * question's columns are headed "Forberedelse [question]" (the list, then the question in
   * brackets); a plain question's column by its text. The newest response (the latest stamp) is
   * the answer now; the older ones are history, named in a check. Only columns whose question is
   * a checklist question's text are read (the form's other questions are the cover's).
   */
  readResponses(view: SheetView, tables: readonly DetectedTable[], coordinator?: Respondent | null): void {
    const d = this.ctx.date1904;
    for (const r of view.rows.slice(0, 5)) {
      const responses = formResponses(view, r);
      if (!responses) continue;
      if (tables.some((t) => t.view === view && r >= t.headerTop && r <= t.lastRow)) return;
      // A form several people answered (a name or mail per response): the checklist is the
      // coordinator's, whom the cover names — read once the cover is (readWaiting).
      const people = respondents(view, responses, d);
      if (people.size >= 2 && coordinator === undefined) {
        this.waiting.push(view);
        return;
      }
      const mine = people.size >= 2 && coordinator ? ownResponses(view, responses, coordinator, d) : [];
      const row = view.rowCells(r);
      const last = row[row.length - 1] as GridCell;
      const answerRow = mine.length > 0 ? newestOf(mine) : responses.newest;
      const table: DetectedTable = {
        key: 'checklist',
        view,
        headerTop: r,
        headerBottom: r,
        c0: responses.stampCol,
        c1: last.c,
        columns: [],
        info: [],
        score: 0,
        alternatives: [],
        firstRow: answerRow,
        lastRow: answerRow,
        preamble: [],
      };
      const sections: Section[] = [];
      let sectionKey: string | undefined;
      for (const q of row) {
        if (q.c === responses.stampCol) continue;
        const text = displayText(q, d).trim();
        const grid = /^([^[\]]*?)\s*\[([^[\]]+)\]\s*$/su.exec(text);
        const question = (grid?.[2] ?? text).trim();
        const lead = leadingNumber(question);
        const match = matchChecklist(lead.rest);
        const top = textTop(match);
        // A question is a sentence: a one- or two-word header ("Koordinator") is a cover fact.
        const sentence = lead.rest.split(/\s+/u).length >= 4;
        if (!lead.id && (!sentence || !top || top.score < QUESTION_THRESHOLD)) continue;
        const groupText = grid?.[1]?.trim() ?? '';
        const group = groupText === '' ? undefined : groupFromText(groupText);
        if (sectionKey !== groupText || sections.length === 0) {
          sections.push({ ...(group ? { explicit: group } : {}), rows: [] });
          sectionKey = groupText;
        }
        const section = sections[sections.length - 1] as Section;
        const answerCell = view.cell(answerRow, q.c);
        const answers: { answer: Answer; cell: GridCell }[] = [];
        const blanks: GridCell[] = [];
        let comment = '';
        if (answerCell) {
          const word = readAnswerText(displayText(answerCell, d));
          if (word.answer) {
            answers.push({ answer: word.answer, cell: answerCell });
            if (word.comment) comment = word.comment;
          } else if (markOf(answerCell) === 'empty') blanks.push(answerCell);
          else this.notAnAnswer(view.name, answerCell, displayText(answerCell, d), blanks);
        }
        view.useCell(q);
        section.rows.push({
          table,
          r: q.c,
          text: question,
          questionCell: q,
          ...(lead.id ? { explicitId: lead.id } : {}),
          answers,
          blanks,
          superseded: [],
          ...(comment !== '' ? { comment } : {}),
          place: { sheet: view.name, cell: a1(answerRow, q.c) },
          match,
          section,
        });
      }
      const read = sections.reduce((n, sec) => n + sec.rows.length, 0);
      if (read === 0) continue;
      // The older responses are history: their answers are not read, and a check says so.
      const older = view.rowsBetween(r + 1, Number.MAX_SAFE_INTEGER).filter((x) => x !== answerRow);
      const stamp = view.cell(answerRow, responses.stampCol);
      if (people.size >= 2 && stamp) {
        const who = mine.length > 0 ? coordinator?.name : undefined;
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(stamp.r, stamp.c),
          field: 'checklist.answer',
          value: displayText(stamp, d),
          confidence: who ? 0.9 : 0.6,
          reason: who
            ? {
                da: `Tjeklisten er besvaret af ${people.size} personer i formularen; koordinatorens (${who}) nyeste besvarelse (række ${answerRow + 1}) er læst, de andres er ikke brugt.`,
                en: `The checklist was answered by ${people.size} people in the form; the coordinator's (${who}) newest response (row ${answerRow + 1}) was read, the others' were not used.`,
              }
            : {
                da: `Tjeklisten er besvaret af ${people.size} personer i formularen, og forsiden nævner ingen koordinator blandt dem; den nyeste besvarelse (række ${answerRow + 1}) er læst. Tjek at det er kommunens svar.`,
                en: `The checklist was answered by ${people.size} people in the form, and the cover names no coordinator among them; the newest response (row ${answerRow + 1}) was read. Check that it is the municipality's answer.`,
              },
        });
      } else if (older.length > 0 && stamp)
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(stamp.r, stamp.c),
          field: 'checklist.answer',
          value: displayText(stamp, d),
          confidence: 0.9,
          reason: {
            da: `Tjeklisten er besvaret ${older.length + 1} gange i formularen; den nyeste besvarelse (række ${answerRow + 1}) er læst, de ældre er ikke brugt.`,
            en: `The checklist was answered ${older.length + 1} times in the form; the newest response (row ${answerRow + 1}) was read, the older ones were not used.`,
          },
        });
      for (const sec of sections) {
        sec.inferred = this.inferGroup(sec);
        for (const x of sec.rows)
          if (x.explicitId) x.declared = { id: x.explicitId, how: 'id', confidence: 0.95 };
        this.align(sec);
        this.twins(sec);
        this.all.push(...sec.rows);
      }
      return;
    }
  }

  /** Whether a form's responses wait for the cover's coordinator (several people answered). */
  waitsForCover(): boolean {
    return this.waiting.length > 0;
  }

  /** Reads the forms that waited, in the coordinator's responses (the newest, when none is hers). */
  readWaiting(tables: readonly DetectedTable[], coordinator: Respondent | null): void {
    const views = this.waiting.splice(0);
    for (const view of views) this.readResponses(view, tables, coordinator);
  }

  /** All the spec's answers in CHECKLIST order; marks the cells of every answer that was used. */
  finish(): DraftChecklistAnswer[] {
    const assigned = this.assign();
    const rowOf = new Map<ChecklistId, QuestionRow>();
    for (const [row, id] of assigned) rowOf.set(id, row);

    // Answered rows that fit no question: reported at their answer cell. A row whose question is
    // answered by another row as well is kept beside it: a part of a question split over several
    // rows ("8a", "8b") is read with the others; otherwise the answer used is checked.
    const others = new Map<ChecklistId, QuestionRow[]>();
    for (const row of this.all) {
      if (assigned.has(row) || row.answers.length === 0) continue;
      const first = row.conflictCell ?? row.answers[0]?.cell;
      if (!first) continue;
      const best = row.declared?.id ?? textTop(row.match)?.id;
      const wanted =
        best && (row.declared !== undefined || textScore(row.match, best) >= TEXT_ACCEPT) ? best : undefined;
      const taken = wanted && rowOf.has(wanted) ? wanted : undefined;
      if (taken) others.set(taken, [...(others.get(taken) ?? []), row]);
      if (taken && splitParts(rowOf.get(taken), others.get(taken))) continue;
      const view = row.table.view;
      this.ctx.issues.push(unmatchedIssue(view.name, a1(first.r, first.c), row.text, taken));
    }
    const unansweredElsewhere = this.unansweredElsewhere(assigned, rowOf);

    const out: DraftChecklistAnswer[] = CHECKLIST_IDS.map((id) => {
      const row = rowOf.get(id);
      if (!row) return { id, answer: null };
      const view = row.table.view;
      // An earlier follow-up's answer that a later one replaces was read, not left over.
      for (const c of [
        row.questionCell,
        row.idCell,
        row.groupCell,
        row.commentCell,
        ...row.blanks,
        ...row.superseded,
      ]) {
        view.useCell(c);
      }
      let answer: Answer | null = null;
      const distinct = [...new Set(row.answers.map((x) => x.answer))];
      const first = row.answers[0];
      if (distinct.length === 1 && distinct[0] && !row.conflictCell) {
        answer = distinct[0];
        for (const x of row.answers) view.useCell(x.cell);
      } else if (distinct.length > 1 && first) {
        const at = row.conflictCell ?? first.cell;
        this.ctx.issues.push(checklistAmbiguous(view.name, a1(at.r, at.c), id, row.text, distinct));
      }
      const place = first ? { sheet: view.name, cell: a1(first.cell.r, first.cell.c) } : row.place;
      const more = others.get(id) ?? [];
      if (answer !== null && more.length > 0 && first) {
        const parts = splitParts(row, more);
        const all = [row, ...more];
        const said = [...new Set(all.flatMap((x) => x.answers.map((a) => a.answer)))];
        if (parts)
          for (const x of more)
            for (const c of [x.questionCell, x.idCell, ...x.answers.map((a) => a.cell)]) view.useCell(c);
        if (said.length > 1) {
          const where = all.map((x) =>
            `${x.num ?? ''}${x.letter ?? ''} ${ANSWER_LABELS[x.answers[0]?.answer ?? 'yes'].da}`.trim(),
          );
          const whereEn = all.map((x) =>
            `${x.num ?? ''}${x.letter ?? ''} ${ANSWER_LABELS[x.answers[0]?.answer ?? 'yes'].en}`.trim(),
          );
          if (parts) answer = 'partly';
          const label = ANSWER_LABELS[answer];
          addCheck(this.ctx, {
            sheet: view.name,
            cell: a1(first.cell.r, first.cell.c),
            field: `checklist.${id}`,
            value: label.da,
            confidence: 0.6,
            reason: parts
              ? {
                  da: `Spørgsmål ${id} er delt i ${all.length} dele med forskellige svar (${where.join(', ')}); det er læst som ${label.da}. Tjek det, og skriv ét svar.`,
                  en: `Question ${id} is split in ${all.length} parts with different answers (${whereEn.join(', ')}); it was read as ${label.en}. Check it, and write one answer.`,
                }
              : {
                  da: `Spørgsmål ${id} er besvaret i flere rækker med forskellige svar; svaret her (${label.da}) er brugt. Tjek det, og slet den anden række.`,
                  en: `Question ${id} is answered in several rows with different answers; the answer here (${label.en}) was used. Check it, and delete the other row.`,
                },
          });
        }
      }
      if (place && (answer !== null || row.comment !== undefined)) this.checkMatch(id, row, place, answer);
      if (answer !== null && row.guessedAnswer) {
        const g = row.guessedAnswer;
        const label = ANSWER_LABELS[answer];
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(g.cell.r, g.cell.c),
          field: `checklist.${id}`,
          value: g.text,
          confidence: 0.7,
          reason: {
            da: `Svaret "${quote(g.text)}" på spørgsmål ${id} er læst som ${label.da}. Tjek at det er rigtigt, eller vælg Ja, Delvist eller Nej.`,
            en: `The answer "${quote(g.text)}" to question ${id} was read as ${label.en}. Check that it is right, or choose Yes, Partly or No.`,
          },
        });
      }
      if (answer !== null && row.commentAnswer) {
        const g = row.commentAnswer;
        const label = ANSWER_LABELS[answer];
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(g.cell.r, g.cell.c),
          field: `checklist.${id}`,
          value: label.da,
          confidence: 0.7,
          reason: {
            da: `Svarcellen til spørgsmål ${id} er tom; svaret er læst som ${label.da} fra kommentaren "${quote(g.text)}". Tjek det, og skriv svaret i svarkolonnen.`,
            en: `The answer cell of question ${id} is empty; the answer was read as ${label.en} from the remark "${quote(g.text)}". Check it, and write the answer in the answer column.`,
          },
        });
      }
      if (answer !== null && row.subPointAnswer) {
        const { cell, parts } = row.subPointAnswer;
        const label = ANSWER_LABELS[answer];
        const said = parts.map((a) => ANSWER_LABELS[a]);
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(cell.r, cell.c),
          field: `checklist.${id}`,
          value: label.da,
          confidence: 0.7,
          reason: {
            da: `Spørgsmål ${id} har intet svar selv, men underpunkterne under det er besvaret (${said.map((x) => x.da).join(', ')}); det er læst som ${label.da}. Tjek det, og skriv svaret ud for spørgsmålet.`,
            en: `Question ${id} has no answer of its own, but its sub-points are answered (${said.map((x) => x.en).join(', ')}); it was read as ${label.en}. Check it, and write the answer beside the question.`,
          },
        });
      }
      if (answer !== null && row.colourAnswer) {
        const { cell, light } = row.colourAnswer;
        const label = ANSWER_LABELS[answer];
        const colour = lightName(light);
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(cell.r, cell.c),
          field: `checklist.${id}`,
          value: colour.da,
          confidence: 0.6,
          reason: {
            da: `Svaret på spørgsmål ${id} er kun en farve (${colour.da}), og arket siger ikke, hvad farverne betyder; det er læst som ${label.da}. Skriv Ja, Delvist eller Nej i cellen.`,
            en: `The answer to question ${id} is only a colour (${colour.en}), and the sheet does not say what the colours mean; it was read as ${label.en}. Write Yes, Partly or No in the cell.`,
          },
        });
      }
      const blank = unansweredElsewhere.get(id);
      if (answer !== null && first && blank?.place) {
        const label = ANSWER_LABELS[answer];
        const there = `'${blank.place.sheet}'!${blank.place.cell}`;
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(first.cell.r, first.cell.c),
          field: `checklist.${id}`,
          value: label.da,
          confidence: 0.6,
          reason: {
            da: `Spørgsmål ${id} står også i en anden huskeliste (${there}), som besvarer andre spørgsmål, men ikke dette; svaret her (${label.da}) er brugt. Tjek hvilken huskeliste der gælder, og slet den anden.`,
            en: `Question ${id} is also in another checklist (${there}), which answers other questions, but not this one; the answer here (${label.en}) was used. Check which checklist holds, and delete the other.`,
          },
        });
      }
      if (answer !== null && row.earlierAnswer) {
        // As for an activity's status per follow-up: the earlier answer is kept, and checked.
        const e = row.earlierAnswer;
        const at = a1(e.cell.r, e.cell.c);
        addCheck(this.ctx, {
          sheet: view.name,
          cell: at,
          field: `checklist.${id}`,
          value: quote(displayText(e.cell, this.ctx.date1904)),
          confidence: 0.8,
          reason: {
            da: `Den seneste svarkolonne ("${quote(e.header)}") er tom i denne række (${e.latest}); svaret på spørgsmål ${id} er læst fra ${at}. Er det ikke opdateret, så skriv svaret i "${quote(e.header)}".`,
            en: `The latest answer column ("${quote(e.header)}") is empty in this row (${e.latest}); the answer to question ${id} was read from ${at}. If it is out of date, write the answer in "${quote(e.header)}".`,
          },
        });
      }
      return {
        id,
        answer,
        ...(row.comment !== undefined ? { comment: row.comment } : {}),
        ...(place ? { place } : {}),
      };
    });
    this.twinWrittenOnce(out, rowOf);
    return out;
  }

  /**
   * Questions answered in one checklist and left unanswered in another that answers other questions
   * (a copy of the checklist in another table, or on another sheet, kept beside it): the unanswered
   * row, by question. The two disagree as much as two different answers do; a blank checklist (a
   * template kept beside the plan's) answers nothing and is no such copy.
   */
  private unansweredElsewhere(
    assigned: ReadonlyMap<QuestionRow, ChecklistId>,
    rowOf: ReadonlyMap<ChecklistId, QuestionRow>,
  ): Map<ChecklistId, QuestionRow> {
    const out = new Map<ChecklistId, QuestionRow>();
    const answering = new Set(this.all.filter((r) => r.answers.length > 0).map((r) => r.table));
    for (const row of this.all) {
      if (assigned.has(row) || row.answers.length > 0 || !answering.has(row.table)) continue;
      const best = row.declared?.id ?? textTop(row.match)?.id;
      if (!best || (row.declared === undefined && textScore(row.match, best) < TEXT_ACCEPT)) continue;
      const used = rowOf.get(best);
      if (used && used.answers.length > 0 && used.table !== row.table && !out.has(best)) out.set(best, row);
    }
    return out;
  }

  /**
   * F6 and L6 ask the same question: a coordinator may write it once. When one of them has no row,
   * the other's row answers both if it says so ("gælder også under implementeringen", "F6/L6");
   * otherwise, when the other list is there, the missing one is asked about at that row's answer.
   */
  private twinWrittenOnce(out: DraftChecklistAnswer[], rowOf: ReadonlyMap<ChecklistId, QuestionRow>): void {
    const pairs: [ChecklistId, ChecklistId][] = [
      ['F6', 'L6'],
      ['L6', 'F6'],
    ];
    for (const [missing, present] of pairs) {
      const row = rowOf.get(present);
      const got = out.find((a) => a.id === present);
      const at = out.findIndex((a) => a.id === missing);
      if (rowOf.has(missing) || !row || !got?.place || at < 0) continue;
      if (BOTH_LISTS.test(foldText(row.text))) {
        out[at] = {
          id: missing,
          answer: got.answer,
          ...(got.comment !== undefined ? { comment: got.comment } : {}),
          place: got.place,
        };
        continue;
      }
      const otherList = [...rowOf.keys()].some(
        (id) => !isTwin(id) && groupOfQuestion(id) === groupOfQuestion(missing),
      );
      if (!otherList || got.answer === null) continue;
      addCheck(this.ctx, {
        sheet: got.place.sheet,
        cell: got.place.cell,
        field: `checklist.${missing}`,
        value: ANSWER_LABELS[got.answer].da,
        confidence: 0.5,
        reason: {
          da: `Spørgsmål ${missing} står ikke i huskelisten, men det er det samme spørgsmål som ${present}, som er besvaret her. Gælder svaret begge, så skriv spørgsmålet og svaret under ${missing} også.`,
          en: `Question ${missing} is not in the checklist, but it is the same question as ${present}, answered here. If the answer holds for both, write the question and the answer under ${missing} as well.`,
        },
      });
    }
  }

  /**
   * Rows to questions: every (row, question) pair the evidence allows, best first, each row and
   * each question taken once. A question asked twice: the answered row counts.
   */
  private assign(): Map<QuestionRow, ChecklistId> {
    const pairs: { row: QuestionRow; id: ChecklistId; score: number; order: number }[] = [];
    this.all.forEach((row, order) => {
      const group = row.rowGroup ?? row.section.explicit;
      // A plain number is the coordinator's own numbering: a text that clearly names another
      // question outweighs it (the answer is then checked: the number says otherwise).
      const top = textTop(row.match);
      const numberDoubted =
        row.declared?.how === 'number' &&
        top !== undefined &&
        !sameQuestion(top.id, row.declared.id) &&
        textEvidence(row.match, top.id) >= 0.8 &&
        row.text.split(/\s+/u).length >= QUESTION_WORDS;
      for (const id of CHECKLIST_IDS) {
        const text = textScore(row.match, id);
        const declared = row.declared?.id === id;
        const positioned = row.position === id;
        if (!declared && text < TEXT_ACCEPT && !(positioned && text >= TEXT_WITH_POSITION)) continue;
        let score = text;
        if (declared) score += row.declared?.how === 'id' ? 0.6 : numberDoubted ? 0.1 : 0.5;
        if (positioned) score += 0.2;
        if (row.twin?.id === id) score += 0.15 * row.twin.confidence;
        if (group && groupOfQuestion(id) !== group) score -= 0.4;
        if (row.answers.length > 0) score += 0.05;
        pairs.push({ row, id, score, order });
      }
    });
    pairs.sort((a, b) => b.score - a.score || a.order - b.order);
    const out = new Map<QuestionRow, ChecklistId>();
    const taken = new Set<ChecklistId>();
    for (const p of pairs) {
      if (out.has(p.row) || taken.has(p.id)) continue;
      out.set(p.row, p.id);
      taken.add(p.id);
    }
    return out;
  }

  /** A check at the answer's cell when the row was placed on less than certain evidence. */
  private checkMatch(id: ChecklistId, row: QuestionRow, place: Place, answer: Answer | null): void {
    const evidence: number[] = [];
    const reasons: Why[] = [];
    const text = textEvidence(row.match, id);
    if (text > 0) evidence.push(text);
    if (row.declared?.id === id) evidence.push(row.declared.confidence);
    if (row.position === id) evidence.push(row.positionConfidence ?? 0.75);
    let confidence = 1 - evidence.reduce((p, e) => p * (1 - e), 1);

    const top = textTop(row.match);
    const group = row.rowGroup ?? row.section.explicit;
    if (row.declared && row.declared.id !== id) {
      confidence = Math.min(confidence, 0.6);
      reasons.push({
        da: `nummeret siger ${row.declared.id}, men teksten ligner ${id}`,
        en: `the number says ${row.declared.id}, but the text looks like ${id}`,
      });
    } else if (top && !sameQuestion(top.id, id) && textEvidence(row.match, top.id) >= 0.8) {
      confidence = Math.min(confidence, 0.6);
      reasons.push({
        da: `${row.declared ? 'nummeret' : 'rækkefølgen'} siger ${id}, men teksten ligner ${top.id}`,
        en: `the ${row.declared ? 'number' : 'order'} says ${id}, but the text looks like ${top.id}`,
      });
    } else if (group && groupOfQuestion(id) !== group) {
      confidence = Math.min(confidence, 0.6);
      reasons.push({
        da: `spørgsmålet står under ${group === 'preparation' ? 'forberedelse' : 'løbende implementering'}`,
        en: `the question is listed under ${group === 'preparation' ? 'preparation' : 'ongoing implementation'}`,
      });
    }
    if (isTwin(id) && row.declared?.id !== id) {
      const member = row.twin?.id === id ? row.twin.confidence : 0.6;
      if (member < 1) {
        confidence *= member;
        reasons.push({
          da: 'spørgsmålet findes i begge huskelister, og det er ikke sikkert, hvilken det hører til',
          en: 'the question is in both checklists, and it is not certain which one it belongs to',
        });
      }
    }
    if (confidence >= CERTAIN) return;
    if (reasons.length === 0) {
      reasons.push(
        evidence.length === 0 || text < 0.8
          ? {
              da: 'teksten ligner kun delvist spørgsmålet',
              en: 'the text only partly matches the question',
            }
          : { da: 'kun teksten peger på spørgsmålet', en: 'only the text points to the question' },
      );
    }
    const why: Why = { da: reasons.map((r) => r.da).join('; '), en: reasons.map((r) => r.en).join('; ') };
    const value = answer ? ANSWER_LABELS[answer].da : (row.comment ?? '');
    addCheck(this.ctx, {
      sheet: place.sheet,
      cell: place.cell,
      field: `checklist.${id}`,
      value,
      confidence: Math.round(Math.max(0.1, Math.min(0.94, confidence)) * 100) / 100,
      reason: matchReason(id, row, why),
    });
  }

  /** The group the section's clearly matched questions belong to. */
  private inferGroup(s: Section): Section['inferred'] {
    const votes = { preparation: 0, ongoing: 0 };
    for (const row of s.rows) {
      const top = textTop(row.match);
      const id =
        row.explicitId ??
        (top && !isTwin(top.id) && textEvidence(row.match, top.id) >= 0.8 ? top.id : undefined);
      if (id) votes[groupOfQuestion(id)]++;
    }
    const total = votes.preparation + votes.ongoing;
    if (total === 0) return undefined;
    const group: ChecklistGroup = votes.preparation >= votes.ongoing ? 'preparation' : 'ongoing';
    const share = votes[group] / total;
    if (share === 1 && total >= 2) return { group, confidence: 1 };
    if (share >= 0.75) return { group, confidence: 0.9 };
    if (share > 0.5) return { group, confidence: 0.6 };
    return undefined;
  }

  /**
   * The row's place as evidence: when the rows clearly matched by text or number are in the seed's
   * order (or nothing is clear but the section has exactly as many rows as its list), each row is
   * aligned to a question by a monotone alignment that maximises the text scores.
   */
  private align(s: Section): void {
    const rows = s.rows;
    if (rows.length < 2) return;
    const group = s.explicit ?? (s.inferred && s.inferred.confidence >= 0.9 ? s.inferred.group : undefined);
    const seq = group ? idsOf(group) : rows.length > LONGEST_LIST ? [...CHECKLIST_IDS] : undefined;
    const anchors: number[] = [];
    for (const row of rows) {
      const top = textTop(row.match);
      const id =
        row.declared?.id ??
        (top && !isTwin(top.id) && textEvidence(row.match, top.id) >= 0.8 ? top.id : undefined);
      const at = id && seq ? seq.indexOf(id) : -1;
      if (at >= 0) anchors.push(at);
    }
    let ordered: boolean;
    if (!seq) ordered = false;
    else if (anchors.length >= 2) ordered = longestIncreasing(anchors) >= 0.8 * anchors.length;
    else ordered = rows.length === seq.length;
    if (!seq || !ordered) return;
    const trust = anchors.length >= 3 ? 0.9 : 0.75;

    // Monotone alignment (rows × questions), gaps free, each match worth its score plus a little.
    const n = rows.length;
    const m = seq.length;
    const worth = (i: number, j: number): number => {
      const row = rows[i] as QuestionRow;
      const id = seq[j] as ChecklistId;
      if (row.declared) return row.declared.id === id ? 1.5 : 0;
      return textScore(row.match, id) + 0.1;
    };
    const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = 1; i <= n; i++) {
      const prev = best[i - 1] as number[];
      const cur = best[i] as number[];
      for (let j = 1; j <= m; j++) {
        cur[j] = Math.max(prev[j] ?? 0, cur[j - 1] ?? 0, (prev[j - 1] ?? 0) + worth(i - 1, j - 1));
      }
    }
    for (let i = n, j = m; i > 0 && j > 0;) {
      const here = best[i]?.[j] ?? 0;
      if (here === (best[i - 1]?.[j] ?? 0)) i--;
      else if (here === (best[i]?.[j - 1] ?? 0)) j--;
      else {
        const row = rows[i - 1] as QuestionRow;
        row.position = seq[j - 1];
        row.positionConfidence = trust;
        i--;
        j--;
      }
    }
  }

  /** Which of F6 and L6 a row with their text is, and how sure. */
  private twins(s: Section): void {
    for (const [i, row] of s.rows.entries()) {
      const top = textTop(row.match);
      if (!top || !isTwin(top.id) || row.declared) continue;
      const explicit = row.rowGroup ?? s.explicit;
      if (explicit) {
        row.twin = { id: explicit === 'preparation' ? 'F6' : 'L6', confidence: 1 };
        continue;
      }
      if (row.position && isTwin(row.position)) {
        row.twin = { id: row.position, confidence: 1 };
        continue;
      }
      if (s.inferred && s.inferred.confidence >= 0.9) {
        row.twin = {
          id: s.inferred.group === 'preparation' ? 'F6' : 'L6',
          confidence: s.inferred.confidence,
        };
        continue;
      }
      // The clearly matched questions just above and below.
      const near = (from: number, step: number): ChecklistGroup | undefined => {
        for (let k = from; k >= 0 && k < s.rows.length; k += step) {
          const other = s.rows[k] as QuestionRow;
          const t = textTop(other.match);
          const id =
            other.declared?.id ??
            (t && !isTwin(t.id) && textEvidence(other.match, t.id) >= 0.8 ? t.id : undefined);
          if (id) return groupOfQuestion(id);
        }
        return undefined;
      };
      const above = near(i - 1, -1);
      const below = near(i + 1, 1);
      if (above && (!below || below === above)) {
        row.twin = { id: above === 'preparation' ? 'F6' : 'L6', confidence: below ? 0.9 : 0.8 };
      } else if (below && !above) {
        row.twin = { id: below === 'preparation' ? 'F6' : 'L6', confidence: 0.8 };
      }
    }
  }

  /** The sheet's, the preamble's or the header's heading group for the table's first section. */
  /** The answer a cell's text gives: a symbol by the workbook's legend ("🟢 = Ja", certain) or as usual, or words. */
  private answerIn(sheet: string, text: string): AnswerText {
    const symbol = symbolOf(text);
    const byLegend =
      symbol === undefined ? undefined : symbolMeaning(this.ctx.symbols?.(), sheet, 'answer', symbol);
    if (byLegend) return { answer: byLegend as Answer };
    return symbol !== undefined ? answerBySymbol(symbol) : readAnswerText(text);
  }

  private readsAsAnswer(sheet: string, cell: GridCell): boolean {
    return this.answerIn(sheet, displayText(cell, this.ctx.date1904)).answer !== undefined;
  }

  private tableGroup(t: DetectedTable): ChecklistGroup | undefined {
    const view = t.view;
    for (const r of t.preamble) {
      for (const cell of view.rowCells(r)) {
        const g = groupFromText(displayText(cell, this.ctx.date1904));
        if (g) {
          view.useCell(cell);
          return g;
        }
      }
    }
    for (const r of [t.headerTop, t.headerBottom]) {
      for (const cell of view.rowCells(r, t.c0, t.c1)) {
        const g = groupFromText(displayText(cell, this.ctx.date1904));
        if (g) return g;
      }
    }
    return groupFromText(view.name);
  }

  /** The row right under a header that names the answer columns one by one ("Ja | Delvist | Nej"). */
  private subHeader(
    t: DetectedTable,
    from: number,
  ): { row: number; marks: { col: number; field: string }[] } | undefined {
    // The header's second row, or (when the header was taken as one row) the first row under it.
    const r = t.headerBottom > t.headerTop ? t.headerBottom : t.view.rowsBetween(t.firstRow, t.lastRow)[0];
    if (r === undefined) return undefined;
    const marks: { col: number; field: string }[] = [];
    const cells: GridCell[] = [];
    for (let c = from; c < from + 3; c++) {
      const cell = t.view.cell(r, c);
      const text = cell ? displayText(cell, this.ctx.date1904) : '';
      const answer = LEADING_ANSWER.test(foldText(text)) ? matchListValue('answer', text) : undefined;
      const field = Object.entries(CHECKLIST_MARK_FIELDS).find(([, a]) => a === answer)?.[0];
      if (!cell || !field || marks.some((m) => m.field === field)) return undefined;
      marks.push({ col: c, field });
      cells.push(cell);
    }
    // Only the three answer words (and nothing in the question column) make the row a header.
    if (t.view.rowCells(r).length !== 3) return undefined;
    for (const cell of cells) t.view.useCell(cell);
    return { row: r, marks };
  }

  /**
   * A checklist's second part under a heading row of its own that names only the answers ("Løbende
   * implementering | | Ja | Delvist | Nej"), below a part whose header names the comment column
   * ("Bemærkning"): that column is this part's comment column too, where its own header has nothing
   * there and the column lies right of its answers. One sheet, one checklist, one comment column.
   */
  private inheritedComment(t: DetectedTable, cols: ReadonlyMap<string, number>): number | undefined {
    const own = cols.get('comment');
    if (own !== undefined) return own;
    const right = Math.max(...t.columns.filter((m) => m.field !== null).map((m) => m.col));
    const above = this.commentColumns.filter((x) => x.view === t.view && x.below < t.headerTop);
    const x = above[above.length - 1];
    if (x === undefined || x.col <= right) return undefined;
    for (let r = t.headerTop; r <= t.headerBottom; r++)
      if (t.view.text(r, x.col).trim() !== '') return undefined;
    return x.col;
  }

  private rows(t: DetectedTable): Section[] {
    const view = t.view;
    const cols = fieldColumns(t);
    const commentCol = this.inheritedComment(t, cols);
    if (cols.get('comment') !== undefined)
      this.commentColumns.push({ view, below: t.headerBottom, col: cols.get('comment')! });
    const markColumns = t.columns.filter((m) => isMarkField(m.field));
    let marks: readonly { col: number; field: string | null }[] = markColumns;
    let answerCol = cols.get('answer');
    let c1 = t.c1;
    let subHeader: number | undefined;
    const only = markColumns.length === 1 ? markColumns[0] : undefined;
    if (only && answerCol === undefined && answersNamedBy(only.header).length >= 2) {
      const sub = this.subHeader(t, only.col);
      if (sub) {
        // "Ja/Delvist/Nej (sæt x)" over three columns, not merged, "Ja | Delvist | Nej" below it.
        marks = sub.marks;
        subHeader = sub.row;
        c1 = Math.max(c1, ...sub.marks.map((m) => m.col));
      } else {
        // One column headed "Ja/Delvist/Nej (sæt x)": the answer is written in it as a word.
        answerCol = only.col;
        marks = [];
      }
    }
    const questionCol = cols.get('question');
    const groupCol = cols.get('group');
    const at = (col: number | undefined, r: number): GridCell | undefined =>
      col === undefined ? undefined : valueCell(t, r, col);
    const ownMark = tableMark(t, marks, this.ctx.date1904);
    // An answer column per follow-up ("Svar marts | Svar juni", "Svar | Nyt svar"): the right-most
    // answer a row has is its answer now.
    // One answer column per half-year ("2. halvår 2026 | 1. halvår 2026 | …"), in any order:
    // oldest to newest by the half-year each names, not by place.
    const byHalfYear = answerCol === undefined ? undefined : halfYearAnswerColumns(t, answerCol);
    const answerCols =
      answerCol === undefined ? [] : (byHalfYear ?? [answerCol, ...laterAnswerColumns(t, answerCol)]);
    const below = t.answerBelow;
    const answerRows = below ? new Set(below.values()) : undefined;
    /** A cell that answers: a mark or word, or only a traffic-light colour. */
    const answered = (cell: GridCell): boolean =>
      markOf(cell) !== 'empty' || lightOf(view.fillAt(cell.r, cell.c)) !== undefined;
    const latestAnswer = (r: number): GridCell | undefined => {
      if (below) {
        const b = below.get(r);
        return b === undefined ? undefined : at(answerCol, b);
      }
      for (let i = answerCols.length - 1; i >= 0; i--) {
        const col = answerCols[i];
        if (col === undefined) continue;
        // (A cell with only a colour may hold no value at all.)
        const cell = at(col, r) ?? (lightOf(view.fillAt(r, col)) ? { r, c: col, v: '', t: 's' } : undefined);
        // An answer struck through in a later column was taken back: the one before it stands.
        if (cell && answered(cell) && allStruck(view.sheet, cell)) withdrawn.push(cell);
        else if (cell && answered(cell)) return cell;
      }
      return at(answerCol, r);
    };
    /** The answer cells of the row being read whose every word is struck through (latestAnswer). */
    let withdrawn: GridCell[] = [];
    /** An answer cell's text: the words not struck through, where some are. */
    const answerTextOf = (cell: GridCell): string =>
      unstruckText(view.sheet, cell) ?? displayText(cell, this.ctx.date1904);

    let legend: Map<Light, Answer> | undefined;
    let lightsInColumn: Map<number, number> | undefined;
    let notes: Map<string, string> | undefined;
    // Codes for the answers a legend above or in the header gives ("J = ja, D = delvist, N = nej").
    const codeRows = [...t.preamble, ...view.rowsBetween(t.headerTop, t.headerBottom)];
    const codes = answerCodes(
      codeRows.flatMap((r) => view.rowCells(r).map((c) => displayText(c, this.ctx.date1904))),
    );
    const first: Section = { rows: [] };
    const headingGroup = this.tableGroup(t);
    if (headingGroup) first.explicit = headingGroup;
    const sections: Section[] = [first];
    let section = first;
    let lastNum = 0;
    /** The numbers of the current section have gone up so far (a run, not a shuffled list). */
    let rising = true;
    // A question over two rows with its marks on the second (a PDF extracted a row per line).
    const lines = answersOnNextLine(t, questionCol, cols.get('id'), marks, answerCols, commentCol);
    const lineRows = new Set(lines.values());
    /** The answer of the heading the questions stand under (a list with no answer column). */
    let headingAns: { answer: Answer; cell: GridCell } | undefined;
    const noAnswerColumn = answerCol === undefined && marks.length === 0;
    for (const r of view.rowsBetween(t.firstRow, t.lastRow)) {
      if (r === subHeader || answerRows?.has(r) || lineRows.has(r)) continue;
      const own = view.rowCells(r, t.c0, c1);
      if (own.length === 0) continue;
      // A printed page's footer under the list ("Side 3 af 4", "Udskrevet: 02.12.2026", a PDF turned
      // back into a sheet): no question, and its stamp in an answer column no answer.
      if (isPageFurniture(own, view)) continue;
      const questionCell = at(questionCol, r);
      // The row the question's answer stands on: its own, or its last line's.
      const ar = lines.get(r) ?? r;
      const nextLine = ar === r ? undefined : at(questionCol, ar);
      if (nextLine) view.useCell(nextLine);
      const raw = questionCell
        ? nextLine
          ? joinWrapped(
              displayText(questionCell, this.ctx.date1904),
              displayText(nextLine, this.ctx.date1904),
            )
          : displayText(questionCell, this.ctx.date1904)
        : '';
      // A group heading inside the table ("Huskeliste til den løbende implementering").
      const lone = own.length === 1 ? own[0] : undefined;
      if (lone) {
        const loneText = displayText(lone, this.ctx.date1904);
        const g = groupFromText(loneText);
        if (g && (scoreChecklist(loneText)[0]?.score ?? 0) < QUESTION_THRESHOLD) {
          section = { explicit: g, rows: [] };
          sections.push(section);
          lastNum = 0;
          rising = true;
          headingAns = undefined;
          view.useCell(lone);
          continue;
        }
        // A list with no answer column whose questions stand under the answer they have ("Det er på
        // plads" | "Det er delvist på plads" | "Det mangler vi endnu"): the heading's answer is
        // theirs, until the next such heading or list.
        if (noAnswerColumn) {
          const a = headingAnswer(loneText);
          if (a && (scoreChecklist(loneText)[0]?.score ?? 0) < QUESTION_THRESHOLD) {
            headingAns = { answer: a, cell: lone };
            view.useCell(lone);
            continue;
          }
          // A heading set as the answer headings are (merged over the list, or bold or filled) that
          // names no answer ("Venter på svar fra skolerne"): the questions under it are not given
          // the answer of the heading above; they are unanswered, the heading checked (no guess).
          if (
            headingAns &&
            !a &&
            loneText.length <= 60 &&
            !loneText.includes('?') &&
            idFromText(loneText).id === undefined &&
            leadingNumber(loneText).num === undefined &&
            looksLikeHeading(view, lone, headingAns.cell) &&
            (scoreChecklist(loneText)[0]?.score ?? 0) < QUESTION_THRESHOLD
          ) {
            headingAns = undefined;
            view.useCell(lone);
            addCheck(this.ctx, {
              sheet: view.name,
              cell: a1(lone.r, lone.c),
              field: 'checklist.answer',
              value: quote(loneText),
              confidence: 0.5,
              reason: {
                da: `Overskriften "${quote(loneText)}" står blandt overskrifter, der giver svaret (Ja, Delvist, Nej), men den nævner intet svar: spørgsmålene under den er læst som ubesvarede. Skriv svaret, eller flyt spørgsmålene under den overskrift, der passer.`,
                en: `The heading "${quote(loneText)}" stands among headings that give the answer (Yes, Partly, No), but it names none: the questions under it were read as unanswered. Write the answer, or move the questions under the heading that fits.`,
              },
            });
            continue;
          }
        }
      }
      // A heading row repeating the answer column's header ("Undervejs | | Svar", or the list's name
      // in the question column: "Før vi går i gang | Svar"): the next list.
      const answerHead = answerCol === undefined ? undefined : at(answerCol, r);
      if (
        (raw === '' || (!raw.includes('?') && raw.length <= 80)) &&
        answerHead &&
        ANSWER_HEADER.test(displayText(answerHead, this.ctx.date1904)) &&
        own.length <= 3
      ) {
        const g = own
          .map((c) => groupFromText(displayText(c, this.ctx.date1904)))
          .find((x) => x !== undefined);
        for (const c of own) view.useCell(c);
        if (section.rows.length > 0 || g) {
          section = { ...(g ? { explicit: g } : {}), rows: [] };
          sections.push(section);
          lastNum = 0;
          rising = true;
        }
        continue;
      }
      const idCell = questionCol === cols.get('id') ? undefined : at(cols.get('id'), r);
      const fromId = idCell ? idFromText(displayText(idCell, this.ctx.date1904)) : {};
      const fromText = leadingNumber(raw);
      const explicitId = fromId.id ?? fromText.id;
      const num = explicitId ? undefined : (fromId.num ?? fromText.num);
      const part = explicitId ? undefined : fromId.num !== undefined ? fromId.part : fromText.part;
      const letter = explicitId ? undefined : fromId.letter;
      const groupCell = groupCol !== undefined && groupCol !== questionCol ? at(groupCol, r) : undefined;
      const rowGroup = groupCell ? groupFromText(displayText(groupCell, this.ctx.date1904)) : undefined;

      const answers: { answer: Answer; cell: GridCell }[] = [];
      const blanks: GridCell[] = [];
      const inline: string[] = [];
      let conflictCell: GridCell | undefined;
      let guessedAnswer: QuestionRow['guessedAnswer'];
      let colourAnswer: QuestionRow['colourAnswer'];
      /** Marks struck through (an answer changed, the old x kept with a line through it). */
      const struck: GridCell[] = [];
      for (const m of marks) {
        const cell = view.cell(ar, m.col);
        if (!cell) continue;
        const answer = CHECKLIST_MARK_FIELDS[m.field as keyof typeof CHECKLIST_MARK_FIELDS];
        const text = displayText(cell, this.ctx.date1904);
        const kind = ownMark !== undefined && text.trim() === ownMark ? 'mark' : markOf(cell);
        // A struck-through x is an answer taken back (changed: the new x stands beside it).
        if (cell.strike === true && kind === 'mark') {
          struck.push(cell);
          continue;
        }
        const word = kind === 'other' || typeof cell.v === 'string' ? readAnswerText(text) : {};
        if (word.answer && (word.answer !== answer || word.conflict)) {
          // "Ja" written in the Nej column: the cell says two things.
          answers.push({ answer, cell }, { answer: word.answer, cell });
          conflictCell ??= cell;
        } else if (kind === 'mark' || word.answer === answer) {
          answers.push({ answer, cell });
          if (word.comment) inline.push(word.comment);
        } else if (kind === 'empty') blanks.push(cell);
        else {
          const withComment = /^([x✓✔•]|xx)\s*[-–—:,(]\s*(.+)$/iu.exec(text);
          if (withComment?.[2]) {
            answers.push({ answer, cell });
            inline.push(withComment[2].replace(/\)\s*$/, '').trim());
          } else if (strayTick(text)) {
            // "c" or "z" under Ja: the key beside x, hit in haste; the tick, checked.
            answers.push({ answer, cell });
            guessedAnswer = { cell, text };
          } else this.notAnAnswer(view.name, cell, text, blanks);
        }
      }
      withdrawn = [];
      let answerCell = latestAnswer(ar);
      if (answerCell && withdrawn.includes(answerCell)) answerCell = undefined;
      const latestCol = answerCols[answerCols.length - 1];
      const superseded: GridCell[] = [...struck];
      for (const col of answerCols) {
        const earlier = answerCell && answerCols.indexOf(col) < answerCols.indexOf(answerCell.c);
        const cell = earlier ? at(col, ar) : undefined;
        if (cell && markOf(cell) !== 'empty' && this.readsAsAnswer(view.name, cell)) superseded.push(cell);
      }
      let earlierAnswer: QuestionRow['earlierAnswer'];
      if (answerCell && latestCol !== undefined && answerCell.c !== latestCol && answered(answerCell))
        earlierAnswer = {
          cell: answerCell,
          header: view.text(t.headerBottom, latestCol) || view.text(t.headerTop, latestCol),
          latest: a1(ar, latestCol),
        };
      // "Svar: Delvist – …": the answer after its label; the label alone is no answer written.
      const labelled = answerCell ? withoutAnswerLabel(answerTextOf(answerCell)) : undefined;
      if (answerCell && labelled === '') {
        blanks.push(answerCell);
        view.useCell(answerCell);
      } else if (answerCell) {
        const answerText = labelled ?? answerTextOf(answerCell);
        // A symbol the workbook's legend explains ("🟢 = Ja") is read by it, certain; a code the
        // checklist's legend explains ("J = ja") when the text is no answer word.
        const read = this.answerIn(view.name, answerText);
        const byCode =
          read.answer === undefined && symbolOf(answerText) === undefined
            ? answerByCode(answerText, codes)
            : {};
        const word: AnswerText = byCode.answer
          ? byCode
          : read.answer
            ? read
            : answerByPercent(answerCell, answerText);
        if (word.answer) {
          answers.push({ answer: word.answer, cell: answerCell });
          if (word.guessed) guessedAnswer = { cell: answerCell, text: answerText };
          if (word.conflict) {
            for (const a of word.conflict)
              if (a !== word.answer) answers.push({ answer: a, cell: answerCell });
            conflictCell ??= answerCell;
          } else if (word.comment) inline.push(word.comment);
        } else {
          // A number a conditional format shows as a coloured icon (✖ ! ✔, traffic lights; 0 too):
          // the icon's colour is the answer, by the legend above, else the usual reading, checked.
          const icon = view.sheet.icons ? view.iconAt(answerCell.r, answerCell.c) : undefined;
          const iconColour = icon ? iconLight(icon) : undefined;
          if (!iconColour && markOf(answerCell) === 'empty') blanks.push(answerCell);
          else if (iconColour) {
            legend ??= answerLegend(t, this.ctx.date1904);
            const byLegend = legend.get(iconColour);
            answers.push({ answer: byLegend ?? LIGHT_ANSWER[iconColour], cell: answerCell });
            if (!byLegend) colourAnswer = { cell: answerCell, light: iconColour };
          } else this.notAnAnswer(view.name, answerCell, answerText, blanks);
        }
      }
      // An answer cell with no text, only a traffic-light colour: the answer by the sheet's legend,
      // else by the usual reading (green Ja, yellow Delvist, red Nej), checked.
      // (In the column of the latest answer, where answers are kept per half-year.)
      const lightCol = answerCell?.c ?? answerCol;
      const light =
        lightCol !== undefined && (!answerCell || markOf(answerCell) === 'empty')
          ? lightOf(view.fillAt(ar, lightCol))
          : undefined;
      if (light && lightCol !== undefined) {
        legend ??= answerLegend(t, this.ctx.date1904);
        // Without a legend, one colour all down the column is its style (input cells), not answers.
        lightsInColumn ??= new Map();
        const inColumn = lightsInColumn.get(lightCol) ?? columnLights(t, lightCol);
        lightsInColumn.set(lightCol, inColumn);
        const cell: GridCell = answerCell ?? { r: ar, c: lightCol, v: '', t: 's' };
        const byLegend = legend.get(light);
        if (byLegend || inColumn > 1) {
          answers.push({ answer: byLegend ?? LIGHT_ANSWER[light], cell });
          if (!byLegend) colourAnswer = { cell, light };
        }
      }
      if (answers.length === 0 && headingAns) answers.push(headingAns);
      const firstStruck = struck[0];
      if (answers.length === 0 && firstStruck)
        addCheck(this.ctx, {
          sheet: view.name,
          cell: a1(firstStruck.r, firstStruck.c),
          field: 'checklist.answer',
          value: displayText(firstStruck, this.ctx.date1904),
          confidence: 0.6,
          reason: {
            da: 'Spørgsmålets eneste kryds er streget over: svaret er læst som trukket tilbage, og spørgsmålet som ubesvaret. Sæt et nyt kryds, eller fjern overstregningen, hvis svaret stadig gælder.',
            en: "The question's only x is struck through: the answer was read as withdrawn and the question as unanswered. Set a new x, or remove the strikethrough if the answer still stands.",
          },
        });
      // An answer word struck through with no word beside it (or a later half-year's): taken back.
      const lastWithdrawn = withdrawn[0];
      if (lastWithdrawn) this.withdrawnAnswerCheck(view.name, lastWithdrawn, answerCell);
      const commentCell = at(commentCol, ar);
      let columnComment = commentCell ? remarkText(displayText(commentCell, this.ctx.date1904)) : '';
      // The answer cell left empty and the answer written first in the remark beside it
      // ("Delvist – mangler aftale med skolerne"): the answer, checked at the remark.
      let commentAnswer: QuestionRow['commentAnswer'];
      if (answers.length === 0 && answerCol !== undefined && commentCell && columnComment !== '') {
        const said = readAnswerText(columnComment);
        if (said.answer && !said.conflict && !said.guessed) {
          answers.push({ answer: said.answer, cell: commentCell });
          commentAnswer = { cell: commentCell, text: columnComment };
          columnComment = said.comment ?? '';
        }
      }
      // "Ja (se kommentar)" beside the remark it points at: the remark alone.
      const said = columnComment !== '' ? inline.filter((c) => !POINTER_REMARK.test(c.trim())) : inline;
      let comment = [...said, ...(columnComment !== '' ? [columnComment] : [])].join('; ');
      // A remark kept as a note on the answer's cell (no remark written in the row): the note.
      if (comment === '' && answers.length > 0 && view.sheet.comments.length > 0) {
        notes ??= noteTexts(view);
        for (const a of answers) {
          const note = notes.get(`${a.cell.r}:${a.cell.c}`);
          if (note) {
            comment = note;
            break;
          }
        }
      }
      // A row with no question but an answer is kept, so that the answer is reported, not lost.
      if (raw === '' && explicitId === undefined && num === undefined && answers.length === 0) continue;
      // A new list number ("2.1" after "1.7") begins the next list.
      if (part !== undefined && part !== section.part) {
        if (section.rows.length > 0) {
          if (rising && lastNum > 1) section.run = true;
          section = { rows: [] };
          sections.push(section);
          lastNum = 0;
          rising = true;
        }
        section.part = part;
      }
      // Numbers that start again from 1 begin the next list ("8b" after "8a" is the same question).
      if (num !== undefined && !(letter !== undefined && num === lastNum)) {
        if (lastNum === 0) rising = num === 1;
        else if (num <= lastNum) {
          if (num === 1 && rising && section.rows.length >= 2) {
            section.run = true;
            section = { rows: [] };
            sections.push(section);
          } else rising = false;
        }
        lastNum = num;
      }
      const placeCol = answerCol ?? marks[0]?.col;
      section.rows.push({
        table: t,
        r,
        text: raw,
        ...(questionCell ? { questionCell } : {}),
        ...(idCell && (fromId.id || fromId.num !== undefined) ? { idCell } : {}),
        ...(groupCell && rowGroup ? { groupCell, rowGroup } : {}),
        ...(explicitId ? { explicitId } : {}),
        ...(num !== undefined ? { num } : {}),
        ...(part !== undefined ? { part } : {}),
        ...(letter !== undefined ? { letter } : {}),
        answers,
        ...(conflictCell ? { conflictCell } : {}),
        blanks,
        superseded,
        ...(guessedAnswer ? { guessedAnswer } : {}),
        ...(commentAnswer ? { commentAnswer } : {}),
        ...(colourAnswer ? { colourAnswer } : {}),
        ...(earlierAnswer ? { earlierAnswer } : {}),
        ...(comment !== '' ? { comment } : {}),
        ...(commentCell && columnComment !== '' ? { commentCell } : {}),
        ...(placeCol !== undefined ? { place: { sheet: view.name, cell: a1(r, placeCol) } } : {}),
        match: matchChecklist(fromText.rest),
        section,
      });
    }
    if (rising && lastNum > 1) section.run = true;
    const levels = rowLevels(view, questionCol);
    for (const sec of sections) subPoints(sec, levels, answerCol ?? marks[0]?.col);
    return sections.filter((s) => s.rows.length > 0);
  }
}

/** A sub-point's bullet: a dash or dot before its text ("– Skoler informeret", "• PPR"). */
const SUB_BULLET = /^\s*[–—\-•·▪◦]\s+\S/u;

/**
 * A checklist kept as an outline: a question (numbered, or with its id) and under it its
 * sub-points — rows one outline level deeper or indented further, or unnumbered rows starting with
 * a bullet under numbered questions — each answered on its own. A sub-point is no question of the
 * list: it belongs to the question above. Where the question's own answer is left empty, its
 * sub-points answer it: all alike, that answer; otherwise Delvist (checked in finish). The
 * sub-points' cells are used either way.
 */
function subPoints(sec: Section, levels: RowLevels | undefined, answerCol: number | undefined): void {
  const rows = sec.rows;
  // Cheap first: an outline needs an unnumbered row after a numbered one, or levels on the sheet.
  if (rows.length < 2 || !rows.some((x) => x.num === undefined && x.explicitId === undefined)) return;
  const level = (x: QuestionRow): number => levels?.level(x.r) ?? 0;
  const out: QuestionRow[] = [];
  let parent: QuestionRow | undefined;
  let subs: QuestionRow[] = [];
  const flush = (): void => {
    if (!parent) return;
    const p = parent;
    const view = p.table.view;
    for (const x of subs)
      for (const c of [x.questionCell, ...x.answers.map((a) => a.cell), x.commentCell]) view.useCell(c);
    const parts = subs.flatMap((x) => x.answers.map((a) => a.answer));
    if (p.answers.length === 0 && p.blanks.length === 0 && parts.length > 0 && answerCol !== undefined) {
      const distinct = [...new Set(parts)];
      const answer: Answer = distinct.length === 1 ? (distinct[0] as Answer) : 'partly';
      const cell = view.cell(p.r, answerCol) ?? { r: p.r, c: answerCol, v: '', t: 's' as const };
      out[out.length - 1] = { ...p, answers: [{ answer, cell }], subPointAnswer: { cell, parts } };
    }
    parent = undefined;
    subs = [];
  };
  for (const x of rows) {
    const numbered = (y: QuestionRow): boolean => y.num !== undefined || y.explicitId !== undefined;
    const under =
      parent !== undefined &&
      !numbered(x) &&
      (level(x) > level(parent) ||
        (numbered(parent) && SUB_BULLET.test(x.text) && !SUB_BULLET.test(parent.text)));
    if (under) {
      subs.push(x);
      continue;
    }
    flush();
    out.push(x);
    parent = x;
  }
  flush();
  if (out.length !== rows.length) sec.rows.splice(0, sec.rows.length, ...out);
}

// --- A checklist under its title, without a header row -----------------------------------------

/** "Svar:", "Answer:", "Besvarelse –" before an answer written under its question. */
const ANSWER_LABEL = /^\s*(?:svar|besvarelse|answer)\s*[:–—-]\s*/iu;

/** An answer cell's text without the label "Svar:" before it ('' when only the label is written). */
export function withoutAnswerLabel(text: string): string {
  const m = ANSWER_LABEL.exec(text);
  return m ? text.slice(m[0].length).trim() : text;
}

/**
 * A checklist kept as rows with each answer on the row under its question: a question row (a long
 * text, perhaps its number beside it) and right under it a row of one cell that reads as an answer,
 * with or without the label "Svar:" ("Svar: Delvist – mangler skolerne", or "Svar:" left blank), at
 * least three times. Question row → answer row, and the answers' column; undefined otherwise.
 */
function answersBelow(
  view: SheetView,
  rows: readonly number[],
  date1904: boolean,
): { pairs: Map<number, number>; answerCol: number; questionCol: number } | undefined {
  const pairs = new Map<number, number>();
  const answerCols = new Map<number, number>();
  const questionCols = new Map<number, number>();
  // Typed double-spaced, the answer stands on the row after the empty one under its question.
  const step = spacedRhythm(rows) ? 2 : 1;
  for (let i = 0; i + 1 < rows.length; i++) {
    const q = rows[i] as number;
    const a = rows[i + 1] as number;
    if (a !== q + step) continue;
    const below = view.rowCells(a);
    const only = below.length === 1 ? below[0] : undefined;
    if (!only) continue;
    const texts = view.rowCells(q).map((c) => ({ c: c.c, text: displayText(c, date1904).trim() }));
    const question = texts.sort((x, y) => y.text.length - x.text.length)[0];
    if (!question || question.text.length < 12 || readAnswerText(question.text).answer !== undefined)
      continue;
    const written = displayText(only, date1904).trim();
    const rest = withoutAnswerLabel(written);
    const labelOnly = rest === '' && rest !== written;
    if (!labelOnly && readAnswerText(rest).answer === undefined) continue;
    pairs.set(q, a);
    answerCols.set(only.c, (answerCols.get(only.c) ?? 0) + 1);
    questionCols.set(question.c, (questionCols.get(question.c) ?? 0) + 1);
    i++;
  }
  const top = (m: Map<number, number>): number | undefined =>
    [...m.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
  const answerCol = top(answerCols);
  const questionCol = top(questionCols);
  if (pairs.size < 3 || answerCol === undefined || questionCol === undefined) return undefined;
  return { pairs, answerCol, questionCol };
}

/** Rows under a checklist's title where its own header row may start (then it is a table already). */
const OWN_HEADER_WITHIN = 3;

/**
 * A checklist written under its title ("Tjekliste (J = ja, D = delvist, N = nej)") without a header
 * naming its columns: the rows under the title, down to a gap of blank rows or the next table, as a
 * checklist whose answer column is the one holding answers (words, marks or the legend's codes) in
 * most rows, and whose question column is the one of long texts left of it. None when the title
 * heads a table already, stands inside one, or nothing under it reads as answers.
 */
/**
 * The one character a checklist marks its answers with in its Ja / Delvist / Nej columns, when it is
 * no mark korpsplan knows ("ü" typed in Wingdings shows a tick): the same character in every
 * marked cell, at least three times, never twice in a row, and no other text in those columns.
 */
function tableMark(
  t: DetectedTable,
  marks: readonly { col: number; field: string | null }[],
  date1904: boolean,
): string | undefined {
  if (marks.length < 2) return undefined;
  let mark: string | undefined;
  let count = 0;
  for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
    let inRow = 0;
    for (const m of marks) {
      const cell = t.view.cell(r, m.col);
      if (!cell || markOf(cell) !== 'other') continue;
      const text = displayText(cell, date1904).trim();
      if ([...text].length !== 1 || /[\p{N}]/u.test(text) || readAnswerText(text).answer) return undefined;
      if (mark !== undefined && text !== mark) return undefined;
      mark = text;
      inRow++;
    }
    if (inRow > 1) return undefined;
    count += inRow;
  }
  return count >= 3 ? mark : undefined;
}

/**
 * Whether a note's first line ("Koordinator:") is its author's line: the author's name, or a name
 * where the file names no one by it. A program that wrote the workbook again may have put a word of
 * its own in the authors' list (exceljs writes "Author" for every note) while the text keeps the
 * line Excel wrote, in bold, above the note: a name of a few words, no digits, and a colon.
 */
function isAuthorLine(head: string, author: string): boolean {
  if (head === `${author.trim()}:`) return true;
  return (
    PLACEHOLDER_AUTHOR.test(author.trim()) &&
    /^[\p{L}][\p{L} .'-]{0,58}:$/u.test(head) &&
    head.split(' ').length <= 5
  );
}

/** An author's name a program writes where it keeps none: "Author", "Forfatter", "Unknown", "Ukendt". */
const PLACEHOLDER_AUTHOR = /^(?:author|forfatter|unknown|ukendt|user|bruger)$/iu;

/**
 * The texts of a sheet's cell notes by "r:c", without the author's line Excel puts first
 * ("Koordinator:⏎…"). A threaded comment with replies is several notes on one cell, in the order
 * written: together they are the remark, the comment first ("Mangler vi ikke jobcentret? Jo – de
 * kommer med i januar."); a reply alone would leave out what it answers.
 */
export function noteTexts(view: SheetView): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of view.sheet.comments) {
    let text = n.text;
    const nl = text.indexOf('\n');
    const head = nl > 0 ? text.slice(0, nl).trim() : '';
    if (head.endsWith(':') && head.length <= 60 && (n.author === undefined || isAuthorLine(head, n.author)))
      text = text.slice(nl + 1);
    text = text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const key = `${n.r}:${n.c}`;
    const before = out.get(key);
    // Sentences follow each other; a fragment is set off by a dash.
    out.set(key, before === undefined ? text : `${before}${/[.!?]$/u.test(before) ? ' ' : ' – '}${text}`);
  }
  return out;
}

/**
 * Answer columns headed by municipalities' names in one row above their answers ("Norddjurs |
 * Syddjurs": a joint plan answered by each): the header row, and each municipality's column. Two
 * columns with answers at the least, each under a different municipality.
 */
function municipalColumns(
  view: SheetView,
  rows: readonly number[],
  answersIn: ReadonlyMap<number, number>,
  date1904: boolean,
): { header: number; cols: Map<string, number> } | undefined {
  const candidates = [...answersIn.entries()].filter(([, n]) => n >= 3).map(([c]) => c);
  if (candidates.length < 2) return undefined;
  for (const x of rows) {
    const cols = new Map<string, number>();
    for (const c of candidates) {
      const cell = view.cell(x, c);
      // Cheap first test: a municipality's name is a short text.
      if (!cell || typeof cell.v !== 'string' || cell.v.length > 40) continue;
      const code = matchListValue('municipality', cell.v);
      if (code !== undefined && !cols.has(code)) cols.set(code, c);
    }
    if (cols.size >= 2) return { header: x, cols };
    // Answers reached before any such header: no joint checklist.
    const answered = candidates.some((c) => {
      const cell = view.cell(x, c);
      return cell !== undefined && readAnswerText(displayText(cell, date1904)).answer !== undefined;
    });
    if (answered) return undefined;
  }
  return undefined;
}

/** The column of the longest texts left of `before` in the rows (a checklist's questions). */
function longestTextColumn(
  view: SheetView,
  rows: readonly number[],
  before: number,
  date1904: boolean,
): number | undefined {
  const lengths = new Map<number, number>();
  for (const x of rows)
    for (const cell of view.rowCells(x, 0, before - 1)) {
      const len = displayText(cell, date1904).length;
      if (len >= 12) lengths.set(cell.c, (lengths.get(cell.c) ?? 0) + len);
    }
  return [...lengths.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The column of the questions' numbers or letters: short labels left of the questions. */
function labelColumn(
  view: SheetView,
  rows: readonly number[],
  questionCol: number,
  date1904: boolean,
): number | undefined {
  const labels = new Map<number, number>();
  for (const x of rows)
    for (const cell of view.rowCells(x, 0, questionCol - 1)) {
      const id = idFromText(displayText(cell, date1904));
      if (id.id !== undefined || id.num !== undefined) labels.set(cell.c, (labels.get(cell.c) ?? 0) + 1);
    }
  return [...labels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A checklist answered per municipality is read in the plan's own municipality's column, once the
 * cover has named it. When the cover names none of them, the first column is read, and every answer
 * in it is to be checked.
 */
export function chooseMunicipalColumn(t: DetectedTable, own: string | undefined, ctx: Ctx): void {
  const cols = t.answersByMunicipality;
  if (!cols) return;
  const col = own !== undefined ? cols.get(own) : undefined;
  const answer = t.columns.find((m) => m.field === 'answer');
  if (col !== undefined && answer) {
    t.columns = t.columns.map((m) => (m === answer ? { ...m, col } : m));
    return;
  }
  const names = [...cols.keys()];
  for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
    const cell = answer ? t.view.cell(r, answer.col) : undefined;
    if (!cell || markOf(cell) === 'empty') continue;
    addCheck(ctx, {
      sheet: t.view.name,
      cell: a1(cell.r, cell.c),
      field: 'checklist',
      value: displayText(cell, ctx.date1904),
      confidence: 0.5,
      reason: {
        da: `Tjeklisten er besvaret i en kolonne for hver kommune (${names.length}), og forsiden siger ikke, hvilken der er planens egen; den første kolonne er læst. Tjek svaret.`,
        en: `The checklist is answered in one column per municipality (${names.length}), and the cover does not say which is the plan's own; the first column was read. Check the answer.`,
      },
    });
  }
}

/**
 * Whether rows stand two apart, an empty row after each: two or more steps of two among the first
 * rows and none of one. A blank row in a table typed row under row is a real break; in a table
 * typed double-spaced it is air, and only a wider gap breaks it.
 */
export function spacedRhythm(rows: readonly number[]): boolean {
  let steps2 = 0;
  for (let i = 1; i < Math.min(rows.length, 8); i++) {
    const step = (rows[i] as number) - (rows[i - 1] as number);
    if (step === 1) return false;
    if (step === 2) steps2++;
  }
  return steps2 >= 2;
}

export function checklistsUnderTitles(
  view: SheetView,
  tables: readonly DetectedTable[],
  date1904: boolean,
): DetectedTable[] {
  const out: DetectedTable[] = [];
  // A sheet named as a checklist ("Huskeliste", "Tjekliste") with no table on it and no title of its
  // own: its name is the title over the rows from the top (row -1 stands for the name).
  const titled = (r: number): boolean => {
    const whole = view.rowCells(r);
    return whole.length === 1 && namesChecklist(whole[0] as GridCell);
  };
  const named =
    tables.length === 0 && namesChecklist({ r: -1, c: 0, v: view.name, t: 's' }) && !view.rows.some(titled)
      ? [-1]
      : [];
  for (const r of [...named, ...view.rows]) {
    const whole = r < 0 ? [] : view.rowCells(r);
    const title = whole.length === 1 ? whole[0] : undefined;
    if (r >= 0 && (!title || !namesChecklist(title))) continue;
    const inside = tables.some((t) => r >= t.headerTop && r <= t.lastRow);
    const headed = tables.some((t) => t.headerTop > r && t.headerTop <= r + OWN_HEADER_WITHIN);
    if (inside || headed) continue;
    const next = Math.min(...tables.filter((t) => t.headerTop > r).map((t) => t.headerTop), view.maxRow + 1);
    const rows: number[] = [];
    let last = r;
    const below = view.rowsBetween(r + 1, next - 1);
    // Rows typed with an empty row after each (air for print) count the gaps in their own rhythm,
    // the title's gap too: three empty rows of it are seven rows.
    const gap = spacedRhythm(below) ? 2 * TABLE_GAP + 1 : TABLE_GAP;
    for (const x of below) {
      if (x - last - 1 >= gap) break;
      rows.push(x);
      last = x;
    }
    const stacked = answersBelow(view, rows, date1904);
    if (stacked) {
      const { pairs, answerCol, questionCol } = stacked;
      const questionRows = [...pairs.keys()];
      const idCol = labelColumn(view, questionRows, questionCol, date1904);
      if (title) view.useCell(title);
      out.push({
        key: 'checklist',
        view,
        headerTop: Math.max(r, 0),
        headerBottom: Math.max(r, 0),
        c0: Math.min(idCol ?? questionCol, questionCol, answerCol),
        c1: Math.max(questionCol, answerCol),
        columns: [
          ...(idCol !== undefined ? [{ col: idCol, header: '', field: 'id', confidence: 0.5 }] : []),
          { col: questionCol, header: '', field: 'question', confidence: 0.5 },
          { col: answerCol, header: '', field: 'answer', confidence: 0.5 },
        ],
        info: [],
        score: 0,
        alternatives: [],
        firstRow: r + 1,
        lastRow: last,
        preamble: [],
        answerBelow: pairs,
      });
      continue;
    }
    const codes = answerCodes(title ? [displayText(title, date1904)] : []);
    const answersIn = new Map<number, number>();
    for (const x of rows)
      for (const cell of view.rowCells(x)) {
        const text = displayText(cell, date1904);
        const a = readAnswerText(text).answer ?? answerByCode(text, codes).answer;
        if (a !== undefined || markOf(cell) === 'mark')
          answersIn.set(cell.c, (answersIn.get(cell.c) ?? 0) + 1);
      }
    const [answerCol, count] = [...answersIn.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
    if (answerCol === undefined || count === undefined || count < 3) continue;
    const joint = municipalColumns(view, rows, answersIn, date1904);
    if (joint) {
      // A header row naming the municipalities over their answer columns: the rows under it are the
      // checklist, and a remarks column in that row gives the comments.
      const header = joint.header;
      const data = rows.filter((x) => x > header);
      const questionCol = longestTextColumn(view, data, Math.min(...joint.cols.values()), date1904);
      if (questionCol === undefined || data.length === 0) continue;
      const commentCol = view
        .rowCells(header)
        .find((c) => c.c > questionCol && SIDE_COMMENT.test(displayText(c, date1904).trim()))?.c;
      const idCol = labelColumn(view, data, questionCol, date1904);
      const first = Math.min(...joint.cols.values());
      if (title) view.useCell(title);
      for (const cell of view.rowCells(header)) view.useCell(cell);
      out.push({
        key: 'checklist',
        view,
        headerTop: header,
        headerBottom: header,
        c0: Math.min(idCol ?? questionCol, questionCol),
        c1: Math.max(...joint.cols.values(), commentCol ?? 0),
        columns: [
          ...(idCol !== undefined ? [{ col: idCol, header: '', field: 'id', confidence: 0.5 }] : []),
          { col: questionCol, header: '', field: 'question', confidence: 0.5 },
          { col: first, header: '', field: 'answer', confidence: 0.5 },
          ...(commentCol !== undefined
            ? [{ col: commentCol, header: '', field: 'comment', confidence: 0.5 }]
            : []),
        ],
        info: [],
        score: 0,
        alternatives: [],
        firstRow: header + 1,
        lastRow: data[data.length - 1] ?? header,
        preamble: [r],
        answersByMunicipality: joint.cols,
      });
      continue;
    }
    const questionCol = longestTextColumn(view, rows, answerCol, date1904);
    if (questionCol === undefined) continue;
    // The numbers or letters of the questions: short labels in a column left of them.
    const idCol = labelColumn(view, rows, questionCol, date1904);
    // Remarks right beside the answers: the column just right of them whose texts, in two rows or
    // more, are no answers.
    let remarks = 0;
    for (const x of rows) {
      const cell = view.cell(x, answerCol + 1);
      const text = cell ? displayText(cell, date1904).trim() : '';
      if (text.length >= 3 && readAnswerText(text).answer === undefined) remarks++;
    }
    const commentCol = remarks >= 2 ? answerCol + 1 : undefined;
    if (title) view.useCell(title);
    out.push({
      key: 'checklist',
      view,
      headerTop: Math.max(r, 0),
      headerBottom: Math.max(r, 0),
      c0: Math.min(...rows.flatMap((x) => view.rowCells(x).map((c) => c.c)), questionCol),
      c1: commentCol ?? answerCol,
      columns: [
        ...(idCol !== undefined ? [{ col: idCol, header: '', field: 'id', confidence: 0.5 }] : []),
        { col: questionCol, header: '', field: 'question', confidence: 0.5 },
        { col: answerCol, header: '', field: 'answer', confidence: 0.5 },
        ...(commentCol !== undefined
          ? [{ col: commentCol, header: '', field: 'comment', confidence: 0.5 }]
          : []),
      ],
      info: [],
      score: 0,
      alternatives: [],
      firstRow: r + 1,
      lastRow: last,
      preamble: [],
    });
  }
  return out;
}

/**
 * Questions a PDF converter extracted one row per line, their marks, answer or remark on the last
 * line (the PDF set its cells at the bottom): a row with its id (or question) and nothing answered,
 * right above a row with no id whose question text carries the sentence on (a small letter first)
 * and that answers. Question row → the row its answer stands on.
 */
function answersOnNextLine(
  t: DetectedTable,
  questionCol: number | undefined,
  idCol: number | undefined,
  marks: readonly { col: number }[],
  answerCols: readonly number[],
  commentCol: number | undefined,
): Map<number, number> {
  const out = new Map<number, number>();
  if (questionCol === undefined) return out;
  const view = t.view;
  const answers = (r: number): boolean =>
    marks.some((m) => view.cell(r, m.col) !== undefined) ||
    answerCols.some((c) => view.cell(r, c) !== undefined) ||
    (commentCol !== undefined && view.cell(r, commentCol) !== undefined);
  for (const r of view.rowsBetween(t.firstRow, t.lastRow - 1)) {
    const question = view.cell(r, questionCol);
    const next = view.cell(r + 1, questionCol);
    if (!question || !next || typeof next.v !== 'string' || answers(r)) continue;
    if (!/^\p{Ll}/u.test(next.v.trim())) continue;
    if (idCol !== undefined && idCol !== questionCol && view.cell(r + 1, idCol) !== undefined) continue;
    if (answers(r + 1)) out.set(r, r + 1);
  }
  return out;
}

/** A remark's text; '' for a template's instruction left in the remark cell ("Beskriv kort…"). */
function remarkText(text: string): string {
  return text !== '' && isTemplatePrompt(text) ? '' : text;
}

/**
 * Whether a lone cell is set as a heading the way an answer heading of the list is: merged as wide,
 * or bold or filled as it is.
 */
function looksLikeHeading(view: SheetView, cell: GridCell, heading: GridCell): boolean {
  const m = view.mergeAt(cell.r, cell.c);
  const h = view.mergeAt(heading.r, heading.c);
  if (m && h && m.e.c - m.s.c === h.e.c - h.s.c && m.e.c > m.s.c) return true;
  const bold = view.boldAt(heading.r, heading.c);
  const fill = view.fillAt(heading.r, heading.c);
  return (
    (bold && view.boldAt(cell.r, cell.c)) || (fill !== undefined && view.fillAt(cell.r, cell.c) !== undefined)
  );
}
