import { DIPLOMACY_EVENT_TYPES, EVENT_SCHEMA_VERSIONS } from './events';
import {
  countryStream,
  followUpStream,
  meetingStream,
  parseStreamId,
  partyStream,
} from './streams';

describe('stream names', () => {
  it('round-trip through parseStreamId, hyphenated categories included', () => {
    expect(parseStreamId(followUpStream('abc-1'))).toEqual({ category: 'follow-up', id: 'abc-1' });
    expect(parseStreamId(meetingStream('m-1'))).toEqual({ category: 'meeting', id: 'm-1' });
    expect(parseStreamId(countryStream('kaz'))).toEqual({ category: 'country', id: 'KAZ' });
    expect(parseStreamId('user-1')).toBeNull();
  });

  it('name a party stream by its kind', () => {
    expect(partyStream({ kind: 'person', id: 'p' })).toBe('person-p');
    expect(partyStream({ kind: 'country', id: 'LUX' })).toBe('country-LUX');
  });

  it('give every catalogued event type a schema version', () => {
    expect(DIPLOMACY_EVENT_TYPES).toContain('CooperationPledged');
    expect(DIPLOMACY_EVENT_TYPES.every((type) => EVENT_SCHEMA_VERSIONS[type] >= 1)).toBe(true);
  });
});
