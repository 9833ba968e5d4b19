// Regenerates the committed template workbooks from the template spec: npm run templates
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_FILES, writeTemplate } from '../workbook/template';
import { LANGS } from '../core/spec';

async function main(): Promise<void> {
  for (const lang of LANGS) {
    const path = join(__dirname, '..', TEMPLATE_FILES[lang]);
    writeFileSync(path, await writeTemplate(lang));
    process.stdout.write(`${TEMPLATE_FILES[lang]}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
