// The app's state and actions, over a WorkbookHost, the service API and the sign-in. Components get
// the state and these callbacks; nothing here knows whether it runs in Excel or on the web page.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnOverride } from '../../../core/draft';
import { RefusalError } from '../../../core/codes';
import type { Issue } from '../../../core/schema';
import type { Receipt } from '../../../core/receipt';
import type { RememberedEntries } from '../../../core/remembered';
import type { Lang } from '../../../core/spec';
import { ApiError, type ApiFailure, type KorpsplanApi } from '../api';
import type { Auth, SignedInUser } from '../auth/types';
import { SignInCancelled } from '../auth/types';
import type { CellWrite, OpenedHow, StructureOutcome, WorkbookHost } from '../host';
import { fileNameOf, inspectGridWith, submitPlan, type Inspected, type SubmitOutcome } from '../pipeline';
import { strings } from '../i18n';
import type { CoverKey, Corrections, ValueCorrection } from '../../../core/corrections';
import { correctionsSchema } from '../../../core/corrections-schema';
import {
  NO_CORRECTIONS,
  coverWrite,
  isEmptyCorrections,
  valueWrite,
  withColumn,
  withCover,
  withDismissed,
  withPlaced,
  withValue,
  type ValueTarget,
} from './corrections';
import { logError, logWarn } from '../log';

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
  /** The column corrections (corrections.columns). */
  readonly overrides: readonly ColumnOverride[];
  /**
   * Everything the coordinator corrected in this workbook, in one place: applied at every reading,
   * written into cells in Excel, sent with the file on the web page. Cleared by structuring (the
   * structured workbook then carries them) and by a new workbook.
   */
  readonly corrections: Corrections;
  /** Excel: every value and cover correction is in its cell (false: structuring must carry some). */
  readonly correctionsInFile: boolean;
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
    /** The municipality's remembered corrections to read the workbook with (undefined: none). */
    readonly setRemembered: (entries: RememberedEntries | undefined) => void;
    readonly setOverride: (sheet: string, col: number, field: string | null) => void;
    readonly resetOverrides: () => void;
    /** Sets a cover field (a list value by id, a period as 2026-H2); null clears it, undefined forgets the correction. */
    readonly setCover: (key: CoverKey, value: string | null | undefined) => void;
    /** Corrects one value of a row or a checklist answer; null clears it. */
    readonly setValue: (target: ValueTarget, value: string | null) => void;
    /** Uses an unplaced value as a field ("brug som: …"). */
    readonly place: (sheet: string, cell: string, field: string) => void;
    /** Dismisses an unplaced value. */
    readonly dismiss: (sheet: string, cell: string) => void;
    /** Forgets every correction (a new workbook, or "undo all"). */
    readonly resetCorrections: () => void;
    /**
     * Joins corrections made elsewhere (the municipality's remembered corrections) to the pane's:
     * the pane's own win where both correct the same thing.
     */
    readonly mergeCorrections: (other: Corrections) => void;
    readonly runStructure: () => Promise<void>;
    readonly runSubmit: () => Promise<void>;
    readonly setNote: (note: string) => void;
    readonly signIn: () => Promise<void>;
    readonly signOut: () => Promise<void>;
    readonly selectIssue: (issue: Issue) => Promise<void>;
    /** Selects a cell in Excel (a read check's); a failure is shown as selectError. */
    readonly selectCell: (sheet: string, cell: string) => Promise<void>;
    readonly openSummary: (period: string) => Promise<void>;
  };
}

function valueKey(v: ValueCorrection): string {
  return `${v.sheet}!${v.cell}|${v.field}|${v.id ?? ''}`;
}

