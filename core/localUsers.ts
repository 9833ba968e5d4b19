// The users of local sign-in (npm start, tests): "coordinator:751", "leader" or "admin", each with
// a fixed identity so that tokens and the demo roster agree across restarts. Shared by the service's
// local issuer and the CLI's `korpsplan roster add --local-user`. Pure.

import { KOMMUNER } from './kommuner';
import type { RosterEntry, UserRole } from './roster';

/** The tenant of local sign-in (never a real Entra tenant). */
export const LOCAL_TENANT_ID = '10ca1000-0000-4000-8000-00000000c0de';

/** Who a local token is for: `coordinator:751`, `leader` or `admin`. */
export interface AsSpec {
  readonly role: UserRole;
  readonly municipality?: string;
}

export class AsSpecError extends Error {
  constructor(value: string) {
    super(
      `"${value}" er ikke en gyldig bruger / is not a valid user: use coordinator:<kommunekode> (e.g. coordinator:751), leader or admin`,
    );
    this.name = 'AsSpecError';
  }
}

export function parseAs(value: string): AsSpec {
  const v = value.trim().toLowerCase();
  if (v === 'leader' || v === 'admin') return { role: v };
  const m = /^coordinator:(\d{3})$/.exec(v);
  if (m?.[1] && KOMMUNER.some((k) => k.code === m[1])) return { role: 'coordinator', municipality: m[1] };
  throw new AsSpecError(value);
}

export function formatAs(spec: AsSpec): string {
  return spec.role === 'coordinator' ? `coordinator:${spec.municipality ?? ''}` : spec.role;
}

/** The fixed object id of a local user, so that tokens and the demo roster agree across restarts. */
export function localObjectId(spec: AsSpec): string {
  switch (spec.role) {
    case 'coordinator':
      return `c0000000-0000-4000-8000-000000000${(spec.municipality ?? '000').padStart(3, '0')}`;
    case 'leader':
      return '1ead0000-0000-4000-8000-000000000001';
    case 'admin':
      return 'ad000000-0000-4000-8000-000000000001';
  }
}

export function localUserName(spec: AsSpec): string {
  switch (spec.role) {
    case 'coordinator': {
      const k = KOMMUNER.find((x) => x.code === spec.municipality);
      return `Koordinator ${k ? k.name : (spec.municipality ?? '')}`;
    }
    case 'leader':
      return 'Korpsledelsen (demo)';
    case 'admin':
      return 'Administrator (demo)';
  }
}

export function localRosterEntry(spec: AsSpec): RosterEntry {
  return {
    tenantId: LOCAL_TENANT_ID,
    objectId: localObjectId(spec),
    role: spec.role,
    ...(spec.role === 'coordinator' && spec.municipality ? { municipality: spec.municipality } : {}),
    name: localUserName(spec),
  };
}
