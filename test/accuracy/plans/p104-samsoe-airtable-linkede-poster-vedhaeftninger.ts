// Samsø (held out, eighteenth round): the plan kept in an Airtable base and downloaded from its grid
// view as CSV ("Download CSV"), opened in LibreOffice by the coordinator, who typed a title line and
// "Tovholder på planen: …" above and saved it as .xlsx. Airtable's columns are the table's fields:
// "Aktivitet" (the primary field), "Indsatsområde" (a linked record to a table of the
// municipality's focus areas: the record's name, two linked records joined by "," with no space),
// "Ansvarlige" (a linked record to a table of people, two joined by ","), "Status" (a single select:
// "Ikke startet", "I gang", "Færdig", "Sat på pause"), "Afsluttet" (a checkbox, exported as
// "checked" or nothing: one ticked while the status still says "I gang"), "Start" and "Deadline"
// in the base's European date format ("3/8/2026", "14/8/2026": day first, no leading zeros, one
// deadline left empty), "Dage til deadline" (a formula: negative when passed, "#ERROR!" with no
// deadline), "Målgruppe" (a multiple select, "Ledere,Mentorer"), "Bilag" (attachments, "name (URL)")
// and "Oprettet" (created time, "27/7/2026 10:14am"). LibreOffice (flat ODS: the cells as the CSV
// import left them, text).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';

/** "Helle Brandt,Jonas Krogh": both names in any usual joining. */
function people(cell: string): Exp {
  const names = cell.split(',');
  if (names.length === 1) return cell;
  return {
    v: names.join(', '),
    alt: [cell, names.join(' og '), names.join('; '), names.join(' / ')],
    note: 'two linked people, joined by "," as Airtable joins linked records',
  };
}

