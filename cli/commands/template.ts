import { Option } from 'commander';
import type { Register } from '../main';
import { parseLang } from '../output';
import { writeTemplate } from '../../workbook/template';
import { writeFileAtomic } from '../../workbook/files';
import { TEMPLATE_VERSION, TEMPLATE_VERSIONS, type Lang, type TemplateVersion } from '../../core/spec';
import { parseVersion } from '../usage';

export { parseVersion };

export const registerTemplate: Register = (program, out) => {
  program
    .command('template')
    .description('Skriv en tom skabelon / write the empty template workbook')
    .requiredOption('-o, --output <file>', 'the .xlsx file to write')
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .addOption(
      new Option(
        '--template-version <version>',
        `${TEMPLATE_VERSIONS.join(' or ')} (default ${TEMPLATE_VERSION})`,
      )
        .default(TEMPLATE_VERSION)
        .argParser(parseVersion),
    )
    .action(async (opts: { output: string; lang: Lang; templateVersion: TemplateVersion }) => {
      await writeFileAtomic(opts.output, await writeTemplate(opts.lang, opts.templateVersion));
      out.line(
        opts.lang === 'da'
          ? `Skabelonen (version ${opts.templateVersion}) er skrevet til ${opts.output}`
          : `Template (version ${opts.templateVersion}) written to ${opts.output}`,
      );
    });
};
