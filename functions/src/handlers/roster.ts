// GET/PUT /api/roster: administrators read and replace the roster (`korpsplan roster`). PUT takes
// the whole roster as JSON; send If-Match with the ETag from GET so that a concurrent change is
// refused (412) rather than undone. An ETag of "none" in If-Match means "no roster stored yet".

import { zodText } from '../../../core/zodText';
import { rosterWriteSchema } from '../../../core/roster';
import { requireRole } from '../auth/principal';
import type { Deps } from '../deps';
import { answer, handle, log, type Handler } from '../http';
import { ServiceError } from '../messages';

const MAX_ROSTER_BYTES = 1024 * 1024;

export function rosterGetHandler(deps: Deps): Handler {
  return handle('roster_get', async (request) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'admin');
    const { roster, etag } = await deps.roster.get({ fresh: true });
    return answer('rosterGet', 200, roster, { ETag: etag ?? 'none' });
  });
}

export function rosterPutHandler(deps: Deps): Handler {
  return handle('roster_put', async (request, context) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'admin');
    const text = await request.text();
    if (text.length > MAX_ROSTER_BYTES) {
      throw new ServiceError('roster_invalid', { detail: { da: 'for stor', en: 'too large' } });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ServiceError('roster_invalid', { detail: { da: 'ikke JSON', en: 'not JSON' } });
    }
    const parsed = rosterWriteSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ServiceError('roster_invalid', { detail: zodText(parsed.error, raw) });
    }
    const ifMatch = request.headers.get('if-match');
    const etag = await deps.roster.put(
      parsed.data,
      ifMatch === null ? undefined : ifMatch.trim() === 'none' ? null : ifMatch.trim(),
    );
    if (etag === null) throw new ServiceError('roster_changed');
    log(context, 'info', 'roster_replaced', { entries: parsed.data.entries.length });
    return answer('rosterPut', 200, parsed.data, { ETag: etag });
  });
}
