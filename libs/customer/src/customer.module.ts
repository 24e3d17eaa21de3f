import { Module } from '@nestjs/common';
import { CustomersModule } from './customers/customers.module';

/** The customer bounded context, as the composition root imports it. */
@Module({ imports: [CustomersModule], exports: [CustomersModule] })
export class CustomerModule {}
