// Lolland (held out): the two checklists side by side on one sheet. The preparation list (left)
// is answered with Excel checkboxes — TRUE/FALSE cells under "Ja | Delvist | Nej", one question with
// no box ticked; the ongoing list (right) with the characters ☒ (ticked) and ☐ (not ticked) under
// the same three columns. Questions lettered a–g and a–h, shortened, without F/L codes. Indicators
// with the half-year in columns ("1. halvår 2026 | 2. halvår 2026"): the period is the second half,
// so its column is the result, and an indicator not yet measured in it has no result. The roles as
// a free-form list. Hand-built Excel package.

import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';
import { smallPlan } from './small-plan';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p39-lolland-afkrydsningsfelter-side-om-side',
    'hand-built',
    'Lolland (held out): two checklists side by side, one answered with TRUE/FALSE checkbox cells, the other with ☒/☐, lettered a–h without codes; indicators with half-year columns; free-form roles.',
    [
      'checklist-side-by-side',
      'checklist-checkbox-cells',
      'checklist-box-characters',
      'checklist-lettered',
      'checklist-shortened',
      'checklist-unanswered',
      'indicators',
      'indicators-half-year-columns',
      'roles-free-form',
      'cover-label-in-same-cell',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Lolland Kommune – mentorkorpset', TITLE);
  f.set('A3', 'Kommune: Lolland');
  f.set('A4', 'Periode: 2. halvår 2026');
  f.set('A5', 'Fase: Indledende implementering');
  f.set('A6', 'Koordinator: Sofie Frandsen');
  f.set('A7', 'Leder: Martin Kjær');
  f.width(1, 40);
  p.fact('municipality', '360', 'Forside', 'A3');
  p.fact('period', '2026-H2', 'Forside', 'A4');
  p.fact('phase', 'initial', 'Forside', 'A5');
  p.fact('coordinator', 'Sofie Frandsen', 'Forside', 'A6');
  p.fact('leader', 'Martin Kjær', 'Forside', 'A7');

  smallPlan(p, {
    sheet: 'Handleplan',
    headerRow: 1,
    headerStyle: HEAD,
    dateStyle: DMY,
    rows: [
      [
        'Ledelse',
        'Beslutning om timer til mentorerne',
        'Martin Kjær',
        '2026-08-03',
        '2026-08-31',
        'Gennemført',
      ],
      [
        'Organisering, roller og ansvar',
        'Rollebeskrivelse for koordinatoren',
        'Sofie Frandsen',
        null,
        '2026-09-18',
        'Gennemført',
      ],
      ['Kommunikation', 'Oplæg for skoleledere', 'Sofie Frandsen', '2026-10-01', '2026-10-29', 'I gang'],
      [
        'Opkvalificering',
        'LAT-uddannelse for fire nye mentorer',
        'Nationalt Center',
        '2026-11-02',
        '2026-11-20',
        'Ikke startet',
      ],
      [
        'Arbejdsproces og kultur',
        'Fælles visitationsmøde hver måned',
        'Sofie Frandsen',
        '2026-09-01',
        '2026-12-15',
        'I gang',
      ],
    ],
  });

  const t = p.sheet('Tjeklister');
  t.set('A1', 'Tjeklister', TITLE);
  t.set('A3', 'Forberedelse', BOLD);
  t.set('G3', 'Løbende implementering', BOLD);
  t.row('A4', ['', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'], HEAD);
  t.row('G4', ['', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'], HEAD);
  t.width(1, 4).width(2, 46).width(7, 4).width(8, 46);
  type A = 'yes' | 'partly' | 'no' | null;
  const left: [ChecklistIdKey, string, A][] = [
    ['F1', 'Behovet for indsatsen er analyseret', 'yes'],
    ['F2', 'Relevante aktører har været med i analysen', 'yes'],
    ['F3', 'Plan for at involvere og informere samarbejdspartnere', 'partly'],
    ['F4', 'Koordinator er valgt', 'yes'],
    ['F5', 'Besluttet hvor mentorer og forældrecoaches kommer fra', 'partly'],
    ['F6', 'Rammer for at de uddannede kan arbejde med forløb', null],
    ['F7', 'Klar rolle- og ansvarsfordeling', 'no'],
  ];
  const right: [ChecklistIdKey, string, Exclude<A, null>][] = [
    ['L1', 'Implementeringsplan med mål, deadlines og milepæle', 'yes'],
    ['L2', 'Plan for nedslag og opfølgning med mentorerne', 'partly'],
    ['L3', 'Ledelse og mentorer er opkvalificeret', 'partly'],
    ['L4', 'Plan for øvelse i LAT-metoden (aktionslæring)', 'no'],
    ['L5', 'Plan for kommunikation om metoden', 'no'],
    ['L6', 'Rammer for at arbejde med forløb', 'yes'],
    ['L7', 'Hvem skal informeres – og med hvilke budskaber', 'partly'],
    ['L8', 'Hvad, hvornår og hvordan vi kommunikerer', 'no'],
  ];
  const letters = 'abcdefgh';
  left.forEach(([id, q, a], i) => {
    const row = 5 + i;
    t.row(`A${row}`, [`${letters[i]!}.`, q]);
    t.set(`C${row}`, a === 'yes');
    t.set(`D${row}`, a === 'partly');
    t.set(`E${row}`, a === 'no');
    p.answer(id, a, 'Tjeklister', a === null ? `C${row}` : `${{ yes: 'C', partly: 'D', no: 'E' }[a]}${row}`);
  });
  right.forEach(([id, q, a], i) => {
    const row = 5 + i;
    t.row(`G${row}`, [`${letters[i]!}.`, q]);
    t.set(`I${row}`, a === 'yes' ? '☒' : '☐');
    t.set(`J${row}`, a === 'partly' ? '☒' : '☐');
    t.set(`K${row}`, a === 'no' ? '☒' : '☐');
    p.answer(id, a, 'Tjeklister', `${{ yes: 'I', partly: 'J', no: 'K' }[a]}${row}`);
  });

  const ind = p.sheet('Indikatorer');
  ind.row('A1', ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', '1. halvår 2026', '2. halvår 2026'], HEAD);
  ind.width(1, 36);
  type I = [string, string, 'count' | 'percent', number, number, number, number | null];
  const inds: I[] = [
    ['Aktive mentorforløb', 'antal', 'count', 6, 15, 9, 13],
    ['Aktive forældrecoachforløb', 'antal', 'count', 2, 6, 3, 5],
    ['Unge der er startet i uddannelse', '%', 'percent', 35, 50, 40, null],
    ['Medarbejdere opkvalificeret', 'antal', 'count', 0, 10, 4, 8],
  ];
  inds.forEach(([name, unit, u, base, target, h1, h2], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, unit, base, target, h1, h2 ?? undefined]);
    p.indicatorRow('Indikatorer', row, {
      name: [name, `A${row}`],
      unit: [u, `B${row}`],
      baseline: [base, `C${row}`],
      target: [target, `D${row}`],
      result: [h2, `F${row}`],
    });
  });

  const roller = p.sheet('Roller');
  roller.set('A1', 'Hvem gør hvad', TITLE);
  roller.set(
    'A3',
    'Ledelsen (Martin Kjær, afdelingschef): beslutter rammer og timer, følger op hvert halve år.',
    WRAP,
  );
  roller.set(
    'A4',
    'Koordinator (Sofie Frandsen): driver planen, samler mentorerne, kontakt til Nationalt Center.',
    WRAP,
  );
  roller.set('A5', 'Mentorer og forældrecoaches: har forløbene og registrerer dem.', WRAP);
  roller.set('A6', 'Sagsbehandlerne: henviser unge og familier.', WRAP);
  roller.width(1, 90);
  return p;
}
