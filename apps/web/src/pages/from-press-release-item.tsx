import { useState, type FormEvent } from 'react';
import { DECISION_WORDS, itemHeading, leavesOf, valueWith, type DraftItem, type Leaf } from './from-press-release-fields';

type Act = (step: 'edits' | 'acceptance' | 'rejection', body?: Record<string, unknown>) => Promise<boolean>;

/** One proposed record: what it says in words, its decision, and accept / edit / reject. */
export function DraftItemCard({ item, index, busy, shown, onShow, act }: { item: DraftItem; index: number; busy: boolean; shown: boolean; onShow: () => void; act: Act }) {
  const [editing, setEditing] = useState<Leaf[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const heading = itemHeading(item, index);
  const headingId = `item-${item.path.replace('.', '-')}`;
  const leaves = leavesOf(item.value);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const built = valueWith(item.value, editing ?? []);
    if ('errors' in built) return setProblems(built.errors);
    setProblems([]);
    if (await act('edits', { value: built.value })) setEditing(null);
  };
  return (
    <article className={`draft-item ${item.decision}${shown ? ' shown' : ''}`} aria-labelledby={headingId} onFocus={onShow}>
      <h3 id={headingId}>{heading}</h3>
      <p className="decision">{DECISION_WORDS[item.decision]}</p>
      {editing ? (
        <form onSubmit={save} aria-label={`Edit ${heading}`}>
          {problems.length > 0 && (
            <ul className="state error" role="alert">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {editing.map((leaf, i) => {
            const id = `${headingId}-${leaf.path.join('-')}`;
            const change = (text: string) => setEditing(editing.map((l, j) => (j === i ? { ...l, text } : l)));
            return (
              <div className="field" key={id}>
                <label htmlFor={id}>{leaf.label}</label>
                {leaf.long ? <textarea id={id} rows={3} value={leaf.text} onChange={(e) => change(e.target.value)} /> : <input id={id} value={leaf.text} onChange={(e) => change(e.target.value)} />}
              </div>
            );
          })}
          <div className="actions">
            <button type="submit" disabled={busy}>
              Save the edit
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl>
            {leaves.map((leaf) => (
              <div key={leaf.path.join('.')}>
                <dt>{leaf.label}</dt>
                <dd>{leaf.text || 'not stated'}</dd>
              </div>
            ))}
          </dl>
          <div className="actions">
            <button type="button" onClick={onShow} aria-pressed={shown} aria-label={`Show the words of ${heading}`}>
              Show the words
            </button>
            {item.kind !== 'source' && item.decision !== 'accepted' && (
              <button type="button" disabled={busy} onClick={() => act('acceptance')} aria-label={`Accept ${heading}`}>
                Accept
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setEditing(leavesOf(item.value))} aria-label={`Edit ${heading}`}>
              Edit
            </button>
            {item.kind !== 'source' && item.decision !== 'rejected' && (
              <button type="button" disabled={busy} onClick={() => act('rejection', {})} aria-label={`Reject ${heading}`}>
                Reject
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}
