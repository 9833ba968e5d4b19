// The round as the pane shows it: the newest open round (or the newest of all), the caller's status
// list (a coordinator's own row; a leader's whole list), and the leader's actions on a row. Over the
// service API and the workbook host; nothing here knows whether it runs in Excel or on the web page.

import { useCallback, useEffect, useState } from 'react';
import type { Round, StatusFilter, StatusResponse, StatusRow } from '../../../../core/rounds';
import type { Lang } from '../../../../core/spec';
import { ApiError, type KorpsplanApi } from '../../api';
import type { WorkbookHost } from '../../host';

export type RoundsState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly status: StatusResponse }
  | { readonly kind: 'error'; readonly message: string };

export interface Rounds {
  readonly state: RoundsState;
  readonly filter: StatusFilter | undefined;
  readonly busy: string | undefined;
  readonly actionError: string | undefined;
  readonly setFilter: (f: StatusFilter | undefined) => void;
  readonly refresh: () => Promise<void>;
  readonly approve: (row: StatusRow) => Promise<void>;
  readonly sendBack: (row: StatusRow, comment: string) => Promise<void>;
  readonly open: (row: StatusRow) => Promise<void>;
}

/** The round the pane shows: the newest one still open, else the newest. */
export function currentRound(rounds: readonly Round[]): Round | undefined {
  return rounds.find((r) => !r.closed) ?? rounds[0];
}

function messageOf(err: unknown, lang: Lang): string {
  if (err instanceof ApiError) {
    const f = err.failure;
    if ('message' in f && f.message) return f.message[lang];
    return f.kind;
  }
  return err instanceof Error ? err.message : String(err);
}

export function useRounds(api: KorpsplanApi, host: WorkbookHost, lang: Lang, signedIn: boolean): Rounds {
  const [state, setState] = useState<RoundsState>({ kind: 'idle' });
  const [filter, setFilter] = useState<StatusFilter | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);

  const refresh = useCallback(async () => {
    if (!signedIn) {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    try {
      const round = currentRound(await api.rounds());
      if (!round) {
        setState({ kind: 'none' });
        return;
      }
      setState({ kind: 'ready', status: await api.roundStatus(round.period) });
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err, lang) });
    }
  }, [api, lang, signedIn]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = useCallback(
    async (row: StatusRow, run: () => Promise<unknown>) => {
      setBusy(row.municipality);
      setActionError(undefined);
      try {
        await run();
        await refresh();
      } catch (err) {
        // A conflict (someone reviewed first, a newer submission): the message says who and what;
        // the list is fetched again so it shows what is true now.
        setActionError(`${row.name}: ${messageOf(err, lang)}`);
        await refresh();
      } finally {
        setBusy(undefined);
      }
    },
    [refresh, lang],
  );

  const approve = useCallback(
    (row: StatusRow) =>
      act(row, async () => {
        if (row.submissionId) await api.review(row.submissionId, { decision: 'approved' });
      }),
    [act, api],
  );
  const sendBack = useCallback(
    (row: StatusRow, comment: string) =>
      act(row, async () => {
        if (row.submissionId) await api.review(row.submissionId, { decision: 'sent_back', comment });
      }),
    [act, api],
  );
  const open = useCallback(
    (row: StatusRow) =>
      act(row, async () => {
        if (!row.submissionId) return;
        const bytes = await api.submissionWorkbook(row.submissionId, lang);
        await host.openWorkbook(bytes, `${row.name} ${row.submissionId.slice(0, 8)}.xlsx`);
      }),
    [act, api, host, lang],
  );

  return { state, filter, busy, actionError, setFilter, refresh, approve, sendBack, open };
}
