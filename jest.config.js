const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker fewer than the cores, which on a 2-core machine (CI) is one: the
  // whole run in band, the second core idle. Two at least; `--maxWorkers=1` on the command line
  // still wins.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // The longest suites first also on a fresh checkout (test/jest/sequencer.js).
  testSequencer: '<rootDir>/test/jest/sequencer.js',
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  // ESM-only packages that Jest must turn into CommonJS, also where npm nested them
  // (node_modules/@microsoft/app-manifest/node_modules/strip-bom under office-addin-mock).
  transformIgnorePatterns: ['^(?!.*/node_modules/(strip-bom|uuid|jose)/).*/node_modules/'],
  testTimeout: 30000,
  // A worker that ran the service's suites (in-process Azurite, the inspection pool's worker threads,
  // HTTP servers) takes 0.5–1.5 s to exit by itself on a loaded 2-core machine; Jest's default of
  // 500 ms then force-exits it and warns of a leak. Measured: test/functions/local and resubmit side
  // by side warn at 500 ms and exit on their own within 1.5 s (no handle stays open: after the
  // service closes, process._getActiveHandles() holds nothing new).
  workerGracefulExitTimeout: 3000,
};
