// Rules found by held-out round 43 (p167–p168: a plan that serves two purposes at once — the
// steering group's agenda with the plan inside it; the coordinator's own to-do list typed between
// the activities), each on a probe of one habit built here (SheetJS, or a grid built by hand), never
// the round's plans.

import { isClockSpan } from '../../../core/structure/agenda';
import { structure } from '../../../core/structure';
import { COVER, inspectSheetjs } from '../../fixtures/sheetjs';
import { gridOf } from './grid-builder';

describe("a plan inside the steering group's agenda", () => {
  test('agenda items with clock times and no activities under them are no activities', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Møde',
        [
          ['Pkt.', 'Tid', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['1.', '9.00–9.15', 'Velkomst og godkendelse af dagsorden'],
          ['2.', 'kl. 9.15 - 9.45', 'Ledelse', 'Kvartalsmøde med direktionen', 'Anne Lund', '15.03.2027', 'I gang'],
          ['3.', '9.45–10.00', 'Økonomi'],
          ['4.', '10.00–10.30', 'Kommunikation', 'Nyhedsbrev til skolerne', 'Bo Kjær', '30.04.2027', 'Ikke startet'],
          ['5.', '10.30–10.40', 'Eventuelt'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Kvartalsmøde med direktionen',
      'Nyhedsbrev til skolerne',
    ]);
  });

  test('a span that may be two dates, or a row with a responsible, is not taken for an agenda item', () => {
    expect(isClockSpan('13.10–13.40')).toBe(true);
    expect(isClockSpan('kl. 9:00 - 9:30')).toBe(true);
    expect(isClockSpan('01.02–03.04')).toBe(false);
    expect(isClockSpan('13.10.2026')).toBe(false);
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Tidspunkt', 'Frist', 'Status'],
          ['Ledelse', 'Kvartalsmøde med direktionen', 'Anne Lund', '9.00–10.00', '15.03.2027', 'I gang'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', '30.04.2027', 'Ikke startet'],
          ['Inddragelse', 'Forældremøde', 'Bo Kjær', '', '20.05.2027', 'Ikke startet'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities).toHaveLength(3);
    // A clock span beside a responsible is an activity missing its text, reported, not an item.
    const m = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Nr.', 'Tema', 'Aktivitet', 'Ansvarlig', 'Tid', 'Frist', 'Status'],
          ['1', 'Ledelse', 'Kvartalsmøde med direktionen', 'Anne Lund', '9.00–10.00', '15.03.2027', 'I gang'],
          ['2', '', '', 'Bo Kjær', '13.00–14.30', '', ''],
          ['3', 'Inddragelse', 'Forældremøde', 'Bo Kjær', '', '20.05.2027', 'Ikke startet'],
        ],
      ],
    ]); // prettier-ignore
    expect(m.structure.draft.activities.map((a) => a.source.row)).toEqual([2, 3, 4]);
  });
});

describe("the coordinator's own to-dos between the activities", () => {
  const cover = {
    name: 'Forside',
    rows: [
      ['Kommune', 'Vejle'],
      ['Periode', '1. halvår 2027'],
    ],
  };
  const rows = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ['Ledelse', 'Styregruppemøde', 'Klaus Bonde', '10.02.2027', 'I gang'],
    ['', 'Ring til Lars om lokale', 'KB', '12.01.2027', '✓'],
    ['Opkvalificering', 'LAT-kursus', 'Sanne Winther', '20.03.2027', 'Ikke startet'],
    ['', 'Bestil forplejning', 'KB', '01.03.2027', ''],
    ['Inddragelse', 'Fokusgruppe med forældre', 'Pia Holm', '18.03.2027', 'Ikke startet'],
    ['Kommunikation', 'Informationsmøde', 'Sanne Winther', '04.03.2027', 'I gang'],
  ];

  test('grey italic rows without a theme, initials as responsible, are no activities (checked)', () => {
    const r = structure(
      gridOf(cover, { name: 'Plan', rows, faint: ['B3', 'C3', 'D3', 'E3', 'B5', 'C5', 'D5'] }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'LAT-kursus',
      'Fokusgruppe med forældre',
      'Informationsmøde',
    ]);
    const rowChecks = r.checks.filter((c) => c.sheet === 'Plan' && c.field === 'activities.row');
    expect(rowChecks.map((c) => c.cell)).toEqual(['B3', 'B5']);
  });

  test('a grey italic row with a theme or a full name, or where most rows are grey, stays an activity', () => {
    const named = rows.map((row, i) =>
      i === 2 ? ['', 'Ring til Lars om lokale', 'Klaus Bonde', '12.01.2027', 'I gang'] : row,
    );
    const r = structure(gridOf(cover, { name: 'Plan', rows: named, faint: ['B3', 'C3', 'D3', 'E3'] }));
    expect(r.draft.activities).toHaveLength(6);
    const themed = rows.map((row, i) => (i === 2 ? ['Ledelse', ...row.slice(1)] : row));
    const t = structure(gridOf(cover, { name: 'Plan', rows: themed, faint: ['A3', 'B3', 'C3', 'D3', 'E3'] }));
    expect(t.draft.activities).toHaveLength(6);
    const allFaint = rows.slice(1).flatMap((_, i) => ['A', 'B', 'C', 'D', 'E'].map((c) => `${c}${i + 2}`));
    const g = structure(gridOf(cover, { name: 'Plan', rows, faint: allFaint }));
    expect(g.draft.activities.map((a) => a.values.activity)).toContain('Ring til Lars om lokale');
  });
});
