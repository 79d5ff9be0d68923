import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Written } from '../api/client';
import { Options } from '../api/vocabulary';
import { DateInput } from './date-input';
import { formatPartialDate } from './dates';
import { ErrorSummary } from './error-summary';
import { refOf, nameOf, type Picked } from './directory';
import { errorsUnder, Field } from './field';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from './partial-dates';
import { RecordValue } from './record-value';
import { PickMany, PickOne, TopicsPicker } from './pickers';
import {
  factsOf,
  type FactSpec,
  type Fetched,
  type PickKind,
  type RecordKind,
  RECORD_KINDS,
} from './record-kinds';
import { countryName, fieldLabel } from './words';
import { useSubmit } from './use-submit';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The facts that differ between the record as this page opened it and as it stands now. */
export function changedFacts(kind: RecordKind, opened: Fetched, current: Fetched): FactSpec[] {
  const facts = factsOf(kind, { ...opened, ...current });
  const changed = facts.filter((f) => !same(opened[f.key], current[f.key]));
  return current.status !== opened.status
    ? [...changed, { key: 'status', label: 'Status' }]
    : changed;
}

/**
 * What someone else changed since the page opened: each fact before → after, in words, and the way
 * on: take the record as it now stands, keeping what the officer typed.
 */
export function StaleNotice({
  kind,
  opened,
  current,
  onTakeCurrent,
}: {
  kind: RecordKind;
  opened: Fetched;
  current: Fetched;
  onTakeCurrent: () => void;
}) {
  const changes = changedFacts(kind, opened, current);
  return (
    <div className="state warning stale">
      <p>
        <strong>
          This {RECORD_KINDS[kind].noun} was changed by someone else since you opened it.
        </strong>{' '}
        Nothing of yours was saved. Their change:
      </p>
      <ul>
        {changes.map((f) => (
          <li key={f.key}>
            {f.label || fieldLabel(f.key)}: <RecordValue field={f.key} value={opened[f.key]} /> →{' '}
            <RecordValue field={f.key} value={current[f.key]} />
          </li>
        ))}
        {current.corrections.length > opened.corrections.length && (
          <li>Reason given: {current.corrections[current.corrections.length - 1].reason}</li>
        )}
        {current.status === 'retracted' && (
          <li>Reason given for the retraction: {current.retractionReason}</li>
        )}
      </ul>
      {current.status !== 'retracted' && (
        <button type="button" onClick={onTakeCurrent}>
          Use the record as it is now and keep what I typed
        </button>
      )}
    </div>
  );
}

