import { formatDay } from './dates';
import { codeLabel, countryName } from './words';

const UUID = /-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `meeting-<uuid>` → meeting and its id; `country-LUX` → country and LUX; null for a stream of no record kind. */
export function recordOf(streamId: string): { kind: string; id: string } | null {
  const uuid = UUID.exec(streamId);
  if (uuid) return { kind: streamId.slice(0, uuid.index), id: uuid[1] };
  const country = /^country-([A-Z]{3})$/.exec(streamId);
  return country ? { kind: 'country', id: country[1] } : null;
}

const CREATED = ['MeetingRecorded', 'VisitRecorded', 'CooperationPledged', 'FollowUpAssigned', 'PersonRegistered', 'OrganisationRegistered', 'SourceRegistered', 'StatementRecorded', 'IndicatorRecorded', 'CountryRegistered'];
const kindsOf = (suffix: string) => ['Meeting', 'Visit', 'Pledge', 'FollowUp', 'Person', 'Organisation', 'Source', 'Statement', 'Indicator', 'Position'].map((k) => `${k}${suffix}`);

/** The kinds of change an auditor filters by, and the event types each stands for. */
export const CHANGE_KINDS: [string, string, string[]][] = [
  ['', 'Every change', []],
  ['created', 'New records', CREATED],
  ['corrected', 'Corrections', kindsOf('Corrected')],
  ['retracted', 'Retractions', kindsOf('Retracted').filter((t) => !/^(FollowUp|Position)/.test(t))],
  ['pledges', 'Pledges kept, lapsed, withdrawn or moved on', ['PledgeFulfilled', 'PledgeLapsed', 'PledgeWithdrawn', 'PledgeLevelChanged', 'PledgeProgressReported', 'PledgeLinked', 'PledgeUnlinked']],
  ['follow-ups', 'Follow-ups done, dropped, moved or handed over', ['FollowUpCompleted', 'FollowUpCancelled', 'FollowUpRescheduled', 'FollowUpReassigned']],
  ['people', 'Appointments and posts ended', ['PersonAppointed', 'PositionEnded']],
  ['topics', 'Topics added, renamed or merged', ['TopicAdded', 'TopicRenamed', 'TopicsMerged']],
];

/** What a change is about, from its data: a name, a title, a promise, an action; or the record's kind. */
export function subjectOf(streamId: string, data: Record<string, unknown>): string {
  const changes = data.changes;
  if (changes && typeof changes === 'object' && !Array.isArray(changes)) {
    const named = subjectOf('', changes as Record<string, unknown>);
    if (named !== 'the register') return named;
  }
  for (const key of ['name', 'title', 'commitment', 'action', 'purpose', 'measures', 'label', 'text'])
    if (typeof data[key] === 'string' && data[key]) return clip(String(data[key]));
  const record = recordOf(streamId);
  if (record?.kind === 'country') return countryName(record.id);
  if (typeof data.date === 'string') return `the ${record?.kind ?? 'record'} of ${formatDay(data.date)}`;
  return record ? `a ${codeLabel(record.kind).toLowerCase()}` : 'the register';
}

/** Why, as the recorder said it: a correction's or retraction's reason, a fulfilment's note. */
export function reasonOf(data: Record<string, unknown>): string | null {
  for (const key of ['reason', 'note', 'outcome']) if (typeof data[key] === 'string' && data[key]) return String(data[key]);
  return null;
}

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
