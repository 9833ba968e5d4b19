// Struer (held out, twenty-second round: a plan split over several sheets by who does the work).
// Three departments keep a sheet each, "Jobcenter", "Ungdomsskolen" and "PPR", under a title line.
// Jobcenter's sheet has the coordinator's header (Tema | Aktivitet | Ansvarlig | Start | Frist |
// Status); Ungdomsskolen's contact built hers from scratch in her own column order (Aktivitet | Frist
// | Status | Tema | Ansvarlig, no start); PPR's has one column more, "Timer" (hours set aside), between
// the activity and the responsible. The common evaluation meeting stands on both Jobcenter's and
// PPR's sheets with the same text and deadline, each with the department's own responsible. The
// cover names each department's contact as "Kontaktperson, …:" lines under the coordinator. Dates as
// text "15.09.2026". Made in LibreOffice (flat ODS).

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import { BOLD, HEAD, TITLE } from './common';
import { checklistSheet } from './departments';

const STATUS: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const EVAL = 'Fælles evalueringsmøde for jobcenter og PPR';

interface Row {
  tema: string;
  akt: string;
  who: string;
  start?: string;
  frist: string;
  status: string;
  timer?: number;
}

/** dd.mm.yyyy from ISO, as typed. */
const dmy = (iso: string): string => iso.split('-').reverse().join('.');

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p119-struer-afdelingsark-anden-kolonneraekkefoelge-timer-faelles-evaluering',
    'libreoffice-fods',
    'Struer: one sheet per department ("Jobcenter", "Ungdomsskolen", "PPR"), one in its own column order with no start column, one with an extra "Timer" column; the common evaluation meeting on two department sheets with the same text and deadline and each department\'s own responsible; the cover naming each department\'s contact.',
    [
      'sheet-per-department',
      'department-sheet-other-column-order',
      'department-sheet-extra-column',
      'joint-activity-own-responsible-per-department',
      'department-contacts-on-cover',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Struer Kommune', TITLE);
  f.set('A2', 'Implementeringsplan for mentor- og forældrecoachkorpset');
  f.row('A4', ['Periode:', '2. halvår 2026']);
  f.row('A5', ['Fase:', 'Forberedelse']);
  f.row('A6', ['Koordinator:', 'Birgitte Munk']);
  f.row('A7', ['Kontaktperson, Jobcenter:', 'Sanne Holm']);
  f.row('A8', ['Kontaktperson, Ungdomsskolen:', 'Jonas Krag']);
  f.row('A9', ['Kontaktperson, PPR:', 'Lise Dahl']);
  f.row('A10', ['Leder:', 'Torben Vestergaard']);
  f.row('A11', ['Forankring:', 'Beskæftigelsesområdet']);
  f.set('A13', 'Hver afdeling har sit eget faneblad.', BOLD);
  f.width(1, 30).width(2, 36);
  p.fact('municipality', '671', F, 'A1');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'preparation', F, 'B5');
  p.fact('coordinator', 'Birgitte Munk', F, 'B6');
  p.fact('leader', 'Torben Vestergaard', F, 'B10');
  p.fact('organisation', 'employment', F, 'B11');

  const x = (e: Exp, cell: string, sheet: string): ExpectedValue => toExpected(e, cell, sheet);
  /** One department sheet: its columns in its own order (keys of Row), header in row 3. */
  const dept = (
    sheet: string,
    title: string,
    cols: readonly [keyof Row, string][],
    rows: readonly Row[],
  ): void => {
    const s = p.sheet(sheet);
    s.set('A1', title, TITLE);
    const col = (k: keyof Row): string => String.fromCharCode(65 + cols.findIndex(([key]) => key === k));
    cols.forEach(([k, h], i) => {
      s.set(`${String.fromCharCode(65 + i)}3`, h, HEAD);
      s.width(i + 1, k === 'akt' ? 50 : k === 'tema' ? 28 : 14);
    });
    const has = (k: keyof Row): boolean => cols.some(([key]) => key === k);
    rows.forEach((row, i) => {
      const r = 4 + i;
      for (const [k] of cols) {
        const v = row[k];
        if (v === undefined) continue;
        s.set(`${col(k)}${r}`, k === 'start' || k === 'frist' ? dmy(String(v)) : v);
      }
      const joint = row.akt === EVAL;
      p.activity(sheet, r, {
        theme: x(THEME[row.tema]!, `${col('tema')}${r}`, sheet),
        activity: x(
          joint
            ? {
                v: row.akt,
                flag: true,
                note: "the same meeting, same text and deadline, stands on both Jobcenter's and PPR's sheets, each with the department's own responsible: one joint meeting each department lists as its own task; kept once per sheet, to be confirmed on each (whichever sheet comes first)",
              }
            : row.akt,
          `${col('akt')}${r}`,
          sheet,
        ),
        status: x(STATUS[row.status]!, `${col('status')}${r}`, sheet),
        start: x(row.start ?? null, has('start') ? `${col('start')}${r}` : `${col('frist')}${r}`, sheet),
        deadline: x(row.frist, `${col('frist')}${r}`, sheet),
        responsible: x(row.who, `${col('who')}${r}`, sheet),
      });
    });
  };

  dept(
    'Jobcenter',
    'Jobcenter – aktiviteter',
    [['tema', 'Tema'], ['akt', 'Aktivitet'], ['who', 'Ansvarlig'], ['start', 'Start'], ['frist', 'Frist'], ['status', 'Status']],
    [
      { tema: 'Ledelse', akt: 'Aftale om mentorer fra jobcentrets ungeteam', who: 'Sanne Holm', frist: '2026-09-15', status: 'Gennemført' },
      { tema: 'Opkvalificering', akt: 'Introduktion til LAT-metoden for jobkonsulenter', who: 'Sanne Holm', start: '2026-09-01', frist: '2026-10-31', status: 'Gennemført' },
      { tema: 'Arbejdsproces og kultur', akt: 'Mentorforløb kobles til ungeindsatsens møder', who: 'Per Thomsen', frist: '2026-11-30', status: 'I gang' },
      { tema: 'Evaluering og tilpasning', akt: EVAL, who: 'Sanne Holm', frist: '2026-12-10', status: 'Ikke startet' },
    ],
  ); // prettier-ignore
  dept(
    'Ungdomsskolen',
    'Ungdomsskolens aktiviteter',
    [['akt', 'Aktivitet'], ['frist', 'Frist'], ['status', 'Status'], ['tema', 'Tema'], ['who', 'Ansvarlig']],
    [
      { akt: 'Infoaften for unge og forældre', frist: '2026-09-24', status: 'Gennemført', tema: 'Kommunikation', who: 'Jonas Krag' },
      { akt: 'Unge med i udvælgelsen af mentorer', frist: '2026-10-31', status: 'I gang', tema: 'Inddragelse', who: 'Jonas Krag' },
      { akt: 'Mentorlokale i ungdomsklubben', frist: '2026-11-30', status: 'Ikke startet', tema: 'Organisering, roller og ansvar', who: 'Mikkel Sand' },
    ],
  ); // prettier-ignore
  dept(
    'PPR',
    'PPR – aktiviteter og timer',
    [['tema', 'Tema'], ['akt', 'Aktivitet'], ['timer', 'Timer'], ['who', 'Ansvarlig'], ['start', 'Start'], ['frist', 'Frist'], ['status', 'Status']],
    [
      { tema: 'Opkvalificering', akt: 'Supervision af forældrecoaches', timer: 12, who: 'Lise Dahl', start: '2026-09-01', frist: '2026-12-31', status: 'I gang' },
      { tema: 'Opfølgning på dokumentation', akt: 'Fælles skema til progressionsmåling', timer: 6, who: 'Lise Dahl', frist: '2026-10-31', status: 'I gang' },
      { tema: 'Evaluering og tilpasning', akt: EVAL, timer: 3, who: 'Lise Dahl', frist: '2026-12-10', status: 'Ikke startet' },
    ],
  ); // prettier-ignore

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'no', F4: 'partly', F5: 'yes', F6: 'partly', F7: ['no', 'afventer budget'],
    L1: 'partly', L2: 'no', L3: 'no', L4: 'partly', L5: 'yes', L6: 'no', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  return p;
}
