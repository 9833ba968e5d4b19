// Azurite's blob service in this process (its BlobServer deep import), for `npm start`, the tests and
// the benchmark: no child process, no port to agree on (port 0 takes a free one), no telemetry.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The well-known Azurite development account (public, documented, not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

interface AzuriteServer {
  start(): Promise<void>;
  close(): Promise<void>;
  clean?(): Promise<void>;
  getHttpServerAddress(): string;
}

type BlobConfigurationCtor = new (
  host?: string,
  port?: number,
  keepAliveTimeout?: number,
  metadataDBPath?: string,
  extentDBPath?: string,
  persistencePathArray?: { locationId: string; locationPath: string; maxConcurrency: number }[],
  enableAccessLog?: boolean,
  accessLogWriteStream?: unknown,
  enableDebugLog?: boolean,
  debugLogFilePath?: string,
  loose?: boolean,
  skipApiVersionCheck?: boolean,
  cert?: string,
  key?: string,
  pwd?: string,
  oauth?: string,
  disableProductStyleUrl?: boolean,
  isMemoryPersistence?: boolean,
) => object;
type BlobServerCtor = new (configuration: object) => AzuriteServer;

export interface RunningAzurite {
  readonly url: string;
  readonly connectionString: string;
  close(): Promise<void>;
}

export interface AzuriteOptions {
  /** Folder for Azurite's data; omit to keep everything in memory. */
  readonly location?: string;
  readonly host?: string;
  /** 0 (default) takes a free port. */
  readonly port?: number;
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  /* eslint-disable @typescript-eslint/no-require-imports -- Azurite ships no types for its deep modules */
  const config = require('azurite/dist/src/blob/BlobConfiguration') as { default: BlobConfigurationCtor };
  const server = require('azurite/dist/src/blob/BlobServer') as { default: BlobServerCtor };
  const telemetry = require('azurite/dist/src/common/Telemetry') as {
    AzuriteTelemetryClient: { init(location: string, enable: boolean, env: unknown): void };
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  // --disableTelemetry: the in-process server never starts telemetry; make sure of it.
  telemetry.AzuriteTelemetryClient.init('', false, undefined);
  const memory = options.location === undefined;
  if (options.location) mkdirSync(options.location, { recursive: true });
  const at = (file: string): string => (options.location ? join(options.location, file) : file);
  const configuration = new config.default(
    options.host ?? '127.0.0.1',
    options.port ?? 0,
    undefined,
    at('__azurite_db_blob__.json'),
    at('__azurite_db_blob_extent__.json'),
    [{ locationId: 'Default', locationPath: at('__blobstorage__'), maxConcurrency: 10 }],
    false, // access log
    undefined,
    false, // debug log
    undefined,
    false, // loose
    true, // --skipApiVersionCheck: the SDK may be newer than the emulator
    '',
    '',
    '',
    undefined,
    false,
    memory,
  );
  const blob = new server.default(configuration);
  await blob.start();
  const url = `${blob.getHttpServerAddress()}/${AZURITE_ACCOUNT}`;
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `BlobEndpoint=${url};`;
  return {
    url,
    connectionString,
    close: async () => {
      await blob.close();
      if (memory && blob.clean) await blob.clean();
    },
  };
}
