// Rules found by held-out round 34 (p149–p150: answers kept in form controls; the activity plan drawn
// only as shapes on a timeline), each on a probe of one habit built here with the hand-built
// package writer of the accuracy corpus (SheetJS writes neither shapes nor form controls), never
// the round's plans.

import { inspectBytes, inspectGrid } from '../../../core/inspect';
import type { Grid, GridCell, GridSheet } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { toXlsx } from '../../accuracy/build/xlsx';
import {
  WorkbookModel,
  type AnchorPoint,
  type FormControlDef,
  type ShapeColour,
  type ShapeDef,
  type SheetModel,
} from '../../accuracy/build/model';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { fakeFromGrid } from '../../addin/support/fakeExcel';

const TODAY = '2026-12-05';
const PX = 9525;
const pt = (cell: string, dx = 0, dy = 0): AnchorPoint => ({ cell, dx: dx * PX, dy: dy * PX });

/** A workbook with a cover (Vejle, 1. halvår 2027) and the sheets `make` adds. */
function workbook(make: (wb: WorkbookModel) => void): Uint8Array {
  const wb = new WorkbookModel();
  wb.sheet('Forside').row('A1', ['Kommune', 'Vejle']).row('A2', ['Periode', '1. halvår 2027']);
  make(wb);
  return toXlsx(wb);
}

const read = (bytes: Uint8Array) => inspectBytes(bytes, { today: TODAY });
type Read = ReturnType<typeof read>;
const checkedAt = (r: Read, sheet: string, cell: string): boolean =>
  (r.checks ?? []).some((c) => c.sheet === sheet && c.cell === cell);
const answer = (r: Read, id: string) => r.structure.draft.checklist.find((a) => a.id === id);

// --- Reading shapes and form controls from the package (core/xlsx shapes.ts) -------------------

describe("a drawing's shapes: where each stands, its fill and its text", () => {
  const accent5Lighter: ShapeColour = { scheme: 'accent5', lumMod: 60000, lumOff: 40000 };
  const bytes = workbook((wb) => {
    const s = wb.sheet('Tegning');
    s.set('A1', 'Tegning');
    const child = (name: string, at: string, text: string, fill: ShapeColour): ShapeDef => ({
      name,
      geom: 'roundRect',
      from: pt(at),
      to: pt(
        at
          .replace(/\d+/u, (n) => String(Number(n) + 1))
          .replace(/^[A-Z]/u, (l) => String.fromCharCode(l.charCodeAt(0) + 2)),
      ),
      fill,
      text: [text],
    });
    s.shapes.push(
      {
        name: 'Afrundet rektangel 1',
        geom: 'roundRect',
        from: pt('C4', 3, 2),
        to: pt('F7'),
        fill: accent5Lighter,
        text: ['Sparring i korpset', [{ t: 'Ansvarlig:', b: true }, { t: ' Eva' }]],
      },
      {
        name: 'Tekstfelt 2',
        geom: 'rect',
        textBox: true,
        from: pt('H2'),
        to: pt('K3'),
        fill: 'none',
        line: 'none',
        text: ['Overskrift'],
      },
      { name: 'Rektangel 3', geom: 'rect', from: pt('H9'), to: pt('J10'), text: ['Standard'] },
      {
        name: 'Pil 4',
        geom: 'straightConnector1',
        connector: true,
        from: pt('B12'),
        to: pt('Z12'),
        line: { rgb: '404040' },
      },
      {
        name: 'Gruppe 5',
        geom: 'rect',
        from: pt('B20'),
        to: pt('J24'),
        children: [
          child('Afrundet rektangel 6', 'B20', 'Ledelse', { rgb: 'C00000' }),
          child('Afrundet rektangel 7', 'F22', 'Evaluering', { rgb: '7030A0' }),
        ],
      },
    );
  });
  const shapes = readWorkbook(bytes).sheets.find((s) => s.name === 'Tegning')!.shapes!;

  test('each shape with text or a fill: the cells under its corners, its geometry, its lines', () => {
    expect(shapes[0]).toMatchObject({
      r: 3,
      c: 2,
      r2: 6,
      c2: 5,
      geom: 'roundRect',
      text: 'Sparring i korpset\nAnsvarlig: Eva',
    });
    expect(shapes[1]).toMatchObject({ r: 1, c: 7, text: 'Overskrift', textBox: true });
    expect(shapes[1]?.fill).toBeUndefined();
  });

  test("a theme colour with its luminance (Lighter 40 %), and the default style's accent1 where none is given", () => {
    expect(shapes[0]?.fill).toBe('9DC3E6');
    expect(shapes[2]).toMatchObject({ text: 'Standard', fill: '4472C4' });
  });

  test("a connector is no shape of the reading; a group's shapes stand in their part of the group's cells", () => {
    expect(shapes.map((s) => s.text)).toEqual([
      'Sparring i korpset\nAnsvarlig: Eva',
      'Overskrift',
      'Standard',
      'Ledelse',
      'Evaluering',
    ]);
    expect(shapes[3]).toMatchObject({ r: 19, c: 1, grouped: true, fill: 'C00000' });
    expect(shapes[4]).toMatchObject({ r: 21, c: 5, grouped: true, fill: '7030A0' });
  });
});

