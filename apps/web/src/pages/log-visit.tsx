import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type Written } from '../api/client';
import { CLASSIFICATIONS, Options, VISIT_KINDS } from '../api/vocabulary';
import { refOf, type Picked } from '../ui/directory';
import { errorsUnder, Field, FormError } from '../ui/field';
import { Page } from '../ui/page';
import { PickMany, PickOne } from '../ui/pickers';
import { useSubmit } from '../ui/use-submit';

export function LogVisit() {
  const [kind, setKind] = useState('official');
  const [sentBy, setSentBy] = useState<Picked | null>(null);
  const [head, setHead] = useState<Picked | null>(null);
  const [members, setMembers] = useState<Picked[]>([]);
  const [host, setHost] = useState<Picked | null>(null);
  const [city, setCity] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [purpose, setPurpose] = useState('');
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');

  const form = useSubmit((key) =>
    api<Written>('/visits', {
      method: 'POST',
      idempotencyKey: key,
      body: {
        kind,
        delegation: { sentBy: sentBy ? refOf(sentBy) : undefined, headId: head?.id, memberIds: members.map((m) => m.id) },
        hostCountry: host?.id,
        city,
        startDate,
        endDate,
        purpose,
        sourceIds: sources.map((s) => s.id),
        classification,
      },
    }),
  );
  const f = form.fields;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };

  if (form.done) {
    return (
      <Page title="Visit logged">
        <div className="state success" role="status">
          <p>The visit to {city} is on record. Now log its meetings.</p>
          <ul className="actions">
            <li>
              <Link to={`/log/meeting?visit=${form.done.id}`}>Log a meeting of this visit</Link>
            </li>
            <li>
              <Link to={`/history/visit/${form.done.id}`}>See its history</Link>
            </li>
          </ul>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Log a visit" intro="The visiting delegation and its head, the host country and city, the dates and the purpose.">
      <form onSubmit={submit} noValidate className="record-form">
        <FormError error={form.error} shown={['kind', 'delegation', 'hostCountry', 'city', 'startDate', 'endDate', 'purpose', 'sourceIds', 'classification']} />
        <Field label="Kind of visit" error={f.kind}>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <Options of={VISIT_KINDS} />
          </select>
        </Field>
        <PickOne label="Delegation sent by" kinds={['country', 'organisation']} value={sentBy} onChange={setSentBy} error={errorsUnder(f, 'delegation.sentBy')} />
        <PickOne label="Head of delegation" kinds={['person']} value={head} onChange={setHead} error={errorsUnder(f, 'delegation.headId')} />
        <PickMany label="Other members (optional)" kinds={['person']} value={members} onChange={setMembers} error={errorsUnder(f, 'delegation.memberIds')} />
        <div className="row">
          <PickOne label="Host country" kinds={['country']} value={host} onChange={setHost} error={f.hostCountry} />
          <Field label="City" error={f.city}>
            <input type="text" value={city} onChange={(e) => setCity(e.target.value)} />
          </Field>
        </div>
        <div className="row">
          <Field label="First day" error={f.startDate}>
            <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </Field>
          <Field label="Last day" error={f.endDate}>
            <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
          </Field>
        </div>
        <Field label="Purpose" error={f.purpose}>
          <textarea rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </Field>
        <PickMany label="Sources" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />
        <Field label="Classification" error={f.classification}>
          <select value={classification} onChange={(e) => setClassification(e.target.value)}>
            <Options of={CLASSIFICATIONS} />
          </select>
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Log the visit'}
        </button>
      </form>
    </Page>
  );
}
