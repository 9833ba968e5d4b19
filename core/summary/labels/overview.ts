// The words of the sheet "Overblik" (overview), Danish and English.

import type { Label } from '../../spec';

export const OVERVIEW_WORDS = {
  lastSubmitted: { da: 'Sidst indsendt', en: 'Last submitted' },
  stateInRound: { da: 'Status i runden', en: 'State in the round' },
  onTime: { da: 'Til tiden', en: 'On time' },
  reviewedBy: { da: 'Vurderet af', en: 'Reviewed by' },
  reviewed: { da: 'Vurderet', en: 'Reviewed' },
  notInRound: { da: 'ikke i runden', en: 'not in the round' },
  tooLate: { da: 'For sent', en: 'Late' },
  readinessPreparation: { da: 'Parathed forberedelse', en: 'Readiness preparation' },
  readinessOngoing: { da: 'Parathed løbende', en: 'Readiness ongoing' },
  unanswered: { da: 'Ubesvarede spørgsmål', en: 'Unanswered questions' },
  activities: { da: 'Aktiviteter', en: 'Activities' },
  themesCovered: { da: 'Temaer dækket (af {themes})', en: 'Themes covered (of {themes})' },
  corpsNumber: { da: 'Korps (antal)', en: 'Corps (number)' },
  fte: { da: 'Årsværk', en: 'Full-time posts' },
  warnings: { da: 'Advarsler', en: 'Warnings' },
  latestComment: { da: 'Seneste kommentar fra ledelsen', en: "The leaders' latest comment" },
  toActivities: { da: 'Til aktiviteter', en: 'To activities' },
  toChecklist: { da: 'Til tjekliste', en: 'To checklist' },
  toCorps: { da: 'Til korps', en: 'To corps' },
  toIndicators: { da: 'Til indikatorer', en: 'To indicators' },
  linkActivities: { da: 'Aktiviteter ›', en: 'Activities ›' },
  linkChecklist: { da: 'Tjekliste ›', en: 'Checklist ›' },
  linkCorps: { da: 'Korps ›', en: 'Corps ›' },
  linkIndicators: { da: 'Indikatorer ›', en: 'Indicators ›' },
  roleCoordinator: { da: 'koordinator', en: 'coordinator' },
  roleLeader: { da: 'ledelse', en: 'leader' },
  roleAdmin: { da: 'administrator', en: 'administrator' },
  note: {
    da: 'parathed: Ja = 1, Delvist = ½, Nej og ubesvaret = 0; grøn fra {green} %, gul fra {yellow} %',
    en: 'readiness: Yes = 1, Partly = ½, No and unanswered = 0; green from {green}%, yellow from {yellow}%',
  },
  clipped: {
    da: 'bemærkninger og kommentarer over {chars} tegn er afkortet med "…" (hele teksten står på arket Indsendelser)',
    en: 'notes and comments over {chars} characters are shortened with "…" (the whole text is on the sheet Submissions)',
  },
} as const satisfies Record<string, Label>;
