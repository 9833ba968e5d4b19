// Which column is which: a short title column beats a long description column (the description is
// kept, as not placed), columns headed by questions and English headers are understood, lists
// exported from SharePoint / Microsoft Lists are read without taking their own columns for plan
// fields, and a column mapped by a guess is shown for a check.

import { structure } from '../../../core/structure';
import { personName } from '../../../core/structure/activities';
import type { StructureResult } from '../../../core/draft';
import { date, gridOf } from './grid-builder';

function fields(r: StructureResult): Record<string, string | null> {
  return Object.fromEntries(r.tables[0]?.columns.map((c) => [c.header, c.field]) ?? []);
}

const LONG =
  'Vi holder et opstartsmøde med ledergruppen, hvor vi gennemgår kommissoriet, aftaler mødeplan og fordeler roller mellem koordinator og ledere';

test('a short title column beats a long description column; the description is listed, never lost', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Beskrivelse', 'Titel', 'Ansvarlig', 'Status', 'Deadline'],
        [LONG, 'Opstartsmøde', 'Mette', 'I gang', '31.03.2026'],
        [`${LONG} (2)`, 'Rekruttering af mentorer', 'Lars', 'Ikke startet', '30.04.2026'],
      ],
    }),
  );
  expect(fields(r)).toMatchObject({ Titel: 'activity', Beskrivelse: null });
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
    'Opstartsmøde',
    'Rekruttering af mentorer',
  ]);
  expect(r.unmapped.map((u) => u.cell)).toEqual(['A1', 'A2', 'A3']);
});

test('an activity column of descriptions gives way to a column of short titles its header also names', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Opgave', 'Aktivitet', 'Ansvarlig', 'Status', 'Deadline'],
        ['Opstartsmøde', LONG, 'Mette', 'I gang', '31.03.2026'],
        ['Rekruttering', `${LONG} og mere`, 'Lars', 'Ikke startet', '30.04.2026'],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual(['Opstartsmøde', 'Rekruttering']);
  expect(r.checks.filter((c) => c.field === 'column').map((c) => c.value)).toEqual([
    'Opgave → activities.activity',
  ]);
});

test('columns headed by questions', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Hvornår', 'Hvad', 'Hvem', 'Hvordan går det', 'Hvad skal være nået', 'Hvad lærte vi'],
        [
          'marts 2026',
          'Opstartsmøde med ledelsen',
          'Mette',
          'Færdig',
          'Kommissorium godkendt',
          'Godt med fast mødeplan',
        ],
      ],
    }),
  );
  expect(fields(r)).toEqual({
    Hvornår: 'deadline',
    Hvad: 'activity',
    Hvem: 'responsible',
    'Hvordan går det': 'status',
    'Hvad skal være nået': 'milestone',
    'Hvad lærte vi': 'evaluation',
  });
  expect(r.draft.activities[0]?.values).toMatchObject({
    deadline: '2026-03-31',
    activity: 'Opstartsmøde med ledelsen',
    status: 'done',
    milestone: 'Kommissorium godkendt',
    evaluation: 'Godt med fast mødeplan',
  });
  // "Hvad" is only a hint at the activity: that one column is shown for a check.
  expect(r.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
    ['B1', 'column', 'Hvad → activities.activity'],
  ]);
});

test('English headers: Workstream, Task, Start, Due, Owner, RAG, Milestone, Comments', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Workstream', 'Task', 'Start', 'Due', 'Owner', 'RAG', 'Milestone', 'Comments'],
        [
          'Leadership',
          'Kick-off',
          date('2026-02-01'),
          date('2026-03-31'),
          'Mette',
          'G',
          'Charter signed',
          'Went well',
        ],
        [
          'Communication',
          'Newsletter',
          date('2026-03-01'),
          date('2026-04-30'),
          'Lars',
          'A',
          'First issue',
          '',
        ],
      ],
    }),
  );
  expect(fields(r)).toEqual({
    Workstream: 'theme',
    Task: 'activity',
    Start: 'start',
    Due: 'deadline',
    Owner: 'responsible',
    RAG: 'status',
    Milestone: 'milestone',
    Comments: 'evaluation',
  });
  // G and A are colours in a RAG column: on track and at risk, both under way (RAG says nothing of
  // being finished), each checked; "Comments" is a guess, checked.
  expect(r.draft.activities.map((a) => a.values.status)).toEqual(['in_progress', 'in_progress']);
  expect(r.checks.map((c) => [c.cell, c.field, c.confidence])).toEqual([
    ['H1', 'column', 0.75],
    ['F2', 'activities.status', 0.5],
    ['F3', 'activities.status', 0.5],
  ]);
});

