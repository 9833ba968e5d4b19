// What a check is about has a name a coordinator reads, and a check about something unknown is refused
// where it is parsed (core/checkFields.ts).

import { CHECK_KINDS, checkGroupName, isCheckField, type CheckField } from '../../core/checkFields';
import { readCheckSchema } from '../../core/schema';
import { FRONT_SHEET, TABLE_SHEETS } from '../../core/spec';

const CODE = /[a-z][A-Z]|\w\.\w|^[a-z]+$/;

test('every kind of check about the workbook is named in Danish and English, never by its code', () => {
  for (const kind of Object.keys(CHECK_KINDS) as (keyof typeof CHECK_KINDS)[]) {
    const name = checkGroupName(kind);
    expect({ kind, da: CODE.test(name.da), en: CODE.test(name.en) }).toEqual({ kind, da: false, en: false });
    expect(name.da).not.toEqual(name.en);
  }
});

test("a table's field is named by its item and the template's name for it; its rows and a whole table too", () => {
  expect(checkGroupName('activities.status')).toEqual({ da: 'Aktivitet: Status', en: 'Activity: Status' });
  expect(checkGroupName('indicators.result').da).toBe('Indikator: Resultat');
  expect(checkGroupName('activities.row')).toEqual({ da: 'Rækker', en: 'Rows' });
  expect(checkGroupName('checklist.F3').da).toBe('Huskelistens svar');
  expect(checkGroupName('activities')).toEqual({ da: 'Implementeringsplan', en: 'Implementation plan' });
  for (const t of TABLE_SHEETS) {
    for (const c of t.columns) {
      const name = checkGroupName(`${t.key}.${c.field}`);
      expect(CODE.test(name.da)).toBe(false);
    }
  }
  for (const f of FRONT_SHEET.fields)
    expect(checkGroupName(`cover.${f.key}`).da).toMatch(/^Forside: [A-ZÆØÅ]/);
});

test('a check about a kind no one has named, or a part the plan does not have, is refused where it is parsed', () => {
  const check = (field: string) => ({
    sheet: 'Plan',
    cell: 'B2',
    field,
    value: 'x',
    confidence: 0.5,
    reason: { da: 'd', en: 'e' },
  });
  expect(readCheckSchema.safeParse(check('activities.status')).success).toBe(true);
  expect(readCheckSchema.safeParse(check('lostLetters')).success).toBe(true);
  expect(readCheckSchema.safeParse(check('activities')).success).toBe(true);
  for (const bad of ['lostLetter', 'budget.total', 'activities.', '', 'Column']) {
    expect({ bad, ok: readCheckSchema.safeParse(check(bad)).success }).toEqual({ bad, ok: false });
    expect(isCheckField(bad)).toBe(false);
  }
  const typed: CheckField = 'corps.initials';
  expect(isCheckField(typed)).toBe(true);
});
