// The door campaign's fast part (issue 10 "Done when"): every workbook of every fixture catalogue
// (CPR places and their controls, hostile archives, hostile content, the older hostile files) sent
// over HTTP to the service in this process, to POST /api/submissions and POST /api/structure, then
// the read routes; a sample through the real command line (bin/korpsplan.js in a process of its
// own, human and --json). Each file earns its outcome; then every answer, log line, stored blob,
// CLI output and file the CLI wrote is searched for every planted CPR number in all its forms, and
// controls show that the search finds numbers where they are.
//
// `npm run prove` runs the same campaign with every file through every command (./scripts/prove).

import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Client } from '../../scripts/prove/client';
import { demoPlan, demoWorkbook } from '../../functions/src/local/demoPlans';
import { CPR_MUNICIPALITY, cleanWorkbook, findLeaks, searchableText } from '../../scripts/prove/cpr';
import {
  controlNumbers,
  doorCatalogue,
  forbiddenNumbers,
  readBack,
  runDoorHttp,
  searchBlindSpots,
  type HttpOutcome,
} from '../../scripts/prove/door';
import { BIN_RUNNER, runDoorCli, type CliCommand, type CliRun } from '../../scripts/prove/doorCli';
import { PROVE_PERIOD } from '../../scripts/prove/service';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';
import { StorageView } from '../../scripts/prove/storage';
import { editZip, textCell, appendRow } from '../../scripts/prove/zipEdit';

// The campaign in beforeAll takes ~90 s alone on this machine class; room for a busy machine.
jest.setTimeout(420_000);

const files = doorCatalogue();
const byId = new Map(files.map((f) => [f.id, f]));

/**
 * The sample through the real command line: each command once, human and --json, each outcome
 * (a CPR number in a cell, a sheet name, a number cell, a zip entry's name; a control; two refusals).
 */
const CLI_SAMPLE: readonly (readonly [string, CliCommand])[] = [
  ['cprPlaces/textCell', 'inspect --json'],
  ['cprPlaces/sheetName', 'validate'],
  ['cprPlaces/numberLostLeadingZero', 'structure'],
  ['cprPlaces/entryName', 'submit --json'],
  ['cprPlaces/control.pNumberInText', 'inspect'],
  ['hostileArchives/crcMismatch', 'submit'],
  ['hostileContent/webserviceFormula', 'validate --json'],
];

let stack: Stack;
let client: Client;
let view: StorageView;
let http: HttpOutcome[];
let cli: CliRun[];
let reads: { reads: number; failed: string[] };
let blobs: { where: string; text: string }[];
/** The control number the stored valid plan carries (the blob search must find it). */
const STORED_CONTROL = { id: 'stored control', written: '2103841234' };

beforeAll(async () => {
  stack = await startInProcessStack();
  client = new Client(stack.url);
  client.recorder = [];
  view = new StorageView(stack.connectionString, stack.container);
  // A valid plan that carries a control number (a P-number, labelled: no CPR number), submitted
  // first: what is stored is searched too, and the search must find this number there.
  const carrier = editZip(await cleanWorkbook(), (e) =>
    appendRow(
      e,
      'Implementeringsplan',
      `<row r="60">${textCell('K60', `P-nr. ${STORED_CONTROL.written}`)}</row>`,
    ),
  );
  const stored = await client.submit('coordinator:751', carrier);
  if (stored.status !== 201) throw new Error(`the carrier plan was answered ${stored.status}`);

  // The command line runs in processes of its own, beside the HTTP part.
  const sample = new Map(CLI_SAMPLE);
  const cliDone = runDoorCli(
    files.filter((f) => sample.has(f.id)),
    {
      runner: BIN_RUNNER,
      dir: join(tmpdir(), `korpsplan-door-${process.pid}`),
      server: stack.url,
      commands: (f) => {
        const command = sample.get(f.id);
        return command ? [command] : [];
      },
    },
  );
  http = await runDoorHttp(files, client, view);
  reads = await readBack(client, PROVE_PERIOD);
  cli = await cliDone;
  blobs = [];
  for (const name of await view.all()) {
    const [container, ...rest] = name.split('/');
    if (container !== stack.container) continue;
    const body = await view.read(rest.join('/'));
    if (body) blobs.push({ where: `blob ${name}`, text: searchableText(body) });
  }
});
afterAll(() => stack.close());

