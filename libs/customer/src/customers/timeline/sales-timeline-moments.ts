import {
  SalesIntegrationEventTypes as Sales,
  type MoneyV1,
  type OpportunityLostV1,
  type OpportunityOpenedV1,
  type OpportunityStageChangedV1,
  type OpportunityWonV1,
  type OrderCancelledV1,
  type OrderPaidV1,
  type OrderPlacedV1,
  type OrderReturnedV1,
  type OrderShippedV1,
} from '@crm/contracts';
import type { TimelineMoment } from './timeline-entry';

type MomentOf = (data: never) => TimelineMoment;

const money = (value: MoneyV1): string => `${value.amount} ${value.currency}`;
const order = (id: string) => ({ type: 'order', id }) as const;
const opportunity = (id: string) => ({ type: 'opportunity', id }) as const;
const sales = 'sales' as const;

/** The sales context's integration events as timeline moments, by event type. */
export const salesTimelineMoments: Readonly<Record<string, MomentOf>> = {
  [Sales.orderPlaced]: (data: OrderPlacedV1) => ({
    at: data.orderedAt,
    context: sales,
    summary: `Order placed: ${data.lines.length} line(s), ${money(data.total)} via ${data.channel}`,
    subject: order(data.orderId),
  }),
  [Sales.orderPaid]: (data: OrderPaidV1) => ({
    at: data.paidAt,
    context: sales,
    summary: `Order paid: ${money(data.total)}`,
    subject: order(data.orderId),
  }),
  [Sales.orderShipped]: (data: OrderShippedV1) => ({
    at: data.shippedAt,
    context: sales,
    summary: 'Order shipped',
    subject: order(data.orderId),
  }),
  [Sales.orderCancelled]: (data: OrderCancelledV1) => ({
    at: data.cancelledAt,
    context: sales,
    summary: `Order cancelled${data.reason ? `: ${data.reason}` : ''}`,
    subject: order(data.orderId),
  }),
  [Sales.orderReturned]: (data: OrderReturnedV1) => ({
    at: data.returnedAt,
    context: sales,
    summary: `Order returned: ${money(data.total)}${data.reason ? ` (${data.reason})` : ''}`,
    subject: order(data.orderId),
  }),
  [Sales.opportunityOpened]: (data: OpportunityOpenedV1) => ({
    at: data.openedAt,
    context: sales,
    summary: `Opportunity opened: ${data.name}, ${money(data.amount)} at ${data.stage}`,
    subject: opportunity(data.opportunityId),
  }),
  [Sales.opportunityStageChanged]: (data: OpportunityStageChangedV1) => ({
    at: data.changedAt,
    context: sales,
    summary: `Opportunity moved from ${data.from} to ${data.to}`,
    subject: opportunity(data.opportunityId),
  }),
  [Sales.opportunityWon]: (data: OpportunityWonV1) => ({
    at: data.wonAt,
    context: sales,
    summary: `Opportunity won: ${money(data.amount)}`,
    subject: opportunity(data.opportunityId),
  }),
  [Sales.opportunityLost]: (data: OpportunityLostV1) => ({
    at: data.lostAt,
    context: sales,
    summary: `Opportunity lost: ${data.reason}`,
    subject: opportunity(data.opportunityId),
  }),
};
