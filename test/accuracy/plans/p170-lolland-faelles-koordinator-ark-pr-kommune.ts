// Lolland (held out, forty-fourth round): a file KEPT FOR SEVERAL MUNICIPALITIES. Lolland and
// Guldborgsund share one coordinator, and she keeps both municipalities' plans in ONE workbook, a
// sheet per municipality for each part: "Plan Guldborgsund" (first, as she made it first) and "Plan
// Lolland", "Korps Guldborgsund" and "Korps Lolland", "Tjekliste Guldborgsund" and "Tjekliste
// Lolland", each sheet titled with its municipality ("Guldborgsund Kommune – implementeringsplan 2.
// halvår 2026"). The same layout on each. This copy is the one she submits for Lolland: the cover
// names Lolland Kommune, and says the coordinator is shared. Hand-built package.
//
// A careful reader takes Lolland's sheets as the plan, corps and checklist, and leaves Guldborgsund's
// sheets out: they are the neighbour's plan, submitted in Guldborgsund's own round, not activities,
// mentors or answers of Lolland (unlike p65, a joint plan of two municipalities with joint rows,
// and p87, a neighbour's name left in the only plan's title).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD, TITLE, WRAP } from './common';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string | null, string, string]; // tema, akt, ans, start, frist, status

const LOLLAND: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde om indsatsen i Lolland', 'Birgitte Holm', null, '2026-09-24', 'Gennemført'],
  ['Kommunikation', 'Informationsmøde for skolerne i Nakskov', 'Rasmus Due', null, '2026-10-08', 'Gennemført'],
  ['Inddragelse', 'Dialogmøde med forældre i Maribo', 'Rasmus Due', null, '2026-11-19', 'I gang'],
  ['Opkvalificering', 'Grunduddannelse af mentorer, Lolland-holdet', 'Birgitte Holm', '2026-08-17', '2026-12-11', 'I gang'],
  ['Organisering, roller og ansvar', 'Aftale med Jobcentret om henvisning', 'Birgitte Holm', null, '2026-10-30', 'Gennemført'],
  ['Opfølgning på dokumentation', 'Registrering af forløb i fagsystemet', 'Rasmus Due', null, '2026-12-18', 'Ikke startet'],
  ['Evaluering og tilpasning', 'Halvårsstatus til direktionen', 'Birgitte Holm', null, '2026-12-16', 'Ikke startet'],
  ['Arbejdsproces og kultur', 'Faste matchmøder mellem mentor og familie', 'Rasmus Due', '2026-08-03', '2026-12-31', 'I gang'],
]; // prettier-ignore

const GULDBORGSUND: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde om indsatsen i Guldborgsund', 'Birgitte Holm', null, '2026-09-29', 'Gennemført'],
  ['Kommunikation', 'Nyhedsbrev til skoler og dagtilbud', 'Kim Vestergaard', null, '2026-10-15', 'I gang'],
  ['Inddragelse', 'Ungepanel i Nykøbing Falster', 'Kim Vestergaard', null, '2026-11-26', 'Ikke startet'],
  ['Opkvalificering', 'Temadag om forældresamarbejde', 'Birgitte Holm', null, '2026-11-05', 'Gennemført'],
  ['Organisering, roller og ansvar', 'Fordeling af mentorer på skolerne', 'Kim Vestergaard', null, '2026-09-30', 'Gennemført'],
  ['Evaluering og tilpasning', 'Evaluering af første hold', 'Birgitte Holm', null, '2026-12-10', 'I gang'],
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

