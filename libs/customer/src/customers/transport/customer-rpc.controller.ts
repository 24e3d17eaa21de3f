import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { RemoteErrorFilter } from '@crm/messaging';
import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type {
  AddContactInput,
  CommandRequest,
  CustomerCommandResult,
  LogInteractionInput,
  LogInteractionResult,
  RegisterCustomerInput,
} from '../application/customer-command.service';
import type { CustomerHistoryEntry } from '../application/customer-history';
import type {
  CustomerDetails,
  CustomerListQuery,
  DuplicateListQuery,
  ListResult,
  PageQuery,
} from '../application/customer-query.service';
import { CustomerCommands, CustomerQueries } from '../application/customer-use-cases';
import type { CustomerPatch } from '../domain';
import type { InteractionView } from '../read-models/customer-interactions.projection';
import type { CustomerView } from '../read-models/customer-view';
import type { DuplicatePair } from '../duplicates/duplicate-documents';
import type { TimelineEntry } from '../timeline/timeline-entry';

/** The customer service's TCP face: one message pattern per use case, results as plain JSON. */
@Controller()
@UseFilters(RemoteErrorFilter)
export class CustomerRpcController {
  constructor(
    private readonly commands: CustomerCommands,
    private readonly queries: CustomerQueries,
  ) {}

  @MessagePattern(CUSTOMER_PATTERNS.register)
  async register(
    @Payload() { input, request }: { input: RegisterCustomerInput; request: CommandRequest },
  ): Promise<CustomerCommandResult> {
    return commandResultOf(await this.commands.register(input, request));
  }

  @MessagePattern(CUSTOMER_PATTERNS.update)
  async update(
    @Payload() message: { customerId: string; patch: CustomerPatch; request: CommandRequest },
  ): Promise<CustomerCommandResult> {
    return commandResultOf(await this.commands.update(message.customerId, message.patch, message.request));
  }

  @MessagePattern(CUSTOMER_PATTERNS.archive)
  async archive(
    @Payload() message: { customerId: string; reason: string | null; request: CommandRequest },
  ): Promise<CustomerCommandResult> {
    return commandResultOf(await this.commands.archive(message.customerId, message.reason, message.request));
  }

  @MessagePattern(CUSTOMER_PATTERNS.addContact)
  async addContact(
    @Payload() message: { customerId: string; input: AddContactInput; request: CommandRequest },
  ): Promise<CustomerCommandResult> {
    return commandResultOf(
      await this.commands.addContact(message.customerId, message.input, message.request),
    );
  }

  @MessagePattern(CUSTOMER_PATTERNS.logInteraction)
  async logInteraction(
    @Payload() message: { customerId: string; input: LogInteractionInput; request: CommandRequest },
  ): Promise<LogInteractionResult> {
    const result = await this.commands.logInteraction(message.customerId, message.input, message.request);
    return { ...commandResultOf(result), interaction: result.interaction };
  }

  @MessagePattern(CUSTOMER_PATTERNS.merge)
  async merge(
    @Payload() message: { survivorId: string; duplicateId: string; request: CommandRequest },
  ): Promise<CustomerCommandResult> {
    return commandResultOf(
      await this.commands.merge(message.survivorId, message.duplicateId, message.request),
    );
  }

  @MessagePattern(CUSTOMER_PATTERNS.getById)
  getById(
    @Payload() message: { tenantId: string; customerId: string; minVersion?: number },
  ): Promise<CustomerDetails> {
    return this.queries.getById(message.tenantId, message.customerId, message.minVersion);
  }

  @MessagePattern(CUSTOMER_PATTERNS.getAsOf)
  getAsOf(@Payload() message: { tenantId: string; customerId: string; asOf: string }): Promise<CustomerView> {
    return this.queries.getAsOf(message.tenantId, message.customerId, message.asOf);
  }

  @MessagePattern(CUSTOMER_PATTERNS.history)
  history(@Payload() message: { tenantId: string; customerId: string }): Promise<CustomerHistoryEntry[]> {
    return this.queries.history(message.tenantId, message.customerId);
  }

  @MessagePattern(CUSTOMER_PATTERNS.list)
  list(
    @Payload() message: { tenantId: string; query: CustomerListQuery },
  ): Promise<ListResult<CustomerView>> {
    return this.queries.list(message.tenantId, message.query);
  }

  @MessagePattern(CUSTOMER_PATTERNS.interactionsOf)
  interactionsOf(
    @Payload() message: { tenantId: string; customerId: string; query: PageQuery },
  ): Promise<ListResult<InteractionView>> {
    return this.queries.interactionsOf(message.tenantId, message.customerId, message.query);
  }

  @MessagePattern(CUSTOMER_PATTERNS.timelineOf)
  timelineOf(
    @Payload() message: { tenantId: string; customerId: string; query: PageQuery },
  ): Promise<ListResult<TimelineEntry>> {
    return this.queries.timelineOf(message.tenantId, message.customerId, message.query);
  }

  @MessagePattern(CUSTOMER_PATTERNS.duplicates)
  duplicates(
    @Payload() message: { tenantId: string; query: DuplicateListQuery },
  ): Promise<ListResult<DuplicatePair>> {
    return this.queries.duplicates(message.tenantId, message.query);
  }
}

// The service returns more than the port promises (the appended envelopes, with bigint positions).
function commandResultOf(result: CustomerCommandResult): CustomerCommandResult {
  return { customer: result.customer, version: result.version, appended: result.appended };
}
