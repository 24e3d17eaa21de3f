import type { ContextPatterns } from '@crm/contracts';
import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { type ClientProxy, ClientsModule, Transport } from '@nestjs/microservices';
import { RpcContextSerializer } from '@crm/observability';
import { encodeCall } from './remote-call';
import type { RemoteServiceCatalog } from './remote-service-catalog';
import { callService, type ServiceCallOptions } from './service-call';

export interface ServiceAddress {
  readonly host: string;
  readonly port: number;
}

/** What the gateway needs to know to serve a context's HTTP endpoints from the context's service. */
export interface RemoteContext {
  /** Names the service in errors, e.g. `sales`. */
  readonly context: string;
  readonly patterns: ContextPatterns;
  readonly catalog: RemoteServiceCatalog;
  /** Token of the TCP ClientProxy, also for the gateway's readiness probe. */
  readonly clientToken: symbol;
  /** The context's HTTP controllers: the same classes as in standalone mode. */
  readonly controllers: readonly Type<unknown>[];
}

/** A context's remote description, with a client token of its own (`<context>ServiceClient`). */
export function remoteContext(description: Omit<RemoteContext, 'clientToken'>): RemoteContext {
  return { ...description, clientToken: Symbol(`${description.context}ServiceClient`) };
}

/** Commands answer within 10 s or fail as unavailable; X-Min-Version reads wait up to 2 s in the service. */
const TIMEOUT_MS = 10_000;

/**
 * The distributed gateway's half of a context: its HTTP controllers, with every application service
 * in the catalog bound to a stand-in that sends the call to the context's service over TCP.
 */
@Module({})
export class RemoteContextModule {
  static forService(remote: RemoteContext, address: ServiceAddress): DynamicModule {
    const options: ServiceCallOptions = { serviceName: remote.context, timeoutMs: TIMEOUT_MS };
    const providers: Provider[] = Object.entries(remote.catalog).map(([name, service]) => ({
      provide: service.token,
      inject: [remote.clientToken],
      useFactory: (client: ClientProxy) =>
        Object.fromEntries(
          service.methods.map((method) => [
            method,
            (...args: unknown[]) =>
              callService(client, remote.patterns.call, encodeCall(name, method, args), options),
          ]),
        ),
    }));
    return {
      module: RemoteContextModule,
      imports: [
        ClientsModule.register([
          {
            name: remote.clientToken,
            transport: Transport.TCP,
            // The caller's trace and log context travel with every call (decision 0028).
            options: { ...address, serializer: new RpcContextSerializer() },
          },
        ]),
      ],
      controllers: [...remote.controllers],
      providers,
      // The stand-ins too: a composition root may hand them to controllers of its own (bulk import).
      exports: [ClientsModule, ...Object.values(remote.catalog).map((service) => service.token)],
    };
  }
}
