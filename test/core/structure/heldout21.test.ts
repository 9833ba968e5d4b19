// Habits found by the twenty-first held-out round of the accuracy corpus (p113–p116): plans pasted
// from other Office programs and mail and never typed again — a Word table (row spans, paragraphs
// and bullet lists in a cell, footnote marks), an Outlook mail (recipients as "Name <address>"), a
// PowerPoint slide (soft line breaks, "Label: value" cells), a Word form (the post on a line under
// the name). Each probe is a workbook SheetJS wrote, read through the intake, or the reading function
// itself.

import { withoutOwnLabel } from '../../../core/structure/activities';
import { bulletList } from '../../../core/structure/pasted';
import { withoutPost, withoutRecipientAddress } from '../../../core/structure/values';
import { checkedAt, COVER, inspectSheet, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

function activity(r: Inspected, row: number) {
  return r.structure.draft.activities.find((a) => a.source.row === row);
}

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const PLAN = [HEADER, ['Ledelse', 'Styregruppemøde', 'Bo Ek', '29.01.2027', 'I gang']];

describe("a cell that holds its column's own label before the value, on the same line", () => {
  test('"Ansvarlig: Peter Juhl" under "Ansvarlig" is Peter Juhl, beside bare names', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppemøde', 'Ansvarlig: Peter Juhl', '29.01.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Sara Holm', '26.02.2027', 'Ikke startet'],
      ['Inddragelse', 'Dialogmøde', 'Tovholder: Nanna Krogh', '26.03.2027', 'Ikke startet'],
    ]);
    expect(activity(r, 2)?.values.responsible).toBe('Peter Juhl');
    expect(activity(r, 3)?.values.responsible).toBe('Sara Holm');
    expect(activity(r, 4)?.values.responsible).toBe('Nanna Krogh');
  });

  test("another field's label, a colon in a sentence, or a card of labelled lines stays whole", () => {
    expect(withoutOwnLabel('Status: Bo Ek', 'responsible')).toBe('Status: Bo Ek');
    expect(withoutOwnLabel('Møde om dagsorden: budget og mål', 'activity')).toBe(
      'Møde om dagsorden: budget og mål',
    );
    expect(withoutOwnLabel('Ansvarlig: ', 'responsible')).toBe('Ansvarlig: ');
    expect(withoutOwnLabel('Aktivitet: Møde\nAnsvarlig: Bo Ek', 'activity')).toBe(
      'Aktivitet: Møde\nAnsvarlig: Bo Ek',
    );
    expect(withoutOwnLabel('Ansvarlig: Bo Ek', 'responsible')).toBe('Bo Ek');
  });
});

describe('a responsible pasted from a mail as a resolved recipient', () => {
  test('"Mikkel Dahl <mikkel.dahl@fredericia.dk>" is Mikkel Dahl', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Ledelse', 'Styregruppemøde', 'Mikkel Dahl <mikkel.dahl@fredericia.dk>', '29.01.2027', 'I gang'],
      [
        'Ledelse',
        'Ledermøde',
        'Lone Berg <lb@fredericia.dk>; Bo Ek <bo.ek@fredericia.dk>',
        '26.02.2027',
        'I gang',
      ],
    ]);
    expect(activity(r, 2)?.values.responsible).toBe('Mikkel Dahl');
    expect(activity(r, 3)?.values.responsible).toBe('Lone Berg; Bo Ek');
  });

  test('an address alone or a text with other angle brackets is kept as written', () => {
    expect(withoutRecipientAddress('<bo@x.dk>')).toBe('<bo@x.dk>');
    expect(withoutRecipientAddress('Bo Ek <se note>')).toBe('Bo Ek <se note>');
    expect(withoutRecipientAddress('bo@x.dk')).toBe('bo@x.dk');
  });
});

