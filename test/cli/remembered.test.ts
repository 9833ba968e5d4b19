// Remembered corrections on the command line: --corrections FILE on the reading commands, and
// against a service `corrections get|put`, --remembered and submit --corrections.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsResponseSchema } from '../../core/contract';
import { inspectBytes, inspectGrid } from '../../core/inspect';
import { inspectOutputSchema } from '../../core/schema';
import { EMPTY_REMEMBERED, type RememberedEntries } from '../../core/remembered';
import { rememberFrom } from '../../core/remembered-schema';
import { readWorkbook } from '../../core/xlsx';
import { demoRoster, localRosterEntry } from '../../functions/src/auth/localIssuer';
import { startService, type TestService } from '../functions/harness';
import { cli, tempDir } from './helpers';

const fixtures = join(__dirname, '..', 'fixtures', 'remembered');
const FIRST = join(fixtures, 'hjoerring-2026-H2.xlsx');
const SECOND = join(fixtures, 'hjoerring-2027-H1.xlsx');
const tmp = tempDir('remembered');
afterAll(() => tmp.remove());

function firstPlanCorrections(): RememberedEntries {
  const grid = readWorkbook(readFileSync(FIRST));
  const read = inspectGrid(grid, { today: '2026-09-01' });
  const sheet = 'hjoerring-2026-H2';
  return rememberFrom(
    read.structure,
    grid,
    [
      { sheet, col: 2, field: 'responsible' },
      { sheet, col: 3, field: 'deadline' },
    ],
    [
      { sheet, cell: 'E8', field: 'activities.status', value: 'in_progress' },
      { sheet, cell: 'E9', field: 'activities.status', value: 'not_started' },
      { sheet, cell: 'E10', field: 'activities.status', value: 'done' },
      { sheet, cell: 'A10', field: 'activities.theme', value: 'upskilling' },
      { sheet, cell: 'B5', field: 'cover.coordinatorName', value: 'Mette Hansen' },
    ],
  ).entries;
}

const STATUSES = ['not_started', 'in_progress', 'done', 'in_progress', 'not_started'];

function writeJson(name: string, value: unknown): string {
  return tmp.write(name, Buffer.from(JSON.stringify(value)));
}

describe('--corrections FILE', () => {
  it('inspect reads the second plan with the first plan’s corrections, and says what it remembered', async () => {
    const file = writeJson('c.json', firstPlanCorrections());
    const without = await cli('inspect', SECOND, '--today', '2027-01-10', '--json');
    expect(without.code).toBe(1);
    const res = await cli('inspect', SECOND, '--today', '2027-01-10', '--json', '--corrections', file);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as { remembered: { key: string }[] };
    const out = inspectOutputSchema.parse(json);
    expect(out.plan?.activities.map((a) => a.status)).toEqual(STATUSES);
    expect(json.remembered.map((r) => r.key)).toContain('value:status:parkeret');

    const text = await cli('inspect', SECOND, '--today', '2027-01-10', '--corrections', file);
    expect(text.stdout).toContain('Husket fra sidst (10)');
    expect(text.stdout).toMatch(/'Plan 2027'!A6 {2}Status = Ikke startet/);
  });

  it('validate and structure take it too; the structured workbook holds the remembered readings', async () => {
    const file = writeJson('c2.json', firstPlanCorrections());
    const valid = await cli('validate', SECOND, '--today', '2027-01-10', '--corrections', file);
    expect(valid.code).toBe(0);
    const output = tmp.path('out.xlsx');
    const res = await cli('structure', SECOND, '-o', output, '--today', '2027-01-10', '--corrections', file);
    expect(res.code).toBe(0);
    const again = inspectBytes(readFileSync(output), { today: '2027-01-10' });
    expect(again.plan?.activities.map((a) => a.status)).toEqual(STATUSES);
  });

  it('a file that is not a set, not JSON or holds a CPR number is refused (exit 2) without repeating it', async () => {
    const cases = [
      writeJson('bad-list.json', {
        ...EMPTY_REMEMBERED,
        values: [{ list: 'status', text: 'ok ord', value: 'soon' }],
      }),
      tmp.write('not.json', Buffer.from('{"version":')),
      writeJson('cpr.json', {
        ...EMPTY_REMEMBERED,
        labels: [{ text: 'borger 010190-1234', field: 'leaderName' }],
      }),
    ];
    for (const file of cases) {
      const res = await cli('inspect', SECOND, '--corrections', file, '--json');
      expect(res.code).toBe(2);
      const body = JSON.parse(res.stdout) as { error: { code: string; message: { da: string; en: string } } };
      expect(body.error.code).toBe('option_invalid');
      expect(body.error.message.da).toContain('--corrections');
      expect(res.stdout + res.stderr).not.toMatch(/010190/);
    }
    const cpr = await cli('inspect', SECOND, '--corrections', cases[2] as string, '--json');
    expect((JSON.parse(cpr.stdout) as { error: { message: { da: string } } }).error.message.da).toContain(
      'CPR-nummer',
    );
  });
});

