import {
  countryDecider,
  documentDecider,
  draftDecider,
  followUpDecider,
  indicatorDecider,
  meetingDecider,
  organisationDecider,
  parseStreamId,
  personDecider,
  pledgeDecider,
  sourceDecider,
  statementDecider,
  topicDecider,
  upcastEvent,
  visitDecider,
  type StreamCategory,
} from '@chancery/diplomacy';
import { classificationOf, CLASSIFICATIONS, type Classification } from '@chancery/identity';
import type { RecordedEvent } from '@chancery/event-store';

/** How a kind of record folds its events: the domain's own `initialState` and `evolve`. */
export type RecordFold = {
  initialState: () => unknown;
  evolve: (state: unknown, event: { type: string; data: object }) => unknown;
};

const asFold = (d: {
  initialState: () => unknown;
  evolve: (state: never, event: never) => unknown;
}) => d as unknown as RecordFold;

const FOLDS: Record<StreamCategory, RecordFold> = {
  country: asFold(countryDecider),
  organisation: asFold(organisationDecider),
  person: asFold(personDecider),
  source: asFold(sourceDecider),
  visit: asFold(visitDecider),
  meeting: asFold(meetingDecider),
  statement: asFold(statementDecider),
  indicator: asFold(indicatorDecider),
  pledge: asFold(pledgeDecider),
  'follow-up': asFold(followUpDecider),
  vocabulary: asFold(topicDecider),
  document: asFold(documentDecider),
  draft: asFold(draftDecider),
};

/** The fold for a stream of the diplomatic record, or null for a stream outside it (users). */
export function foldFor(streamId: string): RecordFold | null {
  const parsed = parseStreamId(streamId);
  return parsed ? FOLDS[parsed.category] : null;
}

export function fold(
  kind: RecordFold,
  events: Array<Pick<RecordedEvent, 'type' | 'data' | 'schemaVersion'>>,
  from = kind.initialState(),
): unknown {
  return events.reduce((state, stored) => {
    const event = upcastEvent(stored);
    return kind.evolve(state, { type: event.type, data: event.data });
  }, from);
}

/**
 * The most sensitive classification a stream has ever had: its creating event's, raised by any
 * correction. An auditor who may not see it may not see any version of the record.
 * The topic vocabulary is public; streams outside the record (users) count as confidential.
 */
export function streamClassification(
  streamId: string,
  events: Array<Pick<RecordedEvent, 'type' | 'data'>>,
): Classification {
  const parsed = parseStreamId(streamId);
  if (parsed?.category === 'vocabulary') return 'public';
  if (!parsed) return 'confidential';
  let level = -1;
  for (const event of events) {
    const data = event.data as { classification?: unknown; changes?: { classification?: unknown } };
    for (const value of [data.classification, data.changes?.classification]) {
      if (value !== undefined)
        level = Math.max(level, CLASSIFICATIONS.indexOf(classificationOf(value)));
    }
  }
  return level < 0 ? 'confidential' : CLASSIFICATIONS[level];
}