describe("a person's post on a line under the name (a Word form's second paragraph)", () => {
  test('"Jens Aagaard⏎Børne- og familiechef" on the cover is Jens Aagaard', () => {
    const r = inspectSheetjs([
      ['Forside', [...COVER, ['Leder', 'Jens Aagaard\nBørne- og familiechef'], ['Koordinator', 'Pia Holm\nKoordinator for korpset']]],
      ['Plan', PLAN],
    ]); // prettier-ignore
    expect(r.structure.draft.leader?.name).toBe('Jens Aagaard');
    expect(r.structure.draft.coordinator?.name).toBe('Pia Holm');
  });

  test('a second line that names no post stays', () => {
    expect(withoutPost('Anne Holm\nog Bo Ek')).toBe('Anne Holm\nog Bo Ek');
    expect(withoutPost('Jens Aagaard\nAfdelingsleder, Familie')).toBe('Jens Aagaard');
  });
});

describe('several activities as a bullet list in one cell', () => {
  test('"• …⏎• …" is read as the activities together, with a check asking to split them', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      [
        'Kommunikation',
        '• Infomøde for skolerne\n• Infomøde for sundhedsplejen',
        'Pia Holm',
        '30.09.2026',
        'I gang',
      ],
      ['Ledelse', 'Styregruppemøde\nDer følges op på økonomien.', 'Bo Ek', '29.01.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.activity).toBe('Infomøde for skolerne; Infomøde for sundhedsplejen');
    expect(checkedAt(r, 'Plan', 'B2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'B3')).toBe(false);
  });

  test('a text with one bullet line, or lines not all bullets, is no list', () => {
    expect(bulletList('• Infomøde')).toBeUndefined();
    expect(bulletList('Infomøde\n- skolerne\n- sundhedsplejen')).toBeUndefined();
    expect(bulletList('- Modul 1\n- Modul 2\n\n- Modul 3')?.joined).toBe('Modul 1; Modul 2; Modul 3');
  });
});

describe('a footnote mark after a value (a Word table with its footnotes under it)', () => {
  test('"30.10.2026¹" is 30 October 2026, checked', () => {
    const r = inspectSheet('Plan', [
      HEADER,
      ['Kommunikation', 'Artikel på intranettet', 'Pia Holm', '30.10.2026¹', 'Ikke startet'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', '15.12.2026*', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.deadline).toBe('2026-10-30');
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(activity(r, 3)?.values.deadline).toBe('2026-12-15');
  });

  test('a tick "X¹" in an answer column is the tick', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Huskeliste', [['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'], ['F1', 'Er behovet analyseret?', 'X¹'], ['F2', 'Er aktørerne involveret?', null, 'x²']]],
    ]); // prettier-ignore
    const answer = (id: string) => r.structure.draft.checklist.find((c) => c.id === id)?.answer;
    expect(answer('F1')).toBe('yes');
    expect(answer('F2')).toBe('partly');
  });
});

describe("a PowerPoint text box's soft line breaks (U+000B) in a cell", () => {
  test('title lines over "Label: value" lines broken softly: the labelled lines give their facts', () => {
    const VT = '\u000b';
    const r = inspectSheetjs([
      [
        'Ark1',
        [
          [['Mentorkorpset', 'Esbjerg Kommune', '2. halvår 2026', 'Koordinator: Sara Holm', 'Leder: Peter Juhl', 'Fase: Klargøring'].join(VT)],
          [],
          ...PLAN,
        ],
      ],
    ]); // prettier-ignore
    const d = r.structure.draft;
    expect(d.municipality?.code).toBe('561');
    expect(d.coordinator?.name).toBe('Sara Holm');
    expect(d.leader?.name).toBe('Peter Juhl');
    expect(d.phase).toBe('readiness');
  });
});

describe('a plan pasted from a OneNote page: an outline in one column, its levels as leading tabs or spaces', () => {
  const outline = (unit: string): string[][] => {
    const u = (n: number, text: string) => [unit.repeat(n) + text];
    return [
      ['Implementeringsplan'],
      ['Periode: 1. halvår 2027'],
      ['Aktiviteter'],
      u(1, 'Ledelse'),
      u(2, 'Styregruppemøde om korpsets mål'),
      u(3, 'Ansvarlig: Torben Falk'),
      u(3, 'Frist: 29. januar 2027'),
      u(3, 'Status: Gennemført'),
      u(2, 'Ledermøde om tid til forløb'),
      u(3, 'Ansvarlig: Torben Falk'),
      u(3, 'Frist: uge 9 – Status: I gang'),
      u(1, 'Kommunikation'),
      u(2, 'Infomøde for skolerne'),
      u(3, 'Ansvarlig: Camilla Bruun'),
      u(3, 'Frist: 15. februar 2027'),
      u(3, 'Status: Ikke startet'),
    ];
  };

  test.each([
    ['tabs', '\t'],
    ['four spaces', '    '],
  ])('each item with labelled field lines under it is an activity under its theme (%s)', (_name, unit) => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Noter', outline(unit)],
    ]);
    const acts = r.structure.draft.activities.map((a) => [a.source.row, a.values]);
    expect(acts).toEqual([
      [5, expect.objectContaining({ theme: 'leadership', activity: 'Styregruppemøde om korpsets mål', responsible: 'Torben Falk', deadline: '2027-01-29', status: 'done' })],
      [9, expect.objectContaining({ theme: 'leadership', activity: 'Ledermøde om tid til forløb', deadline: '2027-03-07', status: 'in_progress' })],
      [13, expect.objectContaining({ theme: 'communication', activity: 'Infomøde for skolerne', status: 'not_started' })],
    ]); // prettier-ignore
  });

  test('lines with no indentation, or items whose lines under them are not labelled fields, are no outline plan', () => {
    const flat = outline('\t').map(([t]) => [(t as string).trim()]);
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Noter', flat],
    ]);
    expect(r.structure.draft.activities).toHaveLength(0);
    const notes = inspectSheetjs([
      ['Forside', COVER],
      ['Noter', [['Noter'], ['\tMøde med skolen'], ['\t\tVi talte om forløb'], ['\t\tNæste møde i marts'], ['\tMøde med PPR'], ['\t\tAftale om henvisning'], ['\t\tOpfølgning i april']]],
    ]); // prettier-ignore
    expect(notes.structure.draft.activities).toHaveLength(0);
  });
});

