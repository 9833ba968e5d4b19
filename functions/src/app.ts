// The real service: configuration from the environment, the plan core's inspectBytes, the template
// renderer, Azure Blob Storage (or Azurite), Entra ID (or the local issuer). Used by the Functions
// entry (index.ts) and the local server (scripts/start.ts).

import { version } from '../../package.json';
import { inspectBytes, todayInDenmark } from '../../core/inspect';
import { writeTemplate } from '../../workbook/template';
import { buildSummary } from '../../workbook/summary';
import { loadConfig, type Config } from './config';
import { createDeps, type Deps, type DepsParts } from './deps';

export const VERSION: string = version;

export function productionParts(config: Config): DepsParts {
  return {
    config,
    inspect: (bytes, options) => inspectBytes(bytes, options),
    template: (lang) => writeTemplate(lang),
    summary: ({ period, lang, plans, previous, roster, now }) =>
      buildSummary({ period, lang, plans, previous, roster, generatedAt: now }),
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