/** Every value and cover correction is in its cell, and nothing was placed (placing needs structuring). */
function inFile(c: Corrections, written: ReadonlySet<string>): boolean {
  if (isEmptyCorrections(c)) return true;
  if (c.placed.length > 0) return false;
  const cover = Object.entries(c.cover).filter(([, v]) => v !== undefined);
  return c.values.every((v) => written.has(valueKey(v))) && cover.every(([k]) => written.has(`cover.${k}`));
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
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  // Keys of value and cover corrections written into their cells (Excel).
  const [written, setWritten] = useState<ReadonlySet<string>>(new Set());
  const [structure, setStructure] = useState<StructureState>({ kind: 'idle' });
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const [serverIssues, setServerIssues] = useState<readonly Issue[]>([]);
  const [note, setNote] = useState('');
  const [user, setUser] = useState<SignedInUser | null>(() => auth.user());
  const [signIn, setSignIn] = useState<SignInState>({ kind: 'idle' });
  const [lastReceipt, setLastReceipt] = useState<ReceiptState>({ kind: 'unknown' });
  const [summary, setSummary] = useState<SummaryState>({ kind: 'idle' });
  const [selectError, setSelectError] = useState<string | null>(null);

  const correctionsRef = useRef<Corrections>(NO_CORRECTIONS);
  correctionsRef.current = corrections;
  // The municipality's remembered corrections (core/remembered.ts), read with every inspection.
  const [remembered, setRememberedState] = useState<RememberedEntries | undefined>(undefined);
  const rememberedRef = useRef<RememberedEntries | undefined>(undefined);
  rememberedRef.current = remembered;
  // The set the plan on screen was read with; when the set changes, the plan is read again (below).
  const readWithRef = useRef<RememberedEntries | undefined>(undefined);
  const withRemembered = () => {
    readWithRef.current = rememberedRef.current;
    return rememberedRef.current ? { remembered: rememberedRef.current } : {};
  };
  const writtenRef = useRef<ReadonlySet<string>>(written);
  writtenRef.current = written;
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
        corrections: correctionsRef.current,
        ...withRemembered(),
        ...(today ? { today } : {}),
        ...fileNameOf(host),
      });
      setLoad({ kind: 'ready', inspected, at: new Date() });
      setServerIssues([]);
    } catch (err) {
      if (seq !== readSeq.current) return;
      setLoad({ kind: 'error', message: messageOf(err, lang) });
    }
  }, [host, lang, today]);

  // Every correction re-validates at once, from the grid already read: no reading, no download.
  const correct = useCallback(
    (next: Corrections) => {
      // The components check what is typed; a value that still does not fit is not taken (it would
      // stop every reading of the plan) and says why.
      const checked = correctionsSchema.safeParse(next);
      if (!checked.success) {
        setSelectError(
          strings(lang)
            .unapplied('', checked.error.issues.map((i) => i.message).join('; '))
            .trim(),
        );
        return;
      }
      correctionsRef.current = next;
      setCorrections(next);
      const current = loadRef.current;
      if (current.kind !== 'ready') return;
      const inspected = inspectGridWith(current.inspected.grid, {
        corrections: next,
        ...withRemembered(),
        ...(today ? { today } : {}),
        ...fileNameOf(host),
      });
      setLoad({ kind: 'ready', inspected, at: new Date() });
    },
    [host, today, lang],
  );

  // Excel: a correction is also written into its cell, so that the workbook says what the pane says.
  const writeCell = useCallback(
    (key: string, write: CellWrite | undefined) => {
      if (!host.capabilities.writeCells || !write) return;
      host.writeCells([write]).then(
        ([ok]) =>
          setWritten((prev) => {
            const next = new Set(prev);
            if (ok) next.add(key);
            else next.delete(key);
            return next;
          }),
        (err: unknown) => {
          setWritten((prev) => {
            const next = new Set(prev);
            next.delete(key);
            return next;
          });
          setSelectError(strings(lang).selectFailed(messageOf(err, lang)));
        },
      );
    },
    [host, lang],
  );

  const setOverride = useCallback(
    (sheet: string, col: number, field: string | null) => {
      correct(withColumn(correctionsRef.current, { sheet, col, field }));
    },
    [correct],
  );

  const resetOverrides = useCallback(() => {
    correct({ ...correctionsRef.current, columns: [] });
  }, [correct]);

  const setCover = useCallback(
    (key: CoverKey, value: string | null | undefined) => {
      const current = loadRef.current;
      correct(withCover(correctionsRef.current, key, value));
      if (current.kind !== 'ready' || value === undefined) return;
      const r = current.inspected.result;
      writeCell(
        `cover.${key}`,
        coverWrite(key, value, r.structure.draft, current.inspected.grid, r.issues, lang),
      );
    },
    [correct, writeCell, lang],
  );

  const setValue = useCallback(
    (target: ValueTarget, value: string | null) => {
      const v: ValueCorrection = {
        sheet: target.sheet,
        cell: target.cell,
        field: target.field,
        value,
        ...(target.id ? { id: target.id as ValueCorrection['id'] } : {}),
      };
      correct(withValue(correctionsRef.current, v));
      const current = loadRef.current;
      writeCell(valueKey(v), valueWrite(v, lang, current.kind === 'ready' && current.inspected.structured));
    },
    [correct, writeCell, lang],
  );

  const place = useCallback(
    (sheet: string, cell: string, field: string) =>
      correct(withPlaced(correctionsRef.current, { sheet, cell, field })),
    [correct],
  );
  const dismiss = useCallback(
    (sheet: string, cell: string) => correct(withDismissed(correctionsRef.current, { sheet, cell })),
    [correct],
  );
  const resetCorrections = useCallback(() => {
    setWritten(new Set());
    correct(NO_CORRECTIONS);
  }, [correct]);
  const mergeCorrections = useCallback(
    (other: Corrections) => {
      const mine = correctionsRef.current;
      let next: Corrections = { ...other, cover: { ...other.cover, ...mine.cover } };
      for (const c of mine.columns) next = withColumn(next, c);
      for (const v of mine.values) next = withValue(next, v);
      for (const p of mine.placed) next = withPlaced(next, p);
      for (const d of mine.dismissed) next = withDismissed(next, d);
      correct(next);
    },
    [correct],
  );

  const runStructure = useCallback(async (): Promise<void> => {
    const current = loadRef.current;
    if (current.kind !== 'ready') return;
    setStructure({ kind: 'working' });
    try {
      const outcome = await host.applyStructure({
        lang,
        grid: current.inspected.grid,
        result: current.inspected.result.structure,
        columnOverrides: correctionsRef.current.columns,
        corrections: correctionsRef.current,
      });
      setStructure({ kind: 'done', outcome });
      // The corrections are now part of the workbook's template sheets.
      setCorrections(NO_CORRECTIONS);
      correctionsRef.current = NO_CORRECTIONS;
      setWritten(new Set());
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
        else logWarn('korpsplan: the service did not say who is signed in', err);
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
          corrections: correctionsRef.current,
          ...withRemembered(),
          correctionsInFile: inFile(correctionsRef.current, writtenRef.current),
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

  const selectCell = useCallback(
    async (sheet: string, cell: string): Promise<void> => {
      if (!host.capabilities.selectCell) return;
      try {
        await host.selectCell(sheet, cell);
        setSelectError(null);
      } catch (err) {
        setSelectError(strings(lang).selectFailed(messageOf(err, lang)));
      }
    },
    [host, lang],
  );
  const selectIssue = useCallback(
    (issue: Issue): Promise<void> => selectCell(issue.sheet, issue.cell),
    [selectCell],
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
        (err: unknown) => logError('korpsplan: could not watch the workbook for changes', err),
      );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (stop) void stop();
    };
  }, [host, refresh, debounceMs]);

  // Remembered corrections arrived or changed (loaded, undone, saved): the plan on screen is read
  // again with them at once — also when they arrive while the workbook is still being read.
  const setRemembered = useCallback((entries: RememberedEntries | undefined) => {
    rememberedRef.current = entries;
    setRememberedState(entries);
  }, []);
  useEffect(() => {
    if (load.kind !== 'ready' || readWithRef.current === remembered) return;
    readWithRef.current = remembered;
    const inspected = inspectGridWith(load.inspected.grid, {
      corrections: correctionsRef.current,
      ...(remembered ? { remembered } : {}),
      ...(today ? { today } : {}),
      ...fileNameOf(host),
    });
    setLoad({ kind: 'ready', inspected, at: new Date() });
  }, [host, load, remembered, today]);

  const actions = useMemo(
    () => ({
      refresh,
      setRemembered,
      setOverride,
      resetOverrides,
      setCover,
      setValue,
      place,
      dismiss,
      resetCorrections,
      mergeCorrections,
      runStructure,
      runSubmit,
      setNote,
      signIn: doSignIn,
      signOut,
      selectIssue,
      selectCell,
      openSummary,
    }),
    [
      refresh,
      setRemembered,
      setOverride,
      resetOverrides,
      setCover,
      setValue,
      place,
      dismiss,
      resetCorrections,
      mergeCorrections,
      runStructure,
      runSubmit,
      doSignIn,
      signOut,
      selectIssue,
      selectCell,
      openSummary,
    ],
  );

  return {
    load,
    overrides: corrections.columns,
    corrections,
    correctionsInFile: inFile(corrections, written),
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
