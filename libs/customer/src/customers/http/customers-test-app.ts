import { type ContextTestApp, createContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CustomerModule } from '../../customer.module';

const running = new WeakMap<NestFastifyApplication, ContextTestApp>();

/** The customer module over in-memory SQLite stores, behind the same pipe, filter and prefix as the gateway. */
export async function createCustomersTestApp(): Promise<NestFastifyApplication> {
  const testApp = await createContextTestApp([CustomerModule]);
  running.set(testApp.app, testApp);
  return testApp.app;
}

/** Stops the app (and with it the projections), then closes the stores it was given. */
export async function closeCustomersTestApp(app: NestFastifyApplication): Promise<void> {
  await running.get(app)?.close();
}
