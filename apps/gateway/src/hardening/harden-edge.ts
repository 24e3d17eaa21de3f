import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../config/gateway-config';
import { rateLimitKeyOf } from './rate-limit-key';

/**
 * The gateway's edge defences, registered before any route: security headers on every response
 * (helmet; a CSP the API docs page can live with), CORS only for the origins configured, and a rate
 * limit per tenant (per client address without a token) that answers 429 problem+json with
 * Retry-After. The limit is per replica (an in-memory window): with N gateways a tenant may do N times
 * the limit; a shared store (Redis) would make it global.
 */
export async function hardenEdge(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /api/docs runs an inline bootstrap script and inline styles.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  if (config.corsOrigins.length > 0) {
    await fastify.register(cors, {
      origin: [...config.corsOrigins],
      credentials: false,
      exposedHeaders: ['etag', 'location', 'retry-after'],
    });
  }
  if (config.rateLimitPerMinute > 0) {
    await fastify.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => rateLimitKeyOf(request.headers.authorization, request.ip),
      // Health probes are never limited: a busy tenant must not make a pod look dead.
      allowList: (request) => request.url.startsWith('/health/'),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(`Rate limit of ${context.max} requests per minute reached; retry in ${context.after}`),
          {
            statusCode: 429,
            code: 'RATE_LIMITED',
          },
        ),
    });
  }
}
