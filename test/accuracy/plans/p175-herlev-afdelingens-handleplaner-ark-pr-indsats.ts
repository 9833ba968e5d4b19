// Herlev (held out, forty-seventh round): the corps plan in a workbook that HOLDS MUCH MORE THAN THE
// PLAN. The department Børn og Unge keeps one master workbook "Handleplaner 2026 – Børn og Unge"
// with one sheet per programme it runs: "Sundhedsplan", "Inklusion", "Mentor- og forældrekorps" and
// "Sprogindsats", each an activity table of the SAME shape (the department's template: Tema |
// Aktivitet | Ansvarlig | Start | Frist | Status | Bemærkning, the corps' theme list used for all),
// each titled "Handleplan 2026 – <programme>", with the programmes' own responsibles and dates. The
// corps' checklist and mentors are on "Korps – huskeliste" and "Korps – mentorer", the dropdowns'
// lists on "Lister". The cover names the department, the municipality, the half-year and the corps'
// coordinator, and lists the programmes in the file. The coordinator submits the department's file
// as it is. LibreOffice (flat ODS).
//
// A careful reader takes only the corps' sheet as the plan (the effort korpsplan follows is the
// mentor and parent-coach corps) and leaves the other programmes' sheets out, saying so: their rows
// are the health, inclusion and language programmes' plans, with other people and other aims, not
// activities of the corps (unlike p117–p119, where every department's sheet is a part of the corps'
// one plan). The "Lister" sheet's lists are no activities either.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string | null, string, string, string?]; // tema, akt, ans, start, frist, status, bem

const KORPS: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde om korpset i Børn og Unge', 'Lene Skov', null, '2026-09-17', 'Gennemført'],
  ['Organisering, roller og ansvar', 'Aftale med skolerne om henvisning af elever til mentor', 'Lene Skov', null, '2026-09-30', 'Gennemført'],
  ['Opkvalificering', 'Grunduddannelse af nye mentorer og forældrecoaches', 'Thomas Riis', '2026-08-24', '2026-11-27', 'I gang'],
  ['Kommunikation', 'Informationsmøde for lærere og pædagoger på Herlev Byskole', 'Thomas Riis', null, '2026-10-06', 'Gennemført'],
  ['Inddragelse', 'Forældrecafé for familier i forløb', 'Nadia Hussein', null, '2026-11-12', 'I gang', 'Første café holdt 15/10'],
  ['Arbejdsproces og kultur', 'Faste matchmøder mellem mentor, familie og skole', 'Nadia Hussein', '2026-08-10', '2026-12-18', 'I gang'],
  ['Opfølgning på dokumentation', 'Registrering af forløb og progression i fagsystemet', 'Thomas Riis', null, '2026-12-11', 'Ikke startet'],
  ['Evaluering og tilpasning', 'Halvårsstatus til direktionen og korpset', 'Lene Skov', null, '2026-12-16', 'Ikke startet'],
  ['Opkvalificering', 'Supervision af mentorer hver 6. uge', 'Nadia Hussein', '2026-08-01', '2026-12-31', 'I gang'],
]; // prettier-ignore

