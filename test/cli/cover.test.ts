// --phase and --set FIELD=VALUE on inspect, validate and structure: cover values by id or by
// Danish or English label, refused with the allowed values when they are not one of them.

import { existsSync, readFileSync } from 'node:fs';
import { inspectOutputSchema, type InspectOutput } from '../../core/schema';
import { cli, tempDir } from './helpers';
import { planWithoutPhase } from './fixtures';

const TODAY = '2026-10-20';
const dir = tempDir('cover');
let file: string;
beforeAll(() => {
  file = dir.write('plan.xlsx', planWithoutPhase());
});
afterAll(() => dir.remove());

async function inspectJson(...args: string[]): Promise<{ code: number; out: InspectOutput }> {
  const r = await cli('inspect', file, '--json', '--today', TODAY, ...args);
  return { code: r.code, out: inspectOutputSchema.parse(JSON.parse(r.stdout)) };
}

test.each([['initial'], ['Indledende implementering'], ['Initial implementation']])(
  '--phase %s sets the phase and makes the plan valid',
  async (phase) => {
    const { code, out } = await inspectJson('--phase', phase);
    expect(code).toBe(0);
    expect(out.plan?.phase).toBe('initial');
    expect(out.issues.map((i) => i.code)).not.toContain('phase_missing');
  },
);

test('--set sets every cover field, by id or label, over what the workbook says', async () => {
  const { code, out } = await inspectJson(
    '--set',
    'phase=Klargøring',
    '--set',
    'municipality=Odense',
    '--set',
    'period=1. halvår 2027',
    '--set',
    'coordinator=Anne Holm',
    '--set',
    'coordinator-email=anho@odense.dk',
    '--set',
    'leader=Bo Berg',
    '--set',
    'leader-email=bobe@odense.dk',
    '--set',
    'organisation=Employment services',
    '--set',
    'supervision=external',
  );
  expect(code).toBe(0);
  expect(out.plan).toMatchObject({
    municipality: { code: '461', name: 'Odense' },
    period: '2027-H1',
    phase: 'readiness',
    coordinator: { name: 'Anne Holm', email: 'anho@odense.dk' },
    leader: { name: 'Bo Berg', email: 'bobe@odense.dk' },
    organisation: 'employment',
    supervisionModel: 'external',
  });
  // The places stay where the workbook had the fields.
  expect(out.draft?.places.municipality).toEqual({ sheet: 'Handleplan', cell: 'B2' });
});

test('the human report says which cover values were set rather than read', async () => {
  const r = await cli('inspect', file, '--today', TODAY, '--phase', 'initial', '--lang', 'en');
  expect(r.stdout).toMatch(/Phase\s+Initial implementation\s+\(set on the command line\)/);
  expect(r.stdout).toMatch(/Municipality\s+Aarhus \(751\)\s+\(read at Handleplan!B2\)/);
});

test('an empty value clears what was read', async () => {
  const { out } = await inspectJson('--phase', 'initial', '--set', 'coordinator=');
  expect(out.plan?.coordinator).toBeUndefined();
  expect(out.issues.map((i) => i.code)).toContain('coordinator_missing');
});

describe('refused with the allowed values (exit 2)', () => {
  test('a value outside its list, in both languages', async () => {
    const r = await cli('inspect', file, '--set', 'phase=Måske');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option_invalid');
    expect(r.stderr).toContain('"Måske" er ikke en gyldig værdi for fase');
    expect(r.stderr).toContain(
      'preparation (Forberedelse), readiness (Klargøring), initial (Indledende implementering), full (Fuld implementering)',
    );
    expect(r.stderr).toContain('preparation (Preparation), readiness (Readiness)');
    expect(r.stdout).toBe('');
  });

  test('as JSON under --json', async () => {
    const r = await cli('inspect', file, '--json', '--set', 'supervision=sometimes');
    expect(r.code).toBe(2);
    const body = JSON.parse(r.stdout) as { error: { code: string; message: { da: string; en: string } } };
    expect(body.error.code).toBe('option_invalid');
    expect(body.error.message.en).toContain('leader_or_coordinator (Leader or coordinator supervises)');
  });

  test.each([
    [['--set', 'colour=red'], 'municipality, period, phase, coordinator, coordinator-email'],
    [['--set', 'phase'], 'FIELD=VALUE'],
    [['--set', 'municipality=Atlantis'], 'is not a Danish municipality'],
    [['--set', 'period=2040-H1'], 'is not a half-year from 2024 to 2032'],
    [['--set', 'coordinator-email=anne'], 'is not an email address'],
    [['--phase', 'initial', '--set', 'phase=full'], 'The field phase is given more than once'],
    [
      ['--municipality', '751', '--set', 'municipality=461'],
      'The field municipality is given more than once',
    ],
  ])('%j', async (args, says) => {
    const r = await cli('inspect', file, '--lang', 'en', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
  });
});

test('validate takes --phase and --set', async () => {
  const without = await cli('validate', file, '--today', TODAY);
  expect(without.code).toBe(1);
  const withPhase = await cli(
    'validate',
    file,
    '--today',
    TODAY,
    '--phase',
    'full',
    '--set',
    'leader=Bo Berg',
  );
  expect(withPhase.code).toBe(0);
  expect(withPhase.stdout).not.toContain('phase_missing');
});

test('structure writes the values set into the cover of the structured workbook', async () => {
  const out = dir.path('struktureret.xlsx');
  const r = await cli(
    'structure',
    file,
    '-o',
    out,
    '--today',
    TODAY,
    '--phase',
    'full',
    '--set',
    'supervision=Intern supervisor',
  );
  expect(r.code).toBe(0);
  expect(existsSync(out)).toBe(true);
  const again = await cli('inspect', out, '--json', '--today', TODAY);
  const read = inspectOutputSchema.parse(JSON.parse(again.stdout));
  expect(read.plan).toMatchObject({
    phase: 'full',
    supervisionModel: 'internal',
    municipality: { code: '751' },
  });
  expect(readFileSync(out).byteLength).toBeGreaterThan(0);
});
