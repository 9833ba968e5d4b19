// A cell that shows one of Excel's errors where a value should stand (a linked data type or a
// formula another program could not work out: "#VALUE!", "#N/A", Danish "#VÆRDI!") is asked about
// as such, in Danish and English, naming the cell — not quoted back as a wrong municipality, status
// or date ('"#VALUE!" is not a Danish municipality'). Hand-built packages: the error kept as an
// error cell (t="e", as Excel, LibreOffice and POI write it) and as text (as a program that dropped
// the linked data type writes it).
import { inspectBytes, inspectGrid } from '../../../core/inspect';
import { gridOf } from './grid-builder';
import { workbookZip, worksheet } from '../../fixtures/hostile';
import { row, text } from '../../fixtures/sheetXml';

const error = (ref: string, code: string): string => `<c r="${ref}" t="e"><v>${code}</v></c>`;

const PLAN_SHEET = worksheet(
  row(
    1,
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join(''),
  ) +
    row(
      2,
      text('A2', 'Ledelse') +
        text('B2', 'Styregruppemøde') +
        text('C2', 'Mette Kjær') +
        text('D2', '15.02.2027') +
        text('E2', 'I gang'),
    ),
);

function plan(kommune: string, status: string, deadline: string): Uint8Array {
  const cover = worksheet(
    row(1, text('A1', 'Kommune') + kommune) + row(2, text('A2', 'Periode') + text('B2', '2027-H1')),
  );
  const sheet = worksheet(
    row(
      1,
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join(''),
    ) +
      row(
        2,
        text('A2', 'Ledelse') +
          text('B2', 'Styregruppemøde om korpset') +
          text('C2', 'Mette Kjær') +
          deadline +
          status,
      ) +
      row(
        3,
        text('A3', 'Rekruttering') +
          text('B3', 'Opslag af stillinger') +
          text('C3', 'Lars Holm') +
          text('D3', '01.03.2027') +
          text('E3', 'I gang'),
      ),
  );
  return workbookZip({
    sheets: [
      { name: 'Forside', xml: cover },
      { name: 'Plan', xml: sheet },
    ],
  });
}

function issueAt(bytes: Uint8Array, sheet: string, cell: string) {
  const result = inspectBytes(bytes, { today: '2026-11-23' });
  return result.issues.filter((i) => i.sheet === sheet && i.cell === cell);
}

