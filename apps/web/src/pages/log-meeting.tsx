import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Written } from '../api/client';
import { CLASSIFICATIONS, ENGAGEMENT_KINDS, MEETING_FORMATS, MULTILATERAL_FORMATS, Options } from '../api/vocabulary';
import type { PartyRef } from '../api/types';
import { refOf, type Picked } from '../ui/directory';
import { DateInput } from '../ui/date-input';
import { formatDay } from '../ui/dates';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from '../ui/partial-dates';
import { ErrorSummary } from '../ui/error-summary';
import { DRAFT_DATE_HINT, firstProblems, PageOrDraft, SubmitOrSave, type DraftEdit } from '../ui/draft-edit';
import { errorsUnder, Field } from '../ui/field';
import type { Messages } from '../ui/messages';
import { Page } from '../ui/page';
import { PickMany, PickOne, TopicsPicker } from '../ui/pickers';
import { useSubmit } from '../ui/use-submit';

/** A participant on record, or one the source names only by title (`party` null, `title` "Prime Minister"). */
export interface Participant {
  key: string;
  party: Picked | null;
  title: string;
  side: Picked | null;
  role: string;
}

const who = (p: Participant, i: number) => p.party?.name ?? (p.title.trim() ? `the unnamed ${p.title.trim()}` : `participant ${i + 1}`);

/** A person's default side is whom their current post represents; an organisation or country speaks for itself. */
function defaultSide(p: Picked): Picked | null {
  if (p.kind !== 'person') return p;
  return p.side
    ? {
        kind: p.side.kind,
        id: p.side.id,
        name: p.side.name,
        detail: null,
        classification: 'public',
      }
    : null;
}

const MESSAGES: Messages = {
  visitId: 'Choose the visit again: that one is not on record',
  title: 'Shorten the title',
  date: 'Enter the date of the meeting as precise as the source, or leave it empty if not stated',
  'place.city': 'Enter the city of the meeting, or leave it empty',
  place: 'Choose the country of the meeting place, or leave it empty',
  formatName: 'Shorten the name of the format',
  members: 'Choose the member parties from the list',
  format: 'Choose the format of the meeting',
  engagementKind: 'Choose the kind of engagement',
  participants: 'Add at least two participants',
  topics: 'Choose the topics discussed from the list',
  summary: 'Enter a summary of the meeting',
  sourceIds: 'Choose at least one source that records the meeting',
  classification: 'Choose a classification',
};

/** What a draft of a meeting holds ("From a press release"): the form opens prefilled with it. */
export interface MeetingFields {
  date: string;
  city: string;
  country: Picked | null;
  format: string;
  participants: Participant[];
  topics: string[];
}

