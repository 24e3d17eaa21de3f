import { describeWithServer } from '@crm/test-servers';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// Tests use streams of their own and read $all only after the position where they started.
describeWithServer('kurrentdb', `${KurrentDbEventStore.name} (KurrentDB)`, (connectionString) => {
  describeEventStoreContract(KurrentDbEventStore.name, () => new KurrentDbEventStore(connectionString));
});
