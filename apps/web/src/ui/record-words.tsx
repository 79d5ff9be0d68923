import { Fragment, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ENGAGEMENT_KINDS, labelOf, MEETING_FORMATS } from '../api/vocabulary';
import { formatPartialDate } from './dates';
import { PartyName } from './party-name';
import { RecordValue } from './record-value';
import { codeLabel, countryName } from './words';

const RELATIONS: Record<string, string> = { 'part-of': 'Part of', 'follows-from': 'Follows from', 'same-as': 'The same project as' };

/** `Part of “Joint satellite programme…” (tentative)`, linked to that pledge's page. */
function PledgeLink({ link }: { link: Plain }) {
  const id = String(link.otherPledgeId ?? '');
  const [commitment, setCommitment] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api<{ commitment: string }>(`/pledges/${id}`).then(
      (p) => live && setCommitment(p.commitment),
      () => live && setCommitment('a pledge you cannot see'),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return (
    <>
      {RELATIONS[String(link.relation)] ?? codeLabel(String(link.relation))} <Link to={`/records/pledge/${id}`}>“{commitment ?? '…'}”</Link>
      {link.certainty === 'tentative' ? ' (tentative)' : ' (confirmed)'}
    </>
  );
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (ref: unknown) => (isPlain(ref) && typeof ref.id === 'string' ? ref.id : typeof ref === 'string' ? ref : null);

/** `Luc Frieden, Prime Minister, for Luxembourg (head of delegation)`; an unnamed one by title alone. */
function Person({ p }: { p: Plain }) {
  const id = idOf(p.party) ?? idOf(p.person) ?? (typeof p.personId === 'string' ? p.personId : null);
  const title = typeof p.title === 'string' ? p.title : null;
  const side = idOf(p.side);
  return (
    <>
      {id ? <PartyName id={id} /> : <span>{title ? `an unnamed ${title}` : 'someone not named'}</span>}
      {id && title && `, ${title}`}
      {side && (
        <>
          , for <PartyName id={side} />
        </>
      )}
      {typeof p.role === 'string' && p.role && ` (${p.role})`}
    </>
  );
}

/** `more than 12,000,000,000 USD`, `748 of 768 km`, `BBB- (S&P)`. */
export function figureWords(f: Plain): string {
  const n = (x: unknown) => (typeof x === 'number' ? x.toLocaleString('en-GB') : String(x));
  const q = typeof f.qualifier === 'string' ? `${f.qualifier} ` : '';
  const of = typeof f.ofTotal === 'number' ? ` of ${n(f.ofTotal)}` : '';
  if (typeof f.rating === 'string') return `${q}${f.rating}${typeof f.scale === 'string' ? ` (${f.scale})` : ''}`;
  if (f.amount !== undefined) return `${q}${n(f.amount)}${of} ${String(f.currency ?? '')}`.trim();
  if (f.quantity !== undefined) return `${q}${n(f.quantity)}${of} ${String(f.unit ?? '')}`.trim();
  return '';
}

const PEOPLE = new Set(['participants', 'signatories', 'witnesses']);
const FIGURES = new Set(['targets', 'target', 'figures', 'figure', 'achieved']);

/** A fact of a record in words: people with titles and sides, figures with qualifiers, places; the rest as RecordValue says it. */
export function FactValue({ field, value }: { field: string; value: unknown }) {
  if (PEOPLE.has(field) && Array.isArray(value))
    return (
      <ul className="values">
        {value.map((p, i) => (
          <li key={i}>{isPlain(p) ? <Person p={p} /> : <RecordValue field={field} value={p} />}</li>
        ))}
      </ul>
    );
  if (FIGURES.has(field)) {
    const list = (Array.isArray(value) ? value : [value]).filter(isPlain);
    const words = list.map(figureWords);
    if (words.every(Boolean))
      return (
        <>
          {words.map((w, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              {w}
            </Fragment>
          ))}
        </>
      );
  }
  if (field === 'place' && isPlain(value) && ('city' in value || 'country' in value)) {
    const parts = [typeof value.city === 'string' ? value.city : null, typeof value.country === 'string' ? countryName(value.country) : null].filter(Boolean);
    return <>{parts.length ? parts.join(', ') : 'not stated'}</>;
  }
  if (field === 'delegation' && isPlain(value)) {
    const sentBy = idOf(value.sentBy);
    const head = typeof value.headId === 'string' ? value.headId : null;
    const headTitle = typeof value.headTitle === 'string' ? value.headTitle : null;
    const members = Array.isArray(value.memberIds) ? (value.memberIds as string[]) : [];
    return (
      <>
        Sent by {sentBy ? <PartyName id={sentBy} /> : 'a party not stated'}; led by{' '}
        {head ? (
          <>
            <PartyName id={head} />
            {headTitle && `, ${headTitle}`}
          </>
        ) : headTitle ? (
          `an unnamed ${headTitle}`
        ) : (
          'someone not named'
        )}
        {members.length > 0 && (
          <>
            ; with{' '}
            {members.map((m, i) => (
              <Fragment key={m}>
                {i > 0 && ', '}
                <PartyName id={m} />
              </Fragment>
            ))}
          </>
        )}
      </>
    );
  }
  if (field === 'period' && isPlain(value)) {
    if (typeof value.asOf === 'string') return <>as of {formatPartialDate(value.asOf)}</>;
    const to = formatPartialDate(typeof value.to === 'string' ? value.to : null);
    return <>{typeof value.from === 'string' ? `from ${formatPartialDate(value.from)} to ${to}` : `up to ${to}`}</>;
  }
  if (field === 'form' && typeof value === 'string') return <>{value === 'direct' ? 'Quoted directly' : value === 'reported' ? 'Reported speech' : codeLabel(value)}</>;
  if (field === 'progress' && Array.isArray(value))
    return (
      <ul className="values">
        {value.filter(isPlain).map((p, i) => {
          const figures = (Array.isArray(p.figures) ? p.figures : []).filter(isPlain).map(figureWords).filter(Boolean);
          return (
            <li key={i}>
              {formatPartialDate(typeof p.reportedOn === 'string' ? p.reportedOn : null, 'date not stated')}: {String(p.note ?? '')}
              {figures.length > 0 && ` (${figures.join('; ')})`}
            </li>
          );
        })}
      </ul>
    );
  if (['fulfilment', 'lapse', 'withdrawal'].includes(field) && isPlain(value))
    return (
      <>
        {formatPartialDate(typeof value.on === 'string' ? value.on : null, 'date not stated')}
        {typeof value.note === 'string' && value.note && `: ${value.note}`}
      </>
    );
  if (field === 'areas' && Array.isArray(value)) return <RecordValue field="topics" value={value} />;
  if (field === 'standing' && typeof value === 'string') return <>{codeLabel(value)}</>;
  if (field === 'links' && Array.isArray(value))
    return (
      <ul className="values">
        {value.filter(isPlain).map((l, i) => (
          <li key={i}>
            <PledgeLink link={l} />
          </li>
        ))}
      </ul>
    );
  if (field === 'engagement' && isPlain(value) && typeof value.kind === 'string') return <>{labelOf(ENGAGEMENT_KINDS, value.kind)}</>;
  if (field === 'engagementKind' && typeof value === 'string') return <>{labelOf(ENGAGEMENT_KINDS, value)}</>;
  if (field === 'format' && typeof value === 'string') return <>{labelOf(MEETING_FORMATS, value)}</>;
  if (field === 'mutual' && typeof value === 'boolean') return <>{value ? 'yes: every party pledges to the others' : 'no'}</>;
  return <RecordValue field={field} value={value} />;
}
