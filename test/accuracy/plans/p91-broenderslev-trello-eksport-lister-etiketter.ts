// Brønderslev (held out, fifteenth round): the plan kept on a Trello board and exported as Trello
// exports a board to CSV, opened and tidied by the coordinator. Trello's columns in English: "Card
// Name", "Card URL", "Card Description" (longer than the name), "Labels" as "Name (colour)" joined by
// ", " (the theme, and a second label "Vigtig (red)" that is a priority, no theme), "Members" as full
// names joined by ", ", "Start Date" and "Due Date" as ISO date-times in UTC text
// ("2026-09-24T10:00:00.000Z": Trello's default noon, Danish time), "Due Complete" TRUE/FALSE, the
// card's checklist counted ("Checklist Item Total Count", "… Completed Count"), "List Name" (the
// board's columns: "Idéer", "Skal gøres", "I gang", "Venter på andre", "Færdig": the status),
// "Archived" TRUE/FALSE (a finished card archived is done; a card archived from "Skal gøres" was
// dropped), "Last Activity Date". The coordinator deleted Trello's id and board columns, put a
// title line above and filled the finished cards green. LibreOffice (flat ODS).

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { TITLE, WRAP } from './common';

const DONE_FILL = { fill: { rgb: 'C6EFCE' } } as const;

