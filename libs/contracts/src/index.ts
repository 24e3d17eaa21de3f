export * from './event-envelope';
export * from './customer';
