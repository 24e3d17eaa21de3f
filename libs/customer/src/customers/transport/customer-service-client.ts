import { DomainError } from '@crm/core';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { fromRemoteError, isRemoteError } from './remote-error';

/** Nest injection token of the TCP ClientProxy that reaches the customer service. */
export const CUSTOMER_SERVICE_CLIENT = Symbol('CustomerServiceClient');

/**
 * One request/response round trip to the customer service: its typed errors come back as the same
 * errors; an unreachable or silent service becomes 503 SERVICE.UNAVAILABLE, never a 500.
 */
export async function sendToCustomerService<Result>(
  client: ClientProxy,
  pattern: string,
  payload: unknown,
  timeoutMs: number,
): Promise<Result> {
  try {
    return await firstValueFrom(client.send<Result>(pattern, payload).pipe(timeout(timeoutMs)));
  } catch (error) {
    if (error instanceof TimeoutError) throw unavailable(`did not answer within ${timeoutMs} ms`);
    if (isRemoteError(error)) throw fromRemoteError(error);
    // Anything else is the transport failing (refused, reset, closed mid-request): the service is
    // unreachable for now. A command in flight may or may not have been applied; its retry decides.
    throw unavailable('is not reachable');
  }
}

function unavailable(reason: string): DomainError {
  return new DomainError(
    'SERVICE.UNAVAILABLE',
    'unavailable',
    `The customer service ${reason}; retry shortly.`,
  );
}
