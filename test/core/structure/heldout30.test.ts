// Rules found by held-out round 30 (p141–p142: the readiness checklist as a Microsoft Forms export
// several people answered, the corps as a roster with start and stop days; a leadership dashboard
// with half-years as column groups, small numbers hidden, and the checklist as an outline of main
// points and sub-points), each on a SheetJS probe of one habit, never the round's plans. The
// probes' cover names 1. halvår 2027.

import * as XLSX from 'xlsx';
import {
  checkedAt,
  COVER,
  inspectSheet,
  inspectSheetjs,
  issuesAt,
  type Inspected,
} from '../../fixtures/sheetjs';

const answerOf = (r: Inspected, id: string) => r.structure.draft.checklist.find((c) => c.id === id)?.answer;
const memberAt = (r: Inspected, row: number) =>
  r.structure.draft.corps.find((m) => m.source.row === row)?.values;
const indicatorAt = (r: Inspected, row: number) =>
  r.structure.draft.indicators.find((m) => m.source.row === row)?.values;

/** A sheet of rows with merged ranges (A1 notation). */
function merged(rows: readonly (readonly unknown[])[], merges: readonly string[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

describe('half-years as column groups over the same sub-headers', () => {
  const GROUPS = ['2. halvår 2026', '', '', '1. halvår 2027', '', '', '2. halvår 2027', '', ''];
  const SUB = ['Mål', 'Resultat', 'n', 'Mål', 'Resultat', 'n', 'Mål', 'Resultat', 'n'];
  const MERGES = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1'];
  const indicators = inspectSheet(
    'Nøgletal',
    merged(
      [
        ['Indikator', 'Enhed', ...GROUPS],
        ['', '', ...SUB],
        ['Aktive mentorforløb', 'antal', 8, 9, '–', 12, 11, '–', 14, '–', '–'],
        ['Unge startet i uddannelse', '%', 50, 45, 11, 55, 58, 12, 60, '–', '–'],
      ],
      MERGES,
    ),
  );

  test("an indicator's target, result and n are read in the period's group, checked at its header", () => {
    expect(indicatorAt(indicators, 3)).toMatchObject({ target: 12, result: 11 });
    expect(indicatorAt(indicators, 4)).toMatchObject({ target: 55, result: 58, cases: 12 });
    expect(checkedAt(indicators, 'Nøgletal', 'F1')).toBe(true);
  });

  const CORPS_SUB = ['Timer/uge', 'Forløb', 'Timer/uge', 'Forløb', 'Timer/uge', 'Forløb'];
  const corps = inspectSheet(
    'Korps',
    merged(
      [
        ['Initialer', 'Rolle', '2. halvår 2026', '', '1. halvår 2027', '', '2. halvår 2027', ''],
        ['', '', ...CORPS_SUB],
        ['AB', 'Mentor', 8, 3, 8, 4, 8, '–'],
        ['CD', 'Forældrecoach', 6, 2, '–', '–', '–', '–'],
        ['EF', 'Mentor', '–', '–', 6, 1, 6, '–'],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'],
    ),
  );

  test("a member's hours and cases are read in the period's group", () => {
    expect(memberAt(corps, 3)).toMatchObject({ initials: 'AB', hoursPerWeek: 8, activeCases: 4 });
    expect(memberAt(corps, 5)).toMatchObject({ initials: 'EF', hoursPerWeek: 6, activeCases: 1 });
  });

  test('a member with figures only before the period has left: out, checked at the initials', () => {
    expect(memberAt(corps, 4)).toBeUndefined();
    expect(checkedAt(corps, 'Korps', 'A4')).toBe(true);
  });
});

test('a half-year group header under a table above starts a table of its own', () => {
  // Indicators, a blank row, then the corps year over year: the corps' header is no indicator.
  const r = inspectSheet(
    'Overblik',
    merged(
      [
        ['Indikator', 'Enhed', 'Mål', 'Resultat'],
        ['Aktive mentorforløb', 'antal', 12, 11],
        ['Medarbejdere opkvalificeret', 'antal', 16, 15],
        [],
        ['Initialer', 'Rolle', '2. halvår 2026', '', '1. halvår 2027', ''],
        ['', '', 'Timer/uge', 'Forløb', 'Timer/uge', 'Forløb'],
        ['AB', 'Mentor', 8, 3, 8, 4],
        ['GH', 'Forældrecoach', 6, 2, 6, 2],
      ],
      ['A5:A6', 'B5:B6', 'C5:D5', 'E5:F5'],
    ),
  );
  expect(r.structure.draft.indicators.map((i) => i.source.row)).toEqual([2, 3]);
  expect(memberAt(r, 7)).toMatchObject({ initials: 'AB', hoursPerWeek: 8, activeCases: 4 });
  expect(memberAt(r, 8)).toMatchObject({ initials: 'GH', hoursPerWeek: 6, activeCases: 2 });
});

describe('a figure hidden by a small-number rule', () => {
  const r = inspectSheet('Nøgletal', [
    ['Indikator', 'Enhed', 'Mål', 'Resultat', 'n'],
    ['Aktive forældrecoachforløb', 'antal', 5, '<5', ''],
    ['Forløb med positiv progression', '%', 70, '*', '(<5)'],
    ['Klager', 'antal', '<5', 2, ''],
  ]);

  test('"<5" and "*" give no figure, checked, and block nothing', () => {
    expect(indicatorAt(r, 2)?.result).toBeUndefined();
    expect(indicatorAt(r, 3)?.result).toBeUndefined();
    expect(indicatorAt(r, 3)?.cases).toBeUndefined();
    for (const cell of ['D2', 'D3', 'E3']) {
      expect(checkedAt(r, 'Nøgletal', cell)).toBe(true);
      expect(issuesAt(r, 'Nøgletal', cell)).toEqual([]);
    }
  });

  test('a target of "<5" is a goal: not read as hidden', () => {
    expect(checkedAt(r, 'Nøgletal', 'C4')).toBe(false);
  });
});

describe('a checklist kept as an outline of main points and sub-points', () => {
  const r = inspectSheet('Tjekliste', [
    ['Nr.', 'Punkt', 'Status', 'Bemærkning'],
    ['1', 'Behovsanalyse gennemført', 'Ja', ''],
    ['2', 'Relevante aktører inddraget i behovsanalysen', 'Delvist', ''],
    ['', '– Skoler og PPR', 'Ja', ''],
    ['', '– Frivillige foreninger', 'Nej', ''],
    ['3', 'Plan for at involvere og informere samarbejdspartnere', '', ''],
    ['', '– Nyhedsbrev', 'Ja', ''],
    ['', '– Møde med skolelederne', 'Nej', 'Til foråret'],
    ['4', 'Koordinator valgt', '', ''],
    ['', '– Koordinator udpeget af direktionen', 'Ja', ''],
    ['', '– Tid afsat til opgaven', 'Ja', ''],
  ]);

  test("a main point's own answer stands; its sub-points are no questions of their own", () => {
    expect(answerOf(r, 'F2')).toBe('partly');
    expect(issuesAt(r, 'Tjekliste', 'C4')).toEqual([]);
    expect(issuesAt(r, 'Tjekliste', 'C5')).toEqual([]);
  });

  test('a main point left empty is answered by its sub-points, checked: mixed Delvist, alike that', () => {
    expect(answerOf(r, 'F3')).toBe('partly');
    expect(answerOf(r, 'F4')).toBe('yes');
    expect(checkedAt(r, 'Tjekliste', 'C6')).toBe(true);
    expect(checkedAt(r, 'Tjekliste', 'C9')).toBe(true);
  });
});

describe('a Microsoft Forms export of the checklist', () => {
  const Q = [
    'Er der gennemført en analyse af behovet for indsatsen?',
    'Har relevante aktører været involveret i analysen af behovet?',
    'Er der valgt en koordinator, som kan drive implementeringen?',
  ];
  /** A response stamp as Forms' export holds it: a date-time number, shown as a day. */
  const at = (serial: number): XLSX.CellObject => ({ t: 'n', v: serial, z: 'm/d/yy' });
  const forms = (rows: readonly (readonly unknown[])[], cover = COVER): Inspected => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn', ...Q],
      ...rows.map((row) => [...row]),
    ]);
    rows.forEach((row, i) => {
      ws[XLSX.utils.encode_cell({ r: i + 1, c: 1 })] = at(row[1] as number);
      ws[XLSX.utils.encode_cell({ r: i + 1, c: 2 })] = at(row[2] as number);
    });
    return inspectSheetjs([
      ['Forside', cover],
      ['Svar', ws],
    ]);
  };

  test('one respondent: the newest response, by the time it was sent', () => {
    const r = forms([
      [1, 46300.4, 46300.41, 'ida@kommune.dk', 'Ida Berg', 'Nej', 'Nej', 'Ja'],
      [2, 46340.5, 46340.52, 'ida@kommune.dk', 'Ida Berg', 'Ja', 'Delvist', 'Ja'],
    ]);
    expect(answerOf(r, 'F1')).toBe('yes');
    expect(answerOf(r, 'F2')).toBe('partly');
  });

  const SEVERAL = [
    [1, 46300.4, 46300.41, 'ida@kommune.dk', 'Ida Berg', 'Nej', 'Nej', 'Ja'],
    [2, 46310.5, 46310.52, 'ida@kommune.dk', 'Ida Berg', 'Ja', 'Delvist', 'Ja'],
    [3, 46320.3, 46320.31, 'anonymous', '', 'Nej', 'Nej', 'Nej'],
    [4, 46330.6, 46330.61, 'bo@kommune.dk', 'Bo Lund', 'Delvist', 'Ja', 'Nej'],
  ];

  test("several respondents: the cover's coordinator's newest response, checked at its stamp", () => {
    const r = forms(SEVERAL, [...COVER, ['Koordinator', 'Ida Berg']]);
    expect(answerOf(r, 'F1')).toBe('yes');
    expect(answerOf(r, 'F2')).toBe('partly');
    expect(answerOf(r, 'F4')).toBe('yes');
    expect(checkedAt(r, 'Svar', 'C3')).toBe(true);
  });

  test('several respondents and no coordinator among them: the newest, checked', () => {
    const r = forms(SEVERAL, [...COVER, ['Koordinator', 'Anne Holm']]);
    expect(answerOf(r, 'F1')).toBe('partly');
    expect(checkedAt(r, 'Svar', 'C5')).toBe(true);
  });
});

