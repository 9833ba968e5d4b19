// Every word of the corps summary workbook, in Danish and English.

import type { Label, Lang } from '../spec';
import type { BandId, DistributionBin, WarningCode } from './figures';

/** The keys of the built-in sheets (core/summary/registry.ts). */
export type BuiltinSheetKey =
  | 'resume'
  | 'overview'
  | 'charts'
  | 'checklists'
  | 'activities'
  | 'milestones'
  | 'indicators'
  | 'indicatorsByMunicipality'
  | 'ownIndicators'
  | 'corps'
  | 'change'
  | 'submissions'
  | 'about';

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
export const SHEET_NAMES: Record<BuiltinSheetKey, Label> = {
  resume: { da: 'Resumé', en: 'Summary' },
  overview: { da: 'Overblik', en: 'Overview' },
  charts: { da: 'Diagrammer', en: 'Charts' },
  checklists: { da: 'Tjeklister', en: 'Checklists' },
  activities: { da: 'Aktiviteter', en: 'Activities' },
  milestones: { da: 'Milepæle', en: 'Milestones' },
  indicators: { da: 'Indikatorer', en: 'Indicators' },
  indicatorsByMunicipality: { da: 'Indikatorer pr. kommune', en: 'Indicators by municipality' },
  ownIndicators: { da: 'Egne indikatorer', en: 'Own indicators' },
  corps: { da: 'Korps', en: 'Corps' },
  change: { da: 'Udvikling', en: 'Change' },
  submissions: { da: 'Indsendelser', en: 'Submissions' },
  about: { da: 'Om data', en: 'About the data' },
};

export const TITLES: Record<BuiltinSheetKey, Label> = {
  resume: { da: 'Resumé for ledelsen', en: 'Summary for the leaders' },
  overview: { da: 'Overblik over korpset', en: 'Overview of the corps' },
  charts: { da: 'Diagrammer', en: 'Charts' },
  checklists: { da: 'Huskelisterne side om side', en: 'The checklists side by side' },
  activities: { da: 'Alle aktiviteter', en: 'All activities' },
  milestones: {
    da: 'Milepæle: overskredne og de næste 90 dage',
    en: 'Milestones: overdue and the next 90 days',
  },
  indicators: { da: 'Indikatorer på tværs af korpset', en: 'Indicators across the corps' },
  indicatorsByMunicipality: {
    da: 'Indikatorerne kommune for kommune',
    en: 'The indicators municipality by municipality',
  },
  ownIndicators: {
    da: 'Kommunernes egne indikatorer (lægges ikke sammen)',
    en: "The municipalities' own indicators (not added up)",
  },
  corps: { da: 'Mentorer og forældrecoaches', en: 'Mentors and parent coaches' },
  change: { da: 'Udvikling siden forrige periode', en: 'Change since the previous period' },
  submissions: {
    da: 'Indsendelser bag tallene',
    en: 'The submissions behind the figures',
  },
  about: { da: 'Om data', en: 'About the data' },
};

export const MISSING: Label = { da: 'mangler', en: 'missing' };
export const YES: Label = { da: 'Ja', en: 'Yes' };
export const NO: Label = { da: 'Nej', en: 'No' };
export const UNANSWERED: Label = { da: 'Ubesvaret', en: 'Unanswered' };
export const NONE_TEXT: Label = { da: 'ingen', en: 'none' };

export const BAND_LABELS: Record<BandId, Label> = {
  under10: { da: 'Under 10', en: 'Under 10' },
  b10_14: { da: '10–14', en: '10–14' },
  b15_19: { da: '15–19', en: '15–19' },
  b20plus: { da: '20+', en: '20+' },
};

export const BIN_LABELS: Record<DistributionBin, Label> = {
  zero: { da: '0', en: '0' },
  b1_4: { da: '1–4', en: '1–4' },
  b5_9: { da: '5–9', en: '5–9' },
  b10_24: { da: '10–24', en: '10–24' },
  b25_49: { da: '25–49', en: '25–49' },
  b50plus: { da: '50+', en: '50+' },
};

