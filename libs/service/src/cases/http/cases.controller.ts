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
import { CaseCommandService, type CaseCommandResult } from '../application/case-command.service';
import { CaseQueryService, type ListResult } from '../application/case-query.service';
import type { AssigneeWorkload } from '../application/workload';
import type { CaseSummary, CaseView } from '../read-models/case-view';
import {
  AssignCaseRequest,
  CloseCaseRequest,
  CommentOnCaseRequest,
  ReopenCaseRequest,
  ResolveCaseRequest,
} from './case-actions.request';
import { CasePageResponse, CaseResponse, WorkloadResponse } from './case.response';
import { ListCasesRequest } from './list-cases.request';
import { OpenCaseRequest } from './open-case.request';

const uuid = new ParseUUIDPipe();
@ApiTags('cases')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CaseCommandService,
    private readonly queries: CaseQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Open a case; its SLA due times follow from the priority (201, Location, ETag)' })
  @ApiCreatedResponse({ type: CaseResponse })
  async open(
    @Body() body: OpenCaseRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const { type, ...rest } = body;
    const result = await this.commands.open(
      { ...rest, caseType: type },
      { metadata: commandMetadataOf(context) },
    );
    reply.header('location', `${request.url.split('?')[0] ?? ''}/${result.case.id}`);
    return withEtag(reply, result);
  }

  @Get()
  @ApiOperation({ summary: 'List cases, newest first, by status, customer, assignee, priority or breach' })
  @ApiOkResponse({ type: CasePageResponse })
  list(
    @Query() query: ListCasesRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<CaseSummary>> {
    const { limit, ...filters } = query;
    return this.queries.list(context.tenantId, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE });
  }

  @Get('workload')
  @ApiOperation({ summary: 'Open and in-progress cases per assignee, with how many breached an SLA' })
  @ApiOkResponse({ type: WorkloadResponse })
  async workload(@CurrentContext() context: RequestContext): Promise<{ items: AssigneeWorkload[] }> {
    return { items: await this.queries.workload(context.tenantId) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A case with its SLA due times, breach flags and comments' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: CaseResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const found = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    reply.header('etag', etagOf(found.version));
    return found;
  }

  @Post(':id/assign')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign (or re-assign) the case; an open case moves to in progress' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CaseResponse })
  async assign(
    @Param('id', uuid) id: string,
    @Body() body: AssignCaseRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    return withEtag(
      reply,
      await this.commands.assign(id, body.assigneeId, commandRequestOf(context, ifMatch)),
    );
  }

  @Post(':id/comments')
  @Idempotent()
  @ApiOperation({ summary: 'Comment; the first public comment is the first response (stops that SLA clock)' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiCreatedResponse({ type: CaseResponse })
  async comment(
    @Param('id', uuid) id: string,
    @Body() body: CommentOnCaseRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const input = { body: body.body, public: body.public ?? true };
    return withEtag(reply, await this.commands.comment(id, input, commandRequestOf(context, ifMatch)));
  }

  @Post(':id/resolve')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve the case (stops the resolution clock)' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CaseResponse })
  async resolve(
    @Param('id', uuid) id: string,
    @Body() body: ResolveCaseRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    return withEtag(
      reply,
      await this.commands.resolve(id, body.resolution, commandRequestOf(context, ifMatch)),
    );
  }

  @Post(':id/close')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close a resolved case with the satisfaction score (409 CASE.NOT_RESOLVED otherwise)',
  })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CaseResponse })
  async close(
    @Param('id', uuid) id: string,
    @Body() body: CloseCaseRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const input = { satisfaction: body.satisfaction, feedback: body.feedback ?? null };
    return withEtag(reply, await this.commands.close(id, input, commandRequestOf(context, ifMatch)));
  }

  @Post(':id/reopen')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a resolved or closed case; the resolution clock starts again' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CaseResponse })
  async reopen(
    @Param('id', uuid) id: string,
    @Body() body: ReopenCaseRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    return withEtag(reply, await this.commands.reopen(id, body.reason, commandRequestOf(context, ifMatch)));
  }
}

function withEtag(reply: FastifyReply, result: CaseCommandResult): CaseView {
  reply.header('etag', etagOf(result.version));
  return result.case;
}
