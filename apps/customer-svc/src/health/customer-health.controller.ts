import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { checkReadiness, type ReadinessReport } from '@crm/http';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

/** Readiness over TCP: the gateway's /health/ready asks this in distributed mode. */
@Controller()
export class CustomerHealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @MessagePattern(CUSTOMER_PATTERNS.health)
  health(): Promise<ReadinessReport> {
    return checkReadiness({
      eventStore: () => this.eventStore.readAll({ limit: 1 }),
      readModels: () => this.documents.collection('health').find('health', { limit: 1 }),
    });
  }
}
