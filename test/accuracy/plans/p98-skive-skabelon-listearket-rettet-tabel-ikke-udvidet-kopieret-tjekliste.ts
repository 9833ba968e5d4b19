// Skive (held out, seventeenth round): korpsplan's own template (version 1.1) lived in for a year,
// applied with openpyxl. The plan sheet is renamed "Plan E26"; its table was never grown: the
// table part still covers the header and two rows, the other activities typed under it. The
// coordinator unhid the lists sheet "Lister", added a status word of her own ("Afventer") to the
// status list and pointed the dropdown at it, and renamed a theme in the theme list ("Opfølgning på
// dokumentation" is now "Dokumentation og data"); the plan uses both. The checklist was copied for
// the new half-year ("Huskeliste (2)", openpyxl's copy: no table, no dropdowns), the original
// renamed "Huskeliste F26", answered for last half-year and hidden. The corps table was not grown
// either, and one member's hours are a formula ("=37/2", saved without its result).

import type { Exp } from '../build/plan';
import { TemplatePlan, day, type EditValue } from '../build/template';

export function build(): TemplatePlan {
  const p = new TemplatePlan(
    'p98-skive-skabelon-listearket-rettet-tabel-ikke-udvidet-kopieret-tjekliste',
    'openpyxl',
    'templates/Implementeringsplan.xlsx',
    'Skive: korpsplan\'s own template filled in with openpyxl: the plan sheet renamed "Plan E26" with its table not grown (rows typed under it), the lists sheet unhidden and edited (a status word "Afventer" added, a theme renamed "Dokumentation og data"), the checklist copied as "Huskeliste (2)" for this half-year and the original renamed "Huskeliste F26" with last half-year\'s answers and hidden, the corps table not grown, hours as a formula.',
    [
      'own-template',
      'openpyxl-hand',
      'plan-sheet-renamed',
      'table-not-grown-rows-typed-under',
      'lists-sheet-edited-new-status-word',
      'lists-sheet-theme-renamed',
      'checklist-sheet-copied-old-one-hidden',
      'formula-without-cached-value',
    ],
  );
  const F = 'Forside';
  p.set(F, 'B3', 'Skive');
  p.fact('municipality', '779', F, 'B3');
  p.set(F, 'B4', '2. halvår 2026');
  p.fact('period', '2026-H2', F, 'B4');
  p.set(F, 'B5', 'Klargøring');
  p.fact('phase', 'readiness', F, 'B5');
  p.set(F, 'B6', 'Pia Krogh');
  p.fact('coordinator', 'Pia Krogh', F, 'B6');
  p.set(F, 'B8', 'Morten Bak');
  p.fact('leader', 'Morten Bak', F, 'B8');
  p.set(F, 'B10', 'Socialforvaltningen');
  p.fact('organisation', 'social', F, 'B10');
  p.set(F, 'B11', 'Intern supervisor');
  p.fact('supervisionModel', 'internal', F, 'B11');

  // The lists: shown, a status word added, a theme renamed.
  p.edit('show', 'Lister');
  p.set('Lister', 'G7', 'Afventer');
  p.set('Lister', 'F8', 'Dokumentation og data');

  const S = 'Plan E26';
  p.edit('rename', 'Implementeringsplan', S);
  p.edit('validation', S, 'G4:G504', 'Lister!$G$2:$G$7');
  p.edit('table', S, 'Aktiviteter', 'A3:I5');

  const ST: Record<string, Exp> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
    Lukket: 'closed',
    Afventer: {
      v: 'not_started',
      flag: true,
      alt: ['in_progress'],
      note: '"Afventer" (waiting), a word the coordinator added to the list: not started while it waits, checked',
    },
  };
  const TH: Record<string, Exp> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Dokumentation og data': {
      v: 'documentation',
      note: 'the theme list\'s "Opfølgning på dokumentation", renamed by the coordinator in Lister',
    },
    'Evaluering og tilpasning': 'evaluation',
  };
  type R = [string | null, string, string, string, string, string, string, string, string];
  const rows: R[] = [
    ['2026-08-10', '2026-08-31', 'Ledelse', 'Opstartsmøde med ny direktør', 'Referat udsendt', 'Pia Krogh', 'Gennemført', 'Fortsætter i drift', 'Direktøren deltager i styregruppen'],
    ['2026-08-17', '2026-10-01', 'Kommunikation', 'Informationsbrev til skoler og SSP', '', 'Pia Krogh', 'I gang', '', ''],
    ['2026-09-01', '2026-11-30', 'Dokumentation og data', 'Registrering af forløb i Nexus', 'Alle forløb registreret', 'Ole Brix', 'Afventer', '', ''],
    ['2026-09-07', '2026-09-30', 'Opkvalificering', 'LAT-uddannelse, modul 1 for nye mentorer', '', 'Ole Brix', 'Gennemført', 'Erfaringer videreføres', 'Fire mentorer gennemførte'],
    ['2026-09-15', '2026-11-15', 'Inddragelse', 'Interview med tre familier om forældrecoaching', '', 'Lene Vad', 'I gang', '', ''],
    [null, '2026-12-15', 'Organisering, roller og ansvar', 'Aftale om mentorernes tid med afdelingslederne', '', 'Pia Krogh', 'Afventer', '', ''],
    ['2026-10-01', '2026-12-31', 'Arbejdsproces og kultur', 'Fast supervision hver 6. uge', 'Første supervision holdt', 'Lene Vad', 'I gang', '', ''],
    ['2026-11-01', '2026-12-18', 'Evaluering og tilpasning', 'Status til det nationale korps', '', 'Pia Krogh', 'Ikke startet', '', ''],
    ['2026-10-05', '2026-10-30', 'Kommunikation', 'Artikel i lokalavisen', '', 'Lene Vad', 'Lukket', 'Ikke forankret', 'Avisen takkede nej'],
    ['2026-11-09', '2027-01-29', 'Dokumentation og data', 'Dataudtræk til halvårsstatus', '', 'Ole Brix', 'Ikke startet', '', ''],
  ]; // prettier-ignore
  const v = (s: string): EditValue | undefined => (s === '' ? undefined : s);
  p.rows(
    S,
    4,
    { start: 'A', deadline: 'B', theme: 'C', activity: 'D', responsible: 'F', status: 'G' },
    rows.map(([start, frist, tema, akt, mil, who, st, fa, ev]) => ({
      cells: {
        A: start === null ? undefined : day(start),
        B: day(frist),
        C: tema,
        D: akt,
        E: v(mil),
        F: who,
        G: st,
        H: v(fa),
        I: v(ev),
      },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline: frist },
    })),
  );

  // The checklist copied for this half-year; the original renamed, answered for F26 and hidden.
  const NEW = 'Huskeliste (2)';
  const OLD = 'Huskeliste F26';
  p.edit('copy', 'Huskeliste', NEW);
  p.edit('rename', 'Huskeliste', OLD);
  p.edit('move', NEW, 3);
  p.edit('hide', OLD);
  p.set(OLD, 'A1', 'Huskeliste – 1. halvår 2026');
  p.set(NEW, 'A1', 'Huskeliste – 2. halvår 2026');
  const old: [string, string][] = [
    ['D4', 'Ja'], ['D5', 'Delvist'], ['D6', 'Nej'], ['D7', 'Ja'], ['D8', 'Nej'], ['D9', 'Nej'], ['D10', 'Delvist'],
    ['D11', 'Nej'], ['D12', 'Nej'], ['D13', 'Nej'], ['D14', 'Nej'], ['D15', 'Delvist'], ['D16', 'Nej'], ['D17', 'Nej'], ['D18', 'Nej'],
  ]; // prettier-ignore
  for (const [c, a] of old) p.set(OLD, c, a);
  p.set(OLD, 'E8', 'Afklares med afdelingslederne');
  p.check('F1', NEW, 'D4', 'Ja', 'yes');
  p.check('F2', NEW, 'D5', 'Ja', 'yes');
  p.check('F3', NEW, 'D6', 'Delvist', 'partly', {
    cell: 'E6',
    written: 'Skolerne mangler',
    x: 'Skolerne mangler',
  });
  p.check('F4', NEW, 'D7', 'Ja', 'yes');
  p.check('F5', NEW, 'D8', 'Ja', 'yes', { cell: 'E8', x: null });
  p.check('F6', NEW, 'D9', 'Delvist', 'partly');
  p.check('F7', NEW, 'D10', 'Ja', 'yes');
  p.check('L1', NEW, 'D11', 'Ja', 'yes');
  p.check('L2', NEW, 'D12', 'Delvist', 'partly');
  p.check('L3', NEW, 'D13', 'Ja', 'yes');
  p.check('L4', NEW, 'D14', 'Nej', 'no');
  p.check('L5', NEW, 'D15', 'Ja', 'yes');
  p.check('L6', NEW, 'D16', 'Delvist', 'partly');
  p.check('L7', NEW, 'D17', 'Nej', 'no');
  p.check('L8', NEW, 'D18', null, null);

  // The corps: the table not grown, hours as formulas.
  const K = 'Korps';
  const corps: [string, string, string, string, EditValue, number, Exp, number][] = [
    ['AB', 'Mentor', 'Børn og Familie', '2026-05-20', '=37/2', 3, 'mentor', 18.5],
    ['CD', 'Forældrecoach', 'Familiehuset', '2026-05-20', 8, 2, 'parent_coach', 8],
    ['EF', 'Mentor og forældrecoach', 'UU Skive', '2026-09-30', '=37*0.2', 1, 'both', 7.4],
  ];
  corps.forEach(([ini, role, dep, trained, hours, cases, roleX, hoursX], i) => {
    const r = 4 + i;
    p.set(K, `A${r}`, ini).set(K, `B${r}`, role).set(K, `C${r}`, dep).set(K, `D${r}`, day(trained));
    p.set(K, `E${r}`, hours).set(K, `F${r}`, cases);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [roleX, `B${r}`],
      hoursPerWeek: [hoursX, `E${r}`],
      activeCases: [cases, `F${r}`],
    });
  });
  return p;
}
