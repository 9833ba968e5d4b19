// Storage faults on demand: a BlobStore wrapper whose rules can be changed while the service runs
// (from a test in the same process, or over IPC when the service is a child process). A rule makes
// matching operations fail as an outage does (StorageUnavailableError), report a failed condition as
// a concurrent writer does (replace → null), or wait before going on (slow storage).

import { StorageUnavailableError, type BlobStore, type StoredBlob } from '../../functions/src/storage/blobs';

export type BlobOp = 'create' | 'read' | 'replace' | 'list' | 'ping';

export interface FaultRule {
  /** fail: throw as when storage is unreachable · conflict: a conditional replace reports a change
   *  in between (only `replace`) · delay: wait `ms` before the operation. */
  readonly kind: 'fail' | 'conflict' | 'delay';
  /** Operations hit (all when absent). */
  readonly ops?: readonly BlobOp[];
  /** A regular expression source that the blob name (or the list prefix) must match. */
  readonly match?: string;
  /** How many times the rule fires before it stops (unbounded when absent). */
  readonly times?: number;
  /** delay only. */
  readonly ms?: number;
}

interface LiveRule {
  readonly rule: FaultRule;
  readonly pattern: RegExp | null;
  hits: number;
}

export class FaultableBlobs implements BlobStore {
  private rules: LiveRule[] = [];

  constructor(private readonly inner: BlobStore) {}

  /** Replaces the rules; returns nothing until the next operation sees them. */
  setRules(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({
      rule,
      pattern: rule.match === undefined ? null : new RegExp(rule.match),
      hits: 0,
    }));
  }

  /** How often each current rule fired, in the order given. */
  hits(): number[] {
    return this.rules.map((r) => r.hits);
  }

  private firing(kind: FaultRule['kind'], op: BlobOp, name: string): LiveRule | undefined {
    const live = this.rules.find(
      (r) =>
        r.rule.kind === kind &&
        (r.rule.ops === undefined || r.rule.ops.includes(op)) &&
        (r.pattern === null || r.pattern.test(name)) &&
        (r.rule.times === undefined || r.hits < r.rule.times),
    );
    if (live) live.hits++;
    return live;
  }

  private async before(op: BlobOp, name: string): Promise<void> {
    const delay = this.firing('delay', op, name);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.rule.ms ?? 0));
    if (this.firing('fail', op, name)) throw new StorageUnavailableError(`${op} (injected fault)`);
  }

  async create(name: string, body: Uint8Array, contentType: string): Promise<'created' | 'exists'> {
    await this.before('create', name);
    return this.inner.create(name, body, contentType);
  }

  async read(name: string): Promise<StoredBlob | null> {
    await this.before('read', name);
    return this.inner.read(name);
  }

  async replace(
    name: string,
    body: Uint8Array,
    contentType: string,
    etag: string | null,
  ): Promise<string | null> {
    await this.before('replace', name);
    if (this.firing('conflict', 'replace', name)) return null;
    return this.inner.replace(name, body, contentType, etag);
  }

  async list(prefix: string): Promise<string[]> {
    await this.before('list', prefix);
    return this.inner.list(prefix);
  }

  async ping(): Promise<void> {
    await this.before('ping', '');
    return this.inner.ping();
  }
}
