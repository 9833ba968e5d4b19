// Rødovre (held out, thirty-seventh round): a SEMICOLON CSV IN ONE COLUMN. The plan came out of the
// municipality's planning system as a semicolon-separated CSV ("Tema;Aktivitet;Ansvarlig;Frist;
// Status;Bemærkning", UTF-8, dates "15-03-2027") and was opened by double-click in an Excel set to
// English (United Kingdom), whose list separator is the comma. No line holds a comma, so Excel split
// nothing: every line sits whole in column A as text, quotes and all, on a sheet named after the
// file ("handleplan_eksport_20261102"). What the export did, the cell shows: fields holding a
// semicolon quoted ("Møde; forældre og skoler"), quotes inside a quoted field doubled
// ("Oplæg ""Mentor i praksis"" på lærermøder"), an empty field (";;" where nobody was named yet),
// a trailing ";" on some lines (the system writes an empty seventh field when the remark is empty),
// and one record whose quoted remark holds a line break: Excel does not see the quote (it is not at
// the start of a comma field), so the record ends at the break and the rest of the remark stands
// in the next row of column A ("Ny dato aftalt med VIA; alle fem er tilmeldt";). The coordinator
// then added the sheets "Forside", "Tjekliste" and "Korps" and typed them normally, and saved the
// workbook as .xlsx. LibreOffice (flat ODS): the column A lines are text cells.
//
// A careful reader reads each line as the fields its separators mean — a semicolon inside quotes
// is text, a doubled quote one quote, the quotes around a field no part of it — under the header
// line's names: the theme, the activity, the responsible, the deadline, the status of each record,
// every one of them at the line's cell in column A. The empty responsible is no responsible (to be
// asked, as any missing responsible). The continuation line is the end of the record above it (its
// remark), no activity.

import { PlanBuilder, type Exp } from '../build/plan';
import { BOLD, ITALIC, TITLE } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

/** One record of the export, as its fields mean it; `line` is the text the CSV holds for it. */
interface Rec {
  readonly line: string;
  readonly theme: Exp;
  readonly activity: Exp;
  readonly responsible: Exp;
  readonly deadline: Exp;
  readonly status: Exp;
  /** The rest of the record's quoted remark, in the next row of column A (a line break in it). */
  readonly continued?: string;
}

