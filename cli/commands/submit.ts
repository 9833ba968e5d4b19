// korpsplan submit FILE: sends the workbook to the service, which checks it again and stores it.
// Every attempt carries the same Idempotency-Key, so a retry after a timeout or a 503 can never
// create a second submission.

import { CONTRACT, fileNameHeader, HEADERS, pathOf, XLSX_MEDIA_TYPE } from '../../core/contract';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { checklistCountText, type Receipt } from '../../core/receipt';
import { issueSchema } from '../../core/schema';
import type { Lang } from '../../core/spec';
import { readWorkbookFile } from '../../workbook/files';
import type { Register } from '../main';
import { formatTimestamp } from '../report';
import { ExitCode, type Output } from '../output';
import { formatIssues } from '../report';
import { UsageError } from '../usage';
import { holdsCpr } from '../../core/redact';
import {
  ApiError,
  apiError,
  call,
  guarded,
  resolveToken,
  serverOptions,
  serverUrl,
  type ServerOptions,
} from './token';
import { readCorrectionsFile, saveMerged } from './corrections';

const XLSX_TYPE = XLSX_MEDIA_TYPE;
const ATTEMPTS = 3;

interface SubmitOptions extends ServerOptions {
  note?: string;
  idempotencyKey?: string;
  corrections?: string;
}

const invalidBody = z.object({
  error: z.object({ code: z.string(), message: z.object({ da: z.string(), en: z.string() }) }),
  issues: z.array(issueSchema),
});

export function formatReceipt(receipt: Receipt, created: boolean, lang: Lang): string[] {
  const da = lang === 'da';
  const head = created
    ? da
      ? 'Planen er modtaget.'
      : 'The plan was received.'
    : da
      ? 'Denne fil var allerede modtaget – her er kvitteringen.'
      : 'This file had already been received – here is the receipt.';
  const row = (da_: string, en: string, value: string): string =>
    `  ${`${da ? da_ : en}:`.padEnd(14)}${value}`;
  return [
    head,
    row('Kvittering', 'Receipt', receipt.submissionId),
    row('Kommune', 'Municipality', `${receipt.municipality.name} (${receipt.municipality.code})`),
    row('Periode', 'Period', receipt.period),
    row(
      'Modtaget',
      'Received',
      `${formatTimestamp(receipt.receivedAt, da ? 'da' : 'en')}${da ? ' (dansk tid)' : ' (Danish time)'}`,
    ),
    row(
      'Aktiviteter',
      'Activities',
      `${receipt.counts.activities} (${da ? 'forsinkede' : 'late'}: ${receipt.counts.late})`,
    ),
    row('Huskeliste', 'Checklist', `${checklistCountText(receipt)} ${da ? 'besvaret' : 'answered'}`),
    ...(receipt.note ? [row('Bemærkning', 'Note', receipt.note)] : []),
    ...(receipt.warnings.length > 0 ? formatIssues(receipt.warnings, lang) : []),
  ];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function send(file: string, opts: SubmitOptions, out: Output): Promise<void> {
  // A note with a CPR number never leaves the machine (the service would refuse it too).
  if (opts.note !== undefined && holdsCpr(opts.note)) {
    throw new UsageError('option_invalid', {
      da: 'Bemærkningen (--note) indeholder noget, der ligner et CPR-nummer. Planer og bemærkninger må ikke indeholde personnumre; intet er sendt.',
      en: 'The note (--note) contains something that looks like a CPR number. Plans and notes must not contain personal identity numbers; nothing was sent.',
    });
  }
  const bytes = await readWorkbookFile(file);
  // The service reads the workbook with the municipality's remembered corrections: corrections
  // given here join them first (merged, newest wins), so that the service reads with them too.
  if (opts.corrections !== undefined) {
    const saved = await saveMerged(opts, await readCorrectionsFile(opts.corrections));
    const r = saved.remembered;
    out.io.stderr(
      opts.lang === 'da'
        ? `Huskede rettelser gemt for kommune ${saved.municipality} (${r.columns.length} kolonner, ${r.values.length} værdier, ${r.labels.length} etiketter).\n`
        : `Remembered corrections saved for municipality ${saved.municipality} (${r.columns.length} columns, ${r.values.length} values, ${r.labels.length} labels).\n`,
    );
  }
  const token = await resolveToken(opts);
  const key = opts.idempotencyKey ?? randomUUID();
  const headers: Record<string, string> = {
    'content-type': XLSX_TYPE,
    authorization: `Bearer ${token}`,
    [HEADERS.idempotencyKey]: key,
    ...(opts.note ? { [HEADERS.note]: encodeURIComponent(opts.note) } : {}),
  };
  // The file's own name goes along as a hint for the municipality and half-year (never stored).
  const named = fileNameHeader(basename(file));
  if (named !== undefined) headers[HEADERS.fileName] = named;
  let response: Response | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      response = await call(`${serverUrl(opts)}${pathOf('submit', {})}`, {
        method: CONTRACT.submit.method,
        headers,
        body: new Uint8Array(bytes),
      });
    } catch (err) {
      if (!(err instanceof ApiError) || attempt === ATTEMPTS) throw err;
      await sleep(1000 * attempt);
      continue;
    }
    if (response.status !== 503 || attempt === ATTEMPTS) break;
    const wait = Math.min(10, Number(response.headers.get('retry-after') ?? 2) || 2);
    out.io.stderr(
      opts.lang === 'da'
        ? `Tjenesten er midlertidigt utilgængelig; prøver igen om ${wait} s (samme nøgle: ingen dobbelt indsendelse) ...\n`
        : `The service is briefly unavailable; trying again in ${wait} s (same key: no double submission) ...\n`,
    );
    await sleep(wait * 1000);
  }
  if (!response) throw new Error('no response');
  if (response.status === 201 || response.status === 200) {
    const receipt = CONTRACT.submit.ok[201].parse(await response.json());
    if (out.json) out.printJson(receipt);
    else for (const l of formatReceipt(receipt, response.status === 201, opts.lang)) out.line(l);
    out.exitCode = ExitCode.Ok;
    return;
  }
  if (response.status === 422) {
    const raw: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    const invalid = invalidBody.safeParse(raw);
    if (invalid.success && invalid.data.issues.length > 0) {
      if (out.json) out.printJson(invalid.data);
      else {
        out.line(invalid.data.error.message[opts.lang]);
        for (const l of formatIssues(invalid.data.issues, opts.lang)) out.line(l);
      }
      out.exitCode = ExitCode.Invalid;
      return;
    }
  }
  throw await apiError(response);
}

export const registerSubmit: Register = (program, out) => {
  serverOptions(
    program
      .command('submit')
      .description('Indsend en plan til korpset / submit a plan to the corps service')
      .argument('<file>', 'the .xlsx file')
      .option(
        '--note <text>',
        'bemærkning til advarslerne / explanation of the warnings (max 1000 characters)',
      )
      .option(
        '--idempotency-key <key>',
        'reuse a key to retry an earlier attempt safely (default: a new one)',
      )
      .option(
        '--corrections <file>',
        'huskede rettelser (JSON), gemt for kommunen før indsendelsen / remembered corrections (JSON), saved for the municipality before submitting',
      ),
  ).action(async (file: string, opts: SubmitOptions) => {
    await guarded(out, opts, () => send(file, opts, out));
  });
};
