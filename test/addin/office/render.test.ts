// Structuring writes the template's sheets into the open workbook by rendering core's layout:
// real tables, dropdown validation for every fixed list, the late-deadline format, the checklist
// answers; the coordinator's own sheets stay as they were.

import { planWorkbookLayout } from '../../../core/layout';
import type { WorkbookDocument } from '../../../core/document/model';
import { draftFromPlan } from '../../../core/plan';
import type { Plan } from '../../../core/schema';
import {
  CHECKLIST_IDS,
  FRONT_SHEET,
  LISTS_SHEET,
  TABLE_SHEETS,
  TEMPLATE_MARKER,
  tableSpecFor,
} from '../../../core/spec';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { asTypedText, renderLayoutToExcel } from '../../../addin/src/office/render';
import { FakeExcel } from '../support/fakeExcel';

const all = () => true;

const plan: Plan = {
  templateVersion: '1.0',
  municipality: { code: '751', name: 'Aarhus' },
  period: '2026-H2',
  phase: 'readiness',
  coordinator: { name: 'Mette Kristensen' },
  activities: [
    {
      theme: 'leadership',
      activity: 'Kick-off med ledelsen',
      deadline: '2026-03-15',
      responsible: 'Mette',
      status: 'done',
      evaluation: '=HYPERLINK("http://evil")',
      source: { sheet: 'Plan', row: 4 },
    },
    {
      theme: 'upskilling',
      activity: 'Uddannelse af 3 mentorer',
      start: '2026-04-01',
      deadline: '2026-06-30',
      responsible: 'Lars',
      status: 'in_progress',
      source: { sheet: 'Plan', row: 5 },
    },
  ],
  checklist: CHECKLIST_IDS.map((id) => ({ id, answer: id === 'F1' ? 'yes' : id === 'F2' ? 'partly' : null })),
  roles: [{ role: 'Koordinator', name: 'Mette' }],
  corps: [{ initials: 'AB', role: 'mentor', hoursPerWeek: 10, activeCases: 4 }],
  indicators: [],
  communication: [],
  needsAnalysis: [],
};

function coordinatorsWorkbook(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Plan',
        rows: [
          ['Handleplan 2026'],
          [],
          ['Tidsplan', 'Aktiviteter', 'Tovholder', 'Status'],
          [46096, 'Kick-off med ledelsen', 'Mette', 'Færdig'],
          ['april-juni 2026', 'Uddannelse af 3 mentorer', 'Lars', 'I proces'],
        ],
        formats: { A4: 'dd.mm.yyyy' },
        tables: [{ name: 'Aktiviteter', ref: 'A3:D5' }],
      },
      // The coordinator already has a sheet with a name the template needs.
      {
        name: 'Roller',
        rows: [
          ['Rolle', 'Navn'],
          ['Koordinator', 'Mette'],
        ],
      },
    ],
  });
}

async function structure(excel: FakeExcel, layout: WorkbookDocument) {
  const before = await readGridFromExcel(excel.context(), { supports: all });
  const syncsBefore = excel.syncs;
  const outcome = await renderLayoutToExcel(excel.context(), layout, before, { supports: all });
  return { before, outcome, syncs: excel.syncs - syncsBefore };
}