const RECS: readonly Rec[] = [
  { line: 'Ledelse;Styregruppemøde om korpsets mål og måltal;Lone Sørensen;15-01-2027;Gennemført;',
    theme: 'leadership', activity: 'Styregruppemøde om korpsets mål og måltal', responsible: 'Lone Sørensen', deadline: '2027-01-15', status: 'done' },
  // A field holding the separator is quoted, and so is a remark holding it.
  { line: 'Kommunikation;"Møde; forældre og skoler";Mette Holm;15-03-2027;I gang;"Invitation sendt; lokale booket"',
    theme: 'communication', activity: 'Møde; forældre og skoler', responsible: 'Mette Holm', deadline: '2027-03-15', status: 'in_progress' },
  // Quotes inside a quoted field are doubled; a trailing ";" after the empty remark.
  { line: 'Kommunikation;"Oplæg ""Mentor i praksis"" på lærermøder";Mette Holm;26-02-2027;Ikke påbegyndt;;',
    theme: 'communication', activity: 'Oplæg "Mentor i praksis" på lærermøder', responsible: 'Mette Holm', deadline: '2027-02-26', status: 'not_started' },
  // An empty field: nobody named yet.
  { line: 'Inddragelse;Dialogmøde med unge fra ungdomsskolen;;19-03-2027;Ikke påbegyndt;Ansvarlig findes på næste styregruppemøde',
    theme: 'involvement', activity: 'Dialogmøde med unge fra ungdomsskolen', responsible: null, deadline: '2027-03-19', status: 'not_started' },
  // The quoted remark holds a line break: its second line stands in the next row.
  { line: 'Opkvalificering;LAT-grundkursus for nye mentorer;Ali Demir;30-04-2027;I gang;"Kurset er flyttet fra 12-02-2027.',
    continued: 'Ny dato aftalt med VIA; alle fem er tilmeldt";',
    theme: 'upskilling', activity: 'LAT-grundkursus for nye mentorer', responsible: 'Ali Demir', deadline: '2027-04-30', status: 'in_progress' },
  { line: 'Opkvalificering;Supervision af forældrecoaches hver 6. uge;Jonas Krogh;30-06-2027;Igangværende;;',
    theme: 'upskilling', activity: 'Supervision af forældrecoaches hver 6. uge', responsible: 'Jonas Krogh', deadline: '2027-06-30', status: 'in_progress' },
  { line: 'Arbejdsproces og kultur;Fast sparring mellem mentorer og SSP;Jonas Krogh;31-05-2027;I gang;',
    theme: 'process_culture', activity: 'Fast sparring mellem mentorer og SSP', responsible: 'Jonas Krogh', deadline: '2027-05-31', status: 'in_progress' },
  // A quoted activity with the separator, and a remark ending in a doubled quote.
  { line: 'Opfølgning på dokumentation;"Registrering i dokumentationsplatformen; alle forløb";Lone Sørensen;28-02-2027;Gennemført;"Tjekket af ""Data og analyse"""',
    theme: 'documentation', activity: 'Registrering i dokumentationsplatformen; alle forløb', responsible: 'Lone Sørensen', deadline: '2027-02-28', status: 'done' },
  { line: 'Opfølgning på dokumentation;Kvartalsvis dataudtræk til styregruppen;Lone Sørensen;31-03-2027;Ikke påbegyndt;;',
    theme: 'documentation', activity: 'Kvartalsvis dataudtræk til styregruppen', responsible: 'Lone Sørensen', deadline: '2027-03-31', status: 'not_started' },
  { line: 'Ledelse;Temadag for skoleledere om korpset;Per Vinther;07-05-2027;Ikke påbegyndt;"Afventer ""go"" fra direktionen; dato foreløbig"',
    theme: 'leadership', activity: 'Temadag for skoleledere om korpset', responsible: 'Per Vinther', deadline: '2027-05-07', status: 'not_started' },
  { line: 'Inddragelse;Forældrepanel om forløbenes indhold;Mette Holm;11-06-2027;Ikke påbegyndt;',
    theme: 'involvement', activity: 'Forældrepanel om forløbenes indhold', responsible: 'Mette Holm', deadline: '2027-06-11', status: 'not_started' },
  { line: 'Evaluering og tilpasning;Midtvejsevaluering med korpset;Lone Sørensen;18-06-2027;Ikke påbegyndt;;',
    theme: 'evaluation', activity: 'Midtvejsevaluering med korpset', responsible: 'Lone Sørensen', deadline: '2027-06-18', status: 'not_started' },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p155-roedovre-semikolon-csv-i-een-kolonne-engelsk-listeseparator',
    'libreoffice-fods',
    'Rødovre: the plan a semicolon CSV from the municipality\'s system, opened in an Excel with the comma as list separator, so every line sits whole in column A ("Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning"): quoted fields holding a semicolon, doubled quotes inside quotes, an empty field (";;"), trailing ";" on some lines, one quoted remark with a line break continuing in the next row of column A, dates "15-03-2027"; the sheet named after the CSV file; cover, checklist and corps typed normally on sheets of their own.',
    [
      'csv-in-one-column',
      'semicolon-separated-lines',
      'quoted-field-with-separator',
      'doubled-quotes-in-quoted-field',
      'empty-field-between-separators',
      'trailing-separator',
      'record-continued-in-next-row',
      'dates-dd-mm-yyyy-in-text',
      'sheet-named-after-csv-file',
    ],
  );

  // --- The CSV, as Excel opened it: one line a row in column A -----------------------------------
  const S = 'handleplan_eksport_20261102';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 120);
  s.set('A1', 'Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning');
  let r = 2;
  for (const rec of RECS) {
    const c = `A${r}`;
    s.set(c, rec.line);
    p.activity(S, r, {
      theme: x(rec.theme, c),
      activity: x(rec.activity, c),
      status: x(rec.status, c),
      start: x(null, c),
      deadline: x(rec.deadline, c),
      responsible: x(rec.responsible, c),
    });
    r++;
    if (rec.continued !== undefined) {
      s.set(`A${r}`, rec.continued);
      p.notActivity(S, r, 'the second line of the record above: its quoted remark held a line break');
      r++;
    }
  }

  // --- Forside, typed by the coordinator ------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 22).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachkorpset – Rødovre Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Rødovre Kommune', 'municipality', '175'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Lone Sørensen', 'coordinator'],
    ['Leder', 'Per Vinther', 'leader'],
  ]);
  f.set('A9', 'Bemærk', BOLD);
  f.set(
    'B9',
    'Handleplanen er hentet fra Planportalen som CSV (2. november 2026) og ligger på det første ark.',
    ITALIC,
  );

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: ['partly', 'Nye mentorer på kursus i april'], L4: 'no', L5: 'partly', L6: 'yes', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AD', 'mentor', 'Ungdomsskolen', 8, 3],
    ['MH', 'mentor', 'Skoleafdelingen', 10, 4],
    ['JK', 'parent_coach', 'Familieafdelingen', 7, 2],
    ['SB', 'both', 'PPR', 12, 5],
  ]);
  return p;
}
