import type { CommandMetadata } from '@crm/contracts';
import {
  aggregateStreamAt,
  EVENT_STORE,
  handleCommand,
  newId,
  StreamVersionMismatchError,
  type EventStore,
} from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import {
  customerDecider,
  customerEventOf,
  type AbsorbDuplicate,
  type AddContact,
  type CustomerCommand,
  type CustomerState,
  type CustomerPatch,
  type InteractionLogged,
  type LogInteraction,
  type RegisterCustomer,
} from '../domain';
import { interactionViewOf, type InteractionView } from '../read-models/customer-interactions.projection';
import { customerViewOf, type CustomerView } from '../read-models/customer-view';
import { CUSTOMER_SETTINGS, type CustomerSettings } from './customer-settings';
import { customerStreamId } from './customer-stream';
import type { CustomerCommands } from './customer-use-cases';

/** Who asks, and (If-Match) which version they saw. */
export interface CommandRequest {
  readonly metadata: CommandMetadata;
  readonly expectedVersion?: number;
}

export interface CustomerCommandResult {
  readonly customer: CustomerView;
  /** Stream version after the command: the ETag. */
  readonly version: number;
  /** Events this command appended; 0 for a patch that changed nothing. */
  readonly appended: number;
}

export interface LogInteractionResult extends CustomerCommandResult {
  readonly interaction: InteractionView;
}

type Without<Data, Keys extends keyof Data> = Omit<
  Data,
  Keys | 'tenantId' | 'customerId' | 'defaultPhoneRegion'
>;
export type RegisterCustomerInput = Without<RegisterCustomer['data'], 'registeredAt'>;
export type AddContactInput = Without<AddContact['data'], 'contactId'>;
export type LogInteractionInput = Without<LogInteraction['data'], 'interactionId' | 'loggedAt'>;

/** Load, decide, append for every customer command. Ids and time are minted here, never in the domain. */
@Injectable()
export class CustomerCommandService implements CustomerCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CUSTOMER_SETTINGS) private readonly settings: CustomerSettings,
  ) {}

  register(input: RegisterCustomerInput, request: CommandRequest): Promise<CustomerCommandResult> {
    return this.registerAs(newId(), input, request);
  }

  /**
   * Registers under an id the caller chose (an import's name-based id). The stream must not exist:
   * if it does, ExpectedVersionConflictError, and nothing is appended.
   */
  registerAs(
    customerId: string,
    input: RegisterCustomerInput,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    const now = new Date().toISOString();
    const data = { ...input, ...this.scope(customerId, request), registeredAt: now };
    return this.execute({ type: 'RegisterCustomer', data }, request, now, { newStream: true });
  }

  /** Whether the customer's stream holds any event. */
  async exists(customerId: string): Promise<boolean> {
    const first = await this.eventStore.readStream(customerStreamId(customerId), { toVersion: 1 });
    return first.length > 0;
  }

  update(customerId: string, patch: CustomerPatch, request: CommandRequest): Promise<CustomerCommandResult> {
    return this.execute(
      { type: 'UpdateCustomer', data: { ...this.scope(customerId, request), patch } },
      request,
    );
  }

  archive(
    customerId: string,
    reason: string | null,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    const now = new Date().toISOString();
    const data = { ...this.scope(customerId, request), reason, archivedAt: now };
    return this.execute({ type: 'ArchiveCustomer', data }, request, now);
  }

  addContact(
    customerId: string,
    input: AddContactInput,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    const data = { ...input, ...this.scope(customerId, request), contactId: newId() };
    return this.execute({ type: 'AddContact', data }, request);
  }

  async logInteraction(
    customerId: string,
    input: LogInteractionInput,
    request: CommandRequest,
  ): Promise<LogInteractionResult> {
    const now = new Date().toISOString();
    const interactionId = newId();
    const data = { ...input, ...this.scope(customerId, request), interactionId, loggedAt: now };
    const result = await this.execute({ type: 'LogInteraction', data }, request, now);
    const logged = result.events
      .map((event) => customerEventOf(event))
      .find((event): event is InteractionLogged => event?.type === 'customer.InteractionLogged');
    if (!logged) throw new Error(`LogInteraction on ${customerId} appended no InteractionLogged event`);
    const interaction = interactionViewOf(logged.data, now, request.metadata.actor);
    return { customer: result.customer, version: result.version, appended: result.appended, interaction };
  }

  /**
   * Merges `duplicateId` into `survivorId` across two streams (docs/decisions/0025): checks both
   * before writing anything, marks the duplicate first, then records the lineage on the survivor.
   * Each step is idempotent, so re-sending a merge that stopped half-way completes it.
   */
  async merge(
    survivorId: string,
    duplicateId: string,
    request: CommandRequest,
  ): Promise<CustomerCommandResult> {
    const now = new Date().toISOString();
    const { tenantId } = request.metadata;
    const absorb = (duplicate: CustomerState): AbsorbDuplicate => ({
      type: 'AbsorbDuplicate',
      data: { tenantId, customerId: survivorId, duplicateId, duplicate, mergedAt: now },
    });
    const [survivor, duplicate] = await Promise.all([this.load(survivorId), this.load(duplicateId)]);
    if (request.expectedVersion !== undefined && request.expectedVersion !== survivor.version)
      throw new StreamVersionMismatchError(
        customerStreamId(survivorId),
        request.expectedVersion,
        survivor.version,
      );
    customerDecider.decide(absorb(duplicate.state), survivor.state);
    const marked = await handleCommand(
      this.eventStore,
      customerStreamId(duplicateId),
      customerDecider,
      { type: 'MergeIntoSurvivor', data: { tenantId, customerId: duplicateId, survivorId, mergedAt: now } },
      { metadata: request.metadata, occurredAt: now, newEventId: newId },
    );
    return this.execute(absorb(marked.newState), request, now);
  }

  private load(customerId: string) {
    return aggregateStreamAt(this.eventStore, customerStreamId(customerId), customerDecider, {});
  }

  private scope(customerId: string, request: CommandRequest) {
    const { defaultPhoneRegion } = this.settings;
    return {
      tenantId: request.metadata.tenantId,
      customerId,
      ...(defaultPhoneRegion ? { defaultPhoneRegion } : {}),
    };
  }

  private async execute(
    command: CustomerCommand,
    request: CommandRequest,
    now = new Date().toISOString(),
    stream: { readonly newStream?: boolean } = {},
  ) {
    const result = await handleCommand(
      this.eventStore,
      customerStreamId(command.data.customerId),
      customerDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: newId,
        ...stream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const customer = customerViewOf(result.newState, result.nextExpectedVersion);
    // Every command either registers the customer or throws NOT_FOUND first, so a view always exists.
    if (customer === null)
      throw new Error(`Customer ${command.data.customerId} has no state after ${command.type}`);
    return {
      customer,
      version: result.nextExpectedVersion,
      appended: result.newEvents.length,
      events: result.newEvents,
    };
  }
}
