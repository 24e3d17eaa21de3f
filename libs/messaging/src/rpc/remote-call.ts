import type { RemoteCall } from '@crm/contracts';

export function encodeCall(service: string, method: string, args: readonly unknown[]): RemoteCall {
  return { service, method, args: Object.fromEntries(args.entries()), arity: args.length };
}

/** The arguments in their positions again; a position JSON dropped (it was `undefined`) stays undefined. */
export function argumentsOf(call: RemoteCall): unknown[] {
  return Array.from({ length: call.arity }, (_, index) => call.args[String(index)]);
}
