import { Fragment, useEffect, useState } from 'react';
import { labelOf, PLEDGE_LEVELS } from '../api/vocabulary';
import { formatDay } from './dates';
import { nameOf } from './directory';
import { PartyName } from './party-name';
import { useTopicLabel } from './topic-label';
import { codeLabel, countryName, fieldLabel } from './words';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODED = new Set(['status', 'format', 'kind', 'classification', 'engagementKind', 'type']);
type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An instant as people write it: `2 December 2026, 01:34 UTC`. */
export function formatInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${formatDay(m[1])}, ${m[2]} UTC` : iso;
}

/**
 * A value of a record in words, for its history and its state as known then: names for the ids
 * it refers to, labels for codes, dates as people write them, a position as `Prime Minister at
 * Luxembourg, from 1 January 2023`. A sub-item's own id (a position's positionId) is left out.
 */
export function RecordValue({ field, value, ownId }: { field: string; value: unknown; ownId?: string }) {
  const topicLabel = useTopicLabel();
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return <>none</>;
  if (Array.isArray(value)) {
    if (value.every((v) => !isPlain(v)))
      return (
        <>
          {value.map((v, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              <RecordValue field={field} value={v} />
            </Fragment>
          ))}
        </>
      );
    const own = `${field.replace(/ies$/, 'y').replace(/s$/, '')}Id`;
    return (
      <ul className="values">
        {value.map((v, i) => (
          <li key={i}>
            <RecordValue field={field} value={v} ownId={own} />
          </li>
        ))}
      </ul>
    );
  }
  if (isPlain(value)) {
    if (typeof value.kind === 'string' && typeof value.id === 'string' && Object.keys(value).length === 2) return <PartyName id={value.id} />;
    if (typeof value.title === 'string' && isPlain(value.at) && typeof value.at.id === 'string') {
      return (
        <>
          {value.title} at <PartyName id={value.at.id} />
          {typeof value.from === 'string' && `, from ${formatDay(value.from)}`}
          {typeof value.to === 'string' && ` to ${formatDay(value.to)}`}
          {Array.isArray(value.sourceIds) && value.sourceIds.length > 0 && (
            <small>
              {' '}
              (source: <RecordValue field="sourceIds" value={value.sourceIds} />)
            </small>
          )}
        </>
      );
    }
    const entries = Object.entries(value).filter(([k]) => k !== ownId);
    return (
      <dl className="values">
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{fieldLabel(k)}</dt>
            <dd>
              <RecordValue field={k} value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  if (typeof value !== 'string') return <>{String(value)}</>;
  if (UUID.test(value)) return <RecordName id={value} />;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDay(value)}</>;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return <>{formatInstant(value)}</>;
  if (/(Date|On)$|^(date|from|to|asOf)$/.test(field) && formatDay(value)) return <>{formatDay(value)}</>;
  if (field === 'topics' || field === 'area') return <>{topicLabel(value)}</>;
  if (field === 'level') return <>{labelOf(PLEDGE_LEVELS, value)}</>;
  if (/^[A-Z]{3}$/.test(value)) return <>{countryName(value)}</>;
  if (CODED.has(field)) return <>{codeLabel(value)}</>;
  return <>{value}</>;
}

/** A record named by its id, through the directory; the id itself only when the directory has no name. */
function RecordName({ id }: { id: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void nameOf(id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id]);
  return name === null ? <span className="muted">…</span> : name === id ? <code title="No name on record for this id">{id}</code> : <>{name}</>;
}
