// Odsherred (held out, twenty-second round: a plan split over several sheets by who does the work).
// "Skole", "Dagtilbud" and "Familie" each keep their activities on a sheet of their own with the
// same header (Tema | Aktivitet | Ansvarlig | Frist | Status); the school's sheet has one column
// more, "Budget" (kr.). In front of them an "Overblik" sheet shows all of them at once through one
// Excel 365 formula, =VSTACK(FILTER(Skole!A4:E20,…),FILTER(Dagtilbud!…),FILTER(Familie!…)), spilled
// over the rows below: only its first cell holds the formula, the other cells hold the values it
// spilled (as Excel saves a dynamic array). The volunteer centre left the effort on 1 October: its
// sheet "Frivillige" is kept but hidden, and the cover says so beside the departments' contacts.
// Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import { BOLD, DMY, HEAD, ITALIC, TITLE } from './common';
import { checklistSheet, corpsSheet } from './departments';

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

// [theme, activity, responsible, deadline, status, budget]
type R = readonly [string, string, string, string, string, number?];

const DEPTS: readonly { sheet: string; contact: string; rows: readonly R[]; budget?: true; hidden?: true }[] = [
  {
    sheet: 'Skole',
    contact: 'Helle Friis',
    budget: true,
    rows: [
      ['Ledelse', 'Skolelederne afsætter tid til mentorer', 'Helle Friis', '2026-09-30', 'Gennemført', 0],
      ['Kommunikation', 'Infomøde for lærere og pædagoger', 'Helle Friis', '2026-10-15', 'Gennemført', 2500],
      ['Opkvalificering', 'LAT-kursus for fire AKT-lærere', 'Nationalt center', '2026-11-30', 'I gang', 18000],
    ],
  },
  {
    sheet: 'Dagtilbud',
    contact: 'Tina Vang',
    rows: [
      ['Inddragelse', 'Forældremøde i børnehaverne om forældrecoaching', 'Tina Vang', '2026-10-31', 'Gennemført'],
      ['Arbejdsproces og kultur', 'Henvisning fra dagtilbud til forældrecoach', 'Tina Vang', '2026-11-30', 'I gang'],
      ['Organisering, roller og ansvar', 'Aftale om en tovholder i hvert dagtilbud', 'Pia Holm', '2026-12-31', 'Ikke startet'],
    ],
  },
  {
    sheet: 'Familie',
    contact: 'Morten Skov',
    rows: [
      ['Ledelse', 'Styregruppemøde om fælles mål for korpset', 'Morten Skov', '2026-09-15', 'Gennemført'],
      ['Opfølgning på dokumentation', 'Registrering af forløb i fagsystemet', 'Karen Bech', '2026-12-31', 'I gang'],
      ['Opkvalificering', 'Supervision af forældrecoaches hver 6. uge', 'Ekstern supervisor', '2026-12-31', 'I gang'],
      ['Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Karen Bech', '2026-12-10', 'Ikke startet'],
    ],
  },
  {
    sheet: 'Frivillige',
    contact: 'Bo Winther',
    hidden: true,
    rows: [
      ['Inddragelse', 'Lektiecafé med frivillige mentorer', 'Bo Winther', '2026-12-31', 'I gang'],
      ['Kommunikation', 'Frivilligcentret fortæller om korpset på sin hjemmeside', 'Bo Winther', '2026-10-31', 'Ikke startet'],
    ],
  },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p120-odsherred-overblik-filter-formel-skjult-afdeling-budget',
    'hand-built',
    'Odsherred: one sheet per department ("Skole" with an extra "Budget" column, "Dagtilbud", "Familie"); an "Overblik" sheet in front showing every activity through one spilled =VSTACK(FILTER(…)) formula (only its first cell a formula, the rest spilled values); the volunteer centre\'s sheet hidden since it left the effort; the cover naming each department\'s contact.',
    [
      'sheet-per-department',
      'summary-sheet-dynamic-array-filter-spill',
      'department-sheet-extra-column',
      'hidden-sheet-department-left-effort',
      'department-contacts-on-cover',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Odsherred Kommune', TITLE);
  f.set('A2', 'Mentor- og forældrecoachkorpset – plan for 2. halvår 2026');
  f.row('A4', ['Periode', '2026-H2']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Karen Bech']);
  f.row('A7', ['Leder', 'Susanne Krogh']);
  f.row('A8', ['Supervisionsmodel', 'Ekstern']);
  f.set('A10', 'Afdelinger og kontaktpersoner', BOLD);
  f.row('A11', ['Skole', 'Helle Friis']);
  f.row('A12', ['Dagtilbud', 'Tina Vang']);
  f.row('A13', ['Familie', 'Morten Skov']);
  f.row('A14', ['Frivilligcentret', 'Bo Winther', 'udtrådt af samarbejdet 1/10-2026 – fanebladet er skjult']);
  f.width(1, 20).width(2, 30).width(3, 50);
  p.fact('municipality', '306', F, 'A1');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact('coordinator', 'Karen Bech', F, 'B6');
  p.fact('leader', 'Susanne Krogh', F, 'B7');
  p.fact('supervisionModel', 'external', F, 'B8');

  // "Overblik": one spilled formula over every visible department's rows.
  const O = 'Overblik';
  const o = p.sheet(O);
  o.set('A1', 'Overblik – alle afdelingers aktiviteter', TITLE);
  o.set('A2', 'Opdateres af sig selv. Ret i afdelingernes faneblade, ikke her.', ITALIC);
  o.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], HEAD);
  o.width(1, 28).width(2, 52).width(3, 20).width(4, 12).width(5, 14);
  const spill = DEPTS.filter((d) => !d.hidden)
    .map((d) => `_xlfn._xlws.FILTER(${d.sheet}!A4:E20,${d.sheet}!A4:A20<>"")`)
    .join(',');
  let orow = 3;
  let first = true;

  const x = (e: Exp, cell: string, sheet: string): ExpectedValue => toExpected(e, cell, sheet);
  for (const dep of DEPTS) {
    const s = p.sheet(dep.sheet);
    s.hidden = dep.hidden ?? false;
    s.set('A1', `${dep.sheet} – aktiviteter`, TITLE);
    s.row(
      'A3',
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', ...(dep.budget ? ['Budget (kr.)'] : [])],
      HEAD,
    );
    s.width(1, 28).width(2, 52).width(3, 20).width(4, 12).width(5, 14).width(6, 12);
    dep.rows.forEach(([tema, akt, who, frist, status, budget], i) => {
      const r = 4 + i;
      s.row(`A${r}`, [tema, akt, who]);
      s.set(`D${r}`, { v: { date: frist }, s: DMY });
      s.set(`E${r}`, status);
      if (dep.budget && budget !== undefined) s.set(`F${r}`, { v: budget, s: { fmt: '#,##0' } });
      if (dep.hidden) {
        p.notActivity(
          dep.sheet,
          r,
          'the volunteer centre left the effort on 1 October and its sheet is hidden',
        );
        return;
      }
      p.activity(dep.sheet, r, {
        theme: x(THEME[tema]!, `A${r}`, dep.sheet),
        activity: x(akt, `B${r}`, dep.sheet),
        status: x(STATUS[status]!, `E${r}`, dep.sheet),
        start: x(null, `D${r}`, dep.sheet),
        deadline: x(frist, `D${r}`, dep.sheet),
        responsible: x(who, `C${r}`, dep.sheet),
      });
      // The same row on "Overblik", spilled by the formula in A4.
      orow++;
      if (first) o.set(`A${orow}`, { v: tema, f: `_xlfn.VSTACK(${spill})` });
      else o.set(`A${orow}`, tema);
      first = false;
      o.row(`B${orow}`, [akt, who]);
      o.set(`D${orow}`, { v: { date: frist }, s: DMY });
      o.set(`E${orow}`, status);
      p.notActivity(
        O,
        orow,
        `spilled by the formula in A4 from ${dep.sheet} row ${r}: the activity is counted there`,
      );
    });
  }
  // The overview sheet second, after the cover.
  const sheets = p.wb.sheets;
  sheets.splice(1, 0, ...sheets.splice(sheets.indexOf(o), 1));

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: 'yes', L6: ['partly', 'frivilligcentret er udtrådt'], L7: 'yes', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['HF', 'mentor', 'Skole', 8, 3],
    ['TV', 'parent_coach', 'Dagtilbud', 6, 2],
    ['KB', 'both', 'Familie', 12, 5],
    ['MS', 'parent_coach', 'Familie', 7.5, 3],
  ]);
  return p;
}
