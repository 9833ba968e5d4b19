// The one template specification. Everything else derives from it: the zod schema of the
// canonical plan (core/schema.ts), the reader's expectations (header words, list synonyms), and the
// template workbooks (workbook/template.ts). Change the template here and only here.

import { KOMMUNER } from './kommuner';

/**
 * The template versions, oldest first. The last is the current one: the template written by
 * `npm run templates` and `korpsplan template`, and the shape of every canonical plan. A question or
 * column added in a later version names it in `since`; everything else is in every version.
 */
export const TEMPLATE_VERSIONS = ['1.0', '1.1'] as const;
export type TemplateVersion = (typeof TEMPLATE_VERSIONS)[number];
export const TEMPLATE_VERSION: TemplateVersion = TEMPLATE_VERSIONS[TEMPLATE_VERSIONS.length - 1] ?? '1.0';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export interface Label {
  readonly da: string;
  readonly en: string;
}

// ---------------------------------------------------------------------------------------------
// Fixed lists

export interface ListValue<Id extends string = string> {
  readonly id: Id;
  readonly label: Label;
  /** Other ways coordinators write this value (matched after normalising case, spaces, accents). */
  readonly synonyms?: readonly string[];
}

export const PHASES = [
  {
    id: 'preparation',
    label: { da: 'Forberedelse', en: 'Preparation' },
    synonyms: ['forberedelsesfase', 'fase 1', '1'],
  },
  {
    id: 'readiness',
    label: { da: 'Klargøring', en: 'Readiness' },
    synonyms: ['klargøringsfase', 'klargoring', 'fase 2', '2'],
  },
  {
    id: 'initial',
    label: { da: 'Indledende implementering', en: 'Initial implementation' },
    synonyms: ['indledende', 'opstart', 'fase 3', '3'],
  },
  {
    id: 'full',
    label: { da: 'Fuld implementering', en: 'Full implementation' },
    synonyms: ['fuld', 'drift', 'forankring', 'fase 4', '4'],
  },
] as const satisfies readonly ListValue[];

export const THEMES = [
  { id: 'leadership', label: { da: 'Ledelse', en: 'Leadership' }, synonyms: ['ledelsen', 'styregruppe'] },
  { id: 'communication', label: { da: 'Kommunikation', en: 'Communication' }, synonyms: ['formidling'] },
  {
    id: 'involvement',
    label: { da: 'Inddragelse', en: 'Involvement' },
    synonyms: ['involvering', 'medarbejderinddragelse'],
  },
  {
    id: 'process_culture',
    label: { da: 'Arbejdsproces og kultur', en: 'Work processes and culture' },
    synonyms: [
      'arbejdsprocesser og kultur',
      'arbejdsproces',
      'kultur',
      'process and culture',
      'processes and culture',
    ],
  },
  {
    id: 'organisation_roles',
    label: { da: 'Organisering, roller og ansvar', en: 'Organisation, roles and responsibilities' },
    synonyms: [
      'organisering',
      'roller og ansvar',
      'organisation',
      'organization',
      'roles and responsibilities',
      'organisation and roles',
    ],
  },
  {
    id: 'upskilling',
    label: { da: 'Opkvalificering', en: 'Upskilling' },
    synonyms: [
      'kompetenceudvikling',
      'kompetencer',
      'kompetenceløft',
      'uddannelse',
      'training',
      'competence development',
    ],
  },
  {
    id: 'documentation',
    label: { da: 'Opfølgning på dokumentation', en: 'Follow-up on documentation' },
    synonyms: [
      'opfølgning',
      'dokumentation',
      'opfølgning og dokumentation',
      'documentation',
      'follow-up',
      'follow up',
    ],
  },
  {
    id: 'evaluation',
    label: { da: 'Evaluering og tilpasning', en: 'Evaluation and adjustment' },
    synonyms: ['evaluering', 'tilpasning', 'evaluation', 'evaluation and adaptation'],
  },
] as const satisfies readonly ListValue[];

export const STATUSES = [
  {
    id: 'not_started',
    label: { da: 'Ikke startet', en: 'Not started' },
    synonyms: [
      'ikke påbegyndt',
      'ikke begyndt',
      'ikke igangsat',
      'ej startet',
      'planlagt',
      'afventer',
      'todo',
      'to do',
      'not begun',
      'planned',
      'ikke startet endnu',
      'ikke igang',
      'ikke i gang',
      'ikke påbegyndt endnu',
    ],
  },
  {
    id: 'in_progress',
    label: { da: 'I gang', en: 'In progress' },
    synonyms: [
      'i proces',
      'igang',
      'påbegyndt',
      'igangsat',
      'i gang med',
      'startet',
      'ongoing',
      'started',
      'underway',
      'in process',
      'wip',
      'i process',
      'igangværende',
      'under udførelse',
    ],
  },
  {
    id: 'done',
    label: { da: 'Gennemført', en: 'Done' },
    synonyms: [
      'færdig',
      'afsluttet',
      'udført',
      'fuldført',
      'løst',
      'ok',
      'completed',
      'complete',
      'finished',
      'færdiggjort',
    ],
  },
  {
    id: 'changed',
    label: { da: 'Ændret', en: 'Changed' },
    synonyms: ['justeret', 'ændret plan', 'revideret', 'udskudt', 'modified', 'revised', 'postponed'],
  },
  {
    id: 'closed',
    label: { da: 'Lukket', en: 'Closed' },
    synonyms: ['droppet', 'annulleret', 'aflyst', 'opgivet', 'cancelled', 'canceled', 'dropped'],
  },
] as const satisfies readonly ListValue[];

export const ANCHORINGS = [
  {
    id: 'operation',
    label: { da: 'Fortsætter i drift', en: 'Continues in operation' },
    synonyms: ['drift', 'i drift'],
  },
  {
    id: 'separate_funding',
    label: { da: 'Fortsætter med særskilt bevilling', en: 'Continues with separate funding' },
    synonyms: ['særskilt bevilling', 'bevilling', 'separate funding'],
  },
  {
    id: 'experience',
    label: { da: 'Erfaringer videreføres', en: 'Experience carried forward' },
    synonyms: ['erfaringer', 'experience'],
  },
  { id: 'none', label: { da: 'Ikke forankret', en: 'Not anchored' }, synonyms: ['ingen', 'ophører', 'none'] },
] as const satisfies readonly ListValue[];

export const ANSWERS = [
  // "Opfyldt / Delvist opfyldt / Ikke opfyldt": a checklist assessed rather than answered.
  { id: 'yes', label: { da: 'Ja', en: 'Yes' }, synonyms: ['j', 'y', 'opfyldt', 'fulfilled', 'met'] },
  {
    id: 'partly',
    label: { da: 'Delvist', en: 'Partly' },
    synonyms: [
      'delvis',
      'delvist ja',
      'partially',
      'partial',
      'ja delvist',
      'til dels',
      'delvis ja',
      'delvist opfyldt',
      'delvis opfyldt',
      'partly met',
      'partially met',
      'partly fulfilled',
      'partially fulfilled',
    ],
  },
  {
    id: 'no',
    label: { da: 'Nej', en: 'No' },
    synonyms: ['n', 'ikke opfyldt', 'not met', 'not fulfilled', 'unfulfilled'],
  },
] as const satisfies readonly ListValue[];

