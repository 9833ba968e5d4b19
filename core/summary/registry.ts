// The sheets of the corps summary, in the order a leader meets them. A new sheet is one module in
// ./sheets and one line here.

import type { SheetModule } from './context';
import { about } from './sheets/about';
import { activities } from './sheets/activities';
import { change } from './sheets/change';
import { charts } from './sheets/charts';
import { checklists } from './sheets/checklists';
import { corps } from './sheets/corps';
import { indicators, indicatorsByMunicipality } from './sheets/indicators';
import { milestones } from './sheets/milestones';
import { overview } from './sheets/overview';
import { resume } from './sheets/resume';
import { ownIndicators } from './sheets/ownIndicators';
import { submissions } from './sheets/submissions';

export const SUMMARY_SHEETS: readonly SheetModule[] = [
  resume,
  overview,
  charts,
  checklists,
  activities,
  milestones,
  indicators,
  indicatorsByMunicipality,
  ownIndicators,
  corps,
  change,
  submissions,
  about,
];
