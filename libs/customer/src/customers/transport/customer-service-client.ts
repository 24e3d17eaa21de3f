import { DomainError } from '@crm/core';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { fromRemoteError } from './remote-error';

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
    if (isConnectionError(error)) throw unavailable('is not reachable');
    throw fromRemoteError(error);
  }
}

function unavailable(reason: string): DomainError {
  return new DomainError(
    'SERVICE.UNAVAILABLE',
    'unavailable',
    `The customer service ${reason}; retry shortly.`,
  );
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CONNECTION_ERROR_CODES.has(code);
}
