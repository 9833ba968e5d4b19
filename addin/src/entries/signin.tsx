// signin.html: the local issuer's sign-in page, opened as an Office dialog (?via=office) by the
// add-in or as a popup (?via=popup) by the web page.

import { createRoot } from 'react-dom/client';
import { answerOpener } from '../auth/window';
import { fetchLocalSession, fetchLocalUsers } from '../auth/local';
import { loadAppConfig } from '../config';
import { loadOfficeJs } from '../office/load';
import { langOf } from '../i18n';
import { LocalSignIn } from '../ui/LocalSignIn';
import { logError } from '../log';

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const via = params.get('via') === 'office' ? 'office' : 'popup';
  const lang = langOf(params.get('lang'));
  document.documentElement.lang = lang;
  // Office.js only in the Office dialog: the web page's popup never waits for Microsoft's CDN.
  if (via === 'office' && (await loadOfficeJs())) await Office.onReady();
  const config = await loadAppConfig();
  const base = config.apiBaseUrl.replace(/\/+$/, '');
  const root = document.getElementById('root');
  if (!root) throw new Error('signin.html has no #root');
  createRoot(root).render(
    <LocalSignIn
      lang={lang}
      loadUsers={() => fetchLocalUsers(base)}
      onChoose={async (user) => {
        const session = await fetchLocalSession(base, user);
        answerOpener(JSON.stringify(session), via);
      }}
    />,
  );
}

main().catch((err: unknown) => logError('korpsplan sign-in failed to start', err));
