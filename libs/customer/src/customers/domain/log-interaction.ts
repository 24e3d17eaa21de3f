import type { LogInteraction } from './customer.commands';
import { CustomerError } from './customer.errors';
import type { CustomerEvent } from './customer.events';
import { activeCustomer } from './customer-guards';
import type { CustomerState } from './customer.state';
import { normalizeOptionalText, normalizeText } from './text';

// Client clocks drift; an interaction a few minutes "ahead" of the server is still plausible.
const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_SUBJECT_LENGTH = 200;
const MAX_NOTES_LENGTH = 10_000;
const MAX_OUTCOME_LENGTH = 500;

export function logInteraction(command: LogInteraction, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, interactionId, channel, direction, loggedAt } = command.data;
  activeCustomer(state, tenantId, customerId);
  const occurredAt = Date.parse(command.data.occurredAt);
  if (Number.isNaN(occurredAt)) {
    throw new CustomerError(
      'CUSTOMER.INVALID_OCCURRED_AT',
      `${command.data.occurredAt} is not an ISO-8601 instant`,
      'occurredAt',
    );
  }
  if (occurredAt > Date.parse(loggedAt) + ALLOWED_CLOCK_SKEW_MS) {
    throw new CustomerError(
      'CUSTOMER.INTERACTION_IN_FUTURE',
      'An interaction cannot be logged before it happens',
      'occurredAt',
    );
  }
  return [
    {
      type: 'customer.InteractionLogged',
      data: {
        customerId,
        interactionId,
        channel,
        direction,
        subject: normalizeText(command.data.subject, 'subject', MAX_SUBJECT_LENGTH),
        notes: normalizeOptionalText(command.data.notes, 'notes', MAX_NOTES_LENGTH),
        outcome: normalizeOptionalText(command.data.outcome, 'outcome', MAX_OUTCOME_LENGTH),
        occurredAt: new Date(occurredAt).toISOString(),
      },
    },
  ];
}
