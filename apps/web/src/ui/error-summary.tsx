import { useEffect, useRef } from 'react';
import { fieldId } from './messages';

/**
 * The GOV.UK error summary: at the top of the form, it takes focus when a submit fails and links
 * each problem to its field; a failure that is no field's says what happened.
 */
export function ErrorSummary({ error, fields, note }: { error: { message: string } | null; fields: Record<string, string>; note?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (!error) return null;
  const problems = Object.entries(fields);
  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      {(note ?? (problems.length === 0 ? error.message : null)) && <p>{note ?? error.message}</p>}
      <ul>
        {problems.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              onClick={(e) => {
                const control = document.getElementById(fieldId(field));
                if (!control) return;
                e.preventDefault();
                control.focus();
                control.scrollIntoView({ block: 'center' });
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
