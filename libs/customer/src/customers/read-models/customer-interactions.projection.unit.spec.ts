import { projectionSpec } from '@crm/testing';
import { customerStreamId } from '../application/customer-stream';
import { CUSTOMER_ID } from '../domain/customer.builders';
import { customerInteractionsProjection } from './customer-interactions.projection';

const streamId = customerStreamId(CUSTOMER_ID);

describe('customerInteractionsProjection', () => {
  const spec = projectionSpec(customerInteractionsProjection);

  it('keeps one entry per logged interaction with who logged it and when', () => {
    const logged = {
      customerId: CUSTOMER_ID,
      interactionId: 'interaction-1',
      channel: 'meeting',
      direction: 'outbound',
      subject: 'Quarterly review',
      notes: 'Budget approved',
      outcome: 'Order expected',
      occurredAt: '2025-02-01T10:00:00.000Z',
    };
    spec
      .given(
        { type: 'customer.CustomerRegistered', streamId, data: { customerId: CUSTOMER_ID } },
        {
          type: 'customer.InteractionLogged',
          streamId,
          data: logged,
          occurredAt: '2025-02-01T12:00:00.000Z',
          actor: 'user-9',
        },
      )
      .then([
        {
          id: 'interaction-1',
          data: {
            id: 'interaction-1',
            customerId: CUSTOMER_ID,
            channel: 'meeting',
            direction: 'outbound',
            subject: 'Quarterly review',
            notes: 'Budget approved',
            outcome: 'Order expected',
            occurredAt: '2025-02-01T10:00:00.000Z',
            loggedAt: '2025-02-01T12:00:00.000Z',
            loggedBy: 'user-9',
          },
        },
      ]);
  });
});
