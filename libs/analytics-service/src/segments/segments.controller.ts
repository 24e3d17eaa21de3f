import { CurrentContext, pageQueryOf, type RequestContext } from '@crm/http';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnalyticsJobs, type AnalyticsJob } from '../shared/analytics-jobs';
import type { SegmentationRequest } from './segmentation';
import { SegmentsService, type SegmentationSummary } from './segments.service';
import { RecomputeSegmentsRequest, SegmentMembersRequest } from './segments.request';

const DEFAULT_EPS = 1;
const DEFAULT_MIN_POINTS = 5;

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class SegmentsController {
  constructor(
    private readonly segments: SegmentsService,
    private readonly jobs: AnalyticsJobs,
  ) {}

  @Get('segments')
  @ApiOperation({
    summary: 'The current customer segments, each described in words with size and feature means',
  })
  current(@CurrentContext() context: RequestContext): Promise<SegmentationSummary> {
    return this.segments.current(context.tenantId);
  }

  @Post('segments/recompute')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Recompute the segments (K-means or DBSCAN) as a job; poll GET /analytics/jobs/{id}',
  })
  @ApiAcceptedResponse({ description: 'The job, also at Location' })
  recompute(
    @Body() body: RecomputeSegmentsRequest,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): AnalyticsJob {
    const job = this.segments.startRecompute(context.tenantId, requestOf(body));
    reply.header('location', `/api/v1/analytics/jobs/${job.id}`);
    return job;
  }

  @Get('segments/:id/members')
  @ApiOperation({ summary: 'Customers of a segment with their features, a page at a time' })
  members(
    @Param('id') id: string,
    @Query() query: SegmentMembersRequest,
    @CurrentContext() context: RequestContext,
  ): ReturnType<SegmentsService['members']> {
    return this.segments.members(context.tenantId, id, pageQueryOf(query));
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'An analytics job: status, step, progress and its result when completed' })
  job(@Param('id') id: string, @CurrentContext() context: RequestContext): AnalyticsJob {
    return this.jobs.get(context.tenantId, id);
  }
}

function requestOf(body: RecomputeSegmentsRequest): SegmentationRequest {
  if (body.algorithm === 'dbscan') {
    return {
      algorithm: 'dbscan',
      eps: body.eps ?? DEFAULT_EPS,
      minPoints: body.minPoints ?? DEFAULT_MIN_POINTS,
    };
  }
  return { algorithm: 'kmeans', ...(body.k === undefined ? {} : { k: body.k }) };
}
