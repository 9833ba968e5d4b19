// Jest's own order (a suite that failed last time first, then the suites it knows nothing about,
// then the longest first, so that the workers end together), with one change: where this machine
// has no timing of its own for a suite (a fresh checkout, CI), the committed timing in
// durations.json stands in. Without it Jest orders a fresh checkout by file size, and a long suite
// with a short file (test/prove/door.test.ts) starts late and runs on alone at the end.
//
// Refresh durations.json after a full run: `npx jest --json --outputFile=/tmp/jest.json`, then
// `node test/jest/durations.js /tmp/jest.json`.
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const committed = require('./durations.json');

const root = join(__dirname, '..', '..');

class CommittedDurationsSequencer extends Sequencer {
  time(test) {
    const own = super.time(test);
    if (own != null) return own;
    const seconds = committed[relative(root, test.path).split('\\').join('/')];
    return seconds == null ? undefined : seconds * 1000;
  }
}

module.exports = CommittedDurationsSequencer;
