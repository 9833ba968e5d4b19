// The words of the sheet "Aktiviteter" (activities), Danish and English.

import type { Label } from '../../spec';

export const ACTIVITIES_WORDS = {
  late: { da: 'Forsinket', en: 'Late' },
  daysPast: { da: 'Dage over deadline', en: 'Days past deadline' },
  anchoring: { da: 'Forankring', en: 'Anchoring' },
  evaluation: { da: 'Evaluering af resultat', en: 'Evaluation of result' },
  source: { da: 'Kilde i planen', en: 'Source in the plan' },
  note: {
    da: '{count} aktiviteter; forsinkede er markeret med rødt',
    en: '{count} activities; late ones are marked red',
  },
} as const satisfies Record<string, Label>;
