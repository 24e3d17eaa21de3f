import { randomUUID } from 'node:crypto';
import { MARKETING_EVENTS_TOPIC } from '@crm/contracts';
import { EVENT_STORE, ExpectedVersionConflictError, handleCommand, type EventStore } from '@crm/event-store';
import {
  MESSAGE_CONSUMER,
  type ConsumedMessage,
  type ConsumerSubscription,
  type MessageConsumer,
} from '@crm/messaging';
import {
  Inject,
  Injectable,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { customerStreamId } from '../application/customer-stream';
import { customerDecider } from '../domain';
import { registrationOfConvertedLead } from './register-converted-lead';

export const LEAD_CONVERSION_GROUP = 'crm.customer.lead-conversion';

/**
 * Registers the customer a converted lead became, from `crm.marketing.events.v1` through the
 * MESSAGE_CONSUMER port. The customer id comes with the message, so a redelivery finds the stream
 * already there and does nothing: effectively once without a deduplication table.
 */
@Injectable()
export class LeadConversionConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private subscription: ConsumerSubscription | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Optional() @Inject(MESSAGE_CONSUMER) private readonly consumer?: MessageConsumer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.consumer) return;
    this.subscription = await this.consumer.subscribe({
      topics: [MARKETING_EVENTS_TOPIC],
      groupId: LEAD_CONVERSION_GROUP,
      handler: async (message) => {
        await this.handle(message);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Resolves true when it registered a customer, false for another message or a redelivery. */
  async handle(message: ConsumedMessage): Promise<boolean> {
    const command = registrationOfConvertedLead(message.value);
    if (command === null) return false;
    const { value } = message;
    try {
      await handleCommand(
        this.eventStore,
        customerStreamId(command.data.customerId),
        customerDecider,
        command,
        {
          metadata: {
            tenantId: value.tenantId,
            actor: value.actor,
            correlationId: value.correlationId,
            causationId: value.id,
          },
          occurredAt: value.occurredAt,
          newEventId: randomUUID,
          newStream: true,
        },
      );
      return true;
    } catch (error) {
      if (error instanceof ExpectedVersionConflictError) return false;
      throw error;
    }
  }
}
