// korpsplan roster list|add|remove: administrators manage who may do what. Changes are made
// against the version read (If-Match), so two administrators editing at once never undo each other.

import { Option, type Command } from 'commander';
import { CONTRACT, HEADERS, NO_VERSION_ETAG, pathOf } from '../../core/contract';
import {
  rosterEntryWriteSchema,
  rosterWriteSchema,
  ROLES,
  type Roster,
  type RosterEntry,
} from '../../core/roster';
import { AsSpecError, localRosterEntry, parseAs } from '../../core/localUsers';
import { zodText } from '../../core/zodText';
import type { Register } from '../main';
import type { Output } from '../output';
import {
  ApiError,
  apiError,
  call,
  guarded,
  resolveToken,
  serverOptions,
  serverUrl,
  type ServerOptions,
} from './token';

/** A demo identity of the local sign-in (npm start). */
function localIdentity(as: string): Pick<RosterEntry, 'tenantId' | 'objectId' | 'role' | 'municipality'> {
  try {
    const { tenantId, objectId, role, municipality } = localRosterEntry(parseAs(as));
    return { tenantId, objectId, role, ...(municipality ? { municipality } : {}) };
  } catch (err) {
    if (!(err instanceof AsSpecError)) throw err;
    throw new ApiError(0, 'bad_argument', {
      da: `--local-user skal være coordinator:<kode>, leader eller admin, ikke "${as}".`,
      en: `--local-user must be coordinator:<code>, leader or admin, not "${as}".`,
    });
  }
}

interface EntryOptions extends ServerOptions {
  tenant?: string;
  object?: string;
  role?: string;
  municipality?: string;
  name?: string;
  email?: string;
  localUser?: string;
}

