// København (held out, thirty-fifth round): MOJIBAKE. The coordinator exported the activity list
// from the case system's SharePoint list as a UTF-8 CSV, opened it in Danish Excel (which read the
// file as Windows-1252) and saved it as .xlsx, and has worked in that workbook since. So most texts
// hold UTF-8 read as cp1252: "Ã¦" for æ, "Ã¸" for ø, "Ã¥" for å, "Ã†"/"Ã˜"/"Ã…" for Æ/Ø/Å, "Ã–"
// for Ö, "Ã©" for é, "â€“" for an en dash, "Â" before a no-break space — in the headers too
// ("AnsvarligÂ ", "MÃ¥l", "BemÃ¦rkning", "FÃ¦rdig senest"), the statuses ("IgangvÃ¦rende",
// "Ikke pÃ¥begyndt", "FÃ¦rdig"), the themes ("OpfÃ¸lgning pÃ¥ dokumentation"), the names ("SÃ¸ren
// KjÃ¦r") and the time column ("uge 6â€“8Â 2027", "januarâ€“februar 2027"). The checklist (a second
// export, pasted in) and the corps list (from the HR list) came the same way; the cover was typed
// in Excel, but the coordinator's name and the period were pasted from the export. Two rows were
// added later in Excel, typed correctly, with real date cells (a mixed sheet). A few cells came
// from an older plan saved as a cp1252 CSV and opened as UTF-8 on the way (Google Sheets): there
// the letter is LOST, each æ/ø/å one U+FFFD ("Igangv�rende", "Br�ndgaard", "Opf�lgning p�
// dokumentation").
//
// A careful reader sees at once that "SÃ¸ren" is "Søren": every such text turns back EXACTLY into
// the Danish it was (its characters are cp1252 bytes that form valid UTF-8), so the double-encoded
// texts are read as they were meant, unflagged (the repair is exact and reversible, and the plan's
// whole sheet shows the same damage). The U+FFFD texts cannot be turned back: the byte is gone.
// Where a list value is still unmistakable with the lost letter as any one letter ("Igangv�rende"
// fits only "Igangværende", "Opf�lgning p� dokumentation" only the theme "Opfølgning på
// dokumentation") it is read, and flagged, to be confirmed; a name or an activity's text with a lost
// letter is kept as it stands ("Mads Br�ndgaard"), flagged: Brændgaard, Brøndgaard and Brandgaard
// are all names, and the reader does not invent the letter.

import type { ChecklistIdKey } from '../expected';
import { PlanBuilder, toExpected, unsure, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, TITLE, WRAP } from './common';

/** cp1252's characters for the bytes 0x80–0x9F (undefined bytes kept as the C1 control, as Excel shows them). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]; // prettier-ignore

/** A text as UTF-8 bytes read as Windows-1252: what Danish Excel shows of a UTF-8 CSV. */
export function mojibake(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8'))
    out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  return out;
}

/** A text saved as Windows-1252 and read as UTF-8: every letter above ASCII one U+FFFD. */
function lost(s: string): string {
  return [...s].map((ch) => (ch.charCodeAt(0) > 0x7f ? '\uFFFD' : ch)).join('');
}

/** How a cell came to the sheet: the export (double-encoded), the older file (letter lost), typed. */
type Way = 'm' | 'l' | 't';
const as = (way: Way, s: string): string => (way === 'm' ? mojibake(s) : way === 'l' ? lost(s) : s);

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, string> = {
  Færdig: 'done',
  Igangværende: 'in_progress',
  'Ikke påbegyndt': 'not_started',
};

interface Row {
  readonly id: number;
  readonly tema: string;
  readonly akt: string;
  readonly ansv: string;
  /** The time as written (text), or a date cell typed in Excel. */
  readonly tid: string | { readonly date: string };
  readonly status: string;
  readonly maal?: string;
  readonly bem?: string;
  readonly start: string | null;
  readonly deadline: string;
  /** How each cell came: one way for the row, or per field. */
  readonly way: Way | Partial<Record<'tema' | 'akt' | 'ansv' | 'status', Way>>;
}

