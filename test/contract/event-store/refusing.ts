import { InvalidAppendError, StreamNotFoundError, type NewEvent } from './port';
import { collect, newEvent, rejectionOf, uniqueName, type StoreUnderTest } from './fixtures';

type Circular = { self?: Circular };

export function describeRefusing(store: StoreUnderTest): void {
  describe('bad input', () => {
    async function expectRefused(
      streamId: string,
      events: NewEvent[],
      field: string,
    ): Promise<void> {
      const error = await rejectionOf(store().append(streamId, events, 'any'));
      expect(error).toBeInstanceOf(InvalidAppendError);
      expect(error).toMatchObject({ field, code: 'EVENT_STORE.INVALID_APPEND' });
      if (streamId !== '') {
        await expect(collect(store().readStream(streamId))).rejects.toBeInstanceOf(
          StreamNotFoundError,
        );
      }
    }
    const stream = () => uniqueName('mission-');
    const withData = (data: unknown) => ({ ...newEvent(), data }) as NewEvent;

    it('refuses an empty stream name', async () => {
      await expectRefused('', [newEvent()], 'streamId');
    });

    it('refuses an event without a type', async () => {
      await expectRefused(stream(), [{ ...newEvent(), type: '' }], 'type');
    });

    it('refuses an event id that is not a UUID', async () => {
      await expectRefused(stream(), [{ ...newEvent(), id: 'meeting-42' }], 'id');
    });

    it('refuses data that JSON cannot represent', async () => {
      const circular: Circular = {};
      circular.self = circular;
      await expectRefused(stream(), [withData({ amount: BigInt(1) })], 'data');
      await expectRefused(stream(), [withData(circular)], 'data');
      await expectRefused(stream(), [withData({ at: new Date() })], 'data');
      await expectRefused(stream(), [withData({ ratio: Number.NaN })], 'data');
    });

    it('refuses data that is not a plain object', async () => {
      await expectRefused(stream(), [withData(['a'])], 'data');
      await expectRefused(stream(), [withData(null)], 'data');
      await expectRefused(stream(), [withData('text')], 'data');
    });

    it('writes none of a batch when one of its events is bad', async () => {
      await expectRefused(stream(), [newEvent(), { ...newEvent(), type: '' }, newEvent()], 'type');
    });
  });
}
