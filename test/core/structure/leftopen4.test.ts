// Habits round 43 and the last rounds left open, each judged on probes built here with SheetJS, by
// hand or by LibreOffice (another tool than the product's writer), never a corpus plan.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const namesOf = (r: Inspected) => activitiesOf(r).map((a) => a.values.activity);
const checksAt = (r: Inspected, sheet: string, cell: string) =>
  r.structure.checks.filter((c) => c.sheet === sheet && c.cell === cell);
const unmappedAt = (r: Inspected, sheet: string) =>
  r.structure.unmapped.filter((u) => u.sheet === sheet).map((u) => u.cell);

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];
const plan = (rows: readonly (readonly unknown[])[]) =>
  inspectSheetjs([
    ['Forside', COVER],
    ['Plan', [HEAD, ...rows]],
  ]);

// --- 1. The coordinator's own to-do typed plainly between themed activities -----------------------

describe("the coordinator's own to-do typed plainly (no grey, no italics)", () => {
  const themed = [
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', '15.01.2027', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev til skoler', 'Bo Kjær', '', '15.02.2027', 'Ikke startet'],
    ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '', '31.03.2027', 'I gang'],
  ];

  test('no theme, no date, initials and a tick at most, among themed activities: no activity, checked', () => {
    const r = plan([
      themed[0] as unknown[],
      themed[1] as unknown[],
      ['', 'Ring til Lars om lokale', 'AP', '', '', ''],
      themed[2] as unknown[],
      ['', 'Bestil kage', 'AP', '', '', '✓'],
    ]);
    expect(namesOf(r)).toEqual(['Styregruppemøde', 'Nyhedsbrev til skoler', 'Mentoruddannelse hold 3']);
    expect(checksAt(r, 'Plan', 'B4').map((c) => c.value)).toEqual(['Ring til Lars om lokale']);
    expect(checksAt(r, 'Plan', 'B6')[0]?.reason.da).toContain('personligt huskepunkt');
    // Never lost: the to-dos' cells stay in the unmapped report.
    expect(unmappedAt(r, 'Plan')).toEqual(['B4', 'C4', 'B6', 'C6', 'F6']);
    // No errors for values a to-do never had (theme, deadline, status).
    expect(r.issues.filter((i) => i.sheet === 'Plan' && i.code === 'required_missing')).toEqual([]);
  });

  test('a row without a theme that has a status from the list is an activity (its theme asked about)', () => {
    const r = plan([...themed, ['', 'Tovholdermøde', 'AP', '', '', 'I gang']]);
    expect(namesOf(r)).toContain('Tovholdermøde');
  });

  test('a row without a theme that has a deadline is an activity', () => {
    const r = plan([...themed, ['', 'Ring til Lars om lokale', 'AP', '', '01.02.2027', '']]);
    expect(namesOf(r)).toContain('Ring til Lars om lokale');
  });

  test('a full name as responsible is no to-do of hers: an activity', () => {
    const r = plan([...themed, ['', 'Ring til Lars om lokale', 'Anne Lund', '', '', '']]);
    expect(namesOf(r)).toContain('Ring til Lars om lokale');
  });

  test('a theme written once per group: a row under it without one is an activity of the group', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'AL', '', '15.01.2027', 'I gang'],
      ['', 'Ledelsesmøde om økonomi', 'AL', '', '15.02.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev til skoler', 'BK', '', '15.02.2027', 'Ikke startet'],
      ['', 'Pressemeddelelse', 'BK', '', '01.03.2027', 'Ikke startet'],
      ['Opkvalificering', 'Mentoruddannelse hold 3', 'BK', '', '31.03.2027', 'I gang'],
      ['', 'Bestil lokale til holdet', 'BK', '', '', ''],
    ]);
    expect(namesOf(r)).toContain('Bestil lokale til holdet');
  });

  test('fewer than three themed activities tell nothing: an activity', () => {
    const r = plan([themed[0] as unknown[], themed[1] as unknown[], ['', 'Bestil kage', 'AP', '', '', '']]);
    expect(namesOf(r)).toContain('Bestil kage');
  });
});

// --- 2. "Beslutning: …" lines of an agenda, merged across the table under an activity -------------

describe('a decision merged across the table under an activity', () => {
  test('is no activity and no evaluation of the activity above: left for the unmapped report', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      HEAD,
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', '15.01.2027', 'Gennemført'],
      ['Beslutning: Styregruppen mødes hver anden måned fremover.'],
      ['Kommunikation', 'Nyhedsbrev til skoler', 'Bo Kjær', '', '15.02.2027', 'Ikke startet'],
      ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '', '31.03.2027', 'I gang'],
      ['Beslutning: Hold 4 udskydes til efteråret.'],
    ]);
    ws['!merges'] = ['A3:F3', 'A6:F6'].map((m) => XLSX.utils.decode_range(m));
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(namesOf(r)).toEqual(['Styregruppemøde', 'Nyhedsbrev til skoler', 'Mentoruddannelse hold 3']);
    expect(activitiesOf(r).map((a) => a.values.evaluation)).toEqual([undefined, undefined, undefined]);
    expect(unmappedAt(r, 'Plan')).toEqual(['A3', 'A6']);
    // The done activity is still asked for its evaluation: a decision is not its result.
    expect(r.issues.filter((i) => i.code === 'done_without_evaluation').map((i) => i.cell)).toEqual(['F2']);
  });
});

