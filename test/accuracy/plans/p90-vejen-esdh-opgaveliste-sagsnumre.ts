// Vejen (held out, fifteenth round): the plan kept as tasks ("opgaver") on the effort's cases in the
// municipality's ESDH system and exported as the system exports a search result: a Danish CSV
// (semicolons) with two lines of its own above the header ("Søgeresultat: …", "Udtrukket … af
// HJU"), then one row per task: the case number in the KLE form ("27.00.00-A00-12-26": subject,
// action facet, serial number, year; never a date, never a CPR number), the case's title repeated
// on every task of the case, the task's title (the activity), the person as the system shows users
// ("Hanne Juhl (HJU)": name and user initials), the unit, the day the task was created (no start),
// the deadline, the system's task states ("Åben", "Under behandling", "Afsluttet", "Annulleret")
// and the day it was closed. The coordinator opened it in LibreOffice, typed a title line and her
// own name above the export's lines and added a "Tema" column at the right, as the system has no
// themes. LibreOffice (Danish CSV import).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, Exp> = {
  Afsluttet: 'done',
  'Under behandling': 'in_progress',
  Annulleret: { v: 'closed', note: 'a cancelled task: closed' },
  Åben: {
    v: 'in_progress',
    flag: true,
    alt: ['not_started'],
    note: '"Åben" only says the task is not closed: begun or not is not told',
  },
};

/** "14-08-2026" → "2026-08-14". */
function iso(dmy: string): string {
  const [d, m, y] = dmy.split('-') as [string, string, string];
  return `${y}-${m}-${d}`;
}

/** "Hanne Juhl (HJU)": the name; the user initials after it are the system's. */
function person(cell: string): Exp {
  const name = cell.replace(/\s*\([A-ZÆØÅ]{2,4}\)$/, '');
  return { v: name, alt: [cell], note: 'the ESDH user: the name, the initials in brackets are the user id' };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p90-vejen-esdh-opgaveliste-sagsnumre',
    'libreoffice-csv',
    'Vejen: an ESDH task list exported as a Danish CSV: export lines above the header, KLE case numbers ("27.00.00-A00-12-26"), the case title beside the task title, users as "Hanne Juhl (HJU)", "Oprettet" (no start), "Frist", states Åben/Under behandling/Afsluttet/Annulleret with an "Afsluttet dato"; the coordinator\'s title line and name above and a "Tema" column added at the right.',
    [
      'esdh-export',
      'case-numbers-kle-not-dates',
      'export-lines-above-header',
      'case-title-beside-task-title',
      'user-name-with-user-initials',
      'created-date-not-start',
      'esdh-task-states',
      'closed-date-column',
      'coordinator-title-above-export',
      'coordinator-added-theme-column',
      'danish-csv',
    ],
  );
  p.csvFilter = 'CSV:59,34,76,1,,1030,false,true';
  // LibreOffice names a CSV's sheet after its file, cut to Excel's 31 characters.
  const S = 'p90-vejen-esdh-opgaveliste-sags';
  const s = p.sheet(S);
  s.set('A1', 'Vejen Kommune – mentor- og forældrecoachkorps – implementeringsplan 2. halvår 2026');
  s.set('A2', 'Koordinator: Hanne Juhl');
  s.set('A4', 'Søgeresultat: Opgaver på sager med emneord "Mentorkorps" (10 opgaver)');
  s.set('A5', 'Udtrukket 02-12-2026 kl. 09:14 af HJU');
  p.fact('municipality', { v: '575', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2026-H2', note: 'the title line' }, S, 'A1');
  p.fact('coordinator', 'Hanne Juhl', S, 'A2');

  const CASE_ORG = 'Mentorkorps – organisering og drift 2026';
  const CASE_COM = 'Kommunikation om mentorkorpset';
  const CASE_DOK = 'Registrering af mentorforløb';
  type R = [string, string, string, string, string, string, string, string, string, string];
  const rows: R[] = [
    ['27.00.00-A00-12-26', CASE_ORG, 'Kommissorium for styregruppen', 'Søren Bech (SBE)', 'Børn og Familie', '14-08-2026', '15-09-2026', 'Afsluttet', '11-09-2026', 'Ledelse'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Rollebeskrivelse for mentorer og koordinator', 'Hanne Juhl (HJU)', 'Børn og Familie', '14-08-2026', '30-10-2026', 'Under behandling', '', 'Organisering, roller og ansvar'],
    ['00.01.10-G01-4-26', CASE_COM, 'Intranetartikel om forældrecoaching', 'Hanne Juhl (HJU)', 'Sekretariatet', '01-09-2026', '16-10-2026', 'Afsluttet', '20-10-2026', 'Kommunikation'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Dialogmøde med ungerådet om mentorer', 'Lise Dam (LDA)', 'Ungeindsatsen', '10-09-2026', '19-11-2026', 'Åben', '', 'Inddragelse'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Tilmelding til LAT-kursus, hold 3', 'Lise Dam (LDA)', 'Ungeindsatsen', '10-09-2026', '09-10-2026', 'Afsluttet', '05-10-2026', 'Opkvalificering'],
    ['00.22.04-G01-2-26', CASE_DOK, 'Opsætning af forløbsregistrering i fagsystemet', 'Hanne Juhl (HJU)', 'Digitalisering', '01-10-2026', '30-11-2026', 'Under behandling', '', 'Opfølgning på dokumentation'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Aftale med ekstern supervisor', 'Søren Bech (SBE)', 'Børn og Familie', '05-10-2026', '31-10-2026', 'Annulleret', '', 'Arbejdsproces og kultur'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Halvårsstatus til det nationale korps', 'Hanne Juhl (HJU)', 'Børn og Familie', '15-11-2026', '18-12-2026', 'Åben', '', 'Evaluering og tilpasning'],
    ['00.01.10-G01-4-26', CASE_COM, 'Pjece til forældre om forældrecoaching', 'Lise Dam (LDA)', 'Ungeindsatsen', '02-11-2026', '11-12-2026', 'Under behandling', '', 'Kommunikation'],
    ['27.00.00-A00-12-26', CASE_ORG, 'Supervisionsaftale for forældrecoaches', 'Søren Bech (SBE)', 'Børn og Familie', '16-11-2026', '15-01-2027', 'Under behandling', '', 'Opkvalificering'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([nr, sag, opg, who, unit, made, frist, st, closed, tema]) => ({
    cells: { nr, sag, opg, who, unit, made, frist, st, closed, tema },
    x: {
      theme: TH[tema]!,
      responsible: person(who),
      status: ST[st]!,
      start: { v: null, note: '"Oprettet" is the day the task was made in the system, not a start' },
      deadline: iso(frist),
    },
  }));
  p.table({
    sheet: S,
    headerRow: 7,
    columns: [
      { key: 'nr', header: 'Sagsnr.' },
      { key: 'sag', header: 'Sagstitel' },
      { key: 'opg', header: 'Opgave' },
      { key: 'who', header: 'Ansvarlig' },
      { key: 'unit', header: 'Enhed' },
      { key: 'made', header: 'Oprettet' },
      { key: 'frist', header: 'Frist' },
      { key: 'st', header: 'Status' },
      { key: 'closed', header: 'Afsluttet dato' },
      { key: 'tema', header: 'Tema' },
    ],
    fields: {
      theme: 'tema',
      activity: 'opg',
      responsible: 'who',
      start: 'made',
      deadline: 'frist',
      status: 'st',
    },
    rows: body,
  });
  return p;
}
