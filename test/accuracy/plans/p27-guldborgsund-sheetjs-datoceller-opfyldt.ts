// Guldborgsund: a plan exported by a web tool through SheetJS: no styles at all, dates as t="d"
// cells (ISO text inside the cell, no date format), responsible as e-mail addresses, a key/value
// "Info" sheet, a checklist answered "Opfyldt / Delvist opfyldt / Ikke opfyldt" in one column with
// a comment beside it, and a corps sheet. Written by the SheetJS `xlsx` package with cellDates.

import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p27-guldborgsund-sheetjs-datoceller-opfyldt',
    'sheetjs',
    'Guldborgsund: SheetJS export with cellDates (t="d" cells, no styles), e-mail addresses as responsible, key/value info sheet, checklist answered Opfyldt / Delvist opfyldt / Ikke opfyldt, corps sheet.',
    [
      'sheetjs-export',
      'date-cells-t-d',
      'no-styles',
      'responsible-email',
      'cover-key-value-sheet',
      'checklist-opfyldt-words',
      'corps',
    ],
  );
  const info = p.sheet('Info');
  info.row('A1', ['Felt', 'Værdi']);
  info.row('A2', ['Kommune', 'Guldborgsund']);
  info.row('A3', ['Halvår', '1. halvår 2027']);
  info.row('A4', ['Fase', 'Klargøring']);
  info.row('A5', ['Koordinator', 'Lone Mortensen']);
  info.row('A6', ['Koordinator e-mail', 'lomo@guldborgsund.dk']);
  info.row('A7', ['Leder', 'Henrik Krag']);
  p.fact('municipality', '376', 'Info', 'B2');
  p.fact('period', '2027-H1', 'Info', 'B3');
  p.fact('phase', 'readiness', 'Info', 'B4');
  p.fact('coordinator', 'Lone Mortensen', 'Info', 'B5');
  p.fact('leader', 'Henrik Krag', 'Info', 'B7');

  const ST: Record<string, string> = {
    'Ikke startet': 'not_started',
    'I gang': 'in_progress',
    Gennemført: 'done',
    Ændret: 'changed',
  };
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
  type R = [string, string, string, string | null, string, string];
  const rows: R[] = [
    [
      'Ledelse',
      'Beslutning om forankring i Børn og Familie',
      'hekr@guldborgsund.dk',
      '2027-01-04',
      '2027-01-22',
      'Gennemført',
    ],
    [
      'Organisering, roller og ansvar',
      'Koordinatorfunktion beskrives',
      'lomo@guldborgsund.dk',
      '2027-01-11',
      '2027-02-12',
      'Gennemført',
    ],
    [
      'Kommunikation',
      'Oplæg på dialogmøde med skolerne',
      'lomo@guldborgsund.dk',
      null,
      '2027-02-25',
      'I gang',
    ],
    [
      'Inddragelse',
      'Behovsanalyse med sagsbehandlere',
      'lomo@guldborgsund.dk',
      '2027-01-18',
      '2027-03-19',
      'I gang',
    ],
    [
      'Opkvalificering',
      'Udvælgelse af seks mentorer',
      'hekr@guldborgsund.dk',
      '2027-02-01',
      '2027-03-31',
      'I gang',
    ],
    [
      'Opkvalificering',
      'Tilmelding til LAT-uddannelse',
      'lomo@guldborgsund.dk',
      null,
      '2027-04-15',
      'Ikke startet',
    ],
    [
      'Arbejdsproces og kultur',
      'Procedure for henvisning af unge',
      'lomo@guldborgsund.dk',
      '2027-03-01',
      '2027-04-30',
      'Ikke startet',
    ],
    [
      'Opfølgning på dokumentation',
      'Brugeradgang til dokumentationsplatformen',
      'lomo@guldborgsund.dk',
      null,
      '2027-05-14',
      'Ikke startet',
    ],
    [
      'Evaluering og tilpasning',
      'Status på klargøring til styregruppen',
      'hekr@guldborgsund.dk',
      '2027-06-01',
      '2027-06-18',
      'Ændret',
    ],
    [
      'Kommunikation',
      'Artikel i personalebladet',
      'lomo@guldborgsund.dk',
      null,
      '2027-05-28',
      'Ikke startet',
    ],
  ];
  p.table({
    sheet: 'Aktiviteter',
    headerRow: 1,
    columns: [
      { key: 'id', header: 'ID' },
      { key: 'tema', header: 'Tema' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'ans', header: 'Ansvarlig' },
      { key: 'start', header: 'Startdato' },
      { key: 'slut', header: 'Slutdato' },
      { key: 'st', header: 'Status' },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'slut',
      status: 'st',
    },
    rows: rows.map(([tema, akt, ans, start, slut, st], i) => ({
      cells: {
        id: 101 + i,
        tema,
        akt,
        ans,
        start: start ? { date: start } : undefined,
        slut: { date: slut },
        st,
      },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline: slut },
    })),
  });

  const t = p.sheet('Tjekliste');
  t.row('A1', ['ID', 'Spørgsmål', 'Vurdering', 'Kommentar']);
  const A: Record<string, 'yes' | 'partly' | 'no'> = {
    Opfyldt: 'yes',
    'Delvist opfyldt': 'partly',
    'Ikke opfyldt': 'no',
  };
  type Q = [ChecklistIdKey, string, string | null, string?];
  const qs: Q[] = [
    ['F1', 'Er der gennemført en behovsanalyse?', 'Opfyldt'],
    ['F2', 'Er relevante aktører inddraget i behovsanalysen?', 'Delvist opfyldt', 'Mangler jobcentret'],
    ['F3', 'Er der en plan for inddragelse af samarbejdspartnere?', 'Ikke opfyldt'],
    ['F4', 'Er der valgt en koordinator?', 'Opfyldt'],
    ['F5', 'Er det besluttet, hvilke områder mentorerne kommer fra?', 'Opfyldt'],
    ['F6', 'Er der rammer for, at mentorerne kan arbejde med forløb?', 'Delvist opfyldt'],
    ['F7', 'Er rolle- og ansvarsfordelingen klar?', 'Opfyldt'],
    ['L1', 'Er der en implementeringsplan med milepæle?', 'Opfyldt'],
    ['L2', 'Er der planlagt nedslag med mentorerne?', 'Ikke opfyldt'],
    ['L3', 'Er ledelse og mentorer opkvalificeret?', 'Ikke opfyldt', 'Uddannelse starter i april'],
    ['L4', 'Er der en plan for læring og øvelse i metoden?', 'Ikke opfyldt'],
    ['L5', 'Er der en kommunikationsplan?', 'Delvist opfyldt'],
    ['L6', 'Er der rammer for forløb i praksis?', 'Delvist opfyldt'],
    ['L7', 'Ved vi, hvem der skal informeres?', 'Opfyldt'],
    ['L8', 'Ved vi, hvad og hvornår der kommunikeres?', null],
  ];
  qs.forEach(([id, q, a, c], i) => {
    const row = 2 + i;
    t.row(`A${row}`, [id, q, a ?? undefined, c]);
    p.answer(
      id,
      a === null ? null : A[a]!,
      'Tjekliste',
      `C${row}`,
      c ? { v: c, cell: `D${row}` } : undefined,
    );
  });

  const k = p.sheet('Korps');
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb']);
  type K = [string, string, string, string, number, number];
  const corps: K[] = [
    ['AJ', 'Mentor', 'mentor', 'Ungeenheden', 6, 2],
    ['BSH', 'Forældrecoach', 'parent_coach', 'Familierådgivningen', 4, 1],
    ['CL', 'Mentor', 'mentor', 'Skoleområdet', 5, 0],
  ];
  corps.forEach(([ini, role, id, dept, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, dept, h, n]);
    p.corpsRow('Korps', row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  return p;
}
