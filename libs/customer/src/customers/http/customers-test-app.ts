import { EVENT_STORE, SqliteEventStore } from '@crm/event-store';
import { createValidationPipe, ProblemDetailsFilter, type RequestWithContext } from '@crm/http';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  SqliteCheckpointStore,
  SqliteDocumentStore,
} from '@crm/read-models';
import { type CanActivate, type ExecutionContext, Global, Injectable, Logger, Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { CustomerModule } from '../../customer.module';

// Stands in for the gateway's JWT guard: tenant from a test header, always actor user-1.
@Injectable()
class TestContextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<RequestWithContext & { headers: Record<string, string | undefined>; id: string }>();
    request.crmContext = {
      tenantId: request.headers['x-test-tenant'] ?? 'default',
      actor: 'user-1',
      roles: ['admin'],
      correlationId: 'correlation-1',
      requestId: request.id,
    };
    return true;
  }
}

@Global()
@Module({
  providers: [
    { provide: EVENT_STORE, useFactory: () => new SqliteEventStore(':memory:') },
    { provide: DOCUMENT_STORE, useFactory: () => new SqliteDocumentStore(':memory:') },
    { provide: CHECKPOINT_STORE, useFactory: () => new SqliteCheckpointStore(':memory:') },
    { provide: APP_GUARD, useClass: TestContextGuard },
  ],
  exports: [EVENT_STORE, DOCUMENT_STORE, CHECKPOINT_STORE],
})
class TestPersistenceModule {}

@Module({ imports: [TestPersistenceModule, CustomerModule] })
class CustomersTestModule {}

/** The customer module over in-memory SQLite stores, behind the same pipe, filter and prefix as the gateway. */
export async function createCustomersTestApp(): Promise<NestFastifyApplication> {
  // Jest gives each spec file its own module registry, so silencing Nest here stays within that file.
  Logger.overrideLogger(false);
  const app = await NestFactory.create<NestFastifyApplication>(CustomersTestModule, new FastifyAdapter());
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Stops the app (and with it the projections), then closes the stores it was given. */
export async function closeCustomersTestApp(app: NestFastifyApplication): Promise<void> {
  const stores = [
    app.get<{ close(): Promise<void> }>(EVENT_STORE),
    app.get<{ close(): Promise<void> }>(DOCUMENT_STORE),
  ];
  await app.close();
  for (const store of stores) await store.close();
}
