// Vesthimmerland (held out, twenty-eighth round): the coordinator keeps the effort's meetings and
// milestones in her Outlook calendar and sends the calendar as the plan: Danish Outlook's export
// (Filer › Åbn og eksporter › Import/eksport › Eksportér til en fil › Kommaseparerede værdier, the
// half-year as the date range), opened in LibreOffice and saved as .xlsx, with three lines she typed
// above the export and the checklist she typed under it. Outlook's own columns: "Emne" (the
// activity), "Startdato", "Starttidspunkt", "Slutdato", "Sluttidspunkt" (dates "dd-mm-yyyy", times
// "hh:mm:ss"), "Heldagsbegivenhed" and "Påmindelse til/fra" as "Til"/"Fra", "Påmindelsesdato" and
// "Påmindelsestidspunkt" (when Outlook reminds her: no date of the plan), "Mødearrangør" (who calls
// the meeting: the responsible), "Påkrævede deltagere" and "Valgfrie deltagere" (names joined by
// ";"), "Kategorier" (she named Outlook categories after the themes; several joined by ";", one
// never-renamed "Gul kategori" beside a theme), "Beskrivelse" (status and notes in prose, one with
// the Teams invitation's boilerplate under it), "Placering", "Privat", "Følsomhed", "Vis tid som".
// Outlook writes an all-day event's end as midnight AFTER its last day (a one-day milestone on 11/9
// ends "12-09-2026 00:00:00"), expands a recurring meeting into one row per meeting of the range,
// prefixes a cancelled meeting's subject "Aflyst:" and exports her private appointments too. A
// careful reader takes one activity per meeting series (first meeting to last), the day before an
// all-day event's end, the status from the description's words, and leaves out the private
// appointment and the one cancelled meeting of a series. LibreOffice (Danish CSV import, commas).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { at } from './round24';

const HEADER = [
  'Emne',
  'Startdato',
  'Starttidspunkt',
  'Slutdato',
  'Sluttidspunkt',
  'Heldagsbegivenhed',
  'Påmindelse til/fra',
  'Påmindelsesdato',
  'Påmindelsestidspunkt',
  'Mødearrangør',
  'Påkrævede deltagere',
  'Valgfrie deltagere',
  'Mødets ressourcer',
  'Fakturering',
  'Beskrivelse',
  'Kategorier',
  'Placering',
  'Kilometerafstand',
  'Prioritet',
  'Privat',
  'Følsomhed',
  'Vis tid som',
] as const;

const ME = 'Anja Mølgaard';
const TEAMS =
  '\n\n________________________________________________________________________________\n' +
  'Microsoft Teams-møde\nDeltag på computeren, i mobilappen eller på en rumenhed\n' +
  'Klik her for at deltage i mødet\nMøde-id: 372 918 455 620\nAdgangskode: Xb7pQ2\n' +
  '________________________________________________________________________________';

/** One calendar item as Outlook exports it. */
interface Item {
  readonly subject: string;
  /** ISO day of the start; with `allDay` the end is midnight after `lastDay`. */
  readonly day: string;
  readonly from?: string;
  readonly to?: string;
  readonly allDay?: { readonly lastDay: string };
  readonly organiser: string;
  readonly required?: string;
  readonly optional?: string;
  readonly body: string;
  readonly categories: string;
  readonly place?: string;
  readonly private?: true;
}

const dmy = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const nextDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

function row(it: Item): readonly string[] {
  const allDay = it.allDay !== undefined;
  const end = it.allDay ? nextDay(it.allDay.lastDay) : it.day;
  // Outlook reminds 15 minutes before a meeting, and at 06:00 the day before an all-day event.
  const remindDay = allDay ? dayBefore(it.day) : it.day;
  const [h, m] = (it.from ?? '00:00').split(':').map(Number) as [number, number];
  const remindAt = allDay
    ? '06:00:00'
    : `${String(m >= 15 ? h : h - 1).padStart(2, '0')}:${String((m + 45) % 60).padStart(2, '0')}:00`;
  return [
    it.subject,
    dmy(it.day),
    allDay ? '00:00:00' : `${it.from}:00`,
    dmy(end),
    allDay ? '00:00:00' : `${it.to}:00`,
    allDay ? 'Til' : 'Fra',
    it.private ? 'Fra' : 'Til',
    it.private ? '' : dmy(remindDay),
    it.private ? '' : remindAt,
    it.organiser,
    it.required ?? '',
    it.optional ?? '',
    '',
    '',
    it.body,
    it.categories,
    it.place ?? '',
    '',
    'Normal',
    it.private ? 'Til' : 'Fra',
    it.private ? 'Privat' : 'Normal',
    allDay ? '0' : '2',
  ];
}

