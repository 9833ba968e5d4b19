// The HTTP contract shared by the service, the add-in and the CLI. It holds, for now, only the
// shapes of the remembered-corrections route (the other routes' shapes still live beside their
// users: core/receipt.ts, addin/src/api.ts); issue 12 asks for all of them to move here.
//
//   GET /api/municipalities/{code}/corrections   → 200 CorrectionsResponse, ETag (or "none")
//   PUT /api/municipalities/{code}/corrections   body: RememberedEntries (the whole set),
//       If-Match: the ETag read ("none" when nothing is saved yet) → 200 CorrectionsResponse, ETag;
//       409 when the set changed since it was read, 413 when the body is too large, 422 when it is
//       not a valid set (malformed JSON, too many entries, a CPR number), 403 for anyone but a
//       coordinator of that municipality.
//
// Pure: no I/O.

import { z } from 'zod';
import { rememberedSchema } from './remembered';

/** The route template (functions/src/routes.ts) and the path for one municipality. */
export const CORRECTIONS_ROUTE = 'api/municipalities/{code}/corrections';
export function correctionsPath(code: string): string {
  return `/api/municipalities/${encodeURIComponent(code)}/corrections`;
}

/** The largest PUT body the service reads (the entry caps keep a valid set well below it). */
export const CORRECTIONS_MAX_BYTES = 64 * 1024;

/** The If-Match / ETag value that means "nothing saved yet". */
export const NO_VERSION_ETAG = 'none';

export const correctionsResponseSchema = z
  .object({
    municipality: z.string().regex(/^\d{3}$/),
    remembered: rememberedSchema,
    /** The saved version in force; null when nothing has been saved. */
    version: z.string().nullable(),
    /** When that version was saved (ISO); absent when nothing has been saved. */
    savedAt: z.string().datetime().optional(),
  })
  .strict();
export type CorrectionsResponse = z.infer<typeof correctionsResponseSchema>;

/** The PUT body: the whole set (the client merges with mergeRemembered before it sends). */
export const correctionsPutSchema = rememberedSchema;
