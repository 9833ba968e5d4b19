// The report's verdict: `npm run prove` exits non-zero exactly when brokenPromises() names something,
// so each kind of broken promise must be named, and a clean run must name none.

import { CPR_PLACES } from '../../scripts/prove/cpr';
import type { HostileResult } from '../../scripts/prove/hostile';
import { brokenPromises, renderReport, type RunFigures } from '../../scripts/prove/report';

const hostile: HostileResult = {
  name: 'zipBombForgedSizes',
  route: 'POST /api/submissions',
  bytes: 1000,
  expectedCode: 'zip_size_mismatch',
  expectedStatus: 422,
  status: 422,
  code: 'zip_size_mismatch',
  bilingual: true,
  ms: 50,
  mb: 2,
  stored: [],
  refused: true,
  withinTargets: true,
};

function clean(): RunFigures {
  const place = CPR_PLACES[0]!;
  return {
    started: new Date(Date.UTC(2026, 10, 23, 12)),
    seconds: 170,
    commit: 'abc1234',
    machine: { cores: 2, cpu: 'test', memoryGb: 8, node: 'v20', platform: 'linux x64' },
    hostileRuns: 1,
    hostile: [hostile],
    hostileStructure: [{ ...hostile, route: 'POST /api/structure' }],
    cpr: {
      results: [
        {
          place,
          route: 'POST /api/submissions',
          status: 422,
          code: 'cpr_found',
          placeNamed: true,
          stored: [],
          refused: true,
        },
      ],
      control: { status: 201, stored: 5, ok: true },
      searchSensitive: { found: [place.id], ok: true },
    },
    leaks: { replies: 10, logLines: 10, storageLogLines: 0, blobs: 3, leaks: [] },
    access: [
      {
        route: 'GET /api/roster',
        principal: 'leader',
        expected: '403',
        got: '403',
        pass: true,
        problem: null,
      },
    ],
    accessUncovered: [],
    loadSetup: {
      seconds: 60,
      municipalities: 98,
      leaders: 2,
      thinkMs: [1000, 4000],
      leaderThinkMs: [1000, 3000],
      readBackEvery: 3,
      reviewers: 2,
      loadAverage: { before: [1, 1, 1], after: [2, 2, 2] },
      cpu: [{ name: 'service', seconds: 50 }],
    },
    load: {
      seconds: 60,
      routes: [
        { route: 'POST /api/submissions', requests: 10, perSecond: 1, p50: 10, p95: 20, max: 30, errors: 0 },
      ],
      submissionsAccepted: 10,
      summariesServed: 2,
      errors: [],
      lost: [],
      misattributed: [],
      latestWrong: [],
      summaryProblems: [],
      integrityProblems: [],
      resubmitted: 98,
      municipalities: 98,
      storedSubmissions: 10,
      reviewsAccepted: 4,
      reviewsRaced: { taken: 1, superseded: 2 },
      reviewProblems: [],
      idle: [{ route: 'GET /api/summary', ms: [100] }],
    },
    faults: [
      {
        scenario: 'unavailable while writing the receipt',
        during: 'submission',
        kind: 'unavailable',
        answers: '503 → 201',
        fired: true,
        problems: [],
        slowestMs: 50,
      },
    ],
    door: {
      files: [
        { id: 'cprPlaces/textCell', catalogue: 'cprPlaces', name: 'textCell', expect: 'cpr', bytes: 900 },
        {
          id: 'hostileArchives/crcMismatch',
          catalogue: 'hostileArchives',
          name: 'crcMismatch',
          expect: 'refused zip_crc_mismatch',
          bytes: 900,
        },
      ],
      http: [
        {
          id: 'cprPlaces/textCell',
          route: '/api/submissions',
          status: 422,
          code: 'cpr_found',
          bilingual: true,
          cprMessages: ["Cell 'Ark1'!B2 contains something that looks like a CPR number."],
          ms: 20,
          stored: [],
          earned: true,
          problem: null,
        },
      ],
      cliRunner: 'bin/korpsplan.js',
      cli: [{ id: 'cprPlaces/textCell', command: 'inspect --json', exit: 1, ms: 900, problem: null }],
      reads: { reads: 6, failed: [] },
      search: {
        texts: { responses: 10 },
        megabytes: 1,
        numbers: 60,
        leaks: [],
        planted: 60,
        missedInFixtures: [],
        controls: 11,
        controlsFound: ['cprPlaces/control.pNumberInText'],
        storedControlFound: true,
      },
    },
    liveness: {
      craftedBytes: 160_000,
      status: 422,
      code: 'inspection_limit',
      refusedMs: 20_500,
      health: { count: 150, p50: 3, max: 40, failed: 0 },
      other: { status: 201, ms: 300 },
      mb: 250,
      kept: true,
    },
    largePlan: {
      bytes: 1_000_000,
      rows: 20_000,
      status: 200,
      code: null,
      message: null,
      ms: 9_000,
      mb: 600,
      originalKept: true,
      memoryLimitMb: 512,
      timeLimitMs: 20_000,
    },
  };
}

test('a clean run breaks no promise, and its report says so', () => {
  expect(brokenPromises(clean())).toEqual([]);
  expect(renderReport(clean())).toContain('**Verdict:** every promise kept');
});

