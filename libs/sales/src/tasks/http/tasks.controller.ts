import {
  commandMetadataOf,
  CurrentContext,
  etagOf,
  Idempotent,
  type RequestContext,
  commandRequestOf,
  IF_MATCH_HEADER,
  pageQueryOf,
  pathOf,
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
import type { ListResult } from '../../shared/application/sales-requests';
import { TaskService } from '../application/task.service';
import type { TaskView } from '../read-models/task-list.projection';
import { CreateTaskRequest, ListTasksRequest, TaskPageResponse, TaskResponse } from './task.request';

const uuid = new ParseUUIDPipe();

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a task for a salesperson, optionally about a customer, deal or order' })
  @ApiCreatedResponse({ type: TaskResponse })
  async create(
    @Body() body: CreateTaskRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskView> {
    const result = await this.tasks.create(body, { metadata: commandMetadataOf(context) });
    reply
      .header('location', `${pathOf(request.url)}/${result.view.id}`)
      .header('etag', etagOf(result.version));
    return result.view;
  }

  @Get()
  @ApiOperation({ summary: 'Tasks, soonest due first, by assignee, done flag or due date' })
  @ApiOkResponse({ type: TaskPageResponse })
  list(
    @Query() query: ListTasksRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<TaskView>> {
    return this.tasks.list(context.tenantId, {
      ...pageQueryOf(query),
      assigneeId: query.assigneeId,
      done: query.done,
      dueBefore: query.due_before,
    });
  }

  @Post(':id/done')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a task done (422 TASK.ALREADY_DONE the second time)' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: TaskResponse })
  async done(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskView> {
    const result = await this.tasks.complete(id, commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.view;
  }
}
