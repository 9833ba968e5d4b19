// Sign-in as the app sees it. Two implementations: the local issuer (AUTH_MODE=local, demo users)
// and Entra ID through MSAL (nested app authentication in Office, a dialog where that is missing).

import { z } from 'zod';

export const userRoleSchema = z.enum(['coordinator', 'leader', 'admin']);

export const signedInUserSchema = z.object({
  name: z.string().min(1),
  username: z.string().optional(),
  /** Known for local users; for Entra users the service decides (roster) and the app learns it from answers. */
  role: userRoleSchema.optional(),
  municipality: z.string().optional(),
});
export type SignedInUser = z.infer<typeof signedInUserSchema>;

export interface Auth {
  readonly mode: 'local' | 'entra';
  /** The signed-in user, or null. */
  user(): SignedInUser | null;
  /** An access token for the service without any interaction, or null when the user must sign in. */
  token(): Promise<string | null>;
  /** Interactive sign-in (a dialog in Office, a popup on the web page). Rejects with SignInCancelled when the user closes it. */
  signIn(): Promise<SignedInUser>;
  signOut(): Promise<void>;
}

export class SignInCancelled extends Error {
  constructor() {
    super('Sign-in was cancelled');
    this.name = 'SignInCancelled';
  }
}

export class SignInFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignInFailed';
  }
}

/** Opens a sign-in page and resolves with the one message it sends back (Office dialog or browser popup). */
export type SignInWindow = (url: string) => Promise<string>;
