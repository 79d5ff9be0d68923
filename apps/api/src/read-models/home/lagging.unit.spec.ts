import type { ProjectionStatus } from '@chancery/projections';
import { lagging } from './lagging';

const status = (name: string, over: Partial<ProjectionStatus>): ProjectionStatus => ({
  name,
  version: 1,
  generation: 1,
  onPoison: 'skip',
  state: 'live',
  haltedBy: null,
  lastError: null,
  deadLetters: 0,
  rebuild: null,
  position: 10,
  eventsBehind: 0,
  eventsBehindAtLeast: false,
  secondsBehind: 0,
  ...over,
});

describe('which read models home says are lagging', () => {
  it('names a halted or catching-up one, and a live one an event has waited on for over 5 s', () => {
    const named = lagging([
      status('follow_ups', {}),
      status('search', { eventsBehind: 1, secondsBehind: 0.4 }),
      status('pledges', { eventsBehind: 120, secondsBehind: 42 }),
      status('timeline', { state: 'catching-up', eventsBehind: 9000, secondsBehind: 3 }),
      status('dossiers', { state: 'halted', haltedBy: 'evt-1' }),
    ]).map((s) => s.name);
    expect(named).toEqual(['pledges', 'timeline', 'dossiers']);
  });
});
