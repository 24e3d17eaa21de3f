import { setTimeout as delay } from 'node:timers/promises';
import { createCrmLogger } from './crm-logger';
import { withLogContext } from './log-context';
import { PinoNestLogger } from './pino-nest-logger';
import { RpcContextSerializer } from '../rpc/rpc-context.serializer';
import { incomingRpcContext } from '../rpc/rpc-context';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createCrmLogger({
    service: 'spec',
    level: 'info',
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { logger, lines };
}

const context = { tenantId: 'tenant-1', correlationId: 'corr-1', causationId: 'req-1' };

describe('log context', () => {
  it('reaches log lines written after awaits and timers inside the context, and only there', async () => {
    const { logger, lines } = capturedLogger();
    await withLogContext(context, async () => {
      await delay(1);
      await new Promise<void>((done) =>
        setImmediate(() => {
          logger.info('inside');
          done();
        }),
      );
    });
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', service: 'spec', level: 'info', ...context });
    expect(lines[1]).not.toHaveProperty('tenantId');
  });

  it('keeps concurrent requests apart', async () => {
    const { logger, lines } = capturedLogger();
    await Promise.all(
      ['a', 'b'].map((tenant) =>
        withLogContext({ tenantId: tenant }, async () => {
          await delay(tenant === 'a' ? 5 : 1);
          logger.info(tenant);
        }),
      ),
    );
    expect(lines.map((line) => [line['msg'], line['tenantId']])).toEqual([
      ['b', 'b'],
      ['a', 'a'],
    ]);
  });

  it('is what Nest loggers write, with their context name', () => {
    const { logger, lines } = capturedLogger();
    withLogContext(context, () => {
      new PinoNestLogger(logger).warn('relay slow', 'Relay');
    });
    expect(lines[0]).toMatchObject({ msg: 'relay slow', context: 'Relay', level: 'warn', ...context });
  });

  it('travels in RPC payloads under $context', () => {
    const packet = withLogContext(context, () =>
      new RpcContextSerializer().serialize({ pattern: 'customer.register', data: { input: {} }, id: '1' }),
    );
    expect(incomingRpcContext(packet.data)).toEqual(context);
    expect(new RpcContextSerializer().serialize({ pattern: 'x', data: { a: 1 } }).data).toEqual({ a: 1 });
  });
});
