import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api/client';
import { CHANGE_KINDS, reasonOf, recordOf, subjectOf } from '../ui/audit-words';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import type { Picked } from '../ui/directory';
import { Field } from '../ui/field';
import { PickOne } from '../ui/pickers';
import { formatInstant } from '../ui/record-value';
import { Empty, ErrorNotice, Loading } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { eventLabel } from '../ui/words';

interface FeedItem {
  streamId: string;
  revision: number;
  position: number;
  type: string;
  data: Record<string, unknown>;
  metadata: { actor: string; recordedAt: string };
}

interface Filters {
  actor: string;
  change: string;
  party: string;
  from: string;
  to: string;
}

const PAGE = 50;

/** The feed reads the log oldest first: it opens on the last 30 days, so an auditor starts with what is recent. */
function thirtyDaysAgo(): string {
  const d = new Date(Date.now() - 30 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function feedPage(f: Filters, after?: number) {
  const types = CHANGE_KINDS.find(([key]) => key === f.change)?.[2] ?? [];
  return api<{ items: FeedItem[]; next: number | null }>(
    `/audit/events${query({ actor: f.actor, type: types.join(','), party: f.party, from: f.from, to: f.to, after, limit: PAGE })}`,
  );
}

/** The audit feed: who recorded what and when, oldest first, filtered by person, kind of change, party and days. */
export function AuditFeed() {
  const [filters, setFilters] = useState<Filters>(() => ({ actor: '', change: '', party: '', from: thirtyDaysAgo(), to: '' }));
  const [more, setMore] = useState<FeedItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [moreError, setMoreError] = useState<Error | null>(null);
  const first = useResource(async () => {
    const page = await feedPage(filters);
    setMore([]);
    setNext(page.next);
    return page.items;
  }, JSON.stringify(filters));
  const loadMore = () => {
    if (next === null) return;
    feedPage(filters, next).then((page) => {
      setMore((m) => [...m, ...page.items]);
      setNext(page.next);
    }, setMoreError);
  };
  const items = [...(first.data ?? []), ...more];
  return (
    <section aria-labelledby="feed-h">
      <h2 id="feed-h">Audit feed</h2>
      <FeedFilters initialFrom={filters.from} onApply={setFilters} />
      <p className="muted">
        {filters.from ? `Changes recorded since ${formatDay(filters.from)}` : 'Every change recorded'}
        {filters.to ? ` up to ${formatDay(filters.to)}` : ''}, oldest first.
      </p>
      {first.error ? (
        <ErrorNotice error={first.error} retry={first.reload} />
      ) : first.loading ? (
        <Loading what="the audit feed" />
      ) : items.length === 0 ? (
        <Empty>No change matches these filters.</Empty>
      ) : (
        <>
          <table className="data audit-feed">
            <thead>
              <tr>
                <th scope="col">When recorded</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">About</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => {
                const record = recordOf(e.streamId);
                const subject = subjectOf(e.streamId, e.data ?? {});
                return (
                  <tr key={e.position}>
                    <td>{formatInstant(e.metadata?.recordedAt ?? '')}</td>
                    <td>{e.metadata?.actor}</td>
                    <td>{eventLabel(e.type)}</td>
                    <td>{record ? <Link to={`/history/${record.kind}/${record.id}`}>{subject}</Link> : subject}</td>
                    <td>{reasonOf(e.data ?? {}) ?? <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {moreError && <ErrorNotice error={moreError} />}
          {next !== null && (
            <button type="button" onClick={loadMore}>
              Show later changes
            </button>
          )}
        </>
      )}
    </section>
  );
}

function FeedFilters({ initialFrom, onApply }: { initialFrom: string; onApply: (f: Filters) => void }) {
  const [actor, setActor] = useState('');
  const [change, setChange] = useState('');
  const [party, setParty] = useState<Picked | null>(null);
  const [from, setFrom] = useState(initialFrom ? formatDay(initialFrom) : '');
  const [to, setTo] = useState('');
  const [problems, setProblems] = useState<{ from?: string; to?: string }>({});
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const found = { from: dayProblem(from, null) ?? undefined, to: dayProblem(to, null) ?? undefined };
    const [f, t] = [parseDay(from) ?? '', parseDay(to) ?? ''];
    if (!found.from && !found.to && f && t && t < f) found.to = 'The end comes before the start';
    setProblems(found);
    if (!found.from && !found.to) onApply({ actor: actor.trim(), change, party: party?.id ?? '', from: f, to: t });
  };
  return (
    <form className="filters" onSubmit={apply} noValidate aria-label="Filters of the audit feed">
      <Field label="Recorded by (user name)">
        <input type="text" value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="off" />
      </Field>
      <Field label="Kind of change">
        <select value={change} onChange={(e) => setChange(e.target.value)}>
          {CHANGE_KINDS.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <PickOne label="About (country, organisation or person)" kinds={['country', 'organisation', 'person']} value={party} onChange={setParty} />
      <Field label="Recorded from" error={problems.from}>
        <DateInput value={from} onChange={setFrom} />
      </Field>
      <Field label="Recorded to" error={problems.to}>
        <DateInput value={to} onChange={setTo} />
      </Field>
      <button type="submit">Filter</button>
    </form>
  );
}
