// Office.js is loaded only where a page runs inside Office, and never in the way of the first
// paint. The web page (index.html) — the fallback for municipalities that block add-ins — does
// not reference it at all, so it paints and works when Microsoft's CDN is unreachable; the task
// pane (taskpane.html) references it after its first paint.
//
// The CDN is Office.js's supported source (the @microsoft/office-js npm package says it is no
// longer supported for serving, and is 86 MB of host- and locale-specific files), so inside Office
// it comes from there; Office itself needs the CDN to run add-ins at all.

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long a page inside Office waits for Office.js before it goes on as the web page. */
export const OFFICE_JS_TIMEOUT_MS = 20_000;

/**
 * Whether this page runs inside Office: Office.js is already there (taskpane.html references it),
 * or Office opened the page (it adds `_host_Info` to the URL of every add-in page and Office.js
 * keeps it in sessionStorage across the pane's navigations).
 */
export function runsInOffice(win: Window = window): boolean {
  if (typeof Office !== 'undefined') return true;
  if (new URLSearchParams(win.location.search).has('_host_Info')) return true;
  try {
    return win.sessionStorage.getItem('hostInfoValue') !== null;
  } catch {
    // Storage blocked (a privacy setting): only the URL tells.
    return false;
  }
}

/**
 * Loads Office.js unless it is there; true once it is, false when it could not be loaded in time
 * (then the page goes on without Office, as the web page).
 */
export function loadOfficeJs(
  timeoutMs: number = OFFICE_JS_TIMEOUT_MS,
  doc: Document = document,
): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean): void {
      clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
      resolve(ok && typeof Office !== 'undefined');
    }
    script.onload = () => finish(true);
    script.onerror = () => finish(false);
    script.src = OFFICE_JS_URL;
    doc.head.appendChild(script);
  });
}