test('the catalogues hold at least 40 new hostile or CPR-bearing workbooks, each with its outcome', () => {
  const fresh = files.filter((f) => f.catalogue !== 'hostile');
  expect(fresh.length).toBeGreaterThanOrEqual(40);
  expect(new Set(files.map((f) => f.id)).size).toBe(files.length);
  const kinds = new Set(files.map((f) => f.expect.kind));
  expect([...kinds].sort()).toEqual(['accepted', 'cpr', 'refused']);
  // The CLI sample names files that exist.
  expect(CLI_SAMPLE.filter(([id]) => !byId.has(id))).toEqual([]);
});

test.each(files.map((f) => [f.id, f] as const))(
  '%s earns its outcome over HTTP (every workbook route)',
  (id) => {
    const got = http.filter((h) => h.id === id);
    expect(got.map((h) => h.route)).toEqual(['/api/submissions', '/api/structure', '/api/next-period']);
    expect(got.map((h) => ({ route: h.route, problem: h.problem }))).toEqual(
      got.map((h) => ({ route: h.route, problem: null })),
    );
  },
);

test('the read routes answer after the campaign', () => {
  expect(reads.failed).toEqual([]);
  expect(reads.reads).toBeGreaterThanOrEqual(6);
});

test('the command line sample earns its outcomes (a process each, as a user runs it)', () => {
  expect(cli.length).toBe(CLI_SAMPLE.length);
  expect(cli.map((r) => ({ id: r.id, command: r.command, problem: r.problem }))).toEqual(
    cli.map((r) => ({ id: r.id, command: r.command, problem: null })),
  );
});

function everything(): { where: string; text: string }[] {
  const replies = (client.recorder ?? []).map((r, i) => ({
    where: `reply ${i} ${r.method} ${r.path} ${r.status}`,
    text: `${JSON.stringify(r.headers)}\n${searchableText(r.body)}`,
  }));
  const logs = stack.logs.map((line, i) => ({ where: `log ${i}`, text: line }));
  const outputs = cli.flatMap((r) => [
    { where: `cli ${r.id} ${r.command} stdout`, text: r.stdout },
    { where: `cli ${r.id} ${r.command} stderr`, text: r.stderr },
    ...(r.written ? [{ where: `cli ${r.id} ${r.command} file`, text: searchableText(r.written) }] : []),
  ]);
  return [...replies, ...logs, ...blobs, ...outputs];
}

test('no answer, log line, stored blob, CLI output or written file holds any planted CPR number', () => {
  const texts = everything();
  expect(texts.length).toBeGreaterThan(files.length * 2);
  expect(blobs.length).toBeGreaterThan(0);
  expect(findLeaks(texts, forbiddenNumbers(files))).toEqual([]);
});

describe('controls: the search finds numbers where they are', () => {
  test('every planted number is found in its own fixture (the search sees every form a fixture uses)', () => {
    // A number that only its format completes is in no byte of its file (the door still refuses it).
    const blind = searchBlindSpots(files);
    expect(blind.planted).toBeGreaterThanOrEqual(60);
    expect(blind.missed).toEqual([]);
  });

  test('the controls’ numbers, rightly printed and returned, are found in the outputs', () => {
    const found = new Set(findLeaks(everything(), controlNumbers(files)).map((l) => l.place));
    // A control's number sits in a cell: the structured workbook returned over HTTP and the CLI's
    // output hold it.
    expect(found).toContain('cprPlaces/control.pNumberInText');
    expect(found.size).toBeGreaterThanOrEqual(3);
  });

  test('the control number of the stored plan is found in the stored blobs', () => {
    expect(findLeaks(blobs, [STORED_CONTROL]).length).toBeGreaterThan(0);
  });

  test('what a request stores is seen, and counted against that request only (one listing between two)', async () => {
    const plan = {
      id: 'control/storedPlan',
      catalogue: 'hostile',
      name: 'storedPlan',
      planted: null,
    } as const;
    // Another plan than the stored one (the same plan again is answered as unchanged, and stores nothing).
    const bytes = await demoWorkbook(
      demoPlan({ municipality: CPR_MUNICIPALITY, period: PROVE_PERIOD, today: '2026-10-01', seed: 4712 }),
    );
    const got = await runDoorHttp([{ ...plan, expect: { kind: 'accepted' }, bytes }], client, view);
    expect(got.map((h) => [h.route, h.status, h.problem])).toEqual([
      ['/api/submissions', 201, null],
      ['/api/structure', 200, null],
      ['/api/next-period', 200, null],
    ]);
    expect(got[0]?.stored.length).toBeGreaterThan(0);
    expect(got.slice(1).map((h) => h.stored)).toEqual([[], []]);
  });
});
