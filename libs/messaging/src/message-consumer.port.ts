import type { ConsumedMessage } from './message';

export type MessageHandler = (message: ConsumedMessage) => Promise<void> | void;

export interface ConsumerOptions {
  readonly topics: readonly string[];
  /** `crm.<consumer-app>.<purpose>`; every group receives every message once. */
  readonly groupId: string;
  readonly handler: MessageHandler;
  /** Retries after the first failed attempt before the message goes to `<topic>.dlq`. Default 3. */
  readonly maxRetries?: number;
  /** Delay before the first retry; doubles on each further retry. Default 100 ms. */
  readonly backoffMs?: number;
}

export interface ConsumerSubscription {
  /** Resolves once the handler call in flight (if any) has finished; the group keeps its offset. */
  stop(): Promise<void>;
}

/** Delivers messages at least once, in order per key, one handler call at a time per topic and group. */
export interface MessageConsumer {
  subscribe(options: ConsumerOptions): Promise<ConsumerSubscription>;
}

export const MESSAGE_CONSUMER = Symbol('MessageConsumer');

export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 100;
