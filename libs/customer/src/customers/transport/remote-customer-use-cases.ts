import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
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
import { CUSTOMER_SERVICE_CLIENT, sendToCustomerService } from './customer-service-client';

/** Commands answer within 10 s or fail as unavailable; X-Min-Version reads wait up to 2 s in the service. */
const TIMEOUT_MS = 10_000;

/** CustomerCommands over TCP: the distributed gateway's binding. */
@Injectable()
export class RemoteCustomerCommands extends CustomerCommands {
  constructor(@Inject(CUSTOMER_SERVICE_CLIENT) private readonly client: ClientProxy) {
    super();
  }

  register(input: RegisterCustomerInput, request: CommandRequest): Promise<CustomerCommandResult> {
    return this.send(CUSTOMER_PATTERNS.register, { input, request });
  }

  update(customerId: string, patch: CustomerPatch, request: CommandRequest): Promise<CustomerCommandResult> {
    return this.send(CUSTOMER_PATTERNS.update, { customerId, patch, request });
  }

  archive(
    customerId: string,
    reason: string | null,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    return this.send(CUSTOMER_PATTERNS.archive, { customerId, reason, request });
  }

  addContact(
    customerId: string,
    input: AddContactInput,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    return this.send(CUSTOMER_PATTERNS.addContact, { customerId, input, request });
  }

  logInteraction(
    customerId: string,
    input: LogInteractionInput,
    request: CommandRequest,
  ): Promise<LogInteractionResult> {
    return this.send(CUSTOMER_PATTERNS.logInteraction, { customerId, input, request });
  }

  merge(survivorId: string, duplicateId: string, request: CommandRequest): Promise<CustomerCommandResult> {
    return this.send(CUSTOMER_PATTERNS.merge, { survivorId, duplicateId, request });
  }

  private send<Result>(pattern: string, payload: unknown): Promise<Result> {
    return sendToCustomerService(this.client, pattern, payload, TIMEOUT_MS);
  }
}

/** CustomerQueries over TCP. */
@Injectable()
export class RemoteCustomerQueries extends CustomerQueries {
  constructor(@Inject(CUSTOMER_SERVICE_CLIENT) private readonly client: ClientProxy) {
    super();
  }

  getById(tenantId: string, customerId: string, minVersion?: number): Promise<CustomerDetails> {
    return this.send(CUSTOMER_PATTERNS.getById, { tenantId, customerId, minVersion });
  }

  getAsOf(tenantId: string, customerId: string, asOf: string): Promise<CustomerView> {
    return this.send(CUSTOMER_PATTERNS.getAsOf, { tenantId, customerId, asOf });
  }

  history(tenantId: string, customerId: string): Promise<CustomerHistoryEntry[]> {
    return this.send(CUSTOMER_PATTERNS.history, { tenantId, customerId });
  }

  list(tenantId: string, query: CustomerListQuery): Promise<ListResult<CustomerView>> {
    return this.send(CUSTOMER_PATTERNS.list, { tenantId, query });
  }

  interactionsOf(
    tenantId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<ListResult<InteractionView>> {
    return this.send(CUSTOMER_PATTERNS.interactionsOf, { tenantId, customerId, query });
  }

  timelineOf(tenantId: string, customerId: string, query: PageQuery): Promise<ListResult<TimelineEntry>> {
    return this.send(CUSTOMER_PATTERNS.timelineOf, { tenantId, customerId, query });
  }

  duplicates(tenantId: string, query: DuplicateListQuery): Promise<ListResult<DuplicatePair>> {
    return this.send(CUSTOMER_PATTERNS.duplicates, { tenantId, query });
  }

  private send<Result>(pattern: string, payload: unknown): Promise<Result> {
    return sendToCustomerService(this.client, pattern, payload, TIMEOUT_MS);
  }
}
