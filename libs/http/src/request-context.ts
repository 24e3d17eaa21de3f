import type { CommandMetadata } from '@crm/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** Who is calling and on which tenant's behalf; set by the authentication guard for every request. */
export interface RequestContext {
  readonly tenantId: string;
  readonly actor: string;
  readonly roles: readonly string[];
  readonly correlationId: string;
  readonly requestId: string;
}

export interface RequestWithContext {
  crmContext?: RequestContext;
}

export const CurrentContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => {
    const request = context.switchToHttp().getRequest<RequestWithContext>();
    if (!request.crmContext)
      throw new Error('RequestContext missing: is the route behind the authentication guard?');
    return request.crmContext;
  },
);

/** The metadata every event written for this request carries. */
export function commandMetadataOf(context: RequestContext): CommandMetadata {
  return {
    tenantId: context.tenantId,
    actor: context.actor,
    correlationId: context.correlationId,
    causationId: context.requestId,
  };
}
