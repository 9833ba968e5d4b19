import type { Register } from '../main';
import { readAndInspect, readingOptions, type ReadOptions } from './inspect';
import { ExitCode } from '../output';
import { TEMPLATE_VERSION, TEMPLATE_VERSIONS, type TemplateVersion } from '../../core/spec';
import { parseVersion, UsageError } from '../usage';
import { writeFileAtomic } from '../../workbook/files';
import { formatIssues, formatNotCarried, formatRemembered, formatUnmapped, holdsCpr } from '../report';

const CPR_REFUSED = {
  da: 'Intet er skrevet: arbejdsbogen indeholder noget, der ligner et CPR-nummer, og en fil med personnumre skrives aldrig. Fjern numrene de steder, der står nedenfor, og prøv igen.',
  en: 'Nothing was written: the workbook contains something that looks like a CPR number, and a file with personal identity numbers is never written. Remove the numbers at the places below and try again.',
};

export const registerStructure: Register = (program, out) => {
  readingOptions(
    program
      .command('structure')
      .description(
        'Strukturér en arbejdsbog i skabelonens layout og behold de oprindelige ark / write a workbook in the template layout, keeping the original sheets',
      )
      .argument('<in>', 'the coordinator’s .xlsx file')
      .requiredOption('-o, --output <file>', 'the structured .xlsx file to write')
      .option(
        '--template-version <version>',
        `write the layout of this template version (${TEMPLATE_VERSIONS.join(', ')}); default the workbook's own, or ${TEMPLATE_VERSION}`,
        parseVersion,
      ),
  ).action(
    async (input: string, opts: ReadOptions & { output: string; templateVersion?: TemplateVersion }) => {
      const result = await readAndInspect(input, opts, out);
      // Loaded by readAndInspect for an accepted file (see ./inspect).
      const { hasErrors } = await import('../../core/inspect');
      // Schemas (zod) and the template update only for a file that was read.
      const { TemplateUpdateError, updateDraft } = await import('../../core/migrate');
      const { checklistCounts } = await import('../../core/receipt');
      let draft = result.structure.draft;
      if (opts.templateVersion) {
        try {
          // "Opdater til skabelon 1.1": every value kept, the newer version's layout (core/migrate.ts).
          draft = updateDraft(draft, opts.templateVersion);
        } catch (err) {
          if (!(err instanceof TemplateUpdateError)) throw err;
          throw new UsageError('option_invalid', err.userMessage);
        }
      }
      if (holdsCpr(result.issues)) {
        // As the service (POST /api/structure): no file, only the places of the numbers.
        out.line(CPR_REFUSED[opts.lang]);
        for (const l of formatIssues(
          result.issues.filter((i) => i.code === 'cpr_number'),
          opts.lang,
        ))
          out.line(l);
        out.exitCode = ExitCode.Invalid;
        return;
      }
      // exceljs (~0.4 s to load) only once there is a workbook to write.
      const { writeStructuredWorkbook } = await import('../../workbook/structured');
      const written = await writeStructuredWorkbook(
        opts.lang,
        { draft, grid: result.grid, notCarried: result.structure.notCarried },
        { original: result.bytes, ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}) },
      );
      await writeFileAtomic(opts.output, written.bytes);
      const da = opts.lang === 'da';
      const d = draft;
      const { checklistAnswered, checklistQuestions } = checklistCounts(d);
      const answered = `${checklistAnswered}/${checklistQuestions}`;
      out.line(
        da
          ? `Struktureret: ${d.activities.length} aktiviteter, ${answered} svar i huskelisten → ${opts.output}`
          : `Structured: ${d.activities.length} activities, ${answered} checklist answers → ${opts.output}`,
      );
      for (const l of [
        ...formatRemembered(result.structure.remembered ?? [], opts.lang),
        ...formatIssues(result.issues, opts.lang),
        ...formatUnmapped(result.unmapped, opts.lang),
        ...formatNotCarried({ ...result.structure, notCarried: written.notCarried }, opts.lang),
      ])
        out.line(l);
      out.exitCode = hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
    },
  );
};
