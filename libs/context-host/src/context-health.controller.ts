import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { checkReadiness, type ReadinessReport } from '@crm/http';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

/** Readiness over TCP on the context's health pattern: the gateway's /health/ready asks it. */
export function contextHealthController(pattern: string): Type<unknown> {
  @Controller()
  class ContextHealthController {
    constructor(
      @Inject(EVENT_STORE) private readonly eventStore: EventStore,
      @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    ) {}

    @MessagePattern(pattern)
    health(): Promise<ReadinessReport> {
      return checkReadiness({
        eventStore: () => this.eventStore.readAll({ limit: 1 }),
        readModels: () => this.documents.collection('health').find('health', { limit: 1 }),
      });
    }
  }
  return ContextHealthController;
}
