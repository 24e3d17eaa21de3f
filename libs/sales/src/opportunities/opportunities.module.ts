import { Module } from '@nestjs/common';
import { SalesSharedModule } from '../shared/application/sales-shared.module';
import { OpportunityCommandService } from './application/opportunity-command.service';
import { OpportunityQueryService } from './application/opportunity-query.service';
import { OpportunityProjections } from './read-models/opportunity-projections';

/** Opportunities and the pipeline. */
@Module({
  imports: [SalesSharedModule],
  providers: [OpportunityCommandService, OpportunityQueryService, OpportunityProjections],
  exports: [OpportunityCommandService, OpportunityQueryService],
})
export class OpportunitiesModule {}
