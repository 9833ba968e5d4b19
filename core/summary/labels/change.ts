// The words of the sheet "Udvikling" (change since the previous period), Danish and English.

import type { Label } from '../../spec';

export const CHANGE_WORDS = {
  /** A header of the three columns of one figure: "{figure} (forrige)", "(nu)", "(ændring)". */
  previous: { da: '{figure} (forrige)', en: '{figure} (previous)' },
  now: { da: '{figure} (nu)', en: '{figure} (now)' },
  changed: { da: '{figure} (ændring)', en: '{figure} (change)' },
  phaseChange: { da: 'Faseskift', en: 'Phase change' },
  done: { da: 'Gennemførte', en: 'Done' },
  new: { da: 'ny', en: 'new' },
  forward: { da: '↑ frem', en: '↑ forward' },
  back: { da: '↓ tilbage', en: '↓ back' },
  unchanged: { da: 'uændret', en: 'unchanged' },
  note: {
    da: 'forrige periode {period}; dens forsinkede er vurderet pr. {day}',
    en: 'previous period {period}; its late activities judged as of {day}',
  },
  noPrevious: {
    da: 'ingen planer fra forrige periode er givet',
    en: 'no plans from the previous period were given',
  },
} as const satisfies Record<string, Label>;