/** "14/8/2026" → "2026-08-14" (the base's European format: day first). */
function iso(dmy: string): string | null {
  if (!dmy) return null;
  const [d, m, y] = dmy.split('/') as [string, string, string];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const FILE = (name: string, id: string): string =>
  `${name} (https://v5.airtableusercontent.com/v3/u/35/35/1764230400000/${id}/${name})`;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p104-samsoe-airtable-linkede-poster-vedhaeftninger',
    'libreoffice-fods',
    'Samsø: an Airtable grid view downloaded as CSV and saved as .xlsx: the focus area and the people as linked records (two joined by "," without a space), a single-select status with "Sat på pause", an "Afsluttet" checkbox exported as "checked" (one ticked under "I gang"), European dates "3/8/2026" (day first), a "Dage til deadline" formula with "#ERROR!", a multiple select "Ledere,Mentorer", attachments "name (URL)", a created time "27/7/2026 10:14am"; a title line and "Tovholder på planen:" typed above.',
    [
      'airtable-csv-export',
      'linked-record-names',
      'linked-records-joined-without-space',
      'two-themes-linked',
      'checkbox-exported-as-checked',
      'done-checkbox-under-stale-status',
      'status-paused',
      'european-dates-day-first-no-leading-zero',
      'formula-error-in-export',
      'multiple-select-without-space',
      'attachments-with-urls',
      'created-time-not-start',
      'coordinator-as-tovholder-paa-planen',
      'title-line-above-export',
    ],
  );

  const S = 'Aktiviteter-Grid view';
  const s = p.sheet(S);
  s.set('A1', 'Samsø Kommune – mentorkorpset, 2. halvår 2026 (udtræk fra Airtable 27/11)', TITLE);
  s.set('A2', 'Tovholder på planen: Helle Brandt');
  p.fact('municipality', { v: '741', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2026-H2', note: 'the title line' }, S, 'A1');
  p.fact(
    'coordinator',
    { v: 'Helle Brandt', note: '"Tovholder på planen": the one who keeps the plan' },
    S,
    'A2',
  );

  // [aktivitet, indsatsområde, ansvarlige, status, afsluttet, start, deadline, dage, målgruppe, bilag, oprettet, theme, status id]
  type R = [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string | number,
    string,
    string,
    string,
    Exp,
    Exp,
  ];
  const list: R[] = [
    ['Opstartsmøde med direktør og centerchefer', 'Ledelse', 'Helle Brandt', 'Færdig', 'checked', '3/8/2026', '14/8/2026', -109, 'Ledere', FILE('dagsorden_opstart.pdf', 'Xk2mPq9TzR4vW1bN'), '27/7/2026 10:14am', 'leadership', 'done'],
    ['Aftale om tid til mentoropgaven i jobbeskrivelserne', 'Ledelse,Organisering', 'Helle Brandt,Jonas Krogh', 'I gang', '', '1/9/2026', '30/11/2026', -1, 'Ledere,Mentorer', '', '27/7/2026 10:21am', { v: 'leadership', flag: true, alt: ['organisation_roles'], note: 'two focus areas linked: the first, to be checked' }, 'in_progress'],
    ['Rekruttering af mentorer blandt skolepædagoger', 'Organisering', 'Jonas Krogh', 'Færdig', 'checked', '17/8/2026', '25/9/2026', -67, 'Mentorer', FILE('opslag_mentorer.docx', 'Lm8nQr3SxT6yU2cD'), '27/7/2026 10:25am', 'organisation_roles', 'done'],
    ['Opslag i Samsø Posten og på kommunens Facebook', 'Kommunikation', 'Mette Ravn', 'Færdig', 'checked', '', '2/10/2026', -60, 'Forældre,Unge', '', '3/8/2026 2:02pm', 'communication', 'done'],
    ['Infoaften for forældre på Samsø Skole', 'Inddragelse', 'Mette Ravn', 'I gang', 'checked', '1/11/2026', '19/11/2026', -12, 'Forældre', FILE('invitation_infoaften.pdf', 'Pq4rSt7UvW0xY3eF'), '3/8/2026 2:06pm', 'involvement', { v: 'done', flag: true, alt: ['in_progress'], note: '"Afsluttet" ticked while the status still says "I gang": done, to be checked' }],
    ['Kursus for mentorer i motiverende samtale', 'Opkvalificering', 'Jonas Krogh', 'I gang', '', '5/10/2026', '11/12/2026', 10, 'Mentorer', '', '10/8/2026 9:40am', 'upskilling', 'in_progress'],
    ['Faglig sparring mellem mentorerne hver 14. dag', 'Arbejdsproces og kultur', 'Jonas Krogh,Mette Ravn', 'I gang', '', '7/9/2026', '16/12/2026', 15, 'Mentorer', '', '10/8/2026 9:44am', 'process_culture', 'in_progress'],
    ['Fælles registrering af forløb i ét ark', 'Dokumentation', 'Helle Brandt', 'Sat på pause', '', '1/9/2026', '', '#ERROR!', 'Mentorer', '', '10/8/2026 9:51am', 'documentation', { v: 'changed', flag: true, alt: ['in_progress'], note: '"Sat på pause" (paused) is not on the list: the plan changed, checked' }],
    ['Supervision med psykolog fra fastlandet', 'Opkvalificering', '', 'Ikke startet', '', '7/12/2026', '18/12/2026', 17, 'Mentorer', '', '2/9/2026 11:03am', 'upskilling', 'not_started'],
    ['Halvårsstatus til styregruppen', 'Evaluering', 'Helle Brandt', 'Ikke startet', '', '14/12/2026', '18/12/2026', 17, 'Ledere', '', '2/9/2026 11:05am', 'evaluation', 'not_started'],
  ]; // prettier-ignore

  const rows: TableRow[] = list.map(
    ([akt, omr, who, st, done, start, deadline, days, grp, files, created, theme, status]) => ({
      cells: {
        akt,
        omr,
        who,
        st,
        done,
        start,
        deadline,
        days,
        grp,
        files: files ? { v: files, s: WRAP } : '',
        created,
      },
      x: { theme, status, start: iso(start), deadline: iso(deadline), responsible: who ? people(who) : null },
    }),
  );
  p.table({
    sheet: S,
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'omr', header: 'Indsatsområde', width: 22 },
      { key: 'who', header: 'Ansvarlige', width: 26 },
      { key: 'st', header: 'Status', width: 13 },
      { key: 'done', header: 'Afsluttet', width: 10 },
      { key: 'start', header: 'Start', width: 11 },
      { key: 'deadline', header: 'Deadline', width: 11 },
      { key: 'days', header: 'Dage til deadline', width: 10 },
      { key: 'grp', header: 'Målgruppe', width: 18 },
      { key: 'files', header: 'Bilag', width: 40 },
      { key: 'created', header: 'Oprettet', width: 18 },
    ],
    fields: {
      theme: 'omr',
      activity: 'akt',
      responsible: 'who',
      start: 'start',
      deadline: 'deadline',
      status: 'st',
    },
    rows,
  });
  return p;
}