describe("a sheet's form controls: ctrlProps, placed and captioned by their shape", () => {
  const bytes = workbook((wb) => {
    const s = wb.sheet('Svar');
    s.set('A1', 'Svar').set('H2', 2);
    s.controls.push(
      { type: 'GBox', from: pt('B2'), to: pt('F3'), text: '' },
      { type: 'Radio', from: pt('B2'), to: pt('C3'), text: 'Ja', firstButton: true, link: '$H$2' },
      { type: 'Radio', from: pt('C2'), to: pt('D3'), text: 'Delvist', checked: true },
      { type: 'CheckBox', from: pt('B5'), to: pt('C6'), text: '', checked: true },
      { type: 'Drop', from: pt('D5'), to: pt('E6'), link: '$H$5', range: 'Lister!$A$1:$A$3', sel: 3 },
    );
  });
  const sheet = readWorkbook(bytes).sheets.find((s) => s.name === 'Svar')!;

  test('each control: its kind, state, linked cell, first button, list and chosen item, cells and caption', () => {
    expect(sheet.controls).toEqual([
      { kind: 'groupBox', r: 1, c: 1, r2: 2, c2: 5 },
      { kind: 'optionButton', r: 1, c: 1, r2: 2, c2: 2, caption: 'Ja', firstButton: true, link: '$H$2' },
      { kind: 'optionButton', r: 1, c: 2, r2: 2, c2: 3, caption: 'Delvist', checked: true },
      { kind: 'checkBox', r: 4, c: 1, r2: 5, c2: 2, checked: true },
      { kind: 'dropDown', r: 4, c: 3, r2: 5, c2: 4, link: '$H$5', range: 'Lister!$A$1:$A$3', selected: 3 },
    ]);
  });

  test("a control's own shape in the drawing (hidden: the VML shape draws it) is no shape of the sheet's", () => {
    expect(sheet.shapes).toEqual([]);
  });
});

// --- Answers kept in form controls (formcontrols.ts) -------------------------------------------

/** The seed's checklist on "Tjekliste", answered by option buttons in C:E, linked cells in H. */
function buttons(opts: {
  captions: boolean;
  answers: Record<string, 1 | 2 | 3 | '#N/A' | null>;
  /** No button marked first: every button linked to its question's cell (as some writers save them). */
  everyLinked?: true;
}): Read {
  return read(
    workbook((wb) => {
      const s = wb.sheet('Tjekliste');
      s.row('A1', ['Nr.', 'Spørgsmål', 'Svar', '', '', 'Bemærkning']).merge('C1:E1');
      if (!opts.captions) s.row('C1', ['Ja', 'Delvist', 'Nej']);
      s.hiddenCols.add(8);
      const controls: FormControlDef[] = [];
      SEED_QUESTIONS.forEach(([id, q], i) => {
        const r = 2 + i;
        s.row(`A${r}`, [id, q]);
        const a = id in opts.answers ? opts.answers[id]! : 1;
        if (a === '#N/A') s.set(`H${r}`, { v: '#N/A', error: true });
        else if (a !== null) s.set(`H${r}`, a);
        controls.push({ type: 'GBox', from: pt(`C${r}`), to: pt(`F${r}`, 0, 18), text: '' });
        ['Ja', 'Delvist', 'Nej'].forEach((w, k) => {
          controls.push({
            type: 'Radio',
            from: pt(`${'CDE'[k]!}${r}`, 4, 2),
            to: pt(`${'CDE'[k]!}${r}`, 60, 18),
            text: opts.captions ? w : '',
            checked: a === k + 1,
            ...(opts.everyLinked
              ? { link: `$H$${r}` }
              : k === 0
                ? { firstButton: true, link: `$H$${r}` }
                : {}),
          });
        });
      });
      s.controls.push(...controls);
    }),
  );
}

