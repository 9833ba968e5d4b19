// Vordingborg (held out, twenty-second round: a plan split over several sheets by who does the
// work). Three departments share the effort and each keeps its own sheet, "Skole", "Sundhed" and
// "Familieafdelingen", with the same header (Tema | Aktivitet | Start | Frist | Status) and no
// responsible column: the sheet's name is the owner of every row on it, and the cover names each
// department's contact person in a small table. The shared kick-off is listed on all three sheets
// with the same text and deadline. A "Samlet" sheet the coordinator made for the steering group
// pulls every row from the department sheets with formulas (=Skole!B4 …, cached values), with the
// department typed in its first column: the same activities again, which must not count twice.
// Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE } from './common';
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

const KICKOFF = 'Fælles kick-off for skole, sundhed og familieafdeling';

// [theme, activity, start, deadline, status]
type R = readonly [string, string, string | null, string, string];

const DEPARTMENTS: readonly { sheet: string; contact: string; title: string; rows: readonly R[] }[] = [
  {
    sheet: 'Skole',
    contact: 'Helle Dam',
    title: 'Skole – aktiviteter i mentor- og forældrecoachindsatsen',
    rows: [
      ['Ledelse', KICKOFF, null, '2026-08-20', 'Gennemført'],
      ['Kommunikation', 'Infomøde for lærerne på de fire skoler', '2026-09-01', '2026-09-30', 'Gennemført'],
      ['Inddragelse', 'Elevrådene giver input til mentorordningen', null, '2026-11-30', 'I gang'],
      ['Opkvalificering', 'Kursus for AKT-lærere i LAT-metoden', '2026-10-01', '2026-12-15', 'I gang'],
    ],
  },
  {
    sheet: 'Sundhed',
    contact: 'Rasmus Kjeldsen',
    title: 'Sundhed – aktiviteter i mentor- og forældrecoachindsatsen',
    rows: [
      ['Ledelse', KICKOFF, null, '2026-08-20', 'Gennemført'],
      ['Kommunikation', 'Sundhedsplejen fortæller om forældrecoaching ved hjemmebesøg', '2026-09-01', '2026-12-31', 'I gang'],
      ['Arbejdsproces og kultur', 'Fast henvisningsgang fra sundhedsplejen til forældrecoach', null, '2026-10-31', 'Gennemført'],
    ],
  },
  {
    sheet: 'Familieafdelingen',
    contact: 'Mette Lund',
    title: 'Familieafdelingen – aktiviteter i mentor- og forældrecoachindsatsen',
    rows: [
      ['Ledelse', KICKOFF, null, '2026-08-20', 'Gennemført'],
      ['Organisering, roller og ansvar', 'Rollebeskrivelse for mentorer og forældrecoaches', '2026-08-15', '2026-09-30', 'Gennemført'],
      ['Opkvalificering', 'LAT-kursus for seks nye mentorer', '2026-10-01', '2026-11-30', 'I gang'],
      ['Opfølgning på dokumentation', 'Registrering af forløb i fagsystemet', null, '2026-12-31', 'Ikke startet'],
      ['Evaluering og tilpasning', 'Fælles evalueringsmøde for de tre afdelinger', null, '2026-12-10', 'Ikke startet'],
    ],
  },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p117-vordingborg-ark-pr-afdeling-faelles-kickoff-samlet-formler',
    'hand-built',
    'Vordingborg: one sheet per department ("Skole", "Sundhed", "Familieafdelingen") with the same header and no responsible column, the sheet naming the owner of every row; the cover names each department\'s contact; a joint kick-off listed on all three sheets; a "Samlet" sheet of formulas (=Skole!B4, cached values) repeating every activity.',
    [
      'sheet-per-department',
      'owner-from-sheet-name',
      'department-contacts-on-cover',
      'joint-activity-on-several-department-sheets',
      'summary-sheet-of-formulas-to-department-sheets',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Vordingborg Kommune', TITLE);
  f.set('A2', 'Mentor- og forældrecoachindsatsen – fælles plan for tre afdelinger');
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Mette Lund']);
  f.row('A7', ['Leder', 'Jørgen Brix']);
  f.row('A8', ['Forankring', 'Tværgående']);
  f.set('A10', 'Afdelingernes kontaktpersoner', BOLD);
  f.row('A11', ['Afdeling', 'Kontaktperson', 'Faneblad'], HEAD);
  DEPARTMENTS.forEach((d, i) => f.row(`A${12 + i}`, [d.sheet, d.contact, `se fanen "${d.sheet}"`]));
  f.width(1, 22).width(2, 40).width(3, 28);
  p.fact('municipality', '390', F, 'A1');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Mette Lund', F, 'B6');
  p.fact('leader', 'Jørgen Brix', F, 'B7');
  p.fact('organisation', 'cross', F, 'B8');

  const d = (iso: string) => ({ v: { date: iso }, s: DMY });
  const x = (e: Exp, cell: string, sheet: string): ExpectedValue => toExpected(e, cell, sheet);
  for (const dep of DEPARTMENTS) {
    const s = p.sheet(dep.sheet);
    s.set('A1', dep.title, TITLE);
    s.row('A3', ['Tema', 'Aktivitet', 'Start', 'Frist', 'Status'], HEAD);
    s.width(1, 28).width(2, 56).width(3, 12).width(4, 12).width(5, 14);
    dep.rows.forEach(([tema, akt, start, frist, status], i) => {
      const r = 4 + i;
      s.set(`A${r}`, tema).set(`B${r}`, akt).set(`D${r}`, d(frist)).set(`E${r}`, status);
      if (start) s.set(`C${r}`, d(start));
      const joint = akt === KICKOFF;
      p.activity(dep.sheet, r, {
        theme: x(THEME[tema]!, `A${r}`, dep.sheet),
        activity: x(
          joint
            ? {
                v: akt,
                flag: true,
                note: 'the same kick-off, same text and deadline, is on all three department sheets: one joint activity that each department lists as its own, kept once per department sheet with its own owner and to be confirmed on each (whichever sheet comes first), so that it is not counted as three meetings unasked',
              }
            : akt,
          `B${r}`,
          dep.sheet,
        ),
        status: x(STATUS[status]!, `E${r}`, dep.sheet),
        start: x(start, `C${r}`, dep.sheet),
        deadline: x(frist, `D${r}`, dep.sheet),
        // No responsible column: the sheet is the department's, and the cover names its contact.
        responsible: x(
          {
            v: dep.sheet,
            alt: [dep.contact, `${dep.sheet} (${dep.contact})`, `${dep.contact} (${dep.sheet})`],
            note: "the sheet is the department's own; the cover names its contact person",
          },
          'A1',
          dep.sheet,
        ),
      });
    });
  }

  // "Samlet": every row again, by formulas into the department sheets (cached values).
  const S = 'Samlet';
  const sam = p.sheet(S);
  sam.set('A1', 'Samlet oversigt – opdateres automatisk fra afdelingernes faneblade', TITLE);
  sam.row('A3', ['Afdeling', 'Tema', 'Aktivitet', 'Frist', 'Status'], HEAD);
  sam.width(1, 20).width(2, 28).width(3, 56).width(4, 12).width(5, 14);
  let r = 3;
  for (const dep of DEPARTMENTS)
    dep.rows.forEach(([tema, akt, , frist, status], i) => {
      r++;
      const src = 4 + i;
      const ref = (col: string): string => `${dep.sheet}!${col}${src}`;
      sam.set(`A${r}`, dep.sheet);
      sam.set(`B${r}`, { v: tema, f: ref('A') });
      sam.set(`C${r}`, { v: akt, f: ref('B') });
      sam.set(`D${r}`, { v: { date: frist }, f: ref('D'), s: DMY });
      sam.set(`E${r}`, { v: status, f: ref('E') });
      p.notActivity(S, r, `a formula copy of ${dep.sheet} row ${src}: the activity is counted there`);
    });

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: ['partly', 'mangler aftale med sundhedsplejen'], F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'no', L4: 'partly', L5: 'yes', L6: 'no', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['HD', 'mentor', 'Skole', 8, 3],
    ['RK', 'parent_coach', 'Sundhed', 6, 2],
    ['ML', 'both', 'Familieafdelingen', 10, 4],
    ['SV', 'mentor', 'Familieafdelingen', 7.5, 2],
  ]);
  return p;
}
