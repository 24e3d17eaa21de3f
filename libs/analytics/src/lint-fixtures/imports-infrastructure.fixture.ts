// Lint fixture: the pure analytics library may not depend on infrastructure such as the event store.
import { InMemoryEventStore } from '@crm/event-store';

export const store = new InMemoryEventStore();
