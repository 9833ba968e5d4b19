// Sign-in with Entra ID through MSAL. In Office: nested app authentication (the add-in gets a token
// for the service through Office's own signed-in account, no extra prompt) where the host supports
// it (requirement set NestedAppAuth 1.1); elsewhere the dialog fallback (auth-dialog.html runs MSAL's
// redirect flow in an Office dialog and hands the token back). On the web page: MSAL with a popup.

import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { AppConfig } from '../config';
import { SignInCancelled, type Auth, type SignedInUser } from './types';

export type EntraConfig = Extract<AppConfig, { authMode: 'entra' }>;

/** The page MSAL's popup and redirect flows return to (it runs MSAL's redirect bridge). */
export const REDIRECT_PAGE = 'auth-redirect.html';

export function msalConfiguration(config: EntraConfig, origin: string): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: `${origin}/${REDIRECT_PAGE}`,
    },
    cache: { cacheLocation: 'localStorage' },
  };
}

export function userOf(account: AccountInfo): SignedInUser {
  return {
    name: account.name ?? account.username,
    ...(account.username ? { username: account.username } : {}),
  };
}

function isCancel(err: unknown): boolean {
  return (
    err instanceof Error &&
    'errorCode' in err &&
    (err as { errorCode: unknown }).errorCode === 'user_cancelled'
  );
}

export class MsalAuth implements Auth {
  readonly mode = 'entra' as const;
  private current: SignedInUser | null = null;

  private constructor(
    private readonly pca: IPublicClientApplication,
    private readonly scopes: string[],
    private readonly nestedApp: boolean,
  ) {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account) this.current = userOf(account);
  }

  /** Nested app authentication inside Office. */
  static async nested(config: EntraConfig, origin: string): Promise<MsalAuth> {
    const pca = await createNestablePublicClientApplication(msalConfiguration(config, origin));
    return new MsalAuth(pca, [config.apiScope], true);
  }

  /** The web page, outside Office. */
  static async standard(config: EntraConfig, origin: string): Promise<MsalAuth> {
    const pca = await createStandardPublicClientApplication(msalConfiguration(config, origin));
    await pca.handleRedirectPromise();
    return new MsalAuth(pca, [config.apiScope], false);
  }

  private remember(result: AuthenticationResult): SignedInUser {
    if (result.account) {
      this.pca.setActiveAccount(result.account);
      this.current = userOf(result.account);
    }
    return this.current ?? { name: 'Bruger' };
  }

  user(): SignedInUser | null {
    return this.current;
  }

  async token(): Promise<string | null> {
    const account = this.pca.getActiveAccount() ?? this.pca.getAllAccounts()[0];
    if (!account && !this.nestedApp) return null;
    try {
      // With nested app authentication no account is needed: Office's own user is used.
      const result = await this.pca.acquireTokenSilent({
        scopes: this.scopes,
        ...(account ? { account } : {}),
      });
      this.remember(result);
      return result.accessToken;
    } catch (err) {
      if (err instanceof InteractionRequiredAuthError) return null;
      throw err;
    }
  }

  async signIn(): Promise<SignedInUser> {
    try {
      return this.remember(await this.pca.acquireTokenPopup({ scopes: this.scopes }));
    } catch (err) {
      if (isCancel(err)) throw new SignInCancelled();
      throw err;
    }
  }

  async signOut(): Promise<void> {
    this.current = null;
    await this.pca.clearCache();
  }
}