describe('a checklist answered by option buttons, a group per question, its linked cell 1, 2 or 3', () => {
  test("captioned buttons: the chosen button's caption is the answer", () => {
    const r = buttons({ captions: true, answers: { F1: 1, F2: 2, F3: 3, L1: 2 } });
    expect(answer(r, 'F1')?.answer).toBe('yes');
    expect(answer(r, 'F2')?.answer).toBe('partly');
    expect(answer(r, 'F3')?.answer).toBe('no');
    expect(answer(r, 'L1')?.answer).toBe('partly');
  });

  test('buttons without captions under "Ja | Delvist | Nej": the heading over the chosen one', () => {
    const r = buttons({ captions: false, answers: { F1: 3, F2: 2, L8: 1 } });
    expect(answer(r, 'F1')?.answer).toBe('no');
    expect(answer(r, 'F2')?.answer).toBe('partly');
    expect(answer(r, 'L8')?.answer).toBe('yes');
  });

  test('no button chosen (linked cell empty): unanswered; a linked cell showing #N/A: unanswered, checked at it', () => {
    const r = buttons({ captions: true, answers: { F5: null, L3: '#N/A' } });
    expect(answer(r, 'F5')?.answer).toBeNull();
    expect(answer(r, 'L3')?.answer).toBeNull();
    expect(checkedAt(r, 'Tjekliste', 'H11')).toBe(true);
    expect(checkedAt(r, 'Tjekliste', 'H6')).toBe(false);
  });

  test("no button marked first, each linked to its question's cell: a group per linked cell", () => {
    const r = buttons({ captions: true, answers: { F1: 3, F2: 2, L8: 1 }, everyLinked: true });
    expect(answer(r, 'F1')?.answer).toBe('no');
    expect(answer(r, 'F2')?.answer).toBe('partly');
    expect(answer(r, 'L8')?.answer).toBe('yes');
  });

  test("the linked cells (the controls' store) are not listed as values not placed", () => {
    const r = buttons({ captions: true, answers: {} });
    expect(r.structure.unmapped.filter((u) => u.sheet === 'Tjekliste' && u.cell.startsWith('H'))).toEqual([]);
  });

  test('a header merged over the buttons\' columns ("Svar") is one answer column, no later follow-up', () => {
    const r = buttons({ captions: true, answers: {} });
    expect(
      (r.checks ?? []).filter((c) => c.sheet === 'Tjekliste' && c.field.startsWith('checklist.')),
    ).toEqual([]);
  });
});

