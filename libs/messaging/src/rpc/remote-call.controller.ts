import type { RemoteCall } from '@crm/contracts';
import { Controller, Inject, type Type, UseFilters } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { argumentsOf } from './remote-call';
import { RemoteErrorFilter } from './remote-error.filter';
import { type RemoteServiceCatalog, serviceIn } from './remote-service-catalog';

/**
 * The service side of a context's `call` pattern: runs an allow-listed method of an application
 * service of this process and answers with its result as JSON. Anything outside the list is refused.
 */
export function remoteCallController(pattern: string, catalog: RemoteServiceCatalog): Type<unknown> {
  @Controller()
  @UseFilters(RemoteErrorFilter)
  class RemoteCallController {
    constructor(@Inject(ModuleRef) private readonly modules: ModuleRef) {}

    @MessagePattern(pattern)
    call(@Payload() call: RemoteCall): Promise<unknown> {
      const service = serviceIn(catalog, call.service);
      if (!service?.methods.includes(call.method))
        throw new Error(`${pattern}: ${call.service}.${call.method} is not offered`);
      const instance = this.modules.get<unknown, Record<string, unknown>>(service.token, { strict: false });
      const method = instance[call.method] as (...args: unknown[]) => Promise<unknown>;
      return method.apply(instance, argumentsOf(call));
    }
  }
  return RemoteCallController;
}
