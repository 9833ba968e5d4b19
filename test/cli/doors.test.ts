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

describe('every typed text that would be sent or printed: refused before anything is sent', () => {
  let server: Server;
  let requests = 0;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test.each([
    [
      '--message',
      'a round opened with a message holding a date and the serial',
      [
        'round',
        'open',
        '--period',
        '2026-H2',
        '--deadline',
        '2026-12-15',
        '--message',
        'Husk borger 01.01.90-1234',
      ],
    ],
    [
      '--message',
      "a round's changed message with nine digits that lost their zero",
      ['round', 'change', '--period', '2026-H2', '--message', 'Ring om sag 101901234'],
    ],
    [
      '--comment',
      'a plan sent back with a comment holding ten digits',
      [
        'review',
        '20261204T120000123Z-751-2026-H2-0123456789ab',
        '--send-back',
        '--comment',
        'Slet 010190-1234',
      ],
    ],
    ['<submission>', 'a submission id that is a CPR number', ['review', '0101901234', '--approve']],
    [
      '--name',
      'a roster name',
      ['roster', 'add', '--role', 'leader', '--tenant', 't', '--object', 'o', '--name', 'Bo 01 01 90 1234'],
    ],
  ])('%s: %s', async (option, _what, args) => {
    const before = requests;
    const r = await cli(...args, '--server', url, '--token', 'x.y.z');
    expect(r.code).toBe(2);
    expect(requests).toBe(before);
    expect(r.stderr).toContain('option_invalid');
    expect(r.stderr).toContain(`${option} indeholder noget, der ligner et CPR-nummer`);
    expect(r.stderr).toContain(`${option} contains something that looks like a CPR number`);
    expect(r.stderr).toContain('intet er sendt');
    expect(leaks('0101901234', r.stdout, r.stderr)).toBe(false);
  });

  test('control: a message without a number is sent (the test server answers 500)', async () => {
    const before = requests;
    const r = await cli(
      'round',
      'open',
      '--period',
      '2026-H2',
      '--deadline',
      '2026-12-15',
      '--message',
      'Husk fristen 15.12.2026, ring på 12 34 56 78',
      '--server',
      url,
      '--token',
      'x.y.z',
    );
    expect(requests).toBeGreaterThan(before);
    expect(r.stderr).not.toContain('ligner et CPR-nummer');
  });
});