/** Sends a change with the revision the page opened; a 409 becomes the stale notice with their change. */
export function useRevisedWrite(kind: RecordKind, opened: Fetched) {
  const [current, setCurrent] = useState<Fetched | null>(null);
  const write = async (path: string, body: Record<string, unknown>, key: string) => {
    try {
      setCurrent(null);
      return await api<Written>(`${RECORD_KINDS[kind].api}/${opened.id}/${path}`, {
        method: 'POST',
        body,
        ifMatch: opened.revision,
        idempotencyKey: key,
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code !== 'IDEMPOTENCY.KEY_REUSED') {
        setCurrent(await api<Fetched>(`${RECORD_KINDS[kind].api}/${opened.id}`));
        throw new ApiError(
          409,
          e.code,
          `This ${RECORD_KINDS[kind].noun} was changed by someone else since you opened it: nothing of yours was saved. See their change below.`,
        );
      }
      throw e;
    }
  };
  return { write, current, clear: () => setCurrent(null) };
}

/** A record's refs (`{ kind, id }`) or ids as picked chips, named through the directory. */
async function asPicks(value: unknown, kinds: PickKind[]): Promise<Picked[]> {
  const refs = (Array.isArray(value) ? value : []).map((v) =>
    typeof v === 'string' ? { kind: kinds[0], id: v } : (v as { kind: PickKind; id: string }),
  );
  return Promise.all(
    refs.map(async (r) => ({
      kind: r.kind,
      id: r.id,
      name: await nameOf(r.id),
      detail: null,
      classification: 'public',
    })),
  );
}

const asText = (fact: FactSpec | undefined, value: unknown) => {
  if (value === null || value === undefined) return '';
  if (fact?.edit?.as === 'date') return formatPartialDate(String(value), '');
  return String(value);
};

/** Correct one fact of a record, with the reason; the API keeps the old value in the record's history. */
export function CorrectRecord({
  kind,
  record,
  onDone,
  onTakeCurrent,
}: {
  kind: RecordKind;
  record: Fetched;
  onDone: () => void;
  onTakeCurrent: (r: Fetched) => void;
}) {
  const editable = factsOf(kind, record).filter((f) => f.edit);
  const [key, setKey] = useState(editable[0]?.key ?? '');
  const fact = editable.find((f) => f.key === key);
  const [value, setValue] = useState(asText(fact, record[key]));
  const [reason, setReason] = useState('');
  const [picks, setPicks] = useState<Picked[]>([]);
  const [topics, setTopics] = useState<string[]>([]);
  const [single, setSingle] = useState<Picked | null>(null);
  const [city, setCity] = useState('');
  const revised = useRevisedWrite(kind, record);
  // A list fact starts from what the record holds: its parties named, its topics as filed.
  useEffect(() => {
    let live = true;
    if (fact?.edit?.as === 'picks')
      void asPicks(record[key], fact.edit.kinds).then((p) => live && setPicks(p));
    if (fact?.edit?.as === 'place') {
      const place = (record[key] ?? null) as { city: string | null; country: string | null } | null;
      setCity(place?.city ?? '');
      setSingle(place?.country ? { kind: 'country', id: place.country, name: countryName(place.country), detail: null, classification: 'public' } : null);
    }
    if (fact?.edit?.as === 'one') {
      const id = typeof record[key] === 'string' ? (record[key] as string) : null;
      const kindOf = fact.edit.kind;
      setSingle(null);
      if (id)
        void nameOf(id).then(
          (name) =>
            live &&
            setSingle({ kind: kindOf, id, name: name === id ? `the ${kindOf} on record` : name, detail: null, classification: 'public' }),
        );
    }
    if (fact?.edit?.as === 'topics')
      setTopics(Array.isArray(record[key]) ? (record[key] as string[]) : []);
    return () => {
      live = false;
    };
  }, [key, record]);
  const noun = RECORD_KINDS[kind].noun;
  const valueField = `changes.${key}`;
  const messages = {
    [valueField]: `Enter the corrected ${(fact?.label ?? '').toLowerCase()}`,
    reason: 'Say why it is corrected',
    changes: 'Change the value: it is the same as on record',
  };
  const newValue = () => {
    if (fact?.edit?.as === 'picks')
      return fact.edit.ids ? picks.map((p) => p.id) : picks.map(refOf);
    if (fact?.edit?.as === 'topics') return topics;
    if (fact?.edit?.as === 'one') return single?.id ?? null;
    if (fact?.edit?.as === 'place') return city.trim() || single ? { city: city.trim() || null, country: single?.id ?? null } : null;
    if (fact?.edit?.as === 'date') return partialDateOrNull(value);
    return value.trim() === '' && fact?.edit && 'nullable' in fact.edit && fact.edit.nullable
      ? null
      : value.trim();
  };
  const form = useSubmit(
    async (k) => {
      try {
        return await revised.write('corrections', { changes: { [key]: newValue() }, reason: reason.trim() }, k);
      } catch (e) {
        // A link back to itself (an organisation part of its own subsidiary) is said beside the field.
        if (e instanceof ApiError && e.code === 'LINK.CYCLE')
          throw new ApiError(422, 'FORM.INVALID', e.message, {
            [valueField]: `That would make a circle: the one chosen is already part of this ${noun}`,
          });
        throw e;
      }
    },
    {
      check: () => ({
        [valueField]:
          fact?.edit?.as === 'picks' || fact?.edit?.as === 'topics' || fact?.edit?.as === 'one' || fact?.edit?.as === 'place'
            ? ''
            : fact?.edit?.as === 'date'
              ? (partialDateProblem(value, null) ?? '')
              : value.trim() || (fact?.edit && 'nullable' in fact.edit && fact.edit.nullable)
                ? ''
                : messages[valueField],
        reason: reason.trim() ? '' : messages.reason,
      }),
      messages,
    },
  );
  if (editable.length === 0)
    return <p className="muted">No fact of this {noun} can be corrected here.</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit()) onDone();
  };
  const f = form.fields;
  return (
    <form onSubmit={submit} noValidate className="record-form">
      <ErrorSummary error={form.error} fields={f} />
      {revised.current && (
        <StaleNotice
          kind={kind}
          opened={record}
          current={revised.current}
          onTakeCurrent={() => {
            onTakeCurrent(revised.current as Fetched);
            revised.clear();
            form.reset();
          }}
        />
      )}
      <Field label="Fact to correct" name="fact">
        <select
          value={key}
          onChange={(e) => {
            const next = editable.find((x) => x.key === e.target.value);
            setKey(e.target.value);
            setValue(asText(next, record[e.target.value]));
          }}
        >
          {editable.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </select>
      </Field>
      {fact?.edit?.as === 'picks' ? (
        <PickMany
          label={`Corrected ${(fact.label ?? '').toLowerCase()}`}
          name={valueField}
          kinds={fact.edit.kinds}
          value={picks}
          onChange={setPicks}
          error={errorsUnder(f, valueField) ?? f.changes}
        />
      ) : fact?.edit?.as === 'place' ? (
        <div className="row">
          <Field label="Corrected city" name={`${valueField}.city`} error={f[`${valueField}.city`]} hint="Empty if the source gives none">
            <input type="text" value={city} onChange={(e) => setCity(e.target.value)} />
          </Field>
          <PickOne label="Corrected country" name={`${valueField}.country`} kinds={['country']} value={single} onChange={setSingle} error={errorsUnder(f, `${valueField}.country`)} />
        </div>
      ) : fact?.edit?.as === 'one' ? (
        <PickOne
          label={`Corrected ${(fact.label ?? '').toLowerCase()}`}
          name={valueField}
          kinds={[fact.edit.kind]}
          value={single}
          onChange={setSingle}
          error={errorsUnder(f, valueField) ?? f.changes}
          hint="Clear it (×) if the source does not say"
        />
      ) : fact?.edit?.as === 'topics' ? (
        <TopicsPicker
          legend={`Corrected ${(fact.label ?? '').toLowerCase()}`}
          value={topics}
          onChange={setTopics}
          error={errorsUnder(f, valueField) ?? f.changes}
        />
      ) : (
        <Field
          label={`Corrected ${(fact?.label ?? '').toLowerCase()}`}
          name={valueField}
          error={f[valueField] ?? f.changes}
          hint={
            fact?.edit?.as === 'date'
              ? `${PARTIAL_DATE_HINT}; leave it empty if the source does not say`
              : undefined
          }
        >
          {fact?.edit?.as === 'choice' ? (
            <select value={value} onChange={(e) => setValue(e.target.value)}>
              <Options of={fact.edit.options} />
            </select>
          ) : fact?.edit?.as === 'long-text' ? (
            <textarea rows={4} value={value} onChange={(e) => setValue(e.target.value)} />
          ) : fact?.edit?.as === 'date' ? (
            <DateInput partial value={value} onChange={setValue} />
          ) : (
            <input type="text" value={value} onChange={(e) => setValue(e.target.value)} />
          )}
        </Field>
      )}
      <Field
        label="Reason for the correction"
        name="reason"
        error={f.reason}
        hint="For example: the source gives the month only"
      >
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={form.busy}>
        {form.busy ? 'Saving…' : `Correct the ${noun}`}
      </button>
    </form>
  );
}

