// The real service: configuration from the environment, the plan core's inspectBytes run by the
// inspection pool off the request loop, the template renderer, Azure Blob Storage (or Azurite),
// Entra ID (or the local issuer). Used by the Functions entry (index.ts) and the local server
// (scripts/start.ts).

import { version } from '../../package.json';
import { todayInDenmark } from '../../core/inspect';
import { TEMPLATE_CREATED, writeStructured, writeTemplate } from '../../workbook/template';
import { draftFromPlan } from '../../core/plan';
import { buildSummary } from '../../workbook/summary';
import { loadConfig, type Config } from './config';
import { createDeps, type Deps, type DepsParts } from './deps';
import { InspectPool, type InspectPoolOptions } from './inspect/pool';

export const VERSION: string = version;

/** inspect, structure and close of DepsParts, from an inspection pool. */
export function poolParts(pool: InspectPool): Pick<DepsParts, 'inspect' | 'structure' | 'close'> {
  return {
    inspect: (bytes, options) => pool.inspect(bytes, options),
    structure: (bytes, { now, columnOverrides, ...rest }) =>
      pool.structure(bytes, { ...rest, now: now.toISOString(), columnOverrides: [...columnOverrides] }),
    close: () => pool.close(),
  };
}

/** The pool the configuration asks for (workers start on the first upload). */
export function inspectPool(config: Config, extra: Partial<InspectPoolOptions> = {}): InspectPool {
  return new InspectPool({
    size: config.inspect.workers,
    queue: config.inspect.queue,
    timeLimitMs: config.inspect.timeLimitMs,
    structureTimeLimitMs: config.inspect.structureTimeLimitMs,
    memoryLimitMb: config.inspect.memoryLimitMb,
    ...extra,
  });
}

/** The service's parts; `pool` adjusts the inspection pool (the reliability campaign lifts one limit). */
export function productionParts(config: Config, pool: Partial<InspectPoolOptions> = {}): DepsParts {
  return {
    config,
    ...poolParts(inspectPool(config, pool)),
    template: (lang) => writeTemplate(lang),
    planWorkbook: (plan, lang) => writeStructured(lang, { draft: draftFromPlan(plan) }, TEMPLATE_CREATED),
    summary: ({ period, lang, plans, previous, roster, now, round, basis }) =>
      buildSummary({
        period,
        lang,
        plans,
        previous,
        roster,
        generatedAt: now,
        ...(round ? { round } : {}),
        ...(basis ? { basis } : {}),
      }),
    today: () => todayInDenmark(),
    version: VERSION,
  };
}

export async function createAppDeps(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<DepsParts> = {},
): Promise<Deps> {
  const config = loadConfig(env);
  return createDeps({ ...productionParts(config), ...overrides });
}
