// A workbook saved as macro-enabled (.xlsm) that holds no macro is read as any other workbook: the
// file type alone runs nothing, and in Excel the add-in reads the same workbook open. One that holds
// code is refused however the code's part is named or typed.

import * as XLSX from 'xlsx';
import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { macroWorkbookRenamed, vbaProjectDisguised, workbookZip } from '../../fixtures/hostile';
import { COVER } from '../../fixtures/sheetjs';

function refusal(bytes: Uint8Array): string | undefined {
  try {
    inspectBytes(bytes, { today: '2026-12-05' });
    return undefined;
  } catch (e) {
    if (e instanceof RefusalError) return e.code;
    throw e;
  }
}

test('an .xlsm written by SheetJS, with no VBA project, is read: its plan, not a refusal', () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(COVER.map((r) => [...r])), 'Forside');
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Tema', 'Aktivitet', 'Deadline'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027'],
    ]),
    'Plan',
  );
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsm' }) as ArrayBuffer);
  const r = inspectBytes(bytes, { today: '2026-12-05' });
  expect(r.structure.draft.municipality?.name).toBe('Vejle');
  expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual(['Styregruppemøde']);
});

test('a hand-built package typed macro-enabled, with no code in it, is read', () => {
  const bytes = workbookZip({ mainContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' });
  expect(refusal(bytes)).toBeUndefined();
});

test('code is refused by its name, its content type or the relationship that reaches it', () => {
  expect(refusal(macroWorkbookRenamed())).toBe('macros');
  expect(refusal(vbaProjectDisguised())).toBe('macros');
});