describe.each([
  ['an error cell', (ref: string, code: string) => error(ref, code)],
  ['an error kept as text', (ref: string, code: string) => text(ref, code)],
])('a value shown as an Excel error (%s)', (_, cell) => {
  it('the municipality: says the cell shows the error, and what to write instead', () => {
    const [issue, ...rest] = issueAt(
      plan(cell('B1', '#VALUE!'), text('E2', 'I gang'), text('D2', '15.02.2027')),
      'Forside',
      'B1',
    );
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('municipality_unknown');
    expect(issue?.severity).toBe('error');
    expect(issue?.message.da).toMatch(/^B1 viser Excel-fejlen #VALUE! i stedet for kommunen/);
    expect(issue?.message.da).toContain('Skriv kommunens navn eller kommunekode');
    expect(issue?.message.en).toMatch(/^B1 shows Excel's error #VALUE! instead of the municipality/);
    expect(issue?.message.en).not.toContain('is not a Danish municipality');
  });

  it('the period: the same', () => {
    const cover = worksheet(
      row(1, text('A1', 'Kommune') + text('B1', 'Aarhus')) +
        row(2, text('A2', 'Periode') + cell('B2', '#REF!')),
    );
    const bytes = workbookZip({
      sheets: [
        { name: 'Forside', xml: cover },
        { name: 'Plan', xml: PLAN_SHEET },
      ],
    });
    const issues = issueAt(bytes, 'Forside', 'B2');
    expect(issues.map((i) => i.message.da).join('\n')).toMatch(
      /^B2 viser Excel-fejlen #REF! i stedet for perioden/m,
    );
    expect(issues.map((i) => i.message.en).join('\n')).not.toContain('"#REF!"');
  });

  it('a status and a deadline: asked for at their cells, saying the cell shows the error', () => {
    const bytes = plan(text('B1', 'Aarhus'), cell('E2', '#N/A'), cell('D2', '#VÆRDI!'));
    for (const [ref, code] of [
      ['E2', '#N/A'],
      ['D2', '#VÆRDI!'],
    ] as const) {
      const issues = issueAt(bytes, 'Plan', ref);
      expect(issues.some((i) => i.severity === 'error')).toBe(true);
      expect(issues.map((i) => i.message.en).join('\n')).not.toContain(`"${code}"`);
      expect(issues.map((i) => i.message.da).join('\n')).toContain(`viser Excel-fejlen ${code}`);
      expect(issues.map((i) => i.message.en).join('\n')).toContain(`shows Excel's error ${code}`);
    }
  });
});

it('a municipality that is no error is still quoted as the wrong value it is', () => {
  const [issue] = issueAt(
    plan(text('B1', 'Aarhuus Amt'), text('E2', 'I gang'), text('D2', '15.02.2027')),
    'Forside',
    'B1',
  );
  expect(issue?.code).toBe('municipality_unknown');
  expect(issue?.message.en).toContain('is not a Danish municipality');
});

describe('the same in the pane, whose grid is cells read through Office.js (no columns)', () => {
  it('a responsible looked up by a formula that gives #N/A is missing, and the message says why', () => {
    const result = inspectGrid(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Styregruppemøde', { v: '#N/A', t: 'e' }, '15.02.2027', 'I gang'],
          ['Ledelse', 'Ledermøde', '', '15.03.2027', 'I gang'],
        ],
      }),
      { today: '2026-11-23' },
    );
    const at = (ref: string) =>
      result.issues.filter((i) => i.sheet === 'Plan' && i.cell === ref && i.code === 'required_missing');
    expect(at('C2').map((i) => i.message.da)).toEqual([
      expect.stringContaining('cellen viser Excel-fejlen #N/A'),
    ]);
    // An empty cell is only missing: nothing about an error.
    expect(at('C3').map((i) => i.message.da)).toEqual([expect.not.stringContaining('Excel-fejlen')]);
  });
});

describe('an activity, milestone or responsible whose text is an error kept as text', () => {
  // "#BUSY!" where a COPILOT call had not come back, saved by a program that does not know the
  // error (XlsxWriter writes it as text, LibreOffice into .xls as "#busy!").
  it.each(['#BUSY!', '#busy!', ' #N/A '])(
    '"%s" is no activity text: the activity is missing, and why',
    (shown) => {
      const sheet = worksheet(
        row(
          1,
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']
            .map((h, i) => text(`${'ABCDE'[i]}1`, h))
            .join(''),
        ) +
          row(
            2,
            text('A2', 'Ledelse') +
              text('B2', 'Styregruppemøde') +
              text('C2', 'Mette Kjær') +
              text('D2', '15.02.2027') +
              text('E2', 'I gang'),
          ) +
          row(
            3,
            text('A3', 'Ledelse') +
              text('B3', shown) +
              text('C3', shown) +
              text('D3', '15.03.2027') +
              text('E3', 'I gang'),
          ),
      );
      const result = inspectBytes(workbookZip({ sheets: [{ name: 'Plan', xml: sheet }] }), {
        today: '2026-11-23',
      });
      const third = result.structure.draft.activities.find((a) => a.source.row === 3);
      expect(third?.values.activity).toBeUndefined();
      expect(third?.values.responsible).toBeUndefined();
      for (const ref of ['B3', 'C3']) {
        const at = result.issues.filter(
          (i) => i.sheet === 'Plan' && i.cell === ref && i.code === 'required_missing',
        );
        expect(at.map((i) => i.message.da)).toEqual([
          expect.stringContaining(`viser Excel-fejlen ${shown.trim()}`),
        ]);
      }
    },
  );
});