async function fetchRoster(opts: ServerOptions, token: string): Promise<{ roster: Roster; etag: string }> {
  const response = await call(`${serverUrl(opts)}${pathOf('rosterGet', {})}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw await apiError(response);
  return {
    roster: CONTRACT.rosterGet.ok[200].parse(await response.json()),
    etag: response.headers.get('etag') ?? NO_VERSION_ETAG,
  };
}

/** Reads, changes and writes the roster under If-Match; tries again when someone else changed it. */
async function change(opts: ServerOptions, edit: (roster: Roster) => Roster): Promise<Roster> {
  const token = await resolveToken(opts);
  for (let attempt = 0; attempt < 3; attempt++) {
    const { roster, etag } = await fetchRoster(opts, token);
    const next = rosterWriteSchema.parse(edit(roster));
    const response = await call(`${serverUrl(opts)}${pathOf('rosterPut', {})}`, {
      method: CONTRACT.rosterPut.method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        [HEADERS.ifMatch]: etag,
      },
      body: JSON.stringify(next),
    });
    if (response.ok) return CONTRACT.rosterPut.ok[200].parse(await response.json());
    if (response.status !== 412) throw await apiError(response);
  }
  throw new ApiError(412, 'roster_changed', {
    da: 'Brugerlisten blev ændret af andre flere gange undervejs. Prøv igen.',
    en: 'The roster was changed by others several times meanwhile. Try again.',
  });
}

function identity(opts: EntryOptions): { tenantId: string; objectId: string } {
  if (opts.localUser) return localIdentity(opts.localUser);
  if (!opts.tenant || !opts.object) {
    throw new ApiError(0, 'bad_argument', {
      da: 'Angiv --tenant og --object (brugerens tenant- og objekt-id fra Entra ID), eller --local-user.',
      en: 'Give --tenant and --object (the user’s tenant and object id from Entra ID), or --local-user.',
    });
  }
  return { tenantId: opts.tenant, objectId: opts.object };
}

const same = (
  a: { tenantId: string; objectId: string },
  b: { tenantId: string; objectId: string },
): boolean =>
  a.tenantId.toLowerCase() === b.tenantId.toLowerCase() &&
  a.objectId.toLowerCase() === b.objectId.toLowerCase();

function printRoster(out: Output, roster: Roster, lang: 'da' | 'en'): void {
  if (out.json) {
    out.printJson(roster);
    return;
  }
  const da = lang === 'da';
  out.line(da ? `${roster.entries.length} brugere:` : `${roster.entries.length} users:`);
  for (const e of roster.entries) {
    out.line(
      `  ${e.role.padEnd(12)} ${(e.municipality ?? '').padEnd(4)} ${e.tenantId} ${e.objectId}  ${e.name ?? ''}${e.email ? ` <${e.email}>` : ''}`,
    );
  }
  if (roster.expected)
    out.line(`${da ? 'Forventede kommuner' : 'Expected municipalities'}: ${roster.expected.join(', ')}`);
}

function sub(parent: Command, out: Output, name: string): Command {
  const command = parent.command(name);
  command
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.io.stdout(s), writeErr: (s) => out.io.stderr(s) });
  return command;
}

export const registerRoster: Register = (program, out) => {
  const roster = program
    .command('roster')
    .description('Administrér brugerlisten (kun administratorer) / manage the roster (administrators only)');

  serverOptions(sub(roster, out, 'list').description('Vis brugerlisten / show the roster')).action(
    async (opts: ServerOptions) => {
      await guarded(out, opts, async () => {
        const { roster: current } = await fetchRoster(opts, await resolveToken(opts));
        printRoster(out, current, opts.lang);
      });
    },
  );

  serverOptions(
    sub(roster, out, 'add')
      .description('Tilføj eller ret en bruger / add or change a user')
      .option('--tenant <id>', 'Entra tenant id')
      .option('--object <id>', 'Entra object id of the user')
      .addOption(new Option('--role <role>', 'coordinator, leader or admin').choices([...ROLES]))
      .option('--municipality <code>', 'coordinators: the municipality code, e.g. 751')
      .option('--name <name>', 'display name')
      .option('--email <email>', 'e-mail address')
      .option('--local-user <as>', 'local server: coordinator:<code>, leader or admin'),
  ).action(async (opts: EntryOptions) => {
    await guarded(out, opts, async () => {
      const who = identity(opts);
      const local = opts.localUser ? localIdentity(opts.localUser) : undefined;
      const given = {
        ...who,
        role: opts.role ?? local?.role,
        ...((opts.municipality ?? local?.municipality)
          ? { municipality: opts.municipality ?? local?.municipality }
          : {}),
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.email ? { email: opts.email } : {}),
      };
      const candidate = rosterEntryWriteSchema.safeParse(given);
      if (!candidate.success) {
        const detail = zodText(candidate.error, given);
        throw new ApiError(0, 'bad_argument', {
          da: `Ugyldig bruger: ${detail.da}`,
          en: `Invalid user: ${detail.en}`,
        });
      }
      const entry = candidate.data;
      const next = await change(opts, (r) => ({
        ...r,
        entries: [...r.entries.filter((e) => !same(e, entry)), entry],
      }));
      printRoster(out, next, opts.lang);
    });
  });

  serverOptions(
    sub(roster, out, 'remove')
      .description('Fjern en bruger / remove a user')
      .option('--tenant <id>', 'Entra tenant id')
      .option('--object <id>', 'Entra object id of the user')
      .option('--local-user <as>', 'local server: coordinator:<code>, leader or admin'),
  ).action(async (opts: EntryOptions) => {
    await guarded(out, opts, async () => {
      const who = identity(opts);
      let found = false;
      const next = await change(opts, (r) => {
        found = r.entries.some((e) => same(e, who));
        return { ...r, entries: r.entries.filter((e) => !same(e, who)) };
      });
      if (!found) {
        throw new ApiError(404, 'user_not_in_roster', {
          da: 'Brugeren findes ikke i brugerlisten.',
          en: 'The user is not in the roster.',
        });
      }
      printRoster(out, next, opts.lang);
    });
  });
};
