import {
  commandMetadataOf,
  CurrentContext,
  etagOf,
  Idempotent,
  parseMinVersion,
  type RequestContext,
  commandRequestOf,
  IF_MATCH_HEADER,
  MIN_VERSION_HEADER,
  pageQueryOf,
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
import type { CommandResult, ListResult } from '../../shared/application/sales-requests';
import { OpportunityCommandService } from '../application/opportunity-command.service';
import { OpportunityQueryService } from '../application/opportunity-query.service';
import type { OpportunityView } from '../read-models/opportunity-view';
import {
  ChangeStageRequest,
  LoseOpportunityRequest,
  WinOpportunityRequest,
} from './opportunity-commands.request';
import { ListOpportunitiesRequest } from './opportunity-queries.request';
import {
  opportunityBodyOf,
  OpportunityPageResponse,
  OpportunityResponse,
  type OpportunityBody,
} from './opportunity.response';
import { OpenOpportunityRequest } from './open-opportunity.request';

const uuid = new ParseUUIDPipe();

@ApiTags('opportunities')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    private readonly commands: OpportunityCommandService,
    private readonly queries: OpportunityQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Open an opportunity (default stage lead, owner the caller)' })
  @ApiCreatedResponse({ type: OpportunityResponse })
  async open(
    @Body() body: OpenOpportunityRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityBody> {
    const result = await this.commands.open(body, { metadata: commandMetadataOf(context) });
    reply.header('location', `${pathOf(request.url)}/${result.view.id}`);
    return respond(result, reply);
  }

  @Get()
  @ApiOperation({ summary: 'Opportunities, newest first, by stage, owner or customer' })
  @ApiOkResponse({ type: OpportunityPageResponse })
  async list(
    @Query() query: ListOpportunitiesRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<OpportunityBody>> {
    const page = await this.queries.list(context.tenantId, {
      ...pageQueryOf(query),
      stage: query.stage,
      ownerId: query.ownerId,
      customerId: query.customerId,
    });
    const now = new Date().toISOString();
    return { items: page.items.map((view) => opportunityBodyOf(view, now)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An opportunity with its stage history and time spent in each stage' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: OpportunityResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityBody> {
    const view = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    return respond({ view, version: view.version }, reply);
  }

  @Post(':id/stage')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move to another open stage; the probability follows the stage' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OpportunityResponse })
  async changeStage(
    @Param('id', uuid) id: string,
    @Body() body: ChangeStageRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityBody> {
    return respond(
      await this.commands.changeStage(id, body.stage, commandRequestOf(context, ifMatch)),
      reply,
    );
  }

  @Post(':id/win')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Win an open opportunity' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OpportunityResponse })
  async win(
    @Param('id', uuid) id: string,
    @Body() body: WinOpportunityRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityBody> {
    return respond(
      await this.commands.win(id, body.reason ?? null, commandRequestOf(context, ifMatch)),
      reply,
    );
  }

  @Post(':id/lose')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Lose an open opportunity; the reason is required' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OpportunityResponse })
  async lose(
    @Param('id', uuid) id: string,
    @Body() body: LoseOpportunityRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpportunityBody> {
    return respond(await this.commands.lose(id, body.reason, commandRequestOf(context, ifMatch)), reply);
  }
}

function respond(result: CommandResult<OpportunityView>, reply: FastifyReply): OpportunityBody {
  reply.header('etag', etagOf(result.version));
  return opportunityBodyOf(result.view, new Date().toISOString());
}
