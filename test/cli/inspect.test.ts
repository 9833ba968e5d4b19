// korpsplan inspect shows what it read — cover, activity table, checklist, counts, the values to
// check — also when errors keep the plan from being valid, and --json carries it beside the issues.

import type { CheckField } from '../../core/checkFields';
import { readFileSync } from 'node:fs';
import { inspectOutputSchema, type ReadCheck } from '../../core/schema';
import { inspectBytes } from '../../core/inspect';
import { CHECKLIST_IDS } from '../../core/spec';
import { formatRead, REPORT_WIDTH } from '../../cli/report';
import { cli, tempDir } from './helpers';
import { ACTIVITY_ROWS, planWithoutPhase } from './fixtures';

const TODAY = '2026-10-20';
const dir = tempDir('inspect');
afterAll(() => dir.remove());

/** The lines of the activity table: from its heading to the first blank line. */
function tableLines(stdout: string, heading: RegExp): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end);
}

describe('inspect prints the plan it read', () => {
  test('cover, activity table, checklist and counts, though a missing phase keeps it from being valid', async () => {
    const file = dir.write('uden-fase.xlsx', planWithoutPhase());
    const r = await cli('inspect', file, '--today', TODAY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Ingen gyldig plan endnu');
    expect(r.stdout).toMatch(/Kommune\s+Aarhus \(751\)\s+\(læst i Handleplan!B2\)/);
    expect(r.stdout).toMatch(/Periode\s+2026-H2/);
    expect(r.stdout).toMatch(/Koordinator\s+Sofie Lund/);

    const table = tableLines(r.stdout, /^Aktiviteter \(4, 1 forsinket\), fra arket Handleplan:$/);
    expect(table[0]).toMatch(/Række\s+Indsatsområde\s+Aktivitet\s+Status\s+Start\s+Deadline\s+Ansvarlig/);
    expect(table).toHaveLength(1 + ACTIVITY_ROWS.length);
    expect(table[1]).toMatch(
      /^ {2}7\s+Ledelse\s+Styregruppemøde.*\s+Gennemført\s+–\s+2026-09-15\s+Områdechef$/,
    );
    // A range gives start and deadline; a passed deadline marks the status "!".
    expect(table[4]).toMatch(/2026-11-01\s+2026-12-15/);
    expect(table[2]).toMatch(/I gang !/);
    // The table fits 100 columns: the long activity is cut with an ellipsis.
    for (const line of table) expect([...line].length).toBeLessThanOrEqual(REPORT_WIDTH);
    expect(table[2]).toContain('Nyhedsbrev til');
    expect(table[2]).toContain('…');
    expect(r.stdout).not.toContain('de frivillige foreninger');

    for (const id of CHECKLIST_IDS) expect(r.stdout).toMatch(new RegExp(`^ {2}${id}\\s+–$`, 'm'));
    expect(r.stdout).toContain(`Huskeliste (0/${CHECKLIST_IDS.length} besvaret)`);
    expect(r.stdout).toContain('Korps: 0 · Indikatorer: 0 · Temaer dækket: 4/8');
    // The issues still follow.
    expect(r.stdout).toContain('[phase_missing]');
  });

  test('in English with --lang en', async () => {
    const file = dir.write('en.xlsx', planWithoutPhase());
    const r = await cli('inspect', file, '--today', TODAY, '--lang', 'en');
    expect(r.stdout).toContain('What was read (not valid yet):');
    expect(r.stdout).toMatch(/Row\s+Focus area\s+Activity\s+Status\s+Start\s+Deadline\s+Responsible/);
    expect(r.stdout).toMatch(/Leadership\s+Styregruppemøde.*Done/);
    expect(r.stdout).toContain(`Checklist (0/${CHECKLIST_IDS.length} answered)`);
  });

  test('a value that could not be read is marked ✖ where it belongs', async () => {
    const file = dir.write(
      'dato.xlsx',
      planWithoutPhase({
        rows: [
          [
            'når det passer',
            'Evaluering',
            'Evaluering af første halvår',
            'Notat',
            'Koordinator',
            'Ikke startet',
          ],
        ],
      }),
    );
    const r = await cli('inspect', file, '--today', TODAY);
    const row = tableLines(r.stdout, /^Aktiviteter/).find((l) => /^ {2}11\s/.test(l));
    expect(row).toMatch(/Ikke startet\s+–\s+✖\s+Koordinator$/);
    expect(r.stdout).toContain('Handleplan!A11');
  });

  test('values read with less than certainty are marked ? and listed with place and reason', () => {
    const result = inspectBytes(planWithoutPhase(), { today: TODAY });
    const check = (sheet: string, cell: string, field: CheckField, value: string): ReadCheck => ({
      sheet,
      cell,
      field,
      value,
      confidence: 0.5,
      reason: { da: `gættet (${field})`, en: `guessed (${field})` },
    });
    const checks = [
      check('Handleplan', 'F9', 'activities.status', 'Ikke startet'),
      check('Handleplan', 'B3', 'cover.period', '2026-H2'),
    ];
    const lines = formatRead({ ...result, checks }, 'da');
    const text = lines.join('\n');
    expect(lines.find((l) => /^ {2}9\s/.test(l))).toMatch(/Ikke startet \?/);
    expect(lines.find((l) => /^ {2}8\s/.test(l))).not.toMatch(/\?/);
    expect(text).toMatch(/Periode\s+2026-H2 \?/);
    expect(text).toContain('Tjek – værdier læst med usikkerhed (2):');
    expect(text).toContain(
      '? Handleplan!F9  Aktivitet: Status  "Ikke startet"  50 %  gættet (activities.status)',
    );
    expect(formatRead({ ...result, checks }, 'en').join('\n')).toContain('guessed (cover.period)');
  });
});

describe('inspect --json carries what was read beside the issues', () => {
  test('{ plan, draft, issues, unmapped, checks }: no plan yet, the draft with its places', async () => {
    const file = dir.write('json.xlsx', planWithoutPhase());
    const r = await cli('inspect', file, '--json', '--today', TODAY);
    expect(r.code).toBe(1);
    const out = inspectOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.plan).toBeNull();
    expect(out.issues.map((i) => i.code)).toContain('phase_missing');
    expect(out.draft?.municipality).toEqual({ code: '751', name: 'Aarhus' });
    expect(out.draft?.places.municipality).toEqual({ sheet: 'Handleplan', cell: 'B2' });
    expect(out.draft?.activities).toHaveLength(4);
    expect(out.draft?.activities[0]).toMatchObject({
      values: { theme: 'leadership', status: 'done', deadline: '2026-09-15', responsible: 'Områdechef' },
      source: { sheet: 'Handleplan', row: 7 },
      cells: { activity: 'C7', status: 'F7' },
    });
    expect(out.draft?.checklist).toHaveLength(CHECKLIST_IDS.length);
    expect(out.checks).toEqual([]);
  });

  test('the canonical plan when valid, and merge still takes the output', async () => {
    const file = dir.write('gyldig.xlsx', planWithoutPhase());
    const r = await cli('inspect', file, '--json', '--today', TODAY, '--phase', 'initial');
    expect(r.code).toBe(0);
    const out = inspectOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.plan?.phase).toBe('initial');
    expect(out.plan?.activities).toHaveLength(4);
    expect(out.draft?.phase).toBe('initial');
    const json = dir.write('gyldig.json', new TextEncoder().encode(r.stdout));
    const summary = dir.path('oversigt.xlsx');
    const merged = await cli('merge', json, '-o', summary, '--period', '2026-H2');
    expect(merged.code).toBe(0);
    expect(readFileSync(summary).byteLength).toBeGreaterThan(0);
  });

  test('nothing read from a workbook with a CPR number: no plan, no draft, no table', async () => {
    const file = dir.write('cpr.xlsx', planWithoutPhase({ sheetName: 'Plan 010190-1234' }));
    const json = await cli('inspect', file, '--json', '--today', TODAY, '--phase', 'initial');
    const out = inspectOutputSchema.parse(JSON.parse(json.stdout));
    expect(out.plan).toBeNull();
    expect(out.draft).toBeNull();
    expect(out.issues.some((i) => i.code === 'cpr_number')).toBe(true);
    const text = await cli('inspect', file, '--today', TODAY, '--phase', 'initial');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('ligner et CPR-nummer, så det læste vises ikke');
    expect(text.stdout).not.toMatch(/^Aktiviteter \(|^Huskeliste \(|^Forside:/m);
  });
});
