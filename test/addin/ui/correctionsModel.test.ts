// The pane's corrections as pure functions (addin/src/ui/corrections.ts): which value an issue is
// about, what a correction writes into a cell in Excel, and when a cover cell must not be written.

import { inspectGrid } from '../../../core/inspect';
import {
  coverWrite,
  issueTarget,
  NO_CORRECTIONS,
  valueWrite,
  withDismissed,
  withPlaced,
} from '../../../addin/src/ui/corrections';
import { submitPlan } from '../../../addin/src/pipeline';
import { FakeAuth, FakeHost, fakeApi, json, receipt } from '../support/fakes';
import { messyGrid, templateGrid, validPlan } from '../support/plans';

const TODAY = '2026-10-01';

test('a row-level issue is about the field its code names, not the cell it is placed at', () => {
  const plan = validPlan();
  const first = plan.activities[0]!;
  const { milestone: _dropped, ...withoutMilestone } = first;
  const grid = templateGrid({ ...plan, activities: [withoutMilestone, ...plan.activities.slice(1)] });
  const r = inspectGrid(grid, { today: TODAY });
  const missing = r.issues.find((i) => i.code === 'milestone_missing');
  expect(missing).toBeDefined();
  expect(issueTarget(missing!, r.structure.draft)?.field).toBe('activities.milestone');
  // A sheet without a milestone column reports the missing milestone at the row's first cell, which
  // holds the deadline: the issue is not offered as that cell's value.
  const messy = inspectGrid(messyGrid(), { today: TODAY });
  const noColumn = messy.issues.find((i) => i.code === 'milestone_missing')!;
  expect(noColumn.cell).toBe('A4');
  expect(issueTarget(noColumn, messy.structure.draft)).toBeUndefined();
  const late = r.issues.find((i) => i.code === 'activity_late')!;
  expect(issueTarget(late, r.structure.draft)?.field).toBe('activities.deadline');
  // An issue about the whole plan is not a value to correct.
  const theme = r.issues.find((i) => i.code === 'checklist_unanswered' || i.cell === '');
  if (theme) expect(issueTarget(theme, r.structure.draft)).toBeUndefined();
});

test('what a correction writes: a list value by its label, a date as the coordinator writes it; a checklist answer only in the template', () => {
  const v = { sheet: 'Ark1', cell: 'E5', field: 'activities.status', value: 'done' };
  expect(valueWrite(v, 'da', false)).toEqual({ sheet: 'Ark1', cell: 'E5', value: 'Gennemført' });
  expect(valueWrite(v, 'en', false)?.value).toBe('Done');
  expect(valueWrite({ ...v, field: 'activities.deadline', value: 'marts 2027' }, 'da', false)?.value).toBe(
    '31.03.2027',
  );
  expect(valueWrite({ ...v, field: 'corps.hoursPerWeek', value: '7,5' }, 'da', false)?.value).toBe(7.5);
  expect(valueWrite({ ...v, value: null }, 'da', false)?.value).toBeNull();
  const answer = {
    sheet: 'Huskeliste',
    cell: 'D4',
    field: 'checklist.answer',
    value: 'yes',
    id: 'F1' as const,
  };
  expect(valueWrite(answer, 'da', false)).toBeUndefined();
  expect(valueWrite(answer, 'da', true)?.value).toBe('Ja');
  expect(valueWrite({ ...answer, field: 'checklist.comment', value: 'x' }, 'da', true)).toBeUndefined();
});

test('a cover value is written at its place, but never over a title that names it among other words', () => {
  const messy = messyGrid();
  const read = inspectGrid(messy, { today: TODAY });
  // The municipality and the period were read from the title in A1: not overwritten.
  expect(read.structure.draft.places.municipality?.cell).toBe('A1');
  expect(coverWrite('municipality', '101', read.structure.draft, messy, read.issues, 'da')).toBeUndefined();
  expect(coverWrite('period', '2027-H1', read.structure.draft, messy, read.issues, 'da')).toBeUndefined();

  // A title naming only the municipality is not overwritten either.
  const titled = messyGrid();
  const sheet = titled.sheets[0]!;
  const only = {
    ...titled,
    sheets: [
      {
        ...sheet,
        cells: sheet.cells.map((c) =>
          c.r === 0 && c.c === 0 ? { ...c, v: 'Handleplan for Aarhus Kommune' } : c,
        ),
      },
    ],
  };
  const onlyRead = inspectGrid(only, { today: TODAY });
  expect(onlyRead.structure.draft.places.municipality?.cell).toBe('A1');
  expect(
    coverWrite('municipality', '101', onlyRead.structure.draft, only, onlyRead.issues, 'da'),
  ).toBeUndefined();

  const template = templateGrid(validPlan());
  const r = inspectGrid(template, { today: TODAY });
  expect(coverWrite('phase', 'full', r.structure.draft, template, r.issues, 'da')).toEqual({
    sheet: 'Forside',
    cell: 'B5',
    value: 'Fuld implementering',
  });
  expect(coverWrite('municipality', '101', r.structure.draft, template, r.issues, 'da')?.value).toBe(
    'København',
  );
});

test('a value is either placed or dismissed, never both', () => {
  const at = { sheet: 'Ark1', cell: 'A9' };
  const placed = withPlaced(NO_CORRECTIONS, { ...at, field: 'cover.phase' });
  const dismissed = withDismissed(placed, at);
  expect(dismissed.placed).toEqual([]);
  expect(dismissed.dismissed).toEqual([at]);
  expect(withPlaced(dismissed, { ...at, field: 'cover.phase' }).dismissed).toEqual([]);
});

test('in Excel, corrections not in the cells ask for structuring before anything is sent', async () => {
  const host = new FakeHost(messyGrid());
  const { api, requests } = fakeApi(() => json(201, receipt()));
  const input = {
    lang: 'da' as const,
    interactive: false,
    today: TODAY,
    corrections: { ...NO_CORRECTIONS, cover: { phase: 'initial' as const } },
  };
  expect(
    await submitPlan(
      { host, api, auth: new FakeAuth({ name: 'K' }) },
      { ...input, correctionsInFile: false },
    ),
  ).toEqual({
    kind: 'needsStructure',
  });
  expect(requests).toEqual([]);
  const sent = await submitPlan(
    { host, api, auth: new FakeAuth({ name: 'K' }) },
    { ...input, correctionsInFile: true },
  );
  expect(sent.kind).toBe('accepted');
});
