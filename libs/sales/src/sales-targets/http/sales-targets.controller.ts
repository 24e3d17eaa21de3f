import {
  commandMetadataOf,
  CurrentContext,
  etagOf,
  Idempotent,
  type RequestContext,
  pathOf,
} from '@crm/http';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SalesTargetService, type SalesTargetView } from '../application/sales-target.service';
import { SalesTargetResponse } from './sales-target.response';
import { SetSalesTargetRequest } from './set-sales-target.request';

const uuid = new ParseUUIDPipe();

@ApiTags('sales-targets')
@ApiBearerAuth()
@Controller('sales-targets')
export class SalesTargetsController {
  constructor(private readonly targets: SalesTargetService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Set a sales target for an owner and a period (or a month)' })
  @ApiCreatedResponse({ type: SalesTargetResponse })
  async set(
    @Body() body: SetSalesTargetRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SalesTargetView> {
    const target = await this.targets.set(body, { metadata: commandMetadataOf(context) });
    reply.header('location', `${pathOf(request.url)}/${target.id}`).header('etag', etagOf(target.version));
    return target;
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A sales target with its attainment from paid orders (not cancelled or returned)',
  })
  @ApiOkResponse({ type: SalesTargetResponse })
  async get(
    @Param('id', uuid) id: string,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SalesTargetView> {
    const target = await this.targets.get(context.tenantId, id);
    reply.header('etag', etagOf(target.version));
    return target;
  }
}
