// Text read as a reader sees it: characters that show nothing (zero-width spaces and joiners, soft
// hyphens, byte-order marks, word joiners), as text copied from a web page, Teams
// or a PDF brings them, are read past in every value, and a CPR number written with them is still
// found; letters written in decomposed form (a base and a combining mark: "a" + ring above for "å",
// as a Mac, a PDF or a web page may write them) are read as the one letter they show. Workbooks written by SheetJS (another tool than the product's writer); the metamorphic
// corpus test holds the same for every corpus plan.

import { Inspector } from '../../core/inspect';
import type { Grid } from '../../core/grid';
import { visibleGrid, visibleText } from '../../core/visible';
import { readWorkbook } from '../../core/xlsx';
import { workbookZip, worksheet } from '../fixtures/hostile';
import { COVER, inspectSheetjs, sheetjsBytes, TODAY } from '../fixtures/sheetjs';

const ZWSP = '\u200b';
const SHY = '\u00ad';

const PLAN = [
  ['Tema', 'Aktivitet', 'Status', 'Deadline', 'Ansvarlig'],
  [`Ledel${SHY}se`, `Styregruppe${ZWSP}møde`, `I${ZWSP} gang`, `15.${ZWSP}03.2027`, `\ufeffMette Kjær`],
  [
    'Kommunikation',
    `Infomøde\u2060 \ufefffor skolerne`,
    `Ikke\u00a0startet`,
    `1.\u200b marts 2027`,
    'Lars Holm',
  ],
];

describe('characters that show nothing', () => {
  test('are read past in every field of a plan SheetJS wrote', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
    ]);
    const rows = r.structure.draft.activities.map((a) => {
      const v = a.values;
      return [v.theme, v.activity, v.status, v.deadline, v.responsible];
    });
    expect(rows).toEqual([
      ['leadership', 'Styregruppemøde', 'in_progress', '2027-03-15', 'Mette Kjær'],
      ['communication', 'Infomøde for skolerne', 'not_started', '2027-03-01', 'Lars Holm'],
    ]);
    // No message quotes a character the coordinator cannot see.
    expect(JSON.stringify(r.issues)).not.toMatch(/[\u00ad\u200b\u2060\ufeff]/);
  });

  test('a CPR number written with them is found, and no plan is given', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [...PLAN, ['Ledelse', `Samtale med borger 0711${ZWSP}92${SHY}-1234`, 'I gang', '01.04.2027', 'AB']],
      ],
    ]);
    expect(r.plan).toBeNull();
    expect(r.issues.some((i) => i.code === 'cpr_number' && i.sheet === 'Plan' && i.cell === 'B4')).toBe(true);
  });

  test("an emoji's joiner and the direction marks stay; a joiner beside a letter goes", () => {
    expect(visibleText('👩\u200d👧 Familie')).toBe('👩\u200d👧 Familie');
    expect(visibleText('Fami\u200dlie\u200d')).toBe('Familie');
    expect(visibleText('Plan')).toBe('Plan');
    // Marks that set the direction change the order a reader sees: they stay (the CPR rules read them).
    expect(visibleText('Sag \u202e4321-011190\u202c')).toBe('Sag \u202e4321-011190\u202c');
  });

  test('a grid without them is the same object; the same grid gives the same reading grid', () => {
    const plain = readWorkbook(sheetjsBytes([['Plan', [['Tema', 'Aktivitet']]]]));
    expect(visibleGrid(plain)).toBe(plain);
    const marked = readWorkbook(sheetjsBytes([['Plan', PLAN]]));
    const once = visibleGrid(marked);
    expect(once).not.toBe(marked);
    expect(visibleGrid(marked)).toBe(once);
    // Read from the file's columns and from cell objects alike (the pane's grid has no columns).
    const asObjects = JSON.parse(JSON.stringify(marked)) as Grid;
    expect(JSON.stringify(visibleGrid(asObjects))).toBe(JSON.stringify(once));
  });

  test("the pane's inspector keeps its structuring for the same grid", () => {
    const grid = JSON.parse(
      JSON.stringify(
        readWorkbook(
          sheetjsBytes([
            ['Forside', COVER],
            ['Plan', PLAN],
          ]),
        ),
      ),
    ) as Grid;
    const inspector = new Inspector();
    const first = inspector.inspect(grid, { today: TODAY });
    const second = inspector.inspect(grid, { today: TODAY });
    expect(second.structure).toBe(first.structure);
    expect(first.structure.draft.activities[0]?.values.activity).toBe('Styregruppemøde');
  });
});

