import { EVENT_STORE, type EventStore, instrumentEventStore, SqliteEventStore } from '@crm/event-store';
import {
  INTEGRATION_MAPPINGS,
  IntegrationMappings,
  MESSAGE_CONSUMER,
  StoreFedConsumer,
} from '@crm/messaging';
import {
  CHECKPOINT_STORE,
  type CheckpointStore,
  DOCUMENT_STORE,
  SqliteCheckpointStore,
  SqliteDocumentStore,
} from '@crm/read-models';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import type { GatewayConfig } from '../config/gateway-config';
import { READINESS_PROBES, type ReadinessProbes } from '../health/readiness-probes';
import { GATEWAY_DATABASE } from './gateway-database';
import { SqliteDeadLetterStore } from './sqlite-dead-letter-store';

/**
 * The embedded default: events and read models in SQLite files under the data directory, next to the
 * gateway's own records (GatewayRecordsModule). The customer service binds the same tokens to
 * PostgreSQL and MongoDB adapters instead.
 */
@Global()
@Module({})
export class StandalonePersistenceModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: SqliteDocumentStore,
  ) {}

  static forConfig(config: GatewayConfig): DynamicModule {
    // The gateway is the only writer of its data directory, so the document cache is safe here.
    const documents = new SqliteDocumentStore(join(config.dataDir, 'read-models.db'), {
      cachedDocuments: 10_000,
    });
    return {
      module: StandalonePersistenceModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: () => instrumentEventStore(new SqliteEventStore(join(config.dataDir, 'events.db'))),
        },
        { provide: DOCUMENT_STORE, useValue: documents },
        {
          provide: CHECKPOINT_STORE,
          useFactory: () => new SqliteCheckpointStore(join(config.dataDir, 'read-models.db')),
        },
        { provide: INTEGRATION_MAPPINGS, useValue: new IntegrationMappings() },
        {
          provide: MESSAGE_CONSUMER,
          inject: [EVENT_STORE, CHECKPOINT_STORE, INTEGRATION_MAPPINGS, GATEWAY_DATABASE],
          useFactory: (
            store: EventStore,
            checkpoints: CheckpointStore,
            mappings: IntegrationMappings,
            database: Database.Database,
          ) => new StoreFedConsumer(store, checkpoints, mappings, new SqliteDeadLetterStore(database)),
        },
        {
          provide: READINESS_PROBES,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore): ReadinessProbes => ({
            eventStore: () => store.readAll({ limit: 1 }),
            readModels: () => documents.collection('health').find('health', { limit: 1 }),
          }),
        },
      ],
      exports: [
        EVENT_STORE,
        DOCUMENT_STORE,
        CHECKPOINT_STORE,
        INTEGRATION_MAPPINGS,
        MESSAGE_CONSUMER,
        READINESS_PROBES,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    await this.documents.close();
  }
}
