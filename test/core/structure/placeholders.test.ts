// A cell that holds a placeholder instead of a value ("-", "?", "TBD", "Ikke afklaret", "Se note")
// names no one and nothing: the responsible, milestone or evaluation is read as empty, with a check
// that says why, so the rules say what is missing instead of a plan that claims a responsible.
// Real names, roles and initials are kept as written. Workbooks made with SheetJS.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { namesNothing } from '../../../core/structure/values';

function plan(rows: (string | undefined)[][]) {
  const wb = XLSX.utils.book_new();
  const aoa = [['Tema', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Deadline', 'Status', 'Evaluering af resultat']];
  rows.forEach(([milestone, responsible, evaluation], i) =>
    aoa.push([
      'Ledelse',
      `Aktivitet ${i + 1}`,
      milestone ?? '',
      responsible ?? '',
      '15.03.2027',
      'Gennemført',
      evaluation ?? '',
    ]),
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Plan');
  const r = inspectBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
    today: '2026-12-05',
  });
  return r;
}

describe('placeholders that name nothing', () => {
  test('a responsible written as a placeholder is no responsible: required_missing at its cell, with a check', () => {
    const placeholders = [
      '-',
      '?',
      '??',
      'TBD',
      'N.N.',
      'Ikke afklaret',
      'Mangler',
      'Se note',
      '(afventer)',
      '–',
    ];
    const r = plan(placeholders.map((p) => ['Møde holdt', p, 'Godt']));
    r.structure.draft.activities.forEach((a, i) => {
      const cell = `D${i + 2}`;
      expect([placeholders[i], a.values.responsible]).toEqual([placeholders[i], undefined]);
      expect(r.issues.some((x) => x.code === 'required_missing' && x.cell === cell)).toBe(true);
      const check = r.checks?.find((c) => c.cell === cell && c.field === 'activities.responsible');
      expect(check?.reason.da).toContain('nævner ingen ansvarlig');
    });
    // Nothing of them is left as a value that did not land.
    expect(r.unmapped.filter((u) => u.cell.startsWith('D'))).toEqual([]);
  });

  test('names, roles, initials and teams are kept as written', () => {
    const people = [
      'Anna Berg',
      'AB/CD',
      'Alle',
      'Koordinator',
      'Team SSP v. Anna',
      'N.N. Hansen',
      'Ingen Hansen',
    ];
    const r = plan(people.map((p) => ['Møde holdt', p, 'Godt']));
    expect(r.structure.draft.activities.map((a) => a.values.responsible)).toEqual(people);
    expect(r.checks?.filter((c) => c.field === 'activities.responsible')).toEqual([]);
  });

  test('a milestone or an evaluation written as a placeholder is none: the rules then ask for it', () => {
    const r = plan([
      ['-', 'Anna Berg', 'Se note'],
      ['Ingen', 'Anna Berg', '?'],
    ]);
    const [first, second] = r.structure.draft.activities;
    expect([first?.values.milestone, first?.values.evaluation]).toEqual([undefined, undefined]);
    expect([second?.values.milestone, second?.values.evaluation]).toEqual([undefined, undefined]);
    const codes = r.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['milestone_missing@C2', 'milestone_missing@C3']));
    expect(r.checks?.filter((c) => c.field === 'activities.evaluation').map((c) => c.cell)).toEqual([
      'G2',
      'G3',
    ]);
  });

  test('namesNothing reads the whole cell only', () => {
    expect(['-', ' ? ', '...', 'tbd', 'TBD.', '"ukendt"', 'Ikke  afklaret'].map(namesNothing)).toEqual(
      Array(7).fill(true),
    );
    expect(
      ['', 'Anna', 'TBD: Anna', 'Mangler lokale', 'x', 'Se noten om budget i fane 2'].map(namesNothing),
    ).toEqual(Array(6).fill(false));
  });

  test("a drop-down's or a form's prompt left standing is no value ('Vælg…', '- Vælg -', 'Choose an item.')", () => {
    expect(
      ['Vælg…', 'Vælg...', '- Vælg -', 'Vælg et element.', 'Choose an item.', 'TBD…'].map(namesNothing),
    ).toEqual(Array(6).fill(true));
    expect(['Vælgermøde', 'Valg af mentorer', 'Selma', 'Anna…'].map(namesNothing)).toEqual(
      Array(4).fill(false),
    );
    const wb = XLSX.utils.book_new();
    const aoa = [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Lis Holm', '15.03.2027', 'Vælg…'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Plan');
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Nr.', 'Spørgsmål', 'Svar'],
        ['F1', 'Har kommunen gennemført en analyse af behovet?', 'Ja'],
        ['F2', 'Har relevante aktører været involveret?', 'Vælg…'],
        ['F3', 'Er der en plan for at involvere samarbejdspartnerne?', 'Ja [ ] Delvist [ ] Nej [ ]'],
        ['F4', 'Er der valgt en koordinator?', 'Skolerne'],
      ]),
      'Huskeliste',
    );
    const r = inspectBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      {
        today: '2026-12-05',
      },
    );
    const at = (sheet: string) => r.issues.filter((i) => i.sheet === sheet).map((i) => `${i.code}@${i.cell}`);
    // The status is missing (the rule says so), not a value outside the list.
    expect(at('Plan')).toContain('required_missing@E2');
    expect(at('Plan').some((x) => x.startsWith('value_not_in_list'))).toBe(false);
    // The prompt and the unticked boxes are unanswered, each checked; a real word outside the list stays an error.
    expect(at('Huskeliste').filter((x) => x.startsWith('value_not_in_list'))).toEqual([
      'value_not_in_list@C5',
    ]);
    expect(r.structure.draft.checklist.find((c) => c.id === 'F2')?.answer ?? null).toBeNull();
    const checked = (r.checks ?? []).filter((c) => c.sheet === 'Huskeliste').map((c) => c.cell);
    expect(checked).toEqual(expect.arrayContaining(['C3', 'C4']));
  });

  test('on the cover, a coordinator, leader or list value written as a placeholder is no value', () => {
    const wb = XLSX.utils.book_new();
    const cover = [
      ['Kommune', 'Horsens'],
      ['Periode', '1. halvår 2027'],
      ['Fase', 'Klargøring'],
      ['Koordinator', 'TBD'],
      ['Leder', 'Ikke ansat endnu'],
      ['Organisatorisk forankring', '?'],
      ['Supervisionsmodel', '-'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(cover), 'Forside');
    const table = [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
      ['Ledelse', 'Møde', 'Anna', '15.03.2027', 'I gang'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(table), 'Plan');
    const corps = [
      ['Initialer', 'Rolle', 'Timer pr. uge'],
      ['AB', 'Mentor', '10'],
      ['Vakant', 'Forældrecoach', '8'],
      ['N.N.', 'Mentor', '10'],
      ['NN', 'Mentor', '6'],
      ['TBD', 'Mentor', '4'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(corps), 'Korps');
    const r = inspectBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      {
        today: '2026-12-05',
      },
    );
    const d = r.structure.draft;
    expect([d.coordinator, d.leader, d.organisation, d.supervisionModel]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(d.phase).toBe('readiness');
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toContain('coordinator_missing@B4');
    expect(r.issues.filter((i) => i.code === 'value_not_in_list' && i.sheet === 'Forside')).toEqual([]);
    // A post not yet filled is not counted as a member: its initials are missing, to be resolved.
    // Capitals alone are initials: Niels Nielsen is NN, whatever a placeholder looks like.
    expect(d.corps.map((m) => m.values.initials)).toEqual(['AB', undefined, undefined, 'NN', 'TBD']);
    const initialsMissing = r.issues.filter(
      (i) => i.code === 'required_missing' && i.sheet === 'Korps' && /Initialer/.test(i.message.da),
    );
    expect(initialsMissing.map((i) => i.cell)).toEqual(['A3', 'A4']);
    expect(r.checks?.find((c) => c.cell === 'A3')?.reason.da).toContain('slet rækken');
    expect(r.unmapped.filter((u) => u.sheet !== 'Plan')).toEqual([]);
  });

  test('a dash or a question mark under Start is no start day, and under Deadline a missing deadline', () => {
    const wb = XLSX.utils.book_new();
    const aoa = [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'],
      ['Ledelse', 'Møde', 'Anna', '-', '15.03.2027', 'I gang'],
      ['Ledelse', 'Temadag', 'Anna', '–', '?', 'I gang'],
      ['Ledelse', 'Kursus', 'Anna', '...', '-', 'I gang'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Plan');
    const r = inspectBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      {
        today: '2026-12-05',
      },
    );
    expect(r.structure.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      [undefined, '2027-03-15'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const at = (cell: string) => r.issues.filter((i) => i.cell === cell).map((i) => i.code);
    expect([at('D2'), at('D3'), at('D4')]).toEqual([[], [], []]);
    expect([at('E3'), at('E4')]).toEqual([['required_missing'], ['required_missing']]);
    expect(r.unmapped).toEqual([]);
  });

  test('an indicator figure not there yet is no figure, with a check, and blocks nothing', () => {
    const written = [
      '-',
      '?',
      'n/a',
      'ikke målt',
      'afventer data',
      'kommer i juni',
      'TBD',
      '12',
      '0',
      'tolv',
      'mange',
    ];
    const wb = XLSX.utils.book_new();
    const plan = [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
      ['Ledelse', 'Møde', 'Anna', '15.03.2027', 'I gang'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(plan), 'Plan');
    const rows = [
      ['Indikator', 'Enhed', 'Mål', 'Resultat'],
      ...written.map((w, i) => [`Antal deltagere i forløb ${i + 1}`, 'Antal', '20', w]),
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Indikatorer');
    const r = inspectBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      {
        today: '2026-12-05',
      },
    );
    expect(r.structure.draft.indicators.map((i) => i.values.result)).toEqual([
      ...Array<undefined>(7).fill(undefined),
      12,
      0,
      12,
      undefined,
    ]);
    const errors = r.issues
      .filter((i) => i.sheet === 'Indikatorer' && i.severity === 'error')
      .map((i) => i.cell);
    // A small figure in words ("tolv") is that figure; words that are no figure and no placeholder
    // ("mange") stay an error to fix.
    expect(errors).toEqual(['D12']);
    const checked = (r.checks ?? []).filter((c) => c.field === 'indicators.result').map((c) => c.cell);
    expect(checked).toEqual(['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
  });
});

describe('an error where a value stood', () => {
  test('"#VALUE!" as text (a program dropped the linked data type) is no responsible and no coordinator', () => {
    expect(['#VALUE!', '#N/A', '#REF!', '#NAVN?', '#VÆRDI!'].map(namesNothing)).toEqual(Array(5).fill(true));
    expect(['#hashtag', '#1 prioritet', '# 3'].map(namesNothing)).toEqual(Array(3).fill(false));
    const r = plan([[undefined, '#VALUE!', undefined]]);
    expect(r.issues.filter((i) => i.code === 'required_missing' && i.cell === 'D2')).toHaveLength(1);
    expect(r.structure.draft.activities[0]?.values.responsible).toBeUndefined();
  });

  test('an error cell on the cover is no coordinator: read as empty, checked at its cell', () => {
    const wb = XLSX.utils.book_new();
    const cover = XLSX.utils.aoa_to_sheet([
      ['Kommune', 'Horsens'],
      ['Periode', '1. halvår 2027'],
      ['Koordinator', null],
    ]);
    cover.B3 = { t: 'e', v: 0x0f }; // #VALUE!
    XLSX.utils.book_append_sheet(wb, cover, 'Forside');
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
        ['Ledelse', 'Styregruppemøde', 'Lis Holm', '15.03.2027', 'I gang'],
      ]),
      'Plan',
    );
    const r = inspectBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      {
        today: '2026-12-05',
      },
    );
    expect(r.structure.draft.coordinator).toBeUndefined();
    expect((r.checks ?? []).some((c) => c.sheet === 'Forside' && c.cell === 'B3')).toBe(true);
  });
});
