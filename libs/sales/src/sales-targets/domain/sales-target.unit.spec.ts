import { DeciderSpec } from '@crm/testing';
import { attainmentOf, type CountableOrder } from './attainment';
import { salesTargetDecider, type SetSalesTarget } from './sales-target';

const SET_AT = '2025-01-01T00:00:00.000Z';

function setTarget(overrides: Partial<SetSalesTarget['data']> = {}): SetSalesTarget {
  return {
    type: 'SetSalesTarget',
    data: {
      tenantId: 'tenant-1',
      targetId: 'target-1',
      ownerId: 'user-1',
      month: '2024-02',
      amount: { amount: '1000', currency: 'EUR' },
      setAt: SET_AT,
      ...overrides,
    },
  };
}

const targetSet = (period: { from: string; to: string }) => ({
  type: 'sales.SalesTargetSet' as const,
  data: {
    targetId: 'target-1',
    tenantId: 'tenant-1',
    ownerId: 'user-1',
    period,
    amount: { amount: '1000.00', currency: 'EUR' },
    setAt: SET_AT,
  },
});

describe('salesTargetDecider', () => {
  const given = DeciderSpec.for(salesTargetDecider);

  it('turns a month into its calendar days, leap years included', () => {
    given([])
      .when(setTarget())
      .then([targetSet({ from: '2024-02-01', to: '2024-02-29' })]);
    given([])
      .when(setTarget({ month: '2025-12' }))
      .then([targetSet({ from: '2025-12-01', to: '2025-12-31' })]);
  });

  it('takes an explicit period', () => {
    const period = { from: '2025-01-01', to: '2025-03-31' };
    given([])
      .when(setTarget({ month: undefined, period }))
      .then([targetSet(period)]);
  });

  it.each([
    ['neither period nor month', { month: undefined }],
    ['both period and month', { period: { from: '2025-01-01', to: '2025-01-31' } }],
    ['a month 13', { month: '2025-13' }],
    [
      'a period that ends before it starts',
      { month: undefined, period: { from: '2025-02-01', to: '2025-01-31' } },
    ],
    ['an impossible date', { month: undefined, period: { from: '2025-02-30', to: '2025-03-31' } }],
  ])('rejects %s', (_case, overrides: Partial<SetSalesTarget['data']>) => {
    given([]).when(setTarget(overrides)).thenThrows('SALES_TARGET.INVALID_PERIOD');
  });

  it('rejects a blank owner, a bad amount and setting a target twice', () => {
    given([])
      .when(setTarget({ ownerId: ' ' }))
      .thenThrows('SALES_TARGET.INVALID_OWNER');
    given([])
      .when(setTarget({ amount: { amount: '-1', currency: 'EUR' } }))
      .thenThrows('SALES.INVALID_AMOUNT');
    given([targetSet({ from: '2024-02-01', to: '2024-02-29' })])
      .when(setTarget())
      .thenThrows('SALES_TARGET.ALREADY_SET');
  });
});

describe(attainmentOf.name, () => {
  const target = {
    ownerId: 'user-1',
    period: { from: '2025-02-01', to: '2025-02-28' },
    amount: { amount: '1000.00', currency: 'EUR' },
  };
  const order = (overrides: Partial<CountableOrder>): CountableOrder => ({
    ownerId: 'user-1',
    status: 'paid',
    orderedAt: '2025-02-10T12:00:00.000Z',
    total: { amount: '100.10', currency: 'EUR' },
    ...overrides,
  });

  it("sums the owner's paid and shipped orders of the period exactly", () => {
    const attainment = attainmentOf(target, [
      order({}),
      order({ status: 'shipped', total: { amount: '0.20', currency: 'EUR' } }),
      order({ orderedAt: '2025-02-28T23:59:59.999Z', total: { amount: '349.70', currency: 'EUR' } }),
    ]);
    expect(attainment).toEqual({
      amount: { amount: '450.00', currency: 'EUR' },
      orders: 3,
      ratio: '0.4500',
      ordersInOtherCurrencies: 0,
    });
  });

  it('leaves out unpaid, cancelled, returned, foreign-owner and out-of-period orders', () => {
    const attainment = attainmentOf(target, [
      order({ status: 'placed' }),
      order({ status: 'cancelled' }),
      order({ status: 'returned' }),
      order({ ownerId: 'user-2' }),
      order({ ownerId: null }),
      order({ orderedAt: '2025-01-31T23:59:59.999Z' }),
      order({ orderedAt: '2025-03-01T00:00:00.000Z' }),
      order({ total: { amount: '5.00', currency: 'USD' } }),
    ]);
    expect(attainment).toEqual({
      amount: { amount: '0.00', currency: 'EUR' },
      orders: 0,
      ratio: '0.0000',
      ordersInOtherCurrencies: 1,
    });
  });

  it('has no ratio for a zero target', () => {
    expect(attainmentOf({ ...target, amount: { amount: '0.00', currency: 'EUR' } }, []).ratio).toBeNull();
  });
});
