// Rules found by held-out round 37 (p155–p156: a semicolon CSV opened in an Excel with another list
// separator, every line whole in column A; a municipality's own template with its instruction
// texts left in the cells), each on a probe of one habit built here with SheetJS, never the
// round's plans.

import { csvFields } from '../../../core/structure/delimited';
import { isTemplatePrompt, withoutListBrackets } from '../../../core/structure/values';
import { checkedAt, COVER, inspectSheetjs, issuesAt, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const at = (r: Inspected, sheet: string, row: number) =>
  activitiesOf(r).find((a) => a.source.sheet === sheet && a.source.row === row)?.values;
const csvCheck = (r: Inspected, sheet: string, cell: string) =>
  (r.checks ?? []).find((c) => c.sheet === sheet && c.cell === cell && c.value === 'CSV');

// --- A CSV file's lines whole in one column --------------------------------------------------------

describe('csvFields reads a line as RFC 4180 parts it', () => {
  it('keeps a separator inside quotes, reads a doubled quote as one, and says when a quote is open', () => {
    expect(csvFields('a;"b; c";d', ';')).toEqual({ fields: ['a', 'b; c', 'd'], open: false });
    expect(csvFields('a;"Oplæg ""X"" nu";;e;', ';')).toEqual({
      fields: ['a', 'Oplæg "X" nu', '', 'e', ''],
      open: false,
    });
    expect(csvFields('a;b;"c er flyttet.', ';').open).toBe(true);
  });
});

const CSV = 'eksport_planportal';
const LINES = [
  ['Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning'],
  ['Ledelse;Styregruppemøde om mål;Lone Berg;15-01-2027;Gennemført;'],
  ['Kommunikation;"Møde; forældre og lærere";Ida Holm;15-03-2027;I gang;"Sendt; booket"'],
  ['Inddragelse;"Oplæg ""Mentor i praksis"" for lærere";;19-03-2027;Ikke påbegyndt;;'],
  ['Opkvalificering;LAT-kursus for nye mentorer;Ali Demir;30-04-2027;I gang;"Flyttet fra 12-02-2027.'],
  ['Ny dato aftalt; alle tilmeldt";'],
  ['Evaluering og tilpasning;Midtvejsevaluering;Lone Berg;18-06-2027;Ikke påbegyndt;'],
];

describe('a semicolon CSV opened in an Excel whose list separator is the comma (every line in column A)', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    [CSV, LINES],
  ]);

  it('reads each record as the fields its separators mean, at its line', () => {
    expect(at(r, CSV, 2)).toMatchObject({
      theme: 'leadership',
      activity: 'Styregruppemøde om mål',
      responsible: 'Lone Berg',
      deadline: '2027-01-15',
      status: 'done',
    });
    expect(at(r, CSV, 3)).toMatchObject({ activity: 'Møde; forældre og lærere', responsible: 'Ida Holm' });
    expect(at(r, CSV, 4)?.activity).toBe('Oplæg "Mentor i praksis" for lærere');
    expect(at(r, CSV, 5)).toMatchObject({
      theme: 'upskilling',
      deadline: '2027-04-30',
      status: 'in_progress',
    });
    expect(at(r, CSV, 7)).toMatchObject({ theme: 'evaluation', deadline: '2027-06-18' });
  });

  it('reads an empty field as no value, and the rest of a quoted remark in the row under it as no activity', () => {
    expect(at(r, CSV, 4)?.responsible ?? '').toBe('');
    expect(at(r, CSV, 6)).toBeUndefined();
    expect(activitiesOf(r).filter((a) => a.source.sheet === CSV)).toHaveLength(5);
  });

  it('says at the header line how the lines were read, and puts every place back in column A', () => {
    expect(csvCheck(r, CSV, 'A1')?.field).toBe('column');
    expect(issuesAt(r, CSV, 'A4').length).toBeGreaterThan(0); // the missing responsible, at the line's cell
  });

  it('passes over an empty row between the lines, as a CSV reader passes an empty line', () => {
    const spaced = inspectSheetjs([
      ['Forside', COVER],
      [CSV, [LINES[0]!, [], LINES[1]!, LINES[2]!]],
    ]);
    expect(at(spaced, CSV, 3)?.responsible).toBe('Lone Berg');
    expect(at(spaced, CSV, 4)?.activity).toBe('Møde; forældre og lærere');
  });

  it('reads tab-separated lines alike', () => {
    const tabbed = inspectSheetjs([
      ['Forside', COVER],
      [CSV, LINES.filter((_, i) => i !== 5).map(([l]) => [(l as string).replace(/;/g, '\t')])],
    ]);
    expect(at(tabbed, CSV, 2)?.responsible).toBe('Lone Berg');
    expect(csvCheck(tabbed, CSV, 'A1')?.field).toBe('column');
  });

  it("leaves alone a column of text whose lines do not part into the header's fields", () => {
    const prose = inspectSheetjs([
      ['Forside', COVER],
      [
        'Noter',
        [
          ['Mål; midler; mennesker'],
          ['Styregruppen mødes; dato følger'],
          ['Forældre; lærere; SSP; mentorer; ledere'],
        ],
      ],
    ]);
    expect(csvCheck(prose, 'Noter', 'A1')).toBeUndefined();
  });

  it('leaves alone a list of lines alike in commas whose first line is no header (figures in it)', () => {
    const list = inspectSheetjs([
      ['Forside', COVER],
      [
        'Korps',
        [
          ['CB: mentor, 8 t/uge, 3 forløb'],
          ['JV: mentor, 12 t/uge, 4 forløb'],
          ['LH: forældrecoach, 6 t/uge, 2 forløb'],
        ],
      ],
    ]);
    expect(csvCheck(list, 'Korps', 'A1')).toBeUndefined();
  });
});

