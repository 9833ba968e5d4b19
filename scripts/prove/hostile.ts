// Hostile files over HTTP: every kind in test/fixtures/hostile.ts (HOSTILE_FILES),
// test/fixtures/hostileArchives.ts (HOSTILE_ARCHIVES) and test/fixtures/hostileContent.ts
// (HOSTILE_CONTENT_FILES) written to a
// corpus folder and sent to POST /api/submissions as a signed-in coordinator. Each must be refused
// with its own code, its HTTP status, a Danish and an English message, nothing stored (every blob of
// every container listed before and after), and, in the report, in under 1 s and 100 MB of the
// service process's memory.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFUSAL_CODES, type RefusalCode } from '../../core/codes';
import { HOSTILE_FILES } from '../../test/fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../test/fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../test/fixtures/hostileContent';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bilingual, errorOf, type Client } from './client';
import type { MemoryProbe } from './stack';
import type { StorageView } from './storage';

export const HOSTILE_TARGETS = { ms: 1000, mb: 100 } as const;

export interface CorpusFile {
  readonly name: string;
  readonly code: RefusalCode;
  readonly bytes: Uint8Array;
}

/** The hostile corpus, generated; written to `dir` (a git-ignored folder) when one is given. */
export function hostileCorpus(dir?: string): CorpusFile[] {
  if (dir) mkdirSync(dir, { recursive: true });
  return [...HOSTILE_FILES, ...HOSTILE_ARCHIVES, ...HOSTILE_CONTENT_FILES].map((h) => {
    const bytes = h.make();
    if (!dir) return { name: h.name, code: h.code, bytes };
    const file = join(dir, `${h.name}.xlsx`);
    writeFileSync(file, bytes);
    // What is sent is what is on disk.
    return { name: h.name, code: h.code, bytes: new Uint8Array(readFileSync(file)) };
  });
}

export interface HostileResult {
  readonly name: string;
  readonly route: string;
  readonly bytes: number;
  readonly expectedCode: RefusalCode;
  readonly expectedStatus: number;
  readonly status: number;
  readonly code: string | null;
  readonly bilingual: boolean;
  /** Slowest round trip of the runs. */
  readonly ms: number;
  /** Largest growth of the service's peak RSS over its settled RSS (MB), when measured. */
  readonly mb: number | null;
  /** Blobs that appeared during the request (must be none). */
  readonly stored: readonly string[];
  /** The refusal promise: code, status, both languages, nothing stored. */
  readonly refused: boolean;
  /** Within 1 s and 100 MB (always true where not measured). */
  readonly withinTargets: boolean;
}

export interface HostileOptions {
  readonly client: Client;
  readonly view: StorageView;
  readonly memory: MemoryProbe | null;
  readonly as?: string;
  /** The upload route (default POST /api/submissions; POST /api/structure takes the same files). */
  readonly path?: '/api/submissions' | '/api/structure';
  /** Measured sends per kind (default 1). */
  readonly runs?: number;
}

export async function sendHostile(file: CorpusFile, options: HostileOptions): Promise<HostileResult> {
  const { client, view, memory } = options;
  const expectedStatus = REFUSAL_CODES[file.code];
  let ms = 0;
  let mb: number | null = memory ? 0 : null;
  const stored = new Set<string>();
  let status = 0;
  let code: string | null = null;
  let twoLanguages = true;
  for (let run = 0; run < (options.runs ?? 1); run++) {
    const before = new Set(await view.all());
    const base = memory ? await memory.settle() : 0;
    const reply = await client.request('POST', options.path ?? '/api/submissions', {
      token: await client.token(options.as ?? 'coordinator:751'),
      headers: { 'content-type': XLSX_TYPE },
      body: file.bytes,
    });
    if (memory && mb !== null) mb = Math.max(mb, memory.peakMb() - base);
    ms = Math.max(ms, reply.ms);
    for (const name of await view.all()) if (!before.has(name)) stored.add(name);
    // Every run must be refused alike: a run that is not is the one reported.
    const runCode = errorOf(reply)?.code ?? null;
    if (run === 0 || reply.status !== expectedStatus || runCode !== file.code) {
      status = reply.status;
      code = runCode;
    }
    twoLanguages &&= bilingual(reply);
  }
  const refused = status === expectedStatus && code === file.code && twoLanguages && stored.size === 0;
  return {
    name: file.name,
    route: `POST ${options.path ?? '/api/submissions'}`,
    bytes: file.bytes.byteLength,
    expectedCode: file.code,
    expectedStatus,
    status,
    code,
    bilingual: twoLanguages,
    ms,
    mb,
    stored: [...stored],
    refused,
    withinTargets: ms < HOSTILE_TARGETS.ms && (mb === null || mb < HOSTILE_TARGETS.mb),
  };
}

export async function runHostile(
  files: readonly CorpusFile[],
  options: HostileOptions,
): Promise<HostileResult[]> {
  const out: HostileResult[] = [];
  for (const file of files) out.push(await sendHostile(file, options));
  return out;
}
