// korpsplan round / status / review against the local server (real HTTP on loopback): a leader
// opens a round, a coordinator submits, the leader sends it back with a comment, the coordinator
// sees the comment in `status`, and wrong uses are refused in Danish and English.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';
import { startService, type TestService } from './harness';
import { PERIOD, workbook } from './fixtures';

let svc: TestService;
let dir: string;
beforeAll(async () => {
  svc = await startService();
  dir = mkdtempSync(join(tmpdir(), 'korpsplan-rounds-cli-'));
});
afterAll(async () => {
  await svc.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'korpsplan', ...args, '--server', svc.server.url], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

test('open a round, submit, send back with a comment, see it as the coordinator, approve', async () => {
  const opened = await cli(
    'round',
    'open',
    '--period',
    PERIOD,
    '--deadline',
    '2026-12-15',
    '--expected',
    '751,101',
    '--as',
    'leader',
  );
  expect(opened.code).toBe(0);
  expect(opened.stdout).toContain('Runden er åbnet');
  expect(opened.stdout).toContain('frist 2026-12-15');

  const listed = await cli('round', 'list', '--as', 'coordinator:751', '--lang', 'en');
  expect(listed.stdout).toContain(`${PERIOD}  deadline 2026-12-15`);

  const file = join(dir, 'aarhus.xlsx');
  writeFileSync(file, await workbook('751', { seed: 21 }));
  const submitted = await cli('submit', file, '--as', 'coordinator:751', '--json');
  expect(submitted.code).toBe(0);
  const id = (JSON.parse(submitted.stdout) as { submissionId: string }).submissionId;

  const missing = await cli('status', '--period', PERIOD, '--filter', 'mangler', '--as', 'leader', '--json');
  expect(
    (JSON.parse(missing.stdout) as { rows: { municipality: string }[] }).rows.map((r) => r.municipality),
  ).toEqual(['101']);

  const back = await cli(
    'review',
    id,
    '--send-back',
    '--comment',
    'Fasen mangler (Forside!B4).',
    '--as',
    'leader',
  );
  expect(back.code).toBe(0);
  expect(back.stdout).toContain(`Sendt tilbage: ${id}`);

  const seen = await cli('status', '--period', PERIOD, '--as', 'coordinator:751');
  expect(seen.code).toBe(0);
  expect(seen.stdout).toContain('Sendt tilbage');
  expect(seen.stdout).toContain('Fasen mangler (Forside!B4).');
  expect(seen.stdout).not.toContain('København');

  // The coordinator's history says it too, with the comment.
  const history = await cli('history', '--period', PERIOD, '--as', 'coordinator:751');
  expect(history.stdout).toMatch(/Sendt tilbage af .+: Fasen mangler \(Forside!B4\)\./);
});

test('wrong uses are refused with the reason in both languages', async () => {
  const noComment = await cli('review', 'x', '--send-back', '--as', 'leader', '--json');
  expect(noComment.code).toBe(2);
  expect(noComment.stdout).toContain('Write a comment');

  const file = join(dir, 'kbh.xlsx');
  writeFileSync(file, await workbook('101', { seed: 22 }));
  const id = (
    JSON.parse((await cli('submit', file, '--as', 'coordinator:101', '--json')).stdout) as {
      submissionId: string;
    }
  ).submissionId;
  const own = await cli('review', id, '--approve', '--as', 'coordinator:101', '--lang', 'en');
  expect(own.code).toBe(2);
  expect(own.stderr + own.stdout).toMatch(/coordinator/i);

  const twice = await cli(
    'round',
    'open',
    '--period',
    PERIOD,
    '--deadline',
    '2026-12-20',
    '--as',
    'admin',
    '--lang',
    'en',
  );
  expect(twice.code).toBe(2);
  expect(twice.stderr + twice.stdout).toContain(`There is already a round for ${PERIOD}`);
});