const OTHERS: readonly (readonly [string, string, readonly Act[]])[] = [
  ['Sundhedsplan', 'Sundhedsplan (0–18 år)', [
    ['Ledelse', 'Styregruppemøde for sundhedsindsatsen', 'Birthe Kjær', null, '2026-09-10', 'Gennemført'],
    ['Kommunikation', 'Kampagne om søvn og skærmtid i 4.–6. klasse', 'Sundhedsplejen v. Ida Falk', '2026-09-01', '2026-10-30', 'I gang'],
    ['Opkvalificering', 'Kursus i motiverende samtale for sundhedsplejersker', 'Birthe Kjær', null, '2026-11-20', 'Ikke startet'],
    ['Inddragelse', 'Forældremøde om kost i daginstitutionerne', 'Ida Falk', null, '2026-10-22', 'Gennemført'],
    ['Evaluering og tilpasning', 'Trivselsmåling i indskolingen', 'Birthe Kjær', null, '2026-12-04', 'Ikke startet'],
  ]],
  ['Inklusion', 'Inklusion i folkeskolen', [
    ['Organisering, roller og ansvar', 'Inklusionsvejledere fordelt på skolerne', 'Morten Aagaard', null, '2026-08-31', 'Gennemført'],
    ['Opkvalificering', 'Temadag om læringsmiljøer for lærere', 'PPR v. Sanne Holt', null, '2026-10-28', 'I gang'],
    ['Arbejdsproces og kultur', 'Faste sparringsmøder mellem PPR og lærere', 'Sanne Holt', '2026-08-15', '2026-12-15', 'I gang'],
    ['Opfølgning på dokumentation', 'Registrering af fravær i elevplanen', 'Morten Aagaard', null, '2026-12-18', 'Ikke startet'],
  ]],
  ['Sprogindsats', 'Sprogindsats 0–6 år', [
    ['Inddragelse', 'Sprogkufferter til forældre i dagplejen', 'Dagplejen v. Karina Bech', null, '2026-09-25', 'Gennemført'],
    ['Opkvalificering', 'Kursus i sprogvurdering af 3-årige for pædagoger', 'Karina Bech', '2026-09-01', '2026-11-30', 'I gang'],
    ['Kommunikation', 'Pjece på fem sprog om sprogstimulering', 'Jonas Friis', null, '2026-10-15', 'Gennemført'],
    ['Evaluering og tilpasning', 'Opfølgning på sprogvurderingerne 2026', 'Karina Bech', null, '2026-12-10', 'Ikke startet'],
  ]],
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
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p175-herlev-afdelingens-handleplaner-ark-pr-indsats',
    'libreoffice-fods',
    'Herlev: the department Børn og Unge\'s master workbook "Handleplaner 2026 – Børn og Unge", one sheet per programme ("Sundhedsplan", "Inklusion", "Mentor- og forældrekorps", "Sprogindsats"), each an activity table of the same shape and theme list with its own responsibles and dates; the corps\' checklist and mentors on "Korps – …" sheets, the dropdown lists on "Lister"; the cover lists the programmes in the file.',
    [
      'department-master-workbook',
      'sheet-per-programme',
      'other-programmes-same-shape',
      'corps-sheet-among-programmes',
      'lookup-lists-sheet',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 34).width(2, 60);
  p.sheet(F).set('A1', 'Handleplaner 2026 – Børn og Unge', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Herlev Kommune', 'municipality', '163'],
    ['Afdeling', 'Børn og Unge'],
    ['Opfølgning', '2. halvår 2026', 'period', '2026-H2'],
    ['Indsatser i mappen', 'Sundhedsplan, Inklusion, Mentor- og forældrekorps, Sprogindsats'],
    ['Fase (mentor- og forældrekorps)', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator (mentor- og forældrekorps)', 'Lene Skov', 'coordinator'],
    ['Leder', 'Peter Vinther', 'leader'],
  ]);

  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  const sheet = (name: string, title: string, acts: readonly Act[], ours: boolean): void => {
    const s = p.sheet(name);
    const x = at(name);
    s.width(1, 28).width(2, 50).width(3, 22).width(4, 12).width(5, 12).width(6, 14).width(7, 26);
    s.set('A1', `Handleplan 2026 – ${title}`, TITLE);
    s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'], HEAD);
    let r = 4;
    for (const [tema, akt, ans, start, frist, status, bem] of acts) {
      s.set(`A${r}`, tema).set(`B${r}`, akt, WRAP).set(`C${r}`, ans);
      if (start) s.set(`D${r}`, date(start));
      s.set(`E${r}`, date(frist)).set(`F${r}`, status);
      if (bem) s.set(`G${r}`, bem, WRAP);
      if (ours)
        p.activity(name, r, {
          theme: x(THEME[tema]!, `A${r}`),
          activity: x(akt, `B${r}`),
          status: x(STATUS[status]!, `F${r}`),
          start: x(start, `D${r}`),
          deadline: x(frist, `E${r}`),
          responsible: x(ans, `C${r}`),
        });
      else
        p.notActivity(name, r, `the ${title} programme's plan in the department's workbook, not the corps'`);
      r++;
    }
  };

  sheet(OTHERS[0]![0], OTHERS[0]![1], OTHERS[0]![2], false);
  sheet(OTHERS[1]![0], OTHERS[1]![1], OTHERS[1]![2], false);
  sheet('Mentor- og forældrekorps', 'Mentor- og forældrekorps', KORPS, true);
  sheet(OTHERS[2]![0], OTHERS[2]![1], OTHERS[2]![2], false);

  checklistSheet(p, 'Korps – huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: ['no', 'Fagsystemet er ikke sat op endnu'], L6: 'yes', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps – mentorer', [
    ['NH', 'both', 'Familieafdelingen', 14, 5],
    ['AS', 'mentor', 'Herlev Byskole', 8, 3],
    ['KL', 'parent_coach', 'Sundhedsplejen', 6, 2],
    ['MO', 'mentor', 'Ungdomsskolen', 7, 2],
  ]);

  // The dropdowns' lists, as a department's template keeps them.
  const L = 'Lister';
  const l = p.sheet(L);
  l.width(1, 30).width(2, 16).width(3, 26).width(4, 22);
  l.row('A1', ['Temaer', 'Status', 'Indsatser', 'Skoler'], HEAD);
  const themes = Object.keys(THEME);
  const statuses = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'];
  const programmes = ['Sundhedsplan', 'Inklusion', 'Mentor- og forældrekorps', 'Sprogindsats'];
  const schools = [
    'Herlev Byskole',
    'Herlev Bygade Skole',
    'Lindehøjskolen',
    'Kildegårdskolen',
    'Herlev Ungdomsskole',
  ];
  for (let i = 0; i < themes.length; i++) {
    const r = i + 2;
    l.row(`A${r}`, [themes[i] ?? null, statuses[i] ?? null, programmes[i] ?? null, schools[i] ?? null]);
    p.notActivity(L, r, "the dropdown lists of the department's template");
  }
  return p;
}
