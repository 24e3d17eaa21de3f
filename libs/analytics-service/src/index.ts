export * from './analytics-service.module';
export * from './feature-store/feature-store.consumer';
export * from './shared/freshness';