export const ORGANISATIONS = [
  {
    id: 'social',
    label: { da: 'Socialforvaltningen', en: 'Social services' },
    synonyms: [
      'social',
      'socialområdet',
      'socialforvaltning',
      'børn og familie',
      'social department',
      'social- og sundhedsforvaltningen',
    ],
  },
  {
    id: 'employment',
    label: { da: 'Beskæftigelsesforvaltningen', en: 'Employment services' },
    synonyms: [
      'beskæftigelse',
      'jobcenter',
      'jobcentret',
      'beskæftigelsesområdet',
      'employment',
      'beskæftigelsesforvaltning',
    ],
  },
  {
    id: 'cross',
    label: { da: 'Tværfagligt forankret', en: 'Cross-departmental' },
    synonyms: [
      'tværfaglig',
      'tværgående',
      'på tværs',
      'cross',
      'cross departmental',
      'tværfagligt',
      'tværgående forankring',
    ],
  },
  { id: 'other', label: { da: 'Andet', en: 'Other' }, synonyms: ['anden'] },
] as const satisfies readonly ListValue[];

export const SUPERVISION_MODELS = [
  {
    id: 'leader_or_coordinator',
    label: { da: 'Leder eller koordinator er supervisor', en: 'Leader or coordinator supervises' },
    synonyms: ['leder', 'koordinator', 'leder eller koordinator', 'leader', 'coordinator', 'koordinatoren'],
  },
  {
    id: 'internal',
    label: { da: 'Intern supervisor', en: 'Internal supervisor' },
    synonyms: ['intern', 'internal', 'intern supervision'],
  },
  {
    id: 'external',
    label: { da: 'Ekstern supervisor', en: 'External supervisor' },
    synonyms: ['ekstern', 'external', 'ekstern supervision'],
  },
  {
    id: 'none',
    label: { da: 'Ingen systematisk supervision', en: 'No systematic supervision' },
    synonyms: ['ingen', 'ingen supervision', 'none', 'no supervision'],
  },
] as const satisfies readonly ListValue[];

export const CORPS_ROLES = [
  { id: 'mentor', label: { da: 'Mentor', en: 'Mentor' }, synonyms: ['m'] },
  {
    id: 'parent_coach',
    label: { da: 'Forældrecoach', en: 'Parent coach' },
    synonyms: ['forældre-coach', 'coach', 'fc', 'parentcoach'],
  },
  {
    id: 'both',
    label: { da: 'Mentor og forældrecoach', en: 'Mentor and parent coach' },
    synonyms: ['begge', 'mentor/forældrecoach', 'mentor og fc', 'both'],
  },
] as const satisfies readonly ListValue[];

export const UNITS = [
  {
    id: 'count',
    label: { da: 'Antal', en: 'Count' },
    // A count of something named: hours ("timer") and people are counted too; "#" is "number of".
    synonyms: ['stk', 'stk.', 'number', 'n', '#', 'timer', 'hours', 'personer', 'persons'],
  },
  {
    id: 'percent',
    label: { da: 'Procent', en: 'Percent' },
    synonyms: ['%', 'pct', 'pct.', 'andel', 'percentage'],
  },
] as const satisfies readonly ListValue[];

/** Reporting periods are half-years, written 2026-H1 / 2026-H2. */
export const PERIOD_PATTERN = /^(\d{4})-H([12])$/;

/**
 * An e-mail address, as in the plan and on the cover: the pattern of zod's `z.string().email()`
 * (zod 4), which the boundary schemas use. Kept here, beside the template's other patterns, so that
 * reading a typed value and building the plan (core/corrections.ts, core/plan.ts) load no zod: both
 * are on the intake path. test/core/intake-without-zod.test.ts checks that it is still zod's pattern.
 */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const FIRST_PERIOD_YEAR = 2024;
export const LAST_PERIOD_YEAR = 2032;
export const PERIODS: readonly ListValue[] = Array.from(
  { length: LAST_PERIOD_YEAR - FIRST_PERIOD_YEAR + 1 },
  (_, i) => {
    const year = FIRST_PERIOD_YEAR + i;
    return [
      {
        id: `${year}-H1`,
        label: { da: `${year}-H1`, en: `${year}-H1` },
        synonyms: [`1. halvår ${year}`, `H1 ${year}`],
      },
      {
        id: `${year}-H2`,
        label: { da: `${year}-H2`, en: `${year}-H2` },
        synonyms: [`2. halvår ${year}`, `H2 ${year}`],
      },
    ];
  },
).flat();

export const MUNICIPALITIES: readonly ListValue[] = KOMMUNER.map((k) => ({
  id: k.code,
  label: { da: k.name, en: k.name },
  synonyms: [`${k.name} Kommune`, `${k.name}s Kommune`, `${k.name} (${k.code})`, k.code],
}));

export type Phase = (typeof PHASES)[number]['id'];
export type Theme = (typeof THEMES)[number]['id'];
export type Status = (typeof STATUSES)[number]['id'];
export type Anchoring = (typeof ANCHORINGS)[number]['id'];
export type Answer = (typeof ANSWERS)[number]['id'];
export type Organisation = (typeof ORGANISATIONS)[number]['id'];
export type SupervisionModel = (typeof SUPERVISION_MODELS)[number]['id'];
export type CorpsRole = (typeof CORPS_ROLES)[number]['id'];
export type Unit = (typeof UNITS)[number]['id'];

export const LISTS = {
  municipality: MUNICIPALITIES,
  period: PERIODS,
  phase: PHASES,
  theme: THEMES,
  status: STATUSES,
  anchoring: ANCHORINGS,
  answer: ANSWERS,
  organisation: ORGANISATIONS,
  supervisionModel: SUPERVISION_MODELS,
  corpsRole: CORPS_ROLES,
  unit: UNITS,
} as const;
export type ListId = keyof typeof LISTS;

/** Names of the lists in the template's hidden list sheet (one column each). */
export const LIST_TITLES: Record<ListId, Label> = {
  municipality: { da: 'Kommune', en: 'Municipality' },
  period: { da: 'Periode', en: 'Period' },
  phase: { da: 'Fase', en: 'Phase' },
  theme: { da: 'Indsatsområde', en: 'Focus area' },
  status: { da: 'Status', en: 'Status' },
  anchoring: { da: 'Forankring', en: 'Anchoring' },
  answer: { da: 'Svar', en: 'Answer' },
  organisation: { da: 'Organisatorisk forankring', en: 'Organisational anchoring' },
  supervisionModel: { da: 'Supervisionsmodel', en: 'Supervision model' },
  corpsRole: { da: 'Korpsrolle', en: 'Corps role' },
  unit: { da: 'Enhed', en: 'Unit' },
};

// ---------------------------------------------------------------------------------------------
// Checklists (seed 000, Tabel 1 and Tabel 2) and the needs analysis (000 §1.1)

