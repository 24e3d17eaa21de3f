export * from './service.module';
export * from './cases';
