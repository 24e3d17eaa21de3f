import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

export interface ServiceHealth {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, 'up' | 'down'>>;
}

/** Readiness over TCP: the gateway's /health/ready asks this in distributed mode. */
@Controller()
export class CustomerHealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @MessagePattern(CUSTOMER_PATTERNS.health)
  async health(): Promise<ServiceHealth> {
    const checks = {
      eventStore: await probe(() => this.eventStore.readAll({ limit: 1 })),
      readModels: await probe(() => this.documents.collection('health').find('health', { limit: 1 })),
    };
    const up = Object.values(checks).every((state) => state === 'up');
    return { status: up ? 'ok' : 'unavailable', checks };
  }
}

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await check();
    return 'up';
  } catch {
    return 'down';
  }
}
