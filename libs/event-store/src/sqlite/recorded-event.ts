import type { RecordedEvent } from '../envelope';
import type { EventTuple } from './schema';

export function toRecordedEvent(row: EventTuple): RecordedEvent {
  return {
    id: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: JSON.parse(row[6]),
    metadata: JSON.parse(row[7]),
    streamId: row[1],
    revision: row[2],
    position: row[0],
  };
}
