// The words of the sheet "Korps" (mentors and parent coaches), Danish and English.

import type { Label } from '../../spec';

export const CORPS_WORDS = {
  members: { da: 'Medlemmer', en: 'Members' },
  hoursPerWeek: { da: 'Timer pr. uge', en: 'Hours per week' },
  fteOf: { da: 'Årsværk (timer/{hours})', en: 'Full-time posts (hours/{hours})' },
  activeCases: { da: 'Aktive forløb', en: 'Active cases' },
  band: { da: 'Interval (deltagere pr. årsværk)', en: 'Band (participants per full-time post)' },
  submitted: { da: 'Kommuner, der har indsendt', en: 'Municipalities that submitted' },
  membersInAll: { da: 'Medlemmer i alt', en: 'Members in all' },
  fteInAll: { da: 'Årsværk i alt', en: 'Full-time posts in all' },
  activeCasesInAll: { da: 'Aktive forløb i alt', en: 'Active cases in all' },
  perFteCorps: {
    da: 'Deltagere pr. årsværk (korpset)',
    en: 'Participants per full-time post (corps)',
  },
  theCorps: { da: 'Korpset', en: 'The corps' },
  distribution: { da: 'Fordeling', en: 'Distribution' },
  value: { da: 'Værdi', en: 'Value' },
  note: {
    da: 'aktive forløb er tal om borgere: 1–{below} vises som "{marker}"',
    en: 'active cases are figures about citizens: 1–{below} are shown as "{marker}"',
  },
} as const satisfies Record<string, Label>;
