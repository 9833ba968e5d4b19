// Cell checks a workbook may have thousands of (formulas saved without a value, dates written as text
// in number cells, XML remnants in texts, texts that lost letters) are listed one by one up to 200,
// and the rest in one check that says how many more, at the sheet of the first left out: the
// coordinator gets a list to read, not 5,000 lines.

import {
  markupTextChecks,
  recodedTextChecks,
  textDateChecks,
  uncalculatedChecks,
} from '../../../core/structure/layoutChecks';

const cells = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ r: from + i, c: 1 }));

describe('cell checks past 200', () => {
  test('dates as text: 200 one by one, then one check for the rest on the sheet where they begin', () => {
    const checks = textDateChecks([
      { name: 'Plan', textDates: cells(150).map((p) => ({ ...p, day: '2027-03-01' })) },
      { name: 'Arkiv', textDates: cells(60).map((p) => ({ ...p, day: '2027-03-02' })) },
    ]);
    expect(checks).toHaveLength(201);
    expect(checks.filter((c) => c.sheet === 'Plan' && c.cell !== '')).toHaveLength(150);
    const rest = checks[200];
    expect(rest).toMatchObject({ sheet: 'Arkiv', cell: '', field: 'textDate' });
    expect(rest?.reason.da).toContain('Yderligere 10 celler');
    expect(rest?.reason.en).toContain('10 more cells');
  });

  test('formulas, XML remnants and lost letters are capped alike; under the cap nothing is summed up', () => {
    const formulas = uncalculatedChecks([{ name: 'Plan', uncalculated: cells(203) }]);
    expect(formulas).toHaveLength(201);
    expect(formulas[200]?.reason.da).toContain('Yderligere 3 celler');
    const markup = markupTextChecks([
      { name: 'Plan', markupTexts: cells(201).map((p) => ({ ...p, markup: '_x000B_' })) },
    ]);
    expect(markup[200]?.reason.en).toContain('1 more cells');
    const lost = recodedTextChecks([{ name: 'Plan', lostLetters: cells(250) }]);
    expect(lost).toHaveLength(201);
    expect(lost[200]?.reason.da).toContain('Yderligere 50 celler');
    expect(
      textDateChecks([{ name: 'Plan', textDates: cells(200).map((p) => ({ ...p, day: '2027-03-01' })) }]),
    ).toHaveLength(200);
  });
});