const KORPS = 'Birgitte Lund;Karsten Holm;Lea Friis;Nanna Bøgh';
const SPARRING_DAYS = [
  '2026-09-03',
  '2026-09-17',
  '2026-10-01',
  '2026-10-15',
  '2026-10-29',
  '2026-11-12',
  '2026-11-26',
  '2026-12-10',
];
const SPARRING: Omit<Item, 'day'> = {
  subject: 'Sparring i korpset',
  from: '14:00',
  to: '15:30',
  organiser: ME,
  required: KORPS,
  body: 'Fast sparring for mentorer og forældrecoaches hver anden torsdag. Status: i gang.',
  categories: 'Arbejdsproces og kultur',
  place: 'Familiehuset, mødelokale 1',
};
const FOELGE: Omit<Item, 'day'> = {
  subject: 'Følgegruppemøde med skolerne',
  from: '15:00',
  to: '16:30',
  organiser: 'Henrik Dam',
  required: `${ME};Lone Krogh;Peter Busk`,
  body: 'Følgegruppe med skolernes kontaktpersoner hver fjerde tirsdag. Status: i gang – godt fremmøde.',
  categories: 'Kommunikation;Inddragelse',
  place: 'Aars Skole, personalerummet',
};

type Reading = Partial<Record<'activity' | 'status' | 'theme', Exp>> & {
  readonly theme: Exp;
  readonly status: Exp;
  /** The row whose end gives the deadline (a series' last meeting), else the item's own row. */
  readonly lastOf?: string;
};

interface Entry {
  readonly item: Item;
  /** The careful reading, or why the row is no activity of its own. */
  readonly reading: Reading | { readonly not: string };
}

