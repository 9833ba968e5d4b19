// The intake path (reading, structuring, validating a workbook, making the plan) loads no zod: zod
// is ~750 KB of code and ~13 MB of a process's memory before a workbook is read (issue 15). Every
// boundary still parses with zod — the schemas are in core/schema.ts, core/corrections-schema.ts and
// core/remembered-schema.ts, which the intake modules import only types from. Checked with esbuild's
// metafile: the runtime import graph of each intake module, bundled as it would be shipped.

import { build, type Metafile } from 'esbuild';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readCoverValue } from '../../core/corrections';
import { EMAIL_PATTERN } from '../../core/spec';
import { coverValuesSchema } from '../../core/corrections-schema';

const ROOT = resolve(__dirname, '..', '..');
const INTAKE = ['core/inspect', 'core/xlsx', 'core/structure', 'core/validate', 'core/plan'];

async function inputsOf(module: string): Promise<Metafile['inputs']> {
  const out = await build({
    // Every export, so that nothing the module can run is left out by tree shaking.
    stdin: {
      contents: `export * from ${JSON.stringify(join(ROOT, module))};`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return out.metafile.inputs;
}

/** "core/inspect.ts → core/corrections.ts → zod" for each project file that imports zod at run time. */
function zodChains(inputs: Metafile['inputs']): string[] {
  const isZod = (path: string) => /(^|\/)node_modules\/zod\//.test(path);
  const from = new Map<string, string | undefined>([['<stdin>', undefined]]);
  const queue = ['<stdin>'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const i of inputs[file]?.imports ?? []) {
      if (from.has(i.path) || !(i.path in inputs)) continue;
      from.set(i.path, file);
      queue.push(i.path);
    }
  }
  const chains: string[] = [];
  for (const [file, input] of Object.entries(inputs)) {
    if (isZod(file) || !from.has(file) || !input.imports.some((i) => isZod(i.path))) continue;
    const chain = ['zod'];
    for (let at: string | undefined = file; at !== undefined && at !== '<stdin>'; at = from.get(at)) {
      chain.unshift(at);
    }
    chains.push(chain.join(' → '));
  }
  return chains;
}

describe('the intake path loads no zod', () => {
  test.each(INTAKE)('%s', async (module) => {
    const inputs = await inputsOf(module);
    expect(Object.keys(inputs).some((f) => f.startsWith('core/'))).toBe(true);
    expect(zodChains(inputs)).toEqual([]);
    expect(Object.keys(inputs).filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
  });

  test('the schema modules do load zod (the check above would see it)', async () => {
    const chains = zodChains(await inputsOf('core/corrections-schema'));
    expect(chains).toContain('core/corrections-schema.ts → zod');
  });

  test("the e-mail pattern the intake path reads typed values with is zod's", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
    expect(EMAIL_PATTERN.flags).toBe(z.regexes.email.flags);
  });

  test('a typed name or e-mail is read where the boundary schema takes it, and only there', () => {
    const texts = [
      'Mette Hansen',
      ' Mette ',
      '',
      '   ',
      'x'.repeat(200),
      'x'.repeat(201),
      'mette@aarhus.dk',
      ' mette@aarhus.dk ',
      'mette.h@sub.aarhus.dk',
      'mette@aarhus',
      'mette..h@aarhus.dk',
      '.mette@aarhus.dk',
      'mette@-aarhus.dk',
      "o'brien+plan@kommune.dk",
      'mette@aarhus.d',
      `${'a'.repeat(245)}@aarhus.dk`,
      `${'a'.repeat(246)}@aarhus.dk`,
      'ingen e-mail',
    ];
    for (const text of texts) {
      for (const key of ['coordinatorName', 'leaderEmail'] as const) {
        const read = readCoverValue(key, text);
        const parsed = coverValuesSchema.safeParse({ [key]: text });
        expect({ text, key, ok: read.ok }).toEqual({ text, key, ok: parsed.success });
        if (read.ok && parsed.success) expect(read.value).toBe(parsed.data[key]);
      }
    }
  });
});
