// An indicator's figure written with its sign ("+3") is how a change since last time is written: the
// figure is read and the coordinator asked. Proven on a workbook SheetJS wrote, through the intake.

import { inspectSheet } from '../../fixtures/sheetjs';

test('"+3" as a result is 3, with a check; "3" and "1.250" are figures as written', () => {
  const r = inspectSheet('Indikatorer', [
    ['Indikator', 'Enhed', 'Mål', 'Resultat'],
    ['Unge i mentorforløb', 'Antal', '10', '+3'],
    ['Familier med forældrecoach', 'Antal', '10', '3'],
    ['Timer med supervision', 'Antal', '1.500', '1.250'],
  ]);
  expect(r.structure.draft.indicators.map((i) => i.values.result)).toEqual([3, 3, 1250]);
  const checks = (r.checks ?? []).filter((c) => c.sheet === 'Indikatorer').map((c) => c.cell);
  expect(checks).toContain('D2');
  expect(checks).not.toContain('D3');
  expect(checks).not.toContain('D4');
  const reason = (r.checks ?? []).find((c) => c.cell === 'D2')?.reason;
  expect(reason?.da).toMatch(/fortegn.*ændring/);
  expect(reason?.en).toMatch(/sign.*change/);
});
