import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, query } from '../api/client';
import type { Picked } from '../ui/directory';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { PickOne } from '../ui/pickers';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';

/** The audit API (auditors): a record's events with what each changed, and the record as known at an instant. */
const historyUrl = (streamId: string) => `/audit/records/${encodeURIComponent(streamId)}/history`;
const asKnownUrl = (streamId: string, knownAt: string, asOf: string) => `/audit/records/${encodeURIComponent(streamId)}${query({ knownAt, asOf })}`;

interface AsKnown {
  revision: number | null;
  eventsApplied: number;
  knownAt: string | null;
  asOf: string | null;
  state: unknown;
}

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
    const body = await api<{ events: HistoryEntry[] }>(historyUrl(streamId));
    return body.events;
  }, streamId);
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
            <KnownAt streamId={streamId} />
          </>
        )
      }
    </Loaded>
  );
}

/** "What did we believe on 1 December about what had happened by 15 October": knownAt and asOf together. */
function KnownAt({ streamId }: { streamId: string }) {
  const [knownAt, setKnownAt] = useState('');
  const [asOf, setAsOf] = useState('');
  const [asked, setAsked] = useState<{ knownAt: string; asOf: string } | null>(null);
  const known = useResource<AsKnown | null>(
    () =>
      asked
        ? api<AsKnown>(asKnownUrl(streamId, asked.knownAt, asked.asOf)).catch((e) => {
            if (e instanceof ApiError && e.code === 'AUDIT.NOT_YET_KNOWN') return null;
            throw e;
          })
        : Promise.resolve(null),
    `${streamId}|${asked?.knownAt}|${asked?.asOf}`,
  );
  const ask = (event: FormEvent) => {
    event.preventDefault();
    // datetime-local is the officer's local time; the API compares instants, so send one with its offset.
    setAsked({ knownAt: knownAt ? new Date(knownAt).toISOString() : '', asOf });
  };
  return (
    <section aria-labelledby="known-h">
      <h2 id="known-h">As known at</h2>
      <form onSubmit={ask} className="row" noValidate>
        <Field label="Known at (your local time)" hint="Only what had been recorded by then.">
          <input type="datetime-local" value={knownAt} onChange={(e) => setKnownAt(e.target.value)} />
        </Field>
        <Field label="About what had happened by (optional)" hint="The day of the events themselves.">
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </Field>
        <button type="submit">Show the record then</button>
      </form>
      {asked && (
        <Loaded resource={known} what="the record as known then">
          {(k) => (k ? <KnownState known={k} /> : <Empty>Nothing about this record was known then.</Empty>)}
        </Loaded>
      )}
    </section>
  );
}

function KnownState({ known }: { known: AsKnown | null }) {
  if (!known) return null;
  const state = (known.state ?? {}) as Record<string, unknown>;
  const record = (state.record ?? state) as Record<string, unknown>;
  return (
    <div className="known-at" role="region" aria-label="The record as known then">
      <p className="muted">
        {known.eventsApplied} event{known.eventsApplied === 1 ? '' : 's'} applied, up to revision {known.revision}
        {typeof state.status === 'string' ? `; status ${state.status}` : ''}.
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
