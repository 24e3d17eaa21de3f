import { streamIdOf } from './streams';

describe(streamIdOf.name, () => {
  it('names the stream of one aggregate instance after its context and aggregate', () => {
    expect(streamIdOf('customer', 'customer', '7f3c')).toBe('customer.customer-7f3c');
  });
});
