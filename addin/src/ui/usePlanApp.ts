// The app's state and actions, over a WorkbookHost, the service API and the sign-in. Components get
// the state and these callbacks; nothing here knows whether it runs in Excel or on the web page.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnOverride } from '../../../core/draft';
import { RefusalError } from '../../../core/codes';
import type { Issue } from '../../../core/schema';
import type { Receipt } from '../../../core/receipt';
import type { Lang } from '../../../core/spec';
import { ApiError, type ApiFailure, type KorpsplanApi } from '../api';
import type { Auth, SignedInUser } from '../auth/types';
import { SignInCancelled } from '../auth/types';
import type { OpenedHow, StructureOutcome, WorkbookHost } from '../host';
import { inspectGridWith, submitPlan, type Inspected, type SubmitOutcome } from '../pipeline';
import { strings } from '../i18n';
import { withOverride } from './model';

export type LoadState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'ready'; readonly inspected: Inspected; readonly at: Date }
  | { readonly kind: 'error'; readonly message: string };

export type StructureState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly outcome: StructureOutcome }
  | { readonly kind: 'error'; readonly message: string };

export type SubmitState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly outcome: SubmitOutcome };

export type ReceiptState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly receipt: Receipt }
  | { readonly kind: 'error' };

export type SummaryState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly how: OpenedHow; readonly fileName: string }
  | {
      readonly kind: 'error';
      readonly failure: ApiFailure | { readonly kind: 'local'; readonly message: string };
    };

export type SignInState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'error'; readonly message: string };

export interface PlanAppDeps {
  readonly host: WorkbookHost;
  readonly api: KorpsplanApi;
  readonly auth: Auth;
  readonly lang: Lang;
  /** ms to wait after the last change before validating again. */
  readonly debounceMs?: number;
  /** YYYY-MM-DD to judge lateness by (tests); today in Denmark otherwise. */
  readonly today?: string;
}

export interface PlanApp {
  readonly load: LoadState;
  readonly overrides: readonly ColumnOverride[];
  readonly structure: StructureState;
  readonly submit: SubmitState;
  /** Issues the service found on submission (422), shown in the same list. */
  readonly serverIssues: readonly Issue[];
  readonly note: string;
  readonly user: SignedInUser | null;
  readonly signIn: SignInState;
  readonly lastReceipt: ReceiptState;
  readonly summary: SummaryState;
  /** Why the last click on an issue could not select its cell. */
  readonly selectError: string | null;
  readonly actions: {
    readonly refresh: () => Promise<void>;
    readonly setOverride: (sheet: string, col: number, field: string | null) => void;
    readonly resetOverrides: () => void;
    readonly runStructure: () => Promise<void>;
    readonly runSubmit: () => Promise<void>;
    readonly setNote: (note: string) => void;
    readonly signIn: () => Promise<void>;
    readonly signOut: () => Promise<void>;
    readonly selectIssue: (issue: Issue) => Promise<void>;
    readonly openSummary: (period: string) => Promise<void>;
  };
}

