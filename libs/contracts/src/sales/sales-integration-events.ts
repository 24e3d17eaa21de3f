import type { MoneyV1 } from './money';

/** The topic the sales context's relay publishes to (design.md section 5). */
export const SALES_EVENTS_TOPIC = 'crm.sales.events.v1';

/**
 * Integration events of the sales context: what marketing (attributed revenue), the customer 360
 * (lifetime value, timeline) and analytics (baskets, sales series) rely on. Versioned by name: a
 * breaking change is a new `...V2` type beside this one.
 */
export const SalesIntegrationEventTypes = {
  productRegistered: 'sales.ProductRegistered.v1',
  productChanged: 'sales.ProductChanged.v1',
  opportunityOpened: 'sales.OpportunityOpened.v1',
  opportunityStageChanged: 'sales.OpportunityStageChanged.v1',
  opportunityWon: 'sales.OpportunityWon.v1',
  opportunityLost: 'sales.OpportunityLost.v1',
  orderPlaced: 'sales.OrderPlaced.v1',
  orderPaid: 'sales.OrderPaid.v1',
  orderShipped: 'sales.OrderShipped.v1',
  orderCancelled: 'sales.OrderCancelled.v1',
  orderReturned: 'sales.OrderReturned.v1',
} as const;

export type SalesIntegrationEventType =
  (typeof SalesIntegrationEventTypes)[keyof typeof SalesIntegrationEventTypes];

export type OpportunityStageV1 = 'lead' | 'qualified' | 'proposal' | 'negotiation' | 'won' | 'lost';

export interface ProductRegisteredV1 {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly price: MoneyV1;
  readonly active: boolean;
}

/** Only the fields that changed are present. */
export interface ProductChangedV1 {
  readonly productId: string;
  readonly sku: string;
  readonly name?: string;
  readonly category?: string;
  readonly price?: MoneyV1;
  readonly active?: boolean;
}

export interface OpportunityOpenedV1 {
  readonly opportunityId: string;
  readonly customerId: string;
  readonly name: string;
  readonly stage: OpportunityStageV1;
  readonly amount: MoneyV1;
  /** 0..1, from the stage unless set by hand. */
  readonly probability: number;
  /** ISO-8601 date (YYYY-MM-DD). */
  readonly expectedCloseDate: string | null;
  readonly ownerId: string | null;
  readonly openedAt: string;
}

export interface OpportunityStageChangedV1 {
  readonly opportunityId: string;
  readonly customerId: string;
  readonly from: OpportunityStageV1;
  readonly to: OpportunityStageV1;
  readonly probability: number;
  readonly changedAt: string;
}

export interface OpportunityWonV1 {
  readonly opportunityId: string;
  readonly customerId: string;
  readonly amount: MoneyV1;
  readonly reason: string | null;
  readonly wonAt: string;
}

export interface OpportunityLostV1 {
  readonly opportunityId: string;
  readonly customerId: string;
  readonly reason: string;
  readonly lostAt: string;
}

export interface OrderLineV1 {
  readonly sku: string;
  readonly productId: string;
  /** The product's category when the order was placed, so consumers need not join the catalogue. */
  readonly category: string;
  readonly quantity: number;
  readonly unitPrice: MoneyV1;
  readonly lineTotal: MoneyV1;
}

export interface OrderPlacedV1 {
  readonly orderId: string;
  readonly customerId: string;
  /** Sales channel of this order: direct, retail, e-commerce, distributor, partner, ... */
  readonly channel: string;
  readonly orderedAt: string;
  readonly lines: readonly OrderLineV1[];
  readonly total: MoneyV1;
  /** The import row reference (`orderRef`) when the order came from a bulk import. */
  readonly externalRef: string | null;
  /**
   * The salesperson credited with the order (sales targets, attainment per owner): the one named when it
   * was placed, else who placed it. Optional: added after v1 first shipped, so older messages lack it.
   */
  readonly ownerId?: string | null;
}

export interface OrderPaidV1 {
  readonly orderId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly total: MoneyV1;
  readonly paidAt: string;
}

export interface OrderShippedV1 {
  readonly orderId: string;
  readonly customerId: string;
  readonly shippedAt: string;
}

export interface OrderCancelledV1 {
  readonly orderId: string;
  readonly customerId: string;
  readonly reason: string | null;
  /** Whether the order had been paid: consumers that counted its revenue take it back. */
  readonly wasPaid: boolean;
  readonly total: MoneyV1;
  readonly cancelledAt: string;
}

export interface OrderReturnedV1 {
  readonly orderId: string;
  readonly customerId: string;
  readonly reason: string | null;
  readonly total: MoneyV1;
  readonly returnedAt: string;
}
