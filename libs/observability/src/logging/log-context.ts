import { AsyncLocalStorage } from 'node:async_hooks';

/** The ids every log line written while handling one request or message carries. */
export interface LogContext {
  readonly tenantId?: string | undefined;
  readonly correlationId?: string | undefined;
  readonly causationId?: string | undefined;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` (and everything it awaits or schedules) with `context` as the current log context. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run(context, work);
}

/** The log context of the request or message being handled, if any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
