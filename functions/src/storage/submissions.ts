// Submissions in blob storage, written so that nothing is ever lost and nothing half-written is
// ever seen.
//
//   dedupe/{municipality}/{period}/{sha256}.json          claim: the id given to these bytes
//   idempotency/{sha256(tenant, user, key)}.json          Idempotency-Key → bytes and id
//   submissions/{municipality}/{period}/{id}/original.xlsx
//   submissions/{municipality}/{period}/{id}/plan.json
//   submissions/{municipality}/{period}/{id}/receipt.json commit marker, written last
//   submissions/{municipality}/{period}/{id}/notes/{time}-{random}.json  a later note on the
//                                                         same canonical plan (written once each)
//   latest/{period}/{municipality}.json                   the newest committed submission
//
// Every blob but `latest` is written once (If-None-Match: *), so a retry can never overwrite. A
// submission exists for readers only when its receipt exists, and the receipt is written after the
// original and the plan, so a failure at any step leaves nothing visible. The claim makes a retry of
// the same bytes continue the same submission (same id) instead of starting another. `latest` only
// moves forward: it is replaced under an ETag condition and only by a newer id.

import { XLSX_MEDIA_TYPE } from '../../../core/contract';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { KOMMUNER } from '../../../core/kommuner';
import type { Plan } from '../../../core/schema';
import { planReadSchema } from '../../../core/migrate';
import { receiptSchema, type Receipt, type StoredPlan } from '../../../core/receipt';
import { StorageUnavailableError, type BlobStore } from './blobs';

export const XLSX_TYPE = XLSX_MEDIA_TYPE;
const JSON_TYPE = 'application/json; charset=utf-8';

/** e.g. 20261115T101112345Z-751-2026-H2-3f9a0c2b71de: time first, so ids sort by time received. */
export const SUBMISSION_ID = /^(\d{8}T\d{9}Z)-(\d{3})-(\d{4}-H[12])-([0-9a-f]{12})$/;

