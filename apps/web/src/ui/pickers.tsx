import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartyKind, Topic } from '../api/types';
import { Combobox } from './combobox';
import { Field } from './field';
import { asOption, searchDirectory, topicVocabulary, type Picked } from './directory';
import { fieldId } from './messages';
import { Loaded } from './states';
import { useResource } from './use-resource';

type Kind = PartyKind | 'source' | 'visit' | 'meeting';

/**
 * One record picked from the directory; once picked it shows as a chip that can be cleared. Focus
 * stays with the field: on the chip's button after a pick, back in the search box after a clear.
 */
export function PickOne({
  label,
  name,
  kinds,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  name?: string;
  kinds: Kind[];
  value: Picked | null;
  onChange: (v: Picked | null) => void;
  error?: string;
  hint?: string;
}) {
  const search = useCallback((text: string) => searchDirectory(text, kinds as never), [kinds.join(',')]);
  const moveFocus = useRef(false);
  const chip = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (moveFocus.current && value) chip.current?.focus();
  }, [value]);
  const change = (next: Picked | null) => {
    moveFocus.current = true;
    onChange(next);
  };
  if (value) {
    return (
      <div className={`field${error ? ' invalid' : ''}`}>
        <span className="label">{label}</span>
        <span className="chip">
          {value.name}
          {value.detail && <small> — {value.detail}</small>}
          <button
            ref={chip}
            id={name ? fieldId(name) : undefined}
            type="button"
            className="link"
            onClick={() => change(null)}
            aria-label={`Clear ${label}: ${value.name}`}
            aria-describedby={error && name ? `${fieldId(name)}-error` : undefined}
          >
            ×
          </button>
        </span>
        {error && (
          <small id={name ? `${fieldId(name)}-error` : undefined} className="field-error">
            {error}
          </small>
        )}
      </div>
    );
  }
  return <Combobox label={label} name={name} search={search} toOption={asOption} onPick={change} error={error} hint={hint} placeholder="Type a name…" autoFocus={moveFocus.current} />;
}

/** Several records picked from the directory, as removable chips. */
export function PickMany({
  label,
  name,
  kinds,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  name?: string;
  kinds: Kind[];
  value: Picked[];
  onChange: (v: Picked[]) => void;
  error?: string;
  hint?: string;
}) {
  const search = useCallback(async (text: string) => (await searchDirectory(text, kinds as never)).filter((e) => !value.some((v) => v.kind === e.kind && v.id === e.id)), [kinds.join(','), value]);
  return (
    <div className="pick-many">
      <Combobox label={label} name={name} search={search} toOption={asOption} onPick={(p) => onChange([...value, p])} error={error} hint={hint} placeholder="Type to search…" />
      {value.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {value.map((v) => (
            <li key={`${v.kind}:${v.id}`} className="chip">
              {v.name}
              {v.detail && <small> — {v.detail}</small>}
              <button type="button" className="link" onClick={() => onChange(value.filter((x) => x !== v))} aria-label={`Remove ${v.name} from ${label}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Topics from the vocabulary, as checkboxes (a short list reads best that way), and any other topic
 * typed in words: the API files it under a new topic as it records (open vocabulary).
 */
export function TopicsPicker({ value, onChange, error, legend = 'Topics discussed' }: { value: string[]; onChange: (v: string[]) => void; error?: string; legend?: string }) {
  const topics = useResource<Topic[]>(topicVocabulary, 'topics');
  const [other, setOther] = useState('');
  const known = new Set((topics.data ?? []).map((t) => t.slug));
  const typed = value.filter((v) => !known.has(v));
  const add = () => {
    const words = other.trim().replace(/\s+/g, ' ');
    const slug = topics.data?.find((t) => t.label.toLowerCase() === words.toLowerCase())?.slug;
    if (words && !value.includes(slug ?? words)) onChange([...value, slug ?? words]);
    setOther('');
  };
  return (
    <fieldset className={`topics${error ? ' invalid' : ''}`}>
      <legend>{legend}</legend>
      <Loaded resource={topics} what="topics">
        {(list) => (
          <div className="checks">
            {list.map((t) => (
              <label key={t.slug}>
                <input type="checkbox" checked={value.includes(t.slug)} onChange={(e) => onChange(e.target.checked ? [...value, t.slug] : value.filter((s) => s !== t.slug))} />
                {t.label}
              </label>
            ))}
          </div>
        )}
      </Loaded>
      {typed.length > 0 && (
        <ul className="chips" aria-label={`${legend}: added in words`}>
          {typed.map((t) => (
            <li key={t} className="chip">
              {t}
              <button type="button" className="link" onClick={() => onChange(value.filter((v) => v !== t))} aria-label={`Remove ${t}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row add-topic">
        <Field label="Another topic, in words" hint="Not in the list? Type it as the source says it; it is added as you record.">
          <input
            type="text"
            value={other}
            onChange={(e) => setOther(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
          />
        </Field>
        <button type="button" onClick={add}>
          Add the topic
        </button>
      </div>
      {error && <small className="field-error">{error}</small>}
    </fieldset>
  );
}

/** A single area from the vocabulary, as a select. */
export function TopicSelect({ id, value, onChange, ...rest }: { id?: string; value: string; onChange: (v: string) => void }) {
  const topics = useResource<Topic[]>(topicVocabulary, 'topics');
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <option value="">{topics.loading ? 'Loading…' : topics.error ? 'Topics unavailable' : 'Choose an area'}</option>
      {(topics.data ?? []).map((t) => (
        <option key={t.slug} value={t.slug}>
          {t.label}
        </option>
      ))}
    </select>
  );
}
