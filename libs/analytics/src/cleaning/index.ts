export * from './min-max-scaler';
export * from './missing-values';
export * from './outliers';
export * from './standard-scaler';
