import { COUNTRY_EVENT_VERSIONS, type CountryEvent } from './countries/events';
import { DOCUMENT_EVENT_VERSIONS, type DocumentEvent } from './documents/events';
import { DRAFT_EVENT_VERSIONS, type DraftEvent } from './drafts/events';
import { FOLLOW_UP_EVENT_VERSIONS, type FollowUpEvent } from './follow-ups/events';
import { INDICATOR_EVENT_VERSIONS, type IndicatorEvent } from './indicators/events';
import { MEETING_EVENT_VERSIONS, type MeetingEvent } from './meetings/events';
import { ORGANISATION_EVENT_VERSIONS, type OrganisationEvent } from './organisations/events';
import { PERSON_EVENT_VERSIONS, type PersonEvent } from './people/events';
import { PLEDGE_EVENT_VERSIONS, type PledgeEvent } from './pledges/events';
import { SOURCE_EVENT_VERSIONS, type SourceEvent } from './sources/events';
import { STATEMENT_EVENT_VERSIONS, type StatementEvent } from './statements/events';
import { TOPIC_EVENT_VERSIONS, type TopicEvent } from './topics/events';
import { VISIT_EVENT_VERSIONS, type VisitEvent } from './visits/events';

/** Every event the diplomatic record can contain: the catalogue projections are built from. */
export type DiplomacyEvent =
  | CountryEvent
  | OrganisationEvent
  | PersonEvent
  | TopicEvent
  | SourceEvent
  | VisitEvent
  | MeetingEvent
  | StatementEvent
  | IndicatorEvent
  | PledgeEvent
  | FollowUpEvent
  | DocumentEvent
  | DraftEvent;

export type DiplomacyEventType = DiplomacyEvent['type'];

/** Narrows the catalogue to one event type: `EventOfType<'MeetingRecorded'>`. */
export type EventOfType<T extends DiplomacyEventType> = Extract<DiplomacyEvent, { type: T }>;

/** The schema version each event type is written with; bump it (and upcast on read) when data changes shape. */
export const EVENT_SCHEMA_VERSIONS = {
  ...COUNTRY_EVENT_VERSIONS,
  ...ORGANISATION_EVENT_VERSIONS,
  ...PERSON_EVENT_VERSIONS,
  ...TOPIC_EVENT_VERSIONS,
  ...SOURCE_EVENT_VERSIONS,
  ...VISIT_EVENT_VERSIONS,
  ...MEETING_EVENT_VERSIONS,
  ...STATEMENT_EVENT_VERSIONS,
  ...INDICATOR_EVENT_VERSIONS,
  ...PLEDGE_EVENT_VERSIONS,
  ...FOLLOW_UP_EVENT_VERSIONS,
  ...DOCUMENT_EVENT_VERSIONS,
  ...DRAFT_EVENT_VERSIONS,
} as const satisfies Record<DiplomacyEventType, number>;

export const DIPLOMACY_EVENT_TYPES = Object.keys(EVENT_SCHEMA_VERSIONS) as DiplomacyEventType[];

export function isDiplomacyEventType(type: string): type is DiplomacyEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
}
