import { IdempotencyRecords } from '@crm/http';
import { Global, Module } from '@nestjs/common';
import { SqliteIdempotencyRecords } from './sqlite-idempotency-records';

/** Global, so the interceptor that @Idempotent() puts on a context's handlers finds its records. */
@Global()
@Module({
  providers: [{ provide: IdempotencyRecords, useClass: SqliteIdempotencyRecords }],
  exports: [IdempotencyRecords],
})
export class IdempotencyModule {}
