export * from './context-service-app.module';
export * from './context-service-config';
export * from './distributed-persistence.module';
export * from './run-context-service';
