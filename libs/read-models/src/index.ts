export * from './checkpoint-store.port';
export * from './document-store.port';
