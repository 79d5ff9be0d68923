import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, ApiError } from '../api/client';
import type { Me } from '../api/types';
import { useSession } from '../session';
import { Field } from '../ui/field';
import { Page } from '../ui/page';

export function SignIn() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return setError('Paste the API token you were given.');
    setBusy(true);
    try {
      const me = await api<Me>('/auth/me', { token: token.trim() });
      signIn(token.trim(), me);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'This token is not valid (unknown, expired or revoked).' : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in" intro="Use the API token an administrator issued to you (chancery users token <name>). It is kept only in this browser tab.">
      <form onSubmit={submit} className="narrow" noValidate>
        <Field label="API token" error={error}>
          <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </Page>
  );
}
