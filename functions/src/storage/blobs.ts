// The few blob operations the service needs, behind a small interface so that tests can put a
// fault at any step. Every write is conditional: `create` never overwrites, `replace` only succeeds
// against the ETag the caller read.

import {
  BlobServiceClient,
  RestError,
  type ContainerClient,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { StorageConfig } from '../config';
import { ManagedIdentityCredential } from './managedIdentity';

export interface StoredBlob {
  readonly body: Buffer;
  readonly etag: string;
}

export interface BlobStore {
  /** Writes the blob only if none has that name (If-None-Match: *). */
  create(name: string, body: Uint8Array, contentType: string): Promise<'created' | 'exists'>;
  /** The blob and its ETag, or null when there is none. */
  read(name: string): Promise<StoredBlob | null>;
  /**
   * Writes the blob if it is still the version the caller read (If-Match: etag), or, with etag
   * null, if there is none yet (If-None-Match: *). Returns the new ETag, or null when the condition
   * failed (someone else wrote in between).
   */
  replace(name: string, body: Uint8Array, contentType: string, etag: string | null): Promise<string | null>;
  /** Names of the blobs under a prefix. */
  list(prefix: string): Promise<string[]>;
  /** Throws StorageUnavailableError when storage cannot be reached. */
  ping(): Promise<void>;
}

/** Storage could not do what was asked (unreachable, throttled, failing). Callers answer 503. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`storage ${operation} failed`, options);
    this.name = 'StorageUnavailableError';
  }
}

function statusOf(err: unknown): number | undefined {
  return err instanceof RestError ? err.statusCode : undefined;
}

export class AzureBlobStore implements BlobStore {
  private ready: Promise<void> | null = null;

  constructor(private readonly container: ContainerClient) {}

  static fromConfig(config: StorageConfig): AzureBlobStore {
    const options: StoragePipelineOptions = {
      // Fail fast enough to answer 503 well within a client's patience; the caller retries.
      retryOptions: { maxTries: 3, tryTimeoutInMs: 15_000, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
    };
    const service =
      config.kind === 'connectionString'
        ? BlobServiceClient.fromConnectionString(config.connectionString, options)
        : new BlobServiceClient(config.accountUrl, new ManagedIdentityCredential(config.clientId), options);
    return new AzureBlobStore(service.getContainerClient(config.container));
  }

  /** Creates the container on first use; a failed attempt is tried again next time. */
  private ensureContainer(): Promise<void> {
    if (!this.ready) {
      this.ready = this.container.createIfNotExists().then(
        () => undefined,
        (err: unknown) => {
          this.ready = null;
          throw new StorageUnavailableError('create container', { cause: err });
        },
      );
    }
    return this.ready;
  }

  async create(name: string, body: Uint8Array, contentType: string): Promise<'created' | 'exists'> {
    await this.ensureContainer();
    try {
      await this.container.getBlockBlobClient(name).upload(body, body.byteLength, {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: contentType },
      });
      return 'created';
    } catch (err) {
      const status = statusOf(err);
      if (status === 409 || status === 412) return 'exists';
      throw new StorageUnavailableError('create', { cause: err });
    }
  }

  async read(name: string): Promise<StoredBlob | null> {
    await this.ensureContainer();
    try {
      const client = this.container.getBlobClient(name);
      const response = await client.download();
      const body = await streamToBuffer(response.readableStreamBody);
      if (!response.etag) throw new Error('no ETag on a downloaded blob');
      return { body, etag: response.etag };
    } catch (err) {
      if (statusOf(err) === 404) return null;
      throw new StorageUnavailableError('read', { cause: err });
    }
  }

  async replace(
    name: string,
    body: Uint8Array,
    contentType: string,
    etag: string | null,
  ): Promise<string | null> {
    await this.ensureContainer();
    try {
      const response = await this.container.getBlockBlobClient(name).upload(body, body.byteLength, {
        conditions: etag === null ? { ifNoneMatch: '*' } : { ifMatch: etag },
        blobHTTPHeaders: { blobContentType: contentType },
      });
      if (!response.etag) throw new Error('no ETag on an uploaded blob');
      return response.etag;
    } catch (err) {
      const status = statusOf(err);
      if (status === 409 || status === 412) return null;
      throw new StorageUnavailableError('replace', { cause: err });
    }
  }

  async list(prefix: string): Promise<string[]> {
    await this.ensureContainer();
    try {
      const names: string[] = [];
      for await (const item of this.container.listBlobsFlat({ prefix })) names.push(item.name);
      return names;
    } catch (err) {
      throw new StorageUnavailableError('list', { cause: err });
    }
  }

  async ping(): Promise<void> {
    await this.ensureContainer();
    try {
      await this.container.getProperties();
    } catch (err) {
      throw new StorageUnavailableError('ping', { cause: err });
    }
  }
}

async function streamToBuffer(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
