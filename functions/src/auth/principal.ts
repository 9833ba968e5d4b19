// Who the caller is and what they may do: a verified token (tenant + object id) looked up in the
// roster. Coordinators act for their one municipality only; leaders read everything;
// administrators read everything, manage the roster and may submit on a municipality's behalf.

import type { HttpRequest } from '@azure/functions';
import { holdsCpr } from '../../../core/redact';
import { findUser, type UserRole } from '../../../core/roster';
import type { AuthConfig } from '../config';
import { ServiceError } from '../messages';
import type { RosterStore } from '../storage/roster';
import type { TokenVerifier } from './verify';

export interface Principal {
  readonly tenantId: string;
  readonly objectId: string;
  readonly role: UserRole;
  /** Coordinators only. */
  readonly municipality?: string;
  /**
   * Display name from the roster or the token; shown on receipts, reviews and round changes. A name
   * that holds a CPR number (core/redact.ts holdsCpr) is not taken: it would be stored with them.
   */
  readonly name?: string;
}

const ROLE_NAMES: Record<UserRole, { da: string; en: string }> = {
  coordinator: { da: 'koordinator', en: 'coordinator' },
  leader: { da: 'ledelse', en: 'leader' },
  admin: { da: 'administrator', en: 'administrator' },
};

export class Authorizer {
  /** One verification per request: the route gate and the handler both ask (functions/src/routes.ts). */
  private readonly seen = new WeakMap<HttpRequest, Promise<Principal>>();

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly roster: RosterStore,
    private readonly config: Pick<AuthConfig, 'bootstrapAdmins'>,
  ) {}

  /** The caller, or a ServiceError: 401 without a valid token, 403 when not in the roster. */
  principal(request: HttpRequest): Promise<Principal> {
    let found = this.seen.get(request);
    if (!found) {
      found = this.resolve(request);
      this.seen.set(request, found);
    }
    return found;
  }

  private async resolve(request: HttpRequest): Promise<Principal> {
    const claims = await this.verifier.verify(request.headers.get('authorization'));
    const tenantId = claims.tid.toLowerCase();
    const objectId = claims.oid.toLowerCase();
    const name = displayName(claims.name ?? claims.preferred_username);
    if (this.config.bootstrapAdmins.some((a) => a.tenantId === tenantId && a.objectId === objectId)) {
      return { tenantId, objectId, role: 'admin', ...(name ? { name } : {}) };
    }
    const { roster } = await this.roster.get();
    const entry = findUser(roster, tenantId, objectId);
    if (!entry) throw new ServiceError('user_unknown');
    const display = displayName(entry.name) ?? name;
    return {
      tenantId,
      objectId,
      role: entry.role,
      ...(entry.municipality ? { municipality: entry.municipality } : {}),
      ...(display ? { name: display } : {}),
    };
  }
}

/** A display name to store beside what a person did; none when it holds a CPR number. */
function displayName(name: string | undefined): string | undefined {
  return name !== undefined && name !== '' && !holdsCpr(name) ? name : undefined;
}

export function requireRole(principal: Principal, ...roles: UserRole[]): void {
  if (!roles.includes(principal.role)) {
    throw new ServiceError('role_forbidden', { role: ROLE_NAMES[principal.role] });
  }
}

/** A coordinator may act only for their own municipality; leaders and administrators for any. */
export function requireMunicipality(principal: Principal, municipality: string): void {
  if (principal.role === 'coordinator' && principal.municipality !== municipality) {
    throw new ServiceError('municipality_forbidden', {
      own: principal.municipality ?? '?',
      other: municipality,
    });
  }
}
