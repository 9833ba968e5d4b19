// The municipality's remembered corrections in the pane: fetched when a coordinator signs in and
// handed to the plan (read again at once, each decision shown "husket fra sidst"); an entry undone
// is forgotten on the service too; "husk mine rettelser" turns this workbook's corrections into
// entries (core/remembered.ts rememberFrom), merges them with the saved set and saves it under its
// ETag — on a 409 (saved from elsewhere meanwhile) it reads the set again and merges once more.

import { useCallback, useEffect, useState } from 'react';
import type { Corrections } from '../../../core/corrections';
import type { Grid } from '../../../core/grid';
import type { StructureResult } from '../../../core/draft';
import {
  forgetRemembered,
  type RememberedEntries,
  type NotRemembered,
  type ValueCorrectionInput,
} from '../../../core/remembered';
import { mergeRemembered, rememberFrom } from '../../../core/remembered-schema';
import type { Lang } from '../../../core/spec';
import { ApiError, type KorpsplanApi, type RememberedVersion } from '../api';
import { strings } from '../i18n';
import type { SignedInUser } from '../auth/types';
import type { RememberState } from './components/RememberedPanel';

export interface RememberedSet {
  readonly state: RememberState;
  readonly entries: RememberedEntries | undefined;
  readonly undo: (key: string) => Promise<void>;
  /** The corrections that would be remembered now, and those that cannot be. */
  readonly preview: (
    result: StructureResult,
    grid: Grid,
    corrections: Corrections,
  ) => { count: number; notRemembered: readonly NotRemembered[]; entries: RememberedEntries };
  readonly remember: (entries: RememberedEntries) => Promise<void>;
}

function entryCount(e: RememberedEntries): number {
  return e.columns.length + e.values.length + e.labels.length;
}

/** A person's corrections of this workbook as the inputs rememberFrom takes (cover values at their places). */
function valueInputs(result: StructureResult, corrections: Corrections): ValueCorrectionInput[] {
  const cover = Object.entries(corrections.cover).flatMap(([key, value]): ValueCorrectionInput[] => {
    const place = result.draft.places[key as keyof typeof result.draft.places];
    return place && value !== undefined
      ? [{ sheet: place.sheet, cell: place.cell, field: `cover.${key}`, value }]
      : [];
  });
  return [
    ...cover,
    ...corrections.values.map((v) => ({ sheet: v.sheet, cell: v.cell, field: v.field, value: v.value })),
  ];
}

export function useRememberedSet(
  api: KorpsplanApi,
  user: SignedInUser | null,
  lang: Lang,
  apply: (entries: RememberedEntries | undefined) => void,
): RememberedSet {
  const [version, setVersion] = useState<RememberedVersion | undefined>(undefined);
  const [state, setState] = useState<RememberState>({ kind: 'idle' });
  const code = user?.role === 'coordinator' ? user.municipality : undefined;

  useEffect(() => {
    if (!code) {
      setVersion(undefined);
      apply(undefined);
      return;
    }
    let live = true;
    api.getRemembered(code).then(
      (v) => {
        if (!live) return;
        setVersion(v);
        apply(v.body.remembered);
      },
      (err: unknown) => {
        if (!live) return;
        // Reading the plan goes on without them; the pane says why they are missing.
        setState({
          kind: 'failed',
          message:
            err instanceof ApiError && 'message' in err.failure && err.failure.message
              ? err.failure.message
              : {
                  da: strings('da').rememberedUnavailable,
                  en: strings('en').rememberedUnavailable,
                },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [api, code, apply]);

  const save = useCallback(
    async (
      make: (current: RememberedEntries) => RememberedEntries,
    ): Promise<RememberedEntries | undefined> => {
      if (!code || !version) return undefined;
      let current = version;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const next = make(current.body.remembered);
          const saved = await api.putRemembered(code, next, current.etag);
          setVersion(saved);
          apply(saved.body.remembered);
          return saved.body.remembered;
        } catch (err) {
          if (attempt === 0 && err instanceof ApiError && err.failure.kind === 'conflict') {
            current = await api.getRemembered(code);
            continue;
          }
          throw err;
        }
      }
      return undefined;
    },
    [api, apply, code, version],
  );

  const fail = (err: unknown) =>
    setState({
      kind: 'failed',
      message:
        err instanceof ApiError && 'message' in err.failure && err.failure.message
          ? err.failure.message
          : { da: String(err), en: String(err) },
    });

  const undo = useCallback(
    async (key: string) => {
      setState({ kind: 'saving' });
      try {
        await save((current) => forgetRemembered(current, [key]));
        setState({ kind: 'idle' });
      } catch (err) {
        fail(err);
      }
    },
    [save],
  );

  const remember = useCallback(
    async (fresh: RememberedEntries) => {
      setState({ kind: 'saving' });
      try {
        await save((current) => mergeRemembered(current, fresh));
        setState({ kind: 'saved', count: entryCount(fresh) });
      } catch (err) {
        fail(err);
      }
    },
    [save],
  );

  const preview = useCallback((result: StructureResult, grid: Grid, corrections: Corrections) => {
    const r = rememberFrom(result, grid, corrections.columns, valueInputs(result, corrections));
    return { count: entryCount(r.entries), notRemembered: r.notRemembered, entries: r.entries };
  }, []);

  void lang;
  return { state, entries: version?.body.remembered, undo, preview, remember };
}
