// Workbooks for the command-line tests, written as hand-built packages (test/fixtures/hostile.ts):
// not by the product's own writer, with inline strings, number cells and formulas as Excel stores
// them. Each builder says what kind of plan it is.

import { escapeXml, workbookZip, worksheet, type SheetSpec } from '../fixtures/hostile';

/** A cell: text, a number, or a formula with its cached text result. */
export type CellValue = string | number | null | { formula: string; text?: string };

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A worksheet part from rows of cells (row 1 first). */
export function sheetOf(rows: readonly (readonly CellValue[])[]): string {
  const xml = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${colName(c)}${r + 1}`;
          if (v === null || v === '') return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === 'object') {
            return `<c r="${ref}" t="str"><f>${escapeXml(v.formula)}</f>${v.text === undefined ? '' : `<v>${escapeXml(v.text)}</v>`}</c>`;
          }
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return worksheet(xml);
}

export function workbookOf(
  sheets: readonly { name: string; rows: readonly (readonly CellValue[])[] }[],
): Uint8Array {
  return workbookZip({ sheets: sheets.map((s): SheetSpec => ({ name: s.name, xml: sheetOf(s.rows) })) });
}

export const HEADERS = ['Tidsplan', 'Indsatsområde', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Status'];

/** Activities as a coordinator writes them: Danish dates, free statuses, one long description. */
export const ACTIVITY_ROWS: readonly (readonly CellValue[])[] = [
  [
    '15.09.2026',
    'Ledelse',
    'Styregruppemøde om korpsets opstart',
    'Kommissorium godkendt',
    'Områdechef',
    'Færdig',
  ],
  [
    'uge 40 2026',
    'Kommunikation',
    'Nyhedsbrev til alle samarbejdspartnere i forvaltningen, skolerne, jobcentret og de frivillige foreninger om mentorindsatsen',
    'Nyhedsbrev sendt',
    'Koordinator',
    'I gang',
  ],
  ['oktober 2026', 'Inddragelse', 'Læringsmøde for mentorer', 'Møde afholdt', 'Koordinator', 'Ikke startet'],
  [
    '01.11.2026 - 15.12.2026',
    'Opkvalificering',
    'Opfølgning på uddannelsen',
    'Alle har deltaget',
    'Leder og koordinator',
    'Ikke startet',
  ],
];

/**
 * A plan with its cover facts as labels above the table (municipality, period, coordinator) but no
 * phase: not valid until a phase is given.
 */
export function planWithoutPhase(
  extra: {
    rows?: readonly (readonly CellValue[])[];
    sheetName?: string;
    /** The label rows above the table (default: municipality, period, coordinator). */
    cover?: readonly (readonly CellValue[])[];
  } = {},
): Uint8Array {
  return workbookOf([
    {
      name: extra.sheetName ?? 'Handleplan',
      rows: [
        ['Handleplan for mentorindsatsen'],
        ...(extra.cover ?? [
          ['Kommune:', 'Aarhus'],
          ['Periode:', '2026-H2'],
          ['Koordinator:', 'Sofie Lund'],
        ]),
        [],
        HEADERS,
        ...ACTIVITY_ROWS,
        ...(extra.rows ?? []),
      ],
    },
  ]);
}