/** Warning texts, short enough for one line of the overview; {n} is the count. */
export const WARNING_TEXTS: Record<WarningCode, { one: Label; many: Label }> = {
  not_expected: {
    one: { da: 'ikke på listen over forventede', en: 'not on the expected list' },
    many: { da: 'ikke på listen over forventede', en: 'not on the expected list' },
  },
  activity_late: {
    one: { da: '1 forsinket', en: '1 late' },
    many: { da: '{n} forsinkede', en: '{n} late' },
  },
  coordinator_missing: {
    one: { da: 'ingen koordinator', en: 'no coordinator' },
    many: { da: 'ingen koordinator', en: 'no coordinator' },
  },
  theme_without_activity: {
    one: { da: '1 tema uden aktivitet', en: '1 theme without activity' },
    many: { da: '{n} temaer uden aktivitet', en: '{n} themes without activity' },
  },
  checklist_unanswered: {
    one: { da: '1 ubesvaret', en: '1 unanswered' },
    many: { da: '{n} ubesvarede', en: '{n} unanswered' },
  },
  done_without_evaluation: {
    one: { da: '1 uden evaluering', en: '1 without evaluation' },
    many: { da: '{n} uden evaluering', en: '{n} without evaluation' },
  },
  milestone_missing: {
    one: { da: '1 uden milepæl', en: '1 without milestone' },
    many: { da: '{n} uden milepæl', en: '{n} without milestone' },
  },
  corps_too_small: {
    one: { da: 'korps under 2', en: 'corps under 2' },
    many: { da: 'korps under 2', en: 'corps under 2' },
  },
  caseload_high: {
    one: { da: 'over 20 pr. årsværk', en: 'over 20 per post' },
    many: { da: 'over 20 pr. årsværk', en: 'over 20 per post' },
  },
  indicator_small_number: {
    one: { da: '1 indikator under 5', en: '1 indicator under 5' },
    many: { da: '{n} indikatorer under 5', en: '{n} indicators under 5' },
  },
};

export const OWN_REASONS: Record<'unknown_code' | 'unit_mismatch' | 'duplicate', Label> = {
  unknown_code: { da: 'koden findes ikke i kataloget', en: 'the code is not in the catalogue' },
  unit_mismatch: { da: 'enheden passer ikke til kataloget', en: 'the unit does not match the catalogue' },
  duplicate: {
    da: 'samme kode er målt senere i planen',
    en: 'the same code was measured later in the plan',
  },
};

export function t(label: Label, lang: Lang): string {
  return label[lang];
}

/**
 * A label in `lang` with its placeholders ("{count}") filled in from `vars`, in one pass (a value
 * is never read as a placeholder). A placeholder without a value is an error, never left in the text.
 */
export function fill(label: Label, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return label[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`label "${label.da}" needs a value for {${name}}`);
    return String(value);
  });
}

/** Words several sheets share. */
export const WORDS = {
  municipality: { da: 'Kommune', en: 'Municipality' },
  municipalities: { da: 'Kommuner', en: 'Municipalities' },
  region: { da: 'Region', en: 'Region' },
  phase: { da: 'Fase', en: 'Phase' },
  focusArea: { da: 'Indsatsområde', en: 'Focus area' },
  activity: { da: 'Aktivitet', en: 'Activity' },
  milestone: { da: 'Milepæl', en: 'Milestone' },
  start: { da: 'Start', en: 'Start' },
  deadline: { da: 'Deadline', en: 'Deadline' },
  responsible: { da: 'Ansvarlig', en: 'Responsible' },
  status: { da: 'Status', en: 'Status' },
  indicator: { da: 'Indikator', en: 'Indicator' },
  code: { da: 'Kode', en: 'Code' },
  change: { da: 'Ændring', en: 'Change' },
  keyFigure: { da: 'Nøgletal', en: 'Key figure' },
  preparation: { da: 'Forberedelse', en: 'Preparation' },
  ongoing: { da: 'Løbende', en: 'Ongoing' },
  late: { da: 'Forsinkede', en: 'Late' },
  participantsPerFte: { da: 'Deltagere pr. årsværk', en: 'Participants per full-time post' },
  supervisionModel: { da: 'Supervisionsmodel', en: 'Supervision model' },
  organisation: { da: 'Organisatorisk forankring', en: 'Organisational anchoring' },
  notGiven: { da: 'Ikke angivet', en: 'Not given' },
  hiddenCases: { da: 'Skjult ({marker} forløb)', en: 'Hidden ({marker} cases)' },
  unknownNoHours: { da: 'Ukendt (ingen timer)', en: 'Unknown (no hours)' },
  previousPeriodOf: { da: 'Forrige periode ({period})', en: 'Previous period ({period})' },
  coordinatorNote: { da: 'Koordinatorens bemærkning', en: "Coordinator's note" },
  /** A change over a hidden figure: the span it lies in. */
  changeSpan: { da: 'fra {lo} til {hi}', en: 'from {lo} to {hi}' },
} as const satisfies Record<string, Label>;

/** The line of context under every sheet's title, its parts joined by " · ". */
export const SUBTITLE = {
  period: { da: 'Periode {period}', en: 'Period {period}' },
  submitted: {
    da: '{submitted} af {expected} forventede kommuner har indsendt, {missing} mangler',
    en: '{submitted} of {expected} expected municipalities have submitted, {missing} missing',
  },
  lateAsOf: { da: 'forsinket vurderet pr. {day}', en: 'late as of {day}' },
  made: { da: 'dannet {instant}', en: 'made {instant}' },
} as const satisfies Record<string, Label>;

/** The workbook's own title and subject (document properties; the title is also the footer). */
export const WORKBOOK = {
  title: { da: 'Korpsoversigt {period}', en: 'Corps summary {period}' },
  subject: {
    da: 'Mentor- og forældrecoachkorpset: implementeringsplaner',
    en: 'The mentor and parent-coach corps: implementation plans',
  },
} as const satisfies Record<string, Label>;

