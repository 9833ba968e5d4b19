// Writes test/jest/durations.json (seconds per suite, longest first) from the JSON report of a
// full Jest run: `npx jest --json --outputFile=/tmp/jest.json && node test/jest/durations.js /tmp/jest.json`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const report = process.argv[2];
if (!report) throw new Error('usage: node test/jest/durations.js JEST-JSON-REPORT');
const root = join(__dirname, '..', '..');
const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
const rows = testResults
  .map((r) => [
    relative(root, r.name).split('\\').join('/'),
    Math.round((r.endTime - r.startTime) / 100) / 10,
  ])
  .sort((a, b) => b[1] - a[1]);
writeFileSync(join(__dirname, 'durations.json'), `${JSON.stringify(Object.fromEntries(rows), null, 2)}\n`);
process.stdout.write(`${rows.length} suites written to test/jest/durations.json\n`);
