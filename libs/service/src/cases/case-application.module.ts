import { Module } from '@nestjs/common';
import { CaseCommandService } from './application/case-command.service';
import { CaseQueryService } from './application/case-query.service';
import { SERVICE_SETTINGS, serviceSettingsFromEnvironment } from './application/service-settings';
import { CasePublishing } from './publishing/case-publishing';
import { CaseProjections } from './read-models/case-projections';
import { SlaBreachScheduler } from './sla/sla-breach.scheduler';

/**
 * The service context's application core: case commands and queries, read models, publishing and the
 * SLA scheduler. Whoever imports it binds EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE; optionally
 * INTEGRATION_MAPPINGS and CLOCK (the system clock otherwise).
 */
@Module({
  providers: [
    { provide: SERVICE_SETTINGS, useFactory: () => serviceSettingsFromEnvironment(process.env) },
    CaseCommandService,
    CaseQueryService,
    CaseProjections,
    CasePublishing,
    SlaBreachScheduler,
  ],
  exports: [CaseCommandService, CaseQueryService, CaseProjections, SlaBreachScheduler],
})
export class CaseApplicationModule {}
