// Linked data types (Data › Data Types: Geography, People …) as Excel 365 saves them: the cell is the
// error #VALUE! with vm= into xl/metadata.xml, and the text it shows lives only in the rich value
// (xl/richData, its _DisplayString). A coordinator sees the name in the cell; so must the reader.
// Hand-built probes (the accuracy corpus's Excel-style writer), one habit each.

import { inspectBytes } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import { WorkbookModel, type RichValue } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';

const rich = (kind: RichValue['kind'], text: string): { v: null; rich: RichValue } => ({
  v: null,
  rich: { kind, text },
});

function probe(): Uint8Array {
  const wb = new WorkbookModel();
  const f = wb.sheet('Forside');
  f.row('A1', ['Kommune']).set('B1', rich('geography', 'Vejle'));
  f.row('A2', ['Halvår', '1. halvår 2027']);
  f.row('A3', ['Koordinator']).set('B3', rich('person', 'Anne Holm'));
  // An error of a formula with no rich value stays the error.
  f.row('A4', ['Indbyggere']).set('B4', { v: '#N/A', f: 'XLOOKUP(B1,X1:X2,Y1:Y2)' });
  const p = wb.sheet('Handleplan');
  p.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']);
  p.row('A2', ['Ledelse', 'Styregruppemøde', null, '15.03.2027', 'I gang']).set(
    'C2',
    rich('person', 'Bo Ek'),
  );
  p.row('A3', ['Kommunikation', 'Nyhedsbrev', 'Lis Holm', '30.04.2027', 'Ikke startet']);
  return toXlsx(wb);
}

describe('a linked data type saved as #VALUE! with its rich value', () => {
  test('is the text the cell shows (its _DisplayString), an error without one stays an error', () => {
    const grid = readWorkbook(probe());
    const cover = grid.sheets.find((s) => s.name === 'Forside')!;
    const at = (r: number, c: number): unknown => cover.cells.find((x) => x.r === r && x.c === c);
    expect(at(0, 1)).toMatchObject({ v: 'Vejle', t: 's' });
    expect(at(2, 1)).toMatchObject({ v: 'Anne Holm', t: 's' });
    expect(at(3, 1)).toMatchObject({ v: '#N/A', t: 'e' });
  });

  test('gives the municipality, the coordinator and the responsible', () => {
    const r = inspectBytes(probe(), { today: '2026-12-05' });
    expect(r.structure.draft.municipality?.code).toBe('630');
    expect(r.structure.draft.coordinator?.name).toBe('Anne Holm');
    expect(r.structure.draft.activities.map((a) => a.values.responsible)).toEqual(['Bo Ek', 'Lis Holm']);
  });
});
