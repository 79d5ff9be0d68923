import { newKey } from '../api/client';
import type { PartyRef } from '../api/types';
import { refOf, type Picked } from './directory';
import { Field } from './field';
import { PickOne } from './pickers';

/** Who signed (or witnessed): a person on record, or one the source names only by title; and the side they signed for. */
export interface SignerDraft {
  key: string;
  person: Picked | null;
  title: string;
  side: Picked | null;
}

export const newSigner = (): SignerDraft => ({ key: newKey(), person: null, title: '', side: null });

export const toSigner = (s: SignerDraft): { personId: string | null; title: string | null; side: PartyRef | null } => ({
  personId: s.person?.id ?? null,
  title: s.title.trim() || null,
  side: s.side ? refOf(s.side) : null,
});

/** `signatories[1].title`: a signer needs a name on record or a title. */
export const signerProblems = (field: string, noun: string, drafts: SignerDraft[]): Record<string, string> =>
  Object.fromEntries(drafts.map((s, i) => [`${field}[${i}].title`, s.person || s.title.trim() ? '' : `Choose ${noun} ${i + 1} or enter their title`]));

/** A side defaults to whom the person's current post represents. */
const sideOf = (p: Picked): Picked | null => (p.side ? { kind: p.side.kind, id: p.side.id, name: p.side.name, detail: null, classification: 'public' } : null);

export function SignersEditor({ field, legend, noun, value, onChange, errors }: { field: string; legend: string; noun: string; value: SignerDraft[]; onChange: (v: SignerDraft[]) => void; errors: Record<string, string> }) {
  const update = (i: number, change: Partial<SignerDraft>) => onChange(value.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <fieldset className={field}>
      <legend>{legend}</legend>
      {value.length === 0 && <p className="muted">None stated.</p>}
      <ol>
        {value.map((d, i) => (
          <li key={d.key} className="row">
            <PickOne label={`${Noun} ${i + 1}: name`} name={`${field}[${i}].personId`} kinds={['person']} value={d.person} onChange={(person) => update(i, { person, side: d.side ?? (person ? sideOf(person) : null) })} error={errors[`${field}[${i}].personId`]} />
            <Field label={`${Noun} ${i + 1}: title`} name={`${field}[${i}].title`} error={errors[`${field}[${i}].title`]} hint="If not named, the title the source gives">
              <input type="text" value={d.title} placeholder="Minister of Health" onChange={(e) => update(i, { title: e.target.value })} />
            </Field>
            <PickOne label={`${Noun} ${i + 1}: on behalf of`} name={`${field}[${i}].side`} kinds={['country', 'organisation']} value={d.side} onChange={(side) => update(i, { side })} error={errors[`${field}[${i}].side`]} />
            <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              Remove {noun} {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...value, newSigner()])}>
        Add a {noun}
      </button>
    </fieldset>
  );
}
