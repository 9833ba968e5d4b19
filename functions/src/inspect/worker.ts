// The entry of an inspection worker thread (see ./pool.ts): takes one job at a time from the pool,
// answers with its result, a refusal or a failure. Bundled as inspect-worker.js beside the service's
// own bundle (functions/build.ts); run from the TypeScript source through tsx otherwise.

import { parentPort } from 'node:worker_threads';
import { jobSchema, runJob } from './jobs';
import { warmUp } from './warm';

const port = parentPort;
if (!port) throw new Error('functions/src/inspect/worker.ts runs only as a worker thread');

port.on('message', (raw: unknown) => {
  const parsed = jobSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? Number(raw.id) : -1;
    port.postMessage({ kind: 'failed', id, name: 'JobInvalid', message: parsed.error.message.slice(0, 300) });
    return;
  }
  void runJob(parsed.data).then(({ reply, transfer }) => port.postMessage(reply, transfer));
});

// Ready once reading has run once (./warm.ts): a cold start never counts against an upload's time.
warmUp();
port.postMessage({ kind: 'ready' });
