// A big plan as a coordinator's workbook would hold it: a title, the seed's headings, section
// headings every 500 rows, every kind of date, themes in a third of the rows, free statuses.

import type { Grid } from '../../../core/grid';
import { STATUSES, THEMES } from '../../../core/spec';
import { date, gridOf, type In } from './grid-builder';

/** `salt` makes the texts of each plan different, as a new workbook's would be. */
export function bigPlan(rows: number, salt = ''): Grid {
  const data: In[][] = [
    ['Implementeringsplan for Aarhus Kommune, 2. halvår 2026'],
    [],
    ['TIDSPLAN', 'INDSATSOMRÅDE', 'AKTIVITETER', 'MILEPÆLE', 'ANSVARLIG', 'STATUS', 'EVALUERING AF RESULTAT'],
  ];
  const time = (i: number): In =>
    i % 4 === 0
      ? date(`2026-${String((i % 12) + 1).padStart(2, '0')}-15`)
      : i % 4 === 1
        ? `uge ${(i % 50) + 1} 2026`
        : i % 4 === 2
          ? `${(i % 28) + 1}.${(i % 12) + 1}.2026`
          : 'januar–marts 2026';
  for (let i = 0; i < rows; i++) {
    if (i % 500 === 0) data.push([`${i / 500 + 1}. ${THEMES[(i / 500) % THEMES.length]?.label.da ?? ''}`]);
    data.push([
      time(i),
      i % 3 === 0 ? (THEMES[i % THEMES.length]?.label.da ?? '') : '',
      `Aktivitet ${salt}${i}: møde med mentorer og forældrecoaches om forløb`,
      `Milepæl ${salt}${i}`,
      ['Koordinator', 'Leder', 'Mentorteamet', `Medarbejder ${salt}${i % 37}`][i % 4],
      STATUSES[i % STATUSES.length]?.label.da ?? '',
      i % 5 === 0 ? `Evaluering ${salt}${i}` : '',
    ]);
  }
  return gridOf({ name: 'Plan', rows: data });
}
