import { AppendConditionFailedError, StreamNotFoundError } from './port';
import { collect, newEvent, rejectionOf, uniqueName, type StoreUnderTest } from './fixtures';

/** An append may depend on another stream standing still since a revision the writer read. */
export function describeConditions(store: StoreUnderTest): void {
  describe('append conditions', () => {
    it('appends while the other stream has no event of the named types past the revision', async () => {
      const user = uniqueName('user-');
      await store().append(user, [newEvent('UserRegistered')], 'no_stream');
      await store().append(user, [newEvent('ApiTokenIssued')], 0);
      const condition = { streamId: user, revision: 0, types: ['UserRevoked'] };
      const record = uniqueName('meeting-');
      await store().append(record, [newEvent()], 'no_stream', condition);
      expect(await collect(store().readStream(record))).toHaveLength(1);
    });

    it('refuses, writing nothing, once the other stream holds such an event', async () => {
      const user = uniqueName('user-');
      await store().append(
        user,
        [newEvent('UserRegistered'), newEvent('UserRevoked')],
        'no_stream',
      );
      const record = uniqueName('meeting-');
      const error = await rejectionOf(
        store().append(record, [newEvent()], 'no_stream', {
          streamId: user,
          revision: 0,
          types: ['UserRevoked'],
        }),
      );
      expect(error).toBeInstanceOf(AppendConditionFailedError);
      expect(error).toMatchObject({
        code: 'EVENT_STORE.APPEND_CONDITION_FAILED',
        breakingType: 'UserRevoked',
      });
      await expect(collect(store().readStream(record))).rejects.toBeInstanceOf(StreamNotFoundError);
    });

    it('counts any event past the revision when no types are named; a missing stream stands still', async () => {
      const user = uniqueName('user-');
      await store().append(user, [newEvent('UserRegistered'), newEvent('Anything')], 'no_stream');
      const changed = { streamId: user, revision: 0 };
      const record = uniqueName('meeting-');
      expect(
        await rejectionOf(store().append(record, [newEvent()], 'any', changed)),
      ).toBeInstanceOf(AppendConditionFailedError);
      const absent = { streamId: uniqueName('user-'), revision: -1 };
      await store().append(record, [newEvent()], 'any', absent);
      expect(await collect(store().readStream(record))).toHaveLength(1);
    });
  });
}
