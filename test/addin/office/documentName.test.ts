// The workbook's file name as Office gives it (Office.context.document.url): the hint for the
// municipality and half-year (core/structure/cover.ts), sent to the service with a submission.

import { documentName } from '../../../addin/src/office/host';

test('a path on disk, an address on SharePoint or OneDrive, and an unsaved workbook', () => {
  expect(documentName('C:\\Users\\mk\\Documents\\Plan Aarhus 2027-H1.xlsx')).toBe('Plan Aarhus 2027-H1.xlsx');
  expect(documentName('/Users/mk/Plan 50% færdig.xlsx')).toBe('Plan 50% færdig.xlsx');
  expect(
    documentName(
      'https://aarhus.sharepoint.com/sites/Korps/Shared%20Documents/Plan%20Aarhus%20H1.xlsx?web=1#x',
    ),
  ).toBe('Plan Aarhus H1.xlsx');
  expect(documentName('https://d.docs.live.net/abc/Plan%2050%%20f.xlsx')).toBe('Plan%2050%%20f.xlsx');
  expect(
    documentName(
      'https://aarhus.sharepoint.com/:x:/r/sites/Korps/_layouts/15/Doc.aspx?sourcedoc=%7B1A2B%7D&file=Plan%20Aarhus%202027-H1.xlsx&action=default',
    ),
  ).toBe('Plan Aarhus 2027-H1.xlsx');
  expect(documentName('')).toBeUndefined();
  expect(documentName(undefined)).toBeUndefined();
});
