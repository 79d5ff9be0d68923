import type { EventStore } from './event-store/port';
import { describeAppending } from './event-store/appending';
import { describeConditions } from './event-store/conditions';
import { describeCounting } from './event-store/counting';
import type { OpenEventStore } from './event-store/fixtures';
import { describeReading } from './event-store/reading';
import { describeRefusing } from './event-store/refusing';
import { describeSubscribing } from './event-store/subscribing';

/**
 * The behaviour every EventStore adapter must show, written against the port alone.
 * It assumes nothing about the store's prior content, where positions start or whether they
 * are contiguous: each test writes to streams of its own and compares positions it read back.
 * `open` is called once for the whole suite; `dispose` runs after it. `openEmpty`, when the
 * adapter can give one, opens a second store holding no events, for the cases that count from the
 * start of the log.
 */
export function describeEventStoreContract(
  adapterName: string,
  open: OpenEventStore,
  openEmpty?: OpenEventStore,
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let opened: Awaited<ReturnType<OpenEventStore>> | undefined;
    const store = (): EventStore => {
      if (!opened) throw new Error('the store under test failed to open');
      return opened.store;
    };

    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    describeAppending(store);
    describeConditions(store);
    describeReading(store);
    describeSubscribing(store);
    describeRefusing(store);
    describeCounting(store, openEmpty);
  });
}
