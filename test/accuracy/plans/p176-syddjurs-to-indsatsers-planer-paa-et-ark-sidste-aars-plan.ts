// Syddjurs (held out, forty-seventh round): the corps plan in a workbook that HOLDS MUCH MORE THAN
// THE PLAN. The section Familie og Forebyggelse keeps its two programmes' plans on ONE sheet
// "Handleplaner 2026": first "Familieiværksætterne" (a course for first-time parents the section
// also runs), then, under its own merged heading, the mentor and parent-coach corps' plan, both
// tables of the same shape (Tema | Aktivitet | Ansvarlig | Frist | Status), a blank row between.
// Last year's corps plan is still in the file, on a visible sheet "Handleplan 2025" before it
// (the same shape, deadlines in 2025, mostly done), kept to look back at. The cover names 2. halvår
// 2026. Hand-built package.
//
// A careful reader takes the corps' block on "Handleplaner 2026" as the plan and leaves out the
// Familieiværksætterne block above it (another programme's plan, with its own people and aims,
// under its own heading: no activities of the corps), and last year's sheet (the plan of 2025,
// every deadline before the period: history, not this half-year's activities; p33 hid such a
// sheet, here it is left visible).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string, string]; // tema, akt, ans, frist, status

const FAMILIE: readonly Act[] = [
  ['Inddragelse', 'Forældrehold i Ebeltoft for førstegangsforældre', 'Sundhedsplejen v. Marie Lund', '2026-10-29', 'I gang'],
  ['Kommunikation', 'Invitation til alle gravide via jordemoderen', 'Marie Lund', '2026-09-15', 'Gennemført'],
  ['Opkvalificering', 'Uddannelse af to nye holdledere', 'Ole Bak', '2026-11-26', 'Ikke startet'],
  ['Evaluering og tilpasning', 'Evaluering af forårets hold med forældrene', 'Ole Bak', '2026-09-30', 'Gennemført'],
  ['Ledelse', 'Budgetopfølgning for Familieiværksætterne', 'Ole Bak', '2026-12-08', 'Ikke startet'],
]; // prettier-ignore

const KORPS: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde om mentorindsatsen', 'Hans Møller', '2026-09-22', 'Gennemført'],
  ['Organisering, roller og ansvar', 'Visitationsmøde hver 14. dag med Familieafdelingen', 'Sofie Dam', '2026-12-15', 'I gang'],
  ['Opkvalificering', 'Grunduddannelse af fire nye mentorer', 'Sofie Dam', '2026-11-13', 'I gang'],
  ['Kommunikation', 'Orientering af skoleledere i Rønde og Kolind', 'Hans Møller', '2026-10-09', 'Gennemført'],
  ['Inddragelse', 'Samtaler med unge om deres mentorforløb', 'Ali Yilmaz', '2026-11-30', 'I gang'],
  ['Arbejdsproces og kultur', 'Fælles skabelon for forløbsplaner', 'Ali Yilmaz', '2026-10-30', 'Gennemført'],
  ['Opfølgning på dokumentation', 'Månedlig optælling af aktive forløb', 'Sofie Dam', '2026-12-31', 'I gang'],
  ['Evaluering og tilpasning', 'Halvårsevaluering med korpset', 'Hans Møller', '2026-12-17', 'Ikke startet'],
]; // prettier-ignore

