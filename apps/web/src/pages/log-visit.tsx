import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type Written } from '../api/client';
import { CLASSIFICATIONS, Options, VISIT_KINDS } from '../api/vocabulary';
import { refOf, type Picked } from '../ui/directory';
import { parseDay } from '../ui/dates';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from '../ui/partial-dates';
import { DateInput } from '../ui/date-input';
import { ErrorSummary } from '../ui/error-summary';
import { DRAFT_DATE_HINT, firstProblems, PageOrDraft, SubmitOrSave, type DraftEdit } from '../ui/draft-edit';
import { errorsUnder, Field } from '../ui/field';
import type { Messages } from '../ui/messages';
import { Page } from '../ui/page';
import { PickMany, PickOne } from '../ui/pickers';
import { useSubmit } from '../ui/use-submit';

const MESSAGES: Messages = {
  kind: 'Choose the kind of visit',
  'delegation.sentBy': 'Choose who sent the delegation',
  'delegation.headId': 'Choose who led the delegation, or give their title if the source does not name them',
  'delegation.headTitle': 'Enter the title of the head of delegation, as the source gives it',
  'delegation.memberIds': 'Choose the other members from the list',
  hostCountry: 'Choose the host country',
  city: 'Enter the city, or leave it empty if the source does not say',
  startDate: 'Enter when the visit began, as precise as the source',
  endDate: 'Enter when the visit ended, as precise as the source',
  purpose: 'Shorten the purpose of the visit',
  sourceIds: 'Choose at least one source that records the visit',
  classification: 'Choose a classification',
};

/** What a draft of a visit holds ("From a press release"): the form opens prefilled with it. */
export interface VisitFields {
  kind: string;
  sentBy: Picked | null;
  head: Picked | null;
  headTitle: string;
  host: Picked | null;
  startDate: string;
  endDate: string;
  purpose: string;
}

/** Logs a visit; given `draft`, edits a drafted visit instead, with only the fields a draft holds. */
export function LogVisit({ draft }: { draft?: DraftEdit<VisitFields> } = {}) {
  const [kind, setKind] = useState(draft?.initial.kind ?? '');
  const [sentBy, setSentBy] = useState<Picked | null>(draft?.initial.sentBy ?? null);
  const [head, setHead] = useState<Picked | null>(draft?.initial.head ?? null);
  const [headTitle, setHeadTitle] = useState(draft?.initial.headTitle ?? '');
  const [members, setMembers] = useState<Picked[]>([]);
  const [host, setHost] = useState<Picked | null>(draft?.initial.host ?? null);
  const [city, setCity] = useState('');
  const [startDate, setStartDate] = useState(draft?.initial.startDate ?? '');
  const [endDate, setEndDate] = useState(draft?.initial.endDate ?? '');
  const [purpose, setPurpose] = useState(draft?.initial.purpose ?? '');
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');

  // Everything the API would refuse for want of a value is said before anything is sent.
  const drafted = (): VisitFields => ({ kind, sentBy, head, headTitle, host, startDate, endDate, purpose });
  const check = () => {
    const first = parseDay(startDate);
    const last = parseDay(endDate);
    return firstProblems({
      'delegation.sentBy': sentBy ? '' : MESSAGES['delegation.sentBy'],
      'delegation.headId': head || headTitle.trim() ? '' : MESSAGES['delegation.headId'],
      hostCountry: host ? '' : MESSAGES.hostCountry,
      startDate: partialDateProblem(startDate, null) ?? '',
      endDate: partialDateProblem(endDate, null) ?? (first && last && last < first ? 'The last day must be the same as or after the first day' : ''),
      // A draft's sources are the release's: the commit sets them.
      sourceIds: sources.length || draft ? '' : MESSAGES.sourceIds,
    }, draft?.check(drafted()) ?? {});
  };
  const form = useSubmit(
    async (key) =>
      draft ? void (await draft.save(drafted())) : api<Written>('/visits', {
        method: 'POST',
        idempotencyKey: key,
        body: {
          kind: kind || null,
          delegation: {
            sentBy: sentBy ? refOf(sentBy) : undefined,
            headId: head?.id ?? null,
            headTitle: headTitle.trim() || null,
            memberIds: members.map((m) => m.id),
          },
          hostCountry: host?.id,
          city: city.trim() || null,
          startDate: partialDateOrNull(startDate),
          endDate: partialDateOrNull(endDate),
          purpose: purpose.trim() || null,
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

  if (form.done && !draft) {
    return (
      <Page title="Visit logged">
        <div className="state success" role="status">
          <p>The visit to {city.trim() || host?.name || 'the host country'} is on record. Now log its meetings.</p>
          <ul className="actions">
            <li>
              <Link to={`/log/meeting?visit=${form.done.id}`}>Log a meeting of this visit</Link>
            </li>
            <li>
              <Link to={`/records/visit/${form.done.id}`}>See the visit</Link>
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
    <PageOrDraft draft={draft} title="Log a visit" intro="The visiting delegation and its head, the host country and city, the dates and the purpose.">
      <form onSubmit={submit} noValidate className="record-form" aria-label={draft?.name}>
        <ErrorSummary error={form.error} fields={f} />
        <Field label="Kind of visit" name="kind" error={f.kind}>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Not stated</option>
            <Options of={VISIT_KINDS} />
          </select>
        </Field>
        <PickOne label="Delegation sent by" name="delegation.sentBy" kinds={['country', 'organisation']} value={sentBy} onChange={setSentBy} error={errorsUnder(f, 'delegation.sentBy')} />
        <div className="row">
          <PickOne label="Head of delegation" name="delegation.headId" kinds={['person']} value={head} onChange={setHead} error={errorsUnder(f, 'delegation.headId')} />
          <Field label="Head's title (if not named, or as the source gives it)" name="delegation.headTitle" error={f['delegation.headTitle']} hint="For example, Foreign Minister">
            <input type="text" value={headTitle} onChange={(e) => setHeadTitle(e.target.value)} />
          </Field>
        </div>
        {!draft && <PickMany label="Other members (optional)" name="delegation.memberIds" kinds={['person']} value={members} onChange={setMembers} error={errorsUnder(f, 'delegation.memberIds')} />}
        <div className="row">
          <PickOne label="Host country" name="hostCountry" kinds={['country']} value={host} onChange={setHost} error={f.hostCountry} />
          {!draft && (
            <Field label="City (optional)" name="city" error={f.city}>
              <input type="text" value={city} onChange={(e) => setCity(e.target.value)} />
            </Field>
          )}
        </div>
        <div className="row">
          <Field label="First day" name="startDate" error={f.startDate} hint={`${draft ? DRAFT_DATE_HINT : PARTIAL_DATE_HINT}. Leave it empty if the source does not say.`}>
            <DateInput partial value={startDate} onChange={setStartDate} />
          </Field>
          <Field label="Last day" name="endDate" error={f.endDate}>
            <DateInput partial value={endDate} onChange={setEndDate} />
          </Field>
        </div>
        <Field label="Purpose (optional)" name="purpose" error={f.purpose}>
          <textarea rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </Field>
        {!draft && <PickMany label="Sources" name="sourceIds" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />}
        {!draft && (
          <Field label="Classification" name="classification" error={f.classification}>
            <select value={classification} onChange={(e) => setClassification(e.target.value)}>
              <Options of={CLASSIFICATIONS} />
            </select>
          </Field>
        )}
        <SubmitOrSave draft={draft} busy={form.busy} label="Log the visit" />
      </form>
    </PageOrDraft>
  );
}
