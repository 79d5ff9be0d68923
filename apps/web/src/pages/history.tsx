import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import type { Picked } from '../ui/directory';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { PickOne } from '../ui/pickers';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';

/**
 * Built against the audit API's documented shape (issue 6, libs/audit HistoryEntry): every event of
 * the record's stream, oldest first, with who, when, and the state before and after. The route is
 * the one place to change if the audit controller lands elsewhere.
 */
export const historyUrl = (streamId: string) => `/audit/history/${encodeURIComponent(streamId)}`;

interface HistoryEntry {
  revision: number;
  position: number;
  type: string;
  actor: string;
  recordedAt: string;
  correlationId: string;
  after: unknown;
  changes: { path: string; before: unknown; after: unknown }[];
}

const KINDS = ['meeting', 'visit', 'pledge', 'follow-up', 'person', 'organisation', 'source', 'statement', 'indicator', 'country'] as const;
const PICKABLE = ['meeting', 'visit', 'person', 'organisation', 'source', 'country'];

/** The record as known at `instant`: the state after the last event recorded by then. */
export function asKnownAt(history: HistoryEntry[], instant: string): { entry: HistoryEntry | null } {
  const cutoff = new Date(instant).getTime();
  const known = history.filter((e) => new Date(e.recordedAt).getTime() <= cutoff);
  return { entry: known[known.length - 1] ?? null };
}

export function History() {
  const { kind, id } = useParams();
  const navigate = useNavigate();
  const [chosenKind, setChosenKind] = useState<string>(kind ?? 'meeting');
  const [typedId, setTypedId] = useState(id ?? '');
  const [picked, setPicked] = useState<Picked | null>(null);
  const open = (event: FormEvent) => {
    event.preventDefault();
    const target = picked?.id ?? typedId.trim();
    if (target) navigate(`/history/${chosenKind}/${target}`);
  };
  return (
    <Page title="Record history" intro="Every change to a record, who made it and when; and the record as it was known at any moment.">
      <form onSubmit={open} className="row" noValidate>
        <Field label="Kind of record">
          <select value={chosenKind} onChange={(e) => { setChosenKind(e.target.value); setPicked(null); }}>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
        {PICKABLE.includes(chosenKind) ? (
          <PickOne label="Record" kinds={[chosenKind as 'meeting']} value={picked} onChange={setPicked} />
        ) : (
          <Field label="Record id">
            <input type="text" value={typedId} onChange={(e) => setTypedId(e.target.value)} />
          </Field>
        )}
        <button type="submit">Show history</button>
      </form>
      {kind && id && <Trail streamId={`${kind}-${kind === 'country' ? id.toUpperCase() : id}`} />}
    </Page>
  );
}

function Trail({ streamId }: { streamId: string }) {
  const history = useResource(async () => {
    const body = await api<HistoryEntry[] | { items: HistoryEntry[] }>(historyUrl(streamId));
    return Array.isArray(body) ? body : body.items;
  }, streamId);
  const [knownAt, setKnownAt] = useState('');
  return (
    <Loaded resource={history} what="the history">
      {(entries) =>
        entries.length === 0 ? (
          <Empty>No events are recorded for {streamId}.</Empty>
        ) : (
          <>
            <h2>History of {streamId}</h2>
            <ol className="history">
              {entries.map((e) => (
                <li key={e.revision} className="card">
                  <div className="card-head">
                    <strong>{e.type}</strong>
                    <span className="muted">
                      revision {e.revision}, recorded <time dateTime={e.recordedAt}>{e.recordedAt.replace('T', ' ').slice(0, 19)}</time> by {e.actor}
                    </span>
                  </div>
                  {e.changes.length > 0 && (
                    <table className="changes">
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {e.changes.map((c) => (
                          <tr key={c.path}>
                            <th scope="row">{c.path}</th>
                            <td>{show(c.before)}</td>
                            <td>{show(c.after)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              ))}
            </ol>
            <h2>As known at</h2>
            <Field label="Date and time (your local time)" hint="Only what had been recorded by then; later corrections are left out.">
              <input type="datetime-local" value={knownAt} onChange={(e) => setKnownAt(e.target.value)} />
            </Field>
            {knownAt && <KnownAt entries={entries} instant={knownAt} />}
          </>
        )
      }
    </Loaded>
  );
}

function KnownAt({ entries, instant }: { entries: HistoryEntry[]; instant: string }) {
  const { entry } = asKnownAt(entries, instant);
  if (!entry) return <Empty>Nothing about this record had been recorded by then.</Empty>;
  const state = (entry.after ?? {}) as Record<string, unknown>;
  const record = (state.record ?? state) as Record<string, unknown>;
  return (
    <div className="known-at" role="region" aria-label="The record as known then">
      <p className="muted">
        As of revision {entry.revision} ({entry.type}, recorded {entry.recordedAt}).
      </p>
      <dl>
        {Object.entries(record).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{show(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
