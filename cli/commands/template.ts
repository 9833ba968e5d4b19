import { Option } from 'commander';
import type { Register } from '../main';
import { parseLang } from '../output';
import { writeTemplate } from '../../workbook/template';
import { writeFileAtomic } from '../../workbook/files';
import type { Lang } from '../../core/spec';

export const registerTemplate: Register = (program, out) => {
  program
    .command('template')
    .description('Skriv en tom skabelon / write the empty template workbook')
    .requiredOption('-o, --output <file>', 'the .xlsx file to write')
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .action(async (opts: { output: string; lang: Lang }) => {
      await writeFileAtomic(opts.output, await writeTemplate(opts.lang));
      out.line(
        opts.lang === 'da'
          ? `Skabelonen er skrevet til ${opts.output}`
          : `Template written to ${opts.output}`,
      );
    });
};
