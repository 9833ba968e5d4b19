// korpsplan merge: the corps summary workbook from canonical plan files, offline.
//
//   korpsplan merge FILES... -o OUT --period 2026-H2 [--roster FILE] [--previous FILES...] [--lang da|en]
//
// Each file is a bare canonical plan, a stored submission ({receipt, plan}) or the output of
// `korpsplan inspect --json` ({plan, issues, unmapped}). Every file is validated with zod; a bad file
// is refused by name. A file without a receipt gets one made from the file: the SHA-256 of its bytes
// and its modification time. Where two files are for the same municipality, the newest is used and
// the command says so.

import { createHash } from 'node:crypto';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option } from 'commander';
import type { Register } from '../main';
import { ExitCode, parseLang, type Output } from '../output';
import { inspectionSchema, periodSchema, type Message, type Plan } from '../../core/schema';
import { jsonHoldsCpr } from '../../core/redact';
import { zodText } from '../../core/zodText';
import { checklistCounts, type StoredPlan } from '../../core/receipt';
import { planReadSchema, storedPlanReadSchema } from '../../core/migrate';
import { rosterSchema, type Roster } from '../../core/roster';
import type { Lang } from '../../core/spec';
import { danishDay, isLate, newer } from '../../core/summary/figures';
import { renderSummary, summaryModel } from '../../workbook/summary';

/** Larger plan files than this are refused before they are read. */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;

export class MergeInputError extends Error {
  constructor(
    readonly code:
      'input_unreadable' | 'input_not_json' | 'input_invalid' | 'input_wrong_period' | 'output_unwritable',
    readonly userMessage: { da: string; en: string },
  ) {
    super(`${code}: ${userMessage.en}`);
    this.name = 'MergeInputError';
  }

  toJSON(): { code: string; message: { da: string; en: string } } {
    return { code: this.code, message: this.userMessage };
  }
}

export interface LoadedPlan {
  readonly file: string;
  readonly stored: StoredPlan;
  /** The receipt was made from the file (no receipt in it). */
  readonly madeReceipt: boolean;
}

async function readLimited(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch (err) {
    throw new MergeInputError('input_unreadable', {
      da: `Filen "${file}" kan ikke læses (${err instanceof Error ? err.message : String(err)}).`,
      en: `The file "${file}" cannot be read (${err instanceof Error ? err.message : String(err)}).`,
    });
  }
  if (size > MAX_PLAN_FILE_BYTES) {
    throw new MergeInputError('input_unreadable', {
      da: `Filen "${file}" er for stor til at være en plan (${size} bytes).`,
      en: `The file "${file}" is too large to be a plan (${size} bytes).`,
    });
  }
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

function invalid(file: string, detail: string | Message): MergeInputError {
  const said = typeof detail === 'string' ? { da: detail, en: detail } : detail;
  return new MergeInputError('input_invalid', {
    da: `Filen "${file}" er ikke en gyldig kanonisk plan, indsendelse eller inspect-uddata: ${said.da}`,
    en: `The file "${file}" is not a valid canonical plan, submission or inspect output: ${said.en}`,
  });
}

/** A receipt made from a file that has none: SHA-256 of its bytes and its modification time. */
function receiptFromFile(
  plan: Plan,
  bytes: Uint8Array,
  mtime: Date,
  warnings: StoredPlan['receipt']['warnings'],
): StoredPlan['receipt'] {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const day = danishDay(mtime);
  const stamp = mtime
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17);
  return {
    submissionId: `fil-${stamp}-${sha256.slice(0, 12)}`,
    municipality: plan.municipality,
    period: plan.period,
    receivedAt: mtime.toISOString(),
    sha256,
    templateVersion: plan.templateVersion,
    counts: {
      activities: plan.activities.length,
      late: plan.activities.filter((a) => isLate(a, day)).length,
      ...checklistCounts(plan),
    },
    warnings,
  };
}

