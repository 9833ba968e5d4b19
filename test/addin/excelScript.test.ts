// npm run start:excel / stop:excel (scripts/excel.ts): what each platform gets. Desktop Excel does not
// exist on this machine, so the plans are checked as data, Linux's refusal is run for real, and the
// authority the script trusts is the one the dev server really makes.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CA_NAME, DEBUGGING_PACKAGE, startPlan, stopPlan } from '../../scripts/excel';
import { devCertificate } from '../../addin/devServer';

const ROOT = join(__dirname, '..', '..');
const manifest = join(ROOT, 'manifest.xml');
const ca = join(ROOT, '.data', 'dev-certs', 'ca.crt');

describe('npm run start:excel', () => {
  test.each(['win32', 'darwin'] as const)(
    'on %s: trust the local authority, then sideload manifest.xml into desktop Excel with office-addin-debugging',
    (platform) => {
      const plan = startPlan(platform, manifest, ca);
      if (plan.kind !== 'run') throw new Error('expected a plan to run');
      expect(plan.trust?.args).toContain(ca);
      expect(plan.trustCheck?.args).toContain(CA_NAME);
      const [step] = plan.steps;
      expect(step?.command).toBe('npx');
      expect(step?.args).toEqual([
        '--yes',
        DEBUGGING_PACKAGE,
        'start',
        manifest,
        'desktop',
        '--app',
        'excel',
        '--dev-server',
        'npm start',
        '--dev-server-port',
        '3000',
        '--no-debug',
      ]);
    },
  );

  test('Windows trusts the authority for the current user only; macOS in the login keychain', () => {
    const win = startPlan('win32', manifest, ca);
    const mac = startPlan('darwin', manifest, ca);
    if (win.kind !== 'run' || mac.kind !== 'run') throw new Error('expected plans to run');
    expect(win.trust?.command).toBe('certutil');
    expect(win.trust?.args.slice(0, 3)).toEqual(['-user', '-addstore', 'Root']);
    expect(mac.trust?.command).toBe('security');
    expect(mac.trust?.args.join(' ')).toMatch(/add-trusted-cert -r trustRoot -k .*login\.keychain-db/);
  });

  test('on Linux it says, in Danish and English, to use Excel on the web, and exits 1 without fetching anything', () => {
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/excel.ts', 'start'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Excel til skrivebordet findes kun på Windows og macOS');
    expect(result.stderr).toContain('Desktop Excel exists only on Windows and macOS');
    expect(result.stderr).toContain('Add-in: sideload step by step');
  });

  test('the authority trusted by name is the one the dev server makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'korpsplan-ca-'));
    try {
      const cert = devCertificate(dir);
      const subject = execFileSync('openssl', ['x509', '-noout', '-subject', '-in', cert.caFile], {
        encoding: 'utf8',
      });
      expect(subject).toContain(CA_NAME);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('package.json has start:excel and stop:excel, and the README the section they point to', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['start:excel']).toBe('tsx scripts/excel.ts start');
    expect(pkg.scripts['stop:excel']).toBe('tsx scripts/excel.ts stop');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('## Add-in: sideload step by step');
  });
});

describe('npm run stop:excel', () => {
  test('takes the sideloaded add-in out with office-addin-debugging', () => {
    const plan = stopPlan('win32', manifest);
    if (plan.kind !== 'run') throw new Error('expected a plan to run');
    expect(plan.steps[0]?.args).toEqual(['--yes', DEBUGGING_PACKAGE, 'stop', manifest]);
  });

  test('on Linux there is nothing to stop, and it says so', () => {
    expect(stopPlan('linux', manifest)).toMatchObject({ kind: 'refuse' });
  });
});