export type ChecklistId =
  | 'F1'
  | 'F2'
  | 'F3'
  | 'F4'
  | 'F5'
  | 'F6'
  | 'F7'
  | 'L1'
  | 'L2'
  | 'L3'
  | 'L4'
  | 'L5'
  | 'L6'
  | 'L7'
  | 'L8'
  | 'L9';
export type ChecklistGroup = 'preparation' | 'ongoing';

export const CHECKLIST_GROUPS: Record<ChecklistGroup, Label> = {
  preparation: { da: 'Huskeliste til forberedelse', en: 'Checklist for preparation' },
  ongoing: { da: 'Huskeliste til den løbende implementering', en: 'Checklist for ongoing implementation' },
};

export interface ChecklistQuestion {
  readonly id: ChecklistId;
  readonly group: ChecklistGroup;
  readonly text: Label;
  /** The template version that introduced the question (absent: in every version). */
  readonly since?: TemplateVersion;
}

export const CHECKLIST: readonly ChecklistQuestion[] = [
  {
    id: 'F1',
    group: 'preparation',
    text: {
      da: 'Har kommunen gennemført en analyse af behovet for indsatsen og for at indgå i det landsdækkende mentorkorps?',
      en: 'Has the municipality analysed the need for the effort and for joining the national mentor corps?',
    },
  },
  {
    id: 'F2',
    group: 'preparation',
    text: {
      da: 'Har relevante aktører i kommunen været involveret i en analyse af behovet?',
      en: 'Have relevant actors in the municipality been involved in analysing the need?',
    },
  },
  {
    id: 'F3',
    group: 'preparation',
    text: {
      da: 'Er der udarbejdet en plan for, hvordan eventuelle samarbejdspartnere løbende involveres og informeres om kommunens engagement i det landsdækkende mentorkorps og arbejde med LAT-metoden?',
      en: "Is there a plan for how partners are involved in and informed about the municipality's engagement in the national mentor corps and its work with the LAT method?",
    },
  },
  {
    id: 'F4',
    group: 'preparation',
    text: {
      da: 'Er der valgt en koordinator, som kan stå for at drive og understøtte implementering af indsatsen organisatorisk og fagligt?',
      en: 'Has a coordinator been chosen who can drive and support the implementation organisationally and professionally?',
    },
  },
  {
    id: 'F5',
    group: 'preparation',
    text: {
      da: 'Er det besluttet, hvilke områder de mentorer og forældrecoaches, som skal uddannes, kommer fra – og hvorfor de er udvalgt?',
      en: 'Has it been decided which areas the mentors and parent coaches to be trained come from, and why they were chosen?',
    },
  },
  {
    id: 'F6',
    group: 'preparation',
    text: {
      da: 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoaches kan arbejde med forløb?',
      en: 'Are the conditions in place for the trained mentors and parent coaches to work with cases?',
    },
  },
  {
    id: 'F7',
    group: 'preparation',
    text: {
      da: 'Er der udarbejdet en klar rolle- og ansvarsfordeling mellem ledelsen, koordinatoren og mentorer og forældrecoaches?',
      en: 'Is there a clear division of roles and responsibilities between management, the coordinator and the mentors and parent coaches?',
    },
  },
  {
    id: 'L1',
    group: 'ongoing',
    text: {
      da: 'Er der udarbejdet en implementeringsplan, der viser aktiviteter, mål og forventede resultater? Og er der deadlines og milepæle for de enkelte aktiviteter?',
      en: 'Is there an implementation plan showing activities, goals and expected results? And are there deadlines and milestones for each activity?',
    },
  },
  {
    id: 'L2',
    group: 'ongoing',
    text: {
      da: 'Er der en plan for nedslag i implementeringen, hvor koordinatoren sammen med mentorer og forældrecoaches stopper op og ser på foreløbige resultater samt det videre forløb?',
      en: 'Is there a plan for checkpoints where the coordinator, mentors and parent coaches stop and look at interim results and the way ahead?',
    },
  },
  {
    id: 'L3',
    group: 'ongoing',
    text: {
      da: 'Er der gennemført opkvalificering af ledelse og mentorer og forældrecoaches?',
      en: 'Have management, mentors and parent coaches been upskilled?',
    },
  },
  {
    id: 'L4',
    group: 'ongoing',
    text: {
      da: 'Er der en plan for, hvordan mentorer og forældrecoaches i kommunerne kan arbejde med læring og øvelser i brug af LAT-metoden og understøttende redskaber i en aktionslæringscyklus, fx efter kurser og opkvalificeringsseminarer, som kan sikre, at kompetencer fastholdes?',
      en: 'Is there a plan for how mentors and parent coaches can learn and practise the LAT method and its tools in an action-learning cycle, for example after courses and seminars, so that skills are retained?',
    },
  },
  {
    id: 'L5',
    group: 'ongoing',
    text: {
      da: 'Er der lagt en plan for kommunikation om metoden, som kan bidrage til at understøtte, at budskabet om metoden spredes til relevante samarbejdspartnere i kommunen?',
      en: 'Is there a plan for communicating about the method so that the message reaches relevant partners in the municipality?',
    },
  },
  {
    id: 'L6',
    group: 'ongoing',
    text: {
      da: 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoaches kan arbejde med forløb?',
      en: 'Are the conditions in place for the trained mentors and parent coaches to work with cases?',
    },
  },
  {
    id: 'L7',
    group: 'ongoing',
    text: {
      da: 'Er der en plan for, hvem der skal informeres om indsatsen? Og fremgår det, hvordan budskaber i kommunikation målrettes forskellige ledere, mentorer, forældrecoaches og samarbejdspartnere?',
      en: 'Is there a plan for who should be informed about the effort? And does it show how messages are tailored to different managers, mentors, parent coaches and partners?',
    },
  },
  {
    id: 'L8',
    group: 'ongoing',
    text: {
      da: 'Er der en plan for hvad, hvornår og hvordan der skal kommunikeres om indsatsen?',
      en: 'Is there a plan for what, when and how to communicate about the effort?',
    },
  },
  {
    // 002 §8.2: the cross-disciplinary leadership group follows the effort up every half-year.
    id: 'L9',
    group: 'ongoing',
    since: '1.1',
    text: {
      da: 'Er der en plan for, hvordan indsatsen følges op halvårligt i ledelsesgruppen?',
      en: 'Is there a plan for how the leadership group follows up on the effort every half-year?',
    },
  },
];
export const CHECKLIST_IDS: readonly ChecklistId[] = CHECKLIST.map((q) => q.id);

export interface NeedsQuestion {
  readonly id: string;
  readonly text: Label;
}

