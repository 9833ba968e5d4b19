// A Power Query query loaded to a table (Data › Get Data › Load to table), as Excel 365 saves it: the
// table is a query table (xl/queryTables) over a connection through the Mashup provider in
// xl/connections.xml. Data connections are refused (nothing is fetched, nothing can be checked);
// the refusal names the query and says how to delete it, which keeps the table's data, rather than
// asking the coordinator to break links the workbook does not have.

import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { dataConnectionWorkbook } from '../../fixtures/hostile';

function refusal(bytes: Uint8Array): { code: string; en: string } {
  try {
    readWorkbook(bytes);
  } catch (err) {
    if (err instanceof RefusalError) return { code: err.code, en: err.message };
    throw err;
  }
  return { code: 'accepted', en: '' };
}

describe('a Power Query output table', () => {
  test('is refused as a data connection naming the query to delete', () => {
    const wb = new WorkbookModel();
    const k = wb.sheet('Korps');
    k.row('A1', ['Initialer', 'Rolle', 'Timer_pr_uge']);
    k.row('A2', ['AT', 'Mentor', 10]);
    k.table = { name: 'Korps_HR', ref: 'A1:C2' };
    k.query = { name: 'Korps_HR' };
    const r = refusal(toXlsx(wb));
    expect(r.code).toBe('external_link');
    expect(r.en).toContain('Power Query (Korps_HR)');
    expect(r.en).toContain('Data > Queries & Connections');
  });

  test('another data connection keeps the message about links', () => {
    const r = refusal(dataConnectionWorkbook());
    expect(r.code).toBe('external_link');
    expect(r.en).toContain('Break the links');
  });
});