/** "Anne Holm, Bo Ek": both names in any usual joining. */
function members(cell: string): Exp {
  const names = cell.split(', ');
  if (names.length === 1) return cell;
  return { v: cell, alt: [names.join(' og '), names.join('; '), names.join(' / ')] };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p91-broenderslev-trello-eksport-lister-etiketter',
    'libreoffice-fods',
    'Brønderslev: a Trello board\'s CSV export tidied by hand: Card Name beside a longer Card Description and the Card URL, Labels "Ledelse (green), Vigtig (red)", Members joined by ", ", Start/Due Date as UTC ISO text, Due Complete and Archived TRUE/FALSE, checklist counts, List Name as the status ("Idéer", "Skal gøres", "I gang", "Venter på andre", "Færdig"), an archived card never done; a title line above, id columns deleted, finished cards filled.',
    [
      'trello-csv-export',
      'card-name-beside-longer-description',
      'labels-with-colour-in-brackets',
      'priority-label-beside-theme-label',
      'status-from-list-name',
      'due-complete-flag',
      'archived-cards',
      'checklist-item-counts',
      'utc-iso-text-dates-at-noon',
      'several-members-comma',
      'coordinator-title-above-export',
      'done-rows-filled',
    ],
  );

  const S = 'mentorkorps-bronderslev';
  const s = p.sheet(S);
  s.set('A1', 'Brønderslev Kommune – Mentorkorpsets Trello-tavle, 2. halvår 2026 (eksport 1/12-2026)', TITLE);
  p.fact('municipality', { v: '810', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2026-H2', note: 'the title line' }, S, 'A1');

  type R = {
    name: string;
    slug: string;
    desc: string;
    labels: string;
    members: string;
    start?: string;
    due?: string;
    complete: boolean;
    total: number;
    doneItems: number;
    list: string;
    archived: boolean;
    last: string;
    theme: Exp;
    status: Exp;
    startDay?: string;
    dueDay?: string;
  };
  const rows: R[] = [
    {
      name: 'Kickoff med ledergruppen',
      slug: '8fKq2LxA/12-kickoff-med-ledergruppen',
      desc: 'Dagsorden: mål for korpset, roller, økonomi. Referat lægges i Teams.',
      labels: 'Ledelse (green)',
      members: 'Jens Vestergaard',
      due: '2026-08-27T10:00:00.000Z',
      complete: true, total: 4, doneItems: 4, list: 'Færdig', archived: false, last: '2026-08-28T07:12:44.512Z',
      theme: 'leadership', status: 'done', dueDay: '2026-08-27',
    },
    {
      name: 'Informationsmøde for skolernes AKT-lærere',
      slug: 'Q2w9Zt1B/15-informationsmode-for-skolernes-akt-laerere',
      desc: 'Præsentation af mentorordningen og henvisningsvejen. Husk pjecer.',
      labels: 'Kommunikation (sky)',
      members: 'Karina Bro, Jens Vestergaard',
      start: '2026-09-01T10:00:00.000Z',
      due: '2026-09-24T10:00:00.000Z',
      complete: true, total: 3, doneItems: 3, list: 'Færdig', archived: false, last: '2026-09-25T11:40:03.118Z',
      theme: 'communication', status: 'done', startDay: '2026-09-01', dueDay: '2026-09-24',
    },
    {
      name: 'Rekruttering af seks nye mentorer',
      slug: 'mB7cX0pR/18-rekruttering-af-seks-nye-mentorer',
      desc: 'Opslag internt i Børn og Unge og Jobcentret, samtaler i uge 40–41, udvælgelse med lederne.',
      labels: 'Organisering, roller og ansvar (orange), Vigtig (red)',
      members: 'Jens Vestergaard',
      start: '2026-08-17T10:00:00.000Z',
      due: '2026-10-15T10:00:00.000Z',
      complete: false, total: 5, doneItems: 3, list: 'I gang', archived: false, last: '2026-11-03T09:02:51.004Z',
      theme: { v: 'organisation_roles', note: '"Vigtig (red)" is a priority label, no theme' }, status: 'in_progress', startDay: '2026-08-17', dueDay: '2026-10-15',
    },
    {
      name: 'LAT-kursus modul 1–3',
      slug: 'Hn4Rt8sK/21-lat-kursus-modul-1-3',
      desc: 'Tre kursusdage for de nye mentorer med undervisere fra det nationale center.',
      labels: 'Opkvalificering (purple)',
      members: 'Karina Bro',
      due: '2026-11-20T11:00:00.000Z',
      complete: false, total: 3, doneItems: 1, list: 'I gang', archived: false, last: '2026-11-21T08:30:12.441Z',
      theme: 'upskilling', status: 'in_progress', dueDay: '2026-11-20',
    },
    {
      name: 'Ungepanel: hvad gør en god mentor?',
      slug: 'Zp3Ld6Yw/24-ungepanel-hvad-gor-en-god-mentor',
      desc: 'Ungepanel med 6–8 unge fra ungdomsskolen. Pizza og gavekort.',
      labels: 'Inddragelse (yellow)',
      members: 'Mads Friis',
      due: '2026-12-09T11:00:00.000Z',
      complete: false, total: 0, doneItems: 0, list: 'Skal gøres', archived: false, last: '2026-10-14T13:55:07.900Z',
      theme: 'involvement', status: 'not_started', dueDay: '2026-12-09',
    },
    {
      name: 'Skabelon til forløbsnotat i fagsystemet',
      slug: 'Tc8Vn2Qe/26-skabelon-til-forlobsnotat-i-fagsystemet',
      desc: 'Afventer at IT opretter felterne. Udkast til skabelon ligger på kortet.',
      labels: 'Opfølgning på dokumentation (blue)',
      members: 'Karina Bro',
      due: '2026-10-30T11:00:00.000Z',
      complete: false, total: 4, doneItems: 2, list: 'Venter på andre', archived: false, last: '2026-11-12T10:11:40.207Z',
      theme: 'documentation', status: unsure('in_progress', '"Venter på andre": begun, waiting for others; not on the list'), dueDay: '2026-10-30',
    },
    {
      name: 'Temadag om forældrecoaching for sagsbehandlere',
      slug: 'Wd5Kp9Jh/29-temadag-om-foraeldrecoaching-for-sagsbehandlere',
      desc: 'Halv dag i byrådssalen. Oplæg ved to forældrecoaches.',
      labels: 'Arbejdsproces og kultur (lime)',
      members: 'Mads Friis',
      due: '2026-09-30T10:00:00.000Z',
      complete: true, total: 2, doneItems: 2, list: 'Færdig', archived: true, last: '2026-10-06T07:45:19.733Z',
      theme: 'process_culture', status: { v: 'done', note: 'finished and then archived' }, dueDay: '2026-09-30',
    },
    {
      name: 'Studietur til Aalborg Kommunes mentorkorps',
      slug: 'Yx1Gb7Mn/31-studietur-til-aalborg-kommunes-mentorkorps',
      desc: 'Besøg hos Aalborg for at se deres matchning af mentorer.',
      labels: 'Opkvalificering (purple)',
      members: 'Jens Vestergaard',
      due: '2026-10-08T10:00:00.000Z',
      complete: false, total: 0, doneItems: 0, list: 'Skal gøres', archived: true, last: '2026-09-18T12:20:00.015Z',
      theme: 'upskilling', status: unsure('closed', 'archived from "Skal gøres" without being done: dropped, to be asked'), dueDay: '2026-10-08',
    },
    {
      name: 'Evaluering af første halvår med styregruppen',
      slug: 'Rk2Fs4Tu/33-evaluering-af-forste-halvar-med-styregruppen',
      desc: 'Data fra forløbsregistreringen + mentorernes erfaringer. Dato aftales.',
      labels: 'Evaluering og tilpasning (pink)',
      members: 'Jens Vestergaard, Karina Bro',
      complete: false, total: 0, doneItems: 0, list: 'Idéer', archived: false, last: '2026-11-28T15:03:33.870Z',
      theme: 'evaluation', status: { v: 'not_started', note: 'a card on the ideas list' },
    },
    {
      name: 'Nyhedsbrev til forældre om forældrecoaching',
      slug: 'Lm6Qa8Dz/35-nyhedsbrev-til-foraeldre-om-foraeldrecoaching',
      desc: 'Sendes via Aula til forældre i 4.–9. klasse. Tekst godkendes af Jens.',
      labels: 'Kommunikation (sky)',
      members: 'Mads Friis',
      start: '2026-11-02T11:00:00.000Z',
      due: '2026-12-04T11:00:00.000Z',
      complete: false, total: 3, doneItems: 2, list: 'I gang', archived: false, last: '2026-11-30T08:14:09.611Z',
      theme: 'communication', status: 'in_progress', startDay: '2026-11-02', dueDay: '2026-12-04',
    },
  ]; // prettier-ignore
  const body: TableRow[] = rows.map((r) => ({
    cells: {
      name: r.name,
      url: `https://trello.com/c/${r.slug}`,
      desc: { v: r.desc, s: WRAP },
      labels: r.labels,
      members: r.members,
      start: r.start,
      due: r.due,
      complete: r.complete,
      total: r.total,
      doneItems: r.doneItems,
      list: r.list,
      archived: r.archived,
      last: r.last,
    },
    ...(r.list === 'Færdig' ? { style: DONE_FILL } : {}),
    x: {
      theme: r.theme,
      status: r.status,
      responsible: members(r.members),
      start: r.startDay ?? null,
      deadline: r.dueDay ?? null,
    },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    columns: [
      { key: 'name', header: 'Card Name', width: 40 },
      { key: 'url', header: 'Card URL', width: 30 },
      { key: 'desc', header: 'Card Description', width: 50 },
      { key: 'labels', header: 'Labels', width: 30 },
      { key: 'members', header: 'Members', width: 26 },
      { key: 'start', header: 'Start Date', width: 24 },
      { key: 'due', header: 'Due Date', width: 24 },
      { key: 'complete', header: 'Due Complete', width: 10 },
      { key: 'total', header: 'Checklist Item Total Count', width: 10 },
      { key: 'doneItems', header: 'Checklist Item Completed Count', width: 10 },
      { key: 'list', header: 'List Name', width: 16 },
      { key: 'archived', header: 'Archived', width: 10 },
      { key: 'last', header: 'Last Activity Date', width: 24 },
    ],
    fields: {
      theme: 'labels',
      activity: 'name',
      responsible: 'members',
      start: 'start',
      deadline: 'due',
      status: 'list',
    },
    rows: body,
  });
  return p;
}
