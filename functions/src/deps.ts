// Everything a handler depends on, made in one place from the configuration. Tests build their own
// (Azurite, a fault-injecting blob store, an in-memory issuer) and hand them to the same handlers.

import type { Corrections } from '../../core/corrections';
import type { ColumnOverride } from '../../core/draft';
import type { StoredPlan } from '../../core/receipt';
import type { RememberedEntries } from '../../core/remembered';
import type { Roster } from '../../core/roster';
import type { Lang } from '../../core/spec';
import { Authorizer } from './auth/principal';
import { TokenVerifier, remoteKeys, type KeySource } from './auth/verify';
import { LocalIssuer } from './auth/localIssuer';
import type { Config } from './config';
import { AzureBlobStore, type BlobStore } from './storage/blobs';
import { RosterStore } from './storage/roster';
import { SubmissionRepository } from './storage/submissions';
import { RoundStore } from './storage/rounds';
import type { Round, StatusRow } from '../../core/rounds';
import type { Plan } from '../../core/schema';

import type { InspectOutcome, StructureOutcome } from './inspect/jobs';

export type { InspectOutcome, StructureOutcome };

/**
 * The plan core's inspectBytes: intake (rejects with RefusalError), structuring and validation;
 * in the service, run by the inspection pool off the request loop (./inspect/pool.ts).
 */
export type InspectFn = (
  bytes: Uint8Array,
  options: {
    readonly today?: string;
    readonly limits?: { readonly maxBytes?: number };
    /** The caller's municipality's remembered corrections (core/remembered.ts). */
    readonly remembered?: RememberedEntries;
    /** The upload's file name (a hint for the municipality and half-year: core/structure/cover.ts). */
    readonly fileName?: string;
  },
) => Promise<InspectOutcome>;

/** inspectBytes and then the workbook in the template layout (POST /api/structure), off the loop too. */
export type StructureFn = (
  bytes: Uint8Array,
  options: {
    readonly today?: string;
    readonly limits?: { readonly maxBytes?: number };
    readonly lang: Lang;
    readonly now: Date;
    readonly columnOverrides: readonly ColumnOverride[];
    readonly remembered?: RememberedEntries;
    /** The pane's corrections (core/corrections.ts), applied before validation and rendering. */
    readonly corrections?: Corrections;
    /** The upload's file name (a hint for the municipality and half-year). */
    readonly fileName?: string;
  },
) => Promise<StructureOutcome>;

/** Builds the leaders' summary workbook (workbook/summary), when it is part of this build. */
export type SummaryFn = (input: {
  readonly period: string;
  readonly lang: Lang;
  readonly plans: readonly StoredPlan[];
  readonly roster: Roster;
  readonly previous: readonly StoredPlan[];
  readonly now: Date;
  /** The period's round and its status list, when one is open. */
  readonly round?: { readonly round: Round; readonly rows: readonly StatusRow[] };
  /** Which submissions `plans` holds (default: the latest of each municipality). */
  readonly basis?: 'latest' | 'approved';
}) => Promise<Uint8Array>;

export interface Deps {
  readonly maxUploadBytes: number;
  /** The template versions submissions are accepted from (absent: every known version). */
  readonly acceptedTemplateVersions?: readonly string[];
  readonly blobs: BlobStore;
  readonly submissions: SubmissionRepository;
  readonly roster: RosterStore;
  readonly rounds: RoundStore;
  readonly auth: Authorizer;
  readonly inspect: InspectFn;
  readonly structure: StructureFn;
  readonly template: (lang: Lang) => Promise<Uint8Array>;
  /** A stored plan as a workbook in the template layout (a leader opens a submission to review it). */
  readonly planWorkbook: (plan: Plan, lang: Lang) => Promise<Uint8Array>;
  readonly summary?: SummaryFn;
  /** Ends what the dependencies started (the inspection pool's workers). */
  readonly close: () => Promise<void>;
  /** Present only in AUTH_MODE=local. */
  readonly localIssuer?: LocalIssuer;
  readonly now: () => Date;
  /** The day lateness is judged against (Danish date), YYYY-MM-DD. */
  readonly today: () => string;
  readonly version: string;
}

export interface DepsParts {
  readonly config: Config;
  readonly inspect: InspectFn;
  readonly structure: StructureFn;
  readonly close?: () => Promise<void>;
  readonly template: (lang: Lang) => Promise<Uint8Array>;
  readonly planWorkbook: (plan: Plan, lang: Lang) => Promise<Uint8Array>;
  readonly today: () => string;
  readonly version: string;
  readonly summary?: SummaryFn;
  readonly blobs?: BlobStore;
  readonly keys?: KeySource;
  readonly localIssuer?: LocalIssuer;
  readonly now?: () => Date;
}

export async function createDeps(parts: DepsParts): Promise<Deps> {
  const { config } = parts;
  const blobs = parts.blobs ?? AzureBlobStore.fromConfig(config.storage);
  const roster = new RosterStore(blobs, config.rosterCacheSeconds * 1000);
  const verifier = new TokenVerifier(config.auth, parts.keys ?? remoteKeys);
  const localIssuer =
    parts.localIssuer ??
    (config.auth.mode === 'local'
      ? await LocalIssuer.open(config.local.dataDir, config.local.baseUrl)
      : undefined);
  return {
    maxUploadBytes: config.maxUploadBytes,
    ...(config.acceptedTemplateVersions ? { acceptedTemplateVersions: config.acceptedTemplateVersions } : {}),
    blobs,
    submissions: new SubmissionRepository(blobs),
    roster,
    rounds: new RoundStore(blobs),
    auth: new Authorizer(verifier, roster, config.auth),
    inspect: parts.inspect,
    structure: parts.structure,
    close: parts.close ?? (() => Promise.resolve()),
    template: parts.template,
    planWorkbook: parts.planWorkbook,
    ...(parts.summary ? { summary: parts.summary } : {}),
    ...(localIssuer ? { localIssuer } : {}),
    now: parts.now ?? (() => new Date()),
    today: parts.today,
    version: parts.version,
  };
}
