import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { fieldId } from './messages';

export interface Option {
  key: string;
  label: string;
  detail?: string | null;
}

/**
 * A searchable picker (the ARIA 1.2 combobox pattern): type to search, arrows to move, Enter to
 * pick (never to submit the form), Escape to close. `search` runs as you type (debounced); a stale answer is dropped.
 */
export function Combobox<T>({
  label,
  search,
  toOption,
  onPick,
  error,
  hint,
  placeholder,
  name,
  autoFocus,
}: {
  label: string;
  name?: string;
  autoFocus?: boolean;
  search: (text: string) => Promise<T[]>;
  toOption: (item: T) => Option;
  onPick: (item: T) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
}) {
  const generated = useId();
  const id = name ? fieldId(name) : generated;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<T[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const asked = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++asked.current;
    setStatus('loading');
    const timer = setTimeout(() => {
      search(text).then(
        (found) => {
          if (ticket !== asked.current) return;
          setOptions(found);
          setActive(0);
          setStatus('idle');
        },
        () => ticket === asked.current && setStatus('failed'),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [text, open, search]);

  const pick = (item: T) => {
    onPick(item);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks the active option, and never submits the form around the field.
      event.preventDefault();
      if (open && status === 'idle' && options[active]) pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field combobox${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={label} aria-busy={status === 'loading'} className="options">
          {status === 'loading' && options.length === 0 && <li className="muted">Searching…</li>}
          {status === 'failed' && <li className="muted">The search failed; keep typing to retry.</li>}
          {status === 'idle' && options.length === 0 && <li className="muted">Nothing on record matches “{text}”.</li>}
          {options.map((item, i) => {
            const option = toOption(item);
            return (
              <li
                key={option.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(item);
                }}
              >
                <span>{option.label}</span>
                {option.detail && <small> — {option.detail}</small>}
              </li>
            );
          })}
        </ul>
      )}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
