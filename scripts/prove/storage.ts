// Storage seen from outside the service, straight from Azurite: every container and blob (to show
// that a refused file left nothing behind), and the invariants that make "nothing half-submitted is
// ever visible" checkable: every receipt has its original and plan beside it, every latest record
// points at a committed submission with the same hash, nothing is committed without a claim.

import { BlobServiceClient } from '@azure/storage-blob';
import { latestSchema, SUBMISSION_ID } from '../../functions/src/storage/submissions';
import { receiptSchema } from '../../core/receipt';

export class StorageView {
  private readonly service: BlobServiceClient;

  constructor(
    connectionString: string,
    readonly container: string,
  ) {
    this.service = BlobServiceClient.fromConnectionString(connectionString, {
      retryOptions: { maxTries: 2, retryDelayInMs: 100, tryTimeoutInMs: 10_000 },
    });
  }

  /** Every blob of every container, as "container/name". */
  async all(): Promise<string[]> {
    const out: string[] = [];
    for await (const c of this.service.listContainers()) {
      for await (const b of this.service.getContainerClient(c.name).listBlobsFlat())
        out.push(`${c.name}/${b.name}`);
    }
    return out.sort();
  }

  /** Blob names in the service's container under a prefix. */
  async list(prefix = ''): Promise<string[]> {
    const out: string[] = [];
    const container = this.service.getContainerClient(this.container);
    if (!(await container.exists())) return out;
    for await (const b of container.listBlobsFlat({ prefix })) out.push(b.name);
    return out.sort();
  }

  async read(name: string): Promise<Buffer | null> {
    const blob = this.service.getContainerClient(this.container).getBlobClient(name);
    try {
      return await blob.downloadToBuffer();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return null;
      throw err;
    }
  }

  /** A blob of any container, by the "container/name" that all() lists. */
  async readAny(path: string): Promise<Buffer | null> {
    const at = path.indexOf('/');
    const blob = this.service.getContainerClient(path.slice(0, at)).getBlobClient(path.slice(at + 1));
    try {
      return await blob.downloadToBuffer();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return null;
      throw err;
    }
  }

  async readJson(name: string): Promise<unknown> {
    const body = await this.read(name);
    return body === null ? null : (JSON.parse(body.toString('utf8')) as unknown);
  }
}

export interface Integrity {
  readonly receipts: number;
  /** Everything that breaks "nothing half-submitted is ever visible"; empty when all is well. */
  readonly problems: string[];
}

/**
 * Checks every committed submission and every latest record in storage. A receipt is the commit
 * marker: it must have its original and plan beside it, the right municipality and period, and a
 * claim for its bytes; a latest record must point at a committed receipt of the same hash.
 */
export async function checkIntegrity(view: StorageView): Promise<Integrity> {
  const names = await view.list();
  const present = new Set(names);
  const problems: string[] = [];
  let receipts = 0;
  for (const name of names) {
    const m = /^submissions\/(\d{3})\/(\d{4}-H[12])\/([^/]+)\/receipt\.json$/.exec(name);
    if (!m) continue;
    receipts++;
    const [, code, period, id] = m as unknown as [string, string, string, string];
    const dir = `submissions/${code}/${period}/${id}/`;
    for (const part of ['original.xlsx', 'plan.json']) {
      if (!present.has(dir + part)) problems.push(`${dir}: receipt without ${part}`);
    }
    const parsed = receiptSchema.safeParse(await view.readJson(name));
    if (!parsed.success) {
      problems.push(`${name}: not a receipt`);
      continue;
    }
    const r = parsed.data;
    if (r.submissionId !== id || r.municipality.code !== code || r.period !== period)
      problems.push(`${name}: receipt names ${r.submissionId} ${r.municipality.code} ${r.period}`);
    if (!present.has(`dedupe/${code}/${period}/${r.sha256}.json`))
      problems.push(`${name}: no claim for its bytes`);
  }
  for (const name of names) {
    const m = /^latest\/(\d{4}-H[12])\/(\d{3})\.json$/.exec(name);
    if (!m) continue;
    const [, period, code] = m as unknown as [string, string, string];
    const parsed = latestSchema.safeParse(await view.readJson(name));
    if (!parsed.success) {
      problems.push(`${name}: not a latest record`);
      continue;
    }
    const id = parsed.data.submissionId;
    const receiptName = `submissions/${code}/${period}/${id}/receipt.json`;
    if (!SUBMISSION_ID.test(id) || !present.has(receiptName)) {
      problems.push(`${name}: points at ${id}, which is not committed`);
      continue;
    }
    const receipt = receiptSchema.safeParse(await view.readJson(receiptName));
    if (receipt.success && receipt.data.sha256 !== parsed.data.sha256)
      problems.push(`${name}: hash differs from its receipt's`);
  }
  return { receipts, problems };
}
