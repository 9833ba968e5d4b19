// The app's entry, for both taskpane.html (in Excel) and index.html (the web page). Office.js is
// loaded only inside Office (../office/load.ts): the web page never waits for Microsoft's CDN.
// Inside Office, where Office.js could not load at all (blocked by the municipality's network),
// or outside Excel, the app runs as the web page.

import { createRoot } from 'react-dom/client';
import { KorpsplanApi } from '../api';
import { createAuth } from '../auth/create';
import { loadAppConfig } from '../config';
import { langOf } from '../i18n';
import { OfficeWorkbookHost } from '../office/host';
import { loadOfficeJs, runsInOffice } from '../office/load';
import { App } from '../ui/App';
import { WebWorkbookHost } from '../web/host';
import { renderStartupError } from './startupError';
import { logError } from '../log';

async function inExcel(): Promise<boolean> {
  if (!runsInOffice() || !(await loadOfficeJs())) return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const excel = await inExcel();
  const params = new URLSearchParams(window.location.search);
  const lang = excel ? langOf(Office.context.displayLanguage) : langOf(params.get('lang'));
  document.documentElement.lang = lang;
  try {
    const config = await loadAppConfig();
    const auth = await createAuth(config, excel ? 'office' : 'web', window.location.origin, lang);
    const api = new KorpsplanApi({ baseUrl: config.apiBaseUrl, token: () => auth.token() });
    if (excel) {
      createRoot(root).render(<App lang={lang} host={new OfficeWorkbookHost()} api={api} auth={auth} />);
    } else {
      const webHost = new WebWorkbookHost(api);
      createRoot(root).render(<App lang={lang} host={webHost} webHost={webHost} api={api} auth={auth} />);
    }
  } catch (err) {
    renderStartupError(root, lang, err);
    throw err;
  }
}

main().catch((err: unknown) => logError('korpsplan failed to start', err));
