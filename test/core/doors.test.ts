// Every way in, not only the workbook: text a person sends through the product (a note, a leader's
// comment, a round's message, a correction or cover value typed in the pane or on the command line,
// a name in the roster) is refused when it holds a CPR number in any form a sink would mask —
// also nine digits that lost their leading zero and a number hidden behind percent-escapes — and
// the values a workbook puts into the plan are judged as the sinks judge them: a count read from a
// text cell '101901234' is a CPR number without its zero, reported at its cell. One helper decides
// (core/redact.ts holdsCpr), so what is stored is what the sinks show.

import { holdsCpr, jsonHoldsCpr, redactText } from '../../core/redact';
import { readCoverValue, readFieldValue } from '../../core/corrections';
import { correctionsSchema, coverValuesSchema } from '../../core/corrections-schema';
import { openRoundSchema, reviewRequestSchema } from '../../core/rounds';
import { rosterSchema, rosterWriteSchema } from '../../core/roster';
import { zodText } from '../../core/zodText';
import { inspectBytes } from '../../core/inspect';
import { leaks } from '../cli/helpers';
import { ACTIVITY_ROWS, HEADERS, workbookOf, type CellValue } from '../cli/fixtures';

/** Forms of 0101901234 a person may send that containsCpr alone (ten digits) does not see. */
const HIDDEN_FORMS: readonly [string, string][] = [
  ['nine digits that lost the leading zero', 'Ring om sag 101901234'],
  ['nine digits alone', '101901234'],
  ['percent-escaped ten digits', 'se %30%31%30%31%39%30%31%32%33%34'],
  ['percent-escaped nine digits', '%31%30%31%39%30%31%32%33%34'],
  ['ten digits joined to a number by a slash', 'mappe 5/0101901234'],
  ['a slash as the separator', 'Borger 010190/1234'],
  ['an underscore as the separator (a file name)', 'scan_010190_1234.pdf'],
  ['a dot as the separator', 'nr. 010190.1234'],
];

/** What a person may send that is no CPR number. */
const CONTROLS: readonly [string, string][] = [
  ['a phone number', 'Ring 12 34 56 78 eller +45 12345678'],
  ['nine digits that are no CPR number once zero-padded', 'Journalnr. 999999999'],
  ['an amount', 'Budget 1.101.901.234 kr.'],
  ['a date and a week', 'Møde 15.03.2026, uge 12'],
  ['a SHA-256 digest', `kvittering ${'0101901234'.repeat(6)}abcd`],
];

describe('holdsCpr: text a person sent', () => {
  test.each(HIDDEN_FORMS)('%s is a CPR number', (_what, text) => {
    expect(holdsCpr(text)).toBe(true);
  });
  test.each([
    ['ten digits with a hyphen', 'Barn 010190-1234'],
    ['ten digits in full-width digits', 'Barn ０１０１９０１２３４'],
  ])('%s is a CPR number', (_what, text) => {
    expect(holdsCpr(text)).toBe(true);
  });
  test.each(CONTROLS)('%s is not', (_what, text) => {
    expect(holdsCpr(text)).toBe(false);
  });
  test('whatever holdsCpr lets through, no sink masks', () => {
    for (const [, text] of [...CONTROLS, ...HIDDEN_FORMS]) {
      if (!holdsCpr(text)) expect(redactText(text)).toBe(text);
    }
  });
  test('jsonHoldsCpr: strings, keys and numbers that lost their zero', () => {
    expect(jsonHoldsCpr({ a: [{ b: 'x' }], n: 12 })).toBe(false);
    expect(jsonHoldsCpr({ a: [{ b: 'Sag 101901234' }] })).toBe(true);
    expect(jsonHoldsCpr({ corps: [{ activeCases: 101901234 }] })).toBe(true);
    expect(jsonHoldsCpr({ '010190-1234': 1 })).toBe(true);
  });
});

describe('corrections and cover values typed in the pane or on the command line', () => {
  test.each(HIDDEN_FORMS)('a table value with %s is refused without repeating it', (_what, text) => {
    for (const field of ['activities.activity', 'activities.responsible', 'corps.activeCases']) {
      const read = readFieldValue(field, text);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.message.da).toContain('CPR-nummer');
      expect(read.message.en).toContain('CPR number');
      expect(leaks('0101901234', read.message.da, read.message.en)).toBe(false);
    }
  });
  test('a cover value with nine digits that lost their zero is refused', () => {
    const read = readCoverValue('coordinatorName', 'Anna 101901234');
    expect(read).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('CPR number') as string },
    });
  });
  test('the boundary schemas refuse them too, and zodText says why in both languages', () => {
    const cover = coverValuesSchema.safeParse({ leaderName: 'Bo 101901234' });
    expect(cover.success).toBe(false);
    const values = correctionsSchema.safeParse({
      cover: {},
      columns: [],
      values: [{ sheet: 'Korps', cell: 'D2', field: 'corps.activeCases', value: '101901234' }],
      placed: [],
      dismissed: [],
    });
    expect(values.success).toBe(false);
    if (values.success) return;
    const said = zodText(values.error);
    expect(said.da).toContain('ligner et CPR-nummer');
    expect(said.en).toContain('looks like a CPR number');
  });
  test('controls: an ordinary count and name pass', () => {
    expect(readFieldValue('corps.activeCases', '12')).toEqual({ ok: true, value: 12 });
    expect(readCoverValue('coordinatorName', 'Anna Holm')).toMatchObject({ ok: true });
  });
});

