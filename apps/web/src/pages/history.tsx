import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, query } from '../api/client';
import type { Picked } from '../ui/directory';
import { DateInput } from '../ui/date-input';
import { formatDay, parseDay, parseLocalInstant } from '../ui/dates';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { formatInstant, RecordValue } from '../ui/record-value';
import { codeLabel, eventLabel, fieldLabel } from '../ui/words';
import { PickOne } from '../ui/pickers';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { reasonOf } from '../ui/audit-words';
import { AuditFeed } from './audit-feed';
import '../ui/audit-styles.css';

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
  data?: Record<string, unknown>;
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
          <select
            value={chosenKind}
            onChange={(e) => {
              setChosenKind(e.target.value);
              setPicked(null);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {codeLabel(k)}
              </option>
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
      {kind && id ? <Trail streamId={`${kind}-${kind === 'country' ? id.toUpperCase() : id}`} /> : <AuditFeed />}
    </Page>
  );
}

function Trail({ streamId }: { streamId: string }) {
  const [preset, setPreset] = useState<string | null>(null);
  const history = useResource(async () => {
    const body = await api<{ events: HistoryEntry[] }>(historyUrl(streamId));
    return body.events;
  }, streamId);
  return (
    <Loaded resource={history} what="the history">
      {(entries) =>
        entries.length === 0 ? (
          <Empty>Nothing is recorded for this record, or you are not cleared to see it.</Empty>
        ) : (
          <>
            <h2>History of {recordName(entries)}</h2>
            <div className="trail">
            <ol className="history">
              {entries.map((e) => (
                <li key={e.revision} className="card">
                  <div className="card-head">
                    <strong>{eventLabel(e.type)}</strong>
                    <span className="muted">
                      recorded <time dateTime={e.recordedAt}>{formatInstant(e.recordedAt)}</time> by {e.actor}
                    </span>
                  </div>
                  {reasonOf(e.data ?? {}) && <p className="why">Why: {reasonOf(e.data ?? {})}</p>}
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
                        {e.changes.filter(worthShowing).map((c) => (
                          <tr key={c.path}>
                            <th scope="row">{c.path === 'record' ? 'The record' : fieldLabel(c.path)}</th>
                            <td>
                              <RecordValue field={lastSegment(c.path)} value={readable(c.before)} ownId={ownIdKey(streamId)} />
                            </td>
                            <td>
                              <RecordValue field={lastSegment(c.path)} value={readable(c.after)} ownId={ownIdKey(streamId)} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <button type="button" className="link" onClick={() => setPreset(e.recordedAt)}>
                    See the record as known right after this change
                  </button>
                </li>
              ))}
            </ol>
            <KnownAt streamId={streamId} preset={preset} />
            </div>
          </>
        )
      }
    </Loaded>
  );
}

/** "What did we believe on 1 December about what had happened by 15 October": knownAt and asOf together. */
function KnownAt({ streamId, preset }: { streamId: string; preset: string | null }) {
  const [knownAt, setKnownAt] = useState('');
  const [asOf, setAsOf] = useState('');
  const [asked, setAsked] = useState<{ knownAt: string; asOf: string } | null>(null);
  useEffect(() => {
    if (!preset) return;
    setKnownAt(localMoment(preset));
    setAsOf('');
    setAsked({ knownAt: preset, asOf: '' });
  }, [preset]);
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
  const [problems, setProblems] = useState<{ knownAt?: string; asOf?: string }>({});
  const ask = (event: FormEvent) => {
    event.preventDefault();
    // Typed in the officer's local time; the API compares instants, so send one with its offset.
    const instant = knownAt.trim() ? parseLocalInstant(knownAt) : null;
    const day = asOf.trim() ? parseDay(asOf) : null;
    const found = {
      knownAt: knownAt.trim() && !instant ? 'Enter a real moment, like 1 December 2026 09:30' : undefined,
      asOf: asOf.trim() && !day ? 'Enter a real date, like 14 October 2024' : undefined,
    };
    setProblems(found);
    if (found.knownAt || found.asOf) return;
    setAsked({ knownAt: instant?.toISOString() ?? '', asOf: day ?? '' });
  };
  return (
    <section aria-labelledby="known-h" className="known-panel">
      <h2 id="known-h">As known at</h2>
      <form onSubmit={ask} className="row" noValidate>
        <Field label="Known at (your local time)" error={problems.knownAt} hint="Only what had been recorded by then: a day, and a time if you need one (1 December 2026 09:30).">
          <input type="text" autoComplete="off" placeholder="1 December 2026 09:30" value={knownAt} onChange={(e) => setKnownAt(e.target.value)} />
        </Field>
        <Field label="About what had happened by (optional)" error={problems.asOf} hint="The day of the events themselves.">
          <DateInput value={asOf} onChange={setAsOf} />
        </Field>
        <button type="submit">Show the record then</button>
      </form>
      {asked && (
        <Loaded resource={known} what="the record as known then">
          {(k) => (k ? <KnownState known={k} ownId={ownIdKey(streamId)} /> : <Empty>Nothing about this record was known then.</Empty>)}
        </Loaded>
      )}
    </section>
  );
}

function KnownState({ known, ownId }: { known: AsKnown | null; ownId: string }) {
  if (!known) return null;
  const state = (known.state ?? {}) as Record<string, unknown>;
  const record = (state.record ?? state) as Record<string, unknown>;
  return (
    <div className="known-at" role="region" aria-label="The record as known then">
      <p className="muted">
        As recorded by then: {known.eventsApplied === 1 ? 'its first change' : `its first ${known.eventsApplied} changes`}
        {typeof state.status === 'string' && state.status !== 'recorded' ? `; ${codeLabel(state.status).toLowerCase()}` : ''}.
      </p>
      <dl>
        {Object.entries(record)
          .filter(([k, v]) => k !== ownId && !CODES_ONLY.has(k) && !isBlank(v))
          .map(([k, v]) => (
            <div key={k}>
              <dt>{fieldLabel(k)}</dt>
              <dd>
                <RecordValue field={k} value={readable(v)} />
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

/** An instant in the officer's local time, as the field takes it: `1 December 2026 09:30`. */
function localMoment(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const lastSegment = (path: string) => path.split('.').pop() ?? path;
/** The record's own id field (`personId` in a person's stream): the heading already names the record. */
const ownIdKey = (streamId: string) => `${streamId.split('-')[0] === 'follow' ? 'followUp' : streamId.split('-')[0]}Id`;
/** The lifecycle's empty list of corrections at creation says nothing to a reader. */
const worthShowing = (c: { path: string; before: unknown; after: unknown }) => c.path !== 'corrections' && !(c.path === 'status' && c.before === 'empty');

/** Classification codes kept for analysts' exports (CAMEO, PLOVER) say nothing to a reader of a history. */
const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const CODES_ONLY = new Set(['cameo', 'plover', 'corrections']);
function readable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readable);
  // Inside a value, a field left empty (no title, no members) is noise: only what was said shows.
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k, v]) => !CODES_ONLY.has(k) && !isBlank(v)).map(([k, v]) => [k, readable(v)]));
  return value;
}

/** What people call the record: its name, title, purpose, promise or action, as its latest event left it. */
function recordName(entries: HistoryEntry[]): string {
  const after = entries[entries.length - 1]?.after as { record?: Record<string, unknown> } | null;
  const r = (after?.record ?? after ?? {}) as Record<string, unknown>;
  for (const key of ['name', 'title', 'purpose', 'commitment', 'action', 'label']) if (typeof r[key] === 'string' && r[key]) return r[key] as string;
  if (typeof r.date === 'string') return `the meeting on ${formatDay(r.date)}`;
  return 'this record';
}
