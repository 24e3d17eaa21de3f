import {
  type IdempotencyClaim,
  IdempotencyRecords,
  IDEMPOTENCY_RETENTION_MS,
  type StoredResponse,
} from './idempotency-records.port';

interface MemoryRecord {
  readonly requestHash: string;
  readonly createdAt: number;
  response?: StoredResponse;
}

/** Idempotency records in a Map, for context tests and single-process tools. */
export class InMemoryIdempotencyRecords extends IdempotencyRecords {
  // Insertion order is claim order, so expired records are always at the front.
  private readonly records = new Map<string, MemoryRecord>();

  claim(tenantId: string, key: string, requestHash: string, now: number): IdempotencyClaim {
    this.forgetExpired(now);
    const id = recordId(tenantId, key);
    const record = this.records.get(id);
    if (!record) {
      this.records.set(id, { requestHash, createdAt: now });
      return { outcome: 'claimed' };
    }
    if (!record.response) return { outcome: 'in-progress', requestHash: record.requestHash };
    return { outcome: 'completed', requestHash: record.requestHash, response: record.response };
  }

  complete(tenantId: string, key: string, response: StoredResponse): void {
    const record = this.records.get(recordId(tenantId, key));
    if (record) record.response = structuredClone(response);
  }

  release(tenantId: string, key: string): void {
    this.records.delete(recordId(tenantId, key));
  }

  private forgetExpired(now: number): void {
    for (const [id, record] of this.records) {
      if (record.createdAt >= now - IDEMPOTENCY_RETENTION_MS) return;
      this.records.delete(id);
    }
  }
}

function recordId(tenantId: string, key: string): string {
  return `${tenantId}\u0000${key}`;
}
