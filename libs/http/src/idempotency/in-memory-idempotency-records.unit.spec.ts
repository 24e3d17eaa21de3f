import { describeIdempotencyRecordsContract } from './idempotency-records.contract';
import { InMemoryIdempotencyRecords } from './in-memory-idempotency-records';

describeIdempotencyRecordsContract('InMemoryIdempotencyRecords', () => new InMemoryIdempotencyRecords());
