import { RpcContextSerializer } from '@crm/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { CustomerCommands, CustomerQueries } from './application/customer-use-cases';
import { CustomersController } from './http/customers.controller';
import { CUSTOMER_SERVICE_CLIENT } from './transport/customer-service-client';
import { RemoteCustomerCommands, RemoteCustomerQueries } from './transport/remote-customer-use-cases';

export interface CustomerServiceAddress {
  readonly host: string;
  readonly port: number;
}

/** Distributed gateway: the same customer HTTP endpoints, answered by the customer service over TCP. */
@Module({})
export class CustomerGatewayModule {
  static forService(address: CustomerServiceAddress): DynamicModule {
    return {
      module: CustomerGatewayModule,
      imports: [
        ClientsModule.register([
          {
            name: CUSTOMER_SERVICE_CLIENT,
            transport: Transport.TCP,
            // Tenant, correlation, causation and trace context travel with every request.
            options: { ...address, serializer: new RpcContextSerializer() },
          },
        ]),
      ],
      controllers: [CustomersController],
      providers: [
        { provide: CustomerCommands, useClass: RemoteCustomerCommands },
        { provide: CustomerQueries, useClass: RemoteCustomerQueries },
      ],
      // CustomerQueries too: the gateway's CSV export reads customers through it.
      exports: [ClientsModule, CustomerQueries],
    };
  }
}
