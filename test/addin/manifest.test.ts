// manifest.xml, and the production manifest the build writes from it, are valid against the Office
// add-in manifest schemas (offline, with xmllint), and say what the ribbon and the sign-in need.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_CLIENT_ID, rewriteManifest, settingsFrom } from '../../addin/build';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, '..', 'shared', 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function xmllintMissing(): string | undefined {
  const probe = spawnSync('xmllint', ['--version'], { stdio: 'pipe' });
  if (probe.error) return 'xmllint is not installed (apt-get install libxml2-utils)';
  if (!existsSync(SCHEMA)) return `the manifest schemas are not at ${SCHEMA}`;
  return undefined;
}

const missing = xmllintMissing();
if (missing) {
  console.warn(`manifest.xml is not validated against the schemas: ${missing}.`);
}

function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'korpsplan-manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PRODUCTION = {
  publicUrl: 'https://addin.korpsplan.example.dk',
  clientId: 'a1b2c3d4-0000-4000-8000-123456789abc',
};

(missing ? describe.skip : describe)('the manifest against the schemas', () => {
  test('manifest.xml is valid', () => {
    const result = validate(MANIFEST);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  test('the production manifest is valid', () => {
    const result = validate(rewriteManifest(MANIFEST, PRODUCTION));
    expect(result.ok).toBe(true);
  });

  test('a manifest that breaks the schema is caught (the check can fail)', () => {
    const broken = MANIFEST.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    expect(validate(broken).ok).toBe(false);
  });
});

describe('what the manifest says', () => {
  test('a ribbon group with Strukturér and Valider opening the task pane and Indsend running submitPlan', () => {
    const buttons = [
      ...MANIFEST.matchAll(
        /<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<Action xsi:type="(\w+)">([\s\S]*?)<\/Action>/g,
      ),
    ].map((m) => ({ id: m[1], action: m[2], body: m[3] ?? '' }));
    expect(buttons.map((b) => [b.id, b.action])).toEqual([
      ['Korpsplan.Structure', 'ShowTaskpane'],
      ['Korpsplan.Validate', 'ShowTaskpane'],
      ['Korpsplan.Submit', 'ExecuteFunction'],
    ]);
    expect(buttons[2]!.body).toContain('<FunctionName>submitPlan</FunctionName>');
    expect(MANIFEST).toContain('<FunctionFile resid="Commands.Url"/>');
    expect(MANIFEST).not.toContain('<Runtimes>');
  });

  test('Danish by default with English overrides for every ribbon text', () => {
    expect(MANIFEST).toContain('<DefaultLocale>da-DK</DefaultLocale>');
    const strings = [
      ...MANIFEST.matchAll(
        /<bt:String id="([^"]+)" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"\/>/g,
      ),
    ];
    const all = [...MANIFEST.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    expect(strings.map((m) => m[1])).toEqual(all);
    const label = (id: string) => strings.find((m) => m[1] === id);
    expect([label('Structure.Label')?.[2], label('Validate.Label')?.[2], label('Submit.Label')?.[2]]).toEqual(
      ['Strukturér', 'Valider', 'Indsend'],
    );
    expect(label('Submit.Label')?.[3]).toBe('Submit');
  });

  test('the icons it names exist, as PNGs of their sizes', () => {
    for (const size of [16, 32, 80]) {
      expect(MANIFEST).toContain(`https://localhost:3000/assets/icon-${size}.png`);
      const png = readFileSync(join(ROOT, 'addin', 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('WebApplicationInfo names the app registration and its scope', () => {
    expect(MANIFEST).toMatch(
      /<WebApplicationInfo>\s*<Id>[0-9a-f-]{36}<\/Id>\s*<Resource>api:\/\/[0-9a-f-]{36}<\/Resource>/,
    );
    expect(MANIFEST).toContain('<Scope>access_as_user</Scope>');
  });
});

describe('rewriting for production', () => {
  test('every localhost URL and the placeholder client id are replaced', () => {
    const out = rewriteManifest(MANIFEST, PRODUCTION);
    expect(out).not.toContain('localhost');
    expect(out).not.toContain(DEV_CLIENT_ID);
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://addin.korpsplan.example.dk/taskpane.html"/>',
    );
    expect(out).toContain(`<Resource>api://${PRODUCTION.clientId}</Resource>`);
    expect(out.match(/https:\/\/addin\.korpsplan\.example\.dk\//g)?.length).toBe(
      MANIFEST.match(/https:\/\/localhost:3000\//g)?.length,
    );
  });

  test('an http URL or a client id that is not a GUID is refused', () => {
    expect(() => rewriteManifest(MANIFEST, { publicUrl: 'http://addin.example.dk' })).toThrow('https://');
    expect(() =>
      rewriteManifest(MANIFEST, { publicUrl: 'https://addin.example.dk', clientId: 'korpsplan' }),
    ).toThrow('GUID');
  });

  test('the build refuses Entra sign-in without a client id, and derives the API scope from it', () => {
    expect(() => settingsFrom({ ADDIN_PUBLIC_URL: 'https://addin.example.dk' }, [])).toThrow(/clientId/);
    const settings = settingsFrom(
      { ADDIN_PUBLIC_URL: PRODUCTION.publicUrl, ADDIN_CLIENT_ID: PRODUCTION.clientId },
      [],
    );
    expect(settings.config).toEqual({
      authMode: 'entra',
      apiBaseUrl: '',
      clientId: PRODUCTION.clientId,
      authority: 'https://login.microsoftonline.com/organizations',
      apiScope: `api://${PRODUCTION.clientId}/access_as_user`,
    });
    expect(settingsFrom({}, []).config).toEqual({ authMode: 'local', apiBaseUrl: '' });
  });
});
