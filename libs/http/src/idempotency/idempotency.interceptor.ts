import { DomainError } from '@crm/core';
import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { type Observable, of, tap } from 'rxjs';
import type { RequestWithContext } from '../request-context';
import { IdempotencyRecords, type StoredResponse } from './idempotency-records.port';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ['etag', 'location'];

/**
 * `Idempotency-Key` on POST: the first request runs and its 2xx response is stored; a retry with the same
 * key and body gets the stored response (`Idempotent-Replayed: true`) and appends nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyRecords,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & RequestWithContext>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.crmContext) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new DomainError(
        'IDEMPOTENCY.INVALID_KEY',
        'validation',
        'Idempotency-Key must be 1-255 visible ASCII characters.',
      );
    }
    const reply = http.getResponse<FastifyReply>();
    const tenantId = request.crmContext.tenantId;
    const requestHash = hashRequest(request);
    const claim = this.store.claim(tenantId, key, requestHash, Date.now());
    if (claim.outcome !== 'claimed' && claim.requestHash !== requestHash) {
      throw new DomainError(
        'IDEMPOTENCY.KEY_REUSED',
        'illegal-state',
        'This Idempotency-Key was used with a different request.',
      );
    }
    if (claim.outcome === 'in-progress') {
      throw new DomainError(
        'IDEMPOTENCY.IN_PROGRESS',
        'conflict',
        'A request with this Idempotency-Key is still in progress.',
      );
    }
    if (claim.outcome === 'completed') return of(replay(reply, claim.response));
    const status =
      this.reflector.get<number | undefined>('__httpCode__', context.getHandler()) ?? HttpStatus.CREATED;
    return next.handle().pipe(
      tap({
        next: (body) => {
          this.store.complete(tenantId, key, { status, headers: pickHeaders(reply), body });
        },
        error: () => {
          this.store.release(tenantId, key);
        },
      }),
    );
  }
}

function hashRequest(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

function pickHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function replay(reply: FastifyReply, response: StoredResponse): unknown {
  void reply.status(response.status).headers({ ...response.headers, 'idempotent-replayed': 'true' });
  return response.body;
}
