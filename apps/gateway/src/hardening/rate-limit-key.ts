/**
 * The bucket a request counts against: its tenant when it carries a bearer token whose payload names
 * one, else its client address. The token is only decoded here, not verified: the auth guard refuses a
 * forged one a moment later, and a forger gains nothing but a bucket of their own.
 */
export function rateLimitKeyOf(authorization: string | undefined, clientAddress: string): string {
  const tenant = tenantOfBearer(authorization);
  return tenant === null ? `ip:${clientAddress}` : `tenant:${tenant}`;
}

function tenantOfBearer(authorization: string | undefined): string | null {
  if (authorization === undefined || !authorization.startsWith('Bearer ')) return null;
  const payload = authorization.slice('Bearer '.length).split('.')[1];
  if (payload === undefined || payload.length > 4096) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tenantId?: unknown };
    return typeof claims.tenantId === 'string' && claims.tenantId.length <= 200 ? claims.tenantId : null;
  } catch {
    return null;
  }
}
