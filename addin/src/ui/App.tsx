// The app: the same React tree in Excel's task pane and on the web page; only the WorkbookHost
// differs (and the web page's drop zone).

import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { todayInDenmark } from '../../../core/inspect';
import type { Lang } from '../../../core/spec';
import type { KorpsplanApi } from '../api';
import type { Auth } from '../auth/types';
import { formatSubmittedAt } from '../common/format';
import type { WorkbookHost } from '../host';
import { formatBytes, strings } from '../i18n';
import type { WebWorkbookHost } from '../web/host';
import { COVER_KEYS, type CoverKey } from '../../../core/corrections';
import { correctionCount, currentPeriod, issueTarget, municipalityMismatch } from './corrections';
import { CorrectionsPanel } from './components/CorrectionsPanel';
import { CoverForm } from './components/CoverForm';
import { DropZone } from './components/DropZone';
import { UnplacedPanel } from './components/UnplacedPanel';
import { ChecksPanel } from './components/ChecksPanel';
import { splitChecks } from './checks';
import { Header } from './components/Header';
import { IssueList } from './components/IssueList';
import { StatusCard } from './components/StatusCard';
import { StructurePanel } from './components/StructurePanel';
import { SubmitPanel } from './components/SubmitPanel';
import { periodChoices, SummaryPanel } from './components/SummaryPanel';
import { planStatus, tableViews } from './model';
import { usePlanApp } from './usePlanApp';
import { RoundCard } from './rounds/RoundCard';
import { ReviewPanel } from './rounds/ReviewPanel';
import { useRounds } from './rounds/useRounds';
import { RememberedPanel } from './components/RememberedPanel';
import { useRememberedSet } from './useRememberedSet';
import { NextHalfPanel } from './nexthalf/NextHalfPanel';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '760px',
    margin: '0 auto',
    boxSizing: 'border-box',
  },
});

export interface AppProps {
  readonly lang: Lang;
  readonly host: WorkbookHost;
  readonly api: KorpsplanApi;
  readonly auth: Auth;
  /** The web page's host, to hand it the dropped file. */
  readonly webHost?: WebWorkbookHost;
  /** YYYY-MM-DD to judge lateness by (tests). */
  readonly today?: string;
  readonly debounceMs?: number;
}

/** Moves focus to a section named in the URL hash (#strukturer, #valider) so the ribbon buttons land there. */
function sectionOfHash(hash: string): string | undefined {
  if (hash === '#strukturer') return 'struktur';
  if (hash === '#valider') return 'fejl';
  return undefined;
}

function focusSection(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus();
}

