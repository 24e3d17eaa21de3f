/** What a timeline entry is about; `id` is that record's id in its own context. */
export interface TimelineSubject {
  readonly type: 'customer' | 'interaction' | 'order' | 'opportunity' | 'case' | 'campaign';
  readonly id: string;
}

/** One moment of the customer 360: something that happened with the customer, in any context. */
export interface TimelineEntry {
  /** The id of the event it comes from. */
  readonly id: string;
  readonly customerId: string;
  /** When it happened (ISO-8601 UTC): the order's date, the conversation's time, ... */
  readonly at: string;
  readonly context: 'customer' | 'sales' | 'service' | 'marketing';
  /** The event type it comes from, e.g. `sales.OrderPaid.v1`. */
  readonly event: string;
  /** One line for a person to read, e.g. "Order paid: 120.00 EUR". */
  readonly summary: string;
  readonly subject: TimelineSubject;
}

export type TimelineMoment = Omit<TimelineEntry, 'id' | 'customerId' | 'event'>;
