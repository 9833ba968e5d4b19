// Cover values set by a person (core/corrections.ts): they replace what was read, the issues,
// checks and unplaced values about those fields go, places stay, and validation judges the rest.

import type { CheckField } from '../../core/checkFields';
import { applyCover, readCoverValue } from '../../core/corrections';
import { coverValuesSchema } from '../../core/corrections-schema';
import { inspectGrid } from '../../core/inspect';
import { structure } from '../../core/structure';
import { readWorkbook } from '../../core/xlsx';
import type { ReadCheck } from '../../core/schema';
import { planWithoutPhase, type CellValue } from '../cli/fixtures';

const TODAY = '2026-10-20';

function gridOf(cover: readonly (readonly CellValue[])[], rows: readonly (readonly CellValue[])[] = []) {
  return readWorkbook(planWithoutPhase({ cover, rows }));
}

const COVER = [
  ['Kommune:', 'Aarhus'],
  ['Periode:', '2026-H2'],
  ['Koordinator:', 'Sofie Lund'],
  ['Fase:', 'Måske'],
] as const;

test('a phase set by a person replaces one that could not be read; its place stays', () => {
  const grid = gridOf(COVER);
  const before = inspectGrid(grid, { today: TODAY });
  expect(before.issues).toContainEqual(expect.objectContaining({ code: 'value_not_in_list', cell: 'B5' }));
  expect(before.unmapped).toContainEqual({ sheet: 'Handleplan', cell: 'B5', value: 'Måske' });
  expect(before.plan).toBeNull();

  const after = inspectGrid(grid, { today: TODAY, cover: { phase: 'initial' } });
  expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(after.unmapped.some((u) => u.cell === 'B5')).toBe(false);
  expect(after.plan?.phase).toBe('initial');
  expect(after.structure.draft.places.phase).toEqual({ sheet: 'Handleplan', cell: 'B5' });
});

test('a value outside its list elsewhere in the plan keeps its issue', () => {
  const grid = gridOf(COVER, [['15.12.2026', 'Ledelse', 'Møde', 'Referat', 'Leder', 'Måske']]);
  const after = inspectGrid(grid, { today: TODAY, cover: { phase: 'initial' } });
  expect(after.issues).toContainEqual(expect.objectContaining({ code: 'value_not_in_list', cell: 'F12' }));
  expect(after.unmapped).toContainEqual({ sheet: 'Handleplan', cell: 'F12', value: 'Måske' });
});

test('an unknown municipality, in the workbook or an option, is replaced by the one set', () => {
  const grid = gridOf([
    ['Kommune:', 'Atlantis'],
    ['Periode:', '2026-H2'],
  ]);
  for (const options of [{}, { municipality: 'Lilleby' }]) {
    const before = inspectGrid(grid, { today: TODAY, ...options });
    expect(before.issues.map((i) => i.code)).toContain('municipality_unknown');
    const after = inspectGrid(grid, {
      today: TODAY,
      ...options,
      cover: { municipality: '461', phase: 'full' },
    });
    expect(after.issues.map((i) => i.code)).not.toContain('municipality_unknown');
    expect(after.issues.map((i) => i.code)).not.toContain('municipality_missing');
    expect(after.plan?.municipality).toEqual({ code: '461', name: 'Odense' });
  }
});

test('a malformed period is replaced; null clears a field, which is then missing', () => {
  const grid = gridOf([
    ['Kommune:', 'Aarhus'],
    ['Periode:', 'efteråret'],
  ]);
  const read = inspectGrid(grid, { today: TODAY, cover: { phase: 'full' } });
  expect(read.issues.map((i) => i.code)).toContain('period_malformed');
  const set = inspectGrid(grid, { today: TODAY, cover: { phase: 'full', period: '2026-H2' } });
  expect(set.issues.map((i) => i.code)).not.toContain('period_malformed');
  expect(set.plan?.period).toBe('2026-H2');
  const cleared = inspectGrid(gridOf(COVER), { today: TODAY, cover: { phase: 'full', period: null } });
  expect(cleared.issues).toContainEqual(
    expect.objectContaining({ code: 'period_missing', sheet: 'Handleplan', cell: 'B3' }),
  );
  expect(cleared.plan).toBeNull();
});

