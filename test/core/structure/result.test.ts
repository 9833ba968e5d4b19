// What the result carries besides the plan: what could not be carried over, archived sheets.

import { structure, CHECKLIST_MARK_FIELDS } from '../../../core/structure';
import { LISTS_SHEET, TEMPLATE_MARKER } from '../../../core/spec';
import { gridOf } from './grid-builder';

const PLAN = [
  ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['31.03.2026', 'Ledelse', 'Møde', 'Leder', 'I gang'],
];

test('charts, images and shapes are listed as not carried over, by sheet', () => {
  const result = structure(
    gridOf(
      {
        name: 'Plan',
        rows: PLAN,
        drawings: [{ kind: 'chart', name: 'Fremdrift' }, { kind: 'image' }],
      },
      { name: 'Noter', rows: [], drawings: [{ kind: 'shape', name: 'Pil 3' }] },
    ),
  );
  expect(result.notCarried).toEqual([
    { sheet: 'Plan', what: 'diagram / chart "Fremdrift"' },
    { sheet: 'Plan', what: 'billede / image' },
    { sheet: 'Noter', what: 'figur / shape "Pil 3"' },
  ]);
});

test('drawings on archived originals are not listed again', () => {
  const result = structure(
    gridOf(
      { name: 'Implementeringsplan', rows: PLAN },
      { name: 'Original - Ark1', rows: [['gammelt']], drawings: [{ kind: 'chart' }] },
      { name: LISTS_SHEET.da, rows: [[TEMPLATE_MARKER], ['sourceSheets'], ['Original - Ark1']] },
    ),
  );
  expect(result.archivedSheets).toEqual(['Original - Ark1']);
  expect(result.notCarried).toEqual([]);
});

test('the checklist’s answer columns are named by CHECKLIST_MARK_FIELDS in the mapping', () => {
  const result = structure(
    gridOf({
      name: 'Huskeliste',
      rows: [
        ['Spørgsmål', 'Ja', 'Delvist', 'Nej'],
        ['Er der gennemført opkvalificering af ledelse og mentorer og forældrecoaches?', 'x'],
      ],
    }),
  );
  expect(result.tables[0]?.columns.map((c) => c.field)).toEqual([
    'question',
    ...Object.keys(CHECKLIST_MARK_FIELDS),
  ]);
});
