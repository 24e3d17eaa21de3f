import type { Type } from '@nestjs/common';

/** The public methods of T that answer with a promise: the only kind a remote call can stand in for. */
export type AsyncMethodName<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

/** An application service a context offers over its `call` pattern, and the methods it allows. */
export interface RemoteService<T = unknown> {
  /** The Nest token: the service class its controllers inject. */
  readonly token: Type<T>;
  readonly methods: readonly string[];
}

/**
 * A context's allow-list, by name: the service side dispatches only these calls, and the gateway
 * binds exactly these methods, so both sides read the same list and cannot drift.
 */
export type RemoteServiceCatalog = Readonly<Record<string, RemoteService>>;

export function remoteService<T>(token: Type<T>, methods: readonly AsyncMethodName<T>[]): RemoteService<T> {
  return { token, methods };
}

export function serviceIn(catalog: RemoteServiceCatalog, name: string): RemoteService | undefined {
  return Object.hasOwn(catalog, name) ? catalog[name] : undefined;
}
