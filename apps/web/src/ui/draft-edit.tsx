import type { ReactNode } from 'react';
import { Page } from './page';

/**
 * An ordinary record form opened on a draft's item ("From a press release"): prefilled with what
 * the draft proposes, saving the fields as the item's edit instead of recording anything. The form
 * hides what a draft cannot hold (sources, classification: the commit sets them from the release).
 */
export interface DraftEdit<Fields> {
  /** The form's accessible name: "Edit Meeting 2 of 14 October 2024: …". */
  name: string;
  /** The fields as the draft proposes them, in the form's own terms (names, dates in words). */
  initial: Fields;
  /** What a draft cannot hold of the fields, keyed by the form's field names ('' when fine). */
  check: (fields: Fields) => Record<string, string>;
  /** Saves the fields as the item's edit; throws the API's error keyed by the form's field names. */
  save: (fields: Fields) => Promise<void>;
  cancel: () => void;
}

/** What a date of a draft may be: the release's day, month or year (no quarter, no "about"). */
export const DRAFT_DATE_HINT = 'As precise as the source: 14 October 2024, October 2024 or 2024';

/** Problems of several checks keyed alike: for each field, the first one that says something. */
export function firstProblems(...checks: Record<string, string>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const check of checks) for (const [field, problem] of Object.entries(check)) out[field] ||= problem;
  return out;
}

/** The ordinary page around the form; around a draft's form, only a word on what the commit sets. */
export function PageOrDraft({ draft, title, intro, children }: { draft?: Pick<DraftEdit<unknown>, 'cancel'>; title: string; intro?: ReactNode; children: ReactNode }) {
  if (!draft) return <Page title={title} intro={intro}>{children}</Page>;
  return (
    <div className="draft-form">
      <p className="hint">The sources and classification are the release's: the commit sets them, and nothing is recorded until it runs.</p>
      {children}
    </div>
  );
}

/** The form's button; on a draft, "Save the edit" and "Cancel". */
export function SubmitOrSave({ draft, busy, label }: { draft?: Pick<DraftEdit<unknown>, 'cancel'>; busy: boolean; label: string }) {
  const submit = (
    <button type="submit" className="primary" disabled={busy}>
      {busy ? 'Saving…' : draft ? 'Save the edit' : label}
    </button>
  );
  if (!draft) return submit;
  return (
    <div className="actions">
      {submit}
      <button type="button" onClick={draft.cancel}>
        Cancel
      </button>
    </div>
  );
}
