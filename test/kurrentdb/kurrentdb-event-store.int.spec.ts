import { KurrentDbEventStore } from '@chancery/event-store';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { KurrentDbDouble } from './double/kurrentdb-double';

// The same contract as the embedded store, through the official client over HTTP/2 to the double,
// once per append path: BatchAppend (what servers since 21.10 advertise) and the v1 Append.
// A fresh double holds only the system events a new node starts with: empty to the port.
for (const batchAppend of [true, false]) {
  const open = async () => {
    const server = await KurrentDbDouble.start({ batchAppend, checkpointBeyondLastEvent: true });
    const store = new KurrentDbEventStore({ connectionString: server.connectionString() });
    return {
      store,
      async dispose() {
        await store.close();
        await server.stop();
      },
    };
  };
  describeEventStoreContract(
    `KurrentDB (${batchAppend ? 'BatchAppend' : 'v1 Append'}) via the wire double`,
    open,
    open,
  );
}