describe('the corps written one member a line, where no table holds it', () => {
  test('"CB: mentor, 8 t/uge, 3 forløb" is a member, every field read', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Noter', [['Korps'], ['\tCB: mentor, 8 t/uge, 3 forløb'], ['\tJV: mentor og forældrecoach, 12 timer om ugen, 4 forløb'], ['\tLH – forældrecoach, 7,5 t/uge, 2 forløb']]],
    ]); // prettier-ignore
    expect(r.structure.draft.corps.map((m) => m.values)).toEqual([
      { initials: 'CB', role: 'mentor', hoursPerWeek: 8, activeCases: 3 },
      { initials: 'JV', role: 'both', hoursPerWeek: 12, activeCases: 4 },
      { initials: 'LH', role: 'parent_coach', hoursPerWeek: 7.5, activeCases: 2 },
    ]);
  });

  test('one such line alone, or lines with a part that is no role, hours or cases, are no corps', () => {
    const one = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Noter', [['CB: mentor, 8 t/uge, 3 forløb'], ['PPR: møde, uge 9, to gange']]],
    ]);
    expect(one.structure.draft.corps).toEqual([]);
  });
});

describe('a mail pasted under a table: its sign-off, signature and the quoted mail', () => {
  test('the rows after "Med venlig hilsen" are no corps members', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', PLAN],
      ['Korps', [['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'], ['LV', 'Mentor', 8, 3], ['MD', 'Forældrecoach', 6, 2], [], ['Med venlig hilsen'], [], ['Lone Vestergaard'], ['Koordinator, mentorkorpset'], ['> Hej Lone']]],
    ]); // prettier-ignore
    expect(r.structure.draft.corps.map((m) => m.values.initials)).toEqual(['LV', 'MD']);
  });
});
