// "Start næste halvår", "Opdater til skabelon 1.1" and the confirmation of the checklist answers
// carried from the previous half-year. The same panel in Excel's task pane and on the web page.
//
//   Start næste halvår   the service rolls the workbook forward (POST /api/next-period); on the web
//                        page the new workbook is downloaded and becomes the page's workbook, in
//                        Excel it opens as a new workbook.
//   Opdater til 1.1      a correction (templateVersion) and structuring: in Excel the template sheets
//                        are rewritten in place in the 1.1 layout, on the web page the service writes
//                        the updated workbook; every value is kept.
//   Bekræft              a correction (confirmed): the answer is no longer carried, so its warning
//                        goes; in Excel its mark is also cleared from the lists sheet.

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Corrections } from '../../../../core/corrections';
import { cellText, SheetIndex, a1, type Grid } from '../../../../core/grid';
import { canUpdate } from '../../../../core/migrate';
import { nextPeriodOf } from '../../../../core/nextPeriod';
import {
  CARRIED_MARKER,
  CHECKLIST,
  LISTS_SHEET,
  TEMPLATE_VERSION,
  listLabel,
  type ChecklistId,
  type Lang,
} from '../../../../core/spec';
import type { KorpsplanApi } from '../../api';
import type { WorkbookHost } from '../../host';
import type { Inspected } from '../../pipeline';
import { MAX_UPLOAD_BYTES } from '../../limits';
import type { WebWorkbookHost } from '../../web/host';
import { Section } from '../components/Section';
import { strings } from '../../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
  },
  question: { flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' },
  block: { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}` },
});

export interface NextHalfPanelProps {
  readonly lang: Lang;
  readonly host: WorkbookHost;
  readonly api: KorpsplanApi;
  readonly webHost?: WebWorkbookHost;
  readonly inspected: Inspected;
  readonly corrections: Corrections;
  readonly signedIn: boolean;
  /** Replaces the pane's corrections (usePlanApp's mergeCorrections). */
  readonly onCorrections: (next: Corrections) => void;
  /** Structures the workbook with the corrections (usePlanApp's runStructure). */
  readonly onStructure: () => Promise<void>;
  /** A new workbook was set on the web page: forget the old one's corrections and read it. */
  readonly onNewWorkbook: () => Promise<void>;
}

type Busy = 'start' | 'update' | undefined;

/** The lists sheet's cells holding the carried marks of `ids` (to clear them in Excel). */
function carriedCells(grid: Grid, ids: readonly ChecklistId[]): { sheet: string; cell: string }[] {
  const lists = grid.sheets.find((s) => s.name === LISTS_SHEET.da || s.name === LISTS_SHEET.en);
  if (!lists) return [];
  const idx = new SheetIndex(lists);
  const out: { sheet: string; cell: string }[] = [];
  for (let c = 0; c <= idx.maxCol; c++) {
    if (cellText(idx.get(0, c)).trim() !== CARRIED_MARKER) continue;
    for (let r = 1; r <= idx.maxRow; r++) {
      const id = cellText(idx.get(r, c)).split('=')[0]?.trim();
      if (id && ids.includes(id as ChecklistId)) out.push({ sheet: lists.name, cell: a1(r, c) });
    }
  }
  return out;
}

export function NextHalfPanel(props: NextHalfPanelProps) {
  const { lang, host, api, webHost, inspected, corrections } = props;
  const t = strings(lang);
  const styles = useStyles();
  const [busy, setBusy] = useState<Busy>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [updateAsked, setUpdateAsked] = useState(false);
  const draft = inspected.result.structure.draft;
  const carried = draft.carried ?? [];
  const plan = inspected.result.plan;
  const { onStructure } = props;

  // "Opdater": structure once the correction naming the version is part of the pane's reading.
  useEffect(() => {
    if (!updateAsked || corrections.templateVersion !== TEMPLATE_VERSION) return;
    setUpdateAsked(false);
    void onStructure().finally(() => setBusy(undefined));
  }, [updateAsked, corrections.templateVersion, onStructure]);

  const start = useCallback(async () => {
    setBusy('start');
    setError(undefined);
    setDone(undefined);
    try {
      const bytes = await host.readFile(MAX_UPLOAD_BYTES);
      const next = await api.nextPeriod(bytes, lang);
      const period = plan ? nextPeriodOf(plan.period) : '';
      const name = t.nextHalfFileName(period);
      const how = await host.openWorkbook(next, name);
      if (webHost) {
        webHost.setFile(name, next);
        await props.onNewWorkbook();
        setDone(t.nextHalfStarted(name));
      } else {
        setDone(how === 'opened' ? t.nextHalfStartedOffice(name) : t.nextHalfStarted(name));
      }
    } catch (err) {
      setError(t.nextHalfFailed(err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(undefined);
    }
  }, [host, api, lang, plan, webHost, props, t]);

  const update = useCallback(() => {
    setBusy('update');
    setError(undefined);
    props.onCorrections({ ...corrections, templateVersion: TEMPLATE_VERSION });
    setUpdateAsked(true);
  }, [corrections, props]);

  const confirm = useCallback(
    (ids: readonly ChecklistId[]) => {
      const confirmed = [...new Set([...(corrections.confirmed ?? []), ...ids])];
      props.onCorrections({ ...corrections, confirmed });
      if (host.capabilities.writeCells) {
        const cells = carriedCells(inspected.grid, ids);
        if (cells.length > 0) void host.writeCells(cells.map((c) => ({ ...c, value: null })));
      }
    },
    [corrections, props, host, inspected.grid],
  );

  const older = canUpdate(draft.templateVersion);
  const confirmedAll = carried.length === 0 && (corrections.confirmed?.length ?? 0) > 0;
  const canStart = plan !== null && props.signedIn;
  if (carried.length === 0 && !confirmedAll && !older && !canStart && !done && !error) return null;
  return (
    <Section id="naeste-halvaar" title={t.nextHalfHeading}>
      {carried.length > 0 && (
        <section aria-label={t.nextHalfCarriedHeading}>
          <Text as="p" weight="semibold" className={styles.block}>
            {t.nextHalfCarriedHeading}
          </Text>
          <Text as="p" className={styles.block}>
            {t.nextHalfCarriedIntro(carried.length)}
          </Text>
          <ul className={styles.list}>
            {carried.map((c) => {
              const q = CHECKLIST.find((x) => x.id === c.id);
              return (
                <li key={c.id} className={styles.item}>
                  <Text className={styles.question}>
                    <strong>{c.id}</strong> {q?.text[lang]} —{' '}
                    <strong>{listLabel('answer', c.answer, lang)}</strong>
                  </Text>
                  <Button
                    size="small"
                    aria-label={t.nextHalfConfirmOne(c.id)}
                    onClick={() => confirm([c.id])}
                  >
                    {t.nextHalfConfirm}
                  </Button>
                </li>
              );
            })}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => confirm(carried.map((c) => c.id))}>
              {t.nextHalfConfirmAll}
            </Button>
          </div>
        </section>
      )}
      {confirmedAll && (
        <MessageBar intent="success">
          <MessageBarBody>{t.nextHalfAllConfirmed}</MessageBarBody>
        </MessageBar>
      )}
      {older && (
        <>
          <Text as="p">{t.nextHalfUpdateIntro(draft.templateVersion ?? '', TEMPLATE_VERSION)}</Text>
          <div className={styles.row}>
            <Button disabled={busy !== undefined} onClick={update}>
              {t.nextHalfUpdate(TEMPLATE_VERSION)}
            </Button>
            {busy === 'update' && <Spinner size="tiny" label={t.nextHalfUpdating} />}
          </div>
        </>
      )}
      {canStart && (
        <>
          <Text as="p">{t.nextHalfIntro}</Text>
          <div className={styles.row}>
            <Button
              appearance={carried.length > 0 ? 'secondary' : 'primary'}
              disabled={busy !== undefined}
              onClick={() => void start()}
            >
              {t.nextHalfStart}
            </Button>
            {busy === 'start' && <Spinner size="tiny" label={t.nextHalfStarting} />}
          </div>
        </>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
