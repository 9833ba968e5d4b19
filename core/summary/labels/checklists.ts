// The words of the sheet "Tjeklister" (the checklists side by side), Danish and English.

import type { Label } from '../../spec';

export const CHECKLISTS_WORDS = {
  partly: { da: 'Delvist', en: 'Partly' },
  /** A question not answered: a dash, the same in both languages. */
  unanswered: { da: '–', en: '–' },
  number: { da: 'Nr.', en: 'No.' },
  checklist: { da: 'Huskeliste', en: 'Checklist' },
  question: { da: 'Spørgsmål', en: 'Question' },
  shareYes: { da: 'Andel Ja', en: 'Share Yes' },
  sharePartly: { da: 'Andel Delvist', en: 'Share Partly' },
  shareNo: { da: 'Andel Nej', en: 'Share No' },
  shareUnanswered: { da: 'Andel ubesvaret', en: 'Share unanswered' },
  note: {
    da: 'Forberedelse og løbende implementering ({ranges}); andele af de {count} indsendte planer, hvis skabelon havde spørgsmålet',
    en: 'Preparation and ongoing implementation ({ranges}); shares of the {count} submitted plans whose template had the question',
  },
} as const satisfies Record<string, Label>;