describe('a plan with a check box "Gennemført" per row and a drop-down over some status cells', () => {
  const r = read(
    workbook((wb) => {
      const s = wb.sheet('Plan');
      s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Gennemført']);
      s.row('A2', ['Ledelse', 'Styregruppemøde', 'Bo Holm', '15.03.2027']);
      s.row('A3', ['Kommunikation', 'Nyhedsbrev', 'Eva Lund', '30.04.2027', 'I gang']);
      s.row('A4', ['Inddragelse', 'Forældremøde', 'Eva Lund', '31.05.2027', 'Ikke startet']);
      s.set('J2', 2);
      s.hiddenCols.add(10);
      s.controls.push(
        { type: 'Drop', from: pt('E2'), to: pt('F3'), link: '$J$2', range: 'Lister!$A$1:$A$3', sel: 2 },
        { type: 'CheckBox', from: pt('F2', 20), to: pt('F2', 40, 18), text: '' },
        {
          type: 'CheckBox',
          from: pt('F3', 20),
          to: pt('F3', 40, 18),
          text: 'Afkrydsningsfelt 2',
          checked: true,
        },
        { type: 'CheckBox', from: pt('F4', 20), to: pt('F4', 40, 18), text: '' },
      );
      const l = wb.sheet('Lister');
      l.row('A1', ['Ikke startet']).row('A2', ['I gang']).row('A3', ['Gennemført']);
      l.hidden = true;
    }),
  );
  const row = (n: number) => r.structure.draft.activities.find((a) => a.source.row === n)?.values;

  test("the drop-down's chosen item is the status of the cell it covers", () => {
    expect(row(2)).toMatchObject({ activity: 'Styregruppemøde', status: 'in_progress' });
  });

  test('a ticked box with no linked cell is read as ticked (beside a stale "I gang": checked)', () => {
    expect(row(3)?.status).toBe('done');
    expect(
      checkedAt(r, 'Plan', 'E3') ||
        (r.checks ?? []).some(
          (c) => c.sheet === 'Plan' && c.cell.endsWith('3') && c.field === 'activities.status',
        ),
    ).toBe(true);
    expect(row(4)?.status).toBe('not_started');
  });
});

// --- A checklist's second part under a heading row naming only the answers (checklist.ts) -------

describe("a checklist's second part under a heading row of its own inherits the comment column", () => {
  const rows: unknown[][] = [['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning']];
  SEED_QUESTIONS.slice(0, 7).forEach(([id, q]) =>
    rows.push([id, q, 'x', '', '', id === 'F2' ? 'Aftalt med PPR' : '']),
  );
  rows.push([]);
  rows.push(['Løbende implementering', '', 'Ja', 'Delvist', 'Nej']);
  SEED_QUESTIONS.slice(7).forEach(([id, q]) =>
    rows.push([id, q, '', 'x', '', id === 'L4' ? 'Aktionslæring i foråret' : '']),
  );
  const r = read(
    workbook((wb) => {
      const s = wb.sheet('Tjekliste');
      rows.forEach((row, i) => s.row(`A${i + 1}`, row as never[]));
    }),
  );

  test('the comment beside an answer of the second part is read', () => {
    expect(answer(r, 'F2')?.comment).toBe('Aftalt med PPR');
    expect(answer(r, 'L4')).toMatchObject({ answer: 'partly', comment: 'Aktionslæring i foråret' });
  });
});

// --- A plan drawn as shapes: a timeline (timeline.ts) --------------------------------------------

const LEGEND: readonly (readonly [string, ShapeColour])[] = [
  ['Ledelse', { scheme: 'accent1' }],
  ['Kommunikation', { rgb: 'ED7D31' }],
  ['Opkvalificering', { scheme: 'accent4' }],
];

function box(at: string, to: string, lines: readonly string[], fill?: ShapeColour): ShapeDef {
  return {
    name: `Boks ${at}`,
    geom: 'roundRect',
    from: pt(at, 2, 2),
    to: pt(to),
    ...(fill ? { fill } : {}),
    text: lines,
  };
}