// --- A municipality's template with its instruction texts left -------------------------------------

describe("isTemplatePrompt: a template's instruction left where a value goes", () => {
  it.each([
    '[Navn]',
    '<indsæt dato>',
    '{Afdeling}',
    '[Initialer]',
    'Skriv aktivitet her',
    'Vælg fra listen',
    'Beskriv kort…',
    'Enter text here',
  ])('%s is one', (t) => expect(isTemplatePrompt(t)).toBe(true));

  it.each([
    '[Anders Bech]',
    '[Anders Bech, Sofie Krogh]',
    'Skriv nyhedsbrev til forældre',
    'Beskriv roller og ansvar for mentorerne…',
    'Vælg supervisor',
    'Navn',
  ])('%s is none', (t) => expect(isTemplatePrompt(t)).toBe(false));

  it('keeps a field name in brackets from being read as a list of one person', () => {
    expect(withoutListBrackets('[Navn]')).toBe('[Navn]');
    expect(withoutListBrackets('[Anders Bech]')).toBe('Anders Bech');
  });
});

const PLAN = 'Handleplan';
const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'];

describe("a plan in a municipality's template with its instruction texts left", () => {
  const r = inspectSheetjs([
    ['Forside', [...COVER, ['Koordinator', 'Birgitte Lund'], ['Leder', '[Navn]']]],
    [
      PLAN,
      [
        ['Sådan udfylder du skemaet:'],
        ['1. Skriv én aktivitet pr. række.'],
        [],
        HEAD,
        [
          'Inddragelse',
          'Eksempel: Forældremøde på skolen',
          'Mette',
          '01-02-2027',
          '15-03-2027',
          'I gang',
          '',
        ],
        [
          'Ledelse',
          'Styregruppemøde om mål',
          'Birgitte Lund',
          'dd-mm-åååå',
          '21-01-2027',
          'Gennemført',
          'Beskriv kort…',
        ],
        ['Kommunikation', 'Nyhedsbrev til forældre', '[Navn]', '01-02-2027', '31-03-2027', 'I gang', ''],
        [
          'Vælg fra listen',
          'Skriv aktivitet her',
          '[Navn]',
          'dd-mm-åååå',
          '<indsæt dato>',
          'Vælg status',
          'Beskriv kort…',
        ],
      ],
    ],
    [
      'Tjekliste',
      [
        ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'],
        ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', 'Ja', 'Beskriv kort…'],
        [
          'F2',
          'Har relevante aktører i kommunen været involveret i en analyse af behovet?',
          'Delvist',
          'Mangler skolerne',
        ],
      ],
    ],
    [
      'Korps',
      [
        ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'],
        ['KH', 'Mentor', 'Skoleafdelingen', 8, 3],
        ['TB', 'Mentor', 'Ungdomsskolen', 10, 4],
        ['[Initialer]', 'Vælg fra listen', '[Afdeling]', '[Antal]', '[Antal]'],
      ],
    ],
  ]);

  it('reads a responsible left at "[Navn]" as none, checked at the cell', () => {
    expect(at(r, PLAN, 7)?.activity).toBe('Nyhedsbrev til forældre');
    expect(at(r, PLAN, 7)?.responsible ?? '').toBe('');
    expect(checkedAt(r, PLAN, 'C7')).toBe(true);
  });

  it('reads the cover\'s leader left at "[Navn]" as none, checked at the cell', () => {
    expect(r.structure.draft.leader).toBeUndefined();
    expect(checkedAt(r, 'Forside', 'B4')).toBe(true);
  });

  it("reads the template's example row under the header as no activity", () => {
    expect(at(r, PLAN, 5)).toBeUndefined();
    expect(at(r, PLAN, 6)?.activity).toBe('Styregruppemøde om mål');
  });

  it('reads a row of instruction texts only as no activity', () => {
    expect(at(r, PLAN, 8)).toBeUndefined();
    expect(activitiesOf(r).filter((a) => a.source.sheet === PLAN)).toHaveLength(2);
  });

  it('reads a template row alike with no-break spaces or line breaks between its words', () => {
    const nbsp = inspectSheetjs([
      ['Forside', COVER],
      [
        PLAN,
        [
          HEAD,
          ['Ledelse', 'Styregruppemøde om mål', 'Birgitte Lund', '', '21-01-2027', 'Gennemført', ''],
          ['Vælg\u00a0fra\u00a0listen', 'Skriv\naktivitet\nher', '[Navn]', '', '', 'Vælg\u00a0status', ''],
        ],
      ],
    ]);
    expect(at(nbsp, PLAN, 3)).toBeUndefined();
  });

  it('reads a checklist remark left at "Beskriv kort…" as no remark', () => {
    const comments = Object.fromEntries(r.structure.draft.checklist.map((c) => [c.id, c.comment]));
    expect(comments.F1).toBeUndefined();
    expect(comments.F2).toBe('Mangler skolerne');
  });

  it("reads the corps' untouched template row as no member", () => {
    expect(r.structure.draft.corps.map((m) => m.source.row)).toEqual([2, 3]);
  });
});
