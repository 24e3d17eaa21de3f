import { DomainError } from '@crm/core';
import type { RequestWithContext } from '@crm/http';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { AccessTokenClaims } from './access-token';
import { IS_PUBLIC } from './public.decorator';
import { VerifiedTokenCache } from './verified-token-cache';

const CORRELATION_ID = /^[\w.:-]{1,128}$/;

/** Every route requires `Authorization: Bearer <jwt>` unless marked @Public(). Sets the request context. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokenCache<AccessTokenClaims>(10_000);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithContext>();
    const claims = await this.verify(request.headers.authorization);
    const correlationHeader = request.headers['x-correlation-id'];
    const correlationId =
      typeof correlationHeader === 'string' && CORRELATION_ID.test(correlationHeader)
        ? correlationHeader
        : randomUUID();
    request.crmContext = {
      tenantId: claims.tenantId,
      actor: claims.sub,
      roles: claims.roles,
      correlationId,
      requestId: request.id,
    };
    return true;
  }

  private async verify(header: string | undefined): Promise<AccessTokenClaims> {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header ?? '')?.[1];
    if (!token)
      throw unauthorized('Send Authorization: Bearer <token> (POST /api/v1/auth/token issues one).');
    const known = this.verified.get(token);
    if (known) return known;
    let verified: AccessTokenClaims & { readonly exp?: number };
    try {
      verified = await this.jwt.verifyAsync<AccessTokenClaims & { exp?: number }>(token, {
        algorithms: ['HS256'],
      });
    } catch {
      throw unauthorized('The bearer token is invalid or has expired.');
    }
    const claims = { sub: verified.sub, tenantId: verified.tenantId, roles: verified.roles };
    this.verified.remember(token, claims, verified.exp);
    return claims;
  }
}

function unauthorized(message: string): DomainError {
  return new DomainError('AUTH.UNAUTHENTICATED', 'unauthenticated', message);
}
