// npm run validate (scripts/validate-manifest.ts): the manifest checked offline against the schemas,
// a broken manifest caught, and a machine without xmllint or the schemas told so instead of judged.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST_SCHEMA, validateManifest } from '../../scripts/validate-manifest';

const ROOT = join(__dirname, '..', '..');
const available = validateManifest().outcome !== 'skipped';
if (!available) console.warn(`npm run validate is not exercised: ${validateManifest().detail}`);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'korpsplan-validate-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

(available ? test : test.skip)('manifest.xml validates; a manifest outside the schema does not', () => {
  const ok = validateManifest();
  expect(ok.outcome).toBe('valid');
  expect(ok.detail).toContain('validates');
  const broken = join(dir, 'manifest.xml');
  writeFileSync(
    broken,
    readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    ),
  );
  const result = validateManifest(broken);
  expect(result.outcome).toBe('invalid');
  expect(result.detail).toMatch(/Permissions/);
});

test('without the schemas it says where they were looked for, and does not judge', () => {
  const result = validateManifest(join(ROOT, 'manifest.xml'), join(dir, 'no-such.xsd'));
  expect(result.outcome).toBe('skipped');
  expect(result.detail).toMatch(/xmllint is not installed|no-such\.xsd/);
  expect(MANIFEST_SCHEMA).toMatch(/manifest-xsd/);
});
