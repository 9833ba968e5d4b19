// The two ways a sign-in page runs beside the app: an Office dialog (displayDialogAsync, the page
// answers with messageParent) or, on the web page, a browser popup (the page answers with
// postMessage to its opener).

import { SignInCancelled, SignInFailed, type SignInWindow } from './types';

/** Office dialog error 12006: the user closed the dialog. */
const DIALOG_CLOSED = 12006;

export const officeDialog: SignInWindow = (url) =>
  new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(
            new SignInFailed(`The sign-in dialog did not open: ${result.error.code} ${result.error.message}`),
          );
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          if ('message' in arg) resolve(arg.message);
          else reject(new SignInFailed(`Dialog error ${arg.error}`));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          if ('error' in arg && arg.error === DIALOG_CLOSED) reject(new SignInCancelled());
          else reject(new SignInFailed(`Dialog event ${'error' in arg ? arg.error : 'unknown'}`));
        });
      },
    );
  });

export function browserPopup(win: Window = window): SignInWindow {
  return (url) =>
    new Promise((resolve, reject) => {
      const popup = win.open(url, 'korpsplan-signin', 'popup,width=480,height=640');
      if (!popup) {
        reject(new SignInFailed('The browser blocked the sign-in window'));
        return;
      }
      const origin = new URL(url, win.location.href).origin;
      const cleanup = (): void => {
        win.removeEventListener('message', onMessage);
        win.clearInterval(timer);
      };
      const onMessage = (event: MessageEvent): void => {
        if (event.origin !== origin || event.source !== popup) return;
        cleanup();
        popup.close();
        if (typeof event.data === 'string') resolve(event.data);
        else reject(new SignInFailed('The sign-in window sent an unexpected message'));
      };
      // The user may close the window without choosing.
      const timer = win.setInterval(() => {
        if (popup.closed) {
          cleanup();
          reject(new SignInCancelled());
        }
      }, 400);
      win.addEventListener('message', onMessage);
    });
}

/** How a sign-in page sends its one message back to the app that opened it. */
export function answerOpener(message: string, via: 'office' | 'popup'): void {
  if (via === 'office') {
    Office.context.ui.messageParent(message);
    return;
  }
  const opener = window.opener as Window | null;
  if (!opener) throw new SignInFailed('This page was not opened by korpsplan');
  opener.postMessage(message, window.location.origin);
}
