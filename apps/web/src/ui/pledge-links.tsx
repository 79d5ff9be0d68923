import { useCallback } from 'react';
import { api, newKey, readQuery } from '../api/client';
import type { Page, PledgeRegisterItem } from '../api/types';
import { Combobox, type Option } from './combobox';
import { formatDay } from './dates';
import { Field } from './field';

export const PLEDGE_RELATIONS = [
  ['part-of', 'is part of'],
  ['follows-from', 'follows from'],
  ['same-as', 'is the same project as'],
] as const;

export interface LinkDraft {
  key: string;
  relation: string;
  other: { id: string; commitment: string; pledgedOn: string | null } | null;
  confirmed: boolean;
}

export const newLink = (): LinkDraft => ({ key: newKey(), relation: 'part-of', other: null, confirmed: false });

/** Pledges on the register whose promise contains the words typed. */
async function searchPledges(text: string, except: string): Promise<PledgeRegisterItem[]> {
  const { items } = await api<Page<PledgeRegisterItem>>(`/pledges/register${readQuery({ limit: 500 })}`);
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((p) => p.pledgeId !== except && words.every((w) => p.commitment.toLowerCase().includes(w))).slice(0, 15);
}

const asOption = (p: PledgeRegisterItem): Option => ({ key: p.pledgeId, label: p.commitment, detail: p.pledgedOn ? `pledged ${formatDay(p.pledgedOn)}` : 'date not stated' });

export const linkProblems = (links: LinkDraft[]): Record<string, string> =>
  Object.fromEntries(links.map((l, i) => [`links[${i}].otherPledgeId`, l.other ? '' : `Choose the pledge that link ${i + 1} points to, or remove the link`]));

/** Links from the pledge being recorded to others on record: part of an envelope, follows from, the same project reported again. */
export function PledgeLinksEditor({
  value,
  onChange,
  errors,
  pledgeId,
  single = false,
}: {
  value: LinkDraft[];
  onChange: (v: LinkDraft[]) => void;
  errors: Record<string, string>;
  pledgeId: string;
  /** One link only (from a pledge's page): no add or remove. */
  single?: boolean;
}) {
  const search = useCallback((text: string) => searchPledges(text, pledgeId), [pledgeId]);
  const update = (i: number, change: Partial<LinkDraft>) => onChange(value.map((d, j) => (j === i ? { ...d, ...change } : d)));
  return (
    <fieldset className="links">
      <legend>Links to other pledges</legend>
      {value.length === 0 && <p className="muted">None. Add one when this pledge is part of a larger envelope, follows from an earlier one, or is one already on record reported again.</p>}
      <ol>
        {value.map((d, i) => {
          const n = i + 1;
          const error = errors[`links[${i}].otherPledgeId`] ?? errors[`links[${i}]`];
          return (
            <li key={d.key} className="row">
              <Field label={`Link ${n}: this pledge`}>
                <select value={d.relation} onChange={(e) => update(i, { relation: e.target.value })}>
                  {PLEDGE_RELATIONS.map(([code, words]) => (
                    <option key={code} value={code}>
                      {words}
                    </option>
                  ))}
                </select>
              </Field>
              {d.other ? (
                <div className={`field${error ? ' invalid' : ''}`}>
                  <span className="label">Link {n}: the other pledge</span>
                  <span className="chip">
                    {d.other.commitment}
                    <button type="button" className="link" id={`field-links-${i}-otherPledgeId`} aria-label={`Clear link ${n}: ${d.other.commitment}`} onClick={() => update(i, { other: null })}>
                      ×
                    </button>
                  </span>
                  {error && <small className="field-error">{error}</small>}
                </div>
              ) : (
                <Combobox
                  label={`Link ${n}: the other pledge`}
                  name={`links[${i}].otherPledgeId`}
                  search={search}
                  toOption={asOption}
                  onPick={(p) => update(i, { other: { id: p.pledgeId, commitment: p.commitment, pledgedOn: p.pledgedOn } })}
                  error={error}
                  placeholder="Words of its promise…"
                />
              )}
              <label className="check">
                <input type="checkbox" checked={d.confirmed} onChange={(e) => update(i, { confirmed: e.target.checked })} /> Link {n} is confirmed (not tentative)
              </label>
              {!single && (
                <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  Remove link {n}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!single && (
        <button type="button" onClick={() => onChange([...value, newLink()])}>
          Add a link
        </button>
      )}
    </fieldset>
  );
}
