import { newKey } from '../api/client';
import { Field } from './field';
import { FIGURE_QUALIFIERS } from './figure-qualifiers';

export { FIGURE_QUALIFIERS };

export type TargetKind = 'quantity' | 'amount' | 'rating';
export interface TargetDraft {
  key: string;
  kind: TargetKind;
  qualifier: string;
  figure: string;
  unit: string;
  ofTotal: string;
}

export const newTarget = (): TargetDraft => ({ key: newKey(), kind: 'quantity', qualifier: '', figure: '', unit: '', ofTotal: '' });

const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text)) && Number(text) >= 0;

/** The API's target for a draft: `{ quantity, unit }`, `{ amount, currency }` or `{ rating, scale }`, with its qualifier and total. */
export function toTarget(d: TargetDraft): Record<string, unknown> {
  const qualifier = d.qualifier || null;
  if (d.kind === 'rating') return { rating: d.figure.trim(), scale: d.unit.trim() || null, qualifier };
  const ofTotal = d.ofTotal.trim() ? Number(d.ofTotal) : null;
  return d.kind === 'quantity'
    ? { quantity: Number(d.figure), unit: d.unit.trim(), qualifier, ofTotal }
    : { amount: Number(d.figure), currency: d.unit.trim().toUpperCase(), qualifier, ofTotal };
}

/** What is wrong with each target, keyed as the API names the field (`targets[1]`). */
export function targetProblems(drafts: TargetDraft[], field = 'targets', noun = 'target'): Record<string, string> {
  const problems: Record<string, string> = {};
  drafts.forEach((d, i) => {
    const n = i + 1;
    if (d.kind === 'rating') {
      problems[`${field}[${i}]`] = d.figure.trim() ? '' : `Enter the rating of ${noun} ${n}, such as BBB-`;
      return;
    }
    if (!isNumber(d.figure)) problems[`${field}[${i}]`] = `Enter ${noun} ${n} as a number, such as 12000`;
    else if (!d.unit.trim()) problems[`${field}[${i}]`] = d.kind === 'amount' ? `Enter the currency of ${noun} ${n}, such as USD` : `Enter the unit of ${noun} ${n}, such as jobs`;
    else if (d.ofTotal.trim() && (!isNumber(d.ofTotal) || Number(d.ofTotal) < Number(d.figure))) problems[`${field}[${i}]`] = `Enter the total of ${noun} ${n} as a number at least the figure, or leave it empty`;
    else problems[`${field}[${i}]`] = '';
  });
  return problems;
}

/** Several figures promised, each with its qualifier and an optional "of total" (748 of 768 km); or a rating (BBB-). */
export function TargetsEditor({
  value,
  onChange,
  errors,
  field = 'targets',
  legend = 'Targets',
  noun = 'target',
}: {
  value: TargetDraft[];
  onChange: (v: TargetDraft[]) => void;
  /** Keyed as the API names the item: `targets[1]` (or `figures[1]` for progress). */
  errors: Record<string, string>;
  field?: string;
  legend?: string;
  noun?: string;
}) {
  const update = (i: number, change: Partial<TargetDraft>) => onChange(value.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <fieldset className="targets">
      <legend>{legend}</legend>
      {value.length === 0 && <p className="muted">None stated. Add one for each figure the source gives: a sum, a count or a rating.</p>}
      <ol>
        {value.map((d, i) => {
          const n = i + 1;
          const error = errors[`${field}[${i}]`];
          return (
            <li key={d.key} className="row">
              <Field label={`${Noun} ${n}: kind`}>
                <select value={d.kind} onChange={(e) => update(i, { kind: e.target.value as TargetKind })}>
                  <option value="quantity">A count (12,000 jobs)</option>
                  <option value="amount">A sum of money</option>
                  <option value="rating">A rating (BBB-)</option>
                </select>
              </Field>
              {d.kind !== 'rating' && (
                <Field label={`${Noun} ${n}: as stated`}>
                  <select value={d.qualifier} onChange={(e) => update(i, { qualifier: e.target.value })}>
                    <option value="">exactly as given</option>
                    {FIGURE_QUALIFIERS.map((q) => (
                      <option key={q} value={q}>
                        {q}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <Field label={d.kind === 'rating' ? `${Noun} ${n}: rating` : `${Noun} ${n}: figure`} name={`${field}[${i}]`} error={error}>
                <input type="text" inputMode={d.kind === 'rating' ? 'text' : 'decimal'} value={d.figure} placeholder={d.kind === 'rating' ? 'BBB-' : '12000'} onChange={(e) => update(i, { figure: e.target.value })} />
              </Field>
              <Field label={d.kind === 'rating' ? `${Noun} ${n}: scale (optional)` : d.kind === 'amount' ? `${Noun} ${n}: currency` : `${Noun} ${n}: unit`}>
                <input type="text" value={d.unit} placeholder={d.kind === 'rating' ? 'S&P' : d.kind === 'amount' ? 'USD' : 'jobs'} onChange={(e) => update(i, { unit: e.target.value })} />
              </Field>
              {d.kind !== 'rating' && (
                <Field label={`${Noun} ${n}: of a total (optional)`} hint="748 of 768 km: the 768">
                  <input type="text" inputMode="decimal" value={d.ofTotal} onChange={(e) => update(i, { ofTotal: e.target.value })} />
                </Field>
              )}
              <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                Remove {noun} {n}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...value, newTarget()])}>
        Add a {noun}
      </button>
    </fieldset>
  );
}
