export * from './checkpoint-store.port';
export * from './document-store.port';
export * from './embedded/sqlite-checkpoint-store';
export * from './embedded/sqlite-document-store';
export * from './projection/apply-with-guard';
export * from './projection/projection';
export * from './projection/projection-runner';
export * from './read-model.errors';
