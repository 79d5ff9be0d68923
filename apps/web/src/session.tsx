import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, useToken } from './api/client';
import type { Me } from './api/types';

const KEY = 'chancery.token';

interface Session {
  token: string | null;
  me: Me | null;
  signIn(token: string, me: Me): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The token lives in sessionStorage: it survives a reload but not the closing of the tab. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const [me, setMe] = useState<Me | null>(null);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setToken(null);
    setMe(null);
  }, []);
  useToken(token, signOut);
  useEffect(() => {
    if (token && !me) api<Me>('/auth/me').then(setMe, signOut);
  }, [token, me, signOut]);
  const value = useMemo<Session>(
    () => ({
      token,
      me,
      signIn(next, who) {
        sessionStorage.setItem(KEY, next);
        useToken(next, signOut);
        setToken(next);
        setMe(who);
      },
      signOut,
    }),
    [token, me, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (!token) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
