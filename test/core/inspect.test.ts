import fc from 'fast-check';
import { issue, type IssueCode } from '../../core/codes';
import { colName, parseA1 } from '../../core/grid';
import { sortIssues } from '../../core/inspect';
import { grid, sheet } from './validate/builders';

const workbook = grid([sheet('Forside'), sheet('Implementeringsplan'), sheet('Huskeliste')]);
const msg = { da: 'Ret det.', en: 'Correct it.' };

describe('sortIssues: the order the coordinator reads the issues in', () => {
  it('gives errors first, then sheet by sheet in workbook order, row by row, column by column', () => {
    const issues = [
      issue('milestone_missing', 'Implementeringsplan', 'C12', msg),
      issue('activity_late', 'Implementeringsplan', 'B3', msg),
      issue('checklist_unanswered', 'Huskeliste', 'C4', msg),
      issue('required_missing', 'Huskeliste', 'B2', msg),
      issue('milestone_missing', 'Implementeringsplan', 'AA3', msg),
      issue('required_missing', 'Forside', 'B4', msg),
      issue('cpr_number', '', '', msg),
      issue('activity_late', 'Implementeringsplan', 'B10', msg),
    ];
    const sorted = sortIssues(issues, workbook).map((i) => `${i.severity} ${i.sheet}!${i.cell}`);
    expect(sorted).toEqual([
      'error !',
      'error Forside!B4',
      'error Huskeliste!B2',
      'warning Implementeringsplan!B3',
      'warning Implementeringsplan!AA3',
      'warning Implementeringsplan!B10',
      'warning Implementeringsplan!C12',
      'warning Huskeliste!C4',
    ]);
  });

  it('agrees with comparing severity, sheet, row, column and code one after the other', () => {
    const codes: IssueCode[] = ['activity_late', 'milestone_missing', 'required_missing', 'cpr_number'];
    const sheets = ['Forside', 'Implementeringsplan', 'Huskeliste', '', 'Ukendt'];
    // Few rows and columns too, so that issues share rows and their columns decide.
    const address = fc
      .oneof(
        fc.tuple(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1_048_575 })),
        fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5 })),
      )
      .map(([c, r]) => `${colName(c)}${r + 1}`);
    // Addresses as issues give them, and the other forms parseA1 reads (or refuses): sortIssues
    // reads the common form itself and must agree with parseA1 on every form.
    const cell = fc.oneof(
      fc.constant(''),
      address,
      address.map((a) => a.toLowerCase()),
      address.map((a) => ` $${a.replace(/(\d)/, '$$$1')} `),
      fc.constantFrom('A0', 'AAAA1', 'A12345678', 'A1B', '1A', 'A-1', 'Å1', 'A1 ', 'A'),
    );
    const one = fc
      .tuple(fc.constantFrom(...codes), fc.constantFrom(...sheets), cell)
      .map(([code, s, c]) => issue(code, s, c, msg));
    fc.assert(
      fc.property(fc.array(one, { maxLength: 30 }), (issues) => {
        const rank = (i: (typeof issues)[number]) => {
          const at = parseA1(i.cell);
          return [
            i.severity === 'error' ? 0 : 1,
            workbook.sheets.findIndex((s) => s.name === i.sheet),
            at ? at.r : -1,
            at ? at.c : -1,
          ];
        };
        const expected = [...issues].sort((a, b) => {
          const ra = rank(a);
          const rb = rank(b);
          for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
          return a.code.localeCompare(b.code);
        });
        expect(sortIssues(issues, workbook)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseA1: the cell addresses issues and tables are written with', () => {
  it('reads A1 addresses with or without $, in either case, and nothing else', () => {
    expect(parseA1('B12')).toEqual({ r: 11, c: 1 });
    expect(parseA1(' $aa$3 ')).toEqual({ r: 2, c: 26 });
    expect(parseA1('XFD1048576')).toEqual({ r: 1048575, c: 16383 });
    for (const bad of ['', 'A', '12', 'A0', 'ABCD1', 'A12345678', 'B12:C14', 'Æ1', 'A1x', '$$A1', 'A-1']) {
      expect(parseA1(bad)).toBeUndefined();
    }
  });
});