/** Reads and validates one plan file (any of the three shapes). */
export async function loadPlanFile(file: string): Promise<LoadedPlan> {
  const bytes = await readLimited(file);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new MergeInputError('input_not_json', {
      da: `Filen "${file}" er ikke JSON (${err instanceof Error ? err.message : String(err)}).`,
      en: `The file "${file}" is not JSON (${err instanceof Error ? err.message : String(err)}).`,
    });
  }
  // The summary shows what a plan file holds to the corps' leaders: a file with a CPR number in
  // any form (a note, an activity, a count that lost its leading zero) is refused, not merged.
  if (jsonHoldsCpr(json)) {
    throw invalid(file, {
      da: 'den indeholder noget, der ligner et CPR-nummer. Planer må ikke indeholde personnumre; fjern det.',
      en: 'it contains something that looks like a CPR number. Plans must not contain personal identity numbers; remove it.',
    });
  }
  const obj: object | undefined =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? json : undefined;
  if (obj && 'receipt' in obj) {
    // Stored plans of any template version, migrated to the current shape (core/migrate.ts).
    const parsed = storedPlanReadSchema.safeParse(json);
    if (!parsed.success) throw invalid(file, zodText(parsed.error, json));
    if (parsed.data.receipt.municipality.code !== parsed.data.plan.municipality.code) {
      throw invalid(file, 'receipt.municipality ≠ plan.municipality');
    }
    return { file, stored: parsed.data, madeReceipt: false };
  }
  const { mtime } = await stat(file);
  if (obj && 'issues' in obj && 'unmapped' in obj) {
    const parsed = inspectionSchema.extend({ plan: planReadSchema.nullable() }).safeParse(json);
    if (!parsed.success) throw invalid(file, zodText(parsed.error, json));
    const { plan, issues } = parsed.data;
    if (!plan)
      throw invalid(file, 'plan: null (the workbook has errors) / plan: null (arbejdsbogen har fejl)');
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0)
      throw invalid(file, `${errors.length} error(s): ${errors.map((e) => e.code).join(', ')}`);
    const warnings = issues.filter((i) => i.severity === 'warning');
    return {
      file,
      stored: { receipt: receiptFromFile(plan, bytes, mtime, warnings), plan },
      madeReceipt: true,
    };
  }
  const parsed = planReadSchema.safeParse(json);
  if (!parsed.success) throw invalid(file, zodText(parsed.error, json));
  return {
    file,
    stored: { receipt: receiptFromFile(parsed.data, bytes, mtime, []), plan: parsed.data },
    madeReceipt: true,
  };
}

export interface Chosen {
  readonly used: LoadedPlan[];
  /** Older files for a municipality that another file replaces. */
  readonly replaced: { readonly file: string; readonly by: string; readonly municipality: string }[];
}

/** The newest file per municipality wins. */
export function chooseNewest(loaded: readonly LoadedPlan[]): Chosen {
  const best = new Map<string, LoadedPlan>();
  const replaced: { file: string; by: string; municipality: string }[] = [];
  for (const l of loaded) {
    const code = l.stored.plan.municipality.code;
    const before = best.get(code);
    const name = `${l.stored.plan.municipality.name} (${code})`;
    if (!before) best.set(code, l);
    else if (newer(l.stored, before.stored)) {
      replaced.push({ file: before.file, by: l.file, municipality: name });
      best.set(code, l);
    } else replaced.push({ file: l.file, by: before.file, municipality: name });
  }
  return { used: [...best.values()], replaced };
}

async function loadAll(
  files: readonly string[],
  period: string | undefined,
  role: 'plans' | 'previous',
): Promise<LoadedPlan[]> {
  const out: LoadedPlan[] = [];
  for (const file of files) {
    const loaded = await loadPlanFile(file);
    const p = loaded.stored.plan.period;
    if (role === 'plans' && period !== undefined && p !== period) {
      throw new MergeInputError('input_wrong_period', {
        da: `Filen "${file}" er en plan for ${p}, ikke for ${period}.`,
        en: `The file "${file}" is a plan for ${p}, not for ${period}.`,
      });
    }
    if (role === 'previous' && period !== undefined && p >= period) {
      throw new MergeInputError('input_wrong_period', {
        da: `Filen "${file}" (--previous) er en plan for ${p}, som ikke ligger før ${period}.`,
        en: `The file "${file}" (--previous) is a plan for ${p}, which is not before ${period}.`,
      });
    }
    out.push(loaded);
  }
  return out;
}

async function loadRoster(file: string): Promise<Roster> {
  const bytes = await readLimited(file);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new MergeInputError('input_not_json', {
      da: `Rosteret "${file}" er ikke JSON (${err instanceof Error ? err.message : String(err)}).`,
      en: `The roster "${file}" is not JSON (${err instanceof Error ? err.message : String(err)}).`,
    });
  }
  const parsed = rosterSchema.safeParse(json);
  if (!parsed.success) {
    throw new MergeInputError('input_invalid', {
      da: `Rosteret "${file}" er ugyldigt: ${zodText(parsed.error, json).da}`,
      en: `The roster "${file}" is invalid: ${zodText(parsed.error, json).en}`,
    });
  }
  return parsed.data;
}