type Ans = 'yes' | 'partly' | 'no';
const WORD: Record<Ans, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
type Role = 'mentor' | 'parent_coach' | 'both';
const ROLE: Record<Role, string> = {
  mentor: 'Mentor',
  parent_coach: 'Forældrecoach',
  both: 'Mentor og forældrecoach',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p170-lolland-faelles-koordinator-ark-pr-kommune',
    'hand-built',
    'Lolland: one coordinator shared by Lolland and Guldborgsund keeps both municipalities\' plans in one file, a sheet per municipality for each part ("Plan Guldborgsund" first, then "Plan Lolland"; "Korps …", "Tjekliste …" likewise), each titled with its municipality; the cover names Lolland Kommune and says the coordinator is shared.',
    [
      'several-municipalities-one-file',
      'sheet-per-municipality',
      'other-municipality-sheet-first',
      'corps-sheet-per-municipality',
      'checklist-sheet-per-municipality',
      'shared-coordinator',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 52);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Lolland Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Lolland Kommune', 'municipality', '360'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Birgitte Holm', 'coordinator'],
    ['Leder', 'Jens Ottosen', 'leader'],
    ['Bemærkning', 'Koordinatoren er fælles for Lolland og Guldborgsund; begge kommuners ark ligger i filen'],
  ]);

  const plan = (kommune: string, acts: readonly Act[], ours: boolean): void => {
    const S = `Plan ${kommune}`;
    const s = p.sheet(S);
    const x = at(S);
    s.width(1, 28).width(2, 46).width(3, 16).width(4, 12).width(5, 12).width(6, 14);
    s.set('A1', `${kommune} Kommune – implementeringsplan 2. halvår 2026`, TITLE);
    s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'], HEAD);
    const date = (iso: string): { v: Value; s: { fmt: string } } => ({
      v: { date: iso },
      s: { fmt: 'dd.mm.yyyy' },
    });
    let r = 4;
    for (const [tema, akt, ans, start, frist, status] of acts) {
      s.set(`A${r}`, tema).set(`B${r}`, akt, WRAP).set(`C${r}`, ans);
      if (start) s.set(`D${r}`, date(start));
      s.set(`E${r}`, date(frist)).set(`F${r}`, status);
      if (ours)
        p.activity(S, r, {
          theme: x(THEME[tema]!, `A${r}`),
          activity: x(akt, `B${r}`),
          status: x(STATUS[status]!, `F${r}`),
          start: x(start, `D${r}`),
          deadline: x(frist, `E${r}`),
          responsible: x(ans, `C${r}`),
        });
      else p.notActivity(S, r, `${kommune}'s plan, kept in the shared coordinator's file`);
      r++;
    }
  };

  const corps = (
    kommune: string,
    members: readonly (readonly [string, Role, string, number, number])[],
    ours: boolean,
  ): void => {
    const S = `Korps ${kommune}`;
    const s = p.sheet(S);
    s.set('A1', `${kommune} Kommune – korps`, TITLE);
    s.row('A3', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'], HEAD);
    s.width(2, 24).width(3, 20);
    let r = 3;
    for (const [ini, role, dept, h, c] of members) {
      r++;
      s.row(`A${r}`, [ini, ROLE[role], dept, h, c]);
      if (ours)
        p.corpsRow(S, r, {
          initials: [ini, `A${r}`],
          role: [role, `B${r}`],
          hoursPerWeek: [h, `D${r}`],
          activeCases: [c, `E${r}`],
        });
    }
  };

  const checklist = (
    kommune: string,
    answers: Readonly<Record<ChecklistIdKey, Ans>>,
    ours: boolean,
  ): void => {
    const S = `Tjekliste ${kommune}`;
    const s = p.sheet(S);
    s.set('A1', `${kommune} Kommune – huskeliste`, TITLE);
    s.row('A3', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
    s.width(2, 70).width(4, 30);
    let r = 3;
    for (const [id, q] of SEED_QUESTIONS) {
      r++;
      const a = answers[id];
      s.row(`A${r}`, [id, q, WORD[a]]);
      if (ours) p.answer(id, a, S, `C${r}`);
    }
  };

  plan('Guldborgsund', GULDBORGSUND, false);
  plan('Lolland', LOLLAND, true);
  corps('Guldborgsund', [
    ['KV', 'mentor', 'Ungdomsskolen', 10, 4],
    ['AN', 'parent_coach', 'Familieafdelingen', 8, 3],
  ], false); // prettier-ignore
  corps('Lolland', [
    ['RD', 'both', 'Familieafdelingen', 12, 5],
    ['SP', 'mentor', 'Nakskov Skole', 7, 2],
    ['HJ', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ], true); // prettier-ignore
  checklist('Guldborgsund', {
    F1: 'no', F2: 'no', F3: 'partly', F4: 'no', F5: 'partly', F6: 'no', F7: 'no',
    L1: 'no', L2: 'no', L3: 'no', L4: 'partly', L5: 'no', L6: 'no', L7: 'no', L8: 'no',
  }, false); // prettier-ignore
  checklist('Lolland', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'partly', L6: 'yes', L7: 'yes', L8: 'partly',
  }, true); // prettier-ignore
  return p;
}
