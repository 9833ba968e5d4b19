// Herning: no theme column. The themes are heading rows between the activities (merged across the
// table, bold, grey fill), numbered and written in the coordinator's own words ("Inddragelse af
// medarbejdere", "Kultur og arbejdsproces", "Organisering/roller/ansvar", "Dokumentation og
// opfølgning"), with blank rows between them. Statuses in other words (Færdig, Afsluttet, I proces,
// Udskudt, Ikke påbegyndt). Dates without years ("jan.–feb.", "Q1", "uge 10-11", "15. maj",
// "medio marts", "løbende", "efterår"): the year is the title's. Cover facts above the table.
// Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';

const SECTION: Style = { bold: true, fill: { rgb: 'D9D9D9' } };

const STATUS: Record<string, string> = {
  Færdig: 'done',
  Afsluttet: 'done',
  'I proces': 'in_progress',
  Udskudt: 'changed',
  'Ikke påbegyndt': 'not_started',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p04-herning-temaoverskrifter',
    'libreoffice-fods',
    'Herning: themes as merged, bold, filled heading rows in other words; statuses in other words; dates without a year (year from the title "Handleplan 2026"), vague times.',
    [
      'theme-heading-rows',
      'merged-heading',
      'theme-other-words',
      'status-other-words',
      'year-from-title',
      'month-range',
      'quarter',
      'week-range',
      'day-month-words',
      'medio',
      'vague-time',
      'blank-separators',
      'note-row',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Handleplan');
  s.set('A1', 'Handleplan 2026 – Herning Kommunes mentor- og forældrecoachindsats', TITLE).merge('A1:E1');
  s.set('A2', 'Koordinator: Rasmus Holm');
  s.set('C2', 'Fase: Klargøring');
  p.fact('municipality', '657', 'Handleplan', 'A1');
  p.fact('coordinator', 'Rasmus Holm', 'Handleplan', 'A2');
  p.fact('phase', 'readiness', 'Handleplan', 'C2');

  const sec = (n: number, text: string, theme: string): TableRow => ({
    section: `${n}. ${text}`,
    theme,
    style: SECTION,
    merge: true,
  });
  const act = (
    when: string,
    what: string,
    who: string,
    status: string,
    dates: { start?: string; deadline: string | ReturnType<typeof unsure> },
    note?: string,
  ): TableRow => ({
    cells: { tid: when, akt: what, ansv: who, status, kom: note },
    x: { status: STATUS[status]!, start: dates.start ?? null, deadline: dates.deadline },
  });
  const vague = (w: string): ReturnType<typeof unsure> =>
    unsure(null, `"${w}" is no date: kept as text and flagged`);
  p.table({
    sheet: 'Handleplan',
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'tid', header: 'Hvornår', width: 14 },
      { key: 'akt', header: 'Aktivitet', width: 55 },
      { key: 'ansv', header: 'Tovholder', width: 30 },
      { key: 'status', header: 'Status', width: 14 },
      { key: 'kom', header: 'Kommentar', width: 36 },
    ],
    fields: { when: 'tid', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: [
      sec(1, 'Ledelse', 'leadership'),
      act(
        'jan.–feb.',
        'Ledelsesbeslutning om organisatorisk forankring',
        'Områdechef Birgitte Poulsen',
        'Færdig',
        { start: '2026-01-01', deadline: '2026-02-28' },
      ),
      act('Q1', 'Godkendelse af implementeringsplan i chefgruppen', 'Birgitte Poulsen', 'Afsluttet', {
        deadline: '2026-03-31',
      }),
      act('løbende', 'Kvartalsvise styregruppemøder', 'Birgitte Poulsen', 'I proces', {
        deadline: vague('løbende'),
      }),
      { blank: true },
      sec(2, 'Kommunikation og formidling', 'communication'),
      act(
        'uge 10-11',
        'Informationsmøde for myndighedssagsbehandlere',
        'Rasmus Holm',
        'Færdig',
        { start: '2026-03-02', deadline: '2026-03-15' },
        '28 deltagere',
      ),
      act('15. maj', 'Nyhedsbrev nr. 1 om korpset', 'Rasmus Holm', 'Færdig', { deadline: '2026-05-15' }),
      act('efterår', 'Nyhedsbrev nr. 2', 'Rasmus Holm', 'Ikke påbegyndt', { deadline: vague('efterår') }),
      { blank: true },
      sec(3, 'Inddragelse af medarbejdere', 'involvement'),
      act('medio marts', 'Opstartsworkshop med mentorer og forældrecoaches', 'Rasmus Holm', 'Afsluttet', {
        deadline: '2026-03-15',
      }),
      act('Q2', 'Læringsmøder hver 6. uge', 'Rasmus Holm', 'I proces', { deadline: '2026-06-30' }),
      { blank: true },
      sec(4, 'Kultur og arbejdsproces', 'process_culture'),
      act(
        'april',
        'Fælles temadag om forebyggelse på tværs af afdelinger',
        'Rasmus Holm og Birgitte Poulsen',
        'Udskudt',
        { deadline: '2026-04-30' },
        'Flyttet til efteråret pga. sygdom',
      ),
      act('uge 20', 'Faste sparringsmøder med koordinator etableres', 'Rasmus Holm', 'Færdig', {
        deadline: '2026-05-17',
      }),
      { blank: true },
      sec(5, 'Organisering/roller/ansvar', 'organisation_roles'),
      act('feb.', 'Rolle- og ansvarsfordeling beskrives', 'Rasmus Holm', 'Færdig', {
        deadline: '2026-02-28',
      }),
      act(
        '1. april',
        'Samarbejdsaftale med Ungdommens Uddannelsesvejledning',
        'Birgitte Poulsen',
        'I proces',
        { deadline: '2026-04-01' },
      ),
      { blank: true },
      sec(6, 'Kompetenceudvikling', 'upskilling'),
      act(
        'uge 6',
        'Grunduddannelse i LAT-metoden (3 dage)',
        'Nationalt Center for Forebyggelse af Ekstremisme',
        'Færdig',
        { deadline: '2026-02-08' },
      ),
      act('medio juni', 'Opfølgningsdag på LAT-uddannelsen', 'Rasmus Holm', 'Ikke påbegyndt', {
        deadline: '2026-06-15',
      }),
      act('Q3', 'Kursus i samtaler med bekymrede forældre', 'Rasmus Holm', 'Ikke påbegyndt', {
        deadline: '2026-09-30',
      }),
      { blank: true },
      sec(7, 'Dokumentation og opfølgning', 'documentation'),
      act(
        'løbende',
        'Registrering af forløb på tilværelsesmestring.dk',
        'Mentorer og forældrecoaches',
        'I proces',
        { deadline: vague('løbende') },
      ),
      act('30. juni', 'Halvårlig afrapportering til korpset', 'Rasmus Holm', 'Ikke påbegyndt', {
        deadline: '2026-06-30',
      }),
      { blank: true },
      sec(8, 'Evaluering & justering', 'evaluation'),
      act('juni', 'Midtvejsevaluering med ledelsesgruppen', 'Birgitte Poulsen', 'Ikke påbegyndt', {
        deadline: '2026-06-30',
      }),
      act('dec.', 'Revision af implementeringsplanen for 2027', 'Rasmus Holm', 'Ikke påbegyndt', {
        deadline: '2026-12-31',
      }),
      { blank: true },
      {
        not: 'note',
        cells: { tid: 'NB: Planlægges efter sommerferien: besøg hos to andre kommuner i korpset.' },
        style: WRAP,
      },
    ],
  });
  return p;
}
