export * from './remote-call';
export * from './remote-call.controller';
export * from './remote-context.module';
export * from './remote-error';
export * from './remote-error.filter';
export * from './remote-service-catalog';
export * from './service-call';
