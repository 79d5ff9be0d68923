import type { RecordedEvent } from '@chancery/event-store';
import { happenedBy } from './happened-on';

const event = (streamId: string, type: string, data: object, position: number) =>
  ({ streamId, type, data, position, schemaVersion: 1 }) as unknown as RecordedEvent;

describe('happenedBy with dates as precise as the source', () => {
  const log = [
    event('document-1', 'DocumentSigned', { documentId: '1', signedOn: '2016-07' }, 1),
    event('statement-1', 'StatementRecorded', { statementId: '1', saidOn: 'approximately 2016' }, 2),
    event('person-1', 'PersonAppointed', { personId: '1', positionId: 'a', from: '2016-Q3' }, 3),
    event('source-1', 'SourceRegistered', { sourceId: '1', publishedOn: null }, 4),
  ];
  const kept = (asOf: string) => happenedBy(log, asOf).map((e) => e.streamId);

  it('counts a partial date from its first possible day', () => {
    expect(kept('2015-12-31')).toEqual(['source-1']);
    expect(kept('2016-01-01')).toEqual(['statement-1', 'source-1']);
    expect(kept('2016-07-01')).toEqual(['document-1', 'statement-1', 'person-1', 'source-1']);
  });
});
