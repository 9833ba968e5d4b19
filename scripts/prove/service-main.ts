// The service in a child process of `npm run prove` (bundled by ./stack.ts): started from the
// environment, logging every context.log and request line to stdout, and taking fault rules and
// garbage-collection requests from the campaign over IPC.

import type { FaultRule } from './faults';
import { answerRequests } from './ipc';
import { startProveService } from './service';

declare const gc: (() => void) | undefined;

async function main(): Promise<void> {
  const connectionString = process.env.PROVE_CONNECTION_STRING;
  if (!connectionString) throw new Error('PROVE_CONNECTION_STRING is not set');
  const service = await startProveService({
    connectionString,
    log: (line) => process.stdout.write(`${line}\n`),
    // PROVE_LIFT_WORK_BUDGET=1: the liveness stack (./liveness.ts), where a crafted file must run
    // until the pool's time limit.
    ...(process.env.PROVE_LIFT_WORK_BUDGET === '1' ? { inspectLimits: { maxWork: Infinity } } : {}),
  });
  answerRequests({
    faults: (rules) => service.faults.setRules(rules as FaultRule[]),
    hits: () => service.faults.hits(),
    gc: () => {
      if (typeof gc !== 'function') throw new Error('run with --expose-gc');
      gc();
    },
  });
  process.send?.({ kind: 'ready', url: service.url });
  process.on('disconnect', () => {
    void service.close().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`prove service: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