// --- 3. Partners' headings centred across their blocks, as LibreOffice writes them -----------------

describe("partners' headings centred across their blocks, in files LibreOffice wrote", () => {
  const dir = join(__dirname, '../../fixtures/leftopen4');
  const read = (file: string) =>
    inspectBytes(new Uint8Array(readFileSync(join(dir, file))), { today: TODAY });

  test.each([
    ['centre-across-hand.xlsx'],
    ['centre-across-libreoffice.xlsx'],
    ['spanned-fods-libreoffice.xlsx'],
    ['centred-fods-libreoffice.xlsx'],
  ])('%s: two partners, the least finished status, all their people, every header cell landed', (file) => {
    const r = read(file);
    expect(activitiesOf(r).map((a) => [a.values.status, a.values.responsible, a.values.deadline])).toEqual([
      ['in_progress', 'Anne Lund, Bo Kjær', '2027-02-12'],
      ['not_started', 'Anne Lund, Bo Kjær', '2027-02-15'],
    ]);
    expect(checksAt(r, 'Plan', 'F3').map((c) => c.value)).toEqual(['Igang']);
    // The second block's sub-headers ("Status | Ansvarlig | Frist") were read: not unmapped.
    expect(unmappedAt(r, 'Plan')).toEqual([]);
  });

  test('LibreOffice writes "centre across selection" as a merge, never as centerContinuous', () => {
    const bytes = readFileSync(join(dir, 'centre-across-libreoffice.xlsx'));
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.Sheets.Plan?.['!merges']?.map((m) => XLSX.utils.encode_range(m))).toEqual(['C1:E1', 'F1:H1']);
  });
});

// --- 4. A status column typed ahead: one message ------------------------------------------------

describe('a status column for a half-year after the plan’s, typed ahead', () => {
  test('its header is named in the check and not again in the unmapped report', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status 1. halvår 2027', 'Status 2. halvår 2027'],
          ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang', 'Gennemført'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '30.04.2027', 'Ikke startet', ''],
        ],
      ],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['in_progress', 'not_started']);
    expect(checksAt(r, 'Plan', 'F1').map((c) => c.value)).toEqual(['Status 2. halvår 2027']);
    // The status typed ahead is a value that did not land: it stays in the report.
    expect(unmappedAt(r, 'Plan')).toEqual(['F2']);
  });
});

// --- 5. A status given as percent complete ------------------------------------------------------

describe('a status given as percent complete', () => {
  test('0 % not started, 100 % done, between in progress; the figure kept in the check', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      HEAD,
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', '15.01.2027', '0 %'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', '15.02.2027', '40 %'],
      ['Opkvalificering', 'Mentoruddannelse', 'Bo Kjær', '', '31.03.2027', '100 %'],
      ['Inddragelse', 'Forældremøde', 'Anne Lund', '', '30.04.2027', 0.4],
      ['Evaluering og tilpasning', 'Halvårsmøde', 'Anne Lund', '', '30.06.2027', 0.125],
    ]);
    for (const c of ['F5', 'F6']) (ws[c] as XLSX.CellObject).z = c === 'F6' ? '0.0%' : '0%';
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual([
      'not_started',
      'in_progress',
      'done',
      'in_progress',
      'in_progress',
    ]);
    // A cell showing 40 % is stored 0.4: the check says 40 %, as the coordinator sees it.
    expect(checksAt(r, 'Plan', 'F5')[0]?.reason.da).toContain('Procent færdig (40 %)');
    expect(checksAt(r, 'Plan', 'F6')[0]?.reason.da).toContain('(12,5 %)');
    expect(checksAt(r, 'Plan', 'F3')[0]?.reason.en).toContain('Percent complete (40 %)');
  });
});

// --- 6. Dates written as week numbers (ISO weeks) -----------------------------------------------

describe('dates written as week numbers', () => {
  test('a deadline is the week’s Sunday, a start its Monday; a span of weeks gives both', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', 'uge 2', 'uge 12', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', 'U5', 'U12', 'I gang'],
      ['Opkvalificering', 'Mentoruddannelse', 'Bo Kjær', '2027-W10', '2027-W12', 'I gang'],
      ['Evaluering og tilpasning', 'Halvårsmøde', 'Anne Lund', '', 'uge 12–14', 'I gang'],
      ['Inddragelse', 'Forældremøde', 'Anne Lund', 'uge 1 2027', 'uge 52 2027', 'I gang'],
    ]);
    expect(activitiesOf(r).map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-01-11', '2027-03-28'],
      ['2027-02-01', '2027-03-28'],
      ['2027-03-08', '2027-03-28'],
      ['2027-03-22', '2027-04-11'],
      // ISO week 1 of 2027 begins on 4 January; week 52 ends on 2 January 2028.
      ['2027-01-04', '2028-01-02'],
    ]);
    // A week without its year takes the year from the column, checked.
    expect(checksAt(r, 'Plan', 'E2')[0]?.reason.da).toContain('28.03.2027');
  });

  test('a week 53 in a year of 52 weeks is no date: an error, never a guess', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', 'uge 12 2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53 2027', 'I gang'],
    ]);
    expect(activitiesOf(r)[1]?.values.deadline).toBeUndefined();
    expect(r.issues.filter((i) => i.cell === 'E3').map((i) => i.code)).toContain('date_unreadable');
  });
});
