import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, query, type Written } from '../api/client';
import type { FollowUpItem, Page as Paged } from '../api/types';
import { useSession } from '../session';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import { Field } from '../ui/field';
import { toFieldMessages } from '../ui/messages';
import { Page } from '../ui/page';
import { Empty, Loaded } from '../ui/states';
import { assigneeLabel, StaffSelect } from '../ui/team-staff';
import { useResource } from '../ui/use-resource';

type Scope = 'mine' | 'team';

/** Overdue first, then by due date: what needs doing soonest is at the top. */
export function byUrgency(a: FollowUpItem, b: FollowUpItem): number {
  return Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate) || a.followUpId.localeCompare(b.followUpId);
}

export function FollowUpBoard() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') === 'team' ? 'team' : 'mine';
  const setScope = (next: Scope) => setParams(next === 'team' ? { scope: 'team' } : {});
  const [seen, setSeen] = useState(0);
  // Mine: assigned to me. My team's: assigned to my desks, or to my colleagues on them.
  const board = useResource(() => api<Paged<FollowUpItem>>(`/follow-ups/board${query({ scope, status: 'open', limit: 500, minPosition: seen || undefined })}`), `${scope}|${seen}`);

  return (
    <Page title="Follow-ups" intro="Open follow-ups, overdue first. Complete or reschedule them here.">
      <div className="toggle" role="group" aria-label="Whose follow-ups">
        <button type="button" aria-pressed={scope === 'mine'} onClick={() => setScope('mine')}>
          Mine
        </button>
        <button type="button" aria-pressed={scope === 'team'} onClick={() => setScope('team')}>
          My team's
        </button>
      </div>
      <Loaded resource={board} what="follow-ups">
        {(page) => {
          const items = [...page.items].sort(byUrgency);
          if (!items.length)
            return (
              <Empty>
                {scope === 'mine' ? 'Nothing open is assigned to you.' : me?.desks?.length ? 'Nothing open is assigned to your desk or your colleagues on it.' : 'You are on no desk yet: ask an administrator to put you on yours.'}
              </Empty>
            );
          const overdue = items.filter((i) => i.overdue).length;
          return (
            <>
              <p className="summary">
                {items.length} open{overdue ? `, ${overdue} overdue` : ''} (today is {formatDay(page.today)}).
              </p>
              <ul className="board">
                {items.map((item) => (
                  <FollowUpCard key={item.followUpId} item={item} showAssignee={scope === 'team'} onChanged={(w) => setSeen(w.position)} />
                ))}
              </ul>
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

const MESSAGES = { outcome: 'Enter the outcome', dueDate: 'Enter the new due date', reason: 'Enter why the due date moves', assignee: 'Choose who takes it over' };

function FollowUpCard({ item, showAssignee, onChanged }: { item: FollowUpItem; showAssignee: boolean; onChanged: (w: Written) => void }) {
  const { me } = useSession();
  const [mode, setMode] = useState<'view' | 'complete' | 'reschedule' | 'handover'>('view');
  const [assignee, setAssignee] = useState('');
  const [outcome, setOutcome] = useState('');
  const [dueDate, setDueDate] = useState(formatDay(item.dueDate));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(
        mode === 'complete'
          ? { outcome: outcome.trim() ? null : MESSAGES.outcome }
          : mode === 'handover'
            ? { assignee: assignee ? null : MESSAGES.assignee }
            : { dueDate: dayProblem(dueDate, MESSAGES.dueDate), reason: reason.trim() ? null : MESSAGES.reason },
      ).filter((e): e is [string, string] => e[1] !== null),
    );
    if (Object.keys(problems).length) return setError(new ApiError(0, 'FORM.INVALID', 'Some fields need attention.', problems));
    setBusy(true);
    setError(null);
    try {
      // Changing a record needs the revision last read (If-Match): a concurrent change gets a 409, not a silent overwrite.
      const { revision } = await api<{ revision: number }>(`/follow-ups/${item.followUpId}`);
      const written =
        mode === 'complete'
          ? await api<Written>(`/follow-ups/${item.followUpId}/completion`, { method: 'POST', ifMatch: revision, body: { outcome } })
          : mode === 'handover'
            ? await api<Written>(`/follow-ups/${item.followUpId}/reassignment`, { method: 'POST', ifMatch: revision, body: { assignee } })
            : await api<Written>(`/follow-ups/${item.followUpId}/rescheduling`, { method: 'POST', ifMatch: revision, body: { dueDate: parseDay(dueDate), reason } });
      setMode('view');
      onChanged(written);
    } catch (e) {
      setError(e instanceof ApiError ? new ApiError(e.status, e.code, e.message, toFieldMessages(e.fields, MESSAGES)) : new ApiError(0, 'CLIENT', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const f = error?.fields ?? {};
  return (
    <li className={`card${item.overdue ? ' overdue' : ''}`}>
      <div className="card-head">
        <strong>{item.action}</strong>
        <span className="due">
          {item.overdue && <span className="badge">Overdue</span>} due {formatDay(item.dueDate)}
        </span>
      </div>
      <p className="muted">
        {showAssignee && <>Assigned to {assigneeLabel(item.assignee)}. </>}
        {item.pledgeId && <Link to={`/records/pledge/${item.pledgeId}`}>Pledge</Link>}
        {item.pledgeId && item.meetingId && ' · '}
        {item.meetingId && <Link to={`/records/meeting/${item.meetingId}`}>Meeting</Link>}
        {' · '}
        <Link to={`/history/follow-up/${item.followUpId}`}>History</Link>
      </p>
      {mode === 'view' ? (
        <div className="actions-inline">
          <button type="button" onClick={() => setMode('complete')}>
            Complete…
          </button>
          <button type="button" onClick={() => setMode('reschedule')}>
            Reschedule…
          </button>
          <button type="button" onClick={() => setMode('handover')}>
            Hand over…
          </button>
        </div>
      ) : (
        <form onSubmit={send} noValidate className="inline-form" aria-label={`${{ complete: 'Complete', reschedule: 'Reschedule', handover: 'Hand over' }[mode]}: ${item.action}`}>
          {error && !Object.keys(f).length && (
            <p className="field-error" role="alert">
              {error.status === 409 ? 'Someone changed this follow-up meanwhile; reload the board.' : error.message}
            </p>
          )}
          {mode === 'handover' ? (
            <Field label="Hand over to" error={f.assignee}>
              <StaffSelect value={assignee} me={me?.id} autoFocus onChoose={setAssignee} />
            </Field>
          ) : mode === 'complete' ? (
            <Field label="Outcome" error={f.outcome}>
              <input type="text" value={outcome} autoFocus onChange={(e) => setOutcome(e.target.value)} />
            </Field>
          ) : (
            <>
              <Field label="New due date" error={f.dueDate}>
                <DateInput value={dueDate} autoFocus onChange={setDueDate} />
              </Field>
              <Field label="Reason" error={f.reason}>
                <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
            </>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : { complete: 'Mark complete', reschedule: 'Reschedule', handover: 'Hand over' }[mode]}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
