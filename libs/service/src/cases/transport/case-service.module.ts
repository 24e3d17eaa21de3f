import { remoteCallController } from '@crm/messaging';
import { Module } from '@nestjs/common';
import { CaseApplicationModule } from '../case-application.module';
import { CASE_REMOTE_CONTEXT } from './case-remote-context';

/** The service context's process: the case core behind its one TCP `service.call` pattern. */
@Module({
  imports: [CaseApplicationModule],
  controllers: [remoteCallController(CASE_REMOTE_CONTEXT.patterns.call, CASE_REMOTE_CONTEXT.catalog)],
})
export class CaseServiceModule {}
