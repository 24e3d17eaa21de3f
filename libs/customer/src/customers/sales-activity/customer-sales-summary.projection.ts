import {
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type MoneyV1,
  type OrderCancelledV1,
  type OrderPaidV1,
  type OrderPlacedV1,
  type OrderReturnedV1,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import Decimal from 'decimal.js';

export const CUSTOMER_SALES_SUMMARY_COLLECTION = 'customer-sales-summary';

/** What the customer's orders add up to, kept beside the customer from the sales context's events. */
export interface CustomerSalesSummary {
  readonly customerId: string;
  /** Paid orders minus those cancelled after payment or returned, one entry per currency. */
  readonly lifetimeValue: readonly MoneyV1[];
  readonly orderCount: number;
  readonly lastOrderAt: string | null;
}

const handled = [
  SalesIntegrationEventTypes.orderPlaced,
  SalesIntegrationEventTypes.orderPaid,
  SalesIntegrationEventTypes.orderCancelled,
  SalesIntegrationEventTypes.orderReturned,
] as const;

/**
 * "What is this customer worth, and when did they last order?" One document per customer, fed by all
 * of their orders. The sales context keys order events by customer, so they arrive in store order and
 * one global position guards the document; a guard per order would grow with every order the customer
 * ever placed and make each event cost as much as their whole history (decision 0026).
 */
export const customerSalesSummaryProjection: Projection<CustomerSalesSummary> = {
  name: 'customer-sales-summary',
  collection: CUSTOMER_SALES_SUMMARY_COLLECTION,
  handles: handled,
  guard: 'global',
  documentId: (event) => (event.data as { customerId: string }).customerId,
  apply: (current, event) => summaryAfter(current ?? emptySummary(event), event),
};

function emptySummary(event: EventEnvelope): CustomerSalesSummary {
  const { customerId } = event.data as { customerId: string };
  return { customerId, lifetimeValue: [], orderCount: 0, lastOrderAt: null };
}

function summaryAfter(summary: CustomerSalesSummary, event: EventEnvelope): CustomerSalesSummary | null {
  switch (event.type) {
    case SalesIntegrationEventTypes.orderPlaced: {
      const { orderedAt } = event.data as OrderPlacedV1;
      const lastOrderAt =
        summary.lastOrderAt !== null && summary.lastOrderAt > orderedAt ? summary.lastOrderAt : orderedAt;
      return { ...summary, orderCount: summary.orderCount + 1, lastOrderAt };
    }
    case SalesIntegrationEventTypes.orderPaid:
      return {
        ...summary,
        lifetimeValue: addMoney(summary.lifetimeValue, (event.data as OrderPaidV1).total, 1),
      };
    case SalesIntegrationEventTypes.orderCancelled: {
      const cancelled = event.data as OrderCancelledV1;
      return cancelled.wasPaid
        ? { ...summary, lifetimeValue: addMoney(summary.lifetimeValue, cancelled.total, -1) }
        : null;
    }
    case SalesIntegrationEventTypes.orderReturned:
      return {
        ...summary,
        lifetimeValue: addMoney(summary.lifetimeValue, (event.data as OrderReturnedV1).total, -1),
      };
    default:
      return null;
  }
}

/** Exact decimal arithmetic on the wire's decimal strings, keeping the scale they come with ("0.10"). */
export function addMoney(values: readonly MoneyV1[], amount: MoneyV1, sign: 1 | -1): MoneyV1[] {
  const previous = values.find((value) => value.currency === amount.currency)?.amount ?? '0';
  const scale = Math.max(scaleOf(previous), scaleOf(amount.amount));
  const next = new Decimal(previous).plus(new Decimal(amount.amount).times(sign)).toFixed(scale);
  const others = values.filter((value) => value.currency !== amount.currency);
  return [...others, { amount: next, currency: amount.currency }].sort((a, b) =>
    a.currency.localeCompare(b.currency),
  );
}

function scaleOf(decimal: string): number {
  const point = decimal.indexOf('.');
  return point === -1 ? 0 : decimal.length - point - 1;
}
