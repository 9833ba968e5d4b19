// The words of the sheet "Egne indikatorer" (the municipalities' own indicators), Danish and English.

import type { Label } from '../../spec';

export const OWN_INDICATORS_WORDS = {
  unit: { da: 'Enhed', en: 'Unit' },
  baseline: { da: 'Udgangspunkt', en: 'Baseline' },
  target: { da: 'Mål', en: 'Target' },
  result: { da: 'Resultat', en: 'Result' },
  cases: { da: 'Antal forløb (n)', en: 'Number of cases (n)' },
  measuredOn: { da: 'Målt den', en: 'Measured on' },
  remark: { da: 'Bemærkning', en: 'Note' },
  note: {
    da: 'indikatorer uden katalogkode behandles som tal om borgere: 1–{below} vises som "{marker}"',
    en: 'indicators without a catalogue code are treated as figures about citizens: 1–{below} are shown as "{marker}"',
  },
} as const satisfies Record<string, Label>;
