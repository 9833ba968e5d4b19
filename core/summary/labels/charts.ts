// The words of the sheet "Diagrammer" (charts), Danish and English.

import type { Label } from '../../spec';

export const CHARTS_WORDS = {
  missing: { da: 'Mangler', en: 'Missing' },
  byPhase: { da: 'Kommuner pr. fase', en: 'Municipalities by phase' },
  ofWhichLate: { da: 'Heraf forsinkede', en: 'Of which late' },
  statusByTheme: { da: 'Aktiviteternes status pr. indsatsområde', en: 'Activity status by focus area' },
  byBand: {
    da: 'Kommuner efter deltagere pr. årsværk',
    en: 'Municipalities by participants per full-time post',
  },
  indicatorHidden: { da: '{indicator} (+{hidden} × {marker})', en: '{indicator} (+{hidden} × {marker})' },
  sumShown: { da: 'Sum af viste tal', en: 'Sum of shown figures' },
  indicatorTotals: {
    da: 'Indikatorer i alt (kun viste tal; skjulte {marker} indgår ikke)',
    en: 'Indicator totals (shown figures only; hidden {marker} left out)',
  },
  readiness: {
    da: 'Parathed pr. kommune (huskelisterne)',
    en: 'Readiness per municipality (the checklists)',
  },
} as const satisfies Record<string, Label>;
