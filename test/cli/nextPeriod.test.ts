// korpsplan next-period: from a stored 1.0 submission (JSON, as the service keeps it) and from a
// workbook; a plan with errors is not rolled forward.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../core/inspect';
import { readHistory } from '../../core/nextPeriod';
import { allAnswered, versionedWorkbook } from '../fixtures/versioned';
import { cli, tempDir } from './helpers';

const STORED = join(__dirname, '..', 'fixtures', 'stored', 'submissions-1.0.json');

describe('korpsplan next-period', () => {
  const dir = tempDir('nextperiod');
  afterAll(() => dir.remove());

  it('starts 2026-H2 from a stored 1.0 submission, in template 1.1', async () => {
    const stored = (JSON.parse(readFileSync(STORED, 'utf8')) as unknown[])[0];
    const input = dir.path('aarhus-2026-H1.json');
    writeFileSync(input, JSON.stringify(stored));
    const out = dir.path('aarhus-2026-H2.xlsx');
    const run = await cli('next-period', input, '-o', out, '--today', '2026-07-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Næste halvår 2026-H2');
    const read = inspectBytes(new Uint8Array(readFileSync(out)), { today: '2026-07-01' });
    expect(read.plan?.period).toBe('2026-H2');
    expect(read.plan?.templateVersion).toBe('1.1');
    expect(readHistory(read.grid).from).toEqual([{ period: '2026-H1', templateVersion: '1.0' }]);
  });

  it('starts the half-year asked for from a workbook', async () => {
    const input = dir.write(
      'odense.xlsx',
      versionedWorkbook({
        version: '1.1',
        municipality: 'Odense',
        period: '2026-H1',
        answers: allAnswered('1.1'),
      }),
    );
    const out = dir.path('odense-next.xlsx');
    const run = await cli('next-period', input, '-o', out, '--period', '2027-H1', '--today', '2026-07-01');
    expect(run.code).toBe(0);
    const read = inspectBytes(new Uint8Array(readFileSync(out)), { today: '2026-07-01' });
    expect(read.plan?.period).toBe('2027-H1');
    // The activity "Kursus for mentorer" (I gang, deadline 30-09-2026) is carried; the one done is history.
    expect(read.plan?.activities.map((a) => a.activity)).toEqual(['Kursus for mentorer']);
    expect(readHistory(read.grid).activities.map((a) => a.activity)).toEqual(['Styregruppemøde']);
  });

  it('refuses a period before the plan’s and a workbook with errors', async () => {
    const input = dir.write(
      'odense2.xlsx',
      versionedWorkbook({
        version: '1.1',
        municipality: 'Odense',
        period: '2026-H1',
        answers: allAnswered('1.1'),
      }),
    );
    const back = await cli('next-period', input, '-o', dir.path('x.xlsx'), '--period', '2025-H2');
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('2026-H1');

    const broken = dir.write(
      'broken.xlsx',
      versionedWorkbook({ version: '1.1', municipality: 'Atlantis', period: '2026-H1', answers: {} }),
    );
    const run = await cli('next-period', broken, '-o', dir.path('y.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('planen har fejl');
  });
});
