// Realistic canonical plans for the demo data, the tests and the benchmark: deterministic for a
// seed, in Danish, covering every sheet of the template. Rendered into real workbooks with the
// template layout (writeStructured), so that they go through the same intake as a coordinator's file.

import { KOMMUNER } from '../../../core/kommuner';
import { draftFromPlan } from '../../../core/plan';
import type { Plan } from '../../../core/schema';
import { CHECKLIST_IDS, NEEDS_ANALYSIS, TEMPLATE_VERSION, type Lang } from '../../../core/spec';
import { writeStructured } from '../../../workbook/template';

type Activity = Plan['activities'][number];

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES: readonly { theme: Activity['theme']; activity: string; milestone: string }[] = [
  {
    theme: 'leadership',
    activity: 'Ledelsen godkender implementeringsplanen',
    milestone: 'Plan godkendt i direktionen',
  },
  {
    theme: 'leadership',
    activity: 'Halvårligt opfølgningsmøde i den tværfaglige ledelsesgruppe',
    milestone: 'Referat delt',
  },
  {
    theme: 'communication',
    activity: 'Informationsmøde for sagsbehandlere om mentorindsatsen',
    milestone: 'Møde afholdt',
  },
  {
    theme: 'communication',
    activity: 'Nyhedsbrev til skoler og UU om forældrecoaching',
    milestone: 'Nyhedsbrev udsendt',
  },
  {
    theme: 'involvement',
    activity: 'Inddragelse af unge i udformning af forløbene',
    milestone: 'Workshop med unge',
  },
  {
    theme: 'involvement',
    activity: 'Dialogmøde med forældre om forventninger',
    milestone: 'Opsamling skrevet',
  },
  {
    theme: 'process_culture',
    activity: 'Fælles visitationsproces for mentorforløb',
    milestone: 'Procesbeskrivelse vedtaget',
  },
  {
    theme: 'process_culture',
    activity: 'Matchning af mentor og ung efter fast model',
    milestone: 'Matchningsguide i brug',
  },
  {
    theme: 'organisation_roles',
    activity: 'Rollebeskrivelser for koordinator og mentorer',
    milestone: 'Roller beskrevet',
  },
  {
    theme: 'organisation_roles',
    activity: 'Aftale om supervision af mentorer',
    milestone: 'Supervisionsaftale underskrevet',
  },
  {
    theme: 'upskilling',
    activity: 'Uddannelse af nye mentorer og forældrecoaches',
    milestone: 'Hold 1 uddannet',
  },
  { theme: 'upskilling', activity: 'Temadag om motiverende samtale', milestone: 'Temadag afholdt' },
  {
    theme: 'documentation',
    activity: 'Registrering af forløb på dokumentationsplatformen',
    milestone: 'Alle forløb registreret',
  },
  {
    theme: 'documentation',
    activity: 'Kvartalsvis datatræk og gennemgang',
    milestone: 'Første datatræk gennemgået',
  },
  {
    theme: 'evaluation',
    activity: 'Lærings- og refleksionsmøde om resultater',
    milestone: 'Læringspunkter samlet',
  },
  {
    theme: 'evaluation',
    activity: 'Justering af indsatsen efter midtvejsevaluering',
    milestone: 'Justeret plan',
  },
];
const RESPONSIBLE = [
  'Koordinator',
  'Afdelingsleder',
  'Teamleder, Ungeindsatsen',
  'Mentorteamet',
  'Leder af Familieafdelingen',
];
const FIRST_NAMES = [
  'Mette',
  'Lars',
  'Hanne',
  'Søren',
  'Camilla',
  'Jens',
  'Louise',
  'Anders',
  'Pia',
  'Rasmus',
];
const LAST_NAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
];

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export interface DemoPlanOptions {
  readonly municipality: string;
  readonly period: string;
  /** Number of activity rows (default 16). */
  readonly activities?: number;
  readonly seed?: number;
  /** Lateness is relative to this day (default the period's middle). */
  readonly today?: string;
}

function periodStart(period: string): Date {
  const [year, half] = period.split('-H').map(Number);
  return new Date(Date.UTC(year ?? 2026, half === 2 ? 6 : 0, 1));
}