export function newSubmissionId(receivedAt: Date, municipality: string, period: string): string {
  const stamp = receivedAt.toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${municipality}-${period}-${randomBytes(6).toString('hex')}`;
}

/** When a submission was received, from its id (the id begins with the receipt's receivedAt). */
export function receivedAtOfId(id: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
}

export function parseSubmissionId(id: string): { municipality: string; period: string } | null {
  const m = SUBMISSION_ID.exec(id);
  return m && m[2] && m[3] ? { municipality: m[2], period: m[3] } : null;
}

export const names = {
  dir: (municipality: string, period: string, id: string) => `submissions/${municipality}/${period}/${id}/`,
  original: (m: string, p: string, id: string) => `${names.dir(m, p, id)}original.xlsx`,
  plan: (m: string, p: string, id: string) => `${names.dir(m, p, id)}plan.json`,
  receipt: (m: string, p: string, id: string) => `${names.dir(m, p, id)}receipt.json`,
  claim: (m: string, p: string, sha256: string) => `dedupe/${m}/${p}/${sha256}.json`,
  latest: (p: string, m: string) => `latest/${p}/${m}.json`,
  idempotency: (keyHash: string) => `idempotency/${keyHash}.json`,
  notes: (m: string, p: string, id: string) => `${names.dir(m, p, id)}notes/`,
};

const noteSchema = z.object({
  note: z.string().max(1000),
  at: z.string().datetime(),
  by: z.string().optional(),
});
export type LaterNote = z.infer<typeof noteSchema>;

/** JSON with object keys sorted: equal for equal values whatever order their keys were made in. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const claimSchema = z.object({
  submissionId: z.string().regex(SUBMISSION_ID),
  receivedAt: z.string().datetime(),
});
type Claim = z.infer<typeof claimSchema>;

export const latestSchema = z.object({
  submissionId: z.string().regex(SUBMISSION_ID),
  receivedAt: z.string().datetime(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LatestRecord = z.infer<typeof latestSchema>;

const idempotencySchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  submissionId: z.string().regex(SUBMISSION_ID),
});

/** Stored JSON that does not match its schema: a bug or tampering, never a user's fault. */
export class CorruptRecordError extends Error {
  constructor(name: string, detail: string) {
    super(`stored record ${name} does not match its schema: ${detail}`);
    this.name = 'CorruptRecordError';
  }
}

/** An Idempotency-Key that was used before for other bytes. */
export class IdempotencyMismatchError extends Error {
  constructor() {
    super('Idempotency-Key reused for other bytes');
    this.name = 'IdempotencyMismatchError';
  }
}

export function hashIdempotencyKey(tenantId: string, objectId: string, key: string): string {
  return createHash('sha256')
    .update(`${tenantId.toLowerCase()}\n${objectId.toLowerCase()}\n${key}`)
    .digest('hex');
}

export interface CommitInput {
  readonly municipality: string;
  readonly period: string;
  readonly sha256: string;
  readonly original: Uint8Array;
  readonly plan: Plan;
  /** Builds the receipt once the id and time of receipt are known. */
  readonly receipt: (submissionId: string, receivedAt: string) => Receipt;
  readonly now: Date;
  /** Hash of the caller's Idempotency-Key (hashIdempotencyKey), when one was sent. */
  readonly idempotencyKeyHash?: string;
}

export interface CommitResult {
  readonly receipt: Receipt;
  /** False when the receipt already existed (same bytes sent again): the caller answers 200. */
  readonly created: boolean;
  /** Milliseconds spent in each storage step. */
  readonly steps: Readonly<Record<'claim' | 'files' | 'receipt' | 'latest', number>>;
}

export interface RepositoryOptions {
  readonly latestAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const encode = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

export class SubmissionRepository {
  private readonly latestAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly blobs: BlobStore,
    options: RepositoryOptions = {},
  ) {
    this.latestAttempts = options.latestAttempts ?? 40;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  private async readJson<T>(name: string, schema: z.ZodType<T>): Promise<{ value: T; etag: string } | null> {
    const blob = await this.blobs.read(name);
    if (!blob) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(blob.body.toString('utf8'));
    } catch {
      throw new CorruptRecordError(name, 'not JSON');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new CorruptRecordError(name, parsed.error.issues[0]?.message ?? 'invalid');
    return { value: parsed.data, etag: blob.etag };
  }

  /** Writes once; if it was already there, reads back what is stored (a concurrent or earlier writer). */
  private async createOrRead<T>(
    name: string,
    value: T,
    schema: z.ZodType<T>,
  ): Promise<{ value: T; created: boolean }> {
    const outcome = await this.blobs.create(name, encode(value), JSON_TYPE);
    if (outcome === 'created') return { value, created: true };
    const stored = await this.readJson(name, schema);
    if (!stored) throw new StorageUnavailableError(`read back ${name.split('/')[0] ?? ''}`);
    return { value: stored.value, created: false };
  }

  /**
   * An earlier submission by the same caller with the same Idempotency-Key: its receipt when that
   * submission is complete, null when there is none (or it did not complete: the caller goes on and
   * completes it). Throws IdempotencyMismatchError when the key was used for other bytes.
   */
  async replay(keyHash: string, sha256: string): Promise<Receipt | null> {
    const record = await this.readJson(names.idempotency(keyHash), idempotencySchema);
    if (!record) return null;
    if (record.value.sha256 !== sha256) throw new IdempotencyMismatchError();
    return this.receipt(record.value.submissionId);
  }

  async commit(input: CommitInput): Promise<CommitResult> {
    const { municipality: m, period: p } = input;
    const steps = { claim: 0, files: 0, receipt: 0, latest: 0 };
    let t = performance.now();
    const lap = (step: keyof typeof steps): void => {
      const now = performance.now();
      steps[step] += now - t;
      t = now;
    };

    // 1. Claim an id for these bytes, or find the id an earlier attempt claimed.
    const fresh: Claim = {
      submissionId: newSubmissionId(input.now, m, p),
      receivedAt: input.now.toISOString(),
    };
    const claimed = await this.createOrRead(names.claim(m, p, input.sha256), fresh, claimSchema);
    const claim = claimed.value;
    const id = claim.submissionId;
    if (input.idempotencyKeyHash) {
      const record = await this.createOrRead(
        names.idempotency(input.idempotencyKeyHash),
        { sha256: input.sha256, submissionId: id },
        idempotencySchema,
      );
      if (record.value.sha256 !== input.sha256) throw new IdempotencyMismatchError();
    }
    const receiptName = names.receipt(m, p, id);
    // A claim made just now has no receipt yet; an earlier one may have been completed.
    const committed = claimed.created ? null : await this.readJson(receiptName, receiptSchema);
    lap('claim');
    if (committed) {
      // Sent before and complete: make sure latest has seen it (a failure there is retried here).
      await this.advanceLatest(committed.value);
      lap('latest');
      return { receipt: committed.value, created: false, steps };
    }

    // 2. The original file and the canonical plan, side by side. Written once; an earlier attempt's
    // copy is the same bytes (the claim is keyed by their hash) and the same plan (made from them).
    await Promise.all([
      this.blobs.create(names.original(m, p, id), input.original, XLSX_TYPE),
      this.blobs.create(names.plan(m, p, id), encode(input.plan), JSON_TYPE),
    ]);
    lap('files');

    // 3. The receipt: the commit marker. From here on the submission is visible and complete.
    const receipt = receiptSchema.parse(input.receipt(id, claim.receivedAt));
    const written = await this.createOrRead(receiptName, receipt, receiptSchema);
    lap('receipt');

    // 4. Move latest forward.
    await this.advanceLatest(written.value);
    lap('latest');
    return { receipt: written.value, created: written.created, steps };
  }

  /** Points latest/{period}/{municipality} at this submission unless a newer one is there already. */
  async advanceLatest(receipt: Receipt): Promise<void> {
    const name = names.latest(receipt.period, receipt.municipality.code);
    const record: LatestRecord = {
      submissionId: receipt.submissionId,
      receivedAt: receipt.receivedAt,
      sha256: receipt.sha256,
    };
    for (let attempt = 0; attempt < this.latestAttempts; attempt++) {
      const current = await this.readJson(name, latestSchema);
      if (current && current.value.submissionId >= record.submissionId) return;
      const etag = await this.blobs.replace(name, encode(record), JSON_TYPE, current ? current.etag : null);
      if (etag !== null) return;
      // Someone else moved it in between: read again and decide again.
      await this.sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
    throw new StorageUnavailableError('update latest (too much contention)');
  }

  /**
   * The municipality's latest submission for the plan's period when its canonical plan equals this
   * one (a resubmission that changed nothing of the plan: a re-save, the receipt written into the
   * cover sheet), else null.
   */
  async unchangedLatest(plan: Plan): Promise<Receipt | null> {
    const latest = await this.readJson(names.latest(plan.period, plan.municipality.code), latestSchema);
    if (!latest) return null;
    const stored = await this.plan(latest.value.submissionId);
    // Both as read today (migrated to the current template), so that versions compare like for like.
    if (!stored || sortedJson(stored) !== sortedJson(planReadSchema.parse(plan))) return null;
    return this.receipt(latest.value.submissionId);
  }

  /**
   * Records that an Idempotency-Key's request (these bytes) was answered with an existing
   * submission, so that a retry replays it. Throws IdempotencyMismatchError when the key was used
   * for other bytes.
   */
  async rememberKey(keyHash: string, sha256: string, submissionId: string): Promise<void> {
    const record = await this.createOrRead(
      names.idempotency(keyHash),
      { sha256, submissionId },
      idempotencySchema,
    );
    if (record.value.sha256 !== sha256) throw new IdempotencyMismatchError();
  }

  /** Keeps a later note on a committed submission (written once, beside its receipt). */
  async addNote(receipt: Receipt, note: LaterNote): Promise<Receipt> {
    const { code } = receipt.municipality;
    const stamp = note.at.replace(/[-:.]/g, '');
    const name = `${names.notes(code, receipt.period, receipt.submissionId)}${stamp}-${randomBytes(4).toString('hex')}.json`;
    await this.blobs.create(name, encode(noteSchema.parse(note)), JSON_TYPE);
    return this.withNotes(receipt);
  }

  /**
   * The receipt as readers see it: with the notes sent later for the same plan (`notes`, oldest
   * first) and the newest of them as its `note`. `listed` is a listing that already holds the
   * submission's note blobs (history reads one listing for all), else they are listed here.
   */
  async withNotes(receipt: Receipt, listed?: readonly string[]): Promise<Receipt> {
    const prefix = names.notes(receipt.municipality.code, receipt.period, receipt.submissionId);
    const blobs = (listed ?? (await this.blobs.list(prefix))).filter((n) => n.startsWith(prefix)).sort();
    if (blobs.length === 0) return receipt;
    const notes = (await mapLimit(blobs, 8, (n) => this.readJson(n, noteSchema)))
      .filter((n): n is { value: LaterNote; etag: string } => n !== null)
      .map((n) => n.value);
    const newest = notes[notes.length - 1];
    return newest ? { ...receipt, note: newest.note, notes } : receipt;
  }

  /** A committed submission's receipt, or null. */
  async receipt(id: string): Promise<Receipt | null> {
    const where = parseSubmissionId(id);
    if (!where) return null;
    const stored = await this.readJson(names.receipt(where.municipality, where.period, id), receiptSchema);
    return stored ? stored.value : null;
  }

  /** A committed submission's canonical plan, or null (also while it is not yet committed). */
  async plan(id: string): Promise<Plan | null> {
    const where = parseSubmissionId(id);
    if (!where) return null;
    if (!(await this.receipt(id))) return null;
    // Migrated on read (core/migrate.ts): a plan stored from an older template comes back in the
    // current shape; the stored blob is never rewritten.
    const stored = await this.readJson(names.plan(where.municipality, where.period, id), planReadSchema);
    if (!stored) throw new CorruptRecordError(id, 'committed without a plan');
    return stored.value;
  }

  /** A committed submission's original file, or null. */
  async original(id: string): Promise<Buffer | null> {
    const where = parseSubmissionId(id);
    if (!where || !(await this.receipt(id))) return null;
    const blob = await this.blobs.read(names.original(where.municipality, where.period, id));
    return blob ? blob.body : null;
  }

  /**
   * One listing of a municipality's submissions in a period: the committed ones (a receipt written),
   * oldest first, and which of them have a review beside them. Nothing is read but the listing.
   */
  async periodIndex(
    municipality: string,
    period: string,
  ): Promise<{ committed: string[]; reviewed: Set<string> }> {
    const committed: string[] = [];
    const reviewed = new Set<string>();
    for (const name of await this.blobs.list(`submissions/${municipality}/${period}/`)) {
      const m = /^submissions\/\d{3}\/[^/]+\/([^/]+)\/(receipt|review)\.json$/.exec(name);
      if (!m?.[1] || !SUBMISSION_ID.test(m[1])) continue;
      if (m[2] === 'receipt') committed.push(m[1]);
      else reviewed.add(m[1]);
    }
    committed.sort();
    return { committed, reviewed };
  }

  /** Committed submissions, newest first. */
  async history(filter: { municipality?: string; period?: string }): Promise<Receipt[]> {
    const prefix = filter.municipality
      ? `submissions/${filter.municipality}/${filter.period ? `${filter.period}/` : ''}`
      : 'submissions/';
    const listed = await this.blobs.list(prefix);
    const receipts = listed.filter(
      (n) => n.endsWith('/receipt.json') && (!filter.period || n.split('/')[2] === filter.period),
    );
    const noted = listed.filter((n) => n.includes('/notes/'));
    const read = await mapLimit(receipts, 16, async (name) => {
      const stored = await this.readJson(name, receiptSchema);
      return stored ? this.withNotes(stored.value, noted) : null;
    });
    return read
      .filter((r): r is Receipt => r !== null)
      .sort((a, b) => (a.submissionId < b.submissionId ? 1 : a.submissionId > b.submissionId ? -1 : 0));
  }

  /** The latest record of every municipality that submitted for a period. */
  async latest(period: string): Promise<Map<string, LatestRecord>> {
    const found = new Map<string, LatestRecord>();
    const list = await this.blobs.list(`latest/${period}/`);
    await mapLimit(list, 16, async (name) => {
      const stored = await this.readJson(name, latestSchema);
      const code = /\/(\d{3})\.json$/.exec(name)?.[1];
      if (stored && code) found.set(code, stored.value);
    });
    return found;
  }

  /**
   * Moves latest forward for every municipality whose newest committed receipt in the period is
   * newer than its latest record: the repair for a submission whose latest update failed after its
   * receipt was written (the caller got 503) and that was never sent again.
   */
  async reconcileLatest(period: string): Promise<void> {
    // One listing per municipality and this period (submissions/{code}/{period}/): the work stays
    // bounded by one half-year's submissions, however many years the store holds.
    const newest = new Map<string, string>();
    await mapLimit(KOMMUNER, 16, async ({ code }) => {
      for (const name of await this.blobs.list(`submissions/${code}/${period}/`)) {
        const m = /^submissions\/(\d{3})\/([^/]+)\/([^/]+)\/receipt\.json$/.exec(name);
        if (!m?.[1] || m[2] !== period || !m[3]) continue;
        if ((newest.get(m[1]) ?? '') < m[3]) newest.set(m[1], m[3]);
      }
    });
    const latest = await this.latest(period);
    const lagging = [...newest].filter(([code, id]) => (latest.get(code)?.submissionId ?? '') < id);
    await mapLimit(lagging, 8, async ([, id]) => {
      const receipt = await this.receipt(id);
      if (receipt) await this.advanceLatest(receipt);
    });
  }

  /** The latest committed plan of every municipality for a period, as the summary reads them. */
  async latestPlans(period: string): Promise<StoredPlan[]> {
    await this.reconcileLatest(period);
    const latest = [...(await this.latest(period)).values()];
    const plans = await mapLimit(latest, 16, async (record): Promise<StoredPlan | null> => {
      const receipt = await this.receipt(record.submissionId);
      const plan = await this.plan(record.submissionId);
      return receipt && plan ? { receipt, plan } : null;
    });
    return plans
      .filter((p): p is StoredPlan => p !== null)
      .sort((a, b) => a.receipt.municipality.code.localeCompare(b.receipt.municipality.code));
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
