// Høje-Taastrup: a workbook kept in English (the template's English labels for themes and
// statuses, English cover labels), with the checklists paraphrased in English, numbered F1–F7 and
// L1–L8, answered in one column of words — some with a comment in the same cell ("No – awaiting
// budget", "Yes (see roles sheet)"). Made in LibreOffice (flat ODS).

import { PlanBuilder, unsure } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p17-hoeje-taastrup-engelsk-tjekliste',
    'libreoffice-fods',
    'Høje-Taastrup: English workbook; checklist paraphrased in English, numbered F1–L8, answered in one word column with comments in the same cell; English dates.',
    [
      'english-workbook',
      'checklist-paraphrased-english',
      'checklist-numbered-F-L',
      'checklist-answer-word-column',
      'answer-with-comment-in-cell',
      'english-dates',
      'status-english-words',
      'cover-english-labels',
    ],
  );
  const c = p.sheet('Cover');
  c.set('A1', 'Høje-Taastrup Municipality – Mentor and Parent Coach Corps', TITLE);
  c.row('A3', ['Coordinator', 'Marie Thygesen']);
  c.row('A4', ['Manager', 'Kim Lindberg']);
  c.row('A5', ['Period', 'Second half of 2026']);
  c.row('A6', ['Implementation phase', 'Preparation']);
  c.row('A7', ['Supervision model', 'Internal supervisor']);
  c.width(1, 24).width(2, 30);
  p.fact('municipality', '169', 'Cover', 'A1');
  p.fact('coordinator', 'Marie Thygesen', 'Cover', 'B3');
  p.fact('leader', 'Kim Lindberg', 'Cover', 'B4');
  p.fact('period', '2026-H2', 'Cover', 'B5');
  p.fact('phase', 'preparation', 'Cover', 'B6');
  p.fact('supervisionModel', 'internal', 'Cover', 'B7');

  const STATUS: Record<string, string> = {
    Done: 'done',
    'In progress': 'in_progress',
    'Not started': 'not_started',
    Postponed: 'changed',
  };
  const THEMES: Record<string, string> = {
    Leadership: 'leadership',
    Communication: 'communication',
    Involvement: 'involvement',
    'Work processes and culture': 'process_culture',
    'Organisation, roles and responsibilities': 'organisation_roles',
    Upskilling: 'upskilling',
    'Follow-up on documentation': 'documentation',
    'Evaluation and adjustment': 'evaluation',
  };
  type R = [string, string, string, string, string, string | null];
  const rows: R[] = [
    [
      'Leadership',
      'Management decides to join the national corps',
      'Kim Lindberg',
      '31 Aug 2026',
      'Done',
      '2026-08-31',
    ],
    ['Leadership', 'Steering group appointed', 'Kim Lindberg', '15 Oct 2026', 'Done', '2026-10-15'],
    [
      'Communication',
      'Information meeting for case workers',
      'Marie Thygesen',
      'week 40',
      'Done',
      '2026-10-04',
    ],
    [
      'Communication',
      'Intranet page about the corps',
      'Marie Thygesen',
      'November 2026',
      'In progress',
      '2026-11-30',
    ],
    ['Involvement', 'Needs workshop with partners', 'Marie Thygesen', '2026-09-24', 'Done', '2026-09-24'],
    [
      'Work processes and culture',
      'Map current referral routes',
      'Marie Thygesen',
      'Q4 2026',
      'In progress',
      '2026-12-31',
    ],
    [
      'Organisation, roles and responsibilities',
      'Roles and responsibilities described',
      'Kim Lindberg',
      '1 December 2026',
      'In progress',
      '2026-12-01',
    ],
    [
      'Upskilling',
      'Select and enrol mentors for LAT training',
      'Marie Thygesen',
      'Q1 2027',
      'Not started',
      '2027-03-31',
    ],
    [
      'Follow-up on documentation',
      'Access to the documentation platform',
      'Marie Thygesen',
      '2026-12-15',
      'Not started',
      '2026-12-15',
    ],
    [
      'Evaluation and adjustment',
      'Review of the preparation phase',
      'Kim Lindberg',
      'spring 2027',
      'Postponed',
      null,
    ],
  ];
  p.sheet('Action plan').set('A1', 'Action plan – preparation phase', TITLE);
  p.table({
    sheet: 'Action plan',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'theme', header: 'Theme', width: 34 },
      { key: 'act', header: 'Activity', width: 46 },
      { key: 'resp', header: 'Responsible', width: 18 },
      { key: 'dl', header: 'Deadline', width: 16 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'theme', activity: 'act', responsible: 'resp', deadline: 'dl', status: 'status' },
    rows: rows.map(([theme, act, resp, dl, status, iso]) => ({
      cells: { theme, act, resp, dl, status },
      x: {
        theme: THEMES[theme]!,
        status: STATUS[status]!,
        deadline: iso ?? unsure(null, '"spring 2027" is no date: kept as text and flagged'),
      },
    })),
  });

  const k = p.sheet('Checklists');
  k.set('A1', 'Readiness checklists', TITLE);
  k.row('A3', ['No.', 'Question', 'Answer'], HEAD);
  k.width(1, 6).width(2, 80).width(3, 40);
  type Q = [
    ChecklistIdKey,
    string,
    string,
    'yes' | 'partly' | 'no' | null,
    string | { v: string; alt: string[] } | null,
  ];
  const qs: Q[] = [
    [
      'F1',
      'Has the municipality analysed the need for the programme and for joining the national corps?',
      'Yes',
      'yes',
      null,
    ],
    ['F2', 'Were relevant stakeholders involved in the needs analysis?', 'Partly', 'partly', null],
    [
      'F3',
      'Is there a plan for keeping partners involved and informed?',
      'No – awaiting budget',
      'no',
      'awaiting budget',
    ],
    ['F4', 'Has a coordinator been appointed?', 'Yes', 'yes', null],
    [
      'F5',
      'Is it decided which departments the mentors and parent coaches come from, and why?',
      'Yes (see roles sheet)',
      'yes',
      { v: 'see roles sheet', alt: ['(see roles sheet)'] },
    ],
    [
      'F6',
      'Can the trained mentors and parent coaches actually take on cases?',
      'Partly – only two mentors have time',
      'partly',
      'only two mentors have time',
    ],
    [
      'F7',
      'Are roles and responsibilities clear between management, coordinator and mentors?',
      'Yes',
      'yes',
      null,
    ],
    [
      'L1',
      'Is there an implementation plan with activities, goals, deadlines and milestones?',
      'Yes',
      'yes',
      null,
    ],
    [
      'L2',
      'Are there planned check-points to look at interim results with mentors and parent coaches?',
      'No',
      'no',
      null,
    ],
    ['L3', 'Have managers, mentors and parent coaches been trained?', 'Partly', 'partly', null],
    [
      'L4',
      'Is there a plan for practising the LAT method in an action-learning cycle?',
      'No – planned for 2027',
      'no',
      'planned for 2027',
    ],
    [
      'L5',
      'Is there a communication plan for spreading the message about the method?',
      'Partly',
      'partly',
      null,
    ],
    [
      'L6',
      'Are the conditions in place for mentors and parent coaches to work with cases?',
      'Partly',
      'partly',
      null,
    ],
    ['L7', 'Is it planned who is informed, and are messages tailored to each audience?', '', null, null],
    ['L8', 'Is there a plan for what, when and how to communicate?', 'No', 'no', null],
  ];
  qs.forEach(([id, q, text, ans, comment], i) => {
    const r = 4 + i;
    k.row(`A${r}`, [id, { v: q, s: WRAP }, text]);
    p.answer(id, ans, 'Checklists', `C${r}`, comment ?? undefined);
  });
  return p;
}
