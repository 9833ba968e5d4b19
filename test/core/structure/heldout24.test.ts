// Rules found by held-out round 24 (p125–p128: plans kept in the Excel of Microsoft 365 as it is in
// 2026), each on a SheetJS probe of one habit, never the round's plans.

import { checkedAt, COVER, inspectSheet, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

function rows(r: Inspected): { row: number; activity?: string; start?: string; deadline?: string }[] {
  return r.structure.draft.activities.map((a) => ({
    row: a.source.row,
    ...(a.values.activity !== undefined ? { activity: a.values.activity } : {}),
    ...(a.values.start !== undefined ? { start: a.values.start } : {}),
    ...(a.values.deadline !== undefined ? { deadline: a.values.deadline } : {}),
  }));
}

describe("a form's responses written into a table (Microsoft Forms, Power Automate)", () => {
  const FORM = ['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn', 'Tema', 'Beskriv aktiviteten', 'Hvem er tovholder?', 'Hvornår skal den være gennemført?', 'Status']; // prettier-ignore

  test('"Starttidspunkt" beside "Fuldførelsestidspunkt" is when the form was opened, not the start', () => {
    const r = inspectSheet('Formularsvar', [
      FORM,
      [1, '21-12-2026 09:17', '21-12-2026 09:20', 'a@x.dk', 'Anne Toft', 'Ledelse', 'Temamøde i chefgruppen', 'Anne Toft', '2027-01-26', 'I gang'],
      [2, '22-12-2026 13:05', '22-12-2026 13:09', 'b@x.dk', 'Kim Brix', 'Kommunikation', 'Oplæg for skoleledere', 'Kim Brix', '2027-02-17', 'Ikke startet'],
    ]); // prettier-ignore
    expect(rows(r)).toEqual([
      { row: 2, activity: 'Temamøde i chefgruppen', deadline: '2027-01-26' },
      { row: 3, activity: 'Oplæg for skoleledere', deadline: '2027-02-17' },
    ]);
  });

  test('a plan\'s own "Starttidspunkt" without the form\'s partner column stays the start', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Starttidspunkt', 'Frist', 'Status'],
      ['Ledelse', 'Temamøde i chefgruppen', 'Anne Toft', '04-01-2027', '26-01-2027', 'I gang'],
    ]);
    expect(rows(r)[0]).toMatchObject({ start: '2027-01-04', deadline: '2027-01-26' });
  });
});

describe('a column of approvals ("Godkendt": Ja / Nej)', () => {
  const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Godkendt', 'Status'];

  test('leaves a proposal answered "Nej" out of the plan, reported at its cell', () => {
    const r = inspectSheet('Forslag', [
      HEAD,
      ['Ledelse', 'Temamøde i chefgruppen', 'Anne Toft', '26-01-2027', 'Ja', 'I gang'],
      ['Kommunikation', 'Plakat til ungdomsuddannelserne', 'Kim Brix', '31-03-2027', 'Nej', ''],
      ['Inddragelse', 'Fokusgruppe med unge', 'Anne Toft', '14-04-2027', 'Ja', 'Ikke startet'],
    ]);
    expect(rows(r).map((x) => x.row)).toEqual([2, 4]);
    expect(checkedAt(r, 'Forslag', 'E3')).toBe(true);
  });

  test('a column that is no yes/no decision leaves every row in', () => {
    const r = inspectSheet('Forslag', [
      HEAD,
      ['Ledelse', 'Temamøde i chefgruppen', 'Anne Toft', '26-01-2027', 'Ja', 'I gang'],
      ['Kommunikation', 'Plakat til ungdomsuddannelserne', 'Kim Brix', '31-03-2027', 'Nej', ''],
      [
        'Inddragelse',
        'Fokusgruppe med unge',
        'Anne Toft',
        '14-04-2027',
        'af direktionen 3/2',
        'Ikke startet',
      ],
    ]);
    expect(rows(r).map((x) => x.row)).toEqual([2, 3, 4]);
  });
});

describe('one plan on two sheets: raw data of codes and the view a formula makes of it', () => {
  const DATA = [
    ['ID', 'TemaNr', 'Aktivitet', 'Ans', 'Frist', 'StatusNr'],
    [1, 1, 'Styregruppens opstartsmøde', 'KM', '19-01-2027', 3],
    [2, 6, 'Uddannelsesdage for mentorer', 'FA', '29-04-2027', 2],
    [3, 2, 'Pressemeddelelse om korpset', 'JN', '05-02-2027', 3],
  ];
  const VIEW = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ['Ledelse', 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 'Gennemført'],
    ['Kommunikation', 'Pressemeddelelse om korpset', 'Jakob Nygaard', '05-02-2027', 'Gennemført'],
    ['Opkvalificering', 'Uddannelsesdage for mentorer', 'Fatima Ali', '29-04-2027', 'I gang'],
  ];

  test('is read on the sheet where it reads best, the other passed over with a check', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', VIEW],
      ['Data', DATA],
    ]);
    expect(r.structure.draft.activities.map((a) => `${a.source.sheet}!${a.source.row}`)).toEqual([
      'Plan!2',
      'Plan!3',
      'Plan!4',
    ]);
    expect(checkedAt(r, 'Data', 'A1')).toBe(true);
  });

  test('two sheets that read alike are both kept', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Skole', VIEW],
      ['Familie', VIEW.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), 'I gang']))],
    ]);
    expect(r.structure.draft.activities).toHaveLength(6);
  });
});

describe("the lists a workbook's dropdowns take their values from", () => {
  const THEMES = ['Ledelse', 'Kommunikation', 'Inddragelse', 'Arbejdsproces og kultur', 'Organisering, roller og ansvar', 'Opkvalificering', 'Opfølgning på dokumentation', 'Evaluering og tilpasning']; // prettier-ignore
  const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'];
  const PLAN = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ['Ledelse', 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 'Gennemført'],
    ['Kommunikation', 'Pressemeddelelse om korpset', 'Jakob Nygaard', '05-02-2027', 'I gang'],
  ];

  test('side by side on a sheet of their own are no activities', () => {
    const lists = [
      ['Nr', 'Tema', 'Nr', 'Status', 'Initialer', 'Navn'],
      ...THEMES.map((t, i) => [i + 1, t, ...(STATUSES[i] ? [i + 1, STATUSES[i]] : ['', '']), ...(i < 2 ? ['KM', 'Kirsten Mogensen'] : [])]),
    ]; // prettier-ignore
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Lister', lists],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.sheet)).toEqual(['Plan', 'Plan']);
  });

  test('a plan naming each theme once, its statuses repeated, stays a plan', () => {
    const r = inspectSheet('Plan', [
      PLAN[0]!,
      ...THEMES.map((t, i) => [t, `Aktivitet ${i + 1}`, 'Kirsten Mogensen', '30-06-2027', i < 4 ? 'I gang' : 'Ikke startet']),
    ]); // prettier-ignore
    expect(r.structure.draft.activities).toHaveLength(8);
  });
});
