// A small activity plan (5–8 rows) for the plans whose weight is on the checklists and the other
// sheets (p38–p42): the themes and statuses written with the template's own words, dates as date
// cells, so that what those plans test is elsewhere.

import type { Style } from '../build/model';
import type { PlanBuilder } from '../build/plan';

export const THEME_IDS: Readonly<Record<string, string>> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

export const STATUS_IDS: Readonly<Record<string, string>> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
  Ændret: 'changed',
  Lukket: 'closed',
};

/** theme, activity, responsible, start (or null), deadline, status: as the coordinator typed them. */
export type SmallRow = readonly [string, string, string, string | null, string, string];

export interface SmallPlan {
  readonly sheet: string;
  readonly headerRow: number;
  readonly rows: readonly SmallRow[];
  readonly headerStyle?: Style;
  readonly dateStyle?: Style;
}

/** Writes the plan as Tema | Aktivitet | Ansvarlig | Start | Deadline | Status; returns its last row. */
export function smallPlan(p: PlanBuilder, t: SmallPlan): number {
  return p.table({
    sheet: t.sheet,
    headerRow: t.headerRow,
    ...(t.headerStyle ? { headerStyle: t.headerStyle } : {}),
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'slut', header: 'Deadline', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'slut',
      status: 'st',
    },
    rows: t.rows.map(([tema, akt, ans, start, slut, st]) => ({
      cells: {
        tema,
        akt,
        ans,
        start: start ? { v: { date: start }, ...(t.dateStyle ? { s: t.dateStyle } : {}) } : undefined,
        slut: { v: { date: slut }, ...(t.dateStyle ? { s: t.dateStyle } : {}) },
        st,
      },
      x: { theme: THEME_IDS[tema]!, status: STATUS_IDS[st]!, start, deadline: slut },
    })),
  });
}
