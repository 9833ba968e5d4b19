// The web page's host: the dropped file is read with the same reader as the service; structuring asks
// the service and downloads the result, which from then on is the workbook the page shows and sends.

import { readWorkbook } from '../../../core/xlsx';
import { planWorkbookLayout } from '../../../core/layout';
import { writeStructured } from '../../../workbook/template';
import { draftFromPlan } from '../../../core/plan';
import { RefusalError } from '../../../core/codes';
import { FileTooLargeError } from '../../../addin/src/host';
import { NoFileError, WebWorkbookHost, structuredFileName } from '../../../addin/src/web/host';
import { fakeApi } from '../support/fakes';
import { validPlan } from '../support/plans';

describe('the web host', () => {
  test('reads the dropped workbook as core/xlsx does, and refuses what the service would refuse', async () => {
    const { api } = fakeApi(() => new Response(null, { status: 500 }));
    const host = new WebWorkbookHost(api, () => undefined);
    await expect(host.readGrid()).rejects.toBeInstanceOf(NoFileError);
    const bytes = await writeStructured('da', { draft: draftFromPlan(validPlan()) });
    host.setFile('plan.xlsx', bytes);
    expect(await host.readGrid()).toEqual(readWorkbook(bytes));
    host.setFile('plan.xlsx', new TextEncoder().encode('not a workbook at all'));
    await expect(host.readGrid()).rejects.toBeInstanceOf(RefusalError);
  });

  test('structuring sends the file and the corrections, downloads the answer and works on it from then on', async () => {
    const structured = await writeStructured('da', { draft: draftFromPlan(validPlan()) });
    const { api, requests } = fakeApi(() => new Response(structured.slice().buffer, { status: 200 }));
    const downloads: string[] = [];
    const host = new WebWorkbookHost(api, (_b, name) => downloads.push(name));
    const original = new Uint8Array([80, 75, 3, 4, 9]);
    host.setFile('Handleplan 2026.xlsx', original);
    const outcome = await host.applyStructure({
      lang: 'da',
      grid: { sheets: [], definedNames: [], properties: [], date1904: false },
      result: {} as never,
      columnOverrides: [{ sheet: 'Ark1', col: 2, field: null }],
      corrections: {
        cover: { phase: 'initial' },
        columns: [{ sheet: 'Ark1', col: 2, field: null }],
        values: [{ sheet: 'Ark1', cell: 'F6', field: 'activities.status', value: 'done' }],
        placed: [],
        dismissed: [],
      },
    });
    expect(outcome.downloaded).toBe('Handleplan 2026 (struktureret).xlsx');
    expect(downloads).toEqual(['Handleplan 2026 (struktureret).xlsx']);
    expect(requests[0]?.url).toBe('http://service.test/api/structure?lang=da');
    expect(requests[0]?.body).toEqual(original);
    expect(
      JSON.parse(decodeURIComponent(requests[0]?.headers.get('x-korpsplan-corrections') ?? '')),
    ).toMatchObject({
      cover: { phase: 'initial' },
      columns: [{ sheet: 'Ark1', col: 2, field: null }],
      values: [{ sheet: 'Ark1', cell: 'F6', field: 'activities.status', value: 'done' }],
    });
    expect(await host.readFile(10_000_000)).toEqual(structured);
    expect(host.workbookName()).toBe('Handleplan 2026 (struktureret).xlsx');
  });

  test('a file over the limit is refused before upload', async () => {
    const { api } = fakeApi(() => new Response(null, { status: 500 }));
    const host = new WebWorkbookHost(api, () => undefined);
    host.setFile('big.xlsx', new Uint8Array(11));
    await expect(host.readFile(10)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  test('a file named after a CPR number is shown and downloaded with the number masked, and still read', async () => {
    const structured = await writeStructured('da', { draft: draftFromPlan(validPlan()) });
    const { api } = fakeApi(() => new Response(structured.slice().buffer, { status: 200 }));
    const downloads: string[] = [];
    const host = new WebWorkbookHost(api, (_b, name) => downloads.push(name));
    host.setFile('Borger 010190-1234.xlsx', structured);
    expect(host.fileInfo()?.name).toBe('Borger [CPR fjernet].xlsx');
    expect(await host.readGrid()).toEqual(readWorkbook(structured));
    await host.applyStructure({
      lang: 'da',
      grid: { sheets: [], definedNames: [], properties: [], date1904: false },
      result: {} as never,
      columnOverrides: [],
      corrections: { cover: {}, columns: [], values: [], placed: [], dismissed: [] },
    });
    expect(downloads).toEqual(['Borger [CPR fjernet] (struktureret).xlsx']);
    expect(host.workbookName()).toBe('Borger [CPR fjernet] (struktureret).xlsx');
    host.setFile('101901234.xlsx', structured);
    expect(host.fileInfo()?.name).toBe('[CPR fjernet].xlsx');
  });

  test('structured file names do not pile up suffixes', () => {
    expect(structuredFileName('Plan.xlsx', 'da')).toBe('Plan (struktureret).xlsx');
    expect(structuredFileName('Plan (struktureret).xlsx', 'en')).toBe('Plan (structured).xlsx');
  });

  test('the layout it downloads is the one the add-in writes into Excel', () => {
    // Both hosts render core's planWorkbookLayout: the same sheet names, in the same order.
    const names = planWorkbookLayout('da').sheets.map((s) => s.name);
    expect(names.slice(0, 8)).toEqual([
      'Forside',
      'Implementeringsplan',
      'Huskeliste',
      'Roller',
      'Korps',
      'Indikatorer',
      'Kommunikation',
      'Behovsanalyse',
    ]);
  });
});
