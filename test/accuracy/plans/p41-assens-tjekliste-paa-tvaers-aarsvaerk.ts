// Assens (held out): the checklist transposed — the fifteen questions across the columns (a short
// heading each, grouped under "Forberedelse" and "Løbende implementering" in a row above, no F/L
// codes), one row of answers typed as figures 1 / 0,5 / 0 with a legend saying what they mean, and a
// row of remarks under it. The corps with their time as full-time equivalents ("Årsværk" 0,5 — 37
// hours a week is one), one of them written "50 %", and a "Total" row. The communication plan as a
// free-form list. Hand-built Excel package.

import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';
import { smallPlan } from './small-plan';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p41-assens-tjekliste-paa-tvaers-aarsvaerk',
    'hand-built',
    'Assens (held out): checklist transposed (questions across columns under two group headings, one answer row of 1/0,5/0 with a legend, a remark row); corps time as full-time equivalents (0,5 and "50 %") with a Total row; free-form communication list.',
    [
      'checklist-transposed',
      'checklist-answer-figures-with-legend',
      'checklist-shortened',
      'checklist-comment-row',
      'corps',
      'corps-full-time-equivalents',
      'corps-percent-of-full-time',
      'totals-row-corps',
      'communication-free-form',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Implementeringsplan – Assens Kommune', TITLE);
  f.row('A3', ['Kommune', 'Assens']);
  f.row('A4', ['Halvår', '2026-H2']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Rikke Mortensen']);
  f.row('A7', ['Leder', 'Claus Bech']);
  p.fact('municipality', '420', 'Forside', 'B3');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Rikke Mortensen', 'Forside', 'B6');
  p.fact('leader', 'Claus Bech', 'Forside', 'B7');

  smallPlan(p, {
    sheet: 'Aktiviteter',
    headerRow: 2,
    headerStyle: HEAD,
    dateStyle: DMY_DOT,
    rows: [
      ['Ledelse', 'Ledelsen godkender mål for 2027', 'Claus Bech', null, '2026-12-04', 'I gang'],
      [
        'Kommunikation',
        'Artikel i medarbejderbladet',
        'Rikke Mortensen',
        '2026-09-01',
        '2026-09-30',
        'Gennemført',
      ],
      [
        'Opkvalificering',
        'Temadag om LAT for sagsbehandlere',
        'Rikke Mortensen',
        null,
        '2026-11-12',
        'Gennemført',
      ],
      [
        'Inddragelse',
        'Forældrepanel inddrages i evaluering',
        'Rikke Mortensen',
        '2026-10-01',
        '2026-12-17',
        'I gang',
      ],
      [
        'Opfølgning på dokumentation',
        'Månedligt træk fra dokumentationsplatformen',
        'Rikke Mortensen',
        '2026-08-01',
        '2026-12-31',
        'I gang',
      ],
      [
        'Evaluering og tilpasning',
        'Evaluering af matchning af mentorer',
        'Claus Bech',
        null,
        '2026-10-15',
        'Ændret',
      ],
      [
        'Arbejdsproces og kultur',
        'Fast punkt om mentorer på teammøder',
        'Rikke Mortensen',
        '2026-08-15',
        '2026-09-15',
        'Gennemført',
      ],
    ],
  });

  const t = p.sheet('Tjekliste');
  t.set('A1', 'Tjekliste – status december 2026', TITLE);
  t.set('A2', 'Skriv 1 = ja, 0,5 = delvist, 0 = nej', ITALIC);
  t.set('B4', 'Forberedelse', BOLD);
  t.set('I4', 'Løbende implementering', BOLD);
  t.merge('B4:H4').merge('I4:P4');
  type Q = [ChecklistIdKey, string, 1 | 0.5 | 0 | null, string?];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse', 1],
    ['F2', 'Aktører inddraget i analysen', 1],
    ['F3', 'Plan for samarbejdspartnere', 0.5, 'Mangler PPR'],
    ['F4', 'Koordinator valgt', 1],
    ['F5', 'Hvor kommer mentorerne fra', 1],
    ['F6', 'Rammer for forløb', 0.5],
    ['F7', 'Roller og ansvar', 1],
    ['L1', 'Implementeringsplan', 1],
    ['L2', 'Nedslag med mentorerne', 0, 'Aftales i januar'],
    ['L3', 'Opkvalificering', 0.5],
    ['L4', 'Øvelse i LAT (aktionslæring)', 0],
    ['L5', 'Kommunikation om metoden', 0.5],
    ['L6', 'Rammer for forløb (løbende)', 1],
    ['L7', 'Hvem informeres / budskaber', null],
    ['L8', 'Hvad, hvornår, hvordan', 0],
  ];
  t.set('A5', 'Spørgsmål', HEAD);
  t.set('A6', 'Svar', BOLD);
  t.set('A7', 'Bemærkning', BOLD);
  t.width(1, 14);
  const ANS = { 1: 'yes', 0.5: 'partly', 0: 'no' } as const;
  qs.forEach(([id, q, a, c], i) => {
    const col = String.fromCharCode(66 + i); // B..P
    t.set(`${col}5`, q, { ...HEAD, wrap: true });
    if (a !== null) t.set(`${col}6`, a);
    if (c) t.set(`${col}7`, c, WRAP);
    t.width(col, 14);
    p.answer(
      id,
      a === null ? null : ANS[a],
      'Tjekliste',
      `${col}6`,
      c ? { v: c, cell: `${col}7` } : undefined,
    );
  });

  const k = p.sheet('Mentorkorps');
  k.row('A1', ['Initialer', 'Rolle', 'Forvaltning', 'Uddannet', 'Årsværk', 'Aktive forløb'], HEAD);
  k.width(2, 18).width(3, 22);
  type K = [string, string, string, string, string, number | string, number, number];
  const corps: K[] = [
    ['LKA', 'Mentor', 'mentor', 'Børn og Unge', '2025-09-18', 0.5, 18.5, 6],
    ['NB', 'Mentor', 'mentor', 'Beskæftigelse', '2025-09-18', 1, 37, 15],
    ['ASØ', 'Forældrecoach', 'parent_coach', 'Familieområdet', '2026-02-26', 0.25, 9.25, 3],
    ['HJ', 'Forældrecoach', 'parent_coach', 'Familieområdet', '2026-02-26', '50 %', 18.5, 4],
  ];
  corps.forEach(([ini, role, id, dept, trained, fte, h, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, dept, { v: { date: trained }, s: DMY_DOT }, fte, c]);
    p.corpsRow('Mentorkorps', row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `E${row}`],
      activeCases: [c, `F${row}`],
    });
  });
  k.row('A6', ['Total', undefined, undefined, undefined, 2.25, 28], BOLD);

  const kom = p.sheet('Kommunikation');
  kom.set('A1', 'Kommunikationsplan', TITLE);
  kom.set('A3', '• Skoleledere: oplæg på skoleledermødet i september (Rikke)', WRAP);
  kom.set('A4', '• Sagsbehandlere: temadag i november og nyhedsmail hver måned (Rikke)', WRAP);
  kom.set('A5', '• Forældre: folder i sundhedsplejen og på skolernes intra (Claus godkender)', WRAP);
  kom.set('A6', '• Politikere: status på udvalgsmøde i december', WRAP);
  kom.width(1, 90);
  return p;
}
