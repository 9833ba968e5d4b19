// Haderslev (held out, seventeenth round): korpsplan's own template (version 1.1) reshaped with
// openpyxl. On the cover the coordinator inserted a row of her own at the top of the fields
// ("Udfyldt af"), so every field sits a row lower than the template has it. The plan sheet is
// renamed "Plan 2026", its table converted to a range, two rows inserted above the header (an
// "Opdateret:" line with =TODAY()), the "Start" column deleted and a "Kommentar" column inserted
// before "Forankring"; headers renamed ("Hvornår", "Ansvar"); rows sorted by the responsible, so
// the themes are scattered. Times are date cells, text ("uge 47", "30.11.2026", "Efterår 2026")
// and a formula counting from the row above ("=A14+21"); statuses "Færdig", "Igang", "Udsat". The
// checklist sheet is renamed "Tjekliste" and its rows sorted by the answer (Ja first), the
// question numbers moving with them.

import type { Exp } from '../build/plan';
import { TemplatePlan, day, type EditValue } from '../build/template';

export function build(): TemplatePlan {
  const p = new TemplatePlan(
    'p100-haderslev-skabelon-tabel-fjernet-raekker-indsat-sorteret-efter-ansvarlig',
    'openpyxl',
    'templates/Implementeringsplan.xlsx',
    'Haderslev: korpsplan\'s own template reshaped with openpyxl: a row inserted at the top of the cover\'s fields, the plan sheet renamed "Plan 2026" with its table converted to a range, two rows inserted above the header (=TODAY()), "Start" deleted and "Kommentar" inserted, headers renamed ("Hvornår", "Ansvar"), rows sorted by the responsible, times as dates, text ("uge 47", "30.11.2026", "Efterår 2026") and a formula; statuses "Færdig", "Igang", "Udsat"; the checklist renamed "Tjekliste" and sorted by answer.',
    [
      'own-template',
      'openpyxl-hand',
      'cover-row-inserted',
      'plan-sheet-renamed',
      'table-converted-to-range',
      'rows-inserted-above-header',
      'template-column-deleted',
      'column-inserted-into-template',
      'template-headers-renamed',
      'rows-sorted-by-responsible',
      'formula-date-from-row-above',
      'checklist-sheet-renamed',
      'checklist-rows-sorted-by-answer',
    ],
  );
  const F = 'Forside';
  p.edit('insert_rows', F, 3, 1);
  p.set(F, 'A3', 'Udfyldt af').set(F, 'B3', 'Lone Kjær, 14.11.2026');
  p.set(F, 'B4', 'Haderslev');
  p.fact('municipality', '510', F, 'B4');
  p.set(F, 'B5', '2026-H2');
  p.fact('period', '2026-H2', F, 'B5');
  p.set(F, 'B6', 'Indledende implementering');
  p.fact('phase', 'initial', F, 'B6');
  p.set(F, 'B7', 'Lone Kjær');
  p.fact('coordinator', 'Lone Kjær', F, 'B7');
  p.set(F, 'B8', 'lokj@haderslev.dk');
  p.set(F, 'B9', 'Henrik Juul');
  p.fact('leader', 'Henrik Juul', F, 'B9');
  p.set(F, 'B11', 'Andet');
  p.fact('organisation', 'other', F, 'B11');
  p.set(F, 'B12', 'Ingen systematisk supervision');
  p.fact('supervisionModel', 'none', F, 'B12');

  const S = 'Plan 2026';
  p.edit('rename', 'Implementeringsplan', S);
  p.edit('untable', S, 'Aktiviteter');
  p.edit('insert_rows', S, 3, 2);
  p.edit('delete_cols', S, 1, 1);
  p.edit('insert_cols', S, 7, 1);
  p.set(S, 'A3', 'Opdateret:').set(S, 'B3', '=TODAY()', 'dd-mm-yyyy');
  p.set(S, 'A5', 'Hvornår').set(S, 'E5', 'Ansvar').set(S, 'G5', 'Kommentar');

  const ST: Record<string, Exp> = {
    Færdig: 'done',
    Gennemført: 'done',
    Igang: { v: 'in_progress', note: '"I gang" written as one word' },
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
    Udsat: {
      v: 'changed',
      flag: true,
      note: '"Udsat" (postponed) is not on the list: most likely Ændret, checked',
    },
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
  // [written time, its reading, theme, activity, milestone, responsible, status, comment, anchoring]
  type R = [EditValue, Exp, string, string, string, string, string, string, string];
  const rows: R[] = [
    [day('2026-09-30'), '2026-09-30', 'Ledelse', 'Drøftelse af korpsets mål i chefgruppen', 'Mål vedtaget', 'Anders Holm', 'Færdig', '', 'Fortsætter i drift'],
    ['=A6+14', { v: '2026-10-14', note: 'the formula =A6+14: two weeks after the row above' }, 'Organisering, roller og ansvar', 'Aftale om frikøb af mentorernes tid', '', 'Anders Holm', 'Igang', 'Afventer HR', ''],
    ['uge 47', { v: '2026-11-22', note: 'week 47 of the plan\'s year: its last day' }, 'Kommunikation', 'Nyhedsbrev til samarbejdspartnere', '', 'Lone Kjær', 'Ikke startet', '', ''],
    ['30.11.2026', '2026-11-30', 'Evaluering og tilpasning', 'Status til det nationale korps', 'Status indsendt', 'Lone Kjær', 'Ikke startet', '', ''],
    [day('2026-10-01'), '2026-10-01', 'Opkvalificering', 'Introduktion for nye forældrecoaches', '', 'Lone Kjær', 'Gennemført', '12 deltog', 'Erfaringer videreføres'],
    ['Efterår 2026', { v: null, flag: true, note: '"Efterår 2026": no day can be told' }, 'Inddragelse', 'Samtaler med unge om mentorordningen', '', 'Rikke Lau', 'Igang', '', ''],
    [day('2026-12-18'), '2026-12-18', 'Opfølgning på dokumentation', 'Skema til registrering af progression', '', 'Rikke Lau', 'Udsat', 'Afventer ny version af fagsystemet', ''],
    [day('2026-11-06'), '2026-11-06', 'Arbejdsproces og kultur', 'Netværksmøde for mentorer', '', 'Søren Ibsen', 'I gang', '', ''],
    [day('2026-12-04'), '2026-12-04', 'Opkvalificering', 'Supervision af forældrecoaches (ekstern)', '', 'Søren Ibsen', 'Ikke startet', '', ''],
    ['=A14+21', { v: '2026-12-25', note: 'the formula =A14+21: three weeks after the row above' }, 'Kommunikation', 'Julehilsen med årets resultater til byrådet', '', 'Søren Ibsen', 'Ikke startet', '', ''],
  ]; // prettier-ignore
  const v = (s: string): EditValue | undefined => (s === '' ? undefined : s);
  p.rows(
    S,
    6,
    { deadline: 'A', theme: 'B', activity: 'C', responsible: 'E', status: 'F' },
    rows.map(([when, whenX, tema, akt, mil, who, st, kom, fa]) => ({
      cells: { A: when, B: tema, C: akt, D: v(mil), E: who, F: st, G: v(kom), H: v(fa) },
      x: { theme: TH[tema]!, status: ST[st]!, start: null, deadline: whenX },
    })),
  );

  // The checklist renamed and sorted by its answer column (Ja, Delvist, Nej, empty).
  const H = 'Tjekliste';
  p.edit('rename', 'Huskeliste', H);
  const IDS = [
    'F1',
    'F2',
    'F3',
    'F4',
    'F5',
    'F6',
    'F7',
    'L1',
    'L2',
    'L3',
    'L4',
    'L5',
    'L6',
    'L7',
    'L8',
    'L9',
  ] as const;
  const ANSWERS: Record<(typeof IDS)[number], string | null> = {
    F1: 'Ja', F2: 'Ja', F3: 'Delvist', F4: 'Ja', F5: 'Nej', F6: 'Delvist', F7: 'Ja',
    L1: 'Ja', L2: 'Nej', L3: 'Delvist', L4: 'Nej', L5: 'Ja', L6: 'Delvist', L7: null, L8: 'Nej', L9: 'Ja',
  }; // prettier-ignore
  const rank = (a: string | null): number => (a === 'Ja' ? 0 : a === 'Delvist' ? 1 : a === 'Nej' ? 2 : 3);
  const order = IDS.map((id, i) => ({ id, old: 4 + i })).sort(
    (a, b) => rank(ANSWERS[a.id]) - rank(ANSWERS[b.id]) || a.old - b.old,
  );
  p.edit(
    'reorder_rows',
    H,
    4,
    19,
    order.map((o) => o.old),
  );
  const X: Record<string, string> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
  order.forEach(({ id }, i) => {
    const a = ANSWERS[id];
    if (id === 'L9') {
      if (a !== null) p.set(H, `D${4 + i}`, a);
      return;
    }
    p.check(id, H, `D${4 + i}`, a, a === null ? null : X[a]!);
  });
  p.set(
    H,
    'E' + String(4 + order.findIndex((o) => o.id === 'F5')),
    'Mentorerne kommer fra UU og familieafdelingen, men det er ikke besluttet endeligt',
  );
  return p;
}
