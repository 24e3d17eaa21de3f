import { Decimal } from 'decimal.js';
import { formatAmount, type Money, type ResponseCounts } from '../domain';
import type { CampaignView } from '../read-models/campaign-view';
import type { CustomerOrderView } from '../read-models/customer-orders.projection';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROI_DECIMALS = 4;

/** A lead of the campaign that became a customer, and when. */
export interface Conversion {
  readonly customerId: string;
  readonly convertedAt: string;
}

/** GET /campaigns/:id/performance. Money is exact, in the budget's currency and minor units. */
export interface CampaignPerformance {
  readonly campaignId: string;
  readonly status: CampaignView['status'];
  readonly responses: ResponseCounts;
  readonly leads: number;
  readonly conversions: number;
  readonly attributionWindowDays: number;
  readonly attributedRevenue: Money;
  /** Net revenue of attributed orders in other currencies, which is not converted into the budget's. */
  readonly revenueInOtherCurrencies: Money[];
  readonly cost: Money;
  /** (revenue − cost) / cost, rounded half-even to 4 decimals; null when the campaign cost nothing. */
  readonly roi: string | null;
  readonly attributedOrders: number;
}

/**
 * Attributed revenue: the net of every order a converted customer paid within the window after their
 * conversion (paid total, less a return; nothing when cancelled after payment).
 */
export function campaignPerformanceOf(
  campaign: CampaignView,
  leads: number,
  conversions: readonly Conversion[],
  orders: readonly CustomerOrderView[],
  attributionWindowDays: number,
): CampaignPerformance {
  const convertedAt = new Map(
    conversions.map((conversion) => [conversion.customerId, Date.parse(conversion.convertedAt)]),
  );
  const currency = campaign.budget.currency;
  const revenue = new Map<string, Decimal>([[currency, new Decimal(0)]]);
  let attributedOrders = 0;
  for (const order of orders) {
    const from = convertedAt.get(order.customerId);
    if (from === undefined || order.paid === null || order.paidAt === null) continue;
    const paidAt = Date.parse(order.paidAt);
    if (paidAt < from || paidAt > from + attributionWindowDays * DAY_MS) continue;
    attributedOrders++;
    const net = netRevenueOf(order);
    revenue.set(order.paid.currency, (revenue.get(order.paid.currency) ?? new Decimal(0)).plus(net));
  }
  const attributed = revenue.get(currency) ?? new Decimal(0);
  const cost = new Decimal(campaign.budget.amount);
  return {
    campaignId: campaign.id,
    status: campaign.status,
    responses: campaign.responses,
    leads,
    conversions: conversions.length,
    attributionWindowDays,
    attributedRevenue: { amount: formatAmount(attributed, currency), currency },
    revenueInOtherCurrencies: [...revenue.entries()]
      .filter(([other]) => other !== currency)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([other, amount]) => ({ amount: formatAmount(amount, other), currency: other })),
    cost: campaign.budget,
    roi: cost.isZero()
      ? null
      : attributed
          .minus(cost)
          .dividedBy(cost)
          .toDecimalPlaces(ROI_DECIMALS, Decimal.ROUND_HALF_EVEN)
          .toFixed(ROI_DECIMALS),
    attributedOrders,
  };
}

function netRevenueOf(order: CustomerOrderView): Decimal {
  if (order.paid === null || order.cancelledAfterPayment) return new Decimal(0);
  const returned = order.returned === null ? new Decimal(0) : new Decimal(order.returned.amount);
  return Decimal.max(new Decimal(order.paid.amount).minus(returned), 0);
}