test('the report gives the door’s figures: kinds refused with their codes, CPR places, worst refusal, liveness', () => {
  const report = renderReport(clean());
  expect(report).toContain('## 6. The door');
  expect(report).toMatch(/\| `zip_crc_mismatch` \| 1 \| crcMismatch \|/);
  expect(report).toContain('### CPR places covered: 1, and 0 controls');
  expect(report).toContain('| textCell | ✓ (1 HTTP, 1 CLI) |');
  expect(report).toContain('## 7. Worst refusal, liveness, a large plan');
  expect(report).toMatch(/slowest refusal \| zipBombForgedSizes .*: 50 ms, 2\.0 MB/);
  expect(report).toMatch(/p50 3 ms, max 40 ms, 0 failed/);
});

test('the load section tells the reviews made while municipalities submitted', () => {
  const report = renderReport(clean());
  expect(report).toContain('2 more review in the round');
  expect(report).toContain('| reviews accepted while municipalities submitted | 4 | ≥ 1 |');
  expect(report).toMatch(/\| reviews refused as raced .* \| 1 \/ 2 \|/);
});

test.each<[string, (f: RunFigures) => RunFigures]>([
  [
    'a hostile file accepted',
    (f) => ({ ...f, hostile: [{ ...hostile, status: 201, code: null, refused: false }] }),
  ],
  [
    'a hostile file over time',
    (f) => ({ ...f, hostileStructure: [{ ...hostile, ms: 1500, withinTargets: false }] }),
  ],
  [
    'a CPR number leaked',
    (f) => ({ ...f, leaks: { ...f.leaks, leaks: [{ place: 'cell', where: 'log 3' }] } }),
  ],
  ['a blind leak search', (f) => ({ ...f, cpr: { ...f.cpr, searchSensitive: { found: [], ok: false } } })],
  [
    'an access cell wrong',
    (f) => ({ ...f, access: [{ ...f.access[0]!, got: '200', pass: false, problem: '200' }] }),
  ],
  ['a route without a row in the access matrix', (f) => ({ ...f, accessUncovered: ['GET /api/new'] })],
  ['a lost submission', (f) => ({ ...f, load: { ...f.load, lost: ['751 v3'] } })],
  [
    'an error under load',
    (f) => ({
      ...f,
      load: { ...f.load, errors: [{ route: 'GET /api/summary', status: 500, code: 'internal_error' }] },
    }),
  ],
  [
    'an incomplete summary',
    (f) => ({ ...f, load: { ...f.load, summaryProblems: ['summary 1: Aarhus is not accounted for'] } }),
  ],
  [
    'a review not kept as sent',
    (f) => ({ ...f, load: { ...f.load, reviewProblems: ['the review of x was kept as approved ""'] } }),
  ],
  ['no review accepted under load', (f) => ({ ...f, load: { ...f.load, reviewsAccepted: 0 } })],
  ['a fault that did not happen', (f) => ({ ...f, faults: [{ ...f.faults[0]!, fired: false }] })],
  ['a fault not survived', (f) => ({ ...f, faults: [{ ...f.faults[0]!, problems: ['answered 500'] }] })],
  [
    'a door file answered otherwise over HTTP',
    (f) => ({
      ...f,
      door: {
        ...f.door,
        http: [{ ...f.door.http[0]!, status: 201, earned: false, problem: 'answered 201' }],
      },
    }),
  ],
  [
    'a command-line run not as promised',
    (f) => ({ ...f, door: { ...f.door, cli: [{ ...f.door.cli[0]!, exit: 0, problem: 'exit 0, not 1' }] } }),
  ],
  [
    'a read route failing',
    (f) => ({ ...f, door: { ...f.door, reads: { reads: 6, failed: ['GET /x: 500'] } } }),
  ],
  [
    'a CPR number in a command-line output',
    (f) => ({
      ...f,
      door: {
        ...f.door,
        search: {
          ...f.door.search,
          leaks: [{ place: 'cprPlaces/textCell', where: 'korpsplan inspect stdout' }],
        },
      },
    }),
  ],
  [
    'a leak search blind to a fixture’s number',
    (f) => ({
      ...f,
      door: { ...f.door, search: { ...f.door.search, missedInFixtures: ['cprPlaces/entryName'] } },
    }),
  ],
  [
    'a leak search that finds no control number',
    (f) => ({ ...f, door: { ...f.door, search: { ...f.door.search, controlsFound: [] } } }),
  ],
  [
    'a leak search that does not see the stored plan’s number',
    (f) => ({ ...f, door: { ...f.door, search: { ...f.door.search, storedControlFound: false } } }),
  ],
  [
    'the service not answering health while a crafted file is read',
    (f) => ({ ...f, liveness: { ...f.liveness, health: { ...f.liveness.health, max: 4000 }, kept: false } }),
  ],
  [
    'a large plan not structured',
    (f) => ({ ...f, largePlan: { ...f.largePlan, status: 422, code: 'inspection_limit' } }),
  ],
])('%s is a broken promise', (_what, breakIt) => {
  const figures = breakIt(clean());
  expect(brokenPromises(figures)).toHaveLength(1);
  expect(renderReport(figures)).toContain('1 promise broken');
});