/** Writes the output so that a half-written file never replaces a good one. */
async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new MergeInputError('output_unwritable', {
      da: `Filen "${path}" kunne ikke skrives (${err instanceof Error ? err.message : String(err)}).`,
      en: `The file "${path}" could not be written (${err instanceof Error ? err.message : String(err)}).`,
    });
  }
}

interface MergeOptions {
  readonly output: string;
  readonly period: string;
  readonly roster?: string;
  readonly previous?: string[];
  readonly lang: Lang;
  readonly today?: string;
  readonly json?: boolean;
}

function parsePeriod(value: string): string {
  const parsed = periodSchema.safeParse(value);
  if (!parsed.success) throw new Error(`--period must look like 2026-H2, not "${value}"`);
  return parsed.data;
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--today must be YYYY-MM-DD, not "${value}"`);
  return value;
}

function say(out: Output, lang: Lang, da: string, en: string): void {
  out.line(lang === 'da' ? da : en);
}

export async function runMerge(files: readonly string[], opts: MergeOptions, out: Output): Promise<void> {
  out.lang = opts.lang;
  out.json = opts.json === true;
  const lang = opts.lang;
  try {
    const loaded = await loadAll(files, opts.period, 'plans');
    const previous = await loadAll(opts.previous ?? [], opts.period, 'previous');
    const roster = opts.roster ? await loadRoster(opts.roster) : undefined;
    const chosen = chooseNewest(loaded);
    const prevChosen = chooseNewest(previous);
    const model = summaryModel({
      period: opts.period,
      plans: chosen.used.map((l) => l.stored),
      previous: prevChosen.used.map((l) => l.stored),
      ...(roster ? { roster } : {}),
      generatedAt: new Date(),
      lang,
      ...(opts.today ? { today: opts.today } : {}),
    });
    const bytes = await renderSummary(model);
    await writeAtomic(opts.output, bytes);
    const missing = model.entries.filter((e) => e.expected && !e.stored).map((e) => e.name);
    if (out.json) {
      out.printJson({
        output: opts.output,
        period: opts.period,
        used: chosen.used.map((l) => ({
          file: l.file,
          municipality: l.stored.plan.municipality.code,
          receiptMadeFromFile: l.madeReceipt,
        })),
        replaced: [...chosen.replaced, ...prevChosen.replaced],
        missing,
      });
      return;
    }
    for (const r of [...chosen.replaced, ...prevChosen.replaced]) {
      say(
        out,
        lang,
        `${r.municipality}: ${basename(r.by)} er nyere end ${basename(r.file)}, som ikke bruges.`,
        `${r.municipality}: ${basename(r.by)} is newer than ${basename(r.file)}, which is not used.`,
      );
    }
    say(
      out,
      lang,
      `Oversigten for ${opts.period} er skrevet til ${opts.output}: ${chosen.used.length} kommuner indsendt, ${missing.length} mangler.`,
      `The summary for ${opts.period} is written to ${opts.output}: ${chosen.used.length} municipalities submitted, ${missing.length} missing.`,
    );
  } catch (err) {
    if (err instanceof MergeInputError) {
      out.fail(err.toJSON());
      return;
    }
    throw err;
  }
  out.exitCode = ExitCode.Ok;
}

export const registerMerge: Register = (program, out) => {
  program
    .command('merge')
    .description('Saml planer til korpsoversigten / merge canonical plans into the corps summary workbook')
    .argument('<files...>', 'canonical plan JSON files (plan, {receipt, plan} or inspect --json output)')
    .requiredOption('-o, --output <file>', 'the .xlsx file to write')
    .addOption(
      new Option('--period <period>', 'reporting period, e.g. 2026-H2')
        .makeOptionMandatory()
        .argParser(parsePeriod),
    )
    .option('--roster <file>', 'roster JSON: which municipalities are expected (default all 98)')
    .option('--previous <files...>', "the previous period's plan files, for the change sheet")
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .addOption(
      new Option('--today <date>', 'judge lateness against this day (YYYY-MM-DD)').argParser(parseDay),
    )
    .option('--json', 'print what was used as JSON')
    .action(async (files: string[], opts: MergeOptions) => {
      await runMerge(files, opts, out);
    });
};
