import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { GATEWAY_DATABASE } from '../persistence/gateway-database';

export interface StoredUser {
  readonly tenantId: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly roles: readonly string[];
}

interface UserRow {
  tenant_id: string;
  username: string;
  password_hash: string;
  roles: string;
}

/** Staff accounts that may sign in. Issue 7 grows this into the full staff directory. */
@Injectable()
export class UserDirectory {
  constructor(@Inject(GATEWAY_DATABASE) private readonly database: Database.Database) {}

  find(tenantId: string, username: string): StoredUser | undefined {
    const row = this.database
      .prepare<[string, string], UserRow>('SELECT * FROM users WHERE tenant_id = ? AND username = ?')
      .get(tenantId, username);
    return (
      row && {
        tenantId: row.tenant_id,
        username: row.username,
        passwordHash: row.password_hash,
        roles: JSON.parse(row.roles) as string[],
      }
    );
  }

  /** Returns false if the user already exists. */
  add(user: StoredUser, createdAt: string): boolean {
    const result = this.database
      .prepare(
        'INSERT OR IGNORE INTO users (tenant_id, username, password_hash, roles, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(user.tenantId, user.username, user.passwordHash, JSON.stringify(user.roles), createdAt);
    return result.changes === 1;
  }
}
