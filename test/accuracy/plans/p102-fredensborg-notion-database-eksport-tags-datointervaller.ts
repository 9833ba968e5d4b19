// Fredensborg (held out, eighteenth round): the plan kept as a Notion database (the coordinator's
// workspace in English) and exported as Notion exports a database ("Export › Markdown & CSV"), then
// opened and saved as .xlsx by the coordinator. Notion's columns are the database's properties:
// "Name" (the page title), "Assign" (a person property: names as the members set them, two joined by
// ", ", a guest shown by the e-mail address, one left empty), "Date" as Notion writes a date
// property ("January 12, 2027", a range "December 1, 2026 → February 26, 2027", one with a time
// "March 3, 2027 10:00 AM"), "Status" (Notion's own "Not started", "In progress", "Done"), "Tags" (a
// multi-select joined by ", ": the theme in the coordinator's short words beside tags that are no
// theme, "Forældre", "Skoler", and one page with two themes), "Projekt" (a relation, written as the
// related page's title with its URL in brackets), "Created time" and "Last edited time" (no start).
// Notion allows no comma in a select option, so "Organisering, roller og ansvar" is "Organisering og
// roller". The coordinator typed a title line and a line "Opdateret af …, koordinator" above the
// export. LibreOffice (CSV import; the CSV kept in corpus/src is written with semicolons, as the
// corpus's CSV writer writes every CSV: the workbook is the same as from Notion's commas).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';

const PROJECT =
  'Mentorkorps 2027 (https://www.notion.so/Mentorkorps-2027-4f9c1e2ab7d04c8e9f3a1b2c3d4e5f60?pvs=21)';

