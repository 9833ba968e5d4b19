import type { Register } from '../main';
import { readAndInspect, readingOptions, type ReadOptions } from './inspect';
import { ExitCode } from '../output';
import { hasErrors } from '../../core/inspect';
import { writeStructuredWorkbook } from '../../workbook/structured';
import { writeFileAtomic } from '../../workbook/files';
import { formatIssues, formatNotCarried, formatUnmapped } from '../report';

export const registerStructure: Register = (program, out) => {
  readingOptions(
    program
      .command('structure')
      .description(
        'Strukturér en arbejdsbog i skabelonens layout og behold de oprindelige ark / write a workbook in the template layout, keeping the original sheets',
      )
      .argument('<in>', 'the coordinator’s .xlsx file')
      .requiredOption('-o, --output <file>', 'the structured .xlsx file to write'),
  ).action(async (input: string, opts: ReadOptions & { output: string }) => {
    const result = await readAndInspect(input, opts, out);
    const written = await writeStructuredWorkbook(
      opts.lang,
      { draft: result.structure.draft, grid: result.grid, notCarried: result.structure.notCarried },
      { original: result.bytes, ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}) },
    );
    await writeFileAtomic(opts.output, written.bytes);
    const da = opts.lang === 'da';
    const d = result.structure.draft;
    out.line(
      da
        ? `Struktureret: ${d.activities.length} aktiviteter, ${d.checklist.filter((c) => c.answer).length}/15 svar i huskelisten → ${opts.output}`
        : `Structured: ${d.activities.length} activities, ${d.checklist.filter((c) => c.answer).length}/15 checklist answers → ${opts.output}`,
    );
    for (const l of [
      ...formatIssues(result.issues, opts.lang),
      ...formatUnmapped(result.unmapped, opts.lang),
      ...formatNotCarried({ ...result.structure, notCarried: written.notCarried }, opts.lang),
    ])
      out.line(l);
    out.exitCode = hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
  });
};
