import { Module } from '@nestjs/common';
import { CaseCommandService } from './application/case-command.service';
import { CaseQueryService } from './application/case-query.service';
import { SERVICE_SETTINGS, serviceSettingsFromEnvironment } from './application/service-settings';
import { CasesController } from './http/cases.controller';
import { CasePublishing } from './publishing/case-publishing';
import { CaseProjections } from './read-models/case-projections';
import { SlaBreachScheduler } from './sla/sla-breach.scheduler';

/**
 * Standalone: the case HTTP endpoints over the in-process application core, and the SLA scheduler.
 * Whoever imports it binds EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE; optionally
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
  controllers: [CasesController],
  exports: [CaseCommandService, CaseQueryService, CaseProjections, SlaBreachScheduler],
})
export class CasesModule {}
