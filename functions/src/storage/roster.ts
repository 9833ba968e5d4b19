// The roster in blob storage (roster/roster.json), zod-checked on every read and write. Replaced
// only under an ETag condition when the caller sends one, so two administrators editing at once
// cannot silently undo each other's change.

import { EMPTY_ROSTER, rosterSchema, rosterWriteSchema, type Roster } from '../../../core/roster';
import type { BlobStore } from './blobs';
import { CorruptRecordError } from './submissions';

export const ROSTER_BLOB = 'roster/roster.json';

export interface VersionedRoster {
  readonly roster: Roster;
  /** null when no roster is stored yet. */
  readonly etag: string | null;
}

export class RosterStore {
  private cached: { value: VersionedRoster; until: number } | null = null;

  constructor(
    private readonly blobs: BlobStore,
    private readonly cacheMs = 0,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(options: { fresh?: boolean } = {}): Promise<VersionedRoster> {
    if (!options.fresh && this.cached && this.cached.until > this.clock()) return this.cached.value;
    const blob = await this.blobs.read(ROSTER_BLOB);
    let value: VersionedRoster;
    if (!blob) {
      value = { roster: EMPTY_ROSTER, etag: null };
    } else {
      let raw: unknown;
      try {
        raw = JSON.parse(blob.body.toString('utf8'));
      } catch {
        throw new CorruptRecordError(ROSTER_BLOB, 'not JSON');
      }
      const parsed = rosterSchema.safeParse(raw);
      if (!parsed.success)
        throw new CorruptRecordError(ROSTER_BLOB, parsed.error.issues[0]?.message ?? 'invalid');
      value = { roster: parsed.data, etag: blob.etag };
    }
    this.cached = { value, until: this.clock() + this.cacheMs };
    return value;
  }

  /**
   * Stores the roster. With `ifMatch` the write succeeds only over that version ('*' is not
   * accepted: use null for "no roster yet"); without it, it replaces whatever is there. Returns the
   * new ETag, or null when the condition failed.
   */
  async put(roster: Roster, ifMatch?: string | null): Promise<string | null> {
    const body = Buffer.from(`${JSON.stringify(rosterWriteSchema.parse(roster), null, 2)}\n`, 'utf8');
    this.cached = null;
    if (ifMatch !== undefined)
      return this.blobs.replace(ROSTER_BLOB, body, 'application/json; charset=utf-8', ifMatch);
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.blobs.read(ROSTER_BLOB);
      const etag = await this.blobs.replace(
        ROSTER_BLOB,
        body,
        'application/json; charset=utf-8',
        current ? current.etag : null,
      );
      if (etag !== null) return etag;
    }
    return null;
  }
}
