import { EVENT_STORE, type EventStore } from '@crm/event-store';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** How many events the app's store holds: lets HTTP specs prove a rejected request appended nothing. */
export async function storedEventCount(app: NestFastifyApplication): Promise<number> {
  return (await app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length;
}
