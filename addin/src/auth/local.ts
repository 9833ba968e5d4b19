// Sign-in against the local issuer (AUTH_MODE=local): a page lists the demo users, the chosen one gets
// a token from POST /local-issuer/token, and the page hands it to the app. The token is kept in
// localStorage so that the ribbon's Indsend command (a separate runtime on the same origin) finds it.

import { z } from 'zod';
import { signedInUserSchema, SignInFailed, type Auth, type SignInWindow, type SignedInUser } from './types';

export const LOCAL_STORAGE_KEY = 'korpsplan.local.session';

export const localUsersSchema = z.object({
  users: z.array(
    z.object({
      as: z.string().min(1),
      role: z.enum(['coordinator', 'leader', 'admin']),
      municipality: z.string().optional(),
      name: z.string().min(1),
    }),
  ),
});
export type LocalUser = z.infer<typeof localUsersSchema>['users'][number];

export const localTokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  as: z.string().min(1),
});

/** What the sign-in page sends back to the app. */
export const localSessionSchema = z.object({
  token: z.string().min(1),
  /** Milliseconds since the epoch. */
  expiresAt: z.number(),
  /** Local sessions: which demo user (coordinator:751, leader, admin). */
  as: z.string().min(1).optional(),
  user: signedInUserSchema,
});
export type LocalSession = z.infer<typeof localSessionSchema>;

/** Seconds before expiry at which a token is no longer handed out (a submission must not run out mid-way). */
const EXPIRY_MARGIN_MS = 60_000;

export async function fetchLocalUsers(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LocalUser[]> {
  const response = await fetchImpl(`${baseUrl}/local-issuer/users`);
  if (!response.ok) throw new SignInFailed(`The local sign-in answered ${response.status}`);
  return localUsersSchema.parse(await response.json()).users;
}

export async function fetchLocalSession(
  baseUrl: string,
  user: LocalUser,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): Promise<LocalSession> {
  const response = await fetchImpl(`${baseUrl}/local-issuer/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ as: user.as }),
  });
  if (!response.ok) throw new SignInFailed(`The local sign-in answered ${response.status}`);
  const body = localTokenSchema.parse(await response.json());
  return {
    token: body.access_token,
    expiresAt: now() + body.expires_in * 1000,
    as: body.as,
    user: {
      name: user.name,
      role: user.role,
      ...(user.municipality ? { municipality: user.municipality } : {}),
    },
  };
}

/**
 * A session that a sign-in page hands over: the local sign-in page, or (mode 'entra') the Entra
 * dialog fallback where Office lacks nested app authentication. Kept until it expires.
 */
export class WindowSessionAuth implements Auth {
  constructor(
    readonly mode: 'local' | 'entra',
    private readonly signInUrl: string,
    private readonly openWindow: SignInWindow,
    private readonly storageKey: string,
    private readonly storage: Storage = localStorage,
    private readonly now: () => number = Date.now,
  ) {}

  private session(): LocalSession | null {
    const raw = this.storage.getItem(this.storageKey);
    if (!raw) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      this.storage.removeItem(this.storageKey);
      return null;
    }
    const result = localSessionSchema.safeParse(parsed);
    if (!result.success || result.data.expiresAt - EXPIRY_MARGIN_MS <= this.now()) {
      this.storage.removeItem(this.storageKey);
      return null;
    }
    return result.data;
  }

  /** Keeps a session the sign-in page produced (also used by the web page's inline sign-in). */
  accept(session: LocalSession): SignedInUser {
    this.storage.setItem(this.storageKey, JSON.stringify(session));
    return session.user;
  }

  user(): SignedInUser | null {
    return this.session()?.user ?? null;
  }

  token(): Promise<string | null> {
    return Promise.resolve(this.session()?.token ?? null);
  }

  async signIn(): Promise<SignedInUser> {
    const message = await this.openWindow(this.signInUrl);
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch (err) {
      throw new SignInFailed('The sign-in page sent something that is not JSON', { cause: err });
    }
    const result = localSessionSchema.safeParse(parsed);
    if (!result.success) throw new SignInFailed('The sign-in page sent an unexpected answer');
    return this.accept(result.data);
  }

  signOut(): Promise<void> {
    this.storage.removeItem(this.storageKey);
    return Promise.resolve();
  }
}

/** The local issuer's sign-in: signin.html lists the demo users. */
export function localAuth(
  signInUrl: string,
  openWindow: SignInWindow,
  storage: Storage = localStorage,
): WindowSessionAuth {
  return new WindowSessionAuth('local', signInUrl, openWindow, LOCAL_STORAGE_KEY, storage);
}
