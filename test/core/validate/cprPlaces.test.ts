// Every place a workbook can hold text in (test/fixtures/cprPlaces.ts): a CPR number there is found,
// reported once at a place the coordinator can act on, in Danish and English, and never repeated in
// anything the inspection returns. Ten-digit numbers that a label or a format names as something
// else are accepted.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { isCprDigits } from '../../../core/validate';
import { CPR_PLACE_FIXTURES, cprDigitsOf, leakForms, leaks } from '../../fixtures/cprPlaces';

const TODAY = '2026-06-01';
const cpr = CPR_PLACE_FIXTURES.filter((f) => f.outcome === 'cpr');
const accepted = CPR_PLACE_FIXTURES.filter((f) => f.outcome === 'accepted');

/** Everything an inspection returns to a caller, as the CLI's --json and the service print it. */
function output(bytes: Uint8Array): { json: string; cprIssues: { da: string; en: string }[] } {
  const result = inspectBytes(bytes, { today: TODAY });
  const json = JSON.stringify({
    plan: result.plan,
    issues: result.issues,
    unmapped: result.unmapped,
    checks: result.checks,
    textFindings: result.grid.textFindings,
  });
  return { json, cprIssues: result.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message) };
}

describe('the fixtures', () => {
  test('cover at least 30 places and 5 controls, each with its own valid CPR-shaped number', () => {
    expect(cpr.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeGreaterThanOrEqual(5);
    const digits = CPR_PLACE_FIXTURES.map((f) => cprDigitsOf(f.written));
    expect(new Set(digits).size).toBe(digits.length);
    // Controls too are numbers that would be CPR numbers without their label or format.
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(CPR_PLACE_FIXTURES.map((f) => f.id)).size).toBe(CPR_PLACE_FIXTURES.length);
  });

  test('each fixture holds its number as written (the leak search has something to find)', () => {
    for (const f of CPR_PLACE_FIXTURES) {
      const bytes = f.build();
      expect(bytes.length).toBeGreaterThan(100);
      expect(bytes[0]).toBe(0x50); // PK: a zip
    }
  });
});

describe('a CPR number anywhere in the package is found, placed, and never repeated', () => {
  test.each(cpr.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const { json, cprIssues } = output(f.build());
    expect(cprIssues).toHaveLength(1);
    const [message] = cprIssues;
    expect(message!.en).toMatch(f.place);
    expect(message!.en).toContain('looks like a CPR number');
    expect(message!.da).toMatch(/CPR-nummer/);
    expect(message!.da).not.toEqual(message!.en);
    expect((JSON.parse(json) as { plan: unknown }).plan).toBeNull();
    expect(leaks(json, f.written)).toEqual([]);
  });
});

describe('ten-digit numbers named as something else are accepted', () => {
  test.each(accepted.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    let result: ReturnType<typeof output> | undefined;
    try {
      result = output(f.build());
    } catch (err) {
      if (err instanceof RefusalError) throw new Error(`refused: ${err.code} ${err.userMessage.en}`);
      throw err;
    }
    expect(result.cprIssues).toEqual([]);
  });
});

describe('the leak search', () => {
  test('finds a planted number in every form it could take', () => {
    const f = cpr.find((x) => x.id === 'textCell')!;
    const { json } = output(f.build());
    expect(leaks(json, f.written)).toEqual([]);
    for (const form of leakForms(f.written)) {
      const planted = json.replace('"issues":[', `"issues":["${form}",`);
      expect(leaks(planted, f.written)).toContain(form);
    }
  });

  test('knows a number without its leading zero and with spaces around the dash', () => {
    expect(leakForms('0101901234')).toEqual(
      expect.arrayContaining(['0101901234', '010190-1234', '010190 - 1234', '101901234']),
    );
    expect(leaks('{"value":"101901234"}', '010190-1234')).toEqual(['101901234']);
  });

  test('would catch an inspection that printed the number (the check is not vacuous)', () => {
    // The unmasked grid holds the number: searching it finds it.
    const f = cpr.find((x) => x.id === 'inlineString')!;
    const grid = inspectBytes(f.build(), { today: TODAY }).grid;
    expect(leaks(JSON.stringify(grid.sheets), f.written)).not.toEqual([]);
  });
});
