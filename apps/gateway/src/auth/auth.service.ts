import { DomainError } from '@crm/core';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { ADMIN_USERNAME, type AccessTokenClaims, DEFAULT_TENANT } from './access-token';
import { hashPassword, verifyPassword } from './password-hasher';
import { UserDirectory } from './user-directory';

export interface IssuedToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UserDirectory,
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** First start: create `admin` with CRM_ADMIN_PASSWORD, or a generated password printed once. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.users.find(DEFAULT_TENANT, ADMIN_USERNAME)) return;
    const password = this.config.adminPassword ?? randomBytes(18).toString('base64url');
    const created = this.users.add(
      {
        tenantId: DEFAULT_TENANT,
        username: ADMIN_USERNAME,
        passwordHash: await hashPassword(password),
        roles: ['admin'],
      },
      new Date().toISOString(),
    );
    if (created && !this.config.adminPassword) {
      this.logger.warn(
        `Created user "admin" with generated password: ${password} (shown once; set CRM_ADMIN_PASSWORD to choose it)`,
      );
    }
  }

  async issueToken(username: string, password: string): Promise<IssuedToken> {
    const user = this.users.find(DEFAULT_TENANT, username);
    // Verify even for unknown users so response time does not reveal which usernames exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid)
      throw new DomainError(
        'AUTH.INVALID_CREDENTIALS',
        'unauthenticated',
        'Unknown username or wrong password.',
      );
    const claims: AccessTokenClaims = { sub: user.username, tenantId: user.tenantId, roles: user.roles };
    const accessToken = await this.jwt.signAsync(
      { ...claims },
      { expiresIn: this.config.tokenTtlSeconds, algorithm: 'HS256' },
    );
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.tokenTtlSeconds };
  }
}

const DUMMY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
