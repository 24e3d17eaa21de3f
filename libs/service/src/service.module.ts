import { Module } from '@nestjs/common';

/** The service bounded context, as the composition root imports it. */
@Module({})
export class ServiceModule {}
