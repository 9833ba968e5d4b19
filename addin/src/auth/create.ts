// Chooses the sign-in for where the app runs and how the service is configured.

import type { AppConfig } from '../config';
import { MsalAuth } from './entra';
import { localAuth, WindowSessionAuth } from './local';
import type { Auth } from './types';
import { browserPopup, officeDialog } from './window';

export type Surface = 'office' | 'web';

export const ENTRA_DIALOG_STORAGE_KEY = 'korpsplan.entra.session';

export async function createAuth(
  config: AppConfig,
  surface: Surface,
  origin: string,
  lang: 'da' | 'en' = 'da',
): Promise<Auth> {
  const openWindow = surface === 'office' ? officeDialog : browserPopup();
  if (config.authMode === 'local') {
    return localAuth(
      `${origin}/signin.html?via=${surface === 'office' ? 'office' : 'popup'}&lang=${lang}`,
      openWindow,
    );
  }
  if (surface === 'web') return MsalAuth.standard(config, origin);
  if (Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))
    return MsalAuth.nested(config, origin);
  // Older Office without nested app authentication: MSAL runs in a dialog and hands the token back.
  return new WindowSessionAuth(
    'entra',
    `${origin}/auth-dialog.html?lang=${lang}`,
    officeDialog,
    ENTRA_DIALOG_STORAGE_KEY,
  );
}
