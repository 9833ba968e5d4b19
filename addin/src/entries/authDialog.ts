// auth-dialog.html: Entra sign-in where Office has no nested app authentication. Runs inside an Office
// dialog: MSAL's redirect flow signs the user in (the page is navigated away and back), then the
// token goes to the add-in with messageParent.

import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { answerOpener } from '../auth/window';
import { msalConfiguration, userOf } from '../auth/entra';
import { loadAppConfig } from '../config';
import type { LocalSession } from '../auth/local';
import { logError } from '../log';

async function main(): Promise<void> {
  await Office.onReady();
  const config = await loadAppConfig();
  if (config.authMode !== 'entra') throw new Error('auth-dialog.html is for Entra sign-in only');
  const pca = await createStandardPublicClientApplication(msalConfiguration(config, window.location.origin));
  const result = await pca.handleRedirectPromise();
  if (!result) {
    await pca.loginRedirect({ scopes: [config.apiScope], redirectStartPage: window.location.href });
    return;
  }
  const session: LocalSession = {
    token: result.accessToken,
    expiresAt: (result.expiresOn ?? new Date(Date.now() + 30 * 60_000)).getTime(),
    user: result.account ? userOf(result.account) : { name: 'Bruger' },
  };
  answerOpener(JSON.stringify(session), 'office');
}

main().catch((err: unknown) => {
  logError('korpsplan: Entra sign-in in the dialog failed', err);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `Login mislykkedes / Sign-in failed: ${err instanceof Error ? err.message : String(err)}`;
  document.body.appendChild(p);
});
