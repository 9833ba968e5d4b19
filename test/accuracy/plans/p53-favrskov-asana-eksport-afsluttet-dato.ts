// Favrskov (held out, sixth round): the plan is kept in Asana and exported as CSV, then opened in
// Excel: Asana's own columns (Task ID, Created At, Completed At, Last Modified, Name,
// Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent
// task) with the dates as ISO text; the section is the theme; a Completed At date means done, and
// an open task's state is in a custom field column "Fremdrift". The cover facts are not in the
// export: the coordinator typed them on a sheet "Forside" of their own. Hand-built package.

import { PlanBuilder } from '../build/plan';
import type { TableRow } from '../build/plan';
import { BOLD, TITLE } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = { 'Ikke startet': 'not_started', 'I gang': 'in_progress' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p53-favrskov-asana-eksport-afsluttet-dato',
    'hand-built',
    "Favrskov: an Asana CSV export opened in Excel (ISO text dates, Section/Column as the theme, a Completed At date meaning done, an open task's state in a custom field), the cover facts on a sheet of their own.",
    ['asana-export', 'completed-at-means-done', 'iso-text-dates', 'section-as-theme', 'cover-own-sheet'],
  );
  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Implementeringsplan – Familie- og mentorkorps', TITLE);
  f.row('A3', ['Kommune', 'Favrskov'], BOLD);
  f.row('A4', ['Koordinator', 'Line Bech']);
  f.row('A5', ['Leder', 'Torben Lund']);
  f.row('A6', ['Periode', '1. halvår 2027']);
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '710', F, 'B3');
  p.fact('coordinator', 'Line Bech', F, 'B4');
  p.fact('leader', 'Torben Lund', F, 'B5');
  p.fact('period', '2027-H1', F, 'B6');

  // [id, created, completed, name, section, assignee, email, start, due, tags, notes, fremdrift]
  type R = [string, string, string, string, string, string, string, string, string, string, string, string];
  const rows: R[] = [
    ['1204518830211', '2026-11-20', '2027-01-14', 'Kick-off med ledergruppen', 'Ledelse', 'Torben Lund', 'tolu@favrskov.dk', '', '2027-01-15', 'møde', '', ''],
    ['1204518830215', '2026-11-20', '', 'Kvartalsvis status til direktionen', 'Ledelse', 'Torben Lund', 'tolu@favrskov.dk', '2027-03-01', '2027-06-30', '', 'Fast punkt', 'I gang'],
    ['1204518830219', '2026-11-21', '2027-02-03', 'Nyhedsbrev til skoler og dagtilbud', 'Kommunikation', 'Line Bech', 'libe@favrskov.dk', '', '2027-02-01', 'nyhedsbrev', '', ''],
    ['1204518830224', '2026-11-21', '', 'Informationsmøde for sagsbehandlere', 'Kommunikation', 'Line Bech', 'libe@favrskov.dk', '', '2027-04-22', '', '', 'Ikke startet'],
    ['1204518830230', '2026-11-22', '', 'Fokusgruppe med unge i forløb', 'Inddragelse', 'Sara Holm', 'saho@favrskov.dk', '2027-03-15', '2027-05-31', '', 'Husk samtykke', 'I gang'],
    ['1204518830236', '2026-11-22', '', 'Fælles sprog om relationsarbejde', 'Arbejdsproces og kultur', 'Sara Holm', 'saho@favrskov.dk', '', '2027-05-20', 'workshop', '', 'Ikke startet'],
    ['1204518830241', '2026-11-23', '2027-01-29', 'Rollebeskrivelse for mentorer', 'Organisering, roller og ansvar', 'Line Bech', 'libe@favrskov.dk', '2027-01-04', '2027-01-31', '', '', ''],
    ['1204518830247', '2026-11-23', '', 'Grundkursus for nye mentorer', 'Opkvalificering', 'Sara Holm', 'saho@favrskov.dk', '2027-02-01', '2027-03-26', 'kursus', '', 'I gang'],
    ['1204518830252', '2026-11-24', '', 'Midtvejsevaluering', 'Evaluering og tilpasning', 'Torben Lund', 'tolu@favrskov.dk', '', '2027-06-15', '', '', 'Ikke startet'],
    ['1204518830258', '2026-11-24', '', 'Tilfredshedsmåling blandt familier', 'Evaluering og tilpasning', 'Line Bech', 'libe@favrskov.dk', '2027-05-01', '2027-06-25', 'survey', '', 'Ikke startet'],
  ]; // prettier-ignore
  const S = 'favrskov_korps_2027';
  const body: TableRow[] = rows.map(
    ([id, created, done, name, section, who, mail, start, due, tags, notes, fr], i) => ({
      cells: {
        id,
        created,
        done,
        mod: done || created,
        name,
        section,
        who,
        mail,
        start,
        due,
        tags,
        notes,
        proj: 'Familie- og mentorkorps 2027',
        parent: '',
        fr,
      },
      x: {
        theme: TH[section]!,
        // A Completed At date means done (read from that cell).
        status: done ? { v: 'done', cell: `C${2 + i}` } : ST[fr]!,
        start: start || null,
        deadline: due,
      },
    }),
  );
  p.table({
    sheet: S,
    headerRow: 1,
    columns: [
      { key: 'id', header: 'Task ID', width: 16 },
      { key: 'created', header: 'Created At', width: 11 },
      { key: 'done', header: 'Completed At', width: 11 },
      { key: 'mod', header: 'Last Modified', width: 11 },
      { key: 'name', header: 'Name', width: 40 },
      { key: 'section', header: 'Section/Column', width: 28 },
      { key: 'who', header: 'Assignee', width: 14 },
      { key: 'mail', header: 'Assignee Email', width: 20 },
      { key: 'start', header: 'Start Date', width: 11 },
      { key: 'due', header: 'Due Date', width: 11 },
      { key: 'tags', header: 'Tags', width: 10 },
      { key: 'notes', header: 'Notes', width: 16 },
      { key: 'proj', header: 'Projects', width: 24 },
      { key: 'parent', header: 'Parent task', width: 10 },
      { key: 'fr', header: 'Fremdrift', width: 12 },
    ],
    fields: {
      theme: 'section',
      activity: 'name',
      responsible: 'who',
      start: 'start',
      deadline: 'due',
      status: 'fr',
    },
    rows: body,
  });
  return p;
}
