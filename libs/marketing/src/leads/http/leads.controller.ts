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
import { LeadCommandService, type LeadCommandResult } from '../application/lead-command.service';
import { LeadQueryService } from '../application/lead-query.service';
import type { LeadView } from '../read-models/lead-view';
import { CaptureLeadRequest } from './capture-lead.request';
import { ConvertLeadRequest, DisqualifyLeadRequest, ListLeadsRequest } from './lead-commands.request';
import { LeadPageResponse, LeadResponse } from './lead.response';

const uuid = new ParseUUIDPipe();
@ApiTags('leads')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('leads')
export class LeadsController {
  constructor(
    private readonly commands: LeadCommandService,
    private readonly queries: LeadQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Capture a lead, optionally from a campaign (201, Location, ETag)' })
  @ApiCreatedResponse({ type: LeadResponse })
  async capture(
    @Body() body: CaptureLeadRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeadView> {
    const input = {
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      company: body.company ?? null,
      sourceCampaignId: body.sourceCampaignId ?? null,
    };
    const result = await this.commands.capture(input, { metadata: commandMetadataOf(context) });
    reply.header('location', `${pathOf(request.url)}/${result.lead.id}`);
    return this.answer(result, reply);
  }

  @Get()
  @ApiOperation({ summary: 'Leads, newest first, by status and source campaign' })
  @ApiOkResponse({ type: LeadPageResponse })
  list(
    @Query() query: ListLeadsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<LeadView>> {
    return this.queries.list(context.tenantId, {
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.campaignId === undefined ? {} : { campaignId: query.campaignId }),
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A lead; once converted, with the id of the customer it became' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: LeadResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeadView> {
    const lead = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    reply.header('etag', etagOf(lead.version));
    return lead;
  }

  @Post(':id/qualify')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Qualify a captured lead' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: LeadResponse })
  async qualify(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeadView> {
    return this.answer(await this.commands.qualify(id, commandRequestOf(context, ifMatch)), reply);
  }

  @Post(':id/disqualify')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Disqualify a lead with a reason; it can no longer be converted' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: LeadResponse })
  async disqualify(
    @Param('id', uuid) id: string,
    @Body() body: DisqualifyLeadRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeadView> {
    return this.answer(
      await this.commands.disqualify(id, body.reason, commandRequestOf(context, ifMatch)),
      reply,
    );
  }

  @Post(':id/convert')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Convert a qualified lead; the customer context registers the customer under the returned customerId',
  })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: LeadResponse })
  async convert(
    @Param('id', uuid) id: string,
    @Body() body: ConvertLeadRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeadView> {
    return this.answer(
      await this.commands.convert(id, body.customerType, commandRequestOf(context, ifMatch)),
      reply,
    );
  }

  private answer(result: LeadCommandResult, reply: FastifyReply): LeadView {
    reply.header('etag', etagOf(result.version));
    return result.lead;
  }
}