const ROWS: readonly Row[] = [
  { id: 1, tema: 'Ledelse', akt: 'Opstartsmøde i styregruppen om mål og målgruppe', ansv: 'Søren Kjær', tid: 'november–december 2026', status: 'Færdig',
    maal: 'Kommissorium godkendt', start: '2026-11-01', deadline: '2026-12-31', way: 'm' },
  { id: 2, tema: 'Ledelse', akt: 'Ledelsesinformation til Børne- og Ungdomsforvaltningens direktion hvert kvartal', ansv: 'Søren Kjær', tid: 'marts 2027', status: 'Ikke påbegyndt',
    start: null, deadline: '2027-03-31', way: 'm' },
  { id: 3, tema: 'Kommunikation', akt: 'Informationsmøde for skolernes AKT-lærere og SSP', ansv: 'Tove Højgaard', tid: 'uge 6–8\u00A02027', status: 'Ikke påbegyndt',
    maal: 'Alle skoler på Nørrebro og i Nordvest deltaget', start: '2027-02-08', deadline: '2027-02-28', way: 'm' },
  { id: 4, tema: 'Kommunikation', akt: 'Café-møde for forældre i Bispebjerg om forældrecoaching', ansv: 'Tove Højgaard', tid: 'februar–marts 2027', status: 'Ikke påbegyndt',
    start: '2027-02-01', deadline: '2027-03-31', way: 'm' },
  { id: 5, tema: 'Inddragelse', akt: 'Dialogmøde med ungerådet om mentorforløbene', ansv: 'Aylin Özkan', tid: 'april 2027', status: 'Ikke påbegyndt',
    bem: 'Ungerådet mødes første tirsdag i måneden', start: null, deadline: '2027-04-30', way: 'm' },
  { id: 6, tema: 'Opkvalificering', akt: 'LAT-grundkursus for nye mentorer (hold 2)', ansv: 'Mads Brændgaard', tid: 'januar–februar 2027', status: 'Ikke påbegyndt',
    maal: '12 mentorer uddannet', start: '2027-01-01', deadline: '2027-02-28', way: 'm' },
  { id: 7, tema: 'Opkvalificering', akt: 'Temadag om forældresamarbejde og LAT-øvelser', ansv: 'Mads Brændgaard', tid: 'uge 11 2027', status: 'Ikke påbegyndt',
    start: null, deadline: '2027-03-21', way: 'm' },
  { id: 8, tema: 'Organisering, roller og ansvar', akt: 'Rollebeskrivelser for koordinator, ledere og mentorer', ansv: 'Søren Kjær', tid: 'senest 15. januar 2027', status: 'Igangværende',
    bem: 'Udkast sendt til høring i MED-udvalget', start: null, deadline: '2027-01-15', way: 'm' },
  { id: 9, tema: 'Arbejdsproces og kultur', akt: 'Fast sparring i korpset hver 14. dag', ansv: 'Mads Brændgaard', tid: 'december 2026–juni 2027', status: 'Igangværende',
    start: '2026-12-01', deadline: '2027-06-30', way: { tema: 'm', akt: 'm', ansv: 'l', status: 'l' } },
  { id: 10, tema: 'Opfølgning på dokumentation', akt: 'Registrering af forløb på dokumentationsplatformen', ansv: 'Tove Højgaard', tid: '1. kvartal 2027', status: 'Ikke påbegyndt',
    start: null, deadline: '2027-03-31', way: { tema: 'l', akt: 'l', ansv: 'm', status: 'm' } },
  { id: 11, tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med mentorer og forældrecoaches', ansv: 'Søren Kjær', tid: { date: '2027-05-27' }, status: 'Ikke påbegyndt',
    start: null, deadline: '2027-05-27', way: 't' },
  { id: 12, tema: 'Evaluering og tilpasning', akt: 'Halvårsopfølgning i ledelsesgruppen med data fra platformen', ansv: 'Søren Kjær', tid: { date: '2027-06-24' }, status: 'Ikke påbegyndt',
    maal: 'Status til Børne- og Ungdomsudvalget', start: null, deadline: '2027-06-24', way: 't' },
]; // prettier-ignore

