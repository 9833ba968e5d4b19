// npm run start:excel / npm run stop:excel: the generator-office convention for add-in developers.
// `start:excel` makes sure this machine trusts the local certificate authority, then sideloads
// manifest.xml into desktop Excel with office-addin-debugging, which starts `npm start` (service, web
// page and the add-in over HTTPS on :3000) unless it already runs, and opens Excel with the add-in.
// `stop:excel` takes the sideloaded add-in out again and stops what start:excel started.
//
// Why office-addin-debugging is fetched by npx when first used and is not a devDependency: its
// current releases (6.x, 7.x) bring the Microsoft 365 Agents Toolkit CLI (about 300 MB) and keytar,
// whose native build downloads from GitHub; `npm ci` would grow by minutes and fail where GitHub is
// unreachable (our CI). Only a developer with desktop Excel needs it, and gets it on first use.
//
// Why our own certificate authority and not office-addin-dev-certs: that package brings the same
// 300 MB, and does what this script does on Windows and macOS (put a local authority into the user's
// trust store) but not on Linux, where Excel on the web in Chrome/Edge needs it too. The authority
// is made with openssl by addin/devServer.ts (Git for Windows and macOS include openssl) and stays
// on this machine (.data/dev-certs/); this script trusts it for the current user only.

import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { devCertificate, DEV_PORT } from '../addin/devServer';

export const DEBUGGING_PACKAGE = 'office-addin-debugging@6.0.5';
/** The subject name devCertificate gives the local authority (addin/devServer.ts). */
export const CA_NAME = 'korpsplan local development CA';

export interface Step {
  readonly command: string;
  readonly args: readonly string[];
  /** What the step does, said before it runs. */
  readonly say: { readonly da: string; readonly en: string };
}

export type Plan =
  | {
      readonly kind: 'run';
      readonly trustCheck?: Step;
      readonly trust?: Step;
      readonly steps: readonly Step[];
    }
  | { readonly kind: 'refuse'; readonly say: { readonly da: string; readonly en: string } };

/** How this platform is asked whether the authority is trusted, and told to trust it. */
export function trustSteps(
  platform: NodeJS.Platform,
  caFile: string,
): { check: Step; trust: Step } | undefined {
  if (platform === 'win32') {
    return {
      check: {
        command: 'certutil',
        args: ['-user', '-verifystore', 'Root', CA_NAME],
        say: {
          da: 'Kontrollerer om certifikatet er betroet',
          en: 'Checking whether the authority is trusted',
        },
      },
      trust: {
        command: 'certutil',
        args: ['-user', '-addstore', 'Root', caFile],
        say: {
          da: 'Windows spørger, om du vil stole på "korpsplan local development CA": svar Ja',
          en: 'Windows asks whether to trust "korpsplan local development CA": answer Yes',
        },
      },
    };
  }
  if (platform === 'darwin') {
    const keychain = join(homedir(), 'Library', 'Keychains', 'login.keychain-db');
    return {
      check: {
        command: 'security',
        args: ['find-certificate', '-c', CA_NAME, keychain],
        say: {
          da: 'Kontrollerer om certifikatet er betroet',
          en: 'Checking whether the authority is trusted',
        },
      },
      trust: {
        command: 'security',
        args: ['add-trusted-cert', '-r', 'trustRoot', '-k', keychain, caFile],
        say: {
          da: 'macOS beder om din adgangskode for at stole på det lokale certifikat',
          en: 'macOS asks for your password to trust the local authority',
        },
      },
    };
  }
  return undefined;
}

/** What `start:excel` does on this platform. */
export function startPlan(
  platform: NodeJS.Platform,
  manifest: string,
  caFile: string,
  port = DEV_PORT,
): Plan {
  const trust = trustSteps(platform, caFile);
  if (!trust) {
    return {
      kind: 'refuse',
      say: {
        da:
          'Excel til skrivebordet findes kun på Windows og macOS. Her: kør `npm start`, stol på ' +
          `${caFile} i browseren, og indlæs manifest.xml i Excel på nettet (README, "Add-in: sideload step by step").`,
        en:
          'Desktop Excel exists only on Windows and macOS. Here: run `npm start`, trust ' +
          `${caFile} in the browser and upload manifest.xml in Excel on the web (README, "Add-in: sideload step by step").`,
      },
    };
  }
  return {
    kind: 'run',
    trustCheck: trust.check,
    trust: trust.trust,
    steps: [
      {
        command: 'npx',
        args: [
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
          String(port),
          '--no-debug',
        ],
        say: {
          da: 'Starter korpsplan og åbner Excel med tilføjelsesprogrammet',
          en: 'Starting korpsplan and opening Excel with the add-in',
        },
      },
    ],
  };
}

/** What `stop:excel` does on this platform. */
export function stopPlan(platform: NodeJS.Platform, manifest: string): Plan {
  if (platform !== 'win32' && platform !== 'darwin') {
    return {
      kind: 'refuse',
      say: {
        da: 'Intet at stoppe: start:excel kører kun på Windows og macOS. Stop `npm start` med Ctrl+C.',
        en: 'Nothing to stop: start:excel runs only on Windows and macOS. Stop `npm start` with Ctrl+C.',
      },
    };
  }
  return {
    kind: 'run',
    steps: [
      {
        command: 'npx',
        args: ['--yes', DEBUGGING_PACKAGE, 'stop', manifest],
        say: {
          da: 'Fjerner tilføjelsesprogrammet fra Excel og stopper korpsplan',
          en: 'Removing the add-in from Excel and stopping korpsplan',
        },
      },
    ],
  };
}

function run(step: Step, quiet = false): number {
  if (!quiet) process.stdout.write(`${step.say.da} / ${step.say.en}\n`);
  const result = spawnSync(step.command, [...step.args], {
    stdio: quiet ? 'ignore' : 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main(action: string | undefined): number {
  const root = join(__dirname, '..');
  const manifest = join(root, 'manifest.xml');
  if (action !== 'start' && action !== 'stop') {
    process.stderr.write('Brug / use: tsx scripts/excel.ts start|stop\n');
    return 2;
  }
  const caFile = join(root, '.data', 'dev-certs', 'ca.crt');
  const plan =
    action === 'start' ? startPlan(process.platform, manifest, caFile) : stopPlan(process.platform, manifest);
  if (plan.kind === 'refuse') {
    process.stderr.write(`${plan.say.da}\n${plan.say.en}\n`);
    return 1;
  }
  if (plan.trustCheck && plan.trust) {
    devCertificate(join(root, '.data', 'dev-certs'));
    if (run(plan.trustCheck, true) !== 0 && run(plan.trust) !== 0) {
      process.stderr.write(
        `Certifikatet blev ikke betroet; Excel vil ikke indlæse https://localhost:${DEV_PORT}.\n` +
          `The authority was not trusted; Excel will not load https://localhost:${DEV_PORT}.\n`,
      );
      return 1;
    }
  }
  for (const step of plan.steps) {
    const status = run(step);
    if (status !== 0) return status;
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv[2]);
