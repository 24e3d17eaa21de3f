import { Module } from '@nestjs/common';
import { SalesSharedModule } from '../shared/application/sales-shared.module';
import { OpportunityCommandService } from './application/opportunity-command.service';
import { OpportunityQueryService } from './application/opportunity-query.service';
import { OpportunitiesController } from './http/opportunities.controller';
import { PipelineController } from './http/pipeline.controller';
import { OpportunityProjections } from './read-models/opportunity-projections';

/** Opportunities and the pipeline. */
@Module({
  imports: [SalesSharedModule],
  controllers: [OpportunitiesController, PipelineController],
  providers: [OpportunityCommandService, OpportunityQueryService, OpportunityProjections],
})
export class OpportunitiesModule {}