describe('a corps roster with start and stop days', () => {
  const day = (iso: string): XLSX.CellObject => ({ t: 'n', v: isoSerial(iso), z: 'dd-mm-yyyy' });
  const ws = XLSX.utils.aoa_to_sheet([
    ['Initialer', 'Rolle', 'Startdato', 'Stopdato', 'Timer/uge', 'Aktive forløb', 'Bemærkning'],
    ['AB', 'Mentor', '', '', 8, 3, ''],
    ['CD', 'Mentor', '', 'Fratrådt 31.10.2026', 10, 0, ''],
    ['EF', 'Forældrecoach', '', '', 6, 0, 'Stoppet i korpset 30.06.2026 (barsel)'],
    ['GH', 'Mentor', '', '', 8, 2, 'Går på pension'],
    ['IJ', 'Mentor', '', '', 6, 0, ''],
  ]);
  ws.C2 = day('2025-03-01');
  ws.D5 = day('2027-03-31');
  ws.D6 = day('2026-09-30');
  const r = inspectSheet('Korps', ws);

  test('a member who stopped before the period is out, checked at the day', () => {
    expect(memberAt(r, 3)).toBeUndefined();
    expect(memberAt(r, 4)).toBeUndefined();
    expect(memberAt(r, 6)).toBeUndefined();
    expect(checkedAt(r, 'Korps', 'D3')).toBe(true);
    expect(checkedAt(r, 'Korps', 'G4')).toBe(true);
    expect(checkedAt(r, 'Korps', 'D6')).toBe(true);
  });

  test('one stopping during the period, and one with no stop day, are in', () => {
    expect(memberAt(r, 2)).toMatchObject({ initials: 'AB', hoursPerWeek: 8 });
    expect(memberAt(r, 5)).toMatchObject({ initials: 'GH', hoursPerWeek: 8 });
  });
});

