import { isPartialDate, sortKey } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';

type Data = Record<string, unknown>;

/** The field holding the day a record's event happened, by the event that creates the record. */
const RECORD_DATE: Record<string, (facts: Data) => unknown> = {
  MeetingRecorded: (f) => f.date,
  VisitRecorded: (f) => f.startDate,
  CooperationPledged: (f) => f.pledgedOn,
  StatementRecorded: (f) => f.saidOn,
  SourceRegistered: (f) => f.publishedOn,
  DocumentSigned: (f) => f.signedOn,
  IndicatorRecorded: (f) => {
    const period = f.period as { to?: string; asOf?: string } | undefined;
    return period?.to ?? period?.asOf;
  },
};

/** Events that are happenings of their own, dated by one of their fields. */
const OWN_DATE: Record<string, string> = {
  PledgeLevelChanged: 'on',
  PledgeProgressReported: 'reportedOn',
  PledgeFulfilled: 'fulfilledOn',
  PledgeLapsed: 'lapsedOn',
  PledgeWithdrawn: 'withdrawnOn',
  FollowUpCompleted: 'completedOn',
  PositionEnded: 'to',
  PersonAppointed: 'from',
};

/**
 * Keeps what had happened by `asOf` (a day), as the given events tell it. A record is dated by its
 * facts as corrected (a meeting moved to the 20th did not happen by the 15th); corrections and
 * retractions are knowledge, not happenings, so they stay with their record; a fulfilment or an
 * appointment counts from its own date. Records with no date (countries, people) always stay.
 */
export function happenedBy(events: RecordedEvent[], asOf: string): RecordedEvent[] {
  const recordDate = new Map<string, string>();
  const creations = new Map<string, RecordedEvent>();
  for (const event of events) {
    const data = event.data as Data;
    const dateOf = RECORD_DATE[event.type];
    if (dateOf) {
      creations.set(event.streamId, event);
      setDate(recordDate, event.streamId, dateOf(data));
    } else if (event.type.endsWith('Corrected') && data.changes) {
      const created = creations.get(event.streamId);
      if (created) {
        const facts = { ...(created.data as Data), ...(data.changes as Data) };
        creations.set(event.streamId, { ...created, data: facts as never });
        const corrected = RECORD_DATE[created.type](facts);
        if (corrected !== undefined) setDate(recordDate, event.streamId, corrected);
      }
    }
  }
  return events.filter((event) => {
    const day = recordDate.get(event.streamId);
    if (day !== undefined && day > asOf) return false;
    const own = OWN_DATE[event.type];
    const ownDay = own ? (event.data as Data)[own] : undefined;
    return !(typeof ownDay === 'string' && dayOf(ownDay) > asOf);
  });
}

/** A partial date (`2024-10`, `approximately 2024`) counts from its first possible day. */
const dayOf = (value: string) => (isPartialDate(value) ? sortKey(value) : value);

function setDate(dates: Map<string, string>, streamId: string, value: unknown) {
  if (typeof value === 'string') dates.set(streamId, dayOf(value));
}

/** Keeps what had been recorded by `knownAt` (an instant): the log as it stood then. */
export function recordedBy(events: RecordedEvent[], knownAt: Date): RecordedEvent[] {
  const limit = knownAt.getTime();
  return events.filter((event) => Date.parse(event.metadata.recordedAt) <= limit);
}
