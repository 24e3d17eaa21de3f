import { CurrentContext, type RequestContext } from '@crm/http';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpportunityQueryService } from '../application/opportunity-query.service';
import type { Pipeline } from '../read-models/pipeline';
import { PipelineResponse } from './opportunity.response';
import { PipelineRequest } from './opportunity-queries.request';

@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('pipeline')
export class PipelineController {
  constructor(private readonly queries: OpportunityQueryService) {}

  @Get()
  @ApiOperation({
    summary: 'Count, amount and weighted amount per open stage and per owner, won and lost, per currency',
  })
  @ApiOkResponse({ type: PipelineResponse })
  pipeline(@Query() query: PipelineRequest, @CurrentContext() context: RequestContext): Promise<Pipeline> {
    return this.queries.pipeline(context.tenantId, query.ownerId);
  }
}
