export * from './idempotency-records.port';
export * from './idempotency.interceptor';
export * from './idempotent.decorator';
export * from './in-memory-idempotency-records';
export * from './idempotency-records.contract';
