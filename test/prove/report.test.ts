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
  };
}

test('a clean run breaks no promise, and its report says so', () => {
  expect(brokenPromises(clean())).toEqual([]);
  expect(renderReport(clean())).toContain('**Verdict:** every promise kept');
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
  ['a fault that did not happen', (f) => ({ ...f, faults: [{ ...f.faults[0]!, fired: false }] })],
  ['a fault not survived', (f) => ({ ...f, faults: [{ ...f.faults[0]!, problems: ['answered 500'] }] })],
])('%s is a broken promise', (_what, breakIt) => {
  const figures = breakIt(clean());
  expect(brokenPromises(figures)).toHaveLength(1);
  expect(renderReport(figures)).toContain('1 promise broken');
});