export const NEEDS_ANALYSIS: readonly NeedsQuestion[] = [
  {
    id: 'B1',
    text: {
      da: 'Hvilke væsentlige problemer kan mentorer og forældrecoaches bidrage til at løse i jeres kommune?',
      en: 'Which important problems can mentors and parent coaches help solve in your municipality?',
    },
  },
  {
    id: 'B2',
    text: {
      da: 'Hvem ser I, der kan drage størst nytte af indsatsen?',
      en: 'Who do you see benefiting most from the effort?',
    },
  },
  {
    id: 'B3',
    text: {
      da: 'Hvordan tænker I, at LAT-metoden passer sammen med eksisterende værdier, strategier og kultur?',
      en: 'How do you think the LAT method fits existing values, strategies and culture?',
    },
  },
  {
    id: 'B4',
    text: {
      da: 'Hvordan passer LAT-metoden ind i jeres nuværende tilbudsvifte?',
      en: 'How does the LAT method fit into your current range of services?',
    },
  },
  {
    id: 'B5',
    text: {
      da: 'Hvilke fordele kan I se ved LAT-metoden?',
      en: 'Which advantages do you see in the LAT method?',
    },
  },
  {
    id: 'B6',
    text: {
      da: 'Hvor motiverede er I for at implementere en mentor- og forældrecoachindsats?',
      en: 'How motivated are you to implement a mentor and parent-coach effort?',
    },
  },
  {
    id: 'B7',
    text: {
      da: 'Kan indsatsen skrives ind i jeres handlingsplan til forebyggelse af ekstremisme? Hvordan gør I det konkret?',
      en: 'Can the effort be written into your action plan for preventing extremism? How will you do it?',
    },
  },
  {
    id: 'B8',
    text: {
      da: 'Hvordan tænkes indsatsen i sammenhæng med blandt andet sociale, beskæftigelsesrettede og integrationsindsatser?',
      en: 'How is the effort linked to social, employment and integration efforts, among others?',
    },
  },
  {
    id: 'B9',
    text: {
      da: 'Hvordan sikrer I, at I arbejder i samme retning og har et fælles mål med indsatsen?',
      en: 'How do you make sure you work in the same direction and share a goal for the effort?',
    },
  },
];

/** The roles the template suggests (000 §1.2). */
export const DEFAULT_ROLES: readonly Label[] = [
  { da: 'Ledelsen', en: 'Management' },
  { da: 'Koordinator', en: 'Coordinator' },
  { da: 'Mentorer og forældrecoaches', en: 'Mentors and parent coaches' },
];

// ---------------------------------------------------------------------------------------------
// Indicator catalogue (DOMAIN.md)

export interface CatalogueIndicator {
  readonly code: string;
  readonly label: Label;
  readonly unit: Unit;
  /** A count of citizens or their cases: protected by small-number suppression. */
  readonly personal: boolean;
}

