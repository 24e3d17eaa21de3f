import { rateLimitKeyOf } from './rate-limit-key';

const bearer = (claims: unknown) =>
  `Bearer header.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;

describe(rateLimitKeyOf.name, () => {
  it("counts a request with a token against the token's tenant", () => {
    expect(rateLimitKeyOf(bearer({ sub: 'ada', tenantId: 'acme' }), '10.0.0.1')).toBe('tenant:acme');
  });

  it('counts anything else against the client address', () => {
    expect(rateLimitKeyOf(undefined, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKeyOf('Basic YWRtaW46eA==', '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKeyOf('Bearer not-a-jwt', '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKeyOf('Bearer a.%%%.c', '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKeyOf(bearer({ tenantId: 42 }), '10.0.0.1')).toBe('ip:10.0.0.1');
  });
});