const ENTRIES: readonly Entry[] = [
  {
    item: {
      subject: 'Styregruppemøde: mål og måltal for korpset',
      day: '2026-08-20',
      from: '09:00',
      to: '11:00',
      organiser: 'Ole Vestergaard',
      required: `${ME};Birgitte Lund;Henrik Dam`,
      body: 'Afholdt. Måltal vedtaget – referatet ligger i Teams-kanalen.',
      categories: 'Ledelse',
      place: 'Mødelokale 3, Rådhuset i Aars',
    },
    reading: { theme: 'leadership', status: 'done' },
  },
  ...SPARRING_DAYS.map((day, i): Entry => ({
    item: { ...SPARRING, day },
    reading:
      i === 0
        ? { theme: 'process_culture', status: 'in_progress', lastOf: 'sparring' }
        : { not: `meeting ${i + 1} of the recurring "Sparring i korpset": read with its first meeting` },
  })),
  {
    item: {
      subject: 'Frist: Rollebeskrivelser for mentorer og forældrecoaches',
      day: '2026-09-11',
      allDay: { lastDay: '2026-09-11' },
      organiser: ME,
      body: 'Gennemført – sendt til høring i MED-udvalget 9/9.',
      categories: 'Organisering, roller og ansvar',
    },
    reading: {
      theme: 'organisation_roles',
      status: 'done',
      activity: {
        v: 'Rollebeskrivelser for mentorer og forældrecoaches',
        alt: ['Frist: Rollebeskrivelser for mentorer og forældrecoaches'],
        note: 'a milestone named "Frist: …": the activity is what is due',
      },
    },
  },
  {
    item: {
      subject: 'LAT-kursus for nye mentorer, hold 2',
      day: '2026-09-22',
      allDay: { lastDay: '2026-09-24' },
      organiser: 'Birgitte Lund',
      required: 'Karsten Holm;Lea Friis',
      body: 'Gennemført. Begge har fået kursusbevis.',
      categories: 'Opkvalificering',
      place: 'Kursuscentret, Aalborg',
    },
    reading: { theme: 'upskilling', status: 'done' },
  },
  {
    item: {
      subject: 'Informationsmøde for skoleledere og dagtilbudsledere',
      day: '2026-10-06',
      from: '13:00',
      to: '14:30',
      organiser: ME,
      required: 'Skoleledere i Vesthimmerland;Dagtilbudsledere i Vesthimmerland',
      optional: 'Ole Vestergaard',
      body: `Afholdt via Teams – 21 deltog.${TEAMS}`,
      categories: 'Kommunikation',
      place: 'Microsoft Teams-møde',
    },
    reading: { theme: 'communication', status: 'done' },
  },
  {
    item: { ...FOELGE, day: '2026-10-20' },
    reading: {
      theme: unsure(
        'communication',
        'two Outlook categories "Kommunikation;Inddragelse": the first, checked',
      ),
      status: 'in_progress',
      lastOf: 'foelge',
    },
  },
  {
    item: {
      subject: 'Privat aftale',
      day: '2026-10-22',
      from: '08:00',
      to: '09:00',
      organiser: ME,
      body: '',
      categories: '',
      private: true,
    },
    reading: {
      not: 'a private appointment (Privat: Til) exported with the calendar: no activity of the plan',
    },
  },
  {
    item: {
      subject: 'Forældrecafé om forældrecoaching',
      day: '2026-11-04',
      from: '16:30',
      to: '18:00',
      organiser: 'Nanna Bøgh',
      required: `${ME};Birgitte Lund`,
      body: 'Afholdt i Familiehuset. Ti forældre mødte op – gentages i foråret.',
      categories: 'Inddragelse',
      place: 'Familiehuset, Aars',
    },
    reading: { theme: 'involvement', status: 'done' },
  },
  {
    item: {
      subject: 'Opsætning af forløbsregistrering i dokumentationsplatformen',
      day: '2026-11-16',
      allDay: { lastDay: '2026-11-27' },
      organiser: ME,
      body: 'Status: i gang – mangler adgang for to forældrecoaches.',
      categories: 'Gul kategori;Opfølgning på dokumentation',
    },
    reading: {
      theme: {
        v: 'documentation',
        note: '"Gul kategori" is Outlook\'s own name for a colour never renamed: no theme; the other category is',
      },
      status: 'in_progress',
    },
  },
  {
    item: {
      ...FOELGE,
      subject: 'Aflyst: Følgegruppemøde med skolerne',
      day: '2026-11-17',
      body: 'Mødet er aflyst – for få tilmeldte. Næste møde 15/12.',
    },
    reading: { not: 'one cancelled meeting of the recurring "Følgegruppemøde med skolerne"' },
  },
  {
    item: {
      subject: 'Aflyst: Temadag for korpset om motiverende samtale',
      day: '2026-12-03',
      from: '09:00',
      to: '15:00',
      organiser: ME,
      required: KORPS,
      body: 'Aflyst – underviseren er syg. Holdes ikke i år.',
      categories: 'Opkvalificering',
      place: 'Hotel Himmerland, Farsø',
    },
    reading: {
      theme: 'upskilling',
      status: 'closed',
      activity: {
        v: 'Temadag for korpset om motiverende samtale',
        alt: ['Aflyst: Temadag for korpset om motiverende samtale'],
        note: 'Outlook\'s "Aflyst:" before a cancelled meeting\'s subject: the status, not the activity',
      },
    },
  },
  {
    item: {
      subject: 'Frist: Halvårsstatus til styregruppen',
      day: '2026-12-11',
      allDay: { lastDay: '2026-12-11' },
      organiser: ME,
      body: 'Ikke påbegyndt – data trækkes i starten af december.',
      categories: 'Evaluering og tilpasning',
    },
    reading: {
      theme: 'evaluation',
      status: 'not_started',
      activity: {
        v: 'Halvårsstatus til styregruppen',
        alt: ['Frist: Halvårsstatus til styregruppen'],
        note: 'a milestone named "Frist: …": the activity is what is due',
      },
    },
  },
  {
    item: { ...FOELGE, day: '2026-12-15' },
    reading: { not: 'the last meeting of the recurring "Følgegruppemøde med skolerne": read with its first' },
  },
  {
    item: {
      subject: 'Styregruppemøde: status og plan for 1. halvår 2027',
      day: '2026-12-17',
      from: '09:00',
      to: '11:00',
      organiser: 'Ole Vestergaard',
      required: `${ME};Birgitte Lund;Henrik Dam`,
      body: 'Udsat fra 26/11 – Ole var forhindret. Dagsorden følger.',
      categories: 'Ledelse',
      place: 'Mødelokale 3, Rådhuset i Aars',
    },
    reading: {
      theme: 'leadership',
      status: unsure('changed', '"Udsat fra 26/11" (postponed, a new day set): most likely Ændret, checked'),
    },
  },
];

