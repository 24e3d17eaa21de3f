import { EVENT_STORE, type EventStore, SqliteEventStore } from '@crm/event-store';
import {
  createValidationPipe,
  IdempotencyRecords,
  InMemoryIdempotencyRecords,
  ProblemDetailsFilter,
  type RequestWithContext,
} from '@crm/http';
import {
  type DeadLetter,
  INTEGRATION_MAPPINGS,
  IntegrationMappings,
  MESSAGE_CONSUMER,
  StoreFedConsumer,
} from '@crm/messaging';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  SqliteCheckpointStore,
  SqliteDocumentStore,
} from '@crm/read-models';
import {
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
  Global,
  Injectable,
  Logger,
  Module,
  type Type,
} from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

/** Stands in for the gateway's JWT guard: tenant from `x-test-tenant`, actor from `x-test-actor`. */
@Injectable()
class TestContextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<RequestWithContext & { headers: Record<string, string | undefined>; id: string }>();
    request.crmContext = {
      tenantId: request.headers['x-test-tenant'] ?? 'default',
      actor: request.headers['x-test-actor'] ?? 'user-1',
      roles: ['admin'],
      correlationId: 'correlation-1',
      requestId: request.id,
    };
    return true;
  }
}

/** Dead letters a test can inspect. */
export class RecordedDeadLetters {
  readonly letters: DeadLetter[] = [];
  record(deadLetter: DeadLetter): Promise<void> {
    this.letters.push(deadLetter);
    return Promise.resolve();
  }
}

@Global()
@Module({})
class TestInfrastructureModule {
  static create(deadLetters: RecordedDeadLetters): DynamicModule {
    const checkpoints = new SqliteCheckpointStore(':memory:');
    return {
      module: TestInfrastructureModule,
      providers: [
        { provide: EVENT_STORE, useFactory: () => new SqliteEventStore(':memory:') },
        { provide: DOCUMENT_STORE, useFactory: () => new SqliteDocumentStore(':memory:') },
        { provide: CHECKPOINT_STORE, useValue: checkpoints },
        { provide: INTEGRATION_MAPPINGS, useValue: new IntegrationMappings() },
        {
          provide: MESSAGE_CONSUMER,
          inject: [EVENT_STORE, INTEGRATION_MAPPINGS],
          useFactory: (store: EventStore, mappings: IntegrationMappings) =>
            new StoreFedConsumer(store, checkpoints, mappings, deadLetters),
        },
        { provide: IdempotencyRecords, useValue: new InMemoryIdempotencyRecords() },
        { provide: APP_GUARD, useClass: TestContextGuard },
      ],
      exports: [
        EVENT_STORE,
        DOCUMENT_STORE,
        CHECKPOINT_STORE,
        INTEGRATION_MAPPINGS,
        MESSAGE_CONSUMER,
        IdempotencyRecords,
      ],
    };
  }
}

export interface ContextTestApp {
  readonly app: NestFastifyApplication;
  readonly deadLetters: RecordedDeadLetters;
  close(): Promise<void>;
}

/**
 * Context modules over in-memory SQLite stores and the store-fed in-process consumer, behind the same
 * validation pipe, problem+json filter and `/api/v1` prefix as the gateway. Drive it with `app.inject`.
 */
export async function createContextTestApp(contextModules: readonly Type[]): Promise<ContextTestApp> {
  // Jest gives each spec file its own module registry, so silencing Nest here stays within that file.
  Logger.overrideLogger(false);
  const deadLetters = new RecordedDeadLetters();
  @Module({ imports: [TestInfrastructureModule.create(deadLetters), ...contextModules] })
  class ContextTestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(ContextTestModule, new FastifyAdapter());
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    deadLetters,
    close: async () => {
      const stores = [app.get<EventStore>(EVENT_STORE), app.get<SqliteDocumentStore>(DOCUMENT_STORE)];
      await app.close();
      for (const store of stores) await store.close();
    },
  };
}
