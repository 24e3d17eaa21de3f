import { parseCsvTable } from '../csv/csv-table';
import { groupOrderRows } from './order-rows';

const HEADER = 'orderRef,customerRef,orderedAt,channel,sku,quantity,unitPrice,currency,status';
const grouped = (...lines: string[]) => groupOrderRows(parseCsvTable([HEADER, ...lines].join('\n')).rows);

describe(groupOrderRows.name, () => {
  it('forms one order of the rows sharing an orderRef, wherever they stand in the file', () => {
    const { orders, rejected } = grouped(
      'O-1,C-1,2026-01-01T00:00:00Z,retail,A,1,1.00,EUR,paid',
      'O-2,C-2,2026-01-02T00:00:00Z,partner,B,2,2.00,EUR,',
      'O-1,C-1,2026-01-01T00:00:00Z,retail,B,3,2.00,EUR,paid',
    );
    expect(rejected).toEqual([]);
    expect(
      orders.map(({ orderRef, status, lines }) => [orderRef, status, lines.map(({ row }) => row)]),
    ).toEqual([
      ['O-1', 'paid', [2, 4]],
      ['O-2', 'placed', [3]],
    ]);
  });

  it('refuses the whole order when a line disagrees with its first or has a bad cell', () => {
    const { orders, rejected } = grouped(
      'O-1,C-1,2026-01-01T00:00:00Z,retail,A,1,1.00,EUR,',
      'O-1,C-9,2026-01-01T00:00:00Z,retail,B,1,1.00,EUR,',
      'O-2,C-1,2026-01-01T00:00:00Z,retail,A,0,1.00,EUR,',
      'O-3,C-1,2026-01-01T00:00:00Z,by-pigeon,A,1,1.00,EUR,',
      ',C-1,2026-01-01T00:00:00Z,retail,A,1,1.00,EUR,',
    );
    expect(orders).toEqual([]);
    expect(rejected).toEqual([
      { problems: [{ row: 6, field: 'orderRef', message: 'orderRef is required' }] },
      {
        orderRef: 'O-1',
        problems: [
          { row: 3, field: 'customerRef', message: 'customerRef differs from row 2 of order O-1' },
          { row: 2, message: 'Order O-1 is not imported: row 3 is refused' },
        ],
      },
      {
        orderRef: 'O-2',
        problems: [
          { row: 4, field: 'quantity', message: 'quantity must be a positive whole number, got "0"' },
        ],
      },
      {
        orderRef: 'O-3',
        problems: [
          {
            row: 5,
            field: 'channel',
            message:
              'channel must be one of direct, retail, e-commerce, distributor, partner, other, got "by-pigeon"',
          },
        ],
      },
    ]);
  });
});
