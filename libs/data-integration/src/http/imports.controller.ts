import { commandMetadataOf, CurrentContext, Idempotent, type RequestContext } from '@crm/http';
import { Body, Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ImportJob } from '../jobs/import-job';
import { ImportJobRunner } from '../jobs/import-job-runner';
import { ImportJobResponse } from './import-job.response';
import { StartImportRequest } from './start-import.request';

export const CSV_CONTENT_TYPE = 'text/csv';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly runner: ImportJobRunner) {}

  @Post()
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({
    summary: 'Import customers, products or orders from a CSV file, as a job',
    description:
      'The body is the file (Content-Type: text/csv, header row). A file that cannot be read or whose header ' +
      'is wrong is refused whole (400); otherwise the job starts and GET /jobs/{id} reports its progress and ' +
      'every rejected row. Valid rows are imported, invalid ones change nothing, and importing the same ' +
      'file again imports nothing twice.',
  })
  @ApiConsumes(CSV_CONTENT_TYPE)
  @ApiBody({ schema: { type: 'string', example: 'externalRef,type,name\nC-1,company,Acme GmbH\n' } })
  @ApiAcceptedResponse({
    type: ImportJobResponse,
    description: 'The job, as it starts; Location: /jobs/{id}.',
  })
  async start(
    @Query() query: StartImportRequest,
    @Body() csv: unknown,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJob> {
    const text = typeof csv === 'string' ? csv : '';
    const job = await this.runner.start(
      query.entity,
      text,
      { createMissing: query.createMissing ?? false },
      { metadata: commandMetadataOf(context) },
    );
    reply.header('location', `/api/v1/jobs/${job.id}`);
    return job;
  }
}
