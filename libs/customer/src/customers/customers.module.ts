import { Module } from '@nestjs/common';
import { CustomerApplicationModule } from './customer-application.module';
import { CustomersController } from './http/customers.controller';

/** Standalone: the customer HTTP endpoints over the in-process application core. */
@Module({
  imports: [CustomerApplicationModule],
  controllers: [CustomersController],
  exports: [CustomerApplicationModule],
})
export class CustomersModule {}
