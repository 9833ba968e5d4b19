// auth-redirect.html: where Entra sends the browser back after sign-in (MSAL's redirect bridge hands
// the answer to the page or popup that started it).

import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { logError } from '../log';

broadcastResponseToMainFrame().catch((err: unknown) => logError('korpsplan: sign-in redirect failed', err));
