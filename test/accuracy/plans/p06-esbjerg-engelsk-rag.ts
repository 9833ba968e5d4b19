// Esbjerg: a plan kept in English by a coordinator who came from an international project. Headers
// Workstream, Task, Description, Start, Due, Owner, RAG; a short task title beside a long
// description; dates typed month-first (09/30/2026), which the unambiguous values in each column
// give away; RAG words (Complete, On track, At risk, Cancelled, Delayed) with matching fills; cover
// facts in English, "Programme coordinator: Sofie Lund" in one cell. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { AMBER, GREEN, HEAD, ITALIC, TITLE, WRAP } from './common';

const GREY: Style = { fill: { rgb: 'BFBFBF' } };
const RAG: Record<string, [Exp, Style | undefined]> = {
  Complete: ['done', GREEN],
  'On track': ['in_progress', GREEN],
  'At risk': ['in_progress', AMBER],
  Cancelled: ['closed', GREY],
  Delayed: [
    {
      v: 'in_progress',
      flag: true,
      alt: ['changed'],
      note: '"Delayed" is not a status: still going (or changed); to be checked',
    },
    AMBER,
  ],
  'Not started': ['not_started', undefined],
};

const THEMES: Record<string, string> = {
  Leadership: 'leadership',
  Communication: 'communication',
  'Staff involvement': 'involvement',
  'Culture & ways of working': 'process_culture',
  'Roles & responsibilities': 'organisation_roles',
  Training: 'upskilling',
  'Documentation & follow-up': 'documentation',
  'Evaluation & adjustment': 'evaluation',
};

