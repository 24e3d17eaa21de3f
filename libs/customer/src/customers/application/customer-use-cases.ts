import type { CustomerPatch } from '../domain';
import type { InteractionView } from '../read-models/customer-interactions.projection';
import type { CustomerView } from '../read-models/customer-view';
import type { TimelineEntry } from '../timeline/timeline-entry';
import type {
  AddContactInput,
  CommandRequest,
  CustomerCommandResult,
  LogInteractionInput,
  LogInteractionResult,
  RegisterCustomerInput,
} from './customer-command.service';
import type { CustomerHistoryEntry } from './customer-history';
import type { DuplicatePair } from '../duplicates/duplicate-documents';
import type {
  CustomerDetails,
  CustomerListQuery,
  DuplicateListQuery,
  ListResult,
  PageQuery,
} from './customer-query.service';

/**
 * Port: what the HTTP edge asks of the customer context's write side. Standalone mode binds it to the
 * in-process CustomerCommandService; the distributed gateway binds it to the customer service over TCP.
 */
export abstract class CustomerCommands {
  abstract register(input: RegisterCustomerInput, request: CommandRequest): Promise<CustomerCommandResult>;
  abstract update(
    customerId: string,
    patch: CustomerPatch,
    request: CommandRequest,
  ): Promise<CustomerCommandResult>;
  abstract archive(
    customerId: string,
    reason: string | null,
    request: CommandRequest,
  ): Promise<CustomerCommandResult>;
  abstract addContact(
    customerId: string,
    input: AddContactInput,
    request: CommandRequest,
  ): Promise<CustomerCommandResult>;
  abstract logInteraction(
    customerId: string,
    input: LogInteractionInput,
    request: CommandRequest,
  ): Promise<LogInteractionResult>;
  /** Merges the duplicate into the survivor; answers with the survivor. */
  abstract merge(
    survivorId: string,
    duplicateId: string,
    request: CommandRequest,
  ): Promise<CustomerCommandResult>;
}

/** Port: the customer context's queries, bound like CustomerCommands. */
export abstract class CustomerQueries {
  abstract getById(tenantId: string, customerId: string, minVersion?: number): Promise<CustomerDetails>;
  abstract getAsOf(tenantId: string, customerId: string, asOf: string): Promise<CustomerView>;
  abstract history(tenantId: string, customerId: string): Promise<CustomerHistoryEntry[]>;
  abstract list(tenantId: string, query: CustomerListQuery): Promise<ListResult<CustomerView>>;
  abstract interactionsOf(
    tenantId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<ListResult<InteractionView>>;
  abstract timelineOf(
    tenantId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<ListResult<TimelineEntry>>;
  abstract duplicates(tenantId: string, query: DuplicateListQuery): Promise<ListResult<DuplicatePair>>;
}
