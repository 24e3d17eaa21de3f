import { EVENT_STORE, type EventStore, SqliteEventStore } from '@crm/event-store';
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
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { GATEWAY_DATABASE, openGatewayDatabase } from './gateway-database';
import { SqliteDeadLetterStore } from './sqlite-dead-letter-store';

/**
 * The embedded default: events, read models and the gateway's own records in SQLite files under the
 * data directory. Distributed mode binds the same tokens to PostgreSQL and MongoDB adapters instead.
 */
@Global()
@Module({})
export class StandalonePersistenceModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: SqliteDocumentStore,
    @Inject(GATEWAY_DATABASE) private readonly gatewayDatabase: Database.Database,
  ) {}

  static forConfig(config: GatewayConfig): DynamicModule {
    mkdirSync(config.dataDir, { recursive: true });
    const documents = new SqliteDocumentStore(join(config.dataDir, 'read-models.db'));
    return {
      module: StandalonePersistenceModule,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => new SqliteEventStore(join(config.dataDir, 'events.db')) },
        { provide: DOCUMENT_STORE, useValue: documents },
        {
          provide: CHECKPOINT_STORE,
          useFactory: () => new SqliteCheckpointStore(join(config.dataDir, 'read-models.db')),
        },
        { provide: GATEWAY_DATABASE, useFactory: () => openGatewayDatabase(config.dataDir) },
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
      ],
      exports: [
        GATEWAY_CONFIG,
        EVENT_STORE,
        DOCUMENT_STORE,
        CHECKPOINT_STORE,
        GATEWAY_DATABASE,
        INTEGRATION_MAPPINGS,
        MESSAGE_CONSUMER,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    await this.documents.close();
    this.gatewayDatabase.close();
  }
}