describe('a list exported from SharePoint / Microsoft Lists', () => {
  const grid = gridOf({
    name: 'Implementeringsplan',
    rows: [
      [
        'ID',
        'Titel',
        'Tema',
        'Ansvarlig (Person)',
        'Status',
        'Deadline',
        'Oprettet',
        'Oprettet af',
        'Ændret',
        'Ændret af',
        'Element type',
        'Sti',
        'Version',
      ],
      [
        1,
        'Opstartsmøde',
        'Ledelse',
        'Hansen, Mette',
        'Gennemført',
        date('2026-03-31'),
        date('2026-01-05'),
        'Jensen, Bo',
        date('2026-04-02'),
        'Hansen, Mette',
        'Element',
        'sites/plan/Lists/Implementeringsplan',
        '3.0',
      ],
      [
        2,
        'Nyhedsbrev',
        'Kommunikation',
        'Jensen, Bo; Hansen, Mette',
        'I gang',
        date('2026-05-31'),
        date('2026-01-05'),
        'Jensen, Bo',
        date('2026-05-10'),
        'Jensen, Bo',
        'Element',
        'sites/plan/Lists/Implementeringsplan',
        '2.0',
      ],
    ],
  });

  test('the list’s own columns are never plan fields: a "Modified" date is no deadline, "Created by" no responsible', () => {
    const r = structure(grid);
    expect(fields(r)).toMatchObject({
      Titel: 'activity',
      Tema: 'theme',
      'Ansvarlig (Person)': 'responsible',
      Status: 'status',
      Deadline: 'deadline',
      ID: null,
      Oprettet: null,
      'Oprettet af': null,
      Ændret: null,
      'Ændret af': null,
      'Element type': null,
      Sti: null,
      Version: null,
    });
    expect(r.draft.activities.map((a) => a.values.deadline)).toEqual(['2026-03-31', '2026-05-31']);
    // Everything the list tool added is listed as not placed.
    expect(r.unmapped.filter((u) => u.cell.startsWith('H')).map((u) => u.value)).toEqual([
      'Oprettet af',
      'Jensen, Bo',
      'Jensen, Bo',
    ]);
  });

  test('people written "Efternavn, Fornavn" by the list tool are named as people are spoken', () => {
    const r = structure(grid);
    expect(r.draft.activities.map((a) => a.values.responsible)).toEqual([
      'Mette Hansen',
      'Bo Jensen; Mette Hansen',
    ]);
  });
});

test('a list export whose title column has a name of its own: the activity is told by content, never from the list’s path column', () => {
  const r = structure(
    gridOf({
      name: 'Liste',
      rows: [
        ['Punkt', 'Ansvarlig (Person)', 'Status', 'Deadline', 'Ændret af', 'Sti', 'Elementtype'],
        [
          'Opstartsmøde med ledergruppen',
          'Hansen, Mette',
          'I gang',
          date('2026-03-31'),
          'Hansen, Mette',
          'sites/mentorkorps/Lists/Handleplan',
          'Element',
        ],
        [
          'Nyhedsbrev til samarbejdspartnere',
          'Jensen, Bo',
          'I gang',
          date('2026-04-30'),
          'Jensen, Bo',
          'sites/mentorkorps/Lists/Handleplan',
          'Element',
        ],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
    'Opstartsmøde med ledergruppen',
    'Nyhedsbrev til samarbejdspartnere',
  ]);
  expect(r.checks.map((c) => c.value)).toEqual(['Punkt → activities.activity']);
});

test('only "Name, Name" in every part is turned; two roles stay as written', () => {
  expect(personName('Hansen, Mette')).toBe('Mette Hansen');
  expect(personName('Due-Larsen, Anne Marie')).toBe('Anne Marie Due-Larsen');
  expect(personName('Koordinator, leder')).toBe('Koordinator, leder');
  expect(personName('Mette Hansen')).toBe('Mette Hansen');
});

test('a person column outside a list export keeps "Koordinator, Leder" as written', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Status', 'Deadline'],
        ['Opstartsmøde', 'Koordinator, Leder', 'I gang', '31.03.2026'],
      ],
    }),
  );
  expect(r.draft.activities[0]?.values.responsible).toBe('Koordinator, Leder');
});
