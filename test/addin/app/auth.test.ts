// The local sign-in: the session the sign-in page hands over is checked, kept where the ribbon's
// command finds it, and dropped when it expires.

import {
  LOCAL_STORAGE_KEY,
  WindowSessionAuth,
  fetchLocalSession,
  fetchLocalUsers,
  localAuth,
} from '../../../addin/src/auth/local';
import { SignInCancelled, SignInFailed } from '../../../addin/src/auth/types';

class MemoryStorage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

const session = (expiresAt: number) =>
  JSON.stringify({
    token: 'eyJ.token',
    expiresAt,
    as: 'coordinator:751',
    user: { name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' },
  });

describe('local sign-in', () => {
  test('the session from the sign-in page gives the user and the token, and survives in storage', async () => {
    const storage = new MemoryStorage();
    const opened: string[] = [];
    const auth = localAuth(
      'https://localhost:3000/signin.html?via=office',
      (url) => {
        opened.push(url);
        return Promise.resolve(session(Date.now() + 3600_000));
      },
      storage,
    );
    expect(auth.user()).toBeNull();
    expect(await auth.token()).toBeNull();
    expect(await auth.signIn()).toEqual({
      name: 'Koordinator Aarhus',
      role: 'coordinator',
      municipality: '751',
    });
    expect(opened).toEqual(['https://localhost:3000/signin.html?via=office']);
    expect(await auth.token()).toBe('eyJ.token');
    // Another runtime (the ribbon's command) on the same origin finds it.
    const other = localAuth('x', () => Promise.reject(new Error('no')), storage);
    expect(other.user()?.name).toBe('Koordinator Aarhus');
    await other.signOut();
    expect(await auth.token()).toBeNull();
  });

  test('an expired session, or one about to expire, is dropped', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LOCAL_STORAGE_KEY, session(Date.now() + 30_000));
    const auth = new WindowSessionAuth(
      'local',
      'x',
      () => Promise.reject(new Error('no')),
      LOCAL_STORAGE_KEY,
      storage,
    );
    expect(await auth.token()).toBeNull();
    expect(storage.getItem(LOCAL_STORAGE_KEY)).toBeNull();
  });

  test('garbage from the page or in storage is refused, not trusted', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LOCAL_STORAGE_KEY, '{not json');
    const auth = localAuth('x', () => Promise.resolve(JSON.stringify({ token: 'x' })), storage);
    expect(auth.user()).toBeNull();
    await expect(auth.signIn()).rejects.toBeInstanceOf(SignInFailed);
    const cancelled = localAuth('x', () => Promise.reject(new SignInCancelled()), storage);
    await expect(cancelled.signIn()).rejects.toBeInstanceOf(SignInCancelled);
  });

  test('the sign-in page lists the demo users and gets a token for the chosen one', async () => {
    const calls: { url: string; body?: string }[] = [];
    const fetchImpl = ((url: string, init?: RequestInit) => {
      calls.push({ url, ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
      if (url.endsWith('/users')) {
        return Promise.resolve(
          new Response(
            JSON.stringify({ users: [{ as: 'leader', role: 'leader', name: 'Korpsledelsen (demo)' }] }),
          ),
        );
      }
      return Promise.resolve(
        new Response(
          JSON.stringify({ access_token: 'tok', token_type: 'Bearer', expires_in: 3600, as: 'leader' }),
        ),
      );
    }) as typeof fetch;
    const users = await fetchLocalUsers('http://localhost:7071', fetchImpl);
    expect(users).toEqual([{ as: 'leader', role: 'leader', name: 'Korpsledelsen (demo)' }]);
    const s = await fetchLocalSession('http://localhost:7071', users[0]!, fetchImpl, () => 1_000);
    expect(s).toEqual({
      token: 'tok',
      expiresAt: 3_601_000,
      as: 'leader',
      user: { name: 'Korpsledelsen (demo)', role: 'leader' },
    });
    expect(calls[1]).toEqual({ url: 'http://localhost:7071/local-issuer/token', body: '{"as":"leader"}' });
  });
});
