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
import type { ListResult } from '../../shared/application/sales-requests';
import { OrderCommandService } from '../application/order-command.service';
import { OrderQueryService } from '../application/order-query.service';
import type { OrderView } from '../read-models/order-view';
import { OrderPageResponse, OrderResponse } from './order.response';
import { ListOrdersRequest } from './order-queries.request';
import { OrderReasonRequest, PlaceOrderRequest } from './place-order.request';

const uuid = new ParseUUIDPipe();
const TRANSITIONS = {
  pay: 'Pay a placed order',
  ship: 'Ship a paid order',
  cancel: 'Cancel a placed or paid order (a paid one is refunded: wasPaid)',
  return: 'Take a shipped order back',
} as const;

@ApiTags('orders')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly commands: OrderCommandService,
    private readonly queries: OrderQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Place an order; lines are priced from the catalogue unless a unit price is given',
  })
  @ApiCreatedResponse({ type: OrderResponse })
  async place(
    @Body() body: PlaceOrderRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    const result = await this.commands.place(body, { metadata: commandMetadataOf(context) });
    reply
      .header('location', `${pathOf(request.url)}/${result.view.id}`)
      .header('etag', etagOf(result.version));
    return result.view;
  }

  @Get()
  @ApiOperation({ summary: 'Orders, newest first, by customer, status or channel' })
  @ApiOkResponse({ type: OrderPageResponse })
  list(
    @Query() query: ListOrdersRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<OrderView>> {
    return this.queries.list(context.tenantId, {
      ...pageQueryOf(query),
      customerId: query.customerId,
      status: query.status,
      channel: query.channel,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'An order with its lines and totals' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: OrderResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    const order = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    reply.header('etag', etagOf(order.version));
    return order;
  }

  @Post(':id/pay')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: TRANSITIONS.pay })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OrderResponse })
  pay(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    return this.transition(id, 'pay', null, commandRequestOf(context, ifMatch), reply);
  }

  @Post(':id/ship')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: TRANSITIONS.ship })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OrderResponse })
  ship(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    return this.transition(id, 'ship', null, commandRequestOf(context, ifMatch), reply);
  }

  @Post(':id/cancel')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: TRANSITIONS.cancel })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OrderResponse })
  cancel(
    @Param('id', uuid) id: string,
    @Body() body: OrderReasonRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    return this.transition(id, 'cancel', body.reason ?? null, commandRequestOf(context, ifMatch), reply);
  }

  @Post(':id/return')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: TRANSITIONS.return })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: OrderResponse })
  returnOrder(
    @Param('id', uuid) id: string,
    @Body() body: OrderReasonRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    return this.transition(id, 'return', body.reason ?? null, commandRequestOf(context, ifMatch), reply);
  }

  private async transition(
    id: string,
    transition: keyof typeof TRANSITIONS,
    reason: string | null,
    request: ReturnType<typeof commandRequestOf>,
    reply: FastifyReply,
  ): Promise<OrderView> {
    const result = await this.commands.transition(id, transition, reason, request);
    reply.header('etag', etagOf(result.version));
    return result.view;
  }
}
