// CPR door, round 13 (test/fixtures/cprRound13.ts): each probe's workbook is refused for its number
// with the place named, or refused outright naming its format, or (a control) accepted; and nothing
// the inspection returns repeats the number. A probe marked `before` is one the product missed (or
// named in words a coordinator cannot act on) before round 13's rules: it is expected to fail until
// its rule is in. The workbook's own file name, as the command line and the service pass it, is
// masked before anything of it is read.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { isCprDigits } from '../../../core/validate';
import { CPR_PLACE_FIXTURES, cprDigitsOf, sheet, zip } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES } from '../../fixtures/cprRound11';
import { ROUND12_PROBES } from '../../fixtures/cprRound12';
import { ROUND13_FILE_NAMES, ROUND13_PROBES, type Round13FileName } from '../../fixtures/cprRound13';
import { DOOR_TODAY, expectDoorOutcome } from '../../fixtures/doorOutcome';

const EARLIER = [
  ...CPR_PLACE_FIXTURES,
  ...ROUND8_PROBES,
  ...ROUND9_PROBES,
  ...ROUND10_PROBES,
  ...ROUND11_PROBES,
  ...ROUND12_PROBES,
];

describe('round 13 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–12', () => {
    const probes = ROUND13_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(EARLIER.map((f) => cprDigitsOf(f.written)));
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    const ids = [...ROUND13_PROBES.map((p) => p.id), ...ROUND13_FILE_NAMES.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const earlierIds = new Set(EARLIER.map((f) => f.id));
    expect(ids.filter((id) => earlierIds.has(id))).toEqual([]);
  });

  const caught = ROUND13_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND13_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectDoorOutcome(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 13)', (_id, p) =>
      expectDoorOutcome(p),
    );
});

/** A text as a reader folds it: compatibility forms (full-width digits), invisible characters out. */
function folded(text: string): string {
  return text.normalize('NFKC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

/** The forms of a file-name probe's number found in `text`. */
function shown(text: string, p: Round13FileName): string[] {
  const plain = folded(text);
  return p.shows.filter((form) => text.includes(form) || plain.includes(folded(form)));
}

describe('the file name as the command line and the service pass it (round 13)', () => {
  // A workbook with nothing of its own: the municipality is read from the name.
  const bytes = zip({ sheets: sheet() });
  const expectMasked = (p: Round13FileName): void => {
    const r = inspectBytes(bytes, { today: DOOR_TODAY, fileName: p.name });
    const json = JSON.stringify({ plan: r.plan, issues: r.issues, unmapped: r.unmapped, checks: r.checks });
    expect(shown(json, p)).toEqual([]);
    // The name was read (the municipality taken from it), its number masked.
    expect(json).toContain('Aarhus');
  };
  const caught = ROUND13_FILE_NAMES.filter((p) => p.before === undefined);
  const missed = ROUND13_FILE_NAMES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectMasked(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 13)', (_id, p) =>
      expectMasked(p),
    );

  // One process a name (the command reads one file): the two forms a reader is likeliest to meet.
  const cliNames = ROUND13_FILE_NAMES.filter((p) =>
    ['fileNameFullWidth', 'fileNameFourDigitYear'].includes(p.id),
  );
  const expectCliMasked = (p: Round13FileName): void => {
    const dir = mkdtempSync(join(tmpdir(), 'korpsplan-r13-'));
    try {
      writeFileSync(join(dir, p.name), bytes);
      const run = spawnSync(
        process.execPath,
        [join(__dirname, '..', '..', '..', 'bin', 'korpsplan.js'), 'inspect', join(dir, p.name), '--json'],
        { encoding: 'utf8', timeout: 60_000 },
      );
      const out = `${run.stdout}\n${run.stderr}`;
      expect(out).toContain('Aarhus');
      expect(shown(out, p)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  test.each(cliNames.filter((p) => p.before === undefined).map((p) => [p.id, p] as const))(
    'the command line (a process of its own, --json) prints no form of the number: %s',
    (_id, p) => expectCliMasked(p),
  );
  test.failing.each(cliNames.filter((p) => p.before !== undefined).map((p) => [p.id, p] as const))(
    'the command line (a process of its own, --json) prints no form of the number: %s (missed before round 13)',
    (_id, p) => expectCliMasked(p),
  );
});