describe('writing the template into the open workbook', () => {
  test('template sheets come first, the originals keep every value, and a name clash renames only the original', async () => {
    const excel = coordinatorsWorkbook();
    const before = await readGridFromExcel(excel.context(), { supports: all });
    const layout = planWorkbookLayout('da', { draft: draftFromPlan(plan), grid: before });
    const { outcome, syncs } = await structure(excel, layout);

    expect(syncs).toBe(2);
    const names = excel.liveSheets().map((s) => s.name);
    const template = [FRONT_SHEET.sheet.da, ...TABLE_SHEETS.map((t) => t.sheet.da), LISTS_SHEET.da];
    expect(names).toEqual([...template, 'Plan', 'Original - Roller']);
    expect(outcome.renamed).toEqual([{ from: 'Roller', to: 'Original - Roller' }]);
    // No copies of the originals: they stay where they are.
    expect(names.filter((n) => n.startsWith('Original - Plan'))).toEqual([]);

    const after = await readGridFromExcel(excel.context(), { supports: all });
    const original = (name: string) => after.sheets.find((s) => s.name === name)!.cells;
    expect(original('Plan')).toEqual(before.sheets.find((s) => s.name === 'Plan')!.cells);
    expect(original('Original - Roller')).toEqual(before.sheets.find((s) => s.name === 'Roller')!.cells);
    expect(excel.sheet(FRONT_SHEET.sheet.da).active).toBe(true);
  });

  test('the lists sheet is hidden, carries the template marker and names the originals as archive', async () => {
    const excel = coordinatorsWorkbook();
    const before = await readGridFromExcel(excel.context(), { supports: all });
    await structure(excel, planWorkbookLayout('da', { draft: draftFromPlan(plan), grid: before }));
    const lists = excel.sheet(LISTS_SHEET.da);
    expect(lists.visibility).toBe('Hidden');
    expect(lists.get(0, 0)?.v).toBe(TEMPLATE_MARKER);
    expect([lists.get(2, 0)?.v, lists.get(3, 0)?.v, lists.get(4, 0)?.v]).toEqual([
      'Plan',
      'Original - Roller',
      undefined,
    ]);
  });

  test('every table sheet gets a real table with the template header and the plan rows', async () => {
    const excel = coordinatorsWorkbook();
    const before = await readGridFromExcel(excel.context(), { supports: all });
    await structure(excel, planWorkbookLayout('da', { draft: draftFromPlan(plan), grid: before }));
    for (const spec of TABLE_SHEETS) {
      const table = excel.tables.find((t) => t.sheet.name === spec.sheet.da);
      expect(table?.name).toBe(spec.tableName === 'Aktiviteter' ? 'Aktiviteter2' : spec.tableName);
      expect(table?.style).toBe('TableStyleMedium2');
      // A 1.0 plan is written in the 1.0 layout (its columns; no indicator comment).
      const columns = tableSpecFor(spec, '1.0').columns;
      const header = columns.map((_, j) => table!.sheet.get(table!.ref.s.r, j)?.v);
      expect(header).toEqual(columns.map((c) => c.label.da));
    }
    // The coordinator's own table kept its name, so the template's got a free one.
    expect(excel.tables.find((t) => t.sheet.name === 'Plan')?.name).toBe('Aktiviteter');

    const activities = excel.sheet('Implementeringsplan');
    const row = (r: number) => Array.from({ length: 9 }, (_, c) => activities.get(r, c)?.v);
    expect(row(3)).toEqual([
      undefined,
      46096,
      'Ledelse',
      'Kick-off med ledelsen',
      undefined,
      'Mette',
      'Gennemført',
      undefined,
      '=HYPERLINK("http://evil")',
    ]);
    expect(activities.get(3, 1)?.fmt).toBe('dd-mm-yyyy');
    const checklist = excel.sheet('Huskeliste');
    expect(checklist.get(3, 3)?.v).toBe('Ja');
    expect(checklist.get(4, 3)?.v).toBe('Delvist');
    expect(checklist.get(5, 3)).toBeUndefined();
  });

  test('text that Excel would turn into a formula, date or number is written as text', () => {
    expect(asTypedText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asTypedText('15.03.2026')).toBe("'15.03.2026");
    expect(asTypedText('007')).toBe("'007");
    expect(asTypedText('SAND')).toBe("'SAND");
    expect(asTypedText('Kick-off med ledelsen')).toBe('Kick-off med ledelsen');
  });

  test('every fixed list gets an in-cell dropdown from the lists sheet, dates and numbers get their checks', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Ark1', rows: [] }] });
    const before = await readGridFromExcel(excel.context(), { supports: all });
    const layout = planWorkbookLayout('da');
    await structure(excel, layout);
    const expected = layout.sheets.flatMap((s) =>
      s.validations.map((v) => ({ sheet: s.name, ref: v.ref, v })),
    );
    expect(excel.validations).toHaveLength(expected.length);
    for (const { sheet, ref, v } of expected) {
      const got = excel.validations.find((x) => x.sheet === sheet && x.ref === ref);
      expect(got).toBeDefined();
      if (v.kind === 'list') {
        expect(got!.rule).toEqual({ list: { inCellDropDown: true, source: `=${v.source}` } });
      }
      expect(got!.errorAlert).toMatchObject({ showAlert: true, style: v.strict ? 'Stop' : 'Warning' });
    }
    const status = excel.validations.find((x) => x.sheet === 'Implementeringsplan' && x.ref.startsWith('G4'));
    expect(status?.rule).toEqual({ list: { inCellDropDown: true, source: '=Lister!$G$2:$G$6' } });
    expect(before.sheets).toHaveLength(1);
  });

  test('late deadlines are marked by a conditional format on the deadline column', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Ark1', rows: [] }] });
    await structure(excel, planWorkbookLayout('da'));
    expect(excel.conditionalFormats).toEqual([
      {
        sheet: 'Implementeringsplan',
        ref: 'B4:B504',
        type: 'Custom',
        formula: '=AND(ISNUMBER($B4),$B4<TODAY(),$G4<>"Gennemført",$G4<>"Ændret",$G4<>"Lukket")',
        fill: { color: '#FDE2E1' },
        font: { color: '#9C0006', bold: true },
      },
    ]);
  });

  test('an empty workbook gets the template, in English when asked', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
    await structure(excel, planWorkbookLayout('en'));
    const names = excel.liveSheets().map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['Cover', 'Implementation plan', 'Checklist']);
    expect(names).toContain('Sheet1');
    expect(excel.sheet('Cover').get(0, 0)?.v).toBe(FRONT_SHEET.title.en);
    expect(excel.sheet('Implementation plan').freezeRows).toBe(3);
  });

  test('structuring again replaces the earlier template sheets and keeps the archived originals', async () => {
    const excel = coordinatorsWorkbook();
    let grid = await readGridFromExcel(excel.context(), { supports: all });
    await structure(excel, planWorkbookLayout('da', { draft: draftFromPlan(plan), grid }));
    grid = await readGridFromExcel(excel.context(), { supports: all });
    const changed: Plan = { ...plan, phase: 'full' };
    await structure(excel, planWorkbookLayout('da', { draft: draftFromPlan(changed), grid }));
    const names = excel.liveSheets().map((s) => s.name);
    expect(names.filter((n) => n === 'Forside')).toHaveLength(1);
    expect(names).toContain('Plan');
    expect(names).toContain('Original - Roller');
    expect(names.some((n) => n.startsWith('korpsplan-old'))).toBe(false);
    expect(excel.sheet('Forside').get(4, 1)?.v).toBe('Fuld implementering');
    expect(
      excel.tables.filter((t) => !t.sheet.deleted && t.sheet.name === 'Implementeringsplan'),
    ).toHaveLength(1);
  });

  test('values over the payload budget are written in several requests before the formatting', async () => {
    const many: Plan = {
      ...plan,
      activities: Array.from({ length: 400 }, (_, i) => ({
        theme: 'communication' as const,
        activity: `Aktivitet ${i}`,
        deadline: '2026-09-30',
        responsible: 'Mette',
        status: 'not_started' as const,
        source: { sheet: 'Plan', row: i + 4 },
      })),
    };
    const excel = new FakeExcel({ sheets: [{ name: 'Ark1', rows: [] }] });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    const layout = planWorkbookLayout('da', { draft: draftFromPlan(many), grid });
    const syncs0 = excel.syncs;
    await renderLayoutToExcel(excel.context(), layout, grid, { supports: all, budgetBytes: 10_000 });
    expect(excel.syncs - syncs0).toBeGreaterThan(3);
    const sheet = excel.sheet('Implementeringsplan');
    expect(sheet.get(3 + 399, 3)?.v).toBe('Aktivitet 399');
    expect(excel.tables.find((t) => t.sheet === sheet)?.ref).toEqual({
      s: { r: 2, c: 0 },
      e: { r: 402, c: 8 },
    });
  });
});
