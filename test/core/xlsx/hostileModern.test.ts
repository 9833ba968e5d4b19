// The hostile-modern catalogue (test/fixtures/hostileModern.ts): parts and features of the modern
// Excel a 2007-era reader never saw (images in cells, linked data types, dynamic arrays, LAMBDA and
// Python, revision logs, threaded comments, labels, rights management, signatures, web extensions,
// ribbons, huge sqref lists, cell watches, macro sheets), made to mislead or to overload. Each is
// read within a deadline and either refused with its code, in Danish and English naming the part,
// or read as Excel shows it. The rules this round added each have a test here that fails without them.

import { inspectBytes } from '../../../core/inspect';
import { HOSTILE_FILES, passwordProtectedWorkbook } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import { HOSTILE_ENCODING_FILES } from '../../fixtures/hostileEncodings';
import { HOSTILE_MEANING_FILES } from '../../fixtures/hostileMeaning';
import * as M from '../../fixtures/hostileModern';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import { HOSTILE_STRUCTURE_FILES } from '../../fixtures/hostileStructure';
import { HOSTILE_TWIN_FILES } from '../../fixtures/hostileTwins';

const TODAY = { today: '2026-12-07' };

describeCatalogue(M.HOSTILE_MODERN_FILES, [
  HOSTILE_FILES,
  HOSTILE_ARCHIVES,
  HOSTILE_CONTENT_FILES,
  HOSTILE_STRUCTURE_FILES,
  HOSTILE_MEANING_FILES,
  HOSTILE_TWIN_FILES,
  HOSTILE_ENCODING_FILES,
]);

function messages(make: () => Uint8Array): { da: string; en: string } {
  const { error } = outcome(make());
  if (error === undefined) throw new Error('read, not refused');
  return error.userMessage;
}

describe('rich values: images in cells and linked data types', () => {
  test('a linked data type whose cached text differs is read as the rich value shows, with a check (before: the cache)', () => {
    const grid = read(M.linkedTypeDisplayDiffersFromCache);
    expect(values(grid)[1]).toEqual([1, 1, 'Aarhus']);
    expect(grid.sheets[0]!.cellsWithUnreadValue).toEqual([{ r: 1, c: 1 }]);
  });

  test("a picture in a cell is Excel's #VALUE! stand-in, never its alternative text", () => {
    const grid = read(M.imageInCellWithAltText);
    expect(values(grid)[2]).toEqual([1, 1, '#VALUE!']);
    expect(JSON.stringify(grid)).not.toContain('Fase 2 afsluttet');
  });

  test('metadata or structures that point nowhere leave the cached error, and no check', () => {
    for (const make of [M.valueMetadataOutOfRange, M.richValueStructureMissing]) {
      const grid = read(make);
      expect(values(grid).slice(1)).toEqual(
        values(grid)
          .slice(1)
          .map(([r, c]) => [r, c, '#VALUE!']),
      );
      expect(grid.sheets[0]!.cellsWithUnreadValue).toBeUndefined();
    }
  });
});

describe('dynamic arrays, LAMBDA and LET', () => {
  test('a spill over the whole sheet is read from its cached cells alone', () => {
    expect(values(read(M.spillOverWholeSheet))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 0, 1],
      [1, 1, 2],
    ]);
    expect(values(read(M.spilledCellsCachedOnly)).filter(([, c]) => c === 1)).toEqual([
      [1, 1, 'Evaluering'],
      [2, 1, 'Kickoff'],
      [3, 1, 'Temadag'],
    ]);
    expect(values(read(M.cellMetadataOutOfRange))[1]).toEqual([1, 1, 'TEMADAG']);
  });

  test('a LAMBDA name that calls itself without end is not followed: the cell is uncalculated', () => {
    const grid = read(M.recursiveLambdaName);
    expect(values(grid)[1]).toEqual([1, 1, '']);
    expect(grid.sheets[0]!.uncalculated).toEqual([{ r: 1, c: 1 }]);
  });

  test("LET's names that look like cells are its own: the cached result is read", () => {
    expect(values(read(M.letNamesLikeCells))[2]).toEqual([1, 2, 'Kickoff']);
  });
});

describe('parts outside the cells are read past, or refused naming the part', () => {
  test('rights management (IRM) is refused as such, not as a password (before: "protected with a password")', () => {
    const { da, en } = messages(M.irmProtectedPackage);
    expect(da).toMatch(/rettighedsstyring \(IRM: Begræns adgang/);
    expect(en).toMatch(/rights management \(IRM: Restrict Access/);
    expect(en).not.toMatch(/password/);
    // A workbook encrypted with a password still gets the password message.
    expect(messages(passwordProtectedWorkbook).en).toMatch(/protected with a password/);
  });

  test('revision logs, threaded comments, labels, signatures, web extensions and a ribbon leave the plan as it is', () => {
    for (const make of [
      M.revisionLogsInCircle,
      M.threadedCommentPersonsMissing,
      M.threadedRepliesInCircle,
      M.sensitivityLabelFortrolig,
      M.webExtensionOtherAddin,
      M.webExtensionPretendsReceipt,
      M.customRibbonCallbacks,
      M.cellWatchesFlood,
      M.ignoredErrorsWholeSheet,
    ]) {
      expect(values(read(make)).slice(0, 2)).toEqual([
        [0, 0, 'Implementeringsplan'],
        [1, 1, 'Temadag'],
      ]);
    }
    expect(values(read(M.signatureNoLongerMatches))[1]).toEqual([1, 1, 'Ændret efter underskrift']);
  });

  test("a web extension's properties pretending a receipt are not read as one: the plan gets its own answer", () => {
    const result = inspectBytes(M.webExtensionPretendsReceipt(), TODAY);
    expect(JSON.stringify(result)).not.toMatch(/Styrelsen|korpsplan\.receipt/);
  });

  test('threaded comments without their persons, or replying in a circle, are read without hanging', () => {
    for (const make of [M.threadedCommentPersonsMissing, M.threadedRepliesInCircle]) {
      const grid = read(make);
      const comments = grid.sheets[0]!.comments ?? [];
      expect(comments.every((c) => c.r === 1 && c.c === 1)).toBe(true);
    }
  });
});
