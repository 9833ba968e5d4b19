// The ribbon's function file (commands.html). Indsend runs the very same submit pipeline as the task
// pane, then shows the outcome in a small notification dialog, and completes the command only when
// all of that is done. There is no shared runtime (the offline-validated 2019 manifest schema has no
// <Runtimes>), so this runs in its own runtime; the sign-in it uses is the one the task pane stored.

import { KorpsplanApi } from '../api';
import { createAuth } from '../auth/create';
import { WindowSessionAuth } from '../auth/local';
import { loadAppConfig } from '../config';
import { langOf } from '../i18n';
import { outcomeNotice, type Notice, type RoundAfterSubmit } from '../notice';
import { OfficeWorkbookHost } from '../office/host';
import { roundAfterSubmit, submitPlan, type SubmitOutcome } from '../pipeline';
import { logError } from '../log';

/** How long the notification waits for the coordinator before the command completes anyway. */
const NOTICE_TIMEOUT_MS = 60_000;

function showNotice(notice: Notice): Promise<void> {
  const url = new URL('notify.html', window.location.href);
  url.searchParams.set('intent', notice.intent);
  url.searchParams.set('title', notice.title);
  for (const line of notice.lines) url.searchParams.append('line', line);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 35, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          logError('korpsplan: the notification could not be shown', result.error);
          resolve();
          return;
        }
        const dialog = result.value;
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          dialog.close();
          done();
        }, NOTICE_TIMEOUT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          done();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      },
    );
  });
}

async function submitFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langOf(Office.context.displayLanguage);
  let outcome: SubmitOutcome;
  let round: RoundAfterSubmit | undefined;
  try {
    const config = await loadAppConfig();
    const auth = await createAuth(config, 'office', window.location.origin, lang);
    const api = new KorpsplanApi({ baseUrl: config.apiBaseUrl, token: () => auth.token() });
    outcome = await submitPlan(
      { host: new OfficeWorkbookHost(), api, auth },
      // A sign-in dialog can open from here; a nested-app-auth popup cannot.
      { lang, interactive: auth instanceof WindowSessionAuth },
    );
    if (outcome.kind === 'accepted') round = await roundAfterSubmit(api, outcome.receipt.period, new Date());
  } catch (err) {
    logError('korpsplan: submitting from the ribbon failed', err);
    outcome = {
      kind: 'failure',
      failure: { kind: 'failed', status: 0, detail: err instanceof Error ? err.message : String(err) },
    };
  }
  try {
    await showNotice(outcomeNotice(outcome, lang, round));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('submitPlan', (event: Office.AddinCommands.Event) => {
    void submitFromRibbon(event);
  });
}).catch((err: unknown) => logError('korpsplan: Office did not start the function file', err));
