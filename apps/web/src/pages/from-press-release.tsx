import './from-press-release.css';
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../api/client';
import { Page } from '../ui/page';
import { parsePartialDate, PARTIAL_DATE_HINT } from '../ui/partial-dates';
import { itemHeading, recordLink, type DraftRecord } from './from-press-release-fields';
import { AddRecord, DraftItemCard } from './from-press-release-item';

const KIND_PLURALS: Record<string, [string, string]> = {
  sources: ['source', 'sources'],
  visits: ['visit', 'visits'],
  meetings: ['meeting', 'meetings'],
  pledges: ['pledge', 'pledges'],
  statements: ['quote', 'quotes'],
  indicators: ['figure', 'figures'],
};

/** Paste (or drop) a release and what is known of its source; the API drafts the records it supports. */
function PasteForm({ onDrafted }: { onDrafted: (draft: DraftRecord) => void }) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.txt$/i.test(file.name) && file.type !== 'text/plain') return setError('Drop a plain-text (.txt) file.');
    setText(await file.text());
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = published.trim() ? parsePartialDate(published) : null;
    if (!text.trim()) return setError('Paste the text of the press release, or drop a .txt file on it.');
    if (published.trim() && !date) return setError('Published on: enter a date like 15 October 2024, October 2024 or 2024.');
    setError(null);
    setBusy(true);
    try {
      const body = { text, url: url.trim() || null, publisher: publisher.trim() || null, title: title.trim() || null, published: date };
      onDrafted(await api<DraftRecord>('/drafts', { method: 'POST', body }));
    } catch (e) {
      setError(e instanceof ApiError ? Object.values(e.fields).join(' ') || e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="paste-release">
      {error && (
        <p className="state error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="release-text">Text of the press release</label>
        <textarea id="release-text" rows={14} value={text} onChange={(e) => setText(e.target.value)} onDrop={drop} onDragOver={(e) => e.preventDefault()} aria-describedby="release-text-hint" />
        <small id="release-text-hint" className="hint">
          Paste the text, or drop a .txt file here. At most 100,000 characters, in English.
        </small>
      </div>
      <div className="field">
        <label htmlFor="release-file">Or choose a .txt file</label>
        <input id="release-file" type="file" accept=".txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
      </div>
      <div className="field">
        <label htmlFor="release-publisher">Publisher</label>
        <input id="release-publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="release-title">Title</label>
        <input id="release-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="release-published">Published on</label>
        <input id="release-published" value={published} onChange={(e) => setPublished(e.target.value)} aria-describedby="release-published-hint" />
        <small id="release-published-hint" className="hint">
          {PARTIAL_DATE_HINT}
        </small>
      </div>
      <div className="field">
        <label htmlFor="release-url">Web address</label>
        <input id="release-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? 'Drafting…' : 'Draft the records'}
      </button>
    </form>
  );
}

/** The release with the words that support the shown records marked. */
function SupportedText({ text, spans }: { text: string; spans: [number, number][] }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = end;
  }
  parts.push({ text: text.slice(at), marked: false });
  return (
    <div className="release-text" role="region" aria-label="Text of the release, supporting words marked" tabIndex={0}>
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </div>
  );
}

function Committed({ draft }: { draft: DraftRecord }) {
  const { produced, refused } = draft.committed!;
  const headingOf = (path: string) => {
    const item = draft.items.find((i) => i.path === path);
    const index = item ? draft.items.filter((i) => i.kind === item.kind).indexOf(item) + 1 : 0;
    return item ? itemHeading(item, index) : path;
  };
  const counts = Object.entries(KIND_PLURALS)
    .map(([kind, [one, many]]) => [produced.filter((p) => p.kind === kind).length, one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return (
    <div className="state success" role="status">
      <h2>Draft committed</h2>
      <p>Recorded, each citing the release: {counts.join(', ')}.</p>
      <ul>
        {produced.map((p) => (
          <li key={p.path}>
            <Link to={recordLink(p.kind, p.id)}>{headingOf(p.path)}</Link>
          </li>
        ))}
      </ul>
      {refused.length > 0 && (
        <>
          <h3>Not recorded</h3>
          <ul>
            {refused.map((r) => (
              <li key={r.path}>
                {headingOf(r.path)}: {r.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Review: the text on one side, the proposed records on the other, each accepted, edited or rejected; then commit. */
function Review({ draft, onChange }: { draft: DraftRecord; onChange: (d: DraftRecord) => void }) {
  const [shown, setShown] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An edit saves against the draft as it stands then, not as it stood when its form opened.
  const revision = useRef(draft.revision);
  revision.current = draft.revision;
  const [error, setError] = useState<string | null>(null);
  const reload = async () => onChange(await api<DraftRecord>(`/drafts/${draft.id}`));
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await reload();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...Object.entries(e.fields).map(([f, r]) => `${f}: ${r}`)].join(' ') : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const commit = () => run(() => api(`/drafts/${draft.id}/commit`, { method: 'POST' }));
  const live = draft.items.filter((i) => i.decision !== 'rejected');
  const spans = (shown ? draft.items.filter((i) => i.path === shown) : live).flatMap((i) => i.spans);
  const counters = new Map<string, number>();
  return (
    <>
      {draft.emptyBecause && (
        <p className="state warning" role="status">
          Nothing could be drafted. {draft.emptyBecause}
        </p>
      )}
      {error && (
        <p className="state error" role="alert">
          {error}
        </p>
      )}
      {draft.committed && <Committed draft={draft} />}
      <div className="draft-review">
        <section aria-labelledby="release-heading">
          <h2 id="release-heading">The release</h2>
          <p className="muted">{shown ? 'Marked: the words that support the record you chose.' : 'Marked: the words that support every record not rejected.'}</p>
          <SupportedText text={draft.text} spans={spans} />
        </section>
        <section aria-labelledby="proposed-heading">
          <h2 id="proposed-heading">Proposed records</h2>
          {draft.items.map((item) => {
            const n = (counters.get(item.kind) ?? 0) + 1;
            counters.set(item.kind, n);
            return (
              <DraftItemCard
                key={item.path}
                item={item}
                index={n}
                busy={busy || !!draft.committed}
                shown={shown === item.path}
                onShow={() => setShown(item.path)}
                act={(step, body) => run(() => api(`/drafts/${draft.id}/items/${item.path}/${step}`, { method: 'POST', body, ifMatch: draft.revision }))}
                editing={editing === item.path}
                setEditing={(open) => setEditing(open ? item.path : null)}
                saveEdit={async (value) => {
                  await api(`/drafts/${draft.id}/items/${item.path}/edits`, { method: 'POST', body: { value }, ifMatch: revision.current });
                  await reload();
                }}
              />
            );
          })}
          {!draft.committed && !draft.emptyBecause && <AddRecord busy={busy} add={(kind, value) => run(() => api(`/drafts/${draft.id}/items`, { method: 'POST', body: { kind, value }, ifMatch: draft.revision }))} />}
          {!draft.committed && !draft.emptyBecause && (
            <button type="button" className="primary" disabled={busy} onClick={commit}>
              Commit {live.length - 1} records
            </button>
          )}
        </section>
      </div>
    </>
  );
}

/** "From a press release": paste the text, review what it supports, commit it through the ordinary commands. */
export function FromPressRelease() {
  // The draft's id rides in the address (?draft=…), so a reload or a later visit resumes the review.
  const [params, setParams] = useSearchParams();
  const id = params.get('draft');
  const [draft, setDraft] = useState<DraftRecord | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    if (!id) return setDraft(null);
    if (draft?.id === id) return;
    api<DraftRecord>(`/drafts/${id}`).then(setDraft, () => setMissing(true));
  }, [id, draft?.id]);
  const show = (d: DraftRecord) => {
    setDraft(d);
    setParams({ draft: d.id });
  };
  return (
    <Page title="From a press release" intro="Paste a press release: Chancery drafts the records it supports, each tied to the words that say it. Review them, then commit.">
      {missing && (
        <p className="state error" role="alert">
          That draft cannot be found. Paste the release again.
        </p>
      )}
      {draft && id ? <Review draft={draft} onChange={setDraft} /> : id && !missing ? <p className="state loading">Loading the draft…</p> : <PasteForm onDrafted={show} />}
      {draft && id && (
        <p>
          <button type="button" onClick={() => setParams({})}>
            Draft another release
          </button>
        </p>
      )}
    </Page>
  );
}
