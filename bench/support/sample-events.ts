import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../libs/event-store/src/envelope';

/** A meeting record about the size the API writes: ~350 bytes of JSON in all. */
export function sampleEvent(i: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'MeetingRecorded',
    schemaVersion: 1,
    data: {
      meetingId: `meeting-${i}`,
      venue: 'Palais des Nations, Geneva',
      participants: ['ambassador-fr', 'ambassador-de', 'deputy-head-of-mission'],
      summary: 'Exchange of views on fisheries quotas and the visa facilitation agreement.',
      occurredOn: '2024-05-17',
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: null,
      actor: 'user-bench',
      recordedAt: new Date().toISOString(),
    },
  };
}