export function App(props: AppProps) {
  const { lang, host, api, auth, webHost } = props;
  const t = strings(lang);
  const styles = useStyles();
  const app = usePlanApp({
    host,
    api,
    auth,
    lang,
    ...(props.today ? { today: props.today } : {}),
    ...(props.debounceMs !== undefined ? { debounceMs: props.debounceMs } : {}),
  });
  const { load, actions } = app;
  const [fileError, setFileError] = useState<string | undefined>();
  const rounds = useRounds(api, host, lang, app.user !== null && app.user.role !== undefined);
  const refreshRounds = rounds.refresh;
  const remembered = useRememberedSet(api, app.user, lang, actions.setRemembered);
  // A submission changes the municipality's state in the round.
  useEffect(() => {
    if (app.submit.kind === 'done') void refreshRounds();
  }, [app.submit, refreshRounds]);

  // In Excel the open workbook is read at once; on the web page once a file is dropped.
  useEffect(() => {
    if (host.kind === 'office') void actions.refresh();
  }, [host, actions]);

  useEffect(() => {
    const onHash = () => {
      const id = sectionOfHash(window.location.hash);
      if (!id) return;
      if (id === 'fejl') void actions.refresh();
      // Let the sections render before moving focus.
      setTimeout(() => focusSection(id), 0);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [actions]);

  const onFile = useCallback(
    async (file: File) => {
      if (!webHost) return;
      if (!/\.xlsx$/i.test(file.name)) {
        setFileError(t.notXlsx);
        return;
      }
      setFileError(undefined);
      const bytes = new Uint8Array(await file.arrayBuffer());
      webHost.setFile(file.name, bytes);
      // Corrections belong to the workbook they were made in.
      actions.resetCorrections();
      await actions.refresh();
    },
    [webHost, actions, t, lang],
  );

  const formatWhen = useCallback((iso: string) => formatSubmittedAt(iso, lang), [lang]);
  const today = props.today ?? todayInDenmark();
  const periods = useMemo(() => periodChoices(today), [today]);
  // The cover's period choices: the next half-year, the current one (offered first) and earlier ones.
  const coverPeriods = useMemo(() => {
    const now = currentPeriod(today);
    const [y, h] = now.split('-H').map(Number);
    const next = h === 1 ? `${y}-H2` : `${(y ?? 2026) + 1}-H1`;
    return [now, next, ...periods.filter((p) => p !== now)];
  }, [today, periods]);
  const correctedCover = useMemo(
    () => new Set<CoverKey>(COVER_KEYS.filter((k) => app.corrections.cover[k] !== undefined)),
    [app.corrections.cover],
  );
  const inspected = load.kind === 'ready' ? load.inspected : undefined;
  // Read at every render: after structuring on the web page the structured file is the current one.
  const fileInfo = webHost?.fileInfo();
  const status = inspected ? planStatus(inspected.result, lang) : undefined;
  const isLeader = app.user !== null && app.user.role !== 'coordinator';
  const empty = inspected ? inspected.grid.sheets.every((s) => s.cells.length === 0) : false;
  // Flagged as soon as the workbook is read, not first at submission.
  const mismatch = inspected ? municipalityMismatch(inspected.result.structure.draft, app.user) : undefined;
  const checks = useMemo(() => splitChecks(inspected?.result.checks, lang), [inspected, lang]);
  const { preview } = remembered;
  const toRemember = useMemo(
    () => (inspected ? preview(inspected.result.structure, inspected.grid, app.corrections) : undefined),
    [inspected, preview, app.corrections],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'da' ? 'da-DK' : 'en'} className={styles.page}>
      <main className={styles.root} aria-labelledby="app-title">
        <Header
          t={t}
          title={host.kind === 'web' ? t.webTitle : t.appTitle}
          subtitle={host.kind === 'web' ? t.webIntro : t.appSubtitle}
          user={app.user}
          signIn={app.signIn}
          onSignIn={() => void actions.signIn()}
          onSignOut={() => void actions.signOut()}
        />
        {isLeader && rounds.state.kind === 'ready' && (
          <ReviewPanel
            lang={lang}
            status={rounds.state.status}
            filter={rounds.filter}
            {...(rounds.busy ? { busy: rounds.busy } : {})}
            {...(rounds.actionError ? { error: rounds.actionError } : {})}
            formatWhen={formatWhen}
            onFilter={rounds.setFilter}
            onOpen={(row) => void rounds.open(row)}
            onApprove={(row) => void rounds.approve(row)}
            onSendBack={(row, comment) => void rounds.sendBack(row, comment)}
          />
        )}
        {!isLeader && rounds.state.kind === 'ready' && (
          <RoundCard
            lang={lang}
            round={rounds.state.status.round}
            {...(rounds.state.status.rows[0] ? { row: rounds.state.status.rows[0] } : {})}
            now={new Date()}
            canSelect={host.capabilities.selectCell}
            canResubmit={inspected !== undefined}
            onGoTo={(sheet, cell) => {
              const target = sheet ?? inspected?.grid.sheets[0]?.name;
              if (target) void host.selectCell(target, cell);
            }}
            onResubmit={() => {
              void actions.runSubmit().then(() => rounds.refresh());
            }}
          />
        )}
        {isLeader && (
          <SummaryPanel
            t={t}
            lang={lang}
            periods={periods}
            state={app.summary}
            onOpen={(p) => void actions.openSummary(p)}
          />
        )}
        {host.kind === 'web' && (
          <DropZone
            t={t}
            {...(fileInfo
              ? { fileLabel: t.fileChosen(fileInfo.name, formatBytes(fileInfo.size, lang)) }
              : {})}
            {...(fileError ? { error: fileError } : {})}
            onFile={(f) => void onFile(f)}
          />
        )}
        {load.kind === 'reading' && <Spinner label={t.reading} />}
        {load.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.readFailed(load.message)}</MessageBarBody>
          </MessageBar>
        )}
        {inspected && status && (
          <>
            <StatusCard
              t={t}
              status={status}
              receipt={app.lastReceipt}
              signedIn={app.user !== null}
              validatedAt={
                load.kind === 'ready'
                  ? t.validatedAt(
                      load.at.toLocaleTimeString(lang === 'da' ? 'da-DK' : 'en-GB', {
                        hour: '2-digit',
                        minute: '2-digit',
                      }),
                    )
                  : ''
              }
              onValidate={() => void actions.refresh()}
              formatWhen={formatWhen}
            />
            <NextHalfPanel
              lang={lang}
              host={host}
              api={api}
              {...(webHost ? { webHost } : {})}
              inspected={inspected}
              corrections={app.corrections}
              signedIn={app.user !== null}
              onCorrections={actions.mergeCorrections}
              onStructure={actions.runStructure}
              onNewWorkbook={async () => {
                actions.resetCorrections();
                await actions.refresh();
              }}
            />
            <CoverForm
              t={t}
              lang={lang}
              draft={inspected.result.structure.draft}
              corrected={correctedCover}
              {...(app.user?.municipality ? { userMunicipality: app.user.municipality } : {})}
              periods={coverPeriods}
              {...(mismatch ? { mismatch } : {})}
              checks={checks.cover}
              onSet={actions.setCover}
            />
            <StructurePanel
              t={t}
              lang={lang}
              tables={tableViews(inspected.result.structure.tables, app.overrides)}
              empty={empty}
              structured={inspected.structured}
              corrections={app.overrides.length}
              unmapped={inspected.result.unmapped.length}
              notCarried={inspected.result.structure.notCarried}
              inPlace={host.capabilities.structureInPlace}
              state={app.structure}
              onOverride={actions.setOverride}
              onReset={actions.resetOverrides}
              onStructure={() => void actions.runStructure()}
            />
            <IssueList
              t={t}
              lang={lang}
              sheets={inspected.grid.sheets.map((s) => s.name)}
              issues={inspected.result.issues}
              serverIssues={app.serverIssues}
              canSelect={host.capabilities.selectCell}
              selectError={app.selectError}
              onSelect={(issue) => void actions.selectIssue(issue)}
              targetOf={(issue) => issueTarget(issue, inspected.result.structure.draft)}
              onCorrect={actions.setValue}
            />
            <ChecksPanel
              t={t}
              lang={lang}
              checks={checks.rest}
              canSelect={host.capabilities.selectCell}
              selectError={app.selectError}
              onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)}
            />
            <CorrectionsPanel
              t={t}
              lang={lang}
              draft={inspected.result.structure.draft}
              count={correctionCount(app.corrections)}
              held={host.kind}
              unapplied={inspected.result.unapplied}
              onSave={actions.setValue}
              onReset={actions.resetCorrections}
            />
            {app.user?.role === 'coordinator' && toRemember && (
              <RememberedPanel
                lang={lang}
                applied={inspected.result.structure.remembered ?? []}
                pending={toRemember.count}
                notRemembered={toRemember.notRemembered}
                state={remembered.state}
                onUndo={(key) => void remembered.undo(key)}
                onRemember={() => void remembered.remember(toRemember.entries)}
              />
            )}
            <UnplacedPanel
              t={t}
              lang={lang}
              draft={inspected.result.structure.draft}
              unmapped={inspected.result.unmapped}
              dismissed={app.corrections.dismissed.length}
              onPlace={actions.place}
              onDismiss={actions.dismiss}
            />
            <SubmitPanel
              t={t}
              lang={lang}
              errors={status.errors}
              warnings={status.warnings}
              needsStructure={
                host.capabilities.structureInPlace &&
                ((app.overrides.length > 0 && !inspected.structured) || !app.correctionsInFile)
              }
              note={app.note}
              state={app.submit}
              formatWhen={formatWhen}
              formatBytes={(n) => formatBytes(n, lang)}
              onNote={actions.setNote}
              onSubmit={() => void actions.runSubmit()}
              onSignIn={() => void actions.signIn()}
              onShowErrors={() => focusSection('fejl')}
            />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