function messageOf(err: unknown, lang: Lang): string {
  if (err instanceof RefusalError) return err.userMessage[lang];
  if (err instanceof ApiError) {
    const f = err.failure;
    if ('message' in f && f.message) return f.message[lang];
    return strings(lang).failed(f.kind);
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

export function usePlanApp(deps: PlanAppDeps): PlanApp {
  const { host, api, auth, lang } = deps;
  const [load, setLoad] = useState<LoadState>({ kind: 'empty' });
  const [overrides, setOverrides] = useState<readonly ColumnOverride[]>([]);
  const [structure, setStructure] = useState<StructureState>({ kind: 'idle' });
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const [serverIssues, setServerIssues] = useState<readonly Issue[]>([]);
  const [note, setNote] = useState('');
  const [user, setUser] = useState<SignedInUser | null>(() => auth.user());
  const [signIn, setSignIn] = useState<SignInState>({ kind: 'idle' });
  const [lastReceipt, setLastReceipt] = useState<ReceiptState>({ kind: 'unknown' });
  const [summary, setSummary] = useState<SummaryState>({ kind: 'idle' });
  const [selectError, setSelectError] = useState<string | null>(null);

  const overridesRef = useRef<readonly ColumnOverride[]>([]);
  overridesRef.current = overrides;
  const loadRef = useRef<LoadState>(load);
  loadRef.current = load;
  const readSeq = useRef(0);

  const today = deps.today;
  const refresh = useCallback(async (): Promise<void> => {
    const seq = ++readSeq.current;
    setLoad((prev) => (prev.kind === 'ready' ? prev : { kind: 'reading' }));
    try {
      const grid = await host.readGrid();
      if (seq !== readSeq.current) return;
      const inspected = inspectGridWith(grid, {
        columnOverrides: overridesRef.current,
        ...(today ? { today } : {}),
      });
      setLoad({ kind: 'ready', inspected, at: new Date() });
      setServerIssues([]);
    } catch (err) {
      if (seq !== readSeq.current) return;
      setLoad({ kind: 'error', message: messageOf(err, lang) });
    }
  }, [host, lang, today]);

  const reinspect = useCallback(
    (next: readonly ColumnOverride[]) => {
      const current = loadRef.current;
      if (current.kind !== 'ready') return;
      const inspected = inspectGridWith(current.inspected.grid, {
        columnOverrides: next,
        ...(today ? { today } : {}),
      });
      setLoad({ kind: 'ready', inspected, at: new Date() });
    },
    [today],
  );

  const setOverride = useCallback(
    (sheet: string, col: number, field: string | null) => {
      const next = withOverride(overridesRef.current, { sheet, col, field });
      setOverrides(next);
      reinspect(next);
    },
    [reinspect],
  );

  const resetOverrides = useCallback(() => {
    setOverrides([]);
    reinspect([]);
  }, [reinspect]);

  const runStructure = useCallback(async (): Promise<void> => {
    const current = loadRef.current;
    if (current.kind !== 'ready') return;
    setStructure({ kind: 'working' });
    try {
      const outcome = await host.applyStructure({
        lang,
        grid: current.inspected.grid,
        result: current.inspected.result.structure,
        columnOverrides: overridesRef.current,
      });
      setStructure({ kind: 'done', outcome });
      // The corrections are now part of the workbook's template sheets.
      setOverrides([]);
      overridesRef.current = [];
      await refresh();
    } catch (err) {
      setStructure({ kind: 'error', message: messageOf(err, lang) });
    }
  }, [host, lang, refresh]);

  const loadReceipt = useCallback(
    async (period: string | undefined, municipality: string | undefined): Promise<void> => {
      if (!auth.user()) {
        setLastReceipt({ kind: 'unknown' });
        return;
      }
      try {
        const receipts = await api.history(period);
        const mine = receipts.filter((r) => !municipality || r.municipality.code === municipality);
        const newest = mine.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
        setLastReceipt(newest ? { kind: 'loaded', receipt: newest } : { kind: 'none' });
      } catch (err) {
        if (err instanceof ApiError && err.failure.kind === 'signedOut') {
          setUser(null);
          setLastReceipt({ kind: 'unknown' });
          return;
        }
        setLastReceipt({ kind: 'error' });
      }
    },
    [api, auth],
  );

  // An Entra user's role lives in the service's roster, not in the token: ask the service once
  // after sign-in, so that leaders see the summary and coordinators do not.
  const userName = user?.name;
  const roleKnown = user?.role !== undefined;
  useEffect(() => {
    if (userName === undefined || roleKnown) return;
    let current = true;
    api.me().then(
      (me) => {
        if (!current) return;
        setUser((u) =>
          u && u.name === userName
            ? { ...u, role: me.role, ...(me.municipality ? { municipality: me.municipality } : {}) }
            : u,
        );
      },
      (err: unknown) => {
        // Without an answer the role stays unknown (the pane then offers both, and the service
        // still decides); a signed-out answer signs the pane out.
        if (current && err instanceof ApiError && err.failure.kind === 'signedOut') setUser(null);
        else console.warn('korpsplan: the service did not say who is signed in', err);
      },
    );
    return () => {
      current = false;
    };
  }, [api, userName, roleKnown]);

  const planKey =
    load.kind === 'ready'
      ? `${load.inspected.result.structure.draft.period ?? ''}|${load.inspected.result.structure.draft.municipality?.code ?? ''}`
      : undefined;
  useEffect(() => {
    if (planKey === undefined || !user) return;
    const [period, municipality] = planKey.split('|');
    void loadReceipt(period || undefined, municipality || undefined);
  }, [planKey, user, loadReceipt]);

  const runSubmit = useCallback(async (): Promise<void> => {
    setSubmit({ kind: 'working' });
    setServerIssues([]);
    try {
      const outcome = await submitPlan(
        { host, api, auth },
        {
          lang,
          note,
          interactive: true,
          columnOverrides: overridesRef.current,
          ...(today ? { today } : {}),
        },
      );
      setSubmit({ kind: 'done', outcome });
      setUser(auth.user());
      if (outcome.kind === 'failure' && outcome.failure.kind === 'invalid')
        setServerIssues(outcome.failure.issues);
      if (outcome.kind === 'accepted') setLastReceipt({ kind: 'loaded', receipt: outcome.receipt });
      if (outcome.kind === 'signedOut') setUser(null);
    } catch (err) {
      setSubmit({
        kind: 'done',
        outcome: { kind: 'failure', failure: { kind: 'failed', status: 0, detail: messageOf(err, lang) } },
      });
    }
  }, [host, api, auth, lang, note, today]);

  const doSignIn = useCallback(async (): Promise<void> => {
    setSignIn({ kind: 'working' });
    try {
      setUser(await auth.signIn());
      setSignIn({ kind: 'idle' });
    } catch (err) {
      const t = strings(lang);
      setSignIn({
        kind: 'error',
        message: err instanceof SignInCancelled ? t.signInCancelled : t.signInFailed(messageOf(err, lang)),
      });
    }
  }, [auth, lang]);

  const signOut = useCallback(async (): Promise<void> => {
    await auth.signOut();
    setUser(null);
    setLastReceipt({ kind: 'unknown' });
    setSummary({ kind: 'idle' });
  }, [auth]);

  const selectIssue = useCallback(
    async (issue: Issue): Promise<void> => {
      if (!host.capabilities.selectCell) return;
      try {
        await host.selectCell(issue.sheet, issue.cell);
        setSelectError(null);
      } catch (err) {
        setSelectError(strings(lang).selectFailed(messageOf(err, lang)));
      }
    },
    [host, lang],
  );

  const openSummary = useCallback(
    async (period: string): Promise<void> => {
      setSummary({ kind: 'working' });
      try {
        const bytes = await api.summary(period, lang);
        const fileName = strings(lang).summaryFileName(period);
        const how = await host.openWorkbook(bytes, fileName);
        setSummary({ kind: 'done', how, fileName });
      } catch (err) {
        if (err instanceof ApiError) {
          if (err.failure.kind === 'signedOut') setUser(null);
          setSummary({ kind: 'error', failure: err.failure });
        } else {
          setSummary({ kind: 'error', failure: { kind: 'local', message: messageOf(err, lang) } });
        }
      }
    },
    [api, host, lang],
  );

  // Live validation: the workbook changed, read it again once the typing stops.
  const debounceMs = deps.debounceMs ?? 800;
  useEffect(() => {
    if (!host.capabilities.liveChanges) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    host
      .watch(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void refresh(), debounceMs);
      })
      .then(
        (s) => {
          if (cancelled) void s();
          else stop = s;
        },
        (err: unknown) => console.error('korpsplan: could not watch the workbook for changes', err),
      );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (stop) void stop();
    };
  }, [host, refresh, debounceMs]);

  const actions = useMemo(
    () => ({
      refresh,
      setOverride,
      resetOverrides,
      runStructure,
      runSubmit,
      setNote,
      signIn: doSignIn,
      signOut,
      selectIssue,
      openSummary,
    }),
    [
      refresh,
      setOverride,
      resetOverrides,
      runStructure,
      runSubmit,
      doSignIn,
      signOut,
      selectIssue,
      openSummary,
    ],
  );

  return {
    load,
    overrides,
    structure,
    submit,
    serverIssues,
    note,
    user,
    signIn,
    lastReceipt,
    summary,
    selectError,
    actions,
  };
}
