import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, useToken } from './api/client';
import type { Me } from './api/types';

const KEY = 'chancery.token';
/** Tabs of this app share their session over this channel, and hold this lock while signed in. */
const CHANNEL = 'chancery.session';
const HOLDER = 'chancery.session.holder';
/** Where Web Locks are missing (plain http off localhost), how long a new tab waits for another tab's answer. */
const ASK_WAIT_MS = 400;

type Message = { type: 'ask' } | { type: 'token'; token: string } | { type: 'signed-out' };

interface Session {
  token: string | null;
  /** A new tab asking the tabs already open for their session. */
  asking: boolean;
  me: Me | null;
  signIn(token: string, me: Me): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The token lives in sessionStorage, and the open tabs share it over a BroadcastChannel: a new tab
 * asks for it, a sign-out signs every tab out, and closing the last tab ends the session
 * (docs/decisions/2026-12-02-web-session-across-tabs.md).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const [asking, setAsking] = useState(() => token === null && typeof BroadcastChannel !== 'undefined');
  const [me, setMe] = useState<Me | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  const adopt = useCallback((next: string) => {
    sessionStorage.setItem(KEY, next);
    setToken(next);
    setAsking(false);
  }, []);
  const forget = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setToken(null);
    setMe(null);
  }, []);
  const signOut = useCallback(() => {
    forget();
    channel.current?.postMessage({ type: 'signed-out' } satisfies Message);
  }, [forget]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = ({ data }: MessageEvent<Message>) => {
      const mine = sessionStorage.getItem(KEY);
      if (data.type === 'ask' && mine) ch.postMessage({ type: 'token', token: mine } satisfies Message);
      else if (data.type === 'token' && !mine) adopt(data.token);
      else if (data.type === 'signed-out' && mine) forget();
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [adopt, forget]);

  // A new tab: ask the open tabs, and stop waiting at once when no tab holds a session.
  useEffect(() => {
    if (!asking) return;
    channel.current?.postMessage({ type: 'ask' } satisfies Message);
    let live = true;
    const giveUp = () => live && setAsking(false);
    if (navigator.locks) void navigator.locks.query().then((locks) => !locks.held?.some((l) => l.name === HOLDER) && giveUp(), giveUp);
    else setTimeout(giveUp, ASK_WAIT_MS);
    return () => {
      live = false;
    };
  }, [asking]);

  // While signed in, this tab holds a shared lock, so that a new tab knows a session exists to ask for.
  useEffect(() => {
    if (!token || !navigator.locks) return;
    const stop = new AbortController();
    navigator.locks.request(HOLDER, { mode: 'shared', signal: stop.signal }, () => new Promise<void>((release) => stop.signal.addEventListener('abort', () => release()))).catch(() => undefined);
    return () => stop.abort();
  }, [token]);

  useToken(token, signOut);
  useEffect(() => {
    // A rejected token signs every tab out (the client calls signOut on a 401); any other failure, this tab only.
    if (token && !me) api<Me>('/auth/me').then(setMe, forget);
  }, [token, me, forget]);
  const value = useMemo<Session>(
    () => ({
      token,
      asking,
      me,
      signIn(next, who) {
        sessionStorage.setItem(KEY, next);
        useToken(next, signOut);
        setToken(next);
        setMe(who);
        channel.current?.postMessage({ type: 'token', token: next } satisfies Message);
      },
      signOut,
    }),
    [token, asking, me, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { token, asking } = useSession();
  const location = useLocation();
  if (!token && asking) return <p className="state loading">Looking for your session in your other Chancery tabs…</p>;
  if (!token) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
