import {
  buildNewEvent,
  type EventHandler,
  InMemoryEventStore,
  type SubscribeOptions,
  type Subscription,
} from '@crm/event-store';
import { crmMetrics } from '@crm/observability';
import { SqliteCheckpointStore } from '../embedded/sqlite-checkpoint-store';
import { SqliteDocumentStore } from '../embedded/sqlite-document-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

let openGate: () => void = () => undefined;
let gate = Promise.resolve();

// Delivery waits at the gate, so events pile up behind the checkpoint while the test scrapes.
class GatedEventStore extends InMemoryEventStore {
  override subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    return super.subscribe(async (event) => {
      await gate;
      await handler(event);
    }, options);
  }
}

const notes: Projection<{ readonly count: number }> = {
  name: 'lag-spec-notes',
  collection: 'lag_spec_notes',
  handles: ['spec.NoteTaken'],
  documentId: () => 'all',
  guard: 'global',
  apply: (current) => ({ count: (current?.count ?? 0) + 1 }),
};

async function projectionLag(): Promise<number | undefined> {
  const gauge = crmMetrics().registry.getSingleMetric('crm_projection_lag_events');
  const values = (await gauge?.get())?.values ?? [];
  return values.find((value) => value.labels['projection'] === notes.name)?.value;
}

describe('crm_projection_lag_events', () => {
  const eventStore = new GatedEventStore();
  const documents = new SqliteDocumentStore(':memory:');
  const checkpoints = new SqliteCheckpointStore(':memory:');
  const runner = new ProjectionRunner({
    projection: notes,
    eventStore,
    documents,
    checkpoints,
  });

  afterAll(async () => {
    await eventStore.close();
    await documents.close();
    await checkpoints.close();
  });

  it('reports the events after the checkpoint while the projection runs, and nothing once stopped', async () => {
    gate = new Promise<void>((open) => (openGate = open));
    await runner.start();
    for (let note = 0; note < 3; note++)
      await eventStore.append('spec.notes-1', [buildNewEvent({ type: 'spec.NoteTaken' })], {
        expectedVersion: 'any',
      });
    expect(await projectionLag()).toBe(3);

    openGate();
    const head = (await eventStore.readAll()).at(-1)?.globalPosition ?? 0n;
    expect(await runner.waitForPosition(head, 5000)).toBe(true);
    expect(await projectionLag()).toBe(0);

    await runner.stop();
    expect(await projectionLag()).toBeUndefined();
  });
});