function timeline(extra: (s: SheetModel) => void = () => {}): Read {
  return read(
    workbook((wb) => {
      const s = wb.sheet('Tidslinje');
      s.set('A1', 'Opdateret 1/11-2026');
      s.shapes.push(
        {
          name: 'Titel',
          geom: 'rect',
          textBox: true,
          from: pt('D1'),
          to: pt('M2'),
          fill: 'none',
          text: ['Tidslinje 1. halvår 2027'],
        },
        {
          name: 'Pil',
          geom: 'straightConnector1',
          connector: true,
          from: pt('B10'),
          to: pt('X10'),
          line: { rgb: '000000' },
        },
        {
          name: 'Januar',
          geom: 'rect',
          textBox: true,
          from: pt('B9'),
          to: pt('D10'),
          fill: 'none',
          text: ['januar'],
        },
        box('B4', 'F7', ['Styregruppemøde om mål', 'uge 3', 'Ansvarlig: Bo'], LEGEND[0]![1]),
        box('G4', 'K7', ['Nyhedsbrev til forældre', '1/2–28/2', 'Ansv.: Eva', '✔ Gennemført'], LEGEND[1]![1]),
        box('L12', 'P15', ['Supervision af mentorer', 'fra uge 10', 'Ansvarlig: Ida']),
        box('Q12', 'U15', ['Kursus i LAT', 'marts', 'Ansvarlig: Ida', 'AFLYST'], LEGEND[2]![1]),
        {
          name: 'Rombe',
          geom: 'diamond',
          from: pt('H10'),
          to: pt('I11'),
          fill: LEGEND[0]![1],
          text: ['31/3'],
        },
        {
          name: 'Navn',
          geom: 'rect',
          textBox: true,
          from: pt('G11', 0, 4),
          to: pt('L12'),
          fill: 'none',
          text: ['Milepæl: Aftaler underskrevet'],
        },
        {
          name: 'Note',
          geom: 'wedgeRectCallout',
          from: pt('B16'),
          to: pt('F18'),
          fill: { rgb: 'FFF2CC' },
          text: ['Obs: datoerne kan flytte sig'],
        },
        {
          name: 'Forklaring',
          geom: 'rect',
          from: pt('B20'),
          to: pt('M22'),
          children: LEGEND.map(([theme, colour], i) => ({
            name: `Forklaring ${theme}`,
            geom: 'roundRect',
            from: pt(`${'BFJ'[i]!}20`),
            to: pt(`${'EIM'[i]!}21`),
            fill: colour,
            text: [theme],
          })),
        },
      );
      extra(s);
    }),
  );
}

describe('a plan drawn as shapes: a timeline of boxes, their fill the theme by a legend of shapes', () => {
  const r = timeline();
  const at = (row: number, col: number) =>
    r.structure.draft.activities.find((a) => a.source.row === row && a.source.col === col)?.values;

  test('each box with a time is an activity known by the cell under its top-left corner', () => {
    expect(r.structure.draft.activities).toHaveLength(5);
    expect(at(4, 2)).toMatchObject({
      activity: 'Styregruppemøde om mål',
      theme: 'leadership',
      deadline: '2027-01-24',
      responsible: 'Bo',
    });
    expect(at(4, 7)).toMatchObject({
      activity: 'Nyhedsbrev til forældre',
      theme: 'communication',
      start: '2027-02-01',
      deadline: '2027-02-28',
      responsible: 'Eva',
      status: 'done',
    });
  });

  test('"fra uge 10" is a start alone; a box in the default blue is Ledelse by the legend; a status line', () => {
    expect(at(12, 12)).toMatchObject({
      activity: 'Supervision af mentorer',
      start: '2027-03-08',
      theme: 'leadership',
    });
    expect(at(12, 12)?.deadline).toBeUndefined();
    expect(at(12, 17)).toMatchObject({ theme: 'upskilling', deadline: '2027-03-31', status: 'closed' });
  });

  test('a diamond holding a day is a milestone named by the text box beside it', () => {
    expect(at(10, 8)).toMatchObject({
      activity: 'Aftaler underskrevet',
      deadline: '2027-03-31',
      theme: 'leadership',
    });
  });

  test('the month names, the arrow and the legend are no activities; the title and the note are not placed', () => {
    const texts = r.structure.draft.activities.map((a) => a.values.activity);
    expect(texts).not.toContain('januar');
    expect(texts).not.toContain('Ledelse');
    const unplaced = r.structure.unmapped.filter((u) => u.sheet === 'Tidslinje').map((u) => u.value);
    expect(unplaced).toEqual(
      expect.arrayContaining(['Tidslinje 1. halvår 2027', 'Obs: datoerne kan flytte sig']),
    );
    expect(unplaced).not.toContain('januar');
    expect((r.checks ?? []).some((c) => c.value === 'timeline: 5' && c.sheet === 'Tidslinje')).toBe(true);
  });

  test('a sheet with a plan table in its cells and a few shapes beside it is read from its cells', () => {
    const plain = read(
      workbook((wb) => {
        const s = wb.sheet('Plan');
        s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist']);
        for (let i = 0; i < 6; i++)
          s.row(`A${i + 2}`, ['Ledelse', `Møde ${i + 1}`, 'Bo Holm', `1${i}.03.2027`]);
        s.shapes.push(
          box('G2', 'J4', ['Husk lokalet', 'uge 9', 'Ansvarlig: Bo']),
          box('G5', 'J7', ['Husk kaffe', 'uge 10', 'Ansvarlig: Bo']),
          box('G8', 'J10', ['Husk skærm', 'uge 11', 'Ansvarlig: Bo']),
        );
      }),
    );
    expect(plain.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Møde 1',
      'Møde 2',
      'Møde 3',
      'Møde 4',
      'Møde 5',
      'Møde 6',
    ]);
  });
});

