// What the page shows when the app cannot start (config.json missing, sign-in library failing): a
// plain message, without React, since React may be what failed.

import type { Lang } from '../../../core/spec';

export function renderStartupError(root: HTMLElement, lang: Lang, err: unknown): void {
  const detail = err instanceof Error ? err.message : String(err);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.font = '14px "Segoe UI", sans-serif';
  p.style.padding = '16px';
  p.textContent =
    lang === 'da'
      ? `korpsplan kunne ikke starte: ${detail}. Genindlæs siden, og kontakt korpsets administrator, hvis det sker igen.`
      : `korpsplan could not start: ${detail}. Reload the page, and contact the corps administrator if it happens again.`;
  root.replaceChildren(p);
}
