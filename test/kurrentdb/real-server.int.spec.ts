import { KurrentDbEventStore } from '@chancery/event-store';
import { describeEndpoint } from '../../libs/event-store/src/kurrentdb/connection-string';
import { describeEventStoreContract } from '../contract/event-store.contract';

// `npm run test:kurrentdb` with EVENTSTORE_URL pointing at a real node, e.g.
// EVENTSTORE_URL='kurrentdb://localhost:2113?tls=false' npm run test:kurrentdb
const url = process.env.EVENTSTORE_URL;

if (url) {
  describeEventStoreContract(`KurrentDB server at ${describeEndpoint(url)}`, async () => {
    const store = new KurrentDbEventStore({ connectionString: url });
    const health = await store.health();
    if (!health.ok) throw new Error(`the server is not ready: ${health.detail}`);
    return { store, dispose: () => store.close() };
  });
} else {
  describe('EventStore contract against a real KurrentDB server', () => {
    it.skip('SKIPPED: EVENTSTORE_URL is not set, so no real server was tested', () => undefined);
  });
}
