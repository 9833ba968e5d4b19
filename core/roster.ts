// Who may do what: the roster maps a signed-in user (Entra tenant id + object id) to a role, and
// names the municipalities that are expected to submit. Kept in storage by the service, managed with
// `korpsplan roster`, and read by the summary to list municipalities that have not submitted.

import { z } from 'zod';
import { KOMMUNER } from './kommuner';
import { holdsCpr } from './redact';
import { listSchema } from './schema';

/** The message of a refinement that refuses a CPR number (zodText says so in Danish and English). */
export const NO_CPR_MESSAGE = 'looks like a CPR number: korpsplan never takes personal identity numbers';

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

/**
 * A user and the roster as they may be written (PUT /api/roster, `korpsplan roster`, the store): no
 * name or e-mail address holds a CPR number (core/redact.ts holdsCpr). Not part of rosterSchema,
 * which also reads what is stored: a roster stored before this check must not lock the
 * administrators out.
 */
export const rosterEntryWriteSchema = rosterEntrySchema.superRefine((entry, ctx) => {
  for (const key of ['name', 'email'] as const) {
    const value = entry[key];
    if (value !== undefined && holdsCpr(value)) {
      ctx.addIssue({ code: 'custom', path: [key], message: NO_CPR_MESSAGE });
    }
  }
});
export const rosterWriteSchema = rosterSchema.extend({ entries: z.array(rosterEntryWriteSchema) });

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
