// Albertslund (held out, tenth round): the plan written wholly in English by an external
// consultant hired to run the first half-year ("Implementation roadmap"), with the municipality's
// own Danish cover in front of it. The consultant's words: "Workstream" (the theme, in
// consultancy-speak: "Governance", "Comms & engagement", "Co-design", "Ways of working", "Roles &
// accountabilities", "Capability building", "Data & reporting", "Learning & evaluation"),
// "Deliverable", "Owner" (a name, "Coordinator" for the post, or the consultancy), "Start", "Due
// date" written as a consultant writes them ("15 March 2027", "mid-April 2027", "end of Q2", "w/c 8
// March 2027", "Jan 2027", "TBC", "ongoing"), a "RAG" column with "Complete", "On track", "At risk",
// "Off track", "Not started", "On hold", and a "Commentary" column. A KPI sheet in English. Hand
// built (Excel-style package).

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { HEAD, ITALIC, TITLE, WRAP } from './common';

const WS: Record<string, Exp> = {
  Governance: 'leadership',
  'Comms & engagement': 'communication',
  'Co-design': 'involvement',
  'Ways of working': 'process_culture',
  'Roles & accountabilities': 'organisation_roles',
  'Capability building': 'upskilling',
  'Data & reporting': 'documentation',
  'Learning & evaluation': 'evaluation',
};

