import { callService } from '@crm/messaging';
import type { ClientProxy } from '@nestjs/microservices';

/** Nest injection token of the TCP ClientProxy that reaches the customer service. */
export const CUSTOMER_SERVICE_CLIENT = Symbol('CustomerServiceClient');

/** One round trip to the customer service (typed errors back, 503 when it is unreachable). */
export function sendToCustomerService<Result>(
  client: ClientProxy,
  pattern: string,
  payload: unknown,
  timeoutMs: number,
): Promise<Result> {
  return callService(client, pattern, payload, { serviceName: 'customer', timeoutMs });
}
