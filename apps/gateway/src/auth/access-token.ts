/** The claims of our access tokens. */
export interface AccessTokenClaims {
  readonly sub: string;
  readonly tenantId: string;
  readonly roles: readonly string[];
}

export const DEFAULT_TENANT = 'default';
export const ADMIN_USERNAME = 'admin';
