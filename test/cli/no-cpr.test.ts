// No CPR number in anything the command line prints: human and --json, issues, refusals, errors
// and crashes. Each case plants a different number where a user or a workbook can put one, and
// stdout + stderr are searched for its digits in every form (with and without a separator, and
// without the leading zero a number cell drops). The masking sits at the CLI's one way out
// (cli/output.ts), so these hold whatever a message quotes.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as inspectModule from '../../core/inspect';
import { cli, leaks, tempDir, type CliRun } from './helpers';
import { HEADERS, ACTIVITY_ROWS, planWithoutPhase, workbookOf } from './fixtures';

const TODAY = '2026-10-20';
const dir = tempDir('nocpr');
afterAll(() => dir.remove());

function expectNoLeak(digits: string, ...runs: CliRun[]): void {
  for (const r of runs) {
    expect({ digits, leaked: leaks(digits, r.stdout, r.stderr) }).toEqual({ digits, leaked: false });
  }
}

function expectJson(r: CliRun): unknown {
  return JSON.parse(r.stdout) as unknown;
}

test('control: the search finds a planted number in every form', () => {
  for (const form of ['0101901234', '010190-1234', '010190 1234', '01.01.90-1234', '101901234']) {
    expect(leaks('0101901234', `Ark ${form} her`)).toBe(true);
  }
  expect(leaks('0101901234', 'Ark [CPR fjernet] her', '0101901235', '2026-01-01')).toBe(false);
});

test('a sheet named with a CPR number: inspect, validate and structure, human and JSON', async () => {
  const digits = '0101901234';
  const file = dir.write('ark.xlsx', planWithoutPhase({ sheetName: 'Plan 010190-1234' }));
  const runs = [
    await cli('inspect', file, '--today', TODAY),
    await cli('inspect', file, '--today', TODAY, '--json'),
    await cli('validate', file, '--today', TODAY),
    await cli('validate', file, '--today', TODAY, '--json', '--lang', 'en'),
    await cli('structure', file, '-o', dir.path('ark-ud.xlsx'), '--today', TODAY),
  ];
  expectNoLeak(digits, ...runs);
  for (const r of runs) expect(r.code).toBe(1);
  // The sheet is still named, masked: issues at it keep their place.
  expect(runs[0]?.stdout).toContain("'Plan [CPR fjernet]'!B6");
  expectJson(runs[1]!);
  expectJson(runs[3]!);
});

test('a formula quoted in a refusal', async () => {
  const digits = '0202902345';
  const file = dir.write(
    'formel.xlsx',
    workbookOf([
      {
        name: 'Plan',
        rows: [HEADERS, ...ACTIVITY_ROWS, [{ formula: `'C:\\p\\[a.xlsx]S'!A1&"0202902345"`, text: 'x' }]],
      },
    ]),
  );
  const human = await cli('inspect', file);
  const json = await cli('inspect', file, '--json');
  expect(human.code).toBe(2);
  expect(human.stderr).toContain('external_link');
  expect(human.stderr).toContain('[CPR fjernet]');
  expect(json.code).toBe(2);
  expect(expectJson(json)).toMatchObject({ error: { code: 'external_link' } });
  expectNoLeak(digits, human, json);
});

test('a number cell that lost its leading zero, listed as not placed', async () => {
  const digits = '0303903456';
  const file = dir.write(
    'tal.xlsx',
    planWithoutPhase({ rows: [[null, null, null, null, null, null, 'Sagsnr', 303903456]] }),
  );
  const human = await cli('inspect', file, '--today', TODAY);
  const json = await cli('inspect', file, '--today', TODAY, '--json');
  expect(human.stdout).toContain('Handleplan!H11  "[CPR fjernet]"');
  const body = expectJson(json) as { unmapped: { sheet: string; cell: string; value: string }[] };
  expect(body.unmapped).toContainEqual({ sheet: 'Handleplan', cell: 'H11', value: '[CPR fjernet]' });
  expectNoLeak(digits, human, json);
});

test('a --set value with a CPR number is refused without repeating it', async () => {
  const digits = '0404904567';
  const file = dir.write('set.xlsx', planWithoutPhase());
  const human = await cli('inspect', file, '--set', 'coordinator=Mette 040490-4567');
  const json = await cli('validate', file, '--json', '--set', 'leader=040490 4567');
  const structure = await cli(
    'structure',
    file,
    '-o',
    dir.path('set-ud.xlsx'),
    '--set',
    'coordinator=0404904567',
  );
  for (const r of [human, json, structure]) expect(r.code).toBe(2);
  expect(human.stderr).toContain('ligner et CPR-nummer');
  expectNoLeak(digits, human, json, structure);
});

test('an option value echoed by the command-line parser, and a file name in an error', async () => {
  const file = dir.write('ok.xlsx', planWithoutPhase());
  const today = await cli('inspect', file, '--today', '050590-5678');
  const lang = await cli('inspect', file, '--lang', '0505905678');
  const unknown = await cli('inspect', file, '--050590-5678');
  expect(today.code).toBe(2);
  expect(lang.code).toBe(2);
  expect(unknown.code).toBe(2);
  expectNoLeak('0505905678', today, lang, unknown);
  const missing = await cli('inspect', dir.path('plan 060690-6789.xlsx'));
  const missingJson = await cli('inspect', dir.path('606906789.xlsx'), '--json');
  expect(missing.code).toBe(2);
  expect(missing.stderr).not.toBe('');
  expectJson(missingJson);
  expectNoLeak('0606906789', missing, missingJson);
});

describe('a note with a CPR number never leaves the machine', () => {
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

  test('submit --note refuses it before sending anything', async () => {
    const file = dir.write('note.xlsx', planWithoutPhase());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const r = await cli('submit', file, '--note', 'Se sag 070790-7890', '--server', url, '--token', 'x.y.z');
    const json = await cli(
      'submit',
      file,
      '--note',
      '0707907890',
      '--server',
      url,
      '--token',
      'x.y.z',
      '--json',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option_invalid');
    expect(json.code).toBe(2);
    expect(requests).toBe(0);
    expectNoLeak('0707907890', r, json);
  });
});

test('a failure nobody foresaw is printed masked, exit 2', async () => {
  const spy = jest.spyOn(inspectModule, 'inspectGrid').mockImplementation(() => {
    throw new Error('kunne ikke læse 080890-8901 (808908901)');
  });
  try {
    const file = dir.write('crash.xlsx', planWithoutPhase());
    const r = await cli('inspect', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('korpsplan failed unexpectedly');
    expect(r.stderr).toContain('kunne ikke læse [CPR fjernet] ([CPR fjernet])');
    expectNoLeak('0808908901', r);
  } finally {
    spy.mockRestore();
  }
});