test('people: a name and e-mail set together; an e-mail without a name is an error at the name', () => {
  const grid = gridOf([
    ['Kommune:', 'Aarhus'],
    ['Periode:', '2026-H2'],
  ]);
  const both = inspectGrid(grid, {
    today: TODAY,
    cover: { phase: 'full', leaderName: 'Bo Berg', leaderEmail: 'bobe@aarhus.dk', coordinatorName: 'Ida' },
  });
  expect(both.plan?.leader).toEqual({ name: 'Bo Berg', email: 'bobe@aarhus.dk' });
  expect(both.plan?.coordinator).toEqual({ name: 'Ida' });

  const alone = inspectGrid(grid, {
    today: TODAY,
    cover: { phase: 'full', coordinatorEmail: 'ida@aarhus.dk' },
  });
  const place = alone.structure.draft.places.coordinatorName;
  expect(alone.issues).toContainEqual(
    expect.objectContaining({
      code: 'required_missing',
      severity: 'error',
      sheet: place?.sheet,
      cell: place?.cell,
    }),
  );
  expect(alone.plan).toBeNull();
  const clearedName = inspectGrid(gridOf(COVER), {
    today: TODAY,
    cover: { phase: 'full', coordinatorName: null, coordinatorEmail: 'ida@aarhus.dk' },
  });
  expect(clearedName.issues.map((i) => i.code)).toContain('required_missing');

  // The read coordinator keeps the name when only the e-mail is set; clearing the name clears the person.
  const read = inspectGrid(gridOf(COVER), {
    today: TODAY,
    cover: { phase: 'full', coordinatorEmail: 'so@aarhus.dk' },
  });
  expect(read.plan?.coordinator).toEqual({ name: 'Sofie Lund', email: 'so@aarhus.dk' });
  const gone = inspectGrid(gridOf(COVER), { today: TODAY, cover: { phase: 'full', coordinatorName: null } });
  expect(gone.plan?.coordinator).toBeUndefined();
  expect(gone.issues.map((i) => i.code)).toContain('coordinator_missing');
});

test('a value set is certain: checks of that field go, others stay', () => {
  const result = structure(gridOf(COVER));
  const check = (field: CheckField, cell: string): ReadCheck => ({
    sheet: 'Handleplan',
    cell,
    field,
    value: 'x',
    confidence: 0.5,
    reason: { da: 'gæt', en: 'guess' },
  });
  const withChecks = {
    ...result,
    checks: [check('cover.period', 'B3'), check('cover.phase', 'B5'), check('activities.status', 'F8')],
  };
  const after = applyCover(withChecks, { period: '2026-H2' });
  expect(after.checks.map((c) => c.field)).toEqual(['cover.phase', 'activities.status']);
  expect(applyCover(withChecks, {})).toBe(withChecks);
});

describe('values are checked where they come in', () => {
  test('the schema takes ids and refuses what is not one, unknown fields and CPR numbers', () => {
    expect(
      coverValuesSchema.safeParse({ phase: 'initial', municipality: '751', period: '2026-H1' }).success,
    ).toBe(true);
    for (const bad of [
      { phase: 'Indledende implementering' },
      { municipality: 'Aarhus' },
      { period: '2040-H1' },
      { colour: 'red' },
      { coordinatorName: 'Mette 010190-1234' },
      { leaderEmail: 'not-an-email' },
    ]) {
      expect(coverValuesSchema.safeParse(bad).success).toBe(false);
    }
    // applyCover takes parsed values (it is on the intake path, which loads no zod): the schema
    // refuses where values come in.
    expect(coverValuesSchema.safeParse({ phase: 'soon' }).success).toBe(false);
  });

  test('text typed by a person: by id, Danish or English label; refused with the allowed values', () => {
    for (const text of ['external', 'Ekstern supervisor', 'External supervisor', 'ekstern']) {
      expect(readCoverValue('supervisionModel', text)).toEqual({ ok: true, value: 'external' });
    }
    expect(readCoverValue('municipality', '751')).toEqual({ ok: true, value: '751' });
    expect(readCoverValue('municipality', 'Københavns Kommune')).toEqual({ ok: true, value: '101' });
    expect(readCoverValue('period', '2. halvår 2026')).toEqual({ ok: true, value: '2026-H2' });
    const phase = readCoverValue('phase', 'snart');
    expect(phase.ok).toBe(false);
    if (!phase.ok) {
      expect(phase.message.da).toContain('preparation (Forberedelse), readiness (Klargøring)');
      expect(phase.message.en).toContain('initial (Initial implementation), full (Full implementation)');
    }
    const cpr = readCoverValue('coordinatorName', 'Mette 010190-1234');
    expect(cpr.ok).toBe(false);
    if (!cpr.ok) expect(`${cpr.message.da} ${cpr.message.en}`).not.toMatch(/\d{4}/);
  });
});