/** A complete, valid canonical plan for one municipality and period. */
export function demoPlan(options: DemoPlanOptions): Plan {
  const kommune = KOMMUNER.find((k) => k.code === options.municipality);
  if (!kommune) throw new Error(`unknown municipality code ${options.municipality}`);
  const rnd = random(
    options.seed ?? Number(options.municipality) * 7919 + Number(options.period.slice(0, 4)),
  );
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const start = periodStart(options.period);
  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : addDays(start, 90);
  const count = options.activities ?? 16;

  const activities: Activity[] = Array.from({ length: count }, (_, i) => {
    const base = ACTIVITIES[i % ACTIVITIES.length] as (typeof ACTIVITIES)[number];
    const begin = addDays(start, Math.floor(rnd() * 120) - 30);
    const deadline = addDays(begin, 14 + Math.floor(rnd() * 120));
    const past = deadline.getTime() < today.getTime();
    const status: Activity['status'] = past
      ? pick(['done', 'done', 'in_progress', 'changed'])
      : pick(['not_started', 'in_progress', 'in_progress']);
    const round = Math.floor(i / ACTIVITIES.length);
    return {
      theme: base.theme,
      activity: round === 0 ? base.activity : `${base.activity} (runde ${round + 1})`,
      milestone: base.milestone,
      start: iso(begin),
      deadline: iso(deadline),
      responsible: pick(RESPONSIBLE),
      status,
      ...(status === 'done'
        ? {
            anchoring: pick(['operation', 'experience', 'separate_funding'] as const),
            evaluation: 'Gennemført som planlagt; erfaringerne er delt i ledelsesgruppen.',
          }
        : {}),
      source: { sheet: 'Implementeringsplan', row: 4 + i },
    };
  });
  const answers = ['yes', 'yes', 'partly', 'no', null] as const;
  const person = (): string => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const mentors = 2 + Math.floor(rnd() * 6);
  return {
    templateVersion: TEMPLATE_VERSION,
    municipality: { code: kommune.code, name: kommune.name },
    period: options.period,
    phase: pick(['readiness', 'initial', 'initial', 'full'] as const),
    coordinator: {
      name: person(),
      email: `koordinator@${kommune.name.toLowerCase().replace(/[^a-z]/g, '')}.dk`,
    },
    leader: { name: person() },
    organisation: pick(['social', 'employment', 'cross'] as const),
    supervisionModel: pick(['leader_or_coordinator', 'internal', 'external'] as const),
    activities,
    checklist: CHECKLIST_IDS.map((id) => ({ id, answer: pick(answers) })),
    roles: [
      { role: 'Ledelsen', name: person(), responsibilities: 'Sætter retning og følger op halvårligt' },
      { role: 'Koordinator', name: person(), responsibilities: 'Driver planen og matcher mentorer' },
      {
        role: 'Mentorer og forældrecoaches',
        name: 'Mentorteamet',
        responsibilities: 'Gennemfører forløbene',
      },
    ],
    corps: Array.from({ length: mentors }, (_, i) => ({
      initials: `${String.fromCharCode(65 + i)}${String.fromCharCode(75 + ((i * 3) % 10))}`,
      role: pick(['mentor', 'parent_coach', 'both'] as const),
      department: pick(['Ungeindsatsen', 'Familieafdelingen', 'Jobcentret']),
      trainedOn: iso(addDays(start, -200 + i * 7)),
      hoursPerWeek: pick([8, 10, 15, 20, 37]),
      activeCases: 2 + Math.floor(rnd() * 8),
    })),
    indicators: [
      {
        code: 'mentor_cases_active',
        name: 'Aktive mentorforløb',
        unit: 'count',
        baseline: 10,
        target: 30,
        result: 12 + Math.floor(rnd() * 20),
        owner: 'Koordinator',
        source: 'Dokumentationsplatformen',
      },
      {
        code: 'staff_trained',
        name: 'Medarbejdere opkvalificeret',
        unit: 'count',
        target: 20,
        result: 5 + Math.floor(rnd() * 15),
      },
      {
        name: 'Tilfredshed blandt forældre',
        unit: 'percent',
        target: 80,
        result: 60 + Math.floor(rnd() * 35),
        cases: 20 + Math.floor(rnd() * 40),
      },
    ],
    communication: [
      {
        audience: 'Sagsbehandlere',
        message: 'Hvornår og hvordan der henvises til en mentor',
        channel: 'Personalemøde',
        when: 'Hvert kvartal',
        responsible: 'Koordinator',
      },
      {
        audience: 'Forældre',
        message: 'Tilbud om forældrecoaching',
        channel: 'Folder og Aula',
        when: 'Ved opstart af forløb',
        responsible: 'Mentorteamet',
      },
    ],
    needsAnalysis: NEEDS_ANALYSIS.slice(0, 4).map((q) => ({
      id: q.id,
      answer: 'Beskrevet i kommunens behovsanalyse fra foråret.',
    })),
  };
}

/** The plan as a workbook in the template layout, as the add-in or `korpsplan structure` would write it. */
export function demoWorkbook(plan: Plan, lang: Lang = 'da'): Promise<Uint8Array> {
  return writeStructured(lang, { draft: draftFromPlan(plan) }, new Date(Date.UTC(2026, 0, 1)));
}
