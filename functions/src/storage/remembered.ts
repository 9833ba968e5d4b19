// A municipality's remembered corrections in blob storage, kept like submissions: every saved set is
// a version written once (If-None-Match: *) with its audit record (who, when, how large, which
// version it replaced), and a `latest` pointer is moved to it under an ETag condition, so two
// coordinators saving at once cannot silently undo each other (the second gets 409).
//
//   corrections/{municipality}/versions/{id}.json   the set and its audit, write-once
//   corrections/{municipality}/latest.json          { versionId, savedAt }: the set in force
//
// Nothing stored carries a CPR number: the set is schema-checked (rememberedSchema refuses one) and
// a display name that holds one is not recorded.

import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RememberedEntries } from '../../../core/remembered';
import { rememberedSchema } from '../../../core/remembered-schema';
import { holdsCpr } from '../../../core/redact';
import type { BlobStore } from './blobs';
import { CorruptRecordError } from './submissions';

const JSON_TYPE = 'application/json; charset=utf-8';

/** e.g. 20261115T101112345Z-3f9a0c2b71de: time first, so versions sort by time saved. */
export const VERSION_ID = /^\d{8}T\d{9}Z-[0-9a-f]{12}$/;
const MUNICIPALITY = /^\d{3}$/;

export const rememberedNames = {
  version: (m: string, id: string) => `corrections/${m}/versions/${id}.json`,
  versions: (m: string) => `corrections/${m}/versions/`,
  latest: (m: string) => `corrections/${m}/latest.json`,
};

export const auditSchema = z
  .object({
    /** The signed-in user (tenant and object id from the token, as in the roster). */
    by: z.object({ tenantId: z.string(), objectId: z.string(), name: z.string().optional() }).strict(),
    role: z.enum(['coordinator', 'leader', 'admin']),
    at: z.string().datetime(),
    /** Size of the request body in bytes. */
    bytes: z.number().int().nonnegative(),
    entries: z.object({ columns: z.number(), values: z.number(), labels: z.number() }).strict(),
    /** The version this one replaced (null for the first). */
    previous: z.string().regex(VERSION_ID).nullable(),
  })
  .strict();
export type Audit = z.infer<typeof auditSchema>;

export const versionRecordSchema = z
  .object({
    versionId: z.string().regex(VERSION_ID),
    municipality: z.string().regex(MUNICIPALITY),
    remembered: rememberedSchema,
    audit: auditSchema,
  })
  .strict();
export type VersionRecord = z.infer<typeof versionRecordSchema>;

const latestSchema = z
  .object({ versionId: z.string().regex(VERSION_ID), savedAt: z.string().datetime() })
  .strict();

export interface CurrentRemembered {
  /** null when the municipality has saved nothing yet. */
  readonly record: VersionRecord | null;
  /** The ETag of the latest pointer; null when there is none. */
  readonly etag: string | null;
}

export interface SaveInput {
  readonly municipality: string;
  readonly remembered: RememberedEntries;
  readonly by: { readonly tenantId: string; readonly objectId: string; readonly name?: string };
  readonly role: Audit['role'];
  readonly bytes: number;
  readonly now: Date;
  /** The ETag the caller read (If-Match); null for "nothing saved yet"; undefined: not sent. */
  readonly ifMatch?: string | null;
}

export class RememberedStore {
  constructor(private readonly blobs: BlobStore) {}

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

  async current(municipality: string): Promise<CurrentRemembered> {
    const latest = await this.readJson(rememberedNames.latest(municipality), latestSchema);
    if (!latest) return { record: null, etag: null };
    const version = await this.readJson(
      rememberedNames.version(municipality, latest.value.versionId),
      versionRecordSchema,
    );
    if (!version) {
      throw new CorruptRecordError(rememberedNames.latest(municipality), 'points to a missing version');
    }
    return { record: version.value, etag: latest.etag };
  }

  /**
   * Saves a new version and makes it the latest. Returns 'changed' when the latest moved since the
   * caller read it (If-Match did not match, or another save won the race); the version written
   * then stays as an audit of the attempt but is never in force.
   */
  async save(input: SaveInput): Promise<{ record: VersionRecord; etag: string } | 'changed'> {
    const { municipality } = input;
    const before = await this.current(municipality);
    if (input.ifMatch !== undefined && input.ifMatch !== before.etag) return 'changed';
    const remembered = rememberedSchema.parse(input.remembered);
    const name = input.by.name && !holdsCpr(input.by.name) ? input.by.name.slice(0, 200) : undefined;
    const audit: Audit = {
      by: { tenantId: input.by.tenantId, objectId: input.by.objectId, ...(name ? { name } : {}) },
      role: input.role,
      at: input.now.toISOString(),
      bytes: input.bytes,
      entries: {
        columns: remembered.columns.length,
        values: remembered.values.length,
        labels: remembered.labels.length,
      },
      previous: before.record?.versionId ?? null,
    };
    let record: VersionRecord | undefined;
    for (let attempt = 0; attempt < 5 && !record; attempt++) {
      const versionId = `${input.now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(6).toString('hex')}`;
      const candidate = versionRecordSchema.parse({ versionId, municipality, remembered, audit });
      const outcome = await this.blobs.create(
        rememberedNames.version(municipality, versionId),
        Buffer.from(JSON.stringify(candidate), 'utf8'),
        JSON_TYPE,
      );
      if (outcome === 'created') record = candidate;
    }
    if (!record) throw new Error('could not name a new corrections version');
    const pointer = Buffer.from(JSON.stringify({ versionId: record.versionId, savedAt: audit.at }), 'utf8');
    const etag = await this.blobs.replace(
      rememberedNames.latest(municipality),
      pointer,
      JSON_TYPE,
      before.etag,
    );
    if (etag === null) return 'changed';
    return { record, etag };
  }

  /** Every saved version of a municipality with its audit, oldest first. */
  async versions(municipality: string): Promise<VersionRecord[]> {
    const names = (await this.blobs.list(rememberedNames.versions(municipality))).sort();
    const out: VersionRecord[] = [];
    for (const name of names) {
      const v = await this.readJson(name, versionRecordSchema);
      if (v) out.push(v.value);
    }
    return out;
  }
}