const SIDSTE_AAR: readonly Act[] = [
  ['Ledelse', 'Beslutning om at tilslutte sig korpset', 'Hans Møller', '2025-03-31', 'Gennemført'],
  ['Organisering, roller og ansvar', 'Ansættelse af koordinator', 'Hans Møller', '2025-05-30', 'Gennemført'],
  ['Opkvalificering', 'Grunduddannelse af de første fem mentorer', 'Sofie Dam', '2025-11-28', 'Gennemført'],
  ['Kommunikation', 'Informationsmøde for skoler og Familieafdelingen', 'Sofie Dam', '2025-09-18', 'Gennemført'],
  ['Opfølgning på dokumentation', 'Valg af fagsystem til registrering', 'Ali Yilmaz', '2025-12-12', 'Ændret'],
  ['Evaluering og tilpasning', 'Status på første halvår med korpset', 'Hans Møller', '2025-12-17', 'Gennemført'],
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Ændret: 'changed',
};

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const HEADING = { bold: true, size: 12, fill: { rgb: 'FCE4D6' } } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p176-syddjurs-to-indsatsers-planer-paa-et-ark-sidste-aars-plan',
    'hand-built',
    'Syddjurs: the section Familie og Forebyggelse keeps two programmes\' plans on one sheet "Handleplaner 2026", first "Familieiværksætterne" (a course for first-time parents), then the mentor and parent-coach corps\' plan, each under its own merged heading, both tables of the same shape; last year\'s corps plan on a visible sheet "Handleplan 2025" before it; the cover names 2. halvår 2026.',
    [
      'two-programmes-one-sheet',
      'other-programme-block-first',
      'block-heading-names-programme',
      'last-years-plan-sheet-visible',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 50);
  p.sheet(F).set('A1', 'Familie og Forebyggelse – Syddjurs Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Syddjurs Kommune', 'municipality', '706'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Sofie Dam', 'coordinator'],
    ['Leder', 'Hans Møller', 'leader'],
  ]);

  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd-mm-yyyy' },
  });
  /** A table under `headerRow`; the corps' rows are activities, the others not (why). */
  const block = (S: string, headerRow: number, acts: readonly Act[], why: string | null): number => {
    const s = p.sheet(S);
    const x = at(S);
    s.row(`A${headerRow}`, HEADER, HEAD);
    let r = headerRow + 1;
    for (const [tema, akt, ans, frist, status] of acts) {
      s.set(`A${r}`, tema).set(`B${r}`, akt, WRAP).set(`C${r}`, ans);
      s.set(`D${r}`, date(frist)).set(`E${r}`, status);
      if (why === null)
        p.activity(S, r, {
          theme: x(THEME[tema]!, `A${r}`),
          activity: x(akt, `B${r}`),
          status: x(STATUS[status]!, `E${r}`),
          start: x(null, `D${r}`),
          deadline: x(frist, `D${r}`),
          responsible: x(ans, `C${r}`),
        });
      else p.notActivity(S, r, why);
      r++;
    }
    return r;
  };

  const O = 'Handleplan 2025';
  const o = p.sheet(O);
  o.width(1, 28).width(2, 50).width(3, 24).width(4, 12).width(5, 14);
  o.set('A1', 'Handleplan 2025 – mentor- og forældrecoachkorpset', TITLE);
  block(O, 3, SIDSTE_AAR, "last year's corps plan (2025), kept visible to look back at");

  const S = 'Handleplaner 2026';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 50).width(3, 24).width(4, 12).width(5, 14);
  s.set('A1', 'Handleplaner 2026 – Familie og Forebyggelse', TITLE);
  s.set('A2', 'Afdelingens to indsatser; hver indsats har sin egen tabel', { italic: true });
  const heading = (r: number, text: string): void => {
    s.set(`A${r}`, text, HEADING);
    for (const c of ['B', 'C', 'D', 'E']) s.set(`${c}${r}`, null, HEADING);
    s.merge(`A${r}:E${r}`);
  };
  heading(4, 'Familieiværksætterne – forløb for førstegangsforældre');
  const after = block(
    S,
    5,
    FAMILIE,
    "the Familieiværksætterne programme's plan on the same sheet, not the corps'",
  );
  const h2 = after + 1;
  heading(h2, 'Mentor- og forældrecoachkorpset');
  block(S, h2 + 1, KORPS, null);
  s.set(`A${h2 + 2 + KORPS.length + 1}`, 'Opdateret 04-12-2026 af SD', BOLD);

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'yes', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: 'partly', L6: 'yes', L7: 'yes', L8: ['no', 'Ingen fritidsjob formidlet endnu'],
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AY', 'mentor', 'Familieafdelingen', 12, 4],
    ['LK', 'mentor', 'Rønde Skole', 6, 2],
    ['BT', 'parent_coach', 'Sundhedsplejen', 8, 3],
    ['JV', 'both', 'Ungdomsskolen', 10, 3],
    ['EN', 'mentor', 'Kolind Centralskole', 5, 1],
  ]);
  return p;
}