export const INDICATORS: readonly CatalogueIndicator[] = [
  {
    code: 'mentor_cases_active',
    label: { da: 'Aktive mentorforløb', en: 'Active mentor cases' },
    unit: 'count',
    personal: true,
  },
  {
    code: 'parent_coach_cases_active',
    label: { da: 'Aktive forældrecoachforløb', en: 'Active parent-coach cases' },
    unit: 'count',
    personal: true,
  },
  {
    code: 'cases_started',
    label: { da: 'Forløb startet i perioden', en: 'Cases started in the period' },
    unit: 'count',
    personal: true,
  },
  {
    code: 'cases_completed',
    label: { da: 'Forløb afsluttet i perioden', en: 'Cases completed in the period' },
    unit: 'count',
    personal: true,
  },
  {
    code: 'cases_positive_progression',
    label: { da: 'Forløb med positiv progression', en: 'Cases with positive progression' },
    unit: 'count',
    personal: true,
  },
  {
    code: 'started_education',
    label: {
      da: 'Unge startet på en ungdomsuddannelse',
      en: 'Young people who started upper-secondary education',
    },
    unit: 'count',
    personal: true,
  },
  {
    code: 'retained_education_6m',
    label: {
      da: 'Unge fastholdt i uddannelse over 6 måneder',
      en: 'Young people retained in education for 6 months',
    },
    unit: 'count',
    personal: true,
  },
  {
    code: 'staff_trained',
    label: { da: 'Medarbejdere opkvalificeret', en: 'Staff upskilled' },
    unit: 'count',
    personal: false,
  },
  {
    code: 'reflection_meetings',
    label: { da: 'Afholdte lærings- og refleksionsmøder', en: 'Learning and reflection meetings held' },
    unit: 'count',
    personal: false,
  },
  {
    code: 'leisure_jobs',
    label: { da: 'Formidlede fritidsjob', en: 'Leisure jobs arranged' },
    unit: 'count',
    personal: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Rules that several parts share

/** 37 hours a week is one full-time post (004 Tabel 24). */
export const FULL_TIME_HOURS = 37;
/** More participants per full-time mentor than this gives a warning (004 Tabel 24: 20+). */
export const MAX_PARTICIPANTS_PER_FTE = 20;
/** 000 §1: "min. to-tre" trained mentors or parent coaches. */
export const MIN_CORPS_SIZE = 2;
/** Small-number suppression: a count from fewer cases than this is shown as "<5". */
export const SUPPRESSION_THRESHOLD = 5;

// ---------------------------------------------------------------------------------------------
// Sheets and columns

export type ColumnKind = 'text' | 'email' | 'date' | 'number' | 'integer' | 'list';

export interface ColumnSpec {
  /** The plan field this column fills. */
  readonly field: string;
  readonly label: Label;
  readonly kind: ColumnKind;
  readonly list?: ListId;
  readonly required?: boolean;
  /** Column width in Excel characters. */
  readonly width: number;
  /** Other header words coordinators use for this column (Danish and English). */
  readonly aliases: readonly string[];
  /** Short help shown as the data-validation prompt. */
  readonly help?: Label;
  /** The template version that introduced the column (absent: in every version). */
  readonly since?: TemplateVersion;
  /**
   * A catalogue indicator (INDICATORS): the template's dropdown lists the indicators by their label
   * in the workbook's language, and a cell holds the label; reading takes a label in either language
   * or the code, and the plan keeps the code.
   */
  readonly catalogue?: true;
}

export type TableKey =
  'activities' | 'checklist' | 'roles' | 'corps' | 'indicators' | 'communication' | 'needsAnalysis';

export interface TableSheetSpec<K extends TableKey = TableKey> {
  readonly key: K;
  readonly sheet: Label;
  /** Excel table (ListObject) name; ASCII, the same in both languages. */
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  /** One line shown above the table telling the coordinator what to fill in. */
  readonly intro: Label;
}

export interface FormFieldSpec extends ColumnSpec {
  readonly key: string;
}

export const FRONT_SHEET = {
  sheet: { da: 'Forside', en: 'Cover' },
  title: {
    da: 'Implementeringsplan for den lokale mentor- og forældrecoachindsats',
    en: 'Implementation plan for the local mentor and parent-coach effort',
  },
  fields: [
    {
      key: 'municipality',
      field: 'municipality',
      label: { da: 'Kommune', en: 'Municipality' },
      kind: 'list',
      list: 'municipality',
      required: true,
      width: 40,
      aliases: [
        'kommunenavn',
        'kommunekode',
        'municipality name',
        'municipality code',
        'council',
        'kommune navn',
        'kommunens navn',
      ],
    },
    {
      key: 'period',
      field: 'period',
      label: { da: 'Periode', en: 'Reporting period' },
      kind: 'list',
      list: 'period',
      required: true,
      width: 40,
      aliases: [
        'rapporteringsperiode',
        'halvår',
        'period',
        'periode (halvår)',
        'periode',
        'opfølgningsperiode',
        'reporting period',
      ],
      help: { da: 'Halvår, fx 2026-H2', en: 'Half-year, e.g. 2026-H2' },
    },
    {
      key: 'phase',
      field: 'phase',
      label: { da: 'Fase', en: 'Phase' },
      kind: 'list',
      list: 'phase',
      required: true,
      width: 40,
      aliases: ['implementeringsfase', 'implementation phase', 'stage', 'fase', 'nuværende fase'],
    },
    {
      key: 'coordinatorName',
      field: 'coordinator.name',
      label: { da: 'Koordinator', en: 'Coordinator' },
      kind: 'text',
      width: 40,
      aliases: [
        'koordinatorens navn',
        'koordinator navn',
        'tovholder',
        "coordinator's name",
        'coordinator name',
        'lokal koordinator',
        'koordinatorer',
        'kontaktperson',
        'koordinator (navn)',
        'korpskoordinator',
        'projektkoordinator',
        'implementeringskoordinator',
        'kommunal koordinator',
        // A project tool's project facts: the project leader runs the effort day to day.
        'projektleder',
        'project manager',
      ],
    },
    {
      key: 'coordinatorEmail',
      field: 'coordinator.email',
      label: { da: 'Koordinatorens e-mail', en: "Coordinator's email" },
      kind: 'email',
      width: 40,
      aliases: [
        'koordinator e-mail',
        'koordinator email',
        'e-mail koordinator',
        'coordinator email',
        'koordinators e-mail',
        'mail koordinator',
        'koordinator mail',
      ],
    },
    {
      key: 'leaderName',
      field: 'leader.name',
      label: { da: 'Leder', en: 'Leader' },
      kind: 'text',
      width: 40,
      aliases: [
        'ansvarlig leder',
        'lederens navn',
        'leder navn',
        'manager',
        "leader's name",
        'leader name',
        'leder (navn)',
        'chef',
        'ledelsesansvarlig',
        'ledelsesrepræsentant',
        'direktør',
        'ansvarlig chef',
        'afdelingschef',
        'sektorchef',
        'centerchef',
        'fagchef',
        // A project tool's project facts: the owner is the leader who answers for the effort.
        'projektejer',
        'project owner',
      ],
    },
    {
      key: 'leaderEmail',
      field: 'leader.email',
      label: { da: 'Lederens e-mail', en: "Leader's email" },
      kind: 'email',
      width: 40,
      aliases: [
        'leder e-mail',
        'leder email',
        'e-mail leder',
        'leader email',
        'manager email',
        'leders e-mail',
        'mail leder',
        'leder mail',
      ],
    },
    {
      key: 'organisation',
      field: 'organisation',
      label: { da: 'Organisatorisk forankring', en: 'Organisational anchoring' },
      kind: 'list',
      list: 'organisation',
      width: 40,
      aliases: [
        'forankring',
        'forvaltning',
        'forankret i',
        'organisation',
        'organization',
        'department',
        'organisatorisk forankring',
      ],
    },
    {
      key: 'supervisionModel',
      field: 'supervisionModel',
      label: { da: 'Supervisionsmodel', en: 'Supervision model' },
      kind: 'list',
      list: 'supervisionModel',
      width: 40,
      aliases: ['supervision', 'model for supervision', 'supervisor'],
    },
    {
      key: 'templateVersion',
      field: 'templateVersion',
      label: { da: 'Skabelonversion', en: 'Template version' },
      kind: 'text',
      width: 40,
      aliases: ['version', 'skabelon version'],
    },
    {
      key: 'lastSubmitted',
      field: 'lastSubmitted',
      label: { da: 'Sidst indsendt', en: 'Last submitted' },
      kind: 'text',
      width: 40,
      aliases: ['indsendt', 'last submission'],
    },
    {
      key: 'receiptId',
      field: 'receiptId',
      label: { da: 'Kvitteringsnummer', en: 'Receipt id' },
      kind: 'text',
      width: 40,
      aliases: ['kvittering', 'receipt'],
    },
  ],
} as const satisfies { sheet: Label; title: Label; fields: readonly FormFieldSpec[] };

export type FrontFieldKey = (typeof FRONT_SHEET.fields)[number]['key'];

export const ACTIVITIES_SHEET = {
  key: 'activities',
  sheet: { da: 'Implementeringsplan', en: 'Implementation plan' },
  tableName: 'Aktiviteter',
  intro: {
    da: 'Én række pr. aktivitet. Status "forsinket" udregnes automatisk, når deadline er overskredet.',
    en: 'One row per activity. "Late" is worked out automatically when the deadline has passed.',
  },
  columns: [
    {
      field: 'start',
      label: { da: 'Start', en: 'Start' },
      kind: 'date',
      width: 12,
      aliases: [
        'startdato',
        'start dato',
        'påbegyndes',
        'fra',
        'start date',
        'from',
        'begins',
        'opstart',
        'starttidspunkt',
        'begyndes',
      ],
    },
    {
      field: 'deadline',
      label: { da: 'Deadline', en: 'Deadline' },
      kind: 'date',
      required: true,
      width: 12,
      aliases: [
        'tidsplan',
        'frist',
        'slutdato',
        'slut',
        'dato',
        'tidspunkt',
        'hvornår',
        'færdig senest',
        'senest',
        'udføres senest',
        'til',
        'due',
        'due date',
        'end date',
        'end',
        'date',
        'when',
        'timeline',
        'timing',
        'tidsramme',
        'tidsfrist',
        'slut dato',
        'afsluttes',
        'deadline dato',
        'time frame',
        'timeframe',
      ],
    },
    {
      field: 'theme',
      label: { da: 'Indsatsområde', en: 'Focus area' },
      kind: 'list',
      list: 'theme',
      required: true,
      width: 26,
      aliases: [
        'tema',
        'tematik',
        'fokusområde',
        'område',
        'indsatsområde (tema)',
        'theme',
        'area',
        'topic',
        'focus',
        'indsatsområder',
        'temaer',
        'fokusområder',
        'tema indsatsområde',
      ],
    },
    {
      field: 'activity',
      label: { da: 'Aktivitet', en: 'Activity' },
      kind: 'text',
      required: true,
      width: 40,
      aliases: [
        'aktiviteter',
        'indsats',
        'handling',
        'opgave',
        'tiltag',
        'beskrivelse',
        'activities',
        'action',
        'task',
        'description',
        'aktivitetsbeskrivelse',
        'indsatser',
        'handlinger',
        'aktivitet indsats',
        'hvad skal ske',
        'hvad skal der ske',
      ],
    },
    {
      field: 'milestone',
      label: { da: 'Milepæl', en: 'Milestone' },
      kind: 'text',
      width: 30,
      aliases: [
        'milepæle',
        'delmål',
        'mål',
        'succeskriterie',
        'milestones',
        'goal',
        'target',
        'succeskriterier',
        'forventet resultat',
        'milepæl og mål',
      ],
    },
    {
      field: 'responsible',
      label: { da: 'Ansvarlig', en: 'Responsible' },
      kind: 'text',
      required: true,
      width: 20,
      aliases: [
        'tovholder',
        'ansvarlige',
        'ejer',
        'hvem',
        'owner',
        'responsible person',
        'lead',
        'who',
        'ansvarshavende',
        'tovholdere',
        'udføres af',
        'hvem er ansvarlig',
        'ansvarlig person',
      ],
    },
    {
      field: 'status',
      label: { da: 'Status', en: 'Status' },
      kind: 'list',
      list: 'status',
      required: true,
      width: 16,
      aliases: ['stade', 'state', 'progress', 'fremdrift', 'status nu', 'hvor langt er vi'],
    },
    {
      field: 'anchoring',
      label: { da: 'Forankring', en: 'Anchoring' },
      kind: 'list',
      list: 'anchoring',
      width: 26,
      aliases: [
        'forankring af aktivitet',
        'videreførelse',
        'sustainability',
        'continuation',
        'forankres',
        'forankring i drift',
      ],
    },
    {
      field: 'evaluation',
      label: { da: 'Evaluering af resultat', en: 'Evaluation of result' },
      kind: 'text',
      width: 40,
      aliases: [
        'evaluering',
        'resultat',
        'opfølgning',
        'bemærkninger',
        'evaluation',
        'result',
        'outcome',
        'evaluation of results',
        'evaluering af resultatet',
        'evaluering resultat',
        'opfølgning og evaluering',
        'hvad kom der ud af det',
        'hvad blev resultatet',
      ],
    },
  ],
} as const satisfies TableSheetSpec<'activities'>;

export const CHECKLIST_SHEET = {
  key: 'checklist',
  sheet: { da: 'Huskeliste', en: 'Checklist' },
  tableName: 'Huskeliste',
  intro: {
    da: 'Vælg Ja, Delvist eller Nej ud for hvert spørgsmål.',
    en: 'Choose Yes, Partly or No for each question.',
  },
  columns: [
    {
      field: 'id',
      label: { da: 'Nr.', en: 'No.' },
      kind: 'text',
      required: true,
      width: 6,
      aliases: ['nr', 'id', 'no', 'number', 'nummer', 'spørgsmål nr'],
    },
    {
      field: 'group',
      label: { da: 'Huskeliste', en: 'Checklist' },
      kind: 'text',
      width: 26,
      aliases: ['liste', 'tjekliste', 'list', 'gruppe', 'group', 'huskeliste'],
    },
    {
      field: 'question',
      label: { da: 'Spørgsmål', en: 'Question' },
      kind: 'text',
      required: true,
      width: 80,
      aliases: [
        'huskeliste spørgsmål',
        'huskeliste spørgsmål',
        'questions',
        'spørgsmål til huskeliste',
        'tjekpunkt',
        'checklist question',
      ],
    },
    {
      field: 'answer',
      label: { da: 'Svar', en: 'Answer' },
      kind: 'list',
      list: 'answer',
      width: 12,
      aliases: ['besvarelse', 'answer', 'vurdering', 'assessment', 'parathed', 'readiness'],
    },
    {
      field: 'comment',
      label: { da: 'Kommentar', en: 'Comment' },
      kind: 'text',
      width: 40,
      aliases: ['bemærkning', 'bemærkninger', 'kommentarer', 'note', 'notes', 'comments'],
    },
  ],
} as const satisfies TableSheetSpec<'checklist'>;

export const ROLES_SHEET = {
  key: 'roles',
  sheet: { da: 'Roller', en: 'Roles' },
  tableName: 'Roller',
  intro: { da: 'Hvem gør hvad, hvornår og med hvilket formål.', en: 'Who does what, when and why.' },
  columns: [
    {
      field: 'role',
      label: { da: 'Rolle', en: 'Role' },
      kind: 'text',
      required: true,
      width: 28,
      aliases: ['roller', 'funktion', 'roles', 'rolle funktion', 'rolle/funktion'],
    },
    {
      field: 'name',
      label: { da: 'Navn', en: 'Name' },
      kind: 'text',
      required: true,
      width: 28,
      aliases: ['navne', 'person', 'names'],
    },
    {
      field: 'responsibilities',
      label: { da: 'Ansvar og opgaver', en: 'Responsibilities' },
      kind: 'text',
      width: 70,
      aliases: [
        'ansvar',
        'opgaver',
        'ansvar og opgaver',
        'tasks',
        'responsibilities and tasks',
        'ansvarsområder',
        'opgaver og ansvar',
        'beskrivelse',
      ],
    },
  ],
} as const satisfies TableSheetSpec<'roles'>;

export const CORPS_SHEET = {
  key: 'corps',
  sheet: { da: 'Korps', en: 'Corps' },
  tableName: 'Korps',
  intro: {
    da: 'Uddannede mentorer og forældrecoaches. Skriv kun initialer – aldrig navne eller CPR-numre på borgere.',
    en: 'Trained mentors and parent coaches. Initials only – never names or CPR numbers of citizens.',
  },
  columns: [
    {
      field: 'initials',
      label: { da: 'Initialer', en: 'Initials' },
      kind: 'text',
      required: true,
      width: 12,
      // A corps kept by name ("Medarbejder", "Navn") is read as initials (core/structure/tables.ts).
      aliases: [
        'init',
        'init.',
        'initials',
        'initial',
        'medarbejder initialer',
        'medarbejder',
        'navn',
        'name',
        'korpsmedlem',
      ],
    },
    {
      field: 'role',
      label: { da: 'Rolle', en: 'Role' },
      kind: 'list',
      list: 'corpsRole',
      required: true,
      width: 26,
      aliases: ['funktion', 'korpsrolle', 'type', 'corps role'],
    },
    {
      field: 'department',
      label: { da: 'Afdeling', en: 'Department' },
      kind: 'text',
      width: 26,
      aliases: ['forvaltning', 'område', 'arbejdssted', 'team', 'department'],
    },
    {
      field: 'trainedOn',
      label: { da: 'Uddannet', en: 'Trained on' },
      kind: 'date',
      width: 14,
      aliases: [
        'uddannet dato',
        'uddannelsesdato',
        'dato for uddannelse',
        'trained',
        'training date',
        'uddannet den',
      ],
    },
    {
      field: 'hoursPerWeek',
      label: { da: 'Timer pr. uge', en: 'Hours per week' },
      kind: 'number',
      required: true,
      width: 14,
      aliases: [
        'timer',
        'timer/uge',
        'ugentlige timer',
        'timer om ugen',
        'hours',
        'hours/week',
        'weekly hours',
        'timer pr uge',
        'ugentligt timetal',
        'timetal',
      ],
    },
    {
      field: 'activeCases',
      label: { da: 'Aktive forløb', en: 'Active cases' },
      kind: 'integer',
      required: true,
      width: 14,
      aliases: [
        'forløb',
        'antal forløb',
        'aktive sager',
        'deltagere',
        'cases',
        'active participants',
        'participants',
        'antal aktive forløb',
        'forløb i alt',
        'sager',
        'antal sager',
        'familier',
        'antal familier',
        'aktive familier',
        'antal unge',
      ],
    },
  ],
} as const satisfies TableSheetSpec<'corps'>;

export const INDICATORS_SHEET = {
  key: 'indicators',
  sheet: { da: 'Indikatorer', en: 'Indicators' },
  tableName: 'Indikatorer',
  intro: {
    da: 'Vælg en indikator fra kataloget, så tallet lægges sammen på tværs af korpset, eller skriv jeres egen indikator.',
    en: 'Choose a catalogue indicator so the figure is added up across the corps, or write your own indicator.',
  },
  columns: [
    {
      field: 'code',
      label: { da: 'Katalogindikator', en: 'Catalogue indicator' },
      kind: 'text',
      catalogue: true,
      width: 32,
      aliases: ['kode', 'code', 'indikatorkode', 'katalogkode', 'indicator code', 'katalog', 'catalogue'],
      help: {
        da: 'Vælg indikatoren fra kataloget, eller lad feltet stå tomt for jeres egen indikator',
        en: 'Choose the indicator from the catalogue, or leave blank for your own indicator',
      },
    },
    {
      field: 'name',
      label: { da: 'Indikator', en: 'Indicator' },
      kind: 'text',
      required: true,
      width: 40,
      aliases: [
        'navn',
        'indikatornavn',
        'måling',
        'name',
        'indicator name',
        'measure',
        'indikator navn',
        // A consultant's key performance indicators.
        'kpi',
        'kpis',
        'key performance indicator',
        'nøgletal',
      ],
    },
    {
      field: 'unit',
      label: { da: 'Enhed', en: 'Unit' },
      kind: 'list',
      list: 'unit',
      required: true,
      width: 10,
      aliases: ['måleenhed', 'unit'],
    },
    {
      field: 'baseline',
      label: { da: 'Udgangspunkt', en: 'Baseline' },
      kind: 'number',
      width: 12,
      aliases: ['baseline', 'start', 'nulpunkt'],
    },
    {
      field: 'target',
      label: { da: 'Mål', en: 'Target' },
      kind: 'number',
      width: 10,
      aliases: ['målsætning', 'måltal', 'target', 'goal'],
    },
    {
      field: 'result',
      label: { da: 'Resultat', en: 'Result' },
      kind: 'number',
      width: 10,
      aliases: ['opnået', 'status', 'actual', 'result'],
    },
    {
      field: 'cases',
      label: { da: 'Antal forløb (n)', en: 'Number of cases (n)' },
      kind: 'integer',
      width: 14,
      aliases: ['n', 'antal', 'antal forløb', 'cases', 'number of cases'],
    },
    {
      field: 'measuredOn',
      label: { da: 'Målt den', en: 'Measured on' },
      kind: 'date',
      width: 12,
      aliases: ['dato', 'måledato', 'date', 'measured'],
    },
    {
      field: 'owner',
      label: { da: 'Indsamles af', en: 'Collected by' },
      kind: 'text',
      width: 20,
      aliases: ['ansvarlig', 'hvem indsamler', 'owner', 'responsible'],
    },
    {
      field: 'source',
      label: { da: 'Kilde', en: 'Source' },
      kind: 'text',
      width: 24,
      aliases: ['datakilde', 'data source'],
    },
    {
      field: 'comment',
      label: { da: 'Kommentar', en: 'Comment' },
      kind: 'text',
      width: 40,
      since: '1.1',
      aliases: ['bemærkning', 'bemærkninger', 'kommentarer', 'note', 'noter', 'notes', 'comments', 'remarks'],
    },
  ],
} as const satisfies TableSheetSpec<'indicators'>;

export const COMMUNICATION_SHEET = {
  key: 'communication',
  sheet: { da: 'Kommunikation', en: 'Communication' },
  tableName: 'Kommunikation',
  intro: {
    da: 'Hvem skal vide hvad, hvordan og hvornår (implementeringsvejledningen, afsnit 2.3).',
    en: 'Who needs to know what, how and when.',
  },
  columns: [
    {
      field: 'audience',
      label: { da: 'Målgruppe', en: 'Audience' },
      kind: 'text',
      required: true,
      width: 26,
      aliases: ['hvem', 'modtager', 'modtagere', 'to whom', 'recipients', 'til hvem', 'målgrupper'],
    },
    {
      field: 'message',
      label: { da: 'Budskab', en: 'Message' },
      kind: 'text',
      required: true,
      width: 40,
      aliases: ['hvad', 'indhold', 'what', 'content', 'budskaber', 'hvad skal kommunikeres'],
    },
    {
      field: 'channel',
      label: { da: 'Kanal', en: 'Channel' },
      kind: 'text',
      required: true,
      width: 24,
      aliases: ['hvordan', 'medie', 'form', 'how', 'medium', 'kanaler', 'kommunikationskanal'],
    },
    {
      field: 'when',
      label: { da: 'Hvornår', en: 'When' },
      kind: 'text',
      required: true,
      width: 16,
      aliases: ['tidspunkt', 'dato', 'date', 'timing'],
    },
    {
      field: 'responsible',
      label: { da: 'Ansvarlig', en: 'Responsible' },
      kind: 'text',
      required: true,
      width: 20,
      aliases: ['tovholder', 'afsender', 'owner', 'sender'],
    },
  ],
} as const satisfies TableSheetSpec<'communication'>;

export const NEEDS_SHEET = {
  key: 'needsAnalysis',
  sheet: { da: 'Behovsanalyse', en: 'Needs analysis' },
  tableName: 'Behovsanalyse',
  intro: {
    da: 'Ledelsen og koordinatoren drøfter spørgsmålene og skriver svarene her (implementeringsvejledningen, afsnit 1.1).',
    en: 'Management and the coordinator discuss the questions and write the answers here.',
  },
  columns: [
    {
      field: 'id',
      label: { da: 'Nr.', en: 'No.' },
      kind: 'text',
      required: true,
      width: 6,
      aliases: ['nr', 'id', 'no'],
    },
    {
      field: 'question',
      label: { da: 'Spørgsmål', en: 'Question' },
      kind: 'text',
      required: true,
      width: 70,
      aliases: ['questions'],
    },
    {
      field: 'answer',
      label: { da: 'Svar', en: 'Answer' },
      kind: 'text',
      width: 70,
      aliases: ['besvarelse', 'vores svar', 'answer', 'response', 'svar'],
    },
  ],
} as const satisfies TableSheetSpec<'needsAnalysis'>;

export const TABLE_SHEETS = [
  ACTIVITIES_SHEET,
  CHECKLIST_SHEET,
  ROLES_SHEET,
  CORPS_SHEET,
  INDICATORS_SHEET,
  COMMUNICATION_SHEET,
  NEEDS_SHEET,
] as const;

/** The hidden sheet holding the dropdown lists and the template marker. */
export const LISTS_SHEET = { da: 'Lister', en: 'Lists' } as const satisfies Label;

/**
 * Marker written into the lists sheet's A1 so that a reader recognises a workbook in the template
 * layout. Followed in the same column by `sourceSheets:` and the names of original sheets that
 * `korpsplan structure` kept beside the template (they are archive, not plan data).
 */
export const TEMPLATE_MARKER = 'korpsplan-template';
export const SOURCE_SHEETS_MARKER = 'sourceSheets';
/**
 * Header of the lists sheet's column of checklist answers carried from the previous half-year and
 * not yet confirmed ("F1=yes@2026-H1" below it); confirming an answer removes its line.
 */
export const CARRIED_MARKER = 'carriedAnswers';

export function sheetName(spec: { sheet: Label }, lang: Lang): string {
  return spec.sheet[lang];
}

export function listValue(list: ListId, id: string): ListValue | undefined {
  return (LISTS[list] as readonly ListValue[]).find((v) => v.id === id);
}

export function listLabel(list: ListId, id: string, lang: Lang): string {
  const v = listValue(list, id);
  if (!v) throw new Error(`Unknown ${list} value: ${id}`);
  return v.label[lang];
}

// ---------------------------------------------------------------------------------------------
// Template versions: what each version has

export function isTemplateVersion(v: unknown): v is TemplateVersion {
  return typeof v === 'string' && (TEMPLATE_VERSIONS as readonly string[]).includes(v);
}

/** Negative when a is older than b, 0 when equal, positive when newer (known versions only). */
export function compareVersions(a: TemplateVersion, b: TemplateVersion): number {
  return TEMPLATE_VERSIONS.indexOf(a) - TEMPLATE_VERSIONS.indexOf(b);
}

/** Whether something introduced in `since` is part of `version`. */
export function inVersion(since: TemplateVersion | undefined, version: TemplateVersion): boolean {
  return since === undefined || compareVersions(since, version) <= 0;
}

/**
 * The version whose rules apply to a workbook or plan that names `version`: a known version is
 * itself; nothing named (a coordinator's own layout) or an unknown name reads as the current one.
 */
export function versionOf(version: string | undefined): TemplateVersion {
  return isTemplateVersion(version) ? version : TEMPLATE_VERSION;
}

/** The checklist questions of a template version, in CHECKLIST order. */
export function checklistFor(version: TemplateVersion): readonly ChecklistQuestion[] {
  return CHECKLIST.filter((q) => inVersion(q.since, version));
}

/** A table sheet as a template version has it: the columns that version had. */
export function tableSpecFor<S extends TableSheetSpec>(spec: S, version: TemplateVersion): S {
  const columns = spec.columns.filter((c) => inVersion(c.since, version));
  return columns.length === spec.columns.length ? spec : { ...spec, columns };
}

/** The questions and columns a version added over the one before it (for messages and migrations). */
export function addedIn(version: TemplateVersion): {
  readonly questions: readonly ChecklistQuestion[];
  readonly columns: readonly { readonly table: TableKey; readonly column: ColumnSpec }[];
} {
  return {
    questions: CHECKLIST.filter((q) => q.since === version),
    columns: TABLE_SHEETS.flatMap((t) =>
      (t.columns as readonly ColumnSpec[])
        .filter((c) => c.since === version)
        .map((column) => ({ table: t.key, column })),
    ),
  };
}

/** The ids of each list as ranges, e.g. "F1–F7, L1–L9" (for messages). */
export function checklistRanges(questions: readonly ChecklistQuestion[] = CHECKLIST): string {
  const groups: ChecklistGroup[] = ['preparation', 'ongoing'];
  return groups
    .map((g) => questions.filter((q) => q.group === g).map((q) => q.id))
    .filter((ids) => ids.length > 0)
    .map((ids) => (ids.length === 1 ? ids[0] : `${ids[0]}–${ids[ids.length - 1]}`))
    .join(', ');
}

/** The checklist counts of a receipt: answered over the questions of the plan's own template version. */
export function checklistCounts(plan: {
  readonly templateVersion?: string;
  readonly checklist: readonly { readonly id: string; readonly answer: unknown }[];
}): {
  checklistAnswered: number;
  checklistQuestions: number;
} {
  const questions = checklistFor(versionOf(plan.templateVersion));
  const answered = questions.filter((q) => plan.checklist.some((c) => c.id === q.id && c.answer !== null));
  return { checklistAnswered: answered.length, checklistQuestions: questions.length };
}

// ---------------------------------------------------------------------------------------------
// Names of fields and periods in messages

/** The spec of a field named "table.field" or "cover.key"; undefined for a name no sheet has. */
export function fieldSpec(field: string): ColumnSpec | undefined {
  const dot = field.indexOf('.');
  if (dot < 0) return undefined;
  const table = field.slice(0, dot);
  const key = field.slice(dot + 1);
  if (table === 'cover') return FRONT_SHEET.fields.find((f) => f.key === key);
  return TABLE_SHEETS.find((s) => s.key === table)?.columns.find((c) => c.field === key);
}

/**
 * A field's name as a person reads it, in both languages: "activities.evaluation" → "Evaluering af
 * resultat"; a column read as one of a field's values ("checklist.answer.partly", a Ja/Delvist/Nej
 * column) → "Svar (Delvist)"; a responsibility matrix's columns ("activities.responsible.raci") →
 * "Ansvarlig (RACI)". A name no sheet has is given back as it is.
 */
export function fieldLabel(field: string): Label {
  const own = fieldSpec(field);
  if (own) return own.label;
  const last = field.lastIndexOf('.');
  const base = last > 0 ? fieldSpec(field.slice(0, last)) : undefined;
  if (!base) return { da: field, en: field };
  const part = field.slice(last + 1);
  const value = base.list ? (LISTS[base.list] as readonly ListValue[]).find((v) => v.id === part) : undefined;
  const what = value ? value.label : { da: part.toUpperCase(), en: part.toUpperCase() };
  return { da: `${base.label.da} (${what.da})`, en: `${base.label.en} (${what.en})` };
}

/** A table's name as the template's sheet names it ("activities" → Implementeringsplan); a name no sheet has as it is. */
export function tableLabel(table: string): Label {
  if (table === 'cover') return FRONT_SHEET.sheet;
  return TABLE_SHEETS.find((s) => s.key === table)?.sheet ?? { da: table, en: table };
}

/** A field's value as a person reads it: a list's id by its label ("done" → Gennemført), other values as they are. */
export function valueName(field: string, value: string): Label {
  const list = fieldSpec(field)?.list;
  return list ? listValueName(list, value) : { da: value, en: value };
}

/** A list's value by its label; an id the list does not have as it is. */
export function listValueName(list: ListId, id: string): Label {
  const v = (LISTS[list] as readonly ListValue[]).find((x) => x.id === id);
  return v ? v.label : { da: id, en: id };
}

/** A half-year as a person says it in Danish: "2026-H2" → "2. halvår 2026"; other text as it is. */
export function periodName(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period);
  return m ? `${m[2]}. halvår ${m[1]}` : period;
}
