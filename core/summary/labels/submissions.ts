// The words of the sheet "Indsendelser" (the submissions behind the figures), Danish and English.

import type { Label } from '../../spec';

export const SUBMISSIONS_WORDS = {
  period: { da: 'Periode', en: 'Period' },
  used: { da: 'Brugt i oversigten', en: 'Used in the summary' },
  id: { da: 'Indsendelses-id', en: 'Submission id' },
  received: { da: 'Modtaget', en: 'Received' },
  by: { da: 'Indsendt af', en: 'Submitted by' },
  template: { da: 'Skabelon', en: 'Template' },
  sha: { da: 'SHA-256', en: 'SHA-256' },
  activities: { da: 'Aktiviteter', en: 'Activities' },
  lateWhenSubmitted: { da: 'Forsinkede ved indsendelse', en: 'Late when submitted' },
  answered: { da: 'Besvarede spørgsmål', en: 'Questions answered' },
  warnings: { da: 'Advarsler ved indsendelse', en: 'Warnings when submitted' },
  usedNewest: { da: 'Ja – nyeste indsendelse', en: 'Yes – the newest submission' },
  superseded: { da: 'Nej – der findes en nyere', en: 'No – a newer one exists' },
  otherPeriod: { da: 'Nej – en anden periode', en: 'No – another period' },
  previous: { da: 'Til sammenligning ({period})', en: 'For comparison ({period})' },
  note: {
    da: 'tallene bygger på de kanoniske planer, aldrig på de oprindelige arbejdsbøger',
    en: 'the figures come from the canonical plans, never from the original workbooks',
  },
} as const satisfies Record<string, Label>;
