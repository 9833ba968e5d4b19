// The command line's doors besides the workbook: plan files given to `korpsplan merge` (a person may
// write or edit them: their text goes into the leaders' summary) and the note given to `submit`.
// A CPR number in any form a sink masks — also nine digits that lost their leading zero, or a
// count stored as such a number — is refused by name before anything is written or sent.

import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plan } from '../../core/schema';
import { generateCorps } from '../fixtures/plans';
import { planWithoutPhase } from './fixtures';
import { cli, leaks, tempDir } from './helpers';

const dir = tempDir('doors');
afterAll(() => dir.remove());

function planFile(name: string, edit: (plan: Plan) => void): string {
  const [stored] = generateCorps({ seed: 31, municipalities: 1, activities: 4 });
  if (!stored) throw new Error('fixture');
  edit(stored.plan);
  return dir.write(name, new TextEncoder().encode(JSON.stringify(stored.plan)));
}

describe('korpsplan merge refuses a plan file with a CPR number, naming the file', () => {
  test.each([
    [
      'an activity with ten digits',
      (p: Plan) => {
        p.activities[0]!.activity = 'Samtale med 010190-1234';
      },
    ],
    [
      'a milestone with nine digits that lost their zero',
      (p: Plan) => {
        p.activities[0]!.milestone = 'Sag 101901234';
      },
    ],
    [
      'a count stored as a number that lost its zero',
      (p: Plan) => {
        p.indicators.push({ name: 'Egen', unit: 'count', result: 101901234 });
      },
    ],
  ])('%s', async (_what, edit) => {
    const file = planFile('plan.json', edit);
    const out = dir.path('oversigt.xlsx');
    const r = await cli('merge', file, '-o', out, '--period', '2026-H2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input_invalid');
    expect(r.stderr).toContain('plan.json');
    expect(r.stderr).toContain('ligner et CPR-nummer');
    expect(r.stderr).toContain('looks like a CPR number');
    expect(existsSync(out)).toBe(false);
    expect(leaks('0101901234', r.stdout, r.stderr)).toBe(false);
  });

  test('control: the same plan without the number is merged', async () => {
    const file = planFile('ren.json', () => undefined);
    const out = dir.path('ren.xlsx');
    const r = await cli('merge', file, '-o', out, '--period', '2026-H2');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('submit --note with nine digits that lost their zero', () => {
  let server: Server;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('is refused before anything is sent', async () => {
    const file = dir.write('note.xlsx', planWithoutPhase());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const r = await cli('submit', file, '--note', 'Ring om 202902345', '--server', url, '--token', 'x.y.z');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option_invalid');
    expect(requests).toBe(0);
    expect(leaks('0202902345', r.stdout, r.stderr)).toBe(false);
  });
});