const RAG: Record<string, Exp> = {
  Complete: 'done',
  'On track': 'in_progress',
  'At risk': 'in_progress',
  'Not started': 'not_started',
  'Off track': unsure('in_progress', '"Off track": still under way, but late or in trouble: to be checked'),
  'On hold': { v: 'changed', alt: ['not_started'], note: 'paused, as "Sat i bero"' },
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p69-albertslund-konsulent-engelsk-roadmap-vage-datoer',
    'hand-built',
    'Albertslund: a plan written in English by a consultant (Workstream, Deliverable, Owner, Start, Due date, RAG, Commentary) behind a Danish cover; consultancy workstream names as themes, consultant dates ("15 March 2027", "mid-April 2027", "end of Q2", "w/c 8 March 2027", "Jan 2027", "TBC", "ongoing"), RAG words incl. "Off track" and "On hold"; KPIs in English.',
    [
      'english-consultant-plan',
      'danish-cover-english-plan',
      'workstream-as-theme-consultancy-words',
      'english-long-dates',
      'mid-month-english',
      'end-of-quarter-english',
      'week-commencing',
      'tbc-date',
      'rag-words-off-track-on-hold',
      'owner-as-post',
      'indicators-english',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Albertslund', TITLE);
  f.row('A3', ['Kommune', 'Albertslund Kommune']);
  f.row('A4', ['Periode', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Mette Vinther']);
  f.row('A7', ['Ansvarlig leder', 'Kasper Bundgaard, afdelingschef']);
  f.row('A8', ['Organisatorisk forankring', 'Tværgående (Børn og Unge samt Beskæftigelse)']);
  f.row('A9', ['Supervision', 'Ekstern supervisor']);
  f.set('A11', 'Implementeringsplanen er udarbejdet af ekstern konsulent og er på engelsk.', ITALIC);
  f.width(1, 28).width(2, 52);
  p.fact('municipality', '165', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Mette Vinther', F, 'B6');
  p.fact('leader', 'Kasper Bundgaard', F, 'B7');
  p.fact('organisation', 'cross', F, 'B8');
  p.fact('supervisionModel', 'external', F, 'B9');

  const S = 'Roadmap';
  const s = p.sheet(S);
  s.set('A1', 'Implementation roadmap – Albertslund mentor & parent coach programme, H1 2027', TITLE);
  s.set('A2', 'Prepared by Nordlys Consulting · v0.4 · last updated 3 March 2027', ITALIC);

  // [workstream, deliverable, owner, start text, start reading, due text, due reading, RAG, commentary]
  type R = [string, string, string, string | null, Exp, string, Exp, string, string | null];
  const rows: R[] = [
    ['Governance', 'Steering group terms of reference signed off', 'Kasper Bundgaard', 'Jan 2027', '2027-01-01', '15 January 2027', '2027-01-15', 'Complete', 'Signed off at SG #1'],
    ['Governance', 'Monthly steering group (SG) cadence', 'Kasper Bundgaard', 'Jan 2027', '2027-01-01', 'end of Q2', '2027-06-30', 'On track', null],
    ['Comms & engagement', 'Launch comms pack for schools and partners', 'Mette Vinther', '1 Feb 2027', '2027-02-01', 'w/c 8 March 2027', { v: '2027-03-14', alt: ['2027-03-08'], note: 'the week beginning Monday 8 March: a week is its Sunday' }, 'At risk', 'Waiting for sign-off from comms team'],
    ['Co-design', 'Co-design workshops with young people and parents', 'Nordlys Consulting', null, null, 'mid-April 2027', '2027-04-15', 'Not started', null],
    ['Ways of working', 'Referral pathway mapped (as-is / to-be)', 'Mette Vinther', 'Feb 2027', '2027-02-01', '31 March 2027', '2027-03-31', 'Off track', 'Slipped: data protection questions'],
    ['Roles & accountabilities', 'RACI for coordinator, team leads and mentors', 'Coordinator', null, null, '28 February 2027', '2027-02-28', 'Complete', null],
    ['Capability building', 'LAT foundation training, cohort 1', 'Nordlys Consulting', '1 March 2027', '2027-03-01', '21 May 2027', '2027-05-21', 'On track', '12 participants'],
    ['Capability building', 'Train-the-trainer for two internal trainers', 'Mette Vinther', null, null, 'TBC', null, 'On hold', 'Budget decision pending'],
    ['Data & reporting', 'Case tracking in the case management system', 'Jonas Ravn', 'Jan 2027', '2027-01-01', 'end of March 2027', '2027-03-31', 'On track', null],
    ['Learning & evaluation', 'H1 review and lessons learned to SG', 'Nordlys Consulting', 'ongoing', null, 'end of June 2027', '2027-06-30', 'Not started', null],
    ['Comms & engagement', 'Intranet page and FAQ for staff', 'Mette Vinther', null, null, '15 March 2027', '2027-03-15', 'Complete', 'Live on intranet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([ws, del, owner, st, stX, due, dueX, rag, comm], i) => ({
    cells: {
      n: i + 1,
      ws,
      del,
      owner,
      start: st ?? undefined,
      due,
      rag,
      comm: comm ?? undefined,
    },
    x: { theme: WS[ws] as Exp, status: RAG[rag] as Exp, start: stX, deadline: dueX },
  }));
  const last = p.table({
    sheet: S,
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'n', header: '#', width: 4 },
      { key: 'ws', header: 'Workstream', width: 24 },
      { key: 'del', header: 'Deliverable', width: 46 },
      { key: 'owner', header: 'Owner', width: 20 },
      { key: 'start', header: 'Start', width: 14 },
      { key: 'due', header: 'Due date', width: 18 },
      { key: 'rag', header: 'RAG', width: 12 },
      { key: 'comm', header: 'Commentary', width: 36 },
    ],
    fields: {
      theme: 'ws',
      activity: 'del',
      responsible: 'owner',
      start: 'start',
      deadline: 'due',
      status: 'rag',
    },
    rows: body,
  });
  s.set(`A${last + 2}`, 'RAG: Green = on track · Amber = at risk · Red = off track', ITALIC);
  s.set(`A${last + 3}`, 'SG = steering group · RACI = responsible, accountable, consulted, informed', WRAP);

  const K = 'KPIs';
  const k = p.sheet(K);
  k.set('A1', 'Key performance indicators', TITLE);
  k.row('A3', ['KPI', 'Unit', 'Baseline', 'Target', 'Actual (Q1)'], HEAD);
  k.width(1, 46).width(2, 10).width(3, 10).width(4, 10).width(5, 12);
  type IR = [string, string, 'count' | 'percent', number, number, number | string, Exp];
  const kpis: IR[] = [
    ['Active mentoring cases', '#', 'count', 0, 25, 9, 9],
    ['Staff trained in LAT', '#', 'count', 0, 12, 12, 12],
    ['Cases with positive progression', '%', 'percent', 40, 60, 'n/a', null],
  ];
  kpis.forEach(([name, unitText, unit, b, t, res, resX], i) => {
    const r = 4 + i;
    k.row(`A${r}`, [name, unitText, b, t, res]);
    p.indicatorRow(K, r, {
      name: [name, `A${r}`],
      unit: [unit, `B${r}`],
      baseline: [b, `C${r}`],
      target: [t, `D${r}`],
      result: [resX, `E${r}`],
    });
  });
  return p;
}
