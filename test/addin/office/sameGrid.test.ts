// The Office layer must produce the same grid from the open workbook that core/xlsx produces from the
// file's bytes, so that the add-in and the service judge a plan alike. Every messy fixture is read
// from its bytes, put into a fake Excel, and read back through the Office layer.

import { readWorkbook } from '../../../core/xlsx';
import type { Grid, GridSheet } from '../../../core/grid';
import * as messy from '../../fixtures/messy';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { fakeFromGrid } from '../support/fakeExcel';

/**
 * What both readers agree on. Office.js cannot give three things in a bounded number of requests:
 * number formats of text cells (they matter only for numbers: dates and percentages), formulas whose
 * result is empty text (Office reports them as empty cells) and hyperlink targets.
 */
function comparable(sheet: GridSheet) {
  return {
    name: sheet.name,
    state: sheet.state,
    cells: sheet.cells
      .filter((c) => c.v !== '')
      .map(({ link: _link, ...c }) => (c.t === 'n' || c.fmt === undefined ? c : { ...c, fmt: undefined }))
      .map((c) => JSON.parse(JSON.stringify(c)) as unknown),
    merges: sheet.merges,
    tables: sheet.tables,
    drawings: sheet.drawings.map((d) => d.kind),
    comments: sheet.comments.map((c) => ({ r: c.r, c: c.c, text: c.text })),
    fills: sheet.fills ?? [],
    indents: sheet.indents ?? [],
  };
}

const fixtures = Object.entries(messy) as [string, () => Promise<Uint8Array>][];

describe('the same grid from Office.js as from the file', () => {
  test.each(fixtures)('%s', async (_name, build) => {
    const fromFile: Grid = readWorkbook(await build());
    const excel = fakeFromGrid(fromFile);
    const fromOffice = await readGridFromExcel(excel.context(), { supports: () => true });
    expect(fromOffice.sheets.map(comparable)).toEqual(fromFile.sheets.map(comparable));
    expect(fromOffice.date1904).toBe(fromFile.date1904);
    expect(excel.syncs).toBe(3);
  });
});
