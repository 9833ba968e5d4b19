// A legend laid out in cells, its codes typed in a symbol font ("ü | Gennemført": Wingdings shows a
// tick), where the code cells carry spaces after the code: what Excel shows is the same code, so the
// legend explains the status cells as it does without the spaces. Found by the metamorphic explorer
// (every text of the corpus given two trailing spaces: p47's eleven statuses were lost); the probe
// is a workbook SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { inspectSheetjs, COVER } from '../../fixtures/sheetjs';

function planWithLegend(pad: string): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet([
    ['Forklaring:', `ü${pad}`, 'Gennemført'],
    [null, `l${pad}`, 'I gang'],
    [null, `¡${pad}`, 'Ikke startet'],
    [],
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Styregruppemøde', 'Sanne Kragh', '15.03.2027', `l${pad}`],
    ['Kommunikation', 'Nyhedsbrev', 'Bo Eriksen', '30.04.2027', `ü${pad}`],
    ['Opkvalificering', 'Kursusdag', 'Anna Holm', '31.05.2027', `¡${pad}`],
  ]);
}

test.each([
  ['no spaces', ''],
  ['two spaces after each code', '  '],
  ['a no-break space after each code', '\u00a0'],
])('a legend of codes in cells explains the statuses (%s)', (_label, pad) => {
  const r = inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', planWithLegend(pad)],
  ]);
  expect(r.structure.draft.activities.map((a) => [a.values.activity, a.values.status])).toEqual([
    ['Styregruppemøde', 'in_progress'],
    ['Nyhedsbrev', 'done'],
    ['Kursusdag', 'not_started'],
  ]);
});
