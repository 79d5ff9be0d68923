import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Written } from '../api/client';
import { CLASSIFICATIONS, DOCUMENT_KINDS, Options } from '../api/vocabulary';
import { DateInput } from '../ui/date-input';
import { formatDay } from '../ui/dates';
import { refOf, type Picked } from '../ui/directory';
import { ErrorSummary } from '../ui/error-summary';
import { errorsUnder, Field } from '../ui/field';
import type { Messages } from '../ui/messages';
import { Page } from '../ui/page';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from '../ui/partial-dates';
import { PickMany, PickOne } from '../ui/pickers';
import { signerProblems, SignersEditor, toSigner, type SignerDraft } from '../ui/signers-editor';
import { useSubmit } from '../ui/use-submit';

const MESSAGES: Messages = {
  title: 'Shorten the title',
  kind: 'Choose the kind of document',
  parties: 'Choose the parties from the list',
  signatories: 'Check the signatories',
  witnesses: 'Check the witnesses',
  signedOn: 'Enter when it was signed as precise as the source, or leave it empty',
  'place.city': 'Enter the city, or leave it empty',
  place: 'Choose the country where it was signed, or leave it empty',
  meetingId: 'Choose the meeting again: that one is not on record',
  sourceIds: 'Choose at least one source that records the document',
  classification: 'Choose a classification',
};

/** A signed document (memorandum, agreement, joint statement…) with its parties, signatories and witnesses. */
export function RecordDocument() {
  const [params] = useSearchParams();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('memorandum');
  const [parties, setParties] = useState<Picked[]>([]);
  const [signatories, setSignatories] = useState<SignerDraft[]>([]);
  const [witnesses, setWitnesses] = useState<SignerDraft[]>([]);
  const [signedOn, setSignedOn] = useState('');
  const [city, setCity] = useState('');
  const [country, setCountry] = useState<Picked | null>(null);
  const [meeting, setMeeting] = useState<Picked | null>(null);
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');

  // From a meeting: signed there, that day, on the meeting's sources.
  const meetingId = params.get('meeting');
  useEffect(() => {
    if (!meetingId) return;
    api<{ title: string | null; date: string | null; place: { city: string | null; country: string | null } | null }>(`/meetings/${meetingId}`).then(
      (m) => {
        const when = m.date ? formatDay(m.date) : 'date not stated';
        setMeeting({ kind: 'meeting', id: meetingId, name: m.title ?? `Meeting of ${when}`, detail: when, classification: 'internal' });
        if (m.date) setSignedOn((d) => d || formatDay(m.date));
        if (m.place?.city) setCity((c) => c || (m.place?.city ?? ''));
      },
      () => undefined,
    );
  }, [meetingId]);

  const check = () => ({
    signedOn: partialDateProblem(signedOn, null) ?? '',
    sourceIds: sources.length ? '' : MESSAGES.sourceIds,
    ...signerProblems('signatories', 'signatory', signatories),
    ...signerProblems('witnesses', 'witness', witnesses),
  });
  const form = useSubmit(
    (key) =>
      api<Written>('/documents', {
        method: 'POST',
        idempotencyKey: key,
        body: {
          title: title.trim() || null,
          kind,
          parties: parties.map(refOf),
          signatories: signatories.map(toSigner),
          witnesses: witnesses.map(toSigner),
          signedOn: partialDateOrNull(signedOn),
          place: city.trim() || country ? { city: city.trim() || null, country: country?.id ?? null } : null,
          meetingId: meeting?.id ?? null,
          sourceIds: sources.map((s) => s.id),
          classification,
        },
      }),
    { check, messages: MESSAGES },
  );
  const f = form.fields;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };

  if (form.done) {
    return (
      <Page title="Signed document recorded">
        <div className="state success" role="status">
          <p>{title.trim() ? `“${title.trim()}”` : 'The document'} is on record.</p>
          <ul className="actions">
            <li>
              <Link to={`/records/document/${form.done.id}`}>See the document</Link>
            </li>
            <li>
              <Link to={`/log/pledge?document=${form.done.id}`}>Record a pledge that follows from it</Link>
            </li>
          </ul>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Record a signed document" intro="A memorandum, agreement or joint statement: who it binds, who signed and witnessed it, when and where.">
      <form onSubmit={submit} noValidate className="record-form">
        <ErrorSummary error={form.error} fields={f} />
        <div className="row">
          <Field label="Title (optional)" name="title" error={f.title} hint="As the source names it">
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field label="Kind of document" name="kind" error={f.kind}>
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <Options of={DOCUMENT_KINDS} />
            </select>
          </Field>
        </div>
        <PickMany label="Parties it binds" name="parties" kinds={['country', 'organisation']} value={parties} onChange={setParties} error={errorsUnder(f, 'parties')} hint="Countries and organisations; leave it empty if the source does not say." />
        <SignersEditor field="signatories" legend="Signatories" noun="signatory" value={signatories} onChange={setSignatories} errors={f} />
        <SignersEditor field="witnesses" legend="Witnesses (who attended the signing)" noun="witness" value={witnesses} onChange={setWitnesses} errors={f} />
        <div className="row">
          <Field label="Signed on" name="signedOn" error={f.signedOn} hint={`${PARTIAL_DATE_HINT}. Leave it empty if the source does not say.`}>
            <DateInput partial value={signedOn} onChange={setSignedOn} />
          </Field>
          <Field label="City (optional)" name="place.city" error={f['place.city']}>
            <input type="text" value={city} onChange={(e) => setCity(e.target.value)} />
          </Field>
          <PickOne label="Country (optional)" name="place" kinds={['country']} value={country} onChange={setCountry} error={errorsUnder(f, 'place.country') ?? f.place} />
        </div>
        <PickOne label="Signed at the meeting (optional)" name="meetingId" kinds={['meeting']} value={meeting} onChange={setMeeting} error={f.meetingId} />
        <PickMany label="Sources" name="sourceIds" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />
        <Field label="Classification" name="classification" error={f.classification}>
          <select value={classification} onChange={(e) => setClassification(e.target.value)}>
            <Options of={CLASSIFICATIONS} />
          </select>
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Record the document'}
        </button>
      </form>
    </Page>
  );
}
