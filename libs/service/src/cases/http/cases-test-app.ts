import { CLOCK } from '@crm/core';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { createContextTestApp, ManualClock } from '@crm/testing';
import { Global, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ServiceModule } from '../../service.module';
import { CaseProjections } from '../read-models/case-projections';

export interface CasesTestApp {
  readonly app: NestFastifyApplication;
  /** Every command's time and the scheduler's "now". */
  readonly clock: ManualClock;
  /** Resolves once both case read models have applied every stored event. */
  caughtUp(): Promise<void>;
  /** How many events the store holds: proves a rejected request appended nothing. */
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

/** The service module over in-memory SQLite stores on a manual clock, behind the gateway's pipe and filter. */
export async function createCasesTestApp(): Promise<CasesTestApp> {
  // The timer stays off: tests scan explicitly, at the clock's time. A short wait keeps 503 tests quick.
  process.env['CRM_SLA_SCAN_INTERVAL_MS'] = '0';
  process.env['CRM_MIN_VERSION_WAIT_MS'] = '200';
  const clock = new ManualClock();
  @Global()
  @Module({ providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] })
  class TestClockModule {}
  const testApp = await createContextTestApp([TestClockModule, ServiceModule]);
  delete process.env['CRM_SLA_SCAN_INTERVAL_MS'];
  delete process.env['CRM_MIN_VERSION_WAIT_MS'];
  const { app } = testApp;
  const eventStore = app.get<EventStore>(EVENT_STORE);
  const projections = app.get(CaseProjections);
  return {
    app,
    clock,
    caughtUp: async () => {
      const head = (await eventStore.readAll()).at(-1)?.globalPosition ?? 0n;
      const reached = await Promise.all([
        projections.directory.waitForPosition(head, 5000),
        projections.slaWatch.waitForPosition(head, 5000),
      ]);
      if (!reached.every(Boolean)) throw new Error('The case read models did not catch up within 5 s');
    },
    eventCount: async () => (await eventStore.readAll()).length,
    close: () => testApp.close(),
  };
}
