import {
  commandMetadataOf,
  CurrentContext,
  etagOf,
  Idempotent,
  PageRequest,
  parseMinVersion,
  type RequestContext,
  IF_MATCH_HEADER,
  MIN_VERSION_HEADER,
  commandRequestOf,
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
  Patch,
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
import type { CustomerHistoryEntry } from '../application/customer-history';
import type { CustomerDetails, ListResult } from '../application/customer-query.service';
import type { DuplicatePair } from '../duplicates/duplicate-documents';
import { ListDuplicatesRequest } from './duplicates.request';
import { DuplicatePairPageResponse } from './duplicates.response';
import { MergeCustomerRequest } from './merge-customer.request';
import { CustomerCommands, CustomerQueries } from '../application/customer-use-cases';
import type { InteractionView } from '../read-models/customer-interactions.projection';
import type { TimelineEntry } from '../timeline/timeline-entry';
import { CustomerDetailsResponse, TimelinePageResponse } from './customer-360.response';
import type { CustomerView } from '../read-models/customer-view';
import { AddContactRequest } from './add-contact.request';
import {
  CustomerPageResponse,
  CustomerResponse,
  HistoryEntryResponse,
  InteractionPageResponse,
  InteractionResponse,
} from './customer.response';
import { ArchiveCustomerRequest } from './archive-customer.request';
import { GetCustomerRequest, ListCustomersRequest } from './customer-queries.request';
import { listQueryOf, patchOf, registerInputOf } from './customer-request.mapping';
import { LogInteractionRequest } from './log-interaction.request';
import { RegisterCustomerRequest } from './register-customer.request';
import { UpdateCustomerRequest } from './update-customer.request';

const uuid = new ParseUUIDPipe();
@ApiTags('customers')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly commands: CustomerCommands,
    private readonly queries: CustomerQueries,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Register a customer (201, Location, ETag)' })
  @ApiCreatedResponse({ type: CustomerResponse })
  async register(
    @Body() body: RegisterCustomerRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const result = await this.commands.register(registerInputOf(body), {
      metadata: commandMetadataOf(context),
    });
    reply
      .header('location', `${pathOf(request.url)}/${result.customer.id}`)
      .header('etag', etagOf(result.version));
    return result.customer;
  }

  @Get()
  @ApiOperation({ summary: 'Search and filter customers, by name; archived ones only on request' })
  @ApiOkResponse({ type: CustomerPageResponse })
  list(
    @Query() query: ListCustomersRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<CustomerView>> {
    return this.queries.list(context.tenantId, listQueryOf(query));
  }

  // Declared before ':id' so that the static path is never read as an id.
  @Get('duplicates')
  @ApiOperation({ summary: 'Likely duplicate pairs (same email, same phone, similar name in one city)' })
  @ApiOkResponse({ type: DuplicatePairPageResponse })
  duplicates(
    @Query() query: ListDuplicatesRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<DuplicatePair>> {
    const { reason, customerId } = query;
    return this.queries.duplicates(context.tenantId, { ...pageQueryOf(query), reason, customerId });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A customer, now (read model) or as of an instant (folded from its events)' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: CustomerDetailsResponse })
  async get(
    @Param('id', uuid) id: string,
    @Query() query: GetCustomerRequest,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView | CustomerDetails> {
    const customer =
      query.asOf === undefined
        ? await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion))
        : await this.queries.getAsOf(context.tenantId, id, query.asOf);
    reply.header('etag', etagOf(customer.version));
    return customer;
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change profile, status or owner; only real changes become events' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CustomerResponse })
  async update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateCustomerRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const result = await this.commands.update(id, patchOf(body), commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.customer;
  }

  @Post(':id/archive')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a customer; it accepts no further commands' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CustomerResponse })
  async archive(
    @Param('id', uuid) id: string,
    @Body() body: ArchiveCustomerRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const result = await this.commands.archive(id, body.reason ?? null, commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.customer;
  }

  @Post(':id/merge')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge a duplicate into this customer: its history counts here, it becomes read-only',
  })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: CustomerResponse })
  async merge(
    @Param('id', uuid) id: string,
    @Body() body: MergeCustomerRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const result = await this.commands.merge(id, body.duplicateId, commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.customer;
  }

  @Post(':id/contacts')
  @Idempotent()
  @ApiOperation({ summary: 'Add a contact person to a company; returns the customer' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiCreatedResponse({ type: CustomerResponse })
  async addContact(
    @Param('id', uuid) id: string,
    @Body() body: AddContactRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const result = await this.commands.addContact(id, body, commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.customer;
  }

  @Post(':id/interactions')
  @Idempotent()
  @ApiOperation({ summary: 'Log a conversation with the customer; returns the logged interaction' })
  @ApiCreatedResponse({ type: InteractionResponse })
  async logInteraction(
    @Param('id', uuid) id: string,
    @Body() body: LogInteractionRequest,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InteractionView> {
    const result = await this.commands.logInteraction(id, body, { metadata: commandMetadataOf(context) });
    reply.header('etag', etagOf(result.version));
    return result.interaction;
  }

  @Get(':id/interactions')
  @ApiOperation({ summary: 'The communication log of a customer, newest first' })
  @ApiOkResponse({ type: InteractionPageResponse })
  interactions(
    @Param('id', uuid) id: string,
    @Query() page: PageRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<InteractionView>> {
    return this.queries.interactionsOf(context.tenantId, id, pageQueryOf(page));
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: 'Customer 360: interactions, orders, opportunities, cases and campaign responses, newest first',
  })
  @ApiOkResponse({ type: TimelinePageResponse })
  timeline(
    @Param('id', uuid) id: string,
    @Query() page: PageRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<TimelineEntry>> {
    return this.queries.timelineOf(context.tenantId, id, pageQueryOf(page));
  }

  @Get(':id/history')
  @ApiOperation({ summary: "The customer's events, oldest first, with actor and changes" })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  history(
    @Param('id', uuid) id: string,
    @CurrentContext() context: RequestContext,
  ): Promise<CustomerHistoryEntry[]> {
    return this.queries.history(context.tenantId, id);
  }
}
