// The mask at every sink (core/redact.ts): CPR numbers in any written form, nine digits that lost
// their zero, inside JSON too — and the product's own machine tokens kept whole.

import { redactJson, redactText } from '../../core/redact';
import { receiptSchema } from '../../core/receipt';
import { maskCprDeep, maskCprText } from '../../core/validate/cpr';

const MASK = '[CPR fjernet]';

test.each([
  ['Borger 010190-1234 ringede', `Borger ${MASK} ringede`],
  ['0101901234', MASK],
  ['010190 1234', MASK],
  ["'Plan 010190-1234'!B6", `'Plan ${MASK}'!B6`],
  ['nr. 101901234.', `nr. ${MASK}.`],
  ['(101901234)', `(${MASK})`],
  // A path or a list joins numbers by a slash or a dash; the number is still one person's.
  ['/tmp/korpsplan-x9/606906789.xlsx', `/tmp/korpsplan-x9/${MASK}.xlsx`],
  ['mappe 2024/0606906789.xlsx', `mappe 2024/${MASK}.xlsx`],
  ['sag 12-060690-6789', `sag 12-${MASK}`],
])('%s is masked', (text, masked) => {
  expect(redactText(text)).toBe(masked);
});

test.each([
  ['a 9-digit number that is no CPR number once zero-padded', 'Sag 999999999'],
  ['nine digits inside a longer number', '1.101901234 kr'],
  ['a date and a phone number', '2026-03-15, tlf. 12 34 56 78'],
  ['eleven digits', '01019012345'],
])('%s is kept', (_what, text) => {
  expect(redactText(text)).toBe(text);
});

test('machine tokens pass whole, in text and as JSON strings', () => {
  const sha = `ab0101901234cd${'e'.repeat(50)}`;
  const id = '20261115T101112345Z-751-2026-H2-ab0101901234';
  const uuid = 'aaaaaaaa-aaaa-aaaa-aaaa-ab0101901234';
  expect(redactText(`Kvittering ${id}, sha ${sha}, objekt ${uuid}`)).toBe(
    `Kvittering ${id}, sha ${sha}, objekt ${uuid}`,
  );
  const receipt = {
    submissionId: id,
    municipality: { code: '751', name: 'Aarhus' },
    period: '2026-H2',
    receivedAt: '2026-11-15T10:11:12.345Z',
    sha256: sha,
    templateVersion: '1.0',
    counts: { activities: 3, late: 0, checklistAnswered: 15 },
    warnings: [],
  };
  expect(receiptSchema.parse(redactJson(receipt))).toEqual(receipt);
  // The same digits typed by a person are masked.
  expect(redactText('kode ab0101901234cd')).toBe(`kode ab${MASK}cd`);
});

test('JSON: strings, keys and numbers masked; the result is still JSON', () => {
  const value = {
    unmapped: [{ sheet: 'Plan 010190-1234', cell: 'H11', value: '101901234' }],
    count: 101901234,
    amount: 1234,
    when: new Date(Date.UTC(2026, 0, 1)),
    '0101901234': true,
    nested: { deep: ['x 0101901234'] },
    none: null,
  };
  const masked = redactJson(value);
  const text = JSON.stringify(masked);
  expect(JSON.parse(text)).toEqual({
    unmapped: [{ sheet: `Plan ${MASK}`, cell: 'H11', value: MASK }],
    count: MASK,
    amount: 1234,
    when: '2026-01-01T00:00:00.000Z',
    [MASK]: true,
    nested: { deep: [`x ${MASK}`] },
    none: null,
  });
  expect(text).not.toMatch(/0?1\D?0\D?1\D?9\D?0\D?1\D?2\D?3\D?4/);
});

describe('a number written in digit words, wherever a redacted text is printed or stored (round 25)', () => {
  const WORDS = 'Borger nul en nul en ni nul – en to tre fire ringede';
  test('the sinks mask it: a line of output, a JSON answer, a quoted workbook value', () => {
    expect(redactText(WORDS)).toBe(`Borger ${MASK} ringede`);
    expect(redactJson({ besked: WORDS })).toEqual({ besked: `Borger ${MASK} ringede` });
    expect(maskCprText(WORDS)).toBe(`Borger ${MASK} ringede`);
    expect(maskCprDeep([{ value: WORDS }])).toEqual([{ value: `Borger ${MASK} ringede` }]);
  });
  test.each([
    'Tæl: nul en to tre fire fem seks syv otte ni',
    'To til tre gange om ugen, fire til fem deltagere, et møde',
  ])('digit words that are no number pass unchanged: %s', (text) => {
    expect(redactText(text)).toBe(text);
    expect(maskCprText(text)).toBe(text);
  });
});
