import { Module } from '@nestjs/common';

/** The marketing bounded context, as the composition root imports it. */
@Module({})
export class MarketingModule {}
