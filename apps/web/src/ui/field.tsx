import { useId, type ReactElement, cloneElement, type ReactNode } from 'react';
import { fieldId } from './messages';

/**
 * A labelled control with its hint and its error from the API beside it. The control gets the id,
 * `aria-invalid` and `aria-describedby`, so a screen reader reads the error with the field.
 */
export function Field({ label, name, error, hint, children }: { label: string; name?: string; error?: string; hint?: ReactNode; children: ReactElement<Record<string, unknown>> }) {
  const generated = useId();
  const id = name ? fieldId(name) : generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

/** Errors for fields under `prefix` (`participants`, `participants[0]`…) joined, for a composite control. */
export function errorsUnder(fields: Record<string, string>, prefix: string): string | undefined {
  const found = Object.entries(fields)
    .filter(([f]) => f === prefix || f.startsWith(`${prefix}.`) || f.startsWith(`${prefix}[`))
    .map(([f, reason]) => (f === prefix ? reason : `${f.slice(prefix.length).replace(/^\./, '')}: ${reason}`));
  return found.length ? found.join('; ') : undefined;
}

/** The form-level message: what failed, and a list of field errors no control on the page shows. */
export function FormError({ error, shown }: { error: { message: string; fields: Record<string, string> } | null; shown: string[] }) {
  if (!error) return null;
  const others = Object.entries(error.fields).filter(([f]) => !shown.some((s) => f === s || f.startsWith(`${s}.`) || f.startsWith(`${s}[`)));
  const hasFields = Object.keys(error.fields).length > 0;
  return (
    <div className="state error" role="alert">
      <p>{hasFields ? 'Some fields need attention; see the messages beside them.' : error.message}</p>
      {others.length > 0 && (
        <ul>
          {others.map(([f, r]) => (
            <li key={f}>
              {f}: {r}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
