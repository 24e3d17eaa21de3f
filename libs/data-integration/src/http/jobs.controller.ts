import { CurrentContext, PageRequest, pageQueryOf, type RequestContext } from '@crm/http';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportJobQueries, type ImportJobDetails, type ProblemPage } from '../jobs/import-job-queries';
import { ImportJobDetailsResponse, RowProblemPageResponse } from './import-job.response';

const uuid = new ParseUUIDPipe();

@ApiTags('imports')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly queries: ImportJobQueries) {}

  @Get(':id')
  @ApiOperation({ summary: 'An import job: status, progress, counts and the first rejected rows' })
  @ApiOkResponse({ type: ImportJobDetailsResponse })
  get(@Param('id', uuid) id: string, @CurrentContext() context: RequestContext): Promise<ImportJobDetails> {
    return this.queries.get(context.tenantId, id);
  }

  @Get(':id/errors')
  @ApiOperation({ summary: 'Every rejected row of an import job, in row order, with its reason' })
  @ApiOkResponse({ type: RowProblemPageResponse })
  errors(
    @Param('id', uuid) id: string,
    @Query() page: PageRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ProblemPage> {
    return this.queries.problems(context.tenantId, id, pageQueryOf(page));
  }
}
