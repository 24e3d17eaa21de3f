import type { EventStore } from '../event-store.port';
import { describeAppendContract } from './append.contract';
import { describeReadContract } from './read.contract';
import { describeSubscribeContract } from './subscribe.contract';

/**
 * The behaviour every EventStore adapter must show (design.md section 5). Call it from an adapter's
 * spec; `create` may return a fresh store per test or a shared one: tests use their own streams and
 * read the global log only after the position where they started.
 */
export function describeEventStoreContract(
  adapterName: string,
  create: () => Promise<EventStore> | EventStore,
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore | undefined;
    const currentStore = (): EventStore => {
      if (store === undefined) throw new Error('The contract store was not created');
      return store;
    };

    beforeEach(async () => {
      store = await create();
    });

    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    describeAppendContract(currentStore);
    describeReadContract(currentStore);
    describeSubscribeContract(currentStore);
  });
}
