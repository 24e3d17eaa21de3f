import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { createCrmLogger } from '../logging/crm-logger';
import { PinoNestLogger } from '../logging/pino-nest-logger';
import { startMetricsServer, type MetricsServer } from '../metrics/metrics-server';
import { RpcContextInterceptor } from '../rpc/rpc-context.interceptor';
import { startTracing, type Tracing } from '../tracing/tracing';

export interface ServiceObservabilityOptions {
  /** e.g. `customer-svc`: the `service` log field and the trace resource name. */
  readonly service: string;
  /** Port of the `/metrics` listener; 0 picks a free one. */
  readonly metricsPort: number;
  readonly metricsHost?: string;
  readonly metricsToken?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
}

/** What a service starts before Nest: its logger, tracing (if configured) and the `/metrics` listener. */
export interface ServiceObservability {
  readonly logger: PinoNestLogger;
  readonly metrics: MetricsServer;
  close(): Promise<void>;
}

const SERVICE_OBSERVABILITY = Symbol('ServiceObservability');

/**
 * The whole observability of a TCP microservice in two lines of its main.ts:
 * `const observability = await startServiceObservability({ service, metricsPort })`, then
 * `logger: observability.logger` for NestFactory and `ServiceObservabilityModule.forService(observability)`
 * among the root module's imports.
 */
export async function startServiceObservability(
  options: ServiceObservabilityOptions,
): Promise<ServiceObservability> {
  const tracing: Tracing | undefined = startTracing({
    serviceName: options.service,
    ...(options.env ? { env: options.env } : {}),
  });
  const metrics = await startMetricsServer({
    port: options.metricsPort,
    host: options.metricsHost ?? '0.0.0.0',
    token: options.metricsToken,
  });
  return {
    logger: new PinoNestLogger(createCrmLogger({ service: options.service })),
    metrics,
    async close() {
      await metrics.close();
      await tracing?.shutdown();
    },
  };
}

/** Every message handler runs with its caller's log and trace context; closes the listener on shutdown. */
@Global()
@Module({})
export class ServiceObservabilityModule implements OnApplicationShutdown {
  constructor(@Inject(SERVICE_OBSERVABILITY) private readonly observability: ServiceObservability) {}

  static forService(observability: ServiceObservability): DynamicModule {
    return {
      module: ServiceObservabilityModule,
      providers: [
        { provide: SERVICE_OBSERVABILITY, useValue: observability },
        { provide: APP_INTERCEPTOR, useClass: RpcContextInterceptor },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.observability.close();
  }
}
