import type { CommandMetadata } from '@crm/contracts';
import { EVENT_STORE, handleCommand, newId, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import {
  customerDecider,
  customerEventOf,
  type AddContact,
  type CustomerCommand,
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
