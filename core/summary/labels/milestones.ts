// The words of the sheet "Milepæle" (milestones), Danish and English.

import type { Label } from '../../spec';

export const MILESTONES_WORDS = {
  daysTo: { da: 'Dage til deadline', en: 'Days to deadline' },
  due: { da: 'Frist', en: 'Due' },
  overdue: { da: 'Overskredet', en: 'Overdue' },
  upcoming: { da: 'Kommende', en: 'Upcoming' },
  note: {
    da: 'ikke afsluttede aktiviteter med deadline før {today} (overskredet) eller senest {horizon}; uden milepæl vises aktiviteten',
    en: 'open activities with a deadline before {today} (overdue) or by {horizon}; without a milestone the activity is shown',
  },
} as const satisfies Record<string, Label>;
