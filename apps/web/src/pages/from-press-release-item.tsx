import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ORDINARY_FORM_KINDS, OrdinaryFormEdit } from './draft-forms/ordinary-form-edit';
import type { SaveValue } from './draft-forms/draft-save';
import { DECISION_WORDS, itemHeading, leavesOf, valueWith, type DraftItem, type Leaf, type Value } from './from-press-release-fields';

type Act = (step: 'edits' | 'acceptance' | 'rejection', body?: Record<string, unknown>) => Promise<boolean>;

/**
 * One proposed record: what it says in words, its decision, and accept / edit / reject. A visit,
 * meeting or pledge is edited in its ordinary record form, prefilled; a quote, figure or the source
 * (which have no ordinary form on the web) in a form of its fields in words. One item is edited at
 * a time (`editing`, held by the review), and focus returns to the item's heading when it closes.
 */
export function DraftItemCard({
  item,
  index,
  busy,
  shown,
  onShow,
  act,
  editing,
  setEditing,
  saveEdit,
}: {
  item: DraftItem;
  index: number;
  busy: boolean;
  shown: boolean;
  onShow: () => void;
  act: Act;
  editing: boolean;
  setEditing: (open: boolean) => void;
  saveEdit: SaveValue;
}) {
  const heading = itemHeading(item, index);
  const headingId = `item-${item.path.replace('.', '-')}`;
  const leaves = leavesOf(item.value);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) headingRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const form = ORDINARY_FORM_KINDS.has(item.kind) ? (
    <OrdinaryFormEdit
      kind={item.kind}
      value={item.value}
      name={`Edit ${heading}`}
      save={async (value) => {
        await saveEdit(value);
        setEditing(false);
      }}
      cancel={() => setEditing(false)}
    />
  ) : (
    <ItemForm value={item.value} name={`Edit ${heading}`} idPrefix={headingId} busy={busy} onCancel={() => setEditing(false)} onSave={async (value) => (await act('edits', { value })) && setEditing(false)} />
  );
  return (
    <article className={`draft-item ${item.decision}${shown ? ' shown' : ''}${editing ? ' editing' : ''}`} aria-labelledby={headingId} onFocus={onShow}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p className="decision">{DECISION_WORDS[item.decision]}</p>
      {editing ? (
        form
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
          {item.decision === 'edited' && item.proposed !== null && (
            <details>
              <summary>What Chancery proposed</summary>
              <dl>
                {leavesOf(item.proposed).map((leaf) => (
                  <div key={leaf.path.join('.')}>
                    <dt>{leaf.label}</dt>
                    <dd>{leaf.text || 'not stated'}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          <div className="actions">
            <button type="button" onClick={onShow} aria-pressed={shown} aria-label={`Show the words of ${heading}`}>
              Show the words
            </button>
            {item.kind !== 'source' && item.decision !== 'accepted' && (
              <button type="button" disabled={busy} onClick={() => act('acceptance')} aria-label={`Accept ${heading}`}>
                Accept
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setEditing(true)} aria-label={`Edit ${heading}`}>
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

/** A record's fields in words, as a form: saving turns the words back into the record's value. */
export function ItemForm({ value, name, idPrefix, busy, onSave, onCancel, saveLabel = 'Save the edit' }: { value: Value; name: string; idPrefix: string; busy: boolean; onSave: (value: Value) => Promise<unknown>; onCancel: () => void; saveLabel?: string }) {
  const [editing, setEditing] = useState<Leaf[]>(() => leavesOf(value));
  const [problems, setProblems] = useState<string[]>([]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const built = valueWith(value, editing);
    if ('errors' in built) return setProblems(built.errors);
    setProblems([]);
    await onSave(built.value);
  };
  return (
        <form onSubmit={save} aria-label={name}>
          {problems.length > 0 && (
            <ul className="state error" role="alert">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {editing.map((leaf, i) => {
            const id = `${idPrefix}-${leaf.path.join('-')}`;
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
              {saveLabel}
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
  );
}

const BLANK_PARTICIPANT = { name: null, title: 'not stated', organisation_or_country: null, side: null };
/** An empty record of each kind that may be added, in the press-release shape. */
const BLANKS: Record<string, [string, Value]> = {
  meetings: ['A meeting', { date: null, place: { city: null, country: null }, format: 'bilateral', participants: [{ ...BLANK_PARTICIPANT }, { ...BLANK_PARTICIPANT }], topics: [] }],
  pledges: ['A pledge', { by: null, to: null, area: null, what: '', level: 'intent', quantity: null, amount: null, target_date: null, status: 'expressed' }],
  statements: ['A quote', { speaker: null, speaker_title: null, quote: '' }],
  visits: ['A visit', { delegation_of: '', head: { name: null, title: 'not stated' }, host_country: null, start: null, end: null, kind: 'not stated' }],
};

/** "Add a record the draft missed": choose its kind, fill its fields in words, add it. */
export function AddRecord({ busy, add }: { busy: boolean; add: (kind: string, value: Value) => Promise<boolean> }) {
  const [kind, setKind] = useState('meetings');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="add-heading" className="draft-item">
      <h3 id="add-heading">Add a record the draft missed</h3>
      {open ? (
        <ItemForm value={BLANKS[kind][1]} name={`New ${BLANKS[kind][0].replace(/^An? /, '').toLowerCase()}`} idPrefix="new-record" busy={busy} saveLabel="Add the record" onCancel={() => setOpen(false)} onSave={async (value) => (await add(kind, value)) && setOpen(false)} />
      ) : (
        <div className="actions">
          <label htmlFor="new-record-kind">Kind of record</label>
          <select id="new-record-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {Object.entries(BLANKS).map(([k, [label]]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy} onClick={() => setOpen(true)}>
            Add it
          </button>
        </div>
      )}
    </section>
  );
}
