// Haderslev (held out, fourth round): the plan kept in Microsoft Planner and exported to Excel as
// Planner exports it: a block of plan facts ("Plannavn", "Plan-id", "Eksportdato") above the task
// table, one row per task with Planner's own columns ("Opgave-id", "Opgavenavn", "Bucketnavn",
// "Fremskridt", "Prioritet", "Tildelt til", "Oprettet af", "Oprettelsesdato", "Startdato",
// "Forfaldsdato", "Gentages", "Forsinket", "Fuldført dato", ..., "Etiketter", "Beskrivelse"). The
// theme is the task's label ("Etiketter"), the buckets are quarters, several people assigned are
// joined by ";", a task without a label has no theme. The Planner account is in English, so every
// date is a text "M/D/YYYY" ("3/25/2027"): the column holds days above 12 in the second place, so
// a careful reader reads "4/1/2027" as 1 April, never 4 January. "Forsinket" (late) is Planner's
// own flag, not a status. The coordinator added a sheet "Oplysninger" with the cover facts as
// label | value. SheetJS (the export is a plain workbook with no styles).

import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p43-haderslev-planner-eksport-us-datoer',
    'sheetjs',
    'Haderslev: a Microsoft Planner export (plan facts above the task table, Planner columns Opgavenavn/Bucketnavn/Fremskridt/Tildelt til/Forfaldsdato/Forsinket/Etiketter), theme as the label, several assignees joined by ";", dates as US text M/D/YYYY with ambiguous ones ("4/1/2027") read by the column, a cover sheet added beside it.',
    [
      'project-tool-export',
      'planner-columns',
      'theme-as-label',
      'us-text-dates-m-d-yyyy',
      'ambiguous-day-month-read-by-column',
      'late-flag-column',
      'responsible-several-people-semicolon',
      'task-without-theme',
      'metadata-columns',
      'cover-key-value-sheet',
      'no-styles',
    ],
  );
  const O = 'Oplysninger';
  const o = p.sheet(O);
  o.row('A1', ['Kommune', 'Haderslev Kommune']);
  o.row('A2', ['Periode', '1. halvår 2027']);
  o.row('A3', ['Fase', 'Indledende implementering']);
  o.row('A4', ['Koordinator', 'Louise Friis']);
  o.row('A5', ['Ansvarlig leder', 'Lone Vestergaard']);
  o.row('A7', ['Planen føres i Planner; eksporteret 15. januar 2027.']);
  p.fact('municipality', '510', O, 'B1');
  p.fact('period', '2027-H1', O, 'B2');
  p.fact('phase', 'initial', O, 'B3');
  p.fact('coordinator', 'Louise Friis', O, 'B4');
  p.fact('leader', 'Lone Vestergaard', O, 'B5');

  const S = 'Opgaver';
  const s = p.sheet(S);
  s.row('A1', ['Plannavn', 'Mentorkorps Haderslev – implementering 2027']);
  s.row('A2', ['Plan-id', 'q7Xk3v9LbE2mZt0a1cRf8GUAB4sP']);
  s.row('A3', ['Eksportdato', '1/15/2027']);

  const TH: Record<string, Exp> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning;Ledelse': {
      v: 'evaluation',
      alt: ['leadership'],
      note: "two labels: the first is the task's theme, the second as right",
    },
    '': null,
  };
  const ST: Record<string, Exp> = {
    'Ikke startet': 'not_started',
    'I gang': 'in_progress',
    Fuldført: 'done',
  };
  // [id, task, bucket, progress, priority, assigned, created, start, due, repeats, late, done on, labels, description, start reading, due reading]
  type R = [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string | null,
    string | null,
  ];
  const rows: R[] = [
    ['Hx01', 'Forankre mentorkorpset i ledergruppen', 'Januar–marts', 'Fuldført', 'Vigtig', 'Lone Vestergaard', '12/3/2026', '1/11/2027', '1/29/2027', '', 'false', '1/27/2027', 'Ledelse', 'Beslutning om mål og ressourcer', '2027-01-11', '2027-01-29'],
    ['Hx02', 'Informationsbrev til skoler og SFO', 'Januar–marts', 'Fuldført', 'Mellem', 'Louise Friis', '12/3/2026', '2/1/2027', '2/19/2027', '', 'false', '2/17/2027', 'Kommunikation', '', '2027-02-01', '2027-02-19'],
    ['Hx03', 'Dialogmøde med forældrerådet', 'Januar–marts', 'I gang', 'Mellem', 'Louise Friis;Peter Skov', '12/3/2026', '', '3/4/2027', '', 'false', '', 'Inddragelse', 'Forældrenes ønsker til forløbene', null, '2027-03-04'],
    ['Hx04', 'Fælles visitationsskema for mentorforløb', 'Januar–marts', 'I gang', 'Vigtig', 'Peter Skov', '12/8/2026', '2/15/2027', '3/25/2027', '', 'false', '', 'Arbejdsproces og kultur', 'Skema i fagsystemet', '2027-02-15', '2027-03-25'],
    ['Hx05', 'Rollebeskrivelse for koordinator og mentorer', 'April–juni', 'Ikke startet', 'Mellem', 'Louise Friis', '12/8/2026', '4/1/2027', '5/7/2027', '', 'false', '', 'Organisering, roller og ansvar', '', '2027-04-01', '2027-05-07'],
    ['Hx06', 'LAT-grundkursus, hold 2', 'April–juni', 'Ikke startet', 'Vigtig', 'Nationalt center', '12/8/2026', '4/12/2027', '4/16/2027', '', 'false', '', 'Opkvalificering', 'Fem nye mentorer', '2027-04-12', '2027-04-16'],
    ['Hx07', 'Registrering af forløb i fagsystemet', 'Januar–marts', 'I gang', 'Mellem', 'Peter Skov', '12/10/2026', '1/18/2027', '6/11/2027', '', 'false', '', 'Opfølgning på dokumentation', '', '2027-01-18', '2027-06-11'],
    ['Hx08', 'Halvårsevaluering med ledergruppen', 'April–juni', 'Ikke startet', 'Vigtig', 'Lone Vestergaard;Louise Friis', '12/10/2026', '', '6/24/2027', '', 'false', '', 'Evaluering og tilpasning;Ledelse', '', null, '2027-06-24'],
    ['Hx09', 'Månedlig supervision af mentorerne', 'Januar–marts', 'I gang', 'Mellem', 'Peter Skov', '12/10/2026', '1/20/2027', '6/30/2027', 'Månedlig', 'false', '', 'Opkvalificering', 'Ekstern supervisor', '2027-01-20', '2027-06-30'],
    ['Hx10', 'Nyhedsbrev til samarbejdspartnere', 'April–juni', 'Ikke startet', 'Lav', 'Louise Friis', '12/14/2026', '', '', '', 'false', '', 'Kommunikation', '', null, null],
    ['Hx11', 'Book lokaler til netværksmødet', 'Januar–marts', 'Fuldført', 'Lav', 'Louise Friis', '12/14/2026', '', '1/8/2027', '', 'false', '1/6/2027', '', '', null, '2027-01-08'],
  ]; // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 5,
    headerStyle: HEAD,
    columns: [
      { key: 'id', header: 'Opgave-id' },
      { key: 'navn', header: 'Opgavenavn' },
      { key: 'bucket', header: 'Bucketnavn' },
      { key: 'frem', header: 'Fremskridt' },
      { key: 'prio', header: 'Prioritet' },
      { key: 'tildelt', header: 'Tildelt til' },
      { key: 'af', header: 'Oprettet af' },
      { key: 'opr', header: 'Oprettelsesdato' },
      { key: 'start', header: 'Startdato' },
      { key: 'frist', header: 'Forfaldsdato' },
      { key: 'gent', header: 'Gentages' },
      { key: 'forsinket', header: 'Forsinket' },
      { key: 'fuldf', header: 'Fuldført dato' },
      { key: 'fuldfaf', header: 'Fuldført af' },
      { key: 'kl', header: 'Fuldførte kontrollisteelementer' },
      { key: 'etik', header: 'Etiketter' },
      { key: 'beskr', header: 'Beskrivelse' },
    ],
    fields: {
      theme: 'etik',
      activity: 'navn',
      status: 'frem',
      start: 'start',
      deadline: 'frist',
      responsible: 'tildelt',
    },
    rows: rows.map(([id, navn, bucket, frem, prio, tildelt, opr, start, frist, gent, late, fuldf, etik, beskr, xs, xd]) => ({
      cells: {
        id,
        navn,
        bucket,
        frem,
        prio,
        tildelt,
        af: 'Louise Friis',
        opr,
        start,
        frist,
        gent,
        forsinket: late,
        fuldf,
        fuldfaf: fuldf ? 'Louise Friis' : '',
        kl: '0/0',
        etik,
        beskr,
      },
      x: {
        theme:
          etik === ''
            ? { v: null, note: 'a task without a label: the plan gives no theme' }
            : TH[etik]!,
        status: ST[frem]!,
        start: xs,
        deadline: xd,
      },
    })),
  }); // prettier-ignore
  return p;
}