/** Every text of a table in Unicode's decomposed form (NFD): "å" as "a" and a combining ring above. */
const decomposed = (rows: readonly (readonly string[])[]): string[][] =>
  rows.map((row) => row.map((text) => text.normalize('NFD')));

describe('letters in decomposed form', () => {
  const CHECKS = [
    ['Spørgsmål', 'Svar', 'Kommentar'],
    ['Er der udpeget en koordinator med tid afsat?', 'Delvist', 'Åse Bøgh på 20 timer'],
  ];
  const PLAN_NFD = decomposed([
    ['Tema', 'Aktivitet', 'Status', 'Frist', 'Ansvarlig'],
    ['Ledelse', 'Møde om mål for året', 'Påbegyndt', '1. maj 2027', 'Åse Bøgh'],
    ['Kommunikation', 'Café-aften for forældre', 'Færdig', '15. januar 2027', 'René Ågård'],
  ]);

  test('the test writes them decomposed (SheetJS keeps them so in the file)', () => {
    const cells = readWorkbook(sheetjsBytes([['Plan', PLAN_NFD]])).sheets[0]?.cells ?? [];
    expect(cells.some((c) => typeof c.v === 'string' && /a\u030a/u.test(c.v))).toBe(true);
  });

  test('are read as the letters they show: headers, list values, dates and names', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN_NFD],
      ['Tjekliste', decomposed(CHECKS)],
    ]);
    const rows = r.structure.draft.activities.map((a) => {
      const v = a.values;
      return [v.theme, v.activity, v.status, v.deadline, v.responsible];
    });
    expect(rows).toEqual([
      ['leadership', 'Møde om mål for året', 'in_progress', '2027-05-01', 'Åse Bøgh'],
      ['communication', 'Café-aften for forældre', 'done', '2027-01-15', 'René Ågård'],
    ]);
    // The same text as typed composed: a leader's summary counts "Åse Bøgh" once.
    for (const a of r.structure.draft.activities) {
      for (const v of Object.values(a.values)) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
    }
    expect(JSON.stringify(r.issues)).toBe(JSON.stringify(r.issues).normalize('NFC'));
  });

  test('a digit with a mark above is left as written (nothing composes with it)', () => {
    expect(visibleText('Sag 1\u0301 af 3')).toBe('Sag 1\u0301 af 3');
    expect(visibleText('Ma\u030al')).toBe('Mål');
  });
});

describe('the reader knows when a workbook holds none of them', () => {
  const sheet = (text: string): Uint8Array =>
    workbookZip({
      sheets: [
        {
          name: 'Plan',
          xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`),
        },
      ],
    });
  const a1 = (bytes: Uint8Array): unknown => visibleGrid(readWorkbook(bytes)).sheets[0]?.cells[0]?.v;

  test('written as character references (&#x200B;, &#173;) they are read past too', () => {
    expect(a1(sheet('Styregruppe&#x200B;møde'))).toBe('Styregruppemøde');
    expect(a1(sheet('Forældre&#173;coach'))).toBe('Forældrecoach');
    expect(a1(sheet('&#xFEFF;I gang'))).toBe('I gang');
  });

  test('written as UTF-8 they are read past; an en dash and a no-break space are kept', () => {
    expect(a1(sheet('Møde\u2060 \u200bom mål\u00adsætning – uge\u00a012'))).toBe(
      'Møde om målsætning – uge\u00a012',
    );
  });

  test('a combining mark, as UTF-8 or as a reference, is composed with its letter', () => {
    expect(a1(sheet('Ma\u030al for a\u030aret'))).toBe('Mål for året');
    expect(a1(sheet('Caf&#x65;&#x301;'))).toBe('Café');
  });

  test('a workbook whose bytes hold none is given back as it is, untouched', () => {
    const grid = readWorkbook(sheet('Møde om mål – uge\u00a012 &amp; opfølgning'));
    expect(visibleGrid(grid)).toBe(grid);
  });
});
