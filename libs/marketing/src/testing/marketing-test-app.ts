import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { type ContextTestApp, createContextTestApp } from '@crm/testing';
import { MarketingModule } from '../marketing.module';

/** The marketing module over in-memory SQLite stores, behind the gateway's pipe, filter and prefix. */
export async function createMarketingTestApp(): Promise<ContextTestApp> {
  return createContextTestApp([MarketingModule]);
}

/** How many events the store holds: proves a rejected command appended nothing. */
export async function storedEventCount(testApp: ContextTestApp): Promise<number> {
  return (await testApp.app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length;
}

/** Polls until `probe` yields a value `done` accepts (read models and consumers run asynchronously). */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
