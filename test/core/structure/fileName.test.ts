// The file's name as a hint for the municipality and the half-year: read only where the workbook
// gives neither, always with a check, never from a name that names two municipalities, and never
// quoting a CPR number the name holds.

import * as XLSX from 'xlsx';
import { structure } from '../../../core/structure';
import { fileNameText } from '../../../core/structure/cover';
import { inspectBytes } from '../../../core/inspect';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In } from './grid-builder';

const PLAN: readonly (readonly In[])[] = [
  ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['31.03.2027', 'Ledelse', 'Møde', 'Leder', 'I gang'],
];

function read(fileName: string | undefined, rows: readonly (readonly In[])[] = PLAN): StructureResult {
  return structure(gridOf({ name: 'Ark1', rows }), fileName === undefined ? {} : { fileName });
}

const fromName = (r: StructureResult) => ({
  municipality: r.draft.municipality?.name ?? null,
  period: r.draft.period ?? null,
  checks: r.checks.map((c) => `${c.field}@${c.sheet}!${c.cell}`),
});

describe('the municipality and the half-year from the file name', () => {
  it('names as coordinators save them give both, each with a check where the template keeps it', () => {
    const names: [string, string, string][] = [
      ['Implementeringsplan Aarhus 1. halvår 2027.xlsx', 'Aarhus', '2027-H1'],
      ['Implementeringsplan_Aarhus_2027-H1.xlsx', 'Aarhus', '2027-H1'],
      ['C:\\Users\\mk\\Documents\\Handleplan Vejle Kommune 2. halvår 2026.xlsx', 'Vejle', '2026-H2'],
      ['/home/mk/Hentet/plan+Køge+H1+2027.xlsx', 'Køge', '2027-H1'],
      ['Odense 1H2027.xlsm', 'Odense', '2027-H1'],
      ['Kopi af Lyngby-Taarbæk plan 2. halvaar 2026 (2).xlsx', 'Lyngby-Taarbæk', '2026-H2'],
    ];
    for (const [name, municipality, period] of names) {
      expect([name, fromName(read(name))]).toEqual([
        name,
        {
          municipality,
          period,
          checks: ['cover.municipality@Forside!B3', 'cover.period@Forside!B4'],
        },
      ]);
    }
  });

  it('the check says where the value came from, in Danish and English', () => {
    const check = read('Aarhus 2027-H1.xlsx').checks.find((c) => c.field === 'cover.municipality');
    expect(check?.reason.da).toContain('taget fra filens navn "Aarhus 2027-H1"');
    expect(check?.reason.en).toContain('taken from the file name "Aarhus 2027-H1"');
    expect(check?.confidence).toBeLessThan(0.9);
  });

  it('what the workbook says wins over the name, and the name then adds no check', () => {
    const r = read('Aarhus 2027-H1.xlsx', [['Kommune', 'Vejle'], ['Periode', '2. halvår 2026'], [], ...PLAN]);
    expect(fromName(r)).toEqual({ municipality: 'Vejle', period: '2026-H2', checks: [] });
  });

  it('a name without a municipality or a half-year gives nothing, and the plan still says what is missing', () => {
    for (const name of [
      'plan_final_v3.xlsx',
      'Implementeringsplan.xlsx',
      'Kopi af skabelon (2).xlsx',
      'plan 1h30.xlsx',
    ]) {
      expect([name, fromName(read(name))]).toEqual([name, { municipality: null, period: null, checks: [] }]);
    }
  });

  it('a name that names two municipalities gives none of them', () => {
    expect(fromName(read('Fælles plan Ikast-Brande og Herning 2027-H1.xlsx'))).toEqual({
      municipality: null,
      period: '2027-H1',
      checks: ['cover.period@Forside!B4'],
    });
  });

  it('a cell read as the municipality that names none keeps its error: the name does not cover it', () => {
    const r = read('Aarhus 2027-H1.xlsx', [['Kommune', 'Familieafdelingen'], [], ...PLAN]);
    expect(r.draft.municipality).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain('municipality_unknown');
  });

  it('a CPR number in the name is never quoted', () => {
    const r = read('Aarhus 2027-H1 borger 010190-1234.xlsx');
    expect(r.draft.municipality?.name).toBe('Aarhus');
    expect(JSON.stringify(r)).not.toMatch(/010190|1234/);
  });

  it('fileNameText keeps folders and the extension out, and underscores are spaces', () => {
    expect(fileNameText('a/b\\c/Plan_for__Vejle.xlsx')).toBe('Plan for Vejle');
    expect(fileNameText('Plan.ods')).toBe('Plan');
    expect(fileNameText('.xlsx')).toBe('');
  });

  it('a SheetJS workbook with no cover at all, read through inspectBytes with its name', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(PLAN.map((r) => [...r])), 'Ark1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);
    const without = inspectBytes(bytes, { today: '2026-12-05' });
    expect(codes(without)).toEqual(expect.arrayContaining(['municipality_missing', 'period_missing']));
    const named = inspectBytes(bytes, {
      today: '2026-12-05',
      fileName: 'Handleplan Silkeborg 1. halvår 2027.xlsx',
    });
    expect(named.structure.draft.municipality?.code).toBe('740');
    expect(named.structure.draft.period).toBe('2027-H1');
    expect(codes(named)).not.toContain('municipality_missing');
    expect(codes(named)).not.toContain('period_missing');
  });
});
