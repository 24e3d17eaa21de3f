/**
 * Remembers tokens whose signature has already been verified, keyed by the whole token (signature
 * included), until their `exp`. Verifying an HS256 token means two base64 decodes, two JSON parses and an
 * HMAC; a client sends the same token on every request, so the gateway does that work once per token.
 * Only successful verifications are kept; the cache is bounded and drops its oldest entry when full.
 */
export class VerifiedTokenCache<Claims> {
  private readonly entries = new Map<string, { readonly claims: Claims; readonly expiresAtMs: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Claims | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (this.now() < entry.expiresAtMs) return entry.claims;
    this.entries.delete(token);
    return undefined;
  }

  /** `expiresAtSeconds` is the token's `exp` claim; a token without one is not cached. */
  remember(token: string, claims: Claims, expiresAtSeconds: number | undefined): void {
    if (expiresAtSeconds === undefined) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { claims, expiresAtMs: expiresAtSeconds * 1000 });
  }

  get size(): number {
    return this.entries.size;
  }
}
