// korpsplan structure writes no file that holds a CPR number: it says where the numbers are
// (places only, as POST /api/structure does) and exits 1, like any plan with errors.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cli, leaks, tempDir } from './helpers';
import { planWithoutPhase } from './fixtures';

const TODAY = '2026-10-20';
const dir = tempDir('structure');
afterAll(() => dir.remove());

test('a CPR number in a cell: nothing written, its place named, exit 1', async () => {
  const file = dir.write(
    'cpr.xlsx',
    planWithoutPhase({
      rows: [
        [
          '15.12.2026',
          'Evaluering',
          'Samtale med borger 010190-1234',
          'Notat',
          'Koordinator',
          'Ikke startet',
        ],
      ],
    }),
  );
  const out = dir.path('struktureret.xlsx');
  const r = await cli('structure', file, '-o', out, '--today', TODAY, '--phase', 'initial');
  expect(r.code).toBe(1);
  expect(existsSync(out)).toBe(false);
  expect(r.stdout).toContain('Intet er skrevet');
  expect(r.stdout).toContain('Handleplan!C11');
  expect(r.stdout).toContain('[cpr_number]');
  // Only the places of the numbers: no other issue, no plan content.
  expect(r.stdout).not.toContain('[checklist_unanswered]');
  expect(leaks('0101901234', r.stdout, r.stderr)).toBe(false);
});

test('an existing file of that name is left as it was', async () => {
  const file = dir.write('cpr2.xlsx', planWithoutPhase({ sheetName: 'Plan 020290-2345' }));
  const out = dir.path('findes.xlsx');
  writeFileSync(out, 'before');
  const r = await cli('structure', file, '-o', out, '--lang', 'en');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('Nothing was written');
  expect(readFileSync(out, 'utf8')).toBe('before');
});

test('control: the same plan without the number is written', async () => {
  const file = dir.write('ren.xlsx', planWithoutPhase());
  const out = dir.path('ren-struktureret.xlsx');
  const r = await cli('structure', file, '-o', out, '--today', TODAY, '--phase', 'initial');
  expect(r.code).toBe(0);
  expect(existsSync(out)).toBe(true);
});
