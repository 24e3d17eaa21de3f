import { EVENT_STORE, type EventStore, instrumentEventStore, PostgresEventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  MongoCheckpointStore,
  MongoDocumentStore,
  openMongoConnection,
} from '@crm/read-models';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { CONTEXT_SERVICE_CONFIG, type ContextServiceConfig } from './context-service-config';

const MONGO_CONNECTION = Symbol('MongoConnection');

/** Distributed adapters of a context service: events in PostgreSQL, read models in MongoDB. */
@Global()
@Module({})
export class DistributedPersistenceModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(MONGO_CONNECTION) private readonly mongo: Connection,
  ) {}

  static forConfig(config: ContextServiceConfig): DynamicModule {
    return {
      module: DistributedPersistenceModule,
      providers: [
        { provide: CONTEXT_SERVICE_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: async () =>
            instrumentEventStore(
              await PostgresEventStore.create(config.postgresUrl, { schema: config.eventStoreSchema }),
            ),
        },
        { provide: MONGO_CONNECTION, useFactory: () => openMongoConnection(config.mongoUrl) },
        {
          provide: DOCUMENT_STORE,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => MongoDocumentStore.fromConnection(connection),
        },
        {
          provide: CHECKPOINT_STORE,
          inject: [MONGO_CONNECTION],
          useFactory: (connection: Connection) => MongoCheckpointStore.fromConnection(connection),
        },
      ],
      exports: [CONTEXT_SERVICE_CONFIG, EVENT_STORE, DOCUMENT_STORE, CHECKPOINT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    await this.mongo.close();
  }
}
