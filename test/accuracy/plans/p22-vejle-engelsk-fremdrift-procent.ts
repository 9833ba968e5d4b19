// Vejle: an action plan kept in English by a coordinator used to project templates. Headers Theme,
// Action, Lead, Target date, Progress; the progress written as percent complete ("100%", "40%",
// "0%"), dates in English words ("15 Mar 2027", "April 2027", "Q2 2027": a target date, so the
// period's last day is the deadline and no start is given), cover facts as English
// "Label: value" lines. Made in LibreOffice (flat ODS).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { HEAD, TITLE } from './common';

const SHEET = 'Action plan';

const THEMES: Record<string, string> = {
  Leadership: 'leadership',
  Communication: 'communication',
  'Staff involvement': 'involvement',
  'Work processes & culture': 'process_culture',
  'Roles and responsibilities': 'organisation_roles',
  Training: 'upskilling',
  Documentation: 'documentation',
  'Evaluation and adjustment': 'evaluation',
};

/** Percent complete as a careful reader takes it: all done, none started, or under way (checked). */
function progress(text: string): Exp {
  const n = Number(text.replace('%', ''));
  if (n >= 100) return 'done';
  if (n <= 0) return 'not_started';
  return unsure('in_progress', 'percent complete between 0 and 100: under way');
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p22-vejle-engelsk-fremdrift-procent',
    'libreoffice-fods',
    'Vejle: English headers (Theme, Action, Lead, Target date, Progress), progress as percent complete, dates in English words and quarters, English cover lines.',
    [
      'english-headers',
      'status-as-percent',
      'english-month-dates',
      'quarter',
      'month',
      'cover-label-in-same-cell',
      'english-cover-labels',
    ],
  );
  const s = p.sheet(SHEET);
  s.set('A1', 'Mentor corps – action plan, first half of 2027', TITLE);
  s.set('A2', 'Municipality: Vejle');
  s.set('A3', 'Programme coordinator: Anna Holm');
  s.set('A4', 'Reporting period: H1 2027');
  p.fact('municipality', '630', SHEET, 'A2');
  p.fact('coordinator', 'Anna Holm', SHEET, 'A3');
  p.fact('period', '2027-H1', SHEET, 'A4');

  type R = [string, string, string, string, string, { start?: string; deadline: string }];
  const rows: R[] = [
    ['Leadership', 'Steering group approves the plan', 'Per Nygaard', '31 Jan 2027', '100%', { deadline: '2027-01-31' }],
    ['Leadership', 'Quarterly review with management', 'Per Nygaard', 'Q2 2027', '0%', { deadline: '2027-06-30' }],
    ['Communication', 'Intranet article about the corps', 'Anna Holm', '15 Mar 2027', '40%', { deadline: '2027-03-15' }],
    ['Communication', 'Presentation for school principals', 'Anna Holm', 'April 2027', '0%', { deadline: '2027-04-30' }],
    ['Staff involvement', 'Learning meeting for mentors', 'Anna Holm', '10 Feb 2027', '100%', { deadline: '2027-02-10' }],
    ['Work processes & culture', 'Referral procedure with case workers', 'Anna Holm', 'May 2027', '60%', { deadline: '2027-05-31' }],
    ['Roles and responsibilities', 'Role descriptions for mentors and coaches', 'Per Nygaard', '28 Feb 2027', '100%', { deadline: '2027-02-28' }],
    ['Training', 'LAT training for new parent coaches', 'National Centre', 'Q1 2027', '100%', { deadline: '2027-03-31' }],
    ['Documentation', 'Cases registered on the platform', 'Mentors', '30 Jun 2027', '50%', { deadline: '2027-06-30' }],
    ['Evaluation and adjustment', 'Half-year evaluation', 'Anna Holm', '25 Jun 2027', '0%', { deadline: '2027-06-25' }],
  ]; // prettier-ignore
  p.table({
    sheet: SHEET,
    headerRow: 6,
    headerStyle: HEAD,
    columns: [
      { key: 'theme', header: 'Theme', width: 28 },
      { key: 'action', header: 'Action', width: 42 },
      { key: 'lead', header: 'Lead', width: 18 },
      { key: 'due', header: 'Target date', width: 14 },
      { key: 'progress', header: 'Progress', width: 10 },
    ],
    fields: { theme: 'theme', activity: 'action', responsible: 'lead', when: 'due', status: 'progress' },
    rows: rows.map(([theme, action, lead, due, pct, d]) => ({
      cells: { theme, action, lead, due, progress: pct },
      x: {
        theme: THEMES[theme]!,
        status: progress(pct),
        start: d.start ?? null,
        deadline: d.deadline,
      },
    })),
  });
  return p;
}
