export * from './customer.module';
export * from './customers';
