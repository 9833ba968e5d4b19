// Ballerup: the status kept as an x under one of three status columns, headed "Status (sæt x)" over
// "Ikke startet | I gang | Gennemført" (a two-row header, as the seed's checklists are answered);
// activity and responsible texts pasted from a Word document that run on into the row below in
// small letters; a deadline with a remark in brackets ("marts 2027 (udsat)"); a year typed wrong
// ("15.03.2037" in a plan for 2027); one row marked under two statuses. Made in LibreOffice (flat
// ODS). Written after the fixes these habits led to (not part of the held-out figure).

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p31-ballerup-status-kryds-fortsatte-raekker',
    'libreoffice-fods',
    'Ballerup: status as an x under one of three status columns (two-row header), texts running on into the next row in small letters, a deadline with a remark in brackets, a mistyped year, a row marked twice.',
    [
      'status-x-columns',
      'header-over-two-rows',
      'continuation-rows',
      'date-with-remark',
      'mistyped-year',
      'status-marked-twice',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Handleplan');
  s.set('A1', 'Ballerup Kommune – handleplan 2027', TITLE);
  s.set('A2', 'Periode: 1. halvår 2027');
  s.set('A3', 'Koordinator: Jonas Winther');
  p.fact('municipality', '151', 'Handleplan', 'A1');
  p.fact('period', '2027-H1', 'Handleplan', 'A2');
  p.fact('coordinator', 'Jonas Winther', 'Handleplan', 'A3');

  s.set('E6', 'Ikke startet', HEAD).set('F6', 'I gang', HEAD).set('G6', 'Gennemført', HEAD);
  s.merge('E5:G5');
  const COL = { not_started: 'ns', in_progress: 'ig', done: 'gf' } as const;
  const LETTER = { not_started: 'E', in_progress: 'F', done: 'G' } as const;
  type St = keyof typeof COL;
  const act = (
    row: number,
    tema: string,
    theme: string,
    akt: string,
    ans: string,
    dl: string,
    st: St,
    deadline: string | ReturnType<typeof unsure>,
    more: { activity?: string; responsible?: string } = {},
  ): TableRow => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, dl, [COL[st]]: 'x' },
    x: {
      theme,
      // The status is read from the mark: its cell is where the x is.
      status: { v: st, cell: `${LETTER[st]}${row}` },
      deadline,
      ...(more.activity ? { activity: more.activity } : {}),
      ...(more.responsible ? { responsible: more.responsible } : {}),
    },
  });
  const rest = (cells: Record<string, string>, why: string): TableRow => ({ not: why, cells });
  p.table({
    sheet: 'Handleplan',
    headerRow: 5,
    gap: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'dl', header: 'Deadline', width: 20 },
      { key: 'ns', header: 'Status (sæt x)', width: 12 },
      { key: 'ig', header: undefined, width: 12 },
      { key: 'gf', header: undefined, width: 12 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'dl', status: 'ns' },
    rows: [
      act(
        7,
        'Ledelse',
        'leadership',
        'Styregruppen godkender',
        'Mads Kjær',
        '29.01.2027',
        'done',
        '2027-01-29',
        {
          activity: 'Styregruppen godkender handleplan og budget for 2027',
        },
      ),
      rest({ akt: 'handleplan og budget for 2027' }, 'the rest of the activity above, pasted from Word'),
      act(
        9,
        'Kommunikation',
        'communication',
        'Nyhedsbrev til skolerne',
        'Jonas Winther',
        'marts 2027 (udsat)',
        'in_progress',
        '2027-03-31',
      ),
      act(
        10,
        'Inddragelse',
        'involvement',
        'Dialogmøde med forældreråd',
        'Jonas Winther',
        '15.03.2037',
        'not_started',
        unsure('2037-03-15', 'a year ten years from the plan: kept as written and checked'),
      ),
      act(
        11,
        'Opkvalificering',
        'upskilling',
        'Supervision af mentorer',
        'Ekstern supervisor',
        '30.06.2027',
        'in_progress',
        '2027-06-30',
        {
          responsible: 'Ekstern supervisor og Jonas Winther',
        },
      ),
      rest({ ans: 'og Jonas Winther' }, 'the rest of the responsible above'),
      act(
        13,
        'Opfølgning på dokumentation',
        'documentation',
        'Forløb registreres på platformen',
        'Mentorerne',
        '30.04.2027',
        'not_started',
        '2027-04-30',
      ),
      {
        cells: {
          tema: 'Evaluering og tilpasning',
          akt: 'Evaluering af halvåret',
          ans: 'Mads Kjær',
          dl: '24.06.2027',
          ig: 'x',
          gf: 'x',
        },
        x: {
          theme: 'evaluation',
          status: {
            v: null,
            flag: true,
            cell: 'F14',
            note: 'marked under two statuses: no status, an issue',
          },
          deadline: '2027-06-24',
        },
      },
      act(
        15,
        'Organisering, roller og ansvar',
        'organisation_roles',
        'Rollebeskrivelse for koordinator',
        'Mads Kjær',
        '12.02.2027',
        'done',
        '2027-02-12',
      ),
      act(
        16,
        'Kommunikation',
        'communication',
        'Oplæg på lærermøde',
        'Jonas Winther',
        '18.03.2027',
        'done',
        '2027-03-18',
      ),
      act(
        17,
        'Ledelse',
        'leadership',
        'Halvårsstatus til direktionen',
        'Mads Kjær',
        '24.06.2027',
        'not_started',
        '2027-06-24',
      ),
      act(
        18,
        'Inddragelse',
        'involvement',
        'Workshop med mentorerne',
        'Jonas Winther',
        '22.04.2027',
        'in_progress',
        '2027-04-22',
      ),
    ],
  });
  return p;
}