describe("a leader's comment, a round's message and the roster", () => {
  test.each(HIDDEN_FORMS)(
    'a send-back comment with %s is refused, and the answer says why',
    (_what, text) => {
      const parsed = reviewRequestSchema.safeParse({ decision: 'sent_back', comment: text });
      expect(parsed.success).toBe(false);
      if (parsed.success) return;
      const said = zodText(parsed.error);
      expect(said.da).toBe('kommentaren ligner et CPR-nummer; korpsplan tager aldrig imod personnumre');
      expect(said.en).toBe(
        'the comment looks like a CPR number; korpsplan never takes personal identity numbers',
      );
    },
  );
  test("a round's message with nine digits that lost their zero is refused", () => {
    const parsed = openRoundSchema.safeParse({
      period: '2026-H2',
      deadline: '2026-12-15',
      message: 'Husk 101901234',
    });
    expect(parsed.success).toBe(false);
  });
  test('controls: an ordinary comment and message pass', () => {
    expect(reviewRequestSchema.safeParse({ decision: 'sent_back', comment: 'Se B4, uge 12' }).success).toBe(
      true,
    );
  });
  const entry = {
    tenantId: '11111111-1111-1111-1111-111111111111',
    objectId: '22222222-2222-2222-2222-222222222222',
    role: 'leader' as const,
  };
  test('a roster with a CPR number in a name or an e-mail address is not written', () => {
    for (const extra of [
      { name: 'Bo (010190-1234)' },
      { name: 'Bo 101901234' },
      { email: '0101901234@kommune.dk' },
    ]) {
      const roster = { version: 1, entries: [{ ...entry, ...extra }] };
      const parsed = rosterWriteSchema.safeParse(roster);
      expect(parsed.success).toBe(false);
      if (parsed.success) continue;
      expect(zodText(parsed.error).en).toMatch(/^the (name|email address) of user 1 looks like a CPR number/);
      // A roster stored before the check is still read: the administrators are not locked out.
      expect(rosterSchema.safeParse(roster).success).toBe(true);
    }
    expect(
      rosterWriteSchema.safeParse({ version: 1, entries: [{ ...entry, name: 'Bo Holm' }] }).success,
    ).toBe(true);
  });
});

describe("the plan's values, judged as the sinks judge them", () => {
  const cover: CellValue[][] = [
    ['Kommune:', 'Aarhus'],
    ['Periode:', '2026-H2'],
    ['Fase:', 'Klargøring'],
    ['Koordinator:', 'Sofie Lund'],
  ];
  function plan(corpsCases: CellValue, baseline: CellValue, activity?: CellValue): Uint8Array {
    return workbookOf([
      {
        name: 'Handleplan',
        rows: [
          ['Handleplan'],
          ...cover,
          [],
          HEADERS,
          ...ACTIVITY_ROWS,
          ...(activity === undefined
            ? []
            : [['15.12.2026', 'Ledelse', activity, 'Møde', 'Koordinator', 'I gang']]),
        ],
      },
      {
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', 10, corpsCases],
          ['CD', 'Mentor', 10, 3],
        ],
      },
      {
        name: 'Indikatorer',
        rows: [
          ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat'],
          ['Egen indikator', 'Antal', baseline, 5, 6],
        ],
      },
    ]);
  }
  const cprIssues = (bytes: Uint8Array) => {
    const result = inspectBytes(bytes, { today: '2026-10-01' });
    return { result, cpr: result.issues.filter((i) => i.code === 'cpr_number') };
  };

  test.each(['101901234', '101.901.234', '101 901 234'])(
    'a count and an indicator figure written %s in a text cell: a CPR number at each cell, no plan',
    (written) => {
      const { result, cpr } = cprIssues(plan(written, written));
      expect(result.plan).toBeNull();
      expect(cpr.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(['Indikatorer!C2', 'Korps!D2']);
      const korps = cpr.find((i) => i.sheet === 'Korps');
      expect(korps?.message.da).toContain("'Korps'!D2");
      expect(korps?.message.da).toContain('mistet sit foranstillede nul');
      expect(korps?.message.en).toContain("'Korps'!D2");
      expect(korps?.message.en).toContain('lost its leading zero');
      expect(leaks('0101901234', JSON.stringify(result.issues))).toBe(false);
    },
  );

  test.each(['Samtale 010190/1234', 'Se scan_010190_1234.pdf', 'Borger 010190.1234'])(
    'a cell %j (another separator after DDMMYY): a CPR number at its cell',
    (text) => {
      const { result, cpr } = cprIssues(plan(4, 7, text));
      expect(result.plan).toBeNull();
      expect(cpr.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Handleplan!C12']);
      expect(leaks('0101901234', JSON.stringify(result.issues))).toBe(false);
    },
  );

  test('an activity whose text holds nine digits that lost their zero: a CPR number at its cell', () => {
    const { result, cpr } = cprIssues(plan(4, 7, 'Opfølgning på sag 101901234'));
    expect(result.plan).toBeNull();
    expect(cpr.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Handleplan!C12']);
    expect(cpr[0]?.message.en).toContain('lost its leading zero');
  });

  test('a number cell already reported by the workbook scan is reported once', () => {
    const { cpr } = cprIssues(plan(101901234, 7));
    expect(cpr.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Korps!D2']);
  });

  test('controls: ordinary figures and a nine-digit number that is no CPR number give a plan', () => {
    const { result, cpr } = cprIssues(plan('4', '999999999', 'Opfølgning på journal 999999999'));
    expect(cpr).toEqual([]);
    expect(result.plan?.corps[0]?.activeCases).toBe(4);
    expect(result.plan?.indicators[0]?.baseline).toBe(999999999);
  });
});
