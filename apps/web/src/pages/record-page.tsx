import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { CLASSIFICATIONS, labelOf } from '../api/vocabulary';
import { useSession } from '../session';
import { Page } from '../ui/page';
import { PledgeLinkStep } from '../ui/pledge-link-step';
import { PledgeStep } from '../ui/pledge-steps';
import { CorrectRecord, RetractRecord } from '../ui/record-changes';
import { factsOf, isRecordKind, RECORD_KINDS, type Fetched, type RecordKind } from '../ui/record-kinds';
import { FactValue } from '../ui/record-words';
import { Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { VisitMeetings } from '../ui/visit-meetings';
import { fieldLabel } from '../ui/words';

const stated = (v: unknown) => !(v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0));

/** A record of any kind in words, with its corrections, and (for recorders) correct and retract. */
export function RecordPage() {
  const { kind, id } = useParams();
  if (!isRecordKind(kind) || !id) return <p className="state empty">There is no such record. Use the menu above.</p>;
  return <RecordOf kind={kind} id={id} />;
}

function RecordOf({ kind, id }: { kind: RecordKind; id: string }) {
  const spec = RECORD_KINDS[kind];
  const resource = useResource(() => api<Fetched>(`${spec.api}/${id}`), `${kind}:${id}`);
  return (
    <Loaded resource={resource} what={`the ${spec.noun}`}>
      {(loaded) => <Shown kind={kind} loaded={loaded} />}
    </Loaded>
  );
}

function Shown({ kind, loaded }: { kind: RecordKind; loaded: Fetched }) {
  const spec = RECORD_KINDS[kind];
  const { me } = useSession();
  const [record, setRecord] = useState(loaded);
  const [action, setAction] = useState<'none' | 'correct' | 'retract' | 'progress' | 'fulfilment' | 'link'>('none');
  const open = kind === 'pledge' && (record.standing === 'open' || record.standing === 'lapsed');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setRecord(loaded), [loaded]);
  const canChange = !!me?.roles.includes('recorder') && record.status !== 'retracted';
  // The record is read back from its own stream, so the change shows at once.
  const done = (what: string) => () => {
    setAction('none');
    setSaved(what);
    void api<Fetched>(`${spec.api}/${record.id}`).then(setRecord, () => undefined);
  };
  return (
    <Page title={spec.heading(record)} intro={`${/^[aeiou]/.test(spec.noun) ? 'An' : 'A'} ${spec.noun} on record${record.classification ? `; classified ${labelOf(CLASSIFICATIONS, record.classification).toLowerCase()}` : ''}.`}>
      {record.status === 'retracted' && (
        <div className="state warning" role="status">
          <p>
            <strong>Retracted.</strong> Reason given: {record.retractionReason ?? 'not stated'}
          </p>
        </div>
      )}
      {saved && (
        <div className="state success" role="status">
          <p>{saved}</p>
        </div>
      )}
      <dl className="record-facts">
        {factsOf(kind, record).map((f) => (
          <div key={f.key}>
            <dt>{f.label || fieldLabel(f.key)}</dt>
            <dd>{stated(record[f.key]) ? <FactValue field={f.key} value={record[f.key]} /> : <span className="muted">not stated</span>}</dd>
          </div>
        ))}
      </dl>
      {kind === 'visit' && <VisitMeetings visitId={record.id} canRecord={canChange} />}
      {record.corrections.length > 0 && (
        <section>
          <h2>Corrections</h2>
          <ol>
            {record.corrections.map((c, i) => (
              <li key={i}>
                {Object.keys(c.changes)
                  .map((k) => spec.facts.find((f) => f.key === k)?.label ?? fieldLabel(k))
                  .join(', ')}{' '}
                corrected. Reason given: {c.reason}
              </li>
            ))}
          </ol>
        </section>
      )}
      <ul className="actions">
        <li>
          <Link to={`/history/${kind}/${record.id}`}>See who recorded and changed it, and when</Link>
        </li>
      </ul>
      {canChange && (
        <section aria-label={`Change the ${spec.noun}`}>
          <div className="actions">
            <button type="button" aria-pressed={action === 'correct'} onClick={() => setAction(action === 'correct' ? 'none' : 'correct')}>
              Correct a fact
            </button>{' '}
            <button type="button" aria-pressed={action === 'retract'} onClick={() => setAction(action === 'retract' ? 'none' : 'retract')}>
              Retract the {spec.noun}
            </button>
            {open && (
              <>
                {' '}
                <button type="button" aria-pressed={action === 'progress'} onClick={() => setAction(action === 'progress' ? 'none' : 'progress')}>
                  Report progress
                </button>{' '}
                <button type="button" aria-pressed={action === 'fulfilment'} onClick={() => setAction(action === 'fulfilment' ? 'none' : 'fulfilment')}>
                  Record that it was fulfilled
                </button>{' '}
                <button type="button" aria-pressed={action === 'link'} onClick={() => setAction(action === 'link' ? 'none' : 'link')}>
                  Link to another pledge
                </button>
              </>
            )}
          </div>
          {action === 'correct' && <CorrectRecord kind={kind} record={record} onDone={done(`The ${spec.noun} is corrected.`)} onTakeCurrent={setRecord} />}
          {(action === 'progress' || action === 'fulfilment') && (
            <PledgeStep key={action} step={action} pledge={record} onDone={done(action === 'progress' ? 'The progress is on record.' : 'The pledge is recorded as fulfilled.')} onTakeCurrent={setRecord} />
          )}
          {action === 'link' && <PledgeLinkStep pledge={record} onDone={done('The link is on record.')} onTakeCurrent={setRecord} />}
          {action === 'retract' && <RetractRecord kind={kind} record={record} onDone={done(`The ${spec.noun} is retracted.`)} onTakeCurrent={setRecord} />}
        </section>
      )}
    </Page>
  );
}
