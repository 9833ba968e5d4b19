// Whatever the bytes, readWorkbook either returns a grid or refuses the file: damage never escapes
// as an internal error (TypeError, RangeError...). And the module stays pure: it runs unchanged in
// the browser, so it imports nothing from Node.

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import {
  buildZip,
  hyperlinkWorkbook,
  minimalWorkbook,
  workbookParts,
  workbookZip,
  worksheet,
} from '../../fixtures/hostile';
import { danishPlan, patched, withChart, written } from './workbooks';

function outcome(bytes: Uint8Array): 'grid' | 'refused' {
  try {
    readWorkbook(bytes);
    return 'grid';
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

const mutation = (size: number) =>
  fc.oneof(
    // Overwrite a few bytes.
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => (b: Uint8Array) => {
        const out = b.slice();
        for (const [at, value] of edits) out[at] = value;
        return out;
      }),
    // Cut the file short.
    fc.integer({ min: 0, max: size - 1 }).map((at) => (b: Uint8Array) => b.slice(0, at)),
    // Cut a piece out of the middle.
    fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 64 })).map(
      ([at, n]) =>
        (b: Uint8Array) =>
          Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + n)]),
    ),
  );

describe('damaged bytes are refused, never crash', () => {
  const samples: [string, () => Promise<Uint8Array>][] = [
    ['a minimal workbook', () => Promise.resolve(minimalWorkbook())],
    ['a workbook with a link', () => Promise.resolve(hyperlinkWorkbook('https://example.dk/'))],
    [
      'a Danish plan with a chart',
      async () => withChart(await written(danishPlan(3)), 'xl/worksheets/sheet1.xml'),
    ],
    // Stored, not deflated: mutations reach the XML and the package structure directly.
    ['a stored workbook', () => Promise.resolve(buildZip(workbookParts().map((p) => ({ ...p, method: 0 }))))],
    ['a stored Danish plan', async () => patched(await written(danishPlan(3)), () => undefined, 0)],
  ];

  test.each(samples)('%s, mutated', async (_name, make) => {
    const bytes = await make();
    expect(outcome(bytes)).toBe('grid');
    fc.assert(
      fc.property(mutation(bytes.length), (mutate) => {
        expect(['grid', 'refused']).toContain(outcome(mutate(bytes)));
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), (bytes) => {
        expect(outcome(bytes)).toBe('refused');
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  test('random sheet XML', () => {
    const piece = fc.constantFrom(
      '<row r="1">',
      '</row>',
      '<c r="A1">',
      '<c>',
      '</c>',
      '<v>',
      '</v>',
      '1',
      'x',
      '&amp;',
      '<is><t>',
      '</t></is>',
      '<f>',
      '</f>',
      '<mergeCell ref="A1:B2"/>',
      '<c r="ZZZZ99999999999"/>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        expect(['grid', 'refused']).toContain(
          outcome(workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(pieces.join('')) }] })),
        );
      }),
      { seed: 99, numRuns: 300 },
    );
  });
});

describe('core/xlsx is pure TypeScript for Node and the browser', () => {
  const dir = join(__dirname, '../../../core/xlsx');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  test.each(files)('%s imports only core modules and pako, and uses no Node globals', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const specifiers = [
      ...source.matchAll(
        /(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)|require\('([^']+)'\)/g,
      ),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    // The CPR rules (core/validate/cpr.ts, itself pure) are shared with the intake's package scan,
    // the icon-set rules (core/icons.ts, pure) with the add-in's reader, the formula reader
    // (core/validate/formulaText.ts, pure) with recalc.ts, and core/visible.ts (pure) is told when
    // a workbook holds no character that shows nothing.
    for (const spec of specifiers)
      expect(spec).toMatch(
        /^(\.\/[\w-]+|\.\.\/(codes|grid|icons|schema|validate\/cpr|validate\/formulaText|visible)|pako)$/,
      );
    const code = source.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/\b(Buffer|process|require|__dirname|global)\b/);
  });
});
