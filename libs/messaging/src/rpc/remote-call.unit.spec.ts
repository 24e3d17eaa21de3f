import { argumentsOf, encodeCall } from './remote-call';

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a remote call on the wire', () => {
  it('keeps an undefined argument undefined, not null, in every position', () => {
    const call = overTheWire(encodeCall('orders.queries', 'getById', ['tenant', undefined, null, undefined]));
    expect(argumentsOf(call)).toEqual(['tenant', undefined, null, undefined]);
    expect(argumentsOf(call)).toHaveLength(4);
  });

  it('names the service and method it calls', () => {
    expect(encodeCall('tasks', 'list', [])).toEqual({ service: 'tasks', method: 'list', args: {}, arity: 0 });
  });
});
