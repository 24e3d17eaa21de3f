import { checkReadiness } from './readiness';

describe('checkReadiness', () => {
  it('is ready only when every probe answers, and names the one that does not', async () => {
    expect(await checkReadiness({ a: () => Promise.resolve() })).toEqual({
      status: 'ok',
      checks: { a: 'up' },
    });
    expect(
      await checkReadiness({ a: () => Promise.resolve(), b: () => Promise.reject(new Error('down')) }),
    ).toEqual({ status: 'unavailable', checks: { a: 'up', b: 'down' } });
  });
});
