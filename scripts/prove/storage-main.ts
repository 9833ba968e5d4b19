// Azurite in a child process of `npm run prove` (bundled by ./stack.ts), with its data on disk so
// that it can be stopped (a real outage: its port closes) and started again on the same port with
// everything it held.

import { startAzurite, type RunningAzurite } from '../../functions/src/local/azurite';
import { answerRequests } from './ipc';

async function main(): Promise<void> {
  const location = process.env.PROVE_AZURITE_DIR;
  if (!location) throw new Error('PROVE_AZURITE_DIR is not set');
  let azurite: RunningAzurite | null = await startAzurite({ location });
  const url = azurite.url;
  const port = Number(new URL(url).port);
  answerRequests({
    stop: async () => {
      if (azurite) await azurite.close();
      azurite = null;
    },
    start: async () => {
      azurite ??= await startAzurite({ location, port });
    },
  });
  process.send?.({ kind: 'ready', url, connectionString: azurite.connectionString });
  process.on('disconnect', () => {
    void (azurite ? azurite.close() : Promise.resolve()).then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`prove storage: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
