/** The stream of one aggregate instance: `<context>.<aggregate>-<id>`, e.g. `customer.customer-7f3c`. */
export function streamIdOf(context: string, aggregate: string, id: string): string {
  return `${context}.${aggregate}-${id}`;
}
