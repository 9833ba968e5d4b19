// npm run validate: manifest.xml against the Office add-in manifest schemas, offline.
//
// generator-office projects run `office-addin-manifest validate`, which sends the manifest to an
// online service and fails without network; here xmllint (Debian's libxml2-utils) checks it against
// the task pane schemas in ../shared/manifest-xsd. Where xmllint or the schemas are absent, it says
// so and exits 0 without judging (test/addin/manifest.test.ts skips the same way).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const MANIFEST_SCHEMA = join(ROOT, '..', 'shared', 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');

/** 'valid', 'invalid' (with xmllint's words) or 'skipped' (with why). */
export function validateManifest(
  file: string = join(ROOT, 'manifest.xml'),
  schema: string = MANIFEST_SCHEMA,
): { outcome: 'valid' | 'invalid' | 'skipped'; detail: string } {
  const probe = spawnSync('xmllint', ['--version'], { stdio: 'pipe' });
  if (probe.error)
    return { outcome: 'skipped', detail: 'xmllint is not installed (apt-get install libxml2-utils)' };
  if (!existsSync(schema)) return { outcome: 'skipped', detail: `the manifest schemas are not at ${schema}` };
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  const detail = `${result.stdout}${result.stderr}`.trim();
  return { outcome: result.status === 0 ? 'valid' : 'invalid', detail };
}

if (require.main === module) {
  const { outcome, detail } = validateManifest(process.argv[2]);
  if (outcome === 'skipped') process.stdout.write(`manifest.xml not validated: ${detail}.\n`);
  else process.stdout.write(`${detail}\n`);
  process.exitCode = outcome === 'invalid' ? 1 : 0;
}