/** Retract a record made in error, with the reason; it stays readable, marked retracted. */
export function RetractRecord({
  kind,
  record,
  onDone,
  onTakeCurrent,
}: {
  kind: RecordKind;
  record: Fetched;
  onDone: () => void;
  onTakeCurrent: (r: Fetched) => void;
}) {
  const [reason, setReason] = useState('');
  const revised = useRevisedWrite(kind, record);
  const noun = RECORD_KINDS[kind].noun;
  const form = useSubmit((k) => revised.write('retraction', { reason: reason.trim() }, k), {
    check: () => ({ reason: reason.trim() ? '' : 'Say why it is retracted' }),
    messages: { reason: 'Say why it is retracted' },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit()) onDone();
  };
  return (
    <form onSubmit={submit} noValidate className="record-form">
      <ErrorSummary error={form.error} fields={form.fields} />
      {revised.current && (
        <StaleNotice
          kind={kind}
          opened={record}
          current={revised.current}
          onTakeCurrent={() => {
            onTakeCurrent(revised.current as Fetched);
            revised.clear();
            form.reset();
          }}
        />
      )}
      <p>
        A retracted {noun} stays readable, marked retracted, and leaves every view. Retract only
        what was recorded in error.
      </p>
      <Field label="Reason for the retraction" name="reason" error={form.fields.reason}>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="danger" disabled={form.busy}>
        {form.busy ? 'Saving…' : `Retract the ${noun}`}
      </button>
    </form>
  );
}
