import type { Decider, DomainEvent } from '@crm/core';
import { normalizeMoney, SalesError, type Money, type MoneyInput } from '../../shared/domain';

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface TargetPeriod {
  readonly from: string;
  readonly to: string;
}

export interface SetSalesTarget {
  readonly type: 'SetSalesTarget';
  readonly data: {
    readonly tenantId: string;
    readonly targetId: string;
    readonly ownerId: string;
    /** Either a period or a month (YYYY-MM), never both. */
    readonly period?: TargetPeriod;
    readonly month?: string;
    readonly amount: MoneyInput;
    readonly setAt: string;
  };
}

export type SalesTargetSet = DomainEvent<
  'sales.SalesTargetSet',
  {
    readonly targetId: string;
    readonly tenantId: string;
    readonly ownerId: string;
    readonly period: TargetPeriod;
    readonly amount: Money;
    readonly setAt: string;
  }
>;

export type SalesTargetState =
  { readonly kind: 'none' } | { readonly kind: 'set'; readonly target: SalesTargetSet['data'] };

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** A sales target: one stream per target, `sales.sales-target-<id>`. Set once; a new figure is a new target. */
export const salesTargetDecider: Decider<SalesTargetState, SetSalesTarget, SalesTargetSet> = {
  initialState: () => ({ kind: 'none' }),
  evolve: (_state, event) => ({ kind: 'set', target: event.data }),
  decide: (command, state) => {
    const { data } = command;
    if (state.kind !== 'none') {
      throw new SalesError('SALES_TARGET.ALREADY_SET', `Sales target ${data.targetId} already exists`);
    }
    const ownerId = data.ownerId.trim();
    if (ownerId === '' || ownerId.length > 200) {
      throw new SalesError('SALES_TARGET.INVALID_OWNER', 'ownerId must be 1-200 characters', 'ownerId');
    }
    return [
      {
        type: 'sales.SalesTargetSet',
        data: {
          targetId: data.targetId,
          tenantId: data.tenantId,
          ownerId,
          period: periodOf(data.period, data.month),
          amount: normalizeMoney(data.amount, 'amount'),
          setAt: data.setAt,
        },
      },
    ];
  },
};

function periodOf(period: TargetPeriod | undefined, month: string | undefined): TargetPeriod {
  if ((period === undefined) === (month === undefined)) {
    throw new SalesError('SALES_TARGET.INVALID_PERIOD', 'Give either period {from, to} or month', 'period');
  }
  if (month !== undefined) return monthPeriod(month);
  const { from, to } = period as TargetPeriod;
  if (!isDate(from)) throw invalidDate('period.from');
  if (!isDate(to)) throw invalidDate('period.to');
  if (from > to)
    throw new SalesError('SALES_TARGET.INVALID_PERIOD', 'period.from is after period.to', 'period.to');
  return { from, to };
}

function monthPeriod(month: string): TargetPeriod {
  const match = MONTH_PATTERN.exec(month);
  const monthNumber = Number(match?.[2]);
  if (!match || monthNumber < 1 || monthNumber > 12) {
    throw new SalesError('SALES_TARGET.INVALID_PERIOD', 'month must be YYYY-MM', 'month');
  }
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(Number(match[1]), monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

function isDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00.000Z`);
  return (
    DATE_PATTERN.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
  );
}

function invalidDate(field: string): SalesError {
  return new SalesError('SALES_TARGET.INVALID_PERIOD', `${field} must be a date, YYYY-MM-DD`, field);
}
