/**
 * The TCP message patterns of the sales, service and marketing services (`@nestjs/microservices`).
 * Each has one `call` pattern that carries a {@link RemoteCall} to an allow-listed application
 * service, and one `health` pattern the gateway's readiness asks.
 */
export const SALES_PATTERNS = { call: 'sales.call', health: 'sales.health' } as const;
export const SERVICE_PATTERNS = { call: 'service.call', health: 'service.health' } as const;
export const MARKETING_PATTERNS = { call: 'marketing.call', health: 'marketing.health' } as const;

export interface ContextPatterns {
  readonly call: string;
  readonly health: string;
}

/**
 * One method call on an application service of another process. The arguments travel as JSON, keyed
 * by position with their count beside them: JSON turns an `undefined` array element into `null`, and
 * an absent key restores it as `undefined`.
 */
export interface RemoteCall {
  /** The service's name in the context's allow-list (e.g. `orders.commands`). */
  readonly service: string;
  readonly method: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly arity: number;
}