/** "Maja Kruse, Ole Brix": both names in any usual joining. */
function assign(cell: string): Exp {
  const names = cell.split(', ');
  if (names.length === 1) return cell;
  return { v: cell, alt: [names.join(' og '), names.join('; '), names.join(' / ')] };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p102-fredensborg-notion-database-eksport-tags-datointervaller',
    'libreoffice-csv',
    'Fredensborg: a Notion database exported as CSV and saved as .xlsx: Name, Assign (names, two joined by ", ", a guest as an e-mail address, one empty), Date as Notion writes it ("January 12, 2027", "December 1, 2026 → February 26, 2027", "March 3, 2027 10:00 AM"), Notion\'s own statuses, Tags as a multi-select holding the theme in short words beside other tags (one page with two themes), a relation with its URL, Created time and Last edited time; a title line and "Opdateret af …, koordinator" typed above.',
    [
      'notion-database-export',
      'notion-date-ranges-with-arrow',
      'english-month-name-dates',
      'date-with-time-of-day',
      'theme-in-multi-select-tags',
      'two-themes-in-tags',
      'tags-that-are-no-theme',
      'relation-with-url',
      'created-and-edited-time-not-start',
      'several-assignees-comma',
      'guest-as-email-address',
      'coordinator-in-updated-by-line',
      'title-line-above-export',
    ],
  );
  p.csvFilter = 'CSV:59,34,76,1,,1030,false,true';

  const S = p.name.slice(0, 31); // LibreOffice names the sheet after the CSV file, cut to Excel's 31 characters
  const s = p.sheet(S);
  s.set(
    'A1',
    'Fredensborg Kommune – Mentor- og forældrecoachindsatsen: plan for 1. halvår 2027 (eksport fra Notion)',
  );
  s.set('A2', 'Opdateret af Maja Kruse, koordinator, 30.11.2026');
  p.fact('municipality', { v: '210', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2027-H1', note: 'the title line' }, S, 'A1');
  p.fact('coordinator', { v: 'Maja Kruse', note: '"Opdateret af Maja Kruse, koordinator"' }, S, 'A2');

  // [name, assign, date, status, tags, created, edited, theme, status id, start, deadline]
  type R = [string, string, string, string, string, string, string, Exp, string, string | null, string];
  const list: R[] = [
    ['Temamøde i ledergruppen om caseload pr. mentor', 'Maja Kruse', 'November 24, 2026', 'Done', 'Ledelse', 'October 2, 2026 9:41 AM', 'November 25, 2026 8:03 AM', 'leadership', 'done', null, '2026-11-24'],
    ['Kickoff for mentorkorpset med direktionen', 'Maja Kruse', 'January 12, 2027', 'Not started', 'Ledelse', 'November 3, 2026 10:12 AM', 'November 28, 2026 2:17 PM', 'leadership', 'not_started', null, '2027-01-12'],
    ['Rekruttering af fire nye forældrecoaches', 'Ole Brix', 'December 1, 2026 → February 26, 2027', 'In progress', 'Organisering og roller, Forældre', 'November 3, 2026 10:15 AM', 'November 30, 2026 11:52 AM', 'organisation_roles', 'in_progress', '2026-12-01', '2027-02-26'],
    ['Skabelon til forløbsregistrering i fagsystemet', 'Maja Kruse', 'December 7, 2026 → January 29, 2027', 'In progress', 'Dokumentation, Data', 'November 5, 2026 1:30 PM', 'November 29, 2026 7:45 PM', 'documentation', 'in_progress', '2026-12-07', '2027-01-29'],
    ['Informationsbrev til skoler og SSP', 'lise.dahl@fredensborg.dk', 'January 20, 2027', 'Not started', 'Kommunikation, Skoler', 'November 5, 2026 1:34 PM', 'November 5, 2026 1:34 PM', 'communication', 'not_started', null, '2027-01-20'],
    ['LAT-kursus for nye mentorer', 'Maja Kruse, Ole Brix', 'February 2, 2027 → February 4, 2027', 'Not started', 'Opkvalificering, Mentorer', 'November 6, 2026 9:02 AM', 'November 20, 2026 3:11 PM', 'upskilling', 'not_started', '2027-02-02', '2027-02-04'],
    ['Supervision med ekstern psykolog, en gang om måneden', '', 'February 1, 2027 → June 30, 2027', 'Not started', 'Opkvalificering, Mentorer', 'November 6, 2026 9:05 AM', 'November 6, 2026 9:05 AM', 'upskilling', 'not_started', '2027-02-01', '2027-06-30'],
    ['Ungepanel om mentorordningen', 'Lise Dahl', 'March 3, 2027 10:00 AM', 'Not started', 'Inddragelse, Unge', 'November 10, 2026 12:20 PM', 'November 24, 2026 10:01 AM', 'involvement', 'not_started', null, '2027-03-03'],
    ['Workshop for sagsbehandlere: fælles sprog om forløb', 'Ole Brix', 'March 15, 2027 → March 19, 2027', 'Not started', 'Arbejdsproces og kultur', 'November 10, 2026 12:24 PM', 'November 10, 2026 12:24 PM', 'process_culture', 'not_started', '2027-03-15', '2027-03-19'],
    ['Nyhedsbrev til forældre på Aula', 'Lise Dahl', 'April 9, 2027', 'Not started', 'Kommunikation, Inddragelse, Forældre', 'November 12, 2026 8:58 AM', 'November 27, 2026 9:30 AM', { v: 'communication', flag: true, alt: ['involvement'], note: 'two themes tagged: the first, to be checked' }, 'not_started', null, '2027-04-09'],
    ['Evaluering af første halvår med styregruppen', 'Maja Kruse', 'June 14, 2027 → June 25, 2027', 'Not started', 'Evaluering', 'November 12, 2026 9:01 AM', 'November 12, 2026 9:01 AM', 'evaluation', 'not_started', '2027-06-14', '2027-06-25'],
  ]; // prettier-ignore

  const rows: TableRow[] = list.map(
    ([name, who, date, status, tags, created, edited, theme, st, start, deadline]) => ({
      cells: { name, who, date, status, tags, project: PROJECT, created, edited },
      x: {
        theme,
        status: st,
        start,
        deadline,
        responsible: who ? assign(who) : null,
      },
    }),
  );
  p.table({
    sheet: S,
    headerRow: 4,
    columns: [
      { key: 'name', header: 'Name' },
      { key: 'who', header: 'Assign' },
      { key: 'date', header: 'Date' },
      { key: 'status', header: 'Status' },
      { key: 'tags', header: 'Tags' },
      { key: 'project', header: 'Projekt' },
      { key: 'created', header: 'Created time' },
      { key: 'edited', header: 'Last edited time' },
    ],
    fields: { theme: 'tags', activity: 'name', responsible: 'who', when: 'date', status: 'status' },
    rows,
  });
  return p;
}
