// Who may do what: the roster maps a signed-in user (Entra tenant id + object id) to a role, and
// names the municipalities that are expected to submit. Kept in storage by the service, managed with
// `korpsplan roster`, and read by the summary to list municipalities that have not submitted.

import { z } from 'zod';
import { KOMMUNER } from './kommuner';
import { listSchema } from './schema';

export const ROLES = ['coordinator', 'leader', 'admin'] as const;
export type UserRole = (typeof ROLES)[number];

const guid = z.string().regex(/^[0-9a-fA-F-]{8,64}$/, 'tenant/object id');

export const rosterEntrySchema = z
  .object({
    tenantId: guid,
    objectId: guid,
    role: z.enum(ROLES),
    /** For coordinators: the one municipality they submit and read for. */
    municipality: listSchema('municipality').optional(),
    name: z.string().min(1).optional(),
    email: z.string().email().optional(),
  })
  .refine((e) => (e.role === 'coordinator') === (e.municipality !== undefined), {
    message: 'a coordinator has exactly one municipality; leaders and administrators have none',
    path: ['municipality'],
  });
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterSchema = z.object({
  version: z.literal(1),
  /** Municipalities expected to submit; when absent, those with a coordinator in the roster. */
  expected: z.array(listSchema('municipality')).optional(),
  entries: z.array(rosterEntrySchema),
});
export type Roster = z.infer<typeof rosterSchema>;

export const EMPTY_ROSTER: Roster = { version: 1, entries: [] };

/** Municipality codes expected to submit: the roster's list, its coordinators', or all 98 without a roster. */
export function expectedMunicipalities(roster: Roster | undefined): string[] {
  const all = KOMMUNER.map((k) => k.code);
  if (!roster) return all;
  const codes = roster.expected ?? roster.entries.flatMap((e) => (e.municipality ? [e.municipality] : []));
  const set = new Set(codes);
  return all.filter((c) => set.has(c));
}

export function findUser(roster: Roster, tenantId: string, objectId: string): RosterEntry | undefined {
  const t = tenantId.toLowerCase();
  const o = objectId.toLowerCase();
  return roster.entries.find((e) => e.tenantId.toLowerCase() === t && e.objectId.toLowerCase() === o);
}
