import { remoteCallController } from '@crm/messaging';
import { Module } from '@nestjs/common';
import { CustomerApplicationModule } from './customer-application.module';
import { CUSTOMER_IMPORTS_REMOTE_CONTEXT } from './transport/customer-imports-remote';
import { CustomerRpcController } from './transport/customer-rpc.controller';

/** The customer service: the application core behind its TCP message patterns. */
@Module({
  imports: [CustomerApplicationModule],
  controllers: [
    CustomerRpcController,
    remoteCallController(
      CUSTOMER_IMPORTS_REMOTE_CONTEXT.patterns.call,
      CUSTOMER_IMPORTS_REMOTE_CONTEXT.catalog,
    ),
  ],
})
export class CustomerServiceModule {}