describe('a roster whose stop days are typed as text in other shapes (found by the metamorphic explorer)', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Initialer', 'Rolle', 'Stopdato', 'Timer/uge', 'Aktive forløb', 'Bemærkning'],
    ['AB', 'Mentor', '30. september 2026', 8, 0, ''],
    ['CD', 'Mentor', '2026-10-31', 10, 0, ''],
    ['EF', 'Forældrecoach', '', 6, 0, 'Stoppet i korpset 30 Jun 2026 (barsel)'],
    ['GH', 'Mentor', '31. marts 2027', 8, 2, ''],
    ['IJ', 'Mentor', '', 6, 1, ''],
  ]);
  const r = inspectSheet('Korps', ws);

  test("a day written with its month's name or as an ISO day before the period: out, checked", () => {
    expect(memberAt(r, 2)).toBeUndefined();
    expect(memberAt(r, 3)).toBeUndefined();
    expect(memberAt(r, 4)).toBeUndefined();
    expect(checkedAt(r, 'Korps', 'C2')).toBe(true);
    expect(checkedAt(r, 'Korps', 'C3')).toBe(true);
    expect(checkedAt(r, 'Korps', 'F4')).toBe(true);
  });

  test('one stopping during the period, written the same way, is in', () => {
    expect(memberAt(r, 5)).toMatchObject({ initials: 'GH', hoursPerWeek: 8 });
    expect(memberAt(r, 6)).toMatchObject({ initials: 'IJ' });
  });
});

/** The Excel serial number of an ISO day. */
function isoSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
