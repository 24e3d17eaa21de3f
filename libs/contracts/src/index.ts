export * from './event-envelope';
export * from './customer';
export * from './sales';
export * from './service';
