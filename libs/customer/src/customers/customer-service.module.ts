import { Module } from '@nestjs/common';
import { CustomerApplicationModule } from './customer-application.module';
import { CustomerRpcController } from './transport/customer-rpc.controller';

/** The customer service: the application core behind its TCP message patterns. */
@Module({
  imports: [CustomerApplicationModule],
  controllers: [CustomerRpcController],
})
export class CustomerServiceModule {}
