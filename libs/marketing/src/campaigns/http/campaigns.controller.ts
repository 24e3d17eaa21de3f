import {
  commandMetadataOf,
  CurrentContext,
  DEFAULT_PAGE_SIZE,
  etagOf,
  Idempotent,
  parseMinVersion,
  type RequestContext,
  IF_MATCH_HEADER,
  MIN_VERSION_HEADER,
  commandRequestOf,
  pathOf,
  ReadModelBehindFilter,
} from '@crm/http';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ListResult } from '../../shared/command-request';
import { CampaignCommandService, type CampaignResponseView } from '../application/campaign-command.service';
import type { CampaignPerformance } from '../application/campaign-performance';
import { CampaignQueryService } from '../application/campaign-query.service';
import type { CampaignView } from '../read-models/campaign-view';
import { CampaignPerformanceRequest, ListCampaignsRequest } from './campaign-queries.request';
import { createInputOf, responseInputOf } from './campaign-request.mapping';
import {
  CampaignPageResponse,
  CampaignPerformanceResponse,
  CampaignResponse,
  RecordedResponseResponse,
} from './campaign.response';
import { CreateCampaignRequest } from './create-campaign.request';
import { RecordResponseRequest } from './record-response.request';

const uuid = new ParseUUIDPipe();
@ApiTags('campaigns')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CampaignCommandService,
    private readonly queries: CampaignQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Plan a campaign as a draft (201, Location, ETag)' })
  @ApiCreatedResponse({ type: CampaignResponse })
  async create(
    @Body() body: CreateCampaignRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignView> {
    const result = await this.commands.create(createInputOf(body), { metadata: commandMetadataOf(context) });
    reply
      .header('location', `${pathOf(request.url)}/${result.campaign.id}`)
      .header('etag', etagOf(result.version));
    return result.campaign;
  }

  @Get()
  @ApiOperation({ summary: 'Campaigns, newest first, by status and channel' })
  @ApiOkResponse({ type: CampaignPageResponse })
  list(
    @Query() query: ListCampaignsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<CampaignView>> {
    return this.queries.list(context.tenantId, {
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.channel === undefined ? {} : { channel: query.channel }),
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign with its response counts' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: CampaignResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignView> {
    const campaign = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    reply.header('etag', etagOf(campaign.version));
    return campaign;
  }

  @Get(':id/performance')
  @ApiOperation({ summary: 'Responses, conversions, attributed revenue, cost and ROI (exact decimals)' })
  @ApiOkResponse({ type: CampaignPerformanceResponse })
  performance(
    @Param('id', uuid) id: string,
    @Query() query: CampaignPerformanceRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<CampaignPerformance> {
    return this.queries.performance(context.tenantId, id, query.attributionWindowDays);
  }

  @Post(':id/launch')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Launch a draft campaign; it starts taking responses' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CampaignResponse })
  launch(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignView> {
    return this.answer(this.commands.launch(id, commandRequestOf(context, ifMatch)), reply);
  }

  @Post(':id/complete')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete a running campaign' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CampaignResponse })
  complete(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignView> {
    return this.answer(this.commands.complete(id, commandRequestOf(context, ifMatch)), reply);
  }

  @Post(':id/responses')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a response (opened, clicked, replied, converted); ETag is the campaign version',
  })
  @ApiCreatedResponse({ type: RecordedResponseResponse })
  async recordResponse(
    @Param('id', uuid) id: string,
    @Body() body: RecordResponseRequest,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignResponseView> {
    const result = await this.commands.recordResponse(id, responseInputOf(body), {
      metadata: commandMetadataOf(context),
    });
    reply.header('etag', etagOf(result.version));
    return result.response;
  }

  private async answer(
    command: Promise<{ readonly campaign: CampaignView; readonly version: number }>,
    reply: FastifyReply,
  ): Promise<CampaignView> {
    const result = await command;
    reply.header('etag', etagOf(result.version));
    return result.campaign;
  }
}
