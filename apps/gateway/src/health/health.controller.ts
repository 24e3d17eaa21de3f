import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';

interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, 'up' | 'down'>>;
}

/** Kubernetes probes: live = the process answers; ready = the stores it needs answer too. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @Get('live')
  live(): HealthReport {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  async ready(): Promise<HealthReport> {
    const checks = {
      eventStore: await probe(() => this.eventStore.readAll({ limit: 1 })),
      readModels: await probe(() => this.documents.collection('health').find('health', { limit: 1 })),
    };
    const report: HealthReport = {
      status: Object.values(checks).every((state) => state === 'up') ? 'ok' : 'unavailable',
      checks,
    };
    if (report.status !== 'ok') throw new HttpException(report, 503);
    return report;
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
