// While a workbook is inspected, a text found free of CPR numbers is remembered (withCprMemo) so
// that the same theme or name on thousands of rows is pre-checked once. What is remembered must
// never hide a number: a text with one, beside and after thousands of clean texts like it, is
// still found at its cell; and the memo lasts only as long as its inspection.

import { containsCpr, maskCpr, surelyNoCpr, withCprMemo } from '../../../core/validate/cpr';
import { holdsCpr } from '../../../core/redact';
import { inspectSheet } from '../../fixtures/sheetjs';

const CLEAN = 'Forældremøde på skolen om korpsets opstart';
const DIRTY = `${CLEAN} 010190-1234`;

test('a text remembered as clean does not make a text with a number beside it clean', () => {
  withCprMemo(() => {
    for (let i = 0; i < 3; i++) expect(surelyNoCpr(CLEAN)).toBe(true);
    expect(surelyNoCpr(DIRTY)).toBe(false);
    expect(containsCpr(DIRTY)).toBe(true);
    expect(holdsCpr(DIRTY)).toBe(true);
    expect(maskCpr(DIRTY)).not.toContain('1234');
    expect(maskCpr(CLEAN)).toBe(CLEAN);
  });
});

test('a text that only escapes make a number of is never remembered as clean', () => {
  const escaped = 'Se %30%31%30%31%39%30%31%32%33%34 i mappen';
  withCprMemo(() => {
    expect(surelyNoCpr(escaped)).toBe(false);
    expect(surelyNoCpr(escaped)).toBe(false);
    expect(containsCpr(escaped)).toBe(true);
  });
});

test('the memo ends with its work, also when the work throws, and nested work shares it', () => {
  expect(() =>
    withCprMemo(() => {
      surelyNoCpr(CLEAN);
      throw new Error('afbrudt');
    }),
  ).toThrow('afbrudt');
  // A new inspection after the failed one judges as ever.
  expect(withCprMemo(() => withCprMemo(() => containsCpr(DIRTY)))).toBe(true);
  expect(containsCpr(DIRTY)).toBe(true);
});

test('a number in one of many rows that repeat the same texts is found at its cell', () => {
  const rows: unknown[][] = [['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']];
  for (let i = 0; i < 400; i++) rows.push(['Forældrecoach', CLEAN, 'Mette Holm', '31.01.2027', 'I gang']);
  // Row 301: the same theme and activity, the responsible with a CPR number after the name.
  rows[300] = ['Forældrecoach', CLEAN, 'Mette Holm 010190-1234', '31.01.2027', 'I gang'];
  const result = inspectSheet('Plan', rows);
  const cpr = result.issues.filter((i) => i.code === 'cpr_number');
  expect(cpr.map((i) => i.cell)).toEqual(['C301']);
  expect(result.plan).toBeNull();
  // What the inspection returns to be shown or stored (the grid is the file as read).
  const { issues, plan, unmapped, checks } = result;
  expect(JSON.stringify({ issues, plan, unmapped, checks })).not.toContain('1234');
});
