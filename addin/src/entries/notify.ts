// notify.html: the Indsend command's notification dialog. Plain DOM (it must open fast); the text
// comes in the query string, made by notice.ts.

import { logError } from '../log';

function render(): void {
  const params = new URLSearchParams(window.location.search);
  const intent = params.get('intent') ?? 'success';
  const root = document.getElementById('root');
  if (!root) return;
  root.className = `notice notice-${intent}`;
  const title = document.createElement('h1');
  title.textContent = params.get('title') ?? 'korpsplan';
  root.appendChild(title);
  for (const line of params.getAll('line')) {
    const p = document.createElement('p');
    p.textContent = line;
    root.appendChild(p);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'OK';
  button.addEventListener('click', () => Office.context.ui.messageParent('close'));
  root.appendChild(button);
  button.focus();
}

Office.onReady(render).catch((err: unknown) => logError('korpsplan: notification failed', err));
