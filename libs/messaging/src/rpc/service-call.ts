import { DomainError } from '@crm/core';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { fromRemoteError, isRemoteError } from './remote-error';

export interface ServiceCallOptions {
  /** Names the service in the 503 detail, e.g. `customer`. */
  readonly serviceName: string;
  readonly timeoutMs: number;
}

/**
 * One request/response round trip to a context service: its typed errors come back as the same
 * errors; an unreachable or silent service becomes 503 SERVICE.UNAVAILABLE, never a 500.
 */
export async function callService<Result>(
  client: ClientProxy,
  pattern: string,
  payload: unknown,
  options: ServiceCallOptions,
): Promise<Result> {
  try {
    return await firstValueFrom(client.send<Result>(pattern, payload).pipe(timeout(options.timeoutMs)));
  } catch (error) {
    if (error instanceof TimeoutError)
      throw unavailable(options.serviceName, `did not answer within ${options.timeoutMs} ms`);
    if (isRemoteError(error)) throw fromRemoteError(error);
    // Anything else is the transport failing (refused, reset, closed mid-request): the service is
    // unreachable for now. A command in flight may or may not have been applied; its retry decides.
    throw unavailable(options.serviceName, 'is not reachable');
  }
}

function unavailable(serviceName: string, reason: string): DomainError {
  return new DomainError(
    'SERVICE.UNAVAILABLE',
    'unavailable',
    `The ${serviceName} service ${reason}; retry shortly.`,
  );
}
