import {
  type IdempotencyClaim,
  IdempotencyRecords,
  IDEMPOTENCY_RETENTION_MS,
  type StoredResponse,
} from '@crm/http';
import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { GATEWAY_DATABASE } from '../persistence/gateway-database';

interface RecordRow {
  request_hash: string;
  state: 'in-progress' | 'completed';
  status: number | null;
  headers: string | null;
  body: string | null;
}

/** Remembers POST responses by (tenant, Idempotency-Key) for 24 h. */
@Injectable()
export class SqliteIdempotencyRecords extends IdempotencyRecords {
  constructor(@Inject(GATEWAY_DATABASE) private readonly database: Database.Database) {
    super();
  }

  claim(tenantId: string, key: string, requestHash: string, now: number): IdempotencyClaim {
    this.database
      .prepare('DELETE FROM idempotency_records WHERE created_at < ?')
      .run(now - IDEMPOTENCY_RETENTION_MS);
    const inserted = this.database
      .prepare(
        "INSERT OR IGNORE INTO idempotency_records (tenant_id, key, request_hash, state, created_at) VALUES (?, ?, ?, 'in-progress', ?)",
      )
      .run(tenantId, key, requestHash, now);
    if (inserted.changes === 1) return { outcome: 'claimed' };
    const row = this.database
      .prepare<[string, string], RecordRow>(
        'SELECT * FROM idempotency_records WHERE tenant_id = ? AND key = ?',
      )
      .get(tenantId, key);
    if (!row) return this.claim(tenantId, key, requestHash, now);
    if (row.state === 'in-progress') return { outcome: 'in-progress', requestHash: row.request_hash };
    return {
      outcome: 'completed',
      requestHash: row.request_hash,
      response: {
        status: row.status ?? 200,
        headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
        body: JSON.parse(row.body ?? 'null') as unknown,
      },
    };
  }

  complete(tenantId: string, key: string, response: StoredResponse): void {
    this.database
      .prepare(
        "UPDATE idempotency_records SET state = 'completed', status = ?, headers = ?, body = ? WHERE tenant_id = ? AND key = ?",
      )
      .run(
        response.status,
        JSON.stringify(response.headers),
        JSON.stringify(response.body ?? null),
        tenantId,
        key,
      );
  }

  release(tenantId: string, key: string): void {
    this.database
      .prepare('DELETE FROM idempotency_records WHERE tenant_id = ? AND key = ?')
      .run(tenantId, key);
  }
}