/** Dates and times in texts. */
export const TIME_WORDS = {
  at: { da: '{day} kl. {hour}.{minute}', en: '{day} at {hour}:{minute}' },
} as const satisfies Record<string, Label>;

/** Plans of several template versions (core/summary/versions.ts). */
export const VERSIONS_WORDS = {
  notInTemplate: { da: 'ikke i skabelonen', en: 'not in the template' },
  onePlan: { da: '{version} (1 plan)', en: '{version} (1 plan)' },
  plans: { da: '{version} ({count} planer)', en: '{version} ({count} plans)' },
  mixed: {
    da: 'Planer fra en ældre skabelon har ikke spørgsmål {ids}; de står som "{notInTemplate}" (ikke som ubesvaret), og parathed er regnet over de spørgsmål, planens skabelon havde.',
    en: 'Plans from an older template do not have question {ids}; they show as "{notInTemplate}" (not as unanswered), and readiness is computed over the questions the plan\'s template had.',
  },
} as const satisfies Record<string, Label>;

export * from './labels/overview';

/** "{n} …" texts: picks one/many and fills in n. */
export function countText(texts: { one: Label; many: Label }, n: number, lang: Lang): string {
  return (n === 1 ? texts.one : texts.many)[lang].replace('{n}', String(n));
}

/** Danish/English number with a decimal comma/point. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** 12.11.2026 / 12 Nov 2026 style day for texts. */
export function formatDay(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  return lang === 'da' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** Date and time in Denmark for texts. */
export function formatInstant(instant: Date, lang: Lang): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDay(`${get('year')}-${get('month')}-${get('day')}`, lang);
  return fill(TIME_WORDS.at, lang, { day, hour: get('hour'), minute: get('minute') });
}

/** The words of the Resumé sheet. */
export const RESUME = {
  keyFigure: { da: 'Nøgletal', en: 'Key figure' },
  now: { da: 'Nu', en: 'Now' },
  before: { da: 'Forrige periode', en: 'Previous period' },
  change: { da: 'Ændring', en: 'Change' },
  expected: { da: 'Forventede kommuner', en: 'Municipalities expected' },
  submitted: { da: 'Har indsendt', en: 'Have submitted' },
  missing: { da: 'Mangler', en: 'Missing' },
  late: { da: 'Indsendt efter fristen', en: 'Submitted after the deadline' },
  sentBack: { da: 'Sendt tilbage', en: 'Sent back' },
  approved: { da: 'Godkendt', en: 'Approved' },
  awaiting: { da: 'Afventer vurdering', en: 'Awaiting review' },
  readinessPrep: { da: 'Parathed, forberedelse (gns.)', en: 'Readiness, preparation (mean)' },
  readinessOngoing: { da: 'Parathed, løbende (gns.)', en: 'Readiness, ongoing (mean)' },
  activities: { da: 'Aktiviteter i alt', en: 'Activities in all' },
  lateActivities: { da: 'Forsinkede aktiviteter', en: 'Late activities' },
  municipalitiesLate: {
    da: 'Kommuner med forsinkede aktiviteter',
    en: 'Municipalities with late activities',
  },
  members: { da: 'Korpsets medlemmer', en: 'Members of the corps' },
  fte: { da: 'Årsværk', en: 'Full-time posts' },
  activeCases: { da: 'Aktive forløb', en: 'Active cases' },
  indicator: { da: 'Indikator', en: 'Indicator' },
  reporting: { da: 'Kommuner med tal', en: 'Municipalities reporting' },
  state: { da: 'Indberetning', en: 'Reporting' },
  municipalities: { da: 'Kommuner', en: 'Municipalities' },
  light: { da: 'Parathed', en: 'Readiness' },
  preparation: { da: 'Forberedelse', en: 'Preparation' },
  ongoing: { da: 'Løbende', en: 'Ongoing' },
  green: { da: 'Grøn (fra {g} %)', en: 'Green (from {g}%)' },
  yellow: { da: 'Gul ({y}–{g} %)', en: 'Yellow ({y}–{g}%)' },
  red: { da: 'Rød (under {y} %)', en: 'Red (under {y}%)' },
  chartState: { da: 'Kommunernes indberetning', en: "The municipalities' reporting" },
  chartLights: {
    da: 'Kommuner efter parathed (trafiklys)',
    en: 'Municipalities by readiness (traffic light)',
  },
  note: {
    da: 'ændringer er i forhold til forrige periode; parathed i procentpoint',
    en: 'changes are against the previous period; readiness in percentage points',
  },
} as const satisfies Record<string, Label>;

/** The page footer's right part; {p} is the page, {n} the number of pages. */
export const PAGE_OF: Label = { da: 'Side {p} af {n}', en: 'Page {p} of {n}' };
export * from './labels/activities';
export * from './labels/change';
export * from './labels/charts';
export * from './labels/checklists';
export * from './labels/corps';
export * from './labels/indicators';
export * from './labels/milestones';
export * from './labels/ownIndicators';
export * from './labels/submissions';
export * from './labels/about';
