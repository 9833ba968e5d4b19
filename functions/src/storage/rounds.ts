// Rounds and reviews in blob storage.
//
//   rounds/{period}/round.json                                  the round; replaced under an ETag
//   rounds/{period}/changes/{at}-{random}.json                  each change, written once (audit)
//   submissions/{municipality}/{period}/{id}/review.json        the review of a submission, written once
//
// A review is written with If-None-Match: *, so of two leaders reviewing the same submission at once
// exactly one wins; the other reads the winner's review back and is told who got there first. A
// round is replaced only over the version the caller read (If-Match), so two leaders moving the
// deadline at once cannot silently undo each other; every change is also kept as its own blob.

import { randomBytes } from 'node:crypto';
import { reviewSchema, roundChangeSchema, roundSchema, type Review, type Round } from '../../../core/rounds';
import type { BlobStore } from './blobs';
import { CorruptRecordError, names as submissionNames, parseSubmissionId } from './submissions';

const JSON_TYPE = 'application/json; charset=utf-8';

export const roundNames = {
  round: (period: string) => `rounds/${period}/round.json`,
  change: (period: string, at: string) =>
    `rounds/${period}/changes/${at.replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}.json`,
  review: (submissionId: string): string | null => {
    const where = parseSubmissionId(submissionId);
    return where ? `${submissionNames.dir(where.municipality, where.period, submissionId)}review.json` : null;
  },
};

function encode(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

function decode<T>(name: string, body: Buffer, parse: (raw: unknown) => T): T {
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString('utf8'));
  } catch {
    throw new CorruptRecordError(name, 'not JSON');
  }
  try {
    return parse(raw);
  } catch (err) {
    throw new CorruptRecordError(name, err instanceof Error ? err.message.slice(0, 200) : 'invalid');
  }
}

export interface VersionedRound {
  readonly round: Round;
  readonly etag: string;
}

export type ReviewWrite =
  { readonly kind: 'created'; readonly review: Review } | { readonly kind: 'taken'; readonly review: Review };

export class RoundStore {
  constructor(private readonly blobs: BlobStore) {}

  async get(period: string): Promise<VersionedRound | null> {
    const name = roundNames.round(period);
    const blob = await this.blobs.read(name);
    if (!blob) return null;
    return { round: decode(name, blob.body, (raw) => roundSchema.parse(raw)), etag: blob.etag };
  }

  /** Every round stored, newest period first. */
  async list(): Promise<Round[]> {
    const found = (await this.blobs.list('rounds/')).filter((n) => /^rounds\/[^/]+\/round\.json$/.test(n));
    const rounds: Round[] = [];
    for (const name of found) {
      const period = name.split('/')[1] ?? '';
      const got = await this.get(period);
      if (got) rounds.push(got.round);
    }
    return rounds.sort((a, b) => b.period.localeCompare(a.period));
  }

  /**
   * Stores the round over the version read (etag; null: only if there is none yet) and keeps its
   * newest change as a blob of its own. Returns the new ETag, or null when someone else wrote first.
   */
  async put(round: Round, etag: string | null): Promise<string | null> {
    const checked = roundSchema.parse(round);
    const written = await this.blobs.replace(
      roundNames.round(checked.period),
      encode(checked),
      JSON_TYPE,
      etag,
    );
    if (written === null) return null;
    const change = roundChangeSchema.parse(checked.changes[checked.changes.length - 1]);
    await this.blobs.create(roundNames.change(checked.period, change.at), encode(change), JSON_TYPE);
    return written;
  }

  /** The changes kept one by one, oldest first (the audit trail beside the round's own list). */
  async changes(period: string): Promise<unknown[]> {
    const list = (await this.blobs.list(`rounds/${period}/changes/`)).sort();
    const out: unknown[] = [];
    for (const name of list) {
      const blob = await this.blobs.read(name);
      if (blob) out.push(decode(name, blob.body, (raw) => roundChangeSchema.parse(raw)));
    }
    return out;
  }

  /** Writes the review once; when another review is there already, returns that one. */
  async review(review: Review): Promise<ReviewWrite> {
    const checked = reviewSchema.parse(review);
    const name = roundNames.review(checked.submissionId);
    if (!name) throw new CorruptRecordError(checked.submissionId, 'not a submission id');
    if ((await this.blobs.create(name, encode(checked), JSON_TYPE)) === 'created') {
      return { kind: 'created', review: checked };
    }
    const existing = await this.reviewOf(checked.submissionId);
    if (!existing) throw new CorruptRecordError(name, 'exists but cannot be read');
    return { kind: 'taken', review: existing };
  }

  async reviewOf(submissionId: string): Promise<Review | null> {
    const name = roundNames.review(submissionId);
    if (!name) return null;
    const blob = await this.blobs.read(name);
    return blob ? decode(name, blob.body, (raw) => reviewSchema.parse(raw)) : null;
  }

  /** The reviews of a period's submissions, by submission id (one listing per municipality). */
  async reviews(period: string, municipalities: readonly string[]): Promise<Map<string, Review>> {
    const found = new Map<string, Review>();
    const queue = [...municipalities];
    const worker = async (): Promise<void> => {
      for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
        for (const name of await this.blobs.list(`submissions/${code}/${period}/`)) {
          const id = /^submissions\/\d{3}\/[^/]+\/([^/]+)\/review\.json$/.exec(name)?.[1];
          if (!id) continue;
          const review = await this.reviewOf(id);
          if (review) found.set(id, review);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return found;
  }
}