/** A month-first date as typed, and its ISO reading. */
function mdy(text: string): string {
  const [m, d, y] = text.split('/');
  return `${y}-${m}-${d}`;
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p06-esbjerg-engelsk-rag',
    'libreoffice-fods',
    'Esbjerg: English headers (Workstream, Task, Due, Owner, RAG), short task beside long description, month-first dates decided per column, RAG words, English cover labels.',
    [
      'english-headers',
      'rag-status',
      'status-english-words',
      'short-title-vs-description',
      'month-first-column',
      'theme-english-words',
      'cover-english-labels',
      'cover-label-in-same-cell',
      'legend-row',
    ],
  );
  const o = p.sheet('Overview');
  o.set('A1', 'Mentor and parent coach programme – Esbjerg Municipality', TITLE);
  o.row('A3', ['Municipality:', 'Esbjerg']);
  o.row('A4', ['Reporting period:', 'H2 2026']);
  o.row('A5', ['Phase:', 'Initial implementation']);
  o.set('A6', 'Programme coordinator: Sofie Lund');
  o.row('A7', ['Head of department:', 'Jesper Andersen']);
  o.row('A8', ['Supervision:', 'External supervisor']);
  o.row('A9', ['Anchored in:', 'Employment services (Jobcenter Esbjerg)']);
  o.width(1, 24).width(2, 40);
  p.fact('municipality', '561', 'Overview', 'B3');
  p.fact('period', '2026-H2', 'Overview', 'B4');
  p.fact('phase', 'initial', 'Overview', 'B5');
  p.fact('coordinator', 'Sofie Lund', 'Overview', 'A6');
  p.fact('leader', 'Jesper Andersen', 'Overview', 'B7');
  p.fact('supervisionModel', 'external', 'Overview', 'B8');
  p.fact('organisation', 'employment', 'Overview', 'B9');

  const w = p.sheet('Workplan');
  w.set('A1', 'Implementation workplan H2 2026', TITLE);
  type T = [string, string, string, string | null, string, string, string, string?];
  const tasks: T[] = [
    [
      'Leadership',
      'Steering group kick-off',
      'First meeting of the steering group with the new terms of reference; agree the workplan and the reporting rhythm for the autumn.',
      '08/03/2026',
      '08/20/2026',
      'Jesper Andersen',
      'Complete',
    ],
    [
      'Leadership',
      'Quarterly steering group meetings',
      'The steering group follows progress and decides on resources and on issues the coordinator escalates.',
      '09/01/2026',
      '12/15/2026',
      'Jesper Andersen',
      'On track',
    ],
    [
      'Communication',
      'Newsletter to partners',
      'Short newsletter to schools, SSP, the youth guidance centre and the police about the corps, the method and how to refer a young person.',
      '09/07/2026',
      '09/30/2026',
      'Sofie Lund',
      'Complete',
    ],
    [
      'Communication',
      "Presentation at school leaders' meeting",
      'Ten-minute presentation of the programme at the municipal school leaders’ meeting, with two cases told by mentors.',
      null,
      '11/03/2026',
      'Sofie Lund',
      'Cancelled',
      'Meeting cancelled by the school department',
    ],
    [
      'Staff involvement',
      'Learning meeting for mentors',
      'Half-day learning meeting where mentors and parent coaches share experiences from their first cases.',
      '09/14/2026',
      '09/14/2026',
      'Sofie Lund',
      'Complete',
    ],
    [
      'Staff involvement',
      'Case review with mentors and parent coaches',
      'Monthly case reviews using the meeting guide; two cases presented each time, with consent.',
      '10/05/2026',
      '12/01/2026',
      'Sofie Lund',
      'At risk',
      'Few cases so far',
    ],
    [
      'Culture & ways of working',
      'Joint theme day on prevention',
      'Theme day for social workers, job consultants and SSP on the LAT mindset and on how our approaches to prevention fit together.',
      null,
      '10/22/2026',
      'Sofie Lund + Jesper Andersen',
      'Delayed',
      'Moved, new date not set',
    ],
    [
      'Culture & ways of working',
      'Referral procedure agreed with case workers',
      'A written procedure for how case workers refer a young person or a family to a mentor or a parent coach.',
      '08/17/2026',
      '10/15/2026',
      'Ahmed Khalil',
      'Complete',
    ],
    [
      'Roles & responsibilities',
      'Roles and responsibilities matrix',
      'Matrix of who does what: management, coordinator, mentors, parent coaches and the authority side.',
      '08/10/2026',
      '09/11/2026',
      'Sofie Lund',
      'Complete',
    ],
    [
      'Roles & responsibilities',
      'Agreement with SSP on referrals',
      'Agreement with the SSP team on when and how young people are referred, and on feedback.',
      '09/21/2026',
      '11/30/2026',
      'Ahmed Khalil',
      'On track',
    ],
    [
      'Training',
      'LAT basic training for two new mentors',
      'Three-day basic training in the LAT method, given by the national centre.',
      '10/12/2026',
      '10/14/2026',
      'National Centre',
      'Complete',
    ],
    [
      'Training',
      'Follow-up day on LAT method',
      'Follow-up day for all mentors and parent coaches on the four tools of the method.',
      null,
      '12/10/2026',
      'Sofie Lund',
      'On track',
    ],
    [
      'Documentation & follow-up',
      'Register all cases on tilværelsesmestring.dk',
      'All active cases are registered with progression measurements at start and every three months.',
      '08/03/2026',
      '12/31/2026',
      'Mentors',
      'On track',
    ],
    [
      'Documentation & follow-up',
      'Half-year data review',
      'Review of the half-year data from the platform with the team, as input to the evaluation.',
      null,
      '12/18/2026',
      'Sofie Lund',
      'Not started',
    ],
    [
      'Evaluation & adjustment',
      'Mid-term evaluation with leadership group',
      'Mid-term evaluation of the workplan with the leadership group; what works, what to adjust.',
      '11/16/2026',
      '11/27/2026',
      'Jesper Andersen',
      'At risk',
    ],
    [
      'Evaluation & adjustment',
      'Revise workplan for 2027',
      'Revise the workplan for 2027 on the basis of the evaluation.',
      '12/01/2026',
      '12/18/2026',
      'Sofie Lund',
      'Not started',
    ],
  ];
  const last = p.table({
    sheet: 'Workplan',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'ws', header: 'Workstream', width: 24 },
      { key: 'task', header: 'Task', width: 36 },
      { key: 'desc', header: 'Description', width: 70 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'due', header: 'Due', width: 12 },
      { key: 'owner', header: 'Owner', width: 24 },
      { key: 'rag', header: 'RAG', width: 12 },
      { key: 'com', header: 'Comments', width: 30 },
    ],
    fields: {
      theme: 'ws',
      activity: 'task',
      start: 'start',
      deadline: 'due',
      responsible: 'owner',
      status: 'rag',
    },
    rows: tasks.map(([ws, task, desc, start, due, owner, rag, comment]) => {
      const [status, fill] = RAG[rag]!;
      return {
        cells: {
          ws,
          task,
          desc: { v: desc, s: WRAP },
          start: start ?? undefined,
          due,
          owner,
          rag: fill ? { v: rag, s: fill } : rag,
          com: comment,
        },
        x: { theme: THEMES[ws]!, status, start: start ? mdy(start) : null, deadline: mdy(due) },
      };
    }),
  });
  w.set(`A${last + 2}`, 'RAG = Red / Amber / Green.', ITALIC);
  p.notActivity('Workplan', last + 2, 'legend');
  return p;
}
