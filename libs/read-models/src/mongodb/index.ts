export * from './document-write-lock';
export * from './mongo-checkpoint-store';
export * from './mongo-connection';
export * from './mongo-document-store';
