// Regenerates the committed template workbooks from the template spec, every version: npm run templates
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { templateFile, writeTemplate } from '../workbook/template';
import { LANGS, TEMPLATE_VERSIONS } from '../core/spec';

async function main(): Promise<void> {
  for (const version of TEMPLATE_VERSIONS) {
    for (const lang of LANGS) {
      const file = templateFile(lang, version);
      const path = join(__dirname, '..', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await writeTemplate(lang, version));
      process.stdout.write(`${file} (${version})\n`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
