// `korpsplan inspect` reads the municipality and the half-year from the file's name where the
// workbook names neither (a SheetJS workbook with a plan table and no cover), each with a check.

import * as XLSX from 'xlsx';
import { inspectOutputSchema } from '../../core/schema';
import { cli, tempDir } from './helpers';

const dir = tempDir('filename');
afterAll(() => dir.remove());

function bare(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Opstartsmøde', 'Anna Holm', '15.03.2027', 'I gang'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Ark1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function read(name: string) {
  const r = await cli('inspect', dir.write(name, bare()), '--json', '--today', '2026-12-05');
  const out = inspectOutputSchema.parse(JSON.parse(r.stdout));
  return {
    municipality: out.draft?.municipality?.code ?? null,
    period: out.draft?.period ?? null,
    checks: out.checks.map((c) => c.field).filter((f) => f.startsWith('cover.')),
  };
}

test('a name with the municipality and the half-year gives both, each to be checked', async () => {
  expect(await read('Handleplan Silkeborg 1. halvår 2027.xlsx')).toEqual({
    municipality: '740',
    period: '2027-H1',
    checks: ['cover.municipality', 'cover.period'],
  });
});

test('the same workbook under a name that says nothing gives neither', async () => {
  expect(await read('plan.xlsx')).toEqual({ municipality: null, period: null, checks: [] });
});

test('the Danish report says the value came from the file name', async () => {
  const r = await cli('inspect', dir.write('Silkeborg 2027-H1.xlsx', bare()), '--today', '2026-12-05');
  expect(r.stdout).toContain('filens navn');
  // Not "read in Forside!B3": the workbook has no such sheet; the value came from the name.
  expect(r.stdout).not.toMatch(/Kommune.*læst i Forside/u);
});
