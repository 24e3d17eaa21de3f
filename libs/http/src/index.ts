export * from './problem-details';
export * from './problem-details.filter';
export * from './request-context';
export * from './validation';
export * from './versions';
export * from './page.request';
export * from './idempotency';
export * from './readiness';