describe('corrections remember', () => {
  it('turns a workbook’s corrections given on the command line into the same set the pane makes', async () => {
    const sheet = 'hjoerring-2026-H2';
    const output = tmp.path('made.json');
    const res = await cli(
      'corrections',
      'remember',
      FIRST,
      '--column',
      `${sheet}!C=responsible`,
      '--column',
      `${sheet}!D=deadline`,
      '--value',
      `${sheet}!E8:activities.status=in_progress`,
      '--value',
      `${sheet}!E9:activities.status=not_started`,
      '--value',
      `${sheet}!E10:activities.status=done`,
      '--value',
      `${sheet}!A10:activities.theme=upskilling`,
      '--value',
      `${sheet}!B5:cover.coordinatorName=Mette Hansen`,
      '--value',
      `${sheet}!B8:activities.activity=Noget andet`,
      '-o',
      output,
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(firstPlanCorrections());
    expect(res.stdout).toContain('B8 activities.activity: Fri tekst huskes ikke');
  });

  it('a correction written wrongly is refused with the form to use', async () => {
    const res = await cli('corrections', 'remember', FIRST, '--column', 'C=responsible', '--json');
    expect(res.code).toBe(2);
    expect(JSON.parse(res.stdout)).toMatchObject({ error: { code: 'option_invalid' } });
    expect(res.stdout).toContain('SHEET!COLUMN=FIELD');
  });
});

describe('against the service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ parts: { today: () => '2027-01-10' } });
    const roster = demoRoster();
    await svc.setRoster({
      ...roster,
      entries: [...roster.entries, localRosterEntry({ role: 'coordinator', municipality: '860' })],
    });
  });
  afterAll(() => svc.close());
  const server = () => ['--server', svc.server.url];

  it('submit --corrections saves them for the municipality, and the service reads the plan with them', async () => {
    const file = writeJson('s.json', firstPlanCorrections());
    const refused = await cli('submit', SECOND, ...server(), '--as', 'coordinator:860', '--json');
    expect(refused.code).toBe(1);
    const res = await cli(
      'submit',
      SECOND,
      ...server(),
      '--as',
      'coordinator:860',
      '--corrections',
      file,
      '--json',
    );
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('Huskede rettelser gemt for kommune 860');
  });

  it('corrections get prints the saved set; inspect --remembered reads with it', async () => {
    const got = await cli('corrections', 'get', ...server(), '--as', 'coordinator:860', '--json');
    expect(got.code).toBe(0);
    const body = correctionsResponseSchema.parse(JSON.parse(got.stdout));
    expect(body.remembered).toEqual(firstPlanCorrections());
    // In words, fields and list values are named as the template names them, never by their codes.
    const text = await cli('corrections', 'get', ...server(), '--as', 'coordinator:860');
    expect(text.stdout).toContain('Huskede rettelser for kommune 860');
    expect(text.stdout).toMatch(/værdi "[^"]+" → Status: (Ikke startet|I gang|Gennemført)/);
    expect(text.stdout).not.toMatch(/→ (?:not_started|in_progress|done)\b|\[status\]/);

    const res = await cli(
      'inspect',
      SECOND,
      '--today',
      '2027-01-10',
      '--json',
      '--remembered',
      ...server(),
      '--as',
      'coordinator:860',
    );
    expect(res.code).toBe(0);
    expect(inspectOutputSchema.parse(JSON.parse(res.stdout)).plan?.activities.map((a) => a.status)).toEqual(
      STATUSES,
    );
  });

  it('corrections put merges (newest wins) or replaces', async () => {
    const file = writeJson('p.json', {
      ...EMPTY_REMEMBERED,
      values: [{ list: 'status', text: 'parkeret', value: 'changed' }],
    });
    const put = await cli('corrections', 'put', file, ...server(), '--as', 'coordinator:860', '--json');
    expect(put.code).toBe(0);
    const merged = correctionsResponseSchema.parse(JSON.parse(put.stdout)).remembered;
    expect(merged.values[0]).toEqual({ list: 'status', text: 'parkeret', value: 'changed' });
    expect(merged.values.filter((v) => v.text === 'parkeret')).toHaveLength(1);
    expect(merged.columns.length).toBe(2);

    const replaced = await cli(
      'corrections',
      'put',
      file,
      '--replace',
      ...server(),
      '--as',
      'coordinator:860',
      '--json',
    );
    expect(correctionsResponseSchema.parse(JSON.parse(replaced.stdout)).remembered.columns).toEqual([]);
  });

  it("another municipality's coordinator, a leader and an administrator are refused", async () => {
    for (const as of ['coordinator:751', 'leader', 'admin']) {
      const res = await cli('corrections', 'get', ...server(), '--as', as, '--municipality', '860', '--json');
      expect(res.code).toBe(2);
      const body = JSON.parse(res.stdout) as { error: { code: string } };
      expect(body.error.code).toBe('corrections_forbidden');
    }
  });
});