/** Logs a meeting; given `draft`, edits a drafted meeting instead, with only the fields a draft holds. */
export function LogMeeting({ draft }: { draft?: DraftEdit<MeetingFields> } = {}) {
  const [params] = useSearchParams();
  const [visit, setVisit] = useState<Picked | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(draft?.initial.date ?? '');
  const [city, setCity] = useState(draft?.initial.city ?? '');
  const [country, setCountry] = useState<Picked | null>(draft?.initial.country ?? null);
  const [format, setFormat] = useState(draft?.initial.format ?? 'bilateral');
  const [formatName, setFormatName] = useState('');
  const [members, setMembers] = useState<Picked[]>([]);
  const [unnamedTitle, setUnnamedTitle] = useState('');
  const [engagementKind, setEngagementKind] = useState('visit');
  const [participants, setParticipants] = useState<Participant[]>(draft?.initial.participants ?? []);
  const [topics, setTopics] = useState<string[]>(draft?.initial.topics ?? []);
  const [summary, setSummary] = useState('');
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');

  // Arriving from a logged visit: attach it and take its sources and first day as defaults.
  const visitId = params.get('visit');
  useEffect(() => {
    if (!visitId) return;
    api<{ purpose: string | null; city: string | null; startDate: string | null; endDate: string | null; sourceIds: string[] }>(`/visits/${visitId}`).then(
      (v) => {
        const when = v.startDate ? `${formatDay(v.startDate)}${v.endDate && v.endDate !== v.startDate ? ` to ${formatDay(v.endDate)}` : ''}` : 'dates not stated';
        setVisit({
          kind: 'visit',
          id: visitId,
          name: v.purpose ?? `Visit to ${v.city ?? 'a city not stated'}`,
          detail: `${v.city ?? 'city not stated'}, ${when}`,
          classification: 'internal',
        });
        if (v.startDate) setDate((d) => d || formatDay(v.startDate));
      },
      () => undefined,
    );
  }, [visitId]);

  const multilateral = MULTILATERAL_FORMATS.includes(format);
  const drafted = (): MeetingFields => ({ date, city, country, format, participants, topics });
  const check = () => firstProblems({
    date: partialDateProblem(date, null) ?? '',
    participants: participants.length >= 2 ? '' : MESSAGES.participants,
    ...Object.fromEntries(participants.map((p, i) => [`participants[${i}].title`, p.party || p.title.trim() ? '' : `Enter the title of participant ${i + 1}, as the source gives it`])),
    // A draft's summary and sources are the release's: the commit sets them.
    summary: summary.trim() || draft ? '' : MESSAGES.summary,
    sourceIds: sources.length || draft ? '' : MESSAGES.sourceIds,
  }, draft?.check(drafted()) ?? {});
  const addUnnamed = () => {
    if (!unnamedTitle.trim()) return;
    setParticipants([...participants, { key: `unnamed:${participants.length}:${unnamedTitle}`, party: null, title: unnamedTitle.trim(), side: null, role: '' }]);
    setUnnamedTitle('');
  };
  const form = useSubmit(
    async (key) => {
      if (draft) return void (await draft.save(drafted()));
      const ref = (p: Picked | null): PartyRef | undefined => (p ? refOf(p) : undefined);
      return api<Written>('/meetings', {
        method: 'POST',
        idempotencyKey: key,
        body: {
          title: title.trim() || null,
          date: partialDateOrNull(date),
          place: city.trim() || country ? { city: city.trim() || null, country: country?.id ?? null } : null,
          visitId: visit?.id ?? null,
          format,
          formatName: multilateral ? formatName.trim() || null : null,
          members: multilateral ? members.map(refOf) : [],
          engagementKind,
          participants: participants.map((p) => ({
            party: p.party ? refOf(p.party) : null,
            title: p.title.trim() || null,
            side: ref(p.side) ?? null,
            role: p.role.trim() || null,
          })),
          topics,
          summary,
          sourceIds: sources.map((s) => s.id),
          classification,
        },
      });
    },
    {
      check,
      messages: {
        ...MESSAGES,
        ...Object.assign(
          {},
          ...participants.map((p, i) => ({
            [`participants[${i}].side`]: `Choose the side ${who(p, i)} represented`,
            [`participants[${i}].title`]: `Enter the title of ${who(p, i)}, as the source gives it`,
          })),
        ),
      },
    },
  );
  const f = form.fields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };

  if (form.done && !draft) {
    return (
      <Page title="Meeting logged">
        <div className="state success" role="status">
          <p>
            The meeting {title ? `“${title}”` : ''} {partialDateOrNull(date) ? `of ${formatDay(partialDateOrNull(date))}` : '(date not stated)'} is on record.
          </p>
          <ul className="actions">
            <li>
              <Link to={`/log/pledge?meeting=${form.done.id}`}>Record a pledge made at this meeting</Link>
            </li>
            <li>
              <Link to={`/log/document?meeting=${form.done.id}`}>Record a document signed at this meeting</Link>
            </li>
            <li>
              <Link to={`/records/meeting/${form.done.id}`}>See the meeting</Link>
            </li>
            <li>
              <Link to={`/history/meeting/${form.done.id}`}>See its history</Link>
            </li>
            <li>
              <button
                type="button"
                className="link"
                onClick={() => {
                  form.reset();
                  setParticipants([]);
                  setMembers([]);
                  setFormatName('');
                  setTitle('');
                  setSummary('');
                  setTopics([]);
                }}
              >
                Log another meeting{visit ? ' of this visit' : ''}
              </button>
            </li>
          </ul>
        </div>
      </Page>
    );
  }

  return (
    <PageOrDraft draft={draft} title="Log a meeting" intro="Who met whom, on which side, when and where, what they discussed, and the sources that say so.">
      <form onSubmit={submit} noValidate className="record-form" aria-label={draft?.name}>
        <ErrorSummary error={form.error} fields={f} />
        {!draft && <PickOne label="During the visit (optional)" name="visitId" kinds={['visit']} value={visit} onChange={setVisit} error={f.visitId} />}
        {!draft && (
          <Field label="Title (optional)" name="title" error={f.title}>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
        )}
        <div className="row">
          <Field label="Date" name="date" error={f.date} hint={`${draft ? DRAFT_DATE_HINT : PARTIAL_DATE_HINT}. Leave it empty if the source does not say.`}>
            <DateInput partial value={date} onChange={setDate} />
          </Field>
          <Field label="City (optional)" name="place.city" error={f['place.city']}>
            <input type="text" value={city} onChange={(e) => setCity(e.target.value)} />
          </Field>
          <PickOne
            label="Country (optional)"
            name="place"
            kinds={['country']}
            value={country}
            onChange={setCountry}
            error={errorsUnder(f, 'place.country') ?? (f.place && !f['place.city'] ? f.place : undefined)}
          />
        </div>
        <div className="row">
          <Field label="Format" name="format" error={f.format}>
            <select value={format} onChange={(e) => setFormat(e.target.value)}>
              <Options of={MEETING_FORMATS} />
            </select>
          </Field>
          {!draft && (
            <Field label="Kind of engagement" name="engagementKind" error={f.engagementKind}>
              <select value={engagementKind} onChange={(e) => setEngagementKind(e.target.value)}>
                <Options of={ENGAGEMENT_KINDS} />
              </select>
            </Field>
          )}
        </div>
        {multilateral && !draft && (
          <div className="row">
            <Field label="Name of the format (optional)" name="formatName" error={f.formatName} hint="For example, C5+1 ministerial, or the CIS Council of Foreign Ministers">
              <input type="text" value={formatName} onChange={(e) => setFormatName(e.target.value)} />
            </Field>
            <PickMany
              label="Member parties (optional)"
              name="members"
              kinds={['country', 'organisation']}
              value={members}
              onChange={setMembers}
              error={errorsUnder(f, 'members')}
              hint="The session counts as one engagement of its members, never as meetings between each pair."
            />
          </div>
        )}

        <fieldset className={`participants${errorsUnder(f, 'participants') ? ' invalid' : ''}`}>
          <legend>Participants</legend>
          {participants.length === 0 && <p className="muted">No one yet: add at least two participants (people or organisations).</p>}
          <ol>
            {participants.map((p, i) => (
              <li key={p.key} className="participant">
                <strong>{p.party ? p.party.name : `Unnamed: ${p.title.trim() || 'title not given'}`}</strong>
                {p.party?.detail && <small> — {p.party.detail}</small>}
                {errorsUnder(f, `participants[${i}].party`) && <small className="field-error">{errorsUnder(f, `participants[${i}].party`)}</small>}
                <div className="row">
                  <Field label={p.party ? `Title of ${p.party.name} (optional)` : `Title of unnamed participant ${i + 1}`} name={`participants[${i}].title`} error={f[`participants[${i}].title`]}>
                    <input type="text" value={p.title} placeholder="Prime Minister" onChange={(e) => setParticipants(participants.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))} />
                  </Field>
                  <PickOne
                    label={`Side ${who(p, i)} represented`}
                    kinds={['country', 'organisation']}
                    value={p.side}
                    onChange={(side) => setParticipants(participants.map((x, j) => (j === i ? { ...x, side } : x)))}
                    error={errorsUnder(f, `participants[${i}].side`)}
                  />
                  {!draft && (
                    <Field label={`Role of ${who(p, i)} (optional)`} error={f[`participants[${i}].role`]}>
                      <input type="text" value={p.role} placeholder="head of delegation" onChange={(e) => setParticipants(participants.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))} />
                    </Field>
                  )}
                  <button type="button" onClick={() => setParticipants(participants.filter((_, j) => j !== i))}>
                    Remove {who(p, i)}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <PickOne
            label="Add a participant"
            name="participants"
            kinds={['person', 'organisation', 'country']}
            value={null}
            onChange={(party) => party && setParticipants([...participants, { key: `${party.kind}:${party.id}`, party, title: '', side: defaultSide(party), role: '' }])}
            error={f.participants}
            hint="Search people and organisations on record by name, title or acronym."
          />
          <div className="row add-unnamed">
            <Field label="Or add someone the source names only by title" hint="For example, Prime Minister; choose the side they represented once added">
              <input
                type="text"
                value={unnamedTitle}
                onChange={(e) => setUnnamedTitle(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  addUnnamed();
                }}
              />
            </Field>
            <button type="button" onClick={addUnnamed}>
              Add the unnamed participant
            </button>
          </div>
        </fieldset>

        <TopicsPicker value={topics} onChange={setTopics} error={errorsUnder(f, 'topics')} />
        {!draft && (
          <>
            <Field label="Summary" name="summary" error={f.summary}>
              <textarea rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
            </Field>
            <PickMany
              label="Sources"
              name="sourceIds"
              kinds={['source']}
              value={sources}
              onChange={setSources}
              error={errorsUnder(f, 'sourceIds')}
              hint="At least one: the press release, agency report or note that records it."
            />
            <Field label="Classification" name="classification" error={f.classification}>
              <select value={classification} onChange={(e) => setClassification(e.target.value)}>
                <Options of={CLASSIFICATIONS} />
              </select>
            </Field>
          </>
        )}
        <SubmitOrSave draft={draft} busy={form.busy} label="Log the meeting" />
      </form>
    </PageOrDraft>
  );
}