const SERIES: Record<string, string> = { sparring: SPARRING.subject, foelge: FOELGE.subject };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p138-vesthimmerland-outlook-kalender-csv-moeder-og-milepaele',
    'libreoffice-csv',
    'Vesthimmerland: the meetings and milestones kept in Outlook and exported with Danish Outlook\'s CSV (commas): "Emne", "Startdato", "Starttidspunkt", "Slutdato", "Sluttidspunkt", "Heldagsbegivenhed" Til/Fra, "Påmindelsesdato", "Mødearrangør", "Påkrævede deltagere", "Kategorier" as themes (several joined by ";", an unrenamed "Gul kategori"), "Beskrivelse" telling the status in prose (one with a Teams invitation), "Privat"; all-day events ending at midnight after their last day, recurring meetings as one row per meeting, "Aflyst:" subjects, a private appointment; three cover lines above and the checklist under it.',
    [
      'outlook-calendar-csv-export',
      'calendar-item-per-row',
      'recurring-meeting-one-row-per-occurrence',
      'all-day-event-end-exclusive',
      'reminder-date-not-a-date-of-the-plan',
      'organiser-as-responsible',
      'attendees-joined-by-semicolon',
      'outlook-categories-as-themes',
      'unrenamed-colour-category',
      'status-in-description-prose',
      'teams-invitation-boilerplate',
      'cancelled-prefix-in-subject',
      'private-appointment-in-export',
      'time-columns-beside-date-columns',
      'comma-separated-csv',
    ],
  );
  p.csvFilter = 'CSV:44,34,76,1,,1030,false,true';
  // LibreOffice names a CSV's sheet after its file, cut to Excel's 31 characters.
  const S = 'p138-vesthimmerland-outlook-kal';
  const s = p.sheet(S);
  const x = at(S);
  s.set('A1', 'Vesthimmerlands Kommune – mentor- og forældrecoachkorpset');
  s.set('A2', 'Møder og milepæle 2. halvår 2026 (eksport fra min Outlook-kalender)');
  s.set('A3', `Koordinator: ${ME} · Leder: Ole Vestergaard · Fase: Indledende implementering`);
  p.fact('municipality', { v: '820', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2026-H2', note: 'the second line' }, S, 'A2');
  p.fact('coordinator', ME, S, 'A3');
  p.fact('leader', 'Ole Vestergaard', S, 'A3');
  p.fact('phase', 'initial', S, 'A3');

  const HEAD_ROW = 5;
  s.row(`A${HEAD_ROW}`, [...HEADER]);
  // The row of each series' last meeting: its end is the series' deadline.
  const rowOf = new Map<number, Entry>();
  let r = HEAD_ROW;
  const lastRow: Record<string, number> = {};
  // Outlook lists the items of the range by their start.
  const when = (e: Entry): string => `${e.item.day} ${e.item.from ?? '00:00'}`;
  const ordered = [...ENTRIES].sort((a, b) => when(a).localeCompare(when(b)));
  for (const e of ordered) {
    r++;
    rowOf.set(r, e);
    s.row(`A${r}`, [...row(e.item)]);
    for (const [key, subject] of Object.entries(SERIES)) if (e.item.subject === subject) lastRow[key] = r;
  }
  for (const [rr, e] of rowOf) {
    if ('not' in e.reading) {
      p.notActivity(S, rr, e.reading.not);
      continue;
    }
    const rd = e.reading;
    const it = e.item;
    const endRow = rd.lastOf ? lastRow[rd.lastOf]! : rr;
    const endItem = rowOf.get(endRow)!.item;
    const deadline = endItem.allDay ? endItem.allDay.lastDay : endItem.day;
    p.activity(S, rr, {
      theme: x(rd.theme, `P${rr}`),
      activity: x(rd.activity ?? it.subject, `A${rr}`),
      status: x(rd.status, `O${rr}`),
      start: x(it.day, `B${rr}`),
      deadline: x(
        endItem.allDay
          ? {
              v: deadline,
              note: 'an all-day event ends at midnight after its last day: the day before the end',
            }
          : rd.lastOf
            ? { v: deadline, note: "the series' last meeting" }
            : deadline,
        `D${endRow}`,
      ),
      responsible: x(it.organiser, `J${rr}`),
    });
  }

  // The checklist she typed under the export.
  r += 2;
  s.set(`A${r}`, 'Huskeliste 2. halvår 2026');
  p.notActivity(S, r, "the checklist's title");
  r++;
  s.row(`A${r}`, ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning']);
  p.notActivity(S, r, "the checklist's header");
  const ANSWERS: Record<string, readonly ['yes' | 'partly' | 'no', string?]> = {
    F1: ['yes'], F2: ['yes'], F3: ['yes'], F4: ['partly', 'Mangler aftale med to skoler'], F5: ['yes'], F6: ['partly'], F7: ['no'],
    L1: ['yes'], L2: ['yes'], L3: ['partly'], L4: ['no', 'Supervision aftales i januar'], L5: ['yes'], L6: ['partly'], L7: ['no'], L8: ['yes'],
  }; // prettier-ignore
  const WORD = { yes: 'Ja', partly: 'Delvist', no: 'Nej' } as const;
  for (const [id, q] of SEED_QUESTIONS) {
    r++;
    const [ans, comment] = ANSWERS[id]!;
    s.row(`A${r}`, [id, q, WORD[ans], comment]);
    p.answer(id, ans, S, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
    p.notActivity(S, r, 'a checklist question');
  }
  return p;
}
