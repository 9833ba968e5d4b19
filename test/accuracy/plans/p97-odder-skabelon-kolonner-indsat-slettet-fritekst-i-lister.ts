// Odder (held out, seventeenth round): korpsplan's own template (templates/Implementeringsplan.xlsx,
// version 1.1) as the coordinator filled it in and reshaped it, applied with openpyxl. On the cover
// she typed the municipality in the cell beside its field (C3, B3 left empty) and the period as
// "Efterår 2026". In the plan table she deleted the "Forankring" column, inserted "Prioritet" before
// "Milepæl" and "Kommentar" at the right (the table grown with them, as Excel grows it), renamed
// three headers in her own words ("Frist", "Tema", "Tovholder"), sorted the rows by deadline, and
// pasted statuses over the dropdown that its list does not hold ("Igang", "Afsluttet 100%", "N/A").
// The checklist is answered in the answer cells with words and remarks ("Ja, men kun delvist",
// "Nej – ikke endnu", "ja tak", "Igang", "N/A", "Afsluttet 100%").

import type { Exp } from '../build/plan';
import { TemplatePlan, day, type EditValue } from '../build/template';

export function build(): TemplatePlan {
  const p = new TemplatePlan(
    'p97-odder-skabelon-kolonner-indsat-slettet-fritekst-i-lister',
    'openpyxl',
    'templates/Implementeringsplan.xlsx',
    'Odder: korpsplan\'s own template filled in with openpyxl: the municipality typed beside its field, the period "Efterår 2026", "Forankring" deleted and "Prioritet" and "Kommentar" inserted in the plan table, headers renamed ("Frist", "Tema", "Tovholder"), rows sorted by deadline, statuses pasted over the dropdown ("Igang", "Afsluttet 100%", "N/A"), checklist answers with words and remarks in the answer cells.',
    [
      'own-template',
      'openpyxl-hand',
      'cover-value-beside-field',
      'period-as-season',
      'template-column-deleted',
      'columns-inserted-into-template-table',
      'template-headers-renamed',
      'rows-sorted-by-deadline',
      'values-pasted-over-dropdown',
      'checklist-answer-with-remark-in-cell',
    ],
  );
  const F = 'Forside';
  p.set(F, 'C3', 'Odder');
  p.fact('municipality', { v: '727', note: 'typed in C3, beside the field B3 left empty' }, F, 'C3');
  p.set(F, 'B4', 'Efterår 2026');
  p.fact('period', { v: '2026-H2', note: 'autumn 2026 lies wholly in the second half-year' }, F, 'B4');
  p.set(F, 'B5', 'Indledende implementering');
  p.fact('phase', 'initial', F, 'B5');
  p.set(F, 'B6', 'Karen Holm');
  p.fact('coordinator', 'Karen Holm', F, 'B6');
  p.set(F, 'B7', 'kaho@odder.dk');
  p.set(F, 'B8', 'Jens Mørk');
  p.fact('leader', 'Jens Mørk', F, 'B8');
  p.set(F, 'B10', 'Tværfagligt forankret');
  p.fact('organisation', 'cross', F, 'B10');
  p.set(F, 'B11', 'Ekstern supervisor');
  p.fact('supervisionModel', 'external', F, 'B11');

  const S = 'Implementeringsplan';
  // Forankring (H) deleted, Prioritet inserted at E, Kommentar added at J: as Excel does it.
  p.edit('delete_cols', S, 8, 1);
  p.edit('insert_cols', S, 5, 1);
  p.set(S, 'B3', 'Frist');
  p.set(S, 'C3', 'Tema');
  p.set(S, 'E3', 'Prioritet');
  p.set(S, 'G3', 'Tovholder');
  p.set(S, 'J3', 'Kommentar');
  p.edit('table', S, 'Aktiviteter', 'A3:J12');

  const ST: Record<string, Exp> = {
    Gennemført: 'done',
    'Afsluttet 100%': { v: 'done', note: 'finished, wholly' },
    Igang: { v: 'in_progress', note: '"I gang" written as one word' },
    'Ikke startet': 'not_started',
    'N/A': { v: null, flag: true, note: '"N/A" says nothing about how far the activity is: to be asked' },
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
  type R = [string | null, string, string, string, string, string, string, string, string, string];
  const rows: R[] = [
    ['2026-08-17', '2026-09-04', 'Ledelse', 'Kommissorium for styregruppen', 'Høj', 'Godkendt i direktionen', 'Karen Holm', 'Afsluttet 100%', 'Godkendt 2/9', ''],
    ['2026-08-24', '2026-09-25', 'Organisering, roller og ansvar', 'Rollebeskrivelser for mentorer og koordinator', 'Høj', '', 'Karen Holm', 'Gennemført', '', ''],
    ['2026-09-01', '2026-10-09', 'Kommunikation', 'Nyhed på intranettet om korpset', 'Mellem', 'Artikel udgivet', 'Anja Friis', 'Igang', '', 'Afventer billeder'],
    [null, '2026-10-30', 'Opkvalificering', 'Tilmelding af 4 nye mentorer til LAT-uddannelsen', 'Høj', '', 'Karen Holm', 'Igang', '', ''],
    ['2026-10-01', '2026-11-13', 'Inddragelse', 'Fokusgruppe med unge og forældre', 'Lav', '', 'Anja Friis', 'N/A', '', 'Afventer svar fra ungerådet'],
    ['2026-10-15', '2026-11-27', 'Opfølgning på dokumentation', 'Fælles skabelon til forløbsnotater', 'Mellem', 'Skabelon i brug', 'Mikkel Due', 'Ikke startet', '', ''],
    ['2026-11-02', '2026-12-11', 'Arbejdsproces og kultur', 'Refleksionsmøde for mentorer og forældrecoaches', 'Mellem', '', 'Mikkel Due', 'Igang', '', ''],
    ['2026-11-16', '2026-12-18', 'Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Høj', 'Status sendt', 'Karen Holm', 'Ikke startet', '', ''],
    ['2026-12-01', '2027-01-15', 'Ledelse', 'Budget for 2027 til supervision', 'Mellem', '', 'Jens Mørk', 'Ikke startet', '', 'Skal med i budgetforslaget'],
  ]; // prettier-ignore
  const v = (s: string): EditValue | undefined => (s === '' ? undefined : s);
  p.rows(
    S,
    4,
    { start: 'A', deadline: 'B', theme: 'C', activity: 'D', responsible: 'G', status: 'H' },
    rows.map(([start, frist, tema, akt, prio, mil, who, st, ev, kom]) => ({
      cells: {
        A: start === null ? undefined : day(start),
        B: day(frist),
        C: tema,
        D: akt,
        E: prio,
        F: v(mil),
        G: who,
        H: st,
        I: v(ev),
        J: v(kom),
      },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline: frist },
    })),
  );

  const H = 'Huskeliste';
  const yes = 'yes';
  p.check('F1', H, 'D4', 'Ja', yes);
  p.check('F2', H, 'D5', 'Ja, men kun delvist', { v: 'partly', note: '"yes, but only partly"' });
  p.check('F3', H, 'D6', 'Nej – ikke endnu', 'no');
  p.check('F4', H, 'D7', 'Ja', yes);
  p.check('F5', H, 'D8', 'Delvis', 'partly');
  p.check('F6', H, 'D9', 'ja tak', { v: 'yes', note: '"yes please": a yes' });
  p.check('F7', H, 'D10', 'Ja (se kommentar)', yes, {
    cell: 'E10',
    written: 'Rollefordeling vedtaget 2/9',
    x: 'Rollefordeling vedtaget 2/9',
  });
  p.check('L1', H, 'D11', 'Ja', yes);
  p.check('L2', H, 'D12', 'N/A', {
    v: null,
    flag: true,
    note: '"N/A": not answered, or not relevant; no answer to be read',
  });
  p.check('L3', H, 'D13', 'Igang', { v: 'partly', note: 'under way: partly' });
  p.check('L4', H, 'D14', 'Nej', 'no');
  p.check('L5', H, 'D15', 'Delvist', 'partly', {
    cell: 'E15',
    written: 'Plan for intranet og nyhedsbrev',
    x: 'Plan for intranet og nyhedsbrev',
  });
  p.check('L6', H, 'D16', 'Ja', yes);
  p.check('L7', H, 'D17', 'Afsluttet 100%', { v: 'yes', note: 'done wholly: yes' });
  p.check('L8', H, 'D18', null, null);
  return p;
}