const wayOf = (row: Row, f: 'tema' | 'akt' | 'ansv' | 'status'): Way =>
  typeof row.way === 'string' ? row.way : (row.way[f] ?? 'm');

type Ans = 'yes' | 'partly' | 'no';
const WORD: Record<Ans, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
/** The checklist export: answer, comment, and how the comment came (double-encoded unless 'l'). */
const ANSWERS: Readonly<Record<ChecklistIdKey, readonly [Ans, string?, Way?]>> = {
  F1: ['yes', 'Behovsanalyse fra 2025 for Børne- og Ungdomsforvaltningen'],
  F2: ['yes'],
  F3: ['partly', 'Samarbejdsaftale med PPR og SSP på vej'],
  F4: ['yes'],
  F5: ['partly', 'Skole og fritid; familieafdelingen følger i 2. halvår'],
  F6: ['yes'],
  F7: ['partly'],
  L1: ['yes'],
  L2: ['partly', 'Nedslag aftalt i uge 11 og uge 24'],
  L3: ['no', 'Lederkurset er udskudt til foråret', 'l'],
  L4: ['partly'],
  L5: ['no'],
  L6: ['yes'],
  L7: ['partly', 'Målgrupper for budskaber beskrives i foråret'],
  L8: ['no'],
};

const NBSP = '\u00A0';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p151-koebenhavn-mojibake-utf8-laest-som-cp1252',
    'hand-built',
    'København: a SharePoint/ESDH list exported as UTF-8 CSV, opened in Danish Excel as Windows-1252 and saved as .xlsx: most texts double-encoded ("SÃ¸ren KjÃ¦r", "IgangvÃ¦rende", "uge 6â€“8Â 2027", headers "AnsvarligÂ ", "MÃ¥l", "FÃ¦rdig senest"), the checklist and corps exports the same way, two rows typed later in Excel correctly with date cells, and a few cells from a cp1252 file read as UTF-8 with the letter lost (U+FFFD: "Igangv�rende", "Br�ndgaard", "Opf�lgning p� dokumentation").',
    [
      'mojibake-utf8-read-as-cp1252',
      'mojibake-in-headers',
      'mojibake-statuses-themes-names',
      'mojibake-en-dash-in-date-ranges',
      'mojibake-no-break-space',
      'mojibake-corps-initials-and-roles',
      'mixed-sheet-typed-rows-correct',
      'replacement-character-letter-lost',
      'sheet-named-after-csv-file',
    ],
  );

  // --- Forside: typed in Excel; the coordinator and the period pasted from the export -------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 20).width(2, 46);
  f.set('A1', 'Mentor- og forældrecoachkorpset – Københavns Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Københavns Kommune']);
  f.row('A4', [{ v: 'Periode', s: BOLD }, mojibake('1. halvår 2027')]);
  f.row('A5', [{ v: 'Fase', s: BOLD }, mojibake('Klargøring')]);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, mojibake('Tove Højgaard')]);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Søren Kjær']);
  f.set('A9', 'Aktiviteterne er eksporteret fra ESDH-listen "Korpsplan 2027" 18-11-2026.');
  p.fact('municipality', '101', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Tove Højgaard', F, 'B6');
  p.fact('leader', 'Søren Kjær', F, 'B7');

  // --- The exported list, saved as .xlsx: the sheet keeps the CSV file's name -----------------------
  const S = 'Korpsplan_2027_export';
  const s = p.sheet(S);
  const headers = ['ID', 'Aktivitet', 'Tema', `Ansvarlig${NBSP}`, 'Tidsplan', 'Status', 'Mål', 'Bemærkning'];
  s.row('A1', headers.map(mojibake));
  s.width(1, 5).width(2, 56).width(3, 30).width(4, 20).width(5, 24).width(6, 16).width(7, 34).width(8, 36);
  const x = (v: Exp, cell: string): ReturnType<typeof toExpected> => toExpected(v, cell, S);
  ROWS.forEach((row, i) => {
    const r = 2 + i;
    const tema = as(wayOf(row, 'tema'), row.tema);
    const akt = as(wayOf(row, 'akt'), row.akt);
    const ansv = as(wayOf(row, 'ansv'), row.ansv);
    const status = as(wayOf(row, 'status'), row.status);
    const typed = row.way === 't';
    s.set(`A${r}`, row.id).set(`B${r}`, akt, WRAP).set(`C${r}`, tema).set(`D${r}`, ansv);
    if (typeof row.tid === 'string') s.set(`E${r}`, typed ? row.tid : mojibake(row.tid));
    else s.set(`E${r}`, { v: row.tid, s: DMY });
    s.set(`F${r}`, status);
    if (row.maal) s.set(`G${r}`, typed ? row.maal : mojibake(row.maal), WRAP);
    if (row.bem) s.set(`H${r}`, mojibake(row.bem), WRAP);
    const themeExp: Exp =
      wayOf(row, 'tema') === 'l'
        ? unsure(
            THEME[row.tema]!,
            `"${tema}": the letters are lost (U+FFFD), but only the theme "${row.tema}" fits; read, to be confirmed`,
          )
        : THEME[row.tema]!;
    const statusExp: Exp =
      wayOf(row, 'status') === 'l'
        ? unsure(
            STATUS[row.status]!,
            `"${status}": a letter lost (U+FFFD); only "${row.status}" fits; read, to be confirmed`,
          )
        : STATUS[row.status]!;
    const textExp = (way: Way, shown: string, meant: string): Exp =>
      way === 'l'
        ? unsure(
            shown,
            `"${shown}": the letters are lost (U+FFFD) and cannot be restored (meant "${meant}"); kept as written, to be checked`,
          )
        : meant;
    p.activity(S, r, {
      theme: x(themeExp, `C${r}`),
      activity: x(textExp(wayOf(row, 'akt'), akt, row.akt), `B${r}`),
      status: x(statusExp, `F${r}`),
      start: x(row.start, `E${r}`),
      deadline: x(row.deadline, `E${r}`),
      responsible: x(textExp(wayOf(row, 'ansv'), ansv, row.ansv), `D${r}`),
    });
  });

  // --- Tjekliste: a second export of the case system, pasted in -------------------------------------
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'].map(mojibake), BOLD);
  t.width(2, 80).width(4, 44);
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [ans, comment, way] = ANSWERS[id];
    const shown = comment === undefined ? undefined : as(way ?? 'm', comment);
    t.row(`A${r}`, [id, { v: mojibake(q), s: WRAP }, WORD[ans], shown]);
    const commentExp: Exp | undefined =
      comment === undefined || shown === undefined
        ? undefined
        : way === 'l'
          ? {
              v: shown,
              flag: true,
              cell: `D${r}`,
              note: `letters lost (U+FFFD), meant "${comment}": kept as written, to be checked`,
            }
          : { v: comment, cell: `D${r}` };
    p.answer(id, ans, T, `C${r}`, commentExp);
  });

  // --- Korps: from the HR list, exported the same way ------------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'].map(mojibake), BOLD);
  k.width(2, 24).width(3, 36);
  const members: readonly (readonly [
    string,
    string,
    'mentor' | 'parent_coach' | 'both',
    string,
    number,
    number,
  ])[] = [
    ['BØ', 'Mentor', 'mentor', 'Børne- og Ungdomsforvaltningen', 12, 5],
    ['LHJ', 'Forældrecoach', 'parent_coach', 'Socialforvaltningen, Familieområdet', 8, 3],
    ['ÅN', 'Mentor og forældrecoach', 'both', 'Socialforvaltningen, Ungeområdet', 15, 6],
    ['KP', 'Mentor', 'mentor', 'Beskæftigelses- og Integrationsforvaltningen', 10, 4],
  ];
  members.forEach(([ini, rolle, role, dept, h, c], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [mojibake(ini), mojibake(rolle), mojibake(dept), h, c]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `D${r}`],
      activeCases: [c, `E${r}`],
    });
  });
  return p;
}
