import { Module } from '@nestjs/common';

/** The sales bounded context, as the composition root imports it. */
@Module({})
export class SalesModule {}