// --- The add-in's grid: shapes listed, their text not given (timeline.ts drawnPlanChecks) ---------

describe("a grid that lists shapes but holds none of them (the add-in's) says so where something is missing", () => {
  const sheet = (name: string, cells: GridCell[], shapes: boolean): GridSheet => ({
    name,
    state: 'visible',
    cells,
    merges: [],
    comments: [],
    tables: [],
    drawings: [
      { kind: 'shape', name: 'Afrundet rektangel 1' },
      { kind: 'shape', name: 'Rombe 2' },
    ],
    ...(shapes ? { shapes: [] } : {}),
  });
  const cover: GridCell[] = [
    { r: 0, c: 0, v: 'Kommune', t: 's' },
    { r: 0, c: 1, v: 'Vejle', t: 's' },
  ];
  const grid = (shapes: boolean): Grid => ({
    sheets: [
      sheet('Forside', cover, true),
      sheet('Tidslinje', [{ r: 0, c: 0, v: 'Tidslinje', t: 's' }], shapes),
    ],
    definedNames: [],
    properties: [],
    date1904: false,
  });

  test('no shape read and no activity: a check at the sheet says they are read from the file', () => {
    const r = inspectGrid(grid(false), { today: TODAY });
    const check = (r.checks ?? []).find((c) => c.sheet === 'Tidslinje' && c.field === 'drawing');
    expect(check?.cell).toBe('A1');
    expect(check?.reason.da).toContain('webside');
  });

  test('a grid read from the file (its shapes known, none with text) has no such check', () => {
    const r = inspectGrid(grid(true), { today: TODAY });
    expect((r.checks ?? []).some((c) => c.field === 'drawing')).toBe(false);
  });
});

describe('the add-in reading the same timeline in Excel (Office.js gives the shapes by name only)', () => {
  test('the file reads the boxes; the open workbook lists the shapes and says they are read from the file', async () => {
    const bytes = workbook((wb) => {
      const s = wb.sheet('Tidslinje');
      s.set('A1', 'Tidslinje');
      s.shapes.push(
        box('B3', 'E6', ['Styregruppemøde', 'uge 3', 'Ansvarlig: Bo'], { rgb: 'C00000' }),
        box('F3', 'I6', ['Nyhedsbrev', 'uge 6', 'Ansvarlig: Eva'], { rgb: 'C00000' }),
        box('J3', 'M6', ['Temadag', 'uge 9', 'Ansvarlig: Ida'], { rgb: 'C00000' }),
      );
    });
    const fromFile = readWorkbook(bytes);
    expect(inspectGrid(fromFile, { today: TODAY }).structure.draft.activities).toHaveLength(3);
    const inExcel = await readGridFromExcel(fakeFromGrid(fromFile).context(), { supports: () => true });
    const r = inspectGrid(inExcel, { today: TODAY });
    expect(r.structure.draft.activities).toHaveLength(0);
    expect((r.checks ?? []).find((c) => c.sheet === 'Tidslinje' && c.field === 'drawing')?.value).toBe('3');
  });
});
