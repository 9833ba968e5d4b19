// The words of the sheet "Indikatorer" (indicators across the corps), Danish and English.

import type { Label } from '../../spec';

export const INDICATORS_WORDS = {
  aboutCitizens: { da: 'Om borgere', en: 'About citizens' },
  reporting: { da: 'Kommuner med tal', en: 'Municipalities reporting' },
  ofWhichHidden: { da: 'Heraf {marker}', en: 'Of which {marker}' },
  corpsTotal: { da: 'Korpset i alt', en: 'Corps total' },
  withBin: { da: 'Kommuner med {bin}', en: 'Municipalities with {bin}' },
  note: {
    da: 'tal om borgere fra 1 til {below} vises som "{marker}", og summer over dem som interval (se Om data)',
    en: 'figures about citizens from 1 to {below} are shown as "{marker}", and totals over them as ranges (see About the data)',
  },
} as const satisfies Record<string, Label>;
