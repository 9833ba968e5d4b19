// Benchmark task (run in a fresh process by bench/harness.ts): one end-to-end submission of a
// 200-row plan to the local service over loopback HTTP: body read, intake + structuring +
// validation, the storage writes in Azurite and the latest update, and the receipt back. The first
// call sets everything up (and the last one shuts it down) and renders one distinct plan per call
// (so that no call is a duplicate: an unchanged plan gets its earlier receipt); each call then
// submits the next one. With `clients: 2`, each call is two coordinators (two municipalities)
// submitting at the same time, and every submission's round trip is recorded.

import { writeStructured } from '../../workbook/template';
import { draftFromPlan } from '../../core/plan';
import { createAppDeps } from '../../functions/src/app';
import { demoRoster, parseAs } from '../../functions/src/auth/localIssuer';
import type { SubmitTimings } from '../../functions/src/handlers/submit';
import { startAzurite } from '../../functions/src/local/azurite';
import { demoPlan } from '../../functions/src/local/demoPlans';
import { startLocalServer } from '../../functions/src/local/server';
import { routes } from '../../functions/src/routes';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';

interface Args {
  readonly activities: number;
  readonly count: number;
  /** Submissions sent at the same time per call (default 1). */
  readonly clients?: number;
}

const MUNICIPALITIES = ['751', '101', '461', '851'];

interface State {
  readonly url: string;
  /** Per client: its coordinator's token and its workbooks. */
  readonly clients: { readonly token: string; readonly workbooks: Uint8Array<ArrayBuffer>[] }[];
  next: number;
  readonly timings: SubmitTimings[];
  readonly roundTrips: number[];
  readonly close: () => Promise<void>;
}

let state: Promise<State> | null = null;

async function setup(args: Args): Promise<State> {
  const azurite = await startAzurite();
  const timings: SubmitTimings[] = [];
  const server = await startLocalServer({ routes: [], port: 0, maxBodyBytes: 5 * 1024 * 1024 });
  const deps = await createAppDeps({
    AUTH_MODE: 'local',
    LOCAL_BASE_URL: server.url,
    LOCAL_DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/korpsplan-bench-${process.pid}`,
    STORAGE_CONNECTION_STRING: azurite.connectionString,
  });
  server.setRoutes(routes(deps, { onSubmitTimings: (t) => timings.push(t) }));
  await deps.roster.put(demoRoster(), null);
  const issuer = deps.localIssuer;
  if (!issuer) throw new Error('no local issuer');
  const clients: State['clients'][number][] = [];
  for (let c = 0; c < (args.clients ?? 1); c++) {
    const municipality = MUNICIPALITIES[c % MUNICIPALITIES.length] ?? '751';
    const token = await issuer.mint(parseAs(`coordinator:${municipality}`), { expiresIn: 3600 });
    const plan = demoPlan({
      municipality,
      period: '2026-H2',
      activities: args.activities,
      today: '2026-10-01',
    });
    const workbooks: Uint8Array<ArrayBuffer>[] = [];
    for (let i = 0; i < args.count; i++) {
      // A different plan per submission (one activity's text changes): each is a new submission.
      const changed = {
        ...plan,
        activities: plan.activities.map((a, j) =>
          j === 0 ? { ...a, activity: `${a.activity} (udgave ${i + 1})` } : a,
        ),
      };
      const bytes = await writeStructured(
        'da',
        { draft: draftFromPlan(changed) },
        new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      );
      workbooks.push(new Uint8Array(bytes));
    }
    clients.push({ token, workbooks });
  }
  const close = async (): Promise<void> => {
    await server.close();
    await azurite.close();
  };
  return { url: server.url, clients, next: 0, timings, roundTrips: [], close };
}

export default async function task(raw: unknown): Promise<unknown> {
  const args = raw as Args;
  state ??= setup(args);
  const s = await state;
  const i = s.next++;
  await Promise.all(
    s.clients.map(async (client) => {
      const t0 = performance.now();
      const response = await fetch(`${s.url}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': XLSX_TYPE, authorization: `Bearer ${client.token}` },
        body: client.workbooks[i % client.workbooks.length],
      });
      await response.arrayBuffer();
      s.roundTrips.push(performance.now() - t0);
      if (response.status !== 201) throw new Error(`submit answered ${response.status}`);
    }),
  );
  // After the last call, let the process end: stop the server and Azurite once the report is out.
  if (s.next === args.count) setImmediate(() => void s.close());
  return { timings: s.timings, roundTrips: s.roundTrips };
}
