export * from './event-envelope';
export * from './customer';
export * from './sales';
export * from './catalogue';
export * from './marketing';
export * from './service';
export * from './rpc';
